#include "extract/pattern_file.h"

#include <optional>

namespace solieu {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// Column (1-based, in code points) of byte `at` within `line`.
int column_of(std::string_view line, size_t at) {
  int col = 1;
  for (size_t i = 0; i < at && i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
  return col;
}

class LineParser {
 public:
  LineParser(std::string_view path, int line_no, std::string_view line)
      : path_(path), line_no_(line_no), line_(line) {}

  Error error(size_t at, std::string message) const {
    return Error{ErrorCode::kPattern, std::move(message),
                 Location{std::string(path_), line_no_, column_of(line_, at)}, std::string(line_)};
  }
  Located located(size_t at, std::string_view text) const {
    return Located{std::string(text), Location{std::string(path_), line_no_, column_of(line_, at)},
                   std::string(line_)};
  }
  Location location(size_t at) const {
    return Location{std::string(path_), line_no_, column_of(line_, at)};
  }
  std::string_view line() const { return line_; }

 private:
  std::string_view path_;
  int line_no_;
  std::string_view line_;
};

// The end of the code part of a line: a '#' at the start or after a space,
// outside double quotes, begins a comment.
size_t code_end(std::string_view line) {
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '\\' && i + 1 < line.size()) ++i;
      else if (c == '"') quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == '#' && (i == 0 || is_space(line[i - 1]))) {
      return i;
    }
  }
  return line.size();
}

size_t skip_spaces(std::string_view s, size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

size_t trim_end(std::string_view s, size_t begin, size_t end) {
  while (end > begin && is_space(s[end - 1])) --end;
  return end;
}

// Reads a double-quoted string at `i` (which holds '"'); advances `i`.
Result<std::string> read_quoted(const LineParser& p, std::string_view s, size_t& i) {
  size_t open = i++;
  std::string out;
  while (i < s.size()) {
    char c = s[i];
    if (c == '\\' && i + 1 < s.size()) {
      char n = s[i + 1];
      out += (n == 'n') ? '\n' : n;
      i += 2;
      continue;
    }
    if (c == '"') {
      ++i;
      return out;
    }
    out += c;
    ++i;
  }
  return p.error(open, "unterminated string");
}

Result<Example> parse_example(const LineParser& p, std::string_view s, size_t i, bool reject) {
  Example ex;
  ex.reject = reject;
  i = skip_spaces(s, i);
  if (i >= s.size() || s[i] != '"') return p.error(i, "expected a quoted text");
  size_t text_at = i;
  auto text = read_quoted(p, s, i);
  if (!text) return text.error();
  ex.text = p.located(text_at + 1, *text);
  while (true) {
    i = skip_spaces(s, i);
    if (i >= s.size()) break;
    size_t key_at = i;
    while (i < s.size() && s[i] != '=' && !is_space(s[i])) ++i;
    if (i >= s.size() || s[i] != '=' || i == key_at)
      return p.error(key_at, "expected key=value after the example text");
    std::string key(s.substr(key_at, i - key_at));
    ++i;
    std::string value;
    if (i < s.size() && s[i] == '"') {
      auto q = read_quoted(p, s, i);
      if (!q) return q.error();
      value = *q;
    } else {
      size_t v = i;
      while (i < s.size() && !is_space(s[i])) ++i;
      value = std::string(s.substr(v, i - v));
    }
    ex.expect.emplace_back(std::move(key), std::move(value));
  }
  return ex;
}

Status parse_row(const LineParser& p, std::string_view s, size_t i, Block& block) {
  size_t eq = s.find('=', i);
  if (eq == std::string_view::npos) return p.error(i, "expected 'keys = fields' in table " + block.name.text);
  TableRow row;
  row.where = p.location(i);
  size_t k = i;
  while (k < eq) {
    size_t comma = s.find(',', k);
    if (comma == std::string_view::npos || comma > eq) comma = eq;
    size_t b = skip_spaces(s, k);
    size_t e = trim_end(s, b, comma);
    if (b == e) return p.error(b, "empty key in table " + block.name.text);
    row.keys.push_back(p.located(b, s.substr(b, e - b)));
    k = comma + 1;
  }
  size_t f = eq + 1;
  while (true) {
    f = skip_spaces(s, f);
    if (f >= s.size()) break;
    size_t e = f;
    while (e < s.size() && !is_space(s[e])) ++e;
    row.fields.emplace_back(s.substr(f, e - f));
    f = e;
  }
  block.rows.push_back(std::move(row));
  return {};
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == '-';
}

}  // namespace

const Located* Block::property(std::string_view key) const {
  for (const auto& [k, v] : properties)
    if (k == key) return &v;
  return nullptr;
}

Result<PatternFile> parse_pattern_file(std::string_view text, std::string_view path) {
  PatternFile file;
  file.path = std::string(path);
  Block* block = nullptr;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    LineParser p(path, line_no, raw);
    size_t end = trim_end(raw, 0, code_end(raw));
    size_t start = skip_spaces(raw, 0);
    if (start >= end) {
      if (nl == text.size()) break;
      continue;
    }
    std::string_view s = raw.substr(0, end);

    if (start == 0) {  // a new block
      size_t kw_end = 0;
      while (kw_end < s.size() && !is_space(s[kw_end])) ++kw_end;
      std::string kind(s.substr(0, kw_end));
      if (kind != "define" && kind != "table" && kind != "pattern" && kind != "indicator")
        return p.error(0, "unknown block '" + kind + "' (expected define, table, pattern or indicator)");
      size_t name_at = skip_spaces(s, kw_end);
      size_t name_end = name_at;
      while (name_end < s.size() && is_name_char(s[name_end])) ++name_end;
      if (name_end == name_at) return p.error(name_at, "expected a name after '" + kind + "'");
      file.blocks.push_back(Block{});
      block = &file.blocks.back();
      block->kind = kind;
      block->name = p.located(name_at, s.substr(name_at, name_end - name_at));
      size_t rest = skip_spaces(s, name_end);
      if (kind == "define") {
        if (rest >= s.size() || s[rest] != '=')
          return p.error(rest, "expected '=' and a regular expression after define " + block->name.text);
        size_t re = skip_spaces(s, rest + 1);
        if (re >= s.size()) return p.error(re, "empty definition of " + block->name.text);
        block->value = p.located(re, s.substr(re));
      } else if (rest < s.size()) {
        return p.error(rest, "unexpected text after the " + kind + " name");
      }
      if (nl == text.size()) break;
      continue;
    }

    if (!block) return p.error(start, "indented line outside any block");
    if (block->kind == "define") return p.error(start, "a define takes no indented lines");
    if (block->kind == "table") {
      if (Status st = parse_row(p, s, start, *block); !st) return st.error();
      if (nl == text.size()) break;
      continue;
    }
    size_t key_end = start;
    while (key_end < s.size() && !is_space(s[key_end])) ++key_end;
    std::string key(s.substr(start, key_end - start));
    size_t val = skip_spaces(s, key_end);
    if (key == "example" || key == "reject") {
      auto ex = parse_example(p, s, val, key == "reject");
      if (!ex) return ex.error();
      block->examples.push_back(std::move(*ex));
    } else {
      if (val >= s.size()) return p.error(key_end, "property '" + key + "' has no value");
      block->properties.emplace_back(key, p.located(val, s.substr(val)));
    }
    if (nl == text.size()) break;
  }
  return file;
}

}  // namespace solieu
