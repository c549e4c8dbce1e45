// One JSON Lines line to an Article.
//
// The line is parsed with nlohmann's SAX interface rather than into a DOM:
// a "text" field may be hundreds of megabytes, and the DOM parser would copy
// the decoded string once more into the json value before we could move it
// out. The handler here takes the lexer's decoded string by move, keeps only
// the top-level fields we use, and skips everything nested.

#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "io/input.h"

namespace solieu {
namespace {

using Json = nlohmann::json;

// Excerpts are for a human looking at a caret; a 200 MB line is not.
constexpr size_t kExcerptBytes = 200;

enum class Field { kNone, kText, kId, kTitle, kUrl, kPublished, kDate };

Field field_for_key(std::string_view key) {
  if (key == "text") return Field::kText;
  if (key == "id") return Field::kId;
  if (key == "title") return Field::kTitle;
  if (key == "url") return Field::kUrl;
  if (key == "published") return Field::kPublished;
  if (key == "date") return Field::kDate;
  return Field::kNone;
}

// What one top-level field held: a string (or a number spelled as a string,
// for "id"), or the JSON type name when it was something else.
struct Value {
  bool present = false;
  bool is_string = false;
  bool is_number = false;
  bool is_null = false;
  std::string text;       // the string, or the number's spelling
  const char* type = "";  // JSON type name, for messages
};

// Collects the top-level fields of one object. Returning false from a
// callback stops the parse; `not_object` says we stopped on purpose.
class FieldHandler final : public nlohmann::json_sax<Json> {
 public:
  Value text, id, title, url, published, date;
  const char* not_object = nullptr;  // set when the line is not an object
  // Filled by parse_error().
  bool failed = false;
  size_t error_position = 0;
  std::string error_message;
  bool error_is_utf8 = false;

  bool null() override { return scalar("null", [](Value& v) { v.is_null = true; }); }
  bool boolean(bool) override { return scalar("boolean", [](Value&) {}); }
  bool number_integer(number_integer_t n) override {
    return scalar("number", [n](Value& v) {
      v.is_number = true;
      v.text = std::to_string(n);
    });
  }
  bool number_unsigned(number_unsigned_t n) override {
    return scalar("number", [n](Value& v) {
      v.is_number = true;
      v.text = std::to_string(n);
    });
  }
  bool number_float(number_float_t, const string_t& spelling) override {
    // Keep the number as written ("1e3" stays "1e3"): an id is a label.
    return scalar("number", [&spelling](Value& v) {
      v.is_number = true;
      v.text = spelling;
    });
  }
  bool string(string_t& s) override {
    // `s` is the lexer's token buffer; it is cleared before the next token,
    // so moving from it saves a copy of what may be a very long text.
    return scalar("string", [&s](Value& v) {
      v.is_string = true;
      v.text = std::move(s);
    });
  }
  bool binary(binary_t&) override { return scalar("binary", [](Value&) {}); }

  bool start_object(std::size_t) override {
    if (depth_ == 0) {
      depth_ = 1;
      return true;
    }
    if (depth_ == 1) mark_container("object");
    ++depth_;
    return true;
  }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override {
    if (depth_ == 0) {
      not_object = "array";
      return false;
    }
    if (depth_ == 1) mark_container("array");
    ++depth_;
    return true;
  }
  bool end_array() override {
    --depth_;
    return true;
  }
  bool key(string_t& k) override {
    if (depth_ == 1) current_ = field_for_key(k);
    return true;
  }

  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) override {
    failed = true;
    error_position = position;
    std::string what = ex.what();
    error_is_utf8 = what.find("ill-formed UTF-8") != std::string::npos;
    error_message = clean_message(std::move(what), last_token);
    return false;
  }

 private:
  template <class Set>
  bool scalar(const char* type, Set set) {
    if (depth_ == 0) {  // the whole line is a scalar
      not_object = type;
      return false;
    }
    if (depth_ == 1) {
      if (Value* v = slot()) {
        *v = Value{};
        v->present = true;
        v->type = type;
        set(*v);
      }
      current_ = Field::kNone;
    }
    return true;
  }

  void mark_container(const char* type) {
    if (Value* v = slot()) {
      *v = Value{};
      v->present = true;
      v->type = type;
    }
    current_ = Field::kNone;
  }

  Value* slot() {
    switch (current_) {
      case Field::kText: return &text;
      case Field::kId: return &id;
      case Field::kTitle: return &title;
      case Field::kUrl: return &url;
      case Field::kPublished: return &published;
      case Field::kDate: return &date;
      case Field::kNone: return nullptr;
    }
    return nullptr;
  }

  // nlohmann says "[json.exception.parse_error.101] parse error at line 1,
  // column 6: syntax error while parsing value - unexpected '}'; expected
  // ...; last read: '...'". Keep the part after " - " without the echo of
  // the last token (which may be a huge or binary string); our own
  // location and excerpt say where.
  static std::string clean_message(std::string what, const std::string& last_token) {
    std::string_view m = what;
    if (m.starts_with("[json.exception.")) {
      size_t close = m.find("] ");
      if (close != std::string_view::npos) m.remove_prefix(close + 2);
    }
    if (m.starts_with("parse error")) {
      size_t colon = m.find(": ");
      if (colon != std::string_view::npos) m.remove_prefix(colon + 2);
    }
    if (m.starts_with("syntax error while parsing ")) {
      size_t dash = m.find(" - ");
      if (dash != std::string_view::npos) m.remove_prefix(dash + 3);
    }
    std::string out(m);
    const std::string echo = "; last read: '" + last_token + "'";
    if (size_t at = out.find(echo); at != std::string::npos) out.erase(at, echo.size());
    return out;
  }

  int depth_ = 0;
  Field current_ = Field::kNone;
};

// 1-based column, in code points, of the byte at `byte_index`; an index past
// the end (nlohmann's "unexpected end of input") counts on past the end.
int column_of(std::string_view line, size_t byte_index) {
  size_t end = byte_index < line.size() ? byte_index : line.size();
  std::string_view head = line.substr(0, end);
  size_t pos = 0, chars = 0;
  char32_t c;
  while (next_code_point(head, pos, c)) ++chars;
  chars += byte_index - end;
  return static_cast<int>(chars + 1);
}

// The line cut to about kExcerptBytes, never inside a UTF-8 sequence.
std::string excerpt_of(std::string_view line) {
  if (line.size() <= kExcerptBytes) return std::string(line);
  size_t cut = kExcerptBytes;
  for (int back = 0; back < 3 && cut > 0 &&
                     (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80;
       ++back)
    --cut;
  return std::string(line.substr(0, cut));
}

// Byte index of the first sequence that is not valid UTF-8, or size().
size_t first_invalid_utf8(std::string_view s) {
  size_t pos = 0;
  char32_t c;
  for (size_t start = 0; next_code_point(s, pos, c); start = pos)
    if (c == kInvalidCodePoint) return start;
  return s.size();
}

size_t first_non_space(std::string_view line) {
  size_t i = line.find_first_not_of(" \t\r\n");
  return i == std::string_view::npos ? line.size() : i;
}

Error line_error(ErrorCode code, std::string message, std::string_view line,
                 const std::string& source, int line_no, int column) {
  Error e;
  e.code = code;
  e.message = std::move(message);
  e.where = Location{source, line_no, column};
  e.excerpt = excerpt_of(line);
  return e;
}

// An optional string field: absent and null are the same; anything other
// than a string is an error rather than silently dropped.
std::optional<std::string> type_error(const Value& v, const char* name) {
  if (!v.present || v.is_null || v.is_string) return std::nullopt;
  return std::string("\"") + name + "\" must be a string, not " + v.type;
}

}  // namespace

Result<Article> parse_jsonl_article(std::string_view line, const std::string& source, int line_no) {
  // The file name without its directory ("-" stays "-").
  std::string_view base = source;
  if (size_t slash = base.find_last_of('/');
      slash != std::string_view::npos && slash + 1 < base.size())
    base.remove_prefix(slash + 1);
  return parse_jsonl_article(line, source, line_no, base);
}

Result<Article> parse_jsonl_article(std::string_view line, const std::string& source, int line_no,
                                    std::string_view id_base) try {
  FieldHandler h;
  Json::sax_parse(line.begin(), line.end(), &h);

  if (h.not_object) {
    return line_error(ErrorCode::kParse, std::string("not a JSON object (found ") + h.not_object + ")",
                      line, source, line_no, column_of(line, first_non_space(line)));
  }
  if (h.failed) {
    // nlohmann's position counts bytes read, the offending one included.
    size_t index = h.error_position > 0 ? h.error_position - 1 : 0;
    if (h.error_is_utf8) {
      // nlohmann stops on the byte that breaks the sequence (often the one
      // after the lead byte); point at where the bad sequence starts.
      size_t at = first_invalid_utf8(line.substr(0, index + 1));
      if (at < index) index = at;
      return line_error(ErrorCode::kEncoding, "invalid UTF-8 in a JSON string", line, source,
                        line_no, column_of(line, index));
    }
    int column = column_of(line, index);
    return line_error(ErrorCode::kParse, "malformed JSON: " + h.error_message, line, source,
                      line_no, column);
  }

  // Field checks. Columns are unknown here (the SAX interface gives no
  // positions for values), so they stay 0.
  if (!h.text.present || h.text.is_null)
    return line_error(ErrorCode::kParse, "missing \"text\" string", line, source, line_no, 0);
  if (!h.text.is_string)
    return line_error(ErrorCode::kParse,
                      std::string("\"text\" must be a string, not ") + h.text.type, line, source,
                      line_no, 0);
  if (h.text.text.find_first_not_of(" \t\r\n\v\f") == std::string::npos)
    return line_error(ErrorCode::kEmpty, "empty \"text\"", line, source, line_no, 0);
  if (h.id.present && !h.id.is_null && !h.id.is_string && !h.id.is_number)
    return line_error(ErrorCode::kParse,
                      std::string("\"id\" must be a string or a number, not ") + h.id.type, line,
                      source, line_no, 0);
  // "date" is only looked at when "published" does not already give one.
  const bool use_date = !h.published.is_string;
  for (auto [value, name] : {std::pair<const Value*, const char*>{&h.title, "title"},
                             {&h.url, "url"},
                             {&h.published, "published"},
                             {use_date ? &h.date : nullptr, "date"}}) {
    if (!value) continue;
    if (auto message = type_error(*value, name))
      return line_error(ErrorCode::kParse, std::move(*message), line, source, line_no, 0);
  }

  Article a;
  // An empty id is as good as none: the record needs something to name.
  if ((h.id.is_string || h.id.is_number) && !h.id.text.empty())
    a.id = std::move(h.id.text);
  else
    a.id = std::string(id_base) + ":" + std::to_string(line_no);
  a.source = source;
  a.line = line_no;
  if (h.title.is_string) a.title = std::move(h.title.text);
  if (h.url.is_string) a.url = std::move(h.url.text);
  if (h.published.is_string)
    a.published = std::move(h.published.text);
  else if (h.date.is_string)
    a.published = std::move(h.date.text);
  a.text = std::move(h.text.text);
  return a;
} catch (const std::exception& ex) {
  // bad_alloc on a huge line, or anything nlohmann throws past the handler.
  return line_error(ErrorCode::kParse, std::string("cannot parse line: ") + ex.what(), line,
                    source, line_no, 0);
}

}  // namespace solieu
