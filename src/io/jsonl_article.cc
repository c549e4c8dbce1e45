// One JSON Lines line to an Article.
//
// The line is read through a SAX handler rather than into a DOM: a "text"
// field may be hundreds of megabytes, and a DOM would copy the decoded
// string once more before we could move it out. The handler here takes the
// decoded string by move and keeps only the fields named in JsonlFields
// (top-level keys, or dotted paths into nested objects); everything else is
// skipped.
//
// Two parsers drive the same handler. Our own (io/json_scan.h) reads string
// bytes in runs, several times faster than nlohmann's lexer, which reads
// them one at a time; it gives up on anything it is not sure to read as
// nlohmann does, every error included, and nlohmann then reads the line
// again with a fresh handler, so results and error messages are nlohmann's.

#include <cstdint>
#include <cstdio>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "io/input.h"
#include "io/json_scan.h"
#include "io/jsonl_article_internal.h"

namespace solieu {
namespace {

using Json = nlohmann::json;

// Excerpts are for a human looking at a caret; a 200 MB line is not.
constexpr size_t kExcerptBytes = 200;

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

// Collects the named fields of one object. A field's path is its keys from
// the top joined with '.', so "meta.title" names {"meta":{"title":...}} (and
// also a top-level key spelled "meta.title"); nothing inside an array is
// ever matched. Returning false from a callback stops the parse;
// `not_object` says we stopped on purpose.
class FieldHandler final : public nlohmann::json_sax<Json> {
 public:
  explicit FieldHandler(const JsonlFields& fields) : fields_(fields) {
    dates.resize(fields.date.size());
  }

  Value text, id, title, url;
  std::vector<Value> dates;  // one per fields.date, in that order
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
    // A field named twice gets a copy from the first.
    const Value* first = nullptr;
    return scalar("string", [&s, &first](Value& v) {
      v.is_string = true;
      if (first) {
        v.text = first->text;
      } else {
        v.text = std::move(s);
        first = &v;
      }
    });
  }
  bool binary(binary_t&) override { return scalar("binary", [](Value&) {}); }

  bool start_object(std::size_t) override {
    if (frames_.empty()) {
      frames_.push_back(Frame{false, 0});
      return true;
    }
    mark_container("object");
    frames_.push_back(Frame{false, path_.size()});
    return true;
  }
  bool end_object() override { return end_container(); }
  bool start_array(std::size_t) override {
    if (frames_.empty()) {
      not_object = "array";
      return false;
    }
    mark_container("array");
    frames_.push_back(Frame{true, path_.size()});
    ++arrays_;
    return true;
  }
  bool end_array() override {
    --arrays_;
    return end_container();
  }
  bool key(string_t& k) override {
    // Keys below an array can never match, and a path never ends deeper
    // than the longest named one: both are skipped without building paths.
    if (arrays_ > 0) return true;
    path_.resize(frames_.back().base);
    if (!path_.empty()) path_ += '.';
    path_ += k;
    has_key_ = true;
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
  struct Frame {
    bool array;
    size_t base;  // length of path_ at this container's start
  };

  template <class Set>
  bool scalar(const char* type, Set set) {
    if (frames_.empty()) {  // the whole line is a scalar
      not_object = type;
      return false;
    }
    for_each_slot([&](Value& v) {
      v = Value{};
      v.present = true;
      v.type = type;
      set(v);
    });
    has_key_ = false;
    return true;
  }

  void mark_container(const char* type) {
    for_each_slot([&](Value& v) {
      v = Value{};
      v.present = true;
      v.type = type;
    });
    has_key_ = false;
  }

  bool end_container() {
    frames_.pop_back();
    if (!frames_.empty()) path_.resize(frames_.back().base);
    has_key_ = false;
    return true;
  }

  // Calls `fn` on every named field whose path is path_, the value just
  // read: one JSON field may be named twice (--id-field url --url-field url).
  template <class Fn>
  void for_each_slot(Fn fn) {
    if (!has_key_ || arrays_ > 0 || frames_.back().array) return;
    if (path_ == fields_.text) fn(text);
    if (path_ == fields_.id) fn(id);
    if (path_ == fields_.title) fn(title);
    if (path_ == fields_.url) fn(url);
    for (size_t i = 0; i < fields_.date.size(); ++i)
      if (path_ == fields_.date[i]) fn(dates[i]);
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

  const JsonlFields& fields_;
  std::vector<Frame> frames_;
  std::string path_;      // keys from the top to the value being read
  bool has_key_ = false;  // a key was read and its value not yet
  int arrays_ = 0;        // arrays open around the current value
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
std::optional<std::string> type_error(const Value& v, const std::string& name) {
  if (!v.present || v.is_null || v.is_string) return std::nullopt;
  return "\"" + name + "\" must be a string, not " + v.type;
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
                                    std::string_view id_base) {
  static const JsonlFields kDefaultFields;
  return parse_jsonl_article(line, source, line_no, id_base, kDefaultFields);
}

Result<Article> parse_jsonl_article(std::string_view line, const std::string& source, int line_no,
                                    std::string_view id_base, const JsonlFields& fields) {
  return jsonl_internal::parse_line(jsonl_internal::Parser::kFast, line, source, line_no, id_base,
                                    fields);
}

namespace jsonl_internal {

Result<Article> parse_line(Parser parser, std::string_view line, const std::string& source,
                           int line_no, std::string_view id_base, const JsonlFields& fields,
                           bool* fell_back) try {
  // The handler cannot be reset (it holds a reference); a second one is
  // made in place when nlohmann has to read the line again.
  std::optional<FieldHandler> handler;
  handler.emplace(fields);
  bool reference = parser == Parser::kReference;
  if (!reference && json_scan::sax_scan(line, *handler) == json_scan::End::kUnsure) {
    reference = true;
    handler.emplace(fields);
  }
  if (fell_back) *fell_back = parser == Parser::kFast && reference;
  if (reference) Json::sax_parse(line.begin(), line.end(), &*handler);
  FieldHandler& h = *handler;

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
  // positions for values), so they stay 0. Messages name the fields as the
  // user named them ("content", "meta.title").
  const auto quoted = [](const std::string& name) { return "\"" + name + "\""; };
  if (!h.text.present || h.text.is_null)
    return line_error(ErrorCode::kParse, "missing " + quoted(fields.text) + " string", line, source,
                      line_no, 0);
  if (!h.text.is_string)
    return line_error(ErrorCode::kParse,
                      quoted(fields.text) + " must be a string, not " + h.text.type, line, source,
                      line_no, 0);
  if (h.text.text.find_first_not_of(" \t\r\n\v\f") == std::string::npos)
    return line_error(ErrorCode::kEmpty, "empty " + quoted(fields.text), line, source, line_no, 0);
  if (h.id.present && !h.id.is_null && !h.id.is_string && !h.id.is_number)
    return line_error(ErrorCode::kParse,
                      quoted(fields.id) + " must be a string or a number, not " + h.id.type, line,
                      source, line_no, 0);
  // The date fields are tried in order; one after the first string is not
  // looked at, so its type does not matter.
  Value* date = nullptr;
  std::vector<std::pair<const Value*, const std::string*>> checked = {{&h.title, &fields.title},
                                                                      {&h.url, &fields.url}};
  for (size_t i = 0; i < h.dates.size() && !date; ++i) {
    checked.push_back({&h.dates[i], &fields.date[i]});
    if (h.dates[i].is_string) date = &h.dates[i];
  }
  for (auto [value, name] : checked) {
    if (auto message = type_error(*value, *name))
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
  if (date) a.published = std::move(date->text);
  a.text = std::move(h.text.text);
  return a;
} catch (const std::exception& ex) {
  // bad_alloc on a huge line, or anything nlohmann throws past the handler.
  return line_error(ErrorCode::kParse, std::string("cannot parse line: ") + ex.what(), line,
                    source, line_no, 0);
}

namespace {

// A value for a difference message: long texts cut, bytes escaped.
std::string shown(const std::string& s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size() && i < 80; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F || c == '"' || c == '\\') {
      static const char kHex[] = "0123456789ABCDEF";
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  if (s.size() > 80) out += "...(" + std::to_string(s.size()) + " bytes)";
  return out + "\"";
}

std::string shown(const std::optional<std::string>& s) { return s ? shown(*s) : "nullopt"; }
std::string shown(const std::optional<long>& n) { return n ? std::to_string(*n) : "nullopt"; }
std::string shown(int n) { return std::to_string(n); }
std::string shown(ErrorCode c) { return std::string(error_code_name(c)); }
std::string shown(const std::vector<std::string>& v) {
  std::string out = "[";
  for (const auto& s : v) out += shown(s) + ",";
  return out + "]";
}

// Writes every callback down and always goes on.
class TraceHandler final : public nlohmann::json_sax<Json> {
 public:
  std::string trace;

  bool null() override { return add("null"); }
  bool boolean(bool b) override { return add(b ? "true" : "false"); }
  bool number_integer(number_integer_t n) override { return add("integer " + std::to_string(n)); }
  bool number_unsigned(number_unsigned_t n) override { return add("unsigned " + std::to_string(n)); }
  bool number_float(number_float_t d, const string_t& spelling) override {
    char bits[64];
    std::snprintf(bits, sizeof bits, "%a", d);
    return add("float " + std::string(bits) + " " + spelling);
  }
  bool string(string_t& s) override { return add("string " + std::to_string(s.size()) + ":" + s); }
  bool binary(binary_t&) override { return add("binary"); }
  bool start_object(std::size_t n) override { return add("{ " + std::to_string(n)); }
  bool end_object() override { return add("}"); }
  bool start_array(std::size_t n) override { return add("[ " + std::to_string(n)); }
  bool end_array() override { return add("]"); }
  bool key(string_t& k) override { return add("key " + std::to_string(k.size()) + ":" + k); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    add("error");
    return false;
  }

 private:
  bool add(const std::string& event) {
    trace += event;
    trace += '\n';
    return true;
  }
};

}  // namespace

std::optional<std::string> sax_trace(Parser parser, std::string_view line) {
  TraceHandler h;
  if (parser == Parser::kReference) {
    Json::sax_parse(line.begin(), line.end(), &h);
    return h.trace;
  }
  if (json_scan::sax_scan(line, h) == json_scan::End::kUnsure) return std::nullopt;
  return h.trace;
}

std::string difference(const Result<Article>& a, const Result<Article>& b) {
  if (a.ok() != b.ok())
    return std::string("one is an article, the other an error: ") +
           (a.ok() ? shown(b.error().message) : shown(a.error().message));
  std::string out;
  const auto field = [&out](const char* name, const auto& x, const auto& y) {
    if (!out.empty() || x == y) return;
    out = std::string(name) + ": " + shown(x) + " vs " + shown(y);
    if constexpr (std::is_same_v<std::decay_t<decltype(x)>, std::string>) {
      // Long texts shown cut may look the same: say where they part.
      size_t at = 0;
      while (at < x.size() && at < y.size() && x[at] == y[at]) ++at;
      out += " (first difference at byte " + std::to_string(at) + ")";
    }
  };
  if (a.ok()) {
    const Article &x = *a, &y = *b;
    field("id", x.id, y.id);
    field("source", x.source, y.source);
    field("line", x.line, y.line);
    field("title", x.title, y.title);
    field("url", x.url, y.url);
    field("published", x.published, y.published);
    field("category", x.category, y.category);
    field("author", x.author, y.author);
    field("page_views", x.page_views, y.page_views);
    field("encoding", x.encoding, y.encoding);
    field("encoding_repairs", x.encoding_repairs, y.encoding_repairs);
    field("encoding_losses", x.encoding_losses, y.encoding_losses);
    field("lang", x.lang, y.lang);
    field("text", x.text, y.text);
  } else {
    const Error &x = a.error(), &y = b.error();
    field("code", x.code, y.code);
    field("message", x.message, y.message);
    field("file", x.where.file, y.where.file);
    field("line", x.where.line, y.where.line);
    field("column", x.where.column, y.where.column);
    field("excerpt", x.excerpt, y.excerpt);
  }
  return out;
}

}  // namespace jsonl_internal
}  // namespace solieu
