// NumberLexicon: the vocabulary of numbers, loaded from
// patterns/vi/number-words.tsv so that words are data and only the way they
// combine is code (grammar.cc). The file format is described in the file's
// own header comment; errors point at the file, line and column.
#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/utf8.h"
#include "number/number_internal.h"

namespace solieu {
namespace {

using number_internal::lowercase;

struct RoleName {
  WordRole role;
  std::string_view name;
};
constexpr RoleName kRoleNames[] = {
    {WordRole::kDigit, "digit"},         {WordRole::kTen, "ten"},
    {WordRole::kTens, "tens"},           {WordRole::kAfterTens, "after_tens"},
    {WordRole::kZeroTens, "zero_tens"},  {WordRole::kHundred, "hundred"},
    {WordRole::kScale, "scale"},         {WordRole::kHalf, "half"},
    {WordRole::kPoint, "point"},         {WordRole::kMinus, "minus"},
    {WordRole::kSuffix, "suffix"},       {WordRole::kFraction, "fraction"},
};

std::optional<WordRole> role_from_name(std::string_view name) {
  for (const RoleName& r : kRoleNames)
    if (r.name == name) return r.role;
  return std::nullopt;
}

// Why a value does not suit its role, or "" when it does. The grammar relies
// on these: digits are 0..9, mười/mươi are tens, trăm is a hundred, and a
// scale sits above a whole group of three digits.
std::string_view value_problem(WordRole role, double v) {
  auto integer_in = [v](double lo, double hi) { return v == std::floor(v) && v >= lo && v <= hi; };
  switch (role) {
    case WordRole::kDigit: return integer_in(0, 9) ? "" : "a digit's value must be 0 to 9";
    case WordRole::kAfterTens:
      return integer_in(1, 9) ? "" : "an after_tens value must be 1 to 9";
    case WordRole::kTen:
    case WordRole::kTens: return v == 10 ? "" : "a ten's value must be 10";
    case WordRole::kHundred: return v == 100 ? "" : "a hundred's value must be 100";
    case WordRole::kScale: return v >= 1000 ? "" : "a scale's value must be at least 1000";
    case WordRole::kSuffix: return v > 0 ? "" : "a suffix's value must be positive";
    case WordRole::kHalf:
    case WordRole::kFraction: return v > 0 && v < 1 ? "" : "the value must be between 0 and 1";
    case WordRole::kZeroTens:
    case WordRole::kPoint:
    case WordRole::kMinus: return "";  // structural words: the value is not used
  }
  return "";
}

bool is_blank(char c) { return c == ' ' || c == '\r'; }

// 1-based column, in code points, of byte `offset` of `line`.
int column_of(std::string_view line, size_t offset) {
  return line_column(line, offset).column;
}

struct Field {
  std::string_view text;  // trimmed of spaces
  size_t offset;          // byte offset of `text` in the line
};

}  // namespace

std::string_view word_role_name(WordRole role) {
  for (const RoleName& r : kRoleNames)
    if (r.role == role) return r.name;
  return "?";
}

void NumberLexicon::add(std::string word, WordRole role, double value, bool plain,
                        bool exact_case) {
  Entry e{role, value, plain, exact_case, exact_case ? word : lowercase(word)};
  std::string key = lowercase(word);
  entries_.insert_or_assign(std::move(key), std::move(e));
}

const NumberLexicon::Entry* NumberLexicon::find(std::string_view word) const {
  // Lexicon words are short: a long token cannot be one, and skipping the
  // lower-casing keeps hostile input cheap.
  if (word.empty() || word.size() > 64) return nullptr;
  auto it = entries_.find(lowercase(word));
  if (it == entries_.end()) return nullptr;
  if (it->second.exact_case && word != it->second.spelling) return nullptr;
  return &it->second;
}

namespace {
void longest_first(std::vector<std::string>& words) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
}
}  // namespace

std::vector<std::string> NumberLexicon::words() const {
  std::vector<std::string> out;
  for (const auto& [key, e] : entries_) out.push_back(e.spelling);
  longest_first(out);
  return out;
}

std::vector<std::string> NumberLexicon::words_with_role(WordRole role) const {
  std::vector<std::string> out;
  for (const auto& [key, e] : entries_)
    if (e.role == role) out.push_back(e.spelling);
  longest_first(out);
  return out;
}

Result<NumberLexicon> NumberLexicon::parse(std::string_view text, std::string_view file) {
  NumberLexicon lex;
  std::unordered_map<std::string, int> first_line;  // lower-cased word -> line
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a BOM

  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

    auto fail = [&](std::string message, size_t offset) -> Error {
      return Error{ErrorCode::kPattern, std::move(message),
                   Location{std::string(file), line_no, column_of(line, offset)},
                   std::string(line)};
    };

    std::string_view content = line.substr(0, std::min(line.find('#'), line.size()));
    if (std::all_of(content.begin(), content.end(), [](char c) { return c == ' ' || c == '\t'; }))
      continue;

    // Split on tabs; trim spaces around each field (keeping its offset for
    // error columns).
    std::vector<Field> fields;
    size_t start = 0;
    while (true) {
      size_t tab = content.find('\t', start);
      size_t end = tab == std::string_view::npos ? content.size() : tab;
      size_t b = start, e = end;
      while (b < e && is_blank(content[b])) ++b;
      while (e > b && is_blank(content[e - 1])) --e;
      fields.push_back(Field{content.substr(b, e - b), b});
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    // A trailing tab before a comment ("bẩy\tdigit\t7\t# note") leaves empty
    // fields at the end: they are not columns.
    while (fields.size() > 3 && fields.back().text.empty()) fields.pop_back();
    // Where a missing column would have started: just past the content.
    size_t content_end = content.size();
    while (content_end > 0 && is_blank(content[content_end - 1])) --content_end;

    const Field& word = fields[0];
    if (word.text.empty()) return fail("empty word", word.offset);
    if (word.text.find(' ') != std::string_view::npos)
      return fail("a word cannot contain a space: '" + std::string(word.text) + "'", word.offset);
    if ((word.text[0] >= '0' && word.text[0] <= '9') || word.text[0] == '-')
      return fail("a word cannot start with a digit or '-': '" + std::string(word.text) + "'",
                  word.offset);
    if (fields.size() < 2 || fields[1].text.empty())
      return fail("missing role column", fields.size() < 2 ? content_end : fields[1].offset);
    if (fields.size() < 3 || fields[2].text.empty())
      return fail("missing value column", fields.size() < 3 ? content_end : fields[2].offset);
    if (fields.size() > 4) return fail("too many columns (at most 4)", fields[4].offset);

    std::optional<WordRole> role = role_from_name(fields[1].text);
    if (!role) return fail("unknown role '" + std::string(fields[1].text) + "'", fields[1].offset);

    const Field& vf = fields[2];
    double value = 0;
    auto [vend, ec] = std::from_chars(vf.text.data(), vf.text.data() + vf.text.size(), value);
    if (ec != std::errc() || vend != vf.text.data() + vf.text.size() || !std::isfinite(value))
      return fail("bad value '" + std::string(vf.text) + "'", vf.offset);
    if (std::string_view why = value_problem(*role, value); !why.empty())
      return fail("bad value '" + std::string(vf.text) + "' for role " +
                      std::string(word_role_name(*role)) + ": " + std::string(why),
                  vf.offset);

    bool plain = false, exact_case = false;
    if (fields.size() == 4) {
      std::string_view flags = fields[3].text;
      size_t f = 0;
      while (f <= flags.size()) {
        size_t comma = flags.find(',', f);
        if (comma == std::string_view::npos) comma = flags.size();
        std::string_view flag = flags.substr(f, comma - f);
        if (flag == "plain") plain = true;
        else if (flag == "case") exact_case = true;
        else
          return fail("unknown flag '" + std::string(flag) + "' (expected plain or case)",
                      fields[3].offset + f);
        f = comma + 1;
      }
    }

    std::string key = lowercase(word.text);
    auto [it, inserted] = first_line.emplace(key, line_no);
    if (!inserted)
      return fail("duplicate word '" + std::string(word.text) + "' (first on line " +
                      std::to_string(it->second) + ")",
                  word.offset);
    lex.add(std::string(word.text), *role, value, plain, exact_case);
  }
  return lex;
}

}  // namespace solieu
