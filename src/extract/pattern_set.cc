#include "extract/pattern_set.h"

#include <re2/re2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <system_error>
#include <thread>

#include "core/utf8.h"
#include "extract/regex_syntax.h"
#include "normalize/text_key.h"
#include "normalize/normalizer.h"

namespace solieu {
namespace {

constexpr int kMaxMacroDepth = 32;
// Macros used twice in a macro used twice ... double at each level: 32 levels
// of that would expand to gigabytes. The longest shipped regex expands to
// ~60 KB; anything past this is a mistake, refused before RE2 sees it.
constexpr size_t kMaxExpandedBytes = 1 << 20;

Error pattern_error(const Location& where, std::string message, const std::string& line) {
  return Error{ErrorCode::kPattern, std::move(message), where, line};
}

// The location of the character at byte `offset` of a located text.
Location shifted(const Located& at, size_t offset) {
  Location loc = at.where;
  for (size_t i = 0; i < offset && i < at.text.size(); ++i)
    if ((static_cast<unsigned char>(at.text[i]) & 0xC0) != 0x80) ++loc.column;
  return loc;
}

bool is_macro_start(char c) { return (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_macro_char(char c) { return is_macro_start(c) || (c >= '0' && c <= '9'); }
bool is_slot_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// A literal key as a regex: metacharacters quoted, spaces as " +" (a key
// never runs across a line break: "200 hộ\nNghèo đói" is not "hộ nghèo").
std::string key_regex(const std::string& key) {
  std::string out, word;
  auto flush = [&] {
    if (!word.empty()) out += RE2::QuoteMeta(word);
    word.clear();
  };
  for (char c : key) {
    if (c == ' ') {
      flush();
      if (out.size() < 2 || out.compare(out.size() - 2, 2, " +") != 0) out += " +";
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

// The keys in trie order: by bytes, except that a key comes before every key
// that is a prefix of it ("lớp tập huấn" before "lớp"). Of the keys that match
// at one place, each is a prefix of the longer ones, so the longest is still
// tried first; and keys that share a beginning stand together, which RE2
// factors into one branch ("lớp(?: +tập +huấn| +học|)"): its automata then
// follow one path per prefix instead of one per key.
std::string alternation(std::vector<std::string> keys) {
  std::sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) {
    const size_t n = std::min(a.size(), b.size());
    const int c = a.compare(0, n, b, 0, n);
    return c != 0 ? c < 0 : a.size() > b.size();
  });
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::string out;
  for (const auto& k : keys) {
    if (!out.empty()) out += '|';
    out += key_regex(k);
  }
  // An empty table matches nothing (RE2 has no (?!), but an empty class works).
  return out.empty() ? "[^\\x00-\\x{10FFFF}]" : out;
}

RE2::Options regex_options() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  return o;
}

Result<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kIo, "cannot read pattern file", Location{path.string(), 0, 0}, ""};
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// An integer property: the whole value must be the integer ("12abc" is not 12).
Result<int> int_property(const std::string& key, const Located& v) {
  int n = 0;
  const char* end = v.text.data() + v.text.size();
  auto [ptr, ec] = std::from_chars(v.text.data(), end, n);
  if (ec != std::errc() || ptr != end) return pattern_error(v.where, key + " must be an integer", v.line);
  return n;
}

bool parse_bool(const std::string& s, bool& out) {
  if (s == "yes" || s == "true") return out = true, true;
  if (s == "no" || s == "false") return out = false, true;
  return false;
}

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= s.size()) {
    size_t c = s.find(',', i);
    if (c == std::string::npos) c = s.size();
    std::string part = text_key(s.substr(i, c - i));
    if (!part.empty()) out.push_back(part);
    i = c + 1;
  }
  return out;
}

// The slot name of every capturing group, in RE2's numbering (index 0 is the
// whole match). RE2 maps a repeated name to its first group only; patterns
// repeat slot names across alternatives, so the numbering is read here.
std::vector<std::string> group_names(const std::string& re) {
  std::vector<std::string> names{""};
  for_each_syntax_byte(re, [&](size_t i) {
    if (re[i] != '(') return;
    if (i + 1 < re.size() && re[i + 1] == '?') {
      // (?:...) and (?i) capture nothing; (?P<name>...) does.
      if (re.compare(i + 2, 2, "P<") == 0) {
        const size_t close = re.find('>', i + 4);
        names.push_back(re.substr(i + 4, close - i - 4));
      }
      return;
    }
    names.push_back("");
  });
  return names;
}

// The normalizer folds tabs to spaces; a TSV keeps its columns, so each
// cell is normalized on its own.
std::string normalize_keeping_tabs(const std::string& text, const Normalizer& normalizer) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t tab = text.find_first_of("\t\n", start);
    if (tab == std::string::npos) tab = text.size();
    out += normalizer.normalize_text(std::string_view(text).substr(start, tab - start));
    if (tab < text.size()) out += text[tab];
    start = tab + 1;
  }
  return out;
}

// Errors found in the normalized text of a pattern file point at columns of
// that text; a user reads the file as written. This moves the column (and the
// excerpt) back to the line as written, through the normalizer's map.
Error in_source_columns(Error e, const std::vector<std::pair<std::string, std::string>>& files,
                        const Normalizer& normalizer) {
  if (e.where.line <= 0 || e.where.column <= 0) return e;
  for (const auto& [path, text] : files) {
    if (path != e.where.file) continue;
    size_t begin = 0;
    for (int l = 1; l < e.where.line && begin != std::string::npos; ++l) {
      begin = text.find('\n', begin);
      if (begin != std::string::npos) ++begin;
    }
    if (begin == std::string::npos) return e;
    size_t end = text.find('\n', begin);
    std::string_view line = std::string_view(text).substr(begin, (end == std::string::npos ? text.size() : end) - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    NormalizedText n = normalizer.normalize(line);
    // The byte offset of the column's character in the normalized line.
    size_t off = 0;
    for (int col = 1; col < e.where.column && off < n.text.size(); ++col) {
      char32_t c;
      next_code_point(n.text, off, c);
    }
    size_t next = off;
    char32_t c;
    if (next < n.text.size()) next_code_point(n.text, next, c);
    size_t at = n.map.to_input({off, next}).start;
    int column = 1;
    for (size_t i = 0; i < at && i < line.size(); ++i)
      if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    e.where.column = column;
    e.excerpt = std::string(line);
    return e;
  }
  return e;
}

}  // namespace

const std::vector<std::string>* Table::find(std::string_view text) const {
  // A key per lookup, in storage this thread keeps: building figures looks
  // tables up several times per match.
  thread_local std::string key;
  text_key_into(text, key);
  auto it = rows_.find(key);
  return it == rows_.end() ? nullptr : &it->second;
}

const Table* PatternSet::table(std::string_view name) const {
  auto it = tables_.find(name);
  return it == tables_.end() ? nullptr : &it->second;
}

const CompiledPattern* PatternSet::find(std::string_view id) const {
  for (const auto& p : patterns_)
    if (p.id == id) return &p;
  return nullptr;
}

Result<std::string> PatternSet::expand(const Located& regex) const {
  // Recursive expansion with a depth guard: a macro may use other macros.
  std::string out;
  std::function<Status(const Located&, int, std::vector<std::string>&)> walk =
      [&](const Located& src, int depth, std::vector<std::string>& active) -> Status {
    const std::string& s = src.text;
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (c == '\\' && i + 1 < s.size()) {
        out += c;
        out += s[++i];
        // \p{Ll}, \P{Greek}: a Unicode class, not a macro.
        if ((s[i] == 'p' || s[i] == 'P') && i + 1 < s.size() && s[i + 1] == '{') {
          size_t close = s.find('}', i + 1);
          if (close == std::string::npos) close = s.size() - 1;
          out.append(s, i + 1, close - i);
          i = close;
        }
        continue;
      }
      if (c != '{' || i + 1 >= s.size() || !is_macro_start(s[i + 1])) {
        out += c;
        continue;
      }
      size_t j = i + 1;
      while (j < s.size() && is_macro_char(s[j])) ++j;
      std::string name = s.substr(i + 1, j - i - 1);
      std::string slot;
      if (j < s.size() && s[j] == ':') {
        size_t k = j + 1;
        while (k < s.size() && is_slot_char(s[k])) ++k;
        slot = s.substr(j + 1, k - j - 1);
        if (slot.empty())
          return pattern_error(shifted(src, j + 1), "expected a slot name after ':' in {" + name + ":...}", src.line);
        j = k;
      }
      if (j >= s.size() || s[j] != '}')
        return pattern_error(shifted(src, i), "unterminated macro {" + name, src.line);
      auto it = macros_.find(name);
      if (it == macros_.end()) return pattern_error(shifted(src, i), "unknown macro {" + name + "}", src.line);
      if (depth >= kMaxMacroDepth || std::find(active.begin(), active.end(), name) != active.end())
        return pattern_error(shifted(src, i), "macro {" + name + "} uses itself", src.line);
      out += slot.empty() ? "(?:" : "(?P<" + slot + ">";
      auto def = macro_locations_.find(name);
      Located body = def != macro_locations_.end() ? def->second : Located{it->second, src.where, src.line};
      if (out.size() > kMaxExpandedBytes)
        return pattern_error(shifted(src, i),
                             "macro {" + name + "} expands to more than " + std::to_string(kMaxExpandedBytes) +
                                 " bytes (macros nested too often)",
                             src.line);
      active.push_back(name);
      if (Status st = walk(body, depth + 1, active); !st) return st;
      active.pop_back();
      out += ')';
      i = j;
    }
    return {};
  };
  std::vector<std::string> active;
  if (Status st = walk(regex, 0, active); !st) return st.error();
  return out;
}

Result<std::shared_ptr<const re2::RE2>> PatternSet::compile(const Located& regex, bool longest) const {
  auto expanded = expand(regex);
  if (!expanded) return expanded.error();
  std::shared_ptr<const RE2> re;
  if (auto ahead = compiled_ahead_.find(*expanded); ahead != compiled_ahead_.end() && !longest) re = ahead->second;
  if (!re) {
    RE2::Options options = regex_options();
    options.set_longest_match(longest);
    re = std::make_shared<const RE2>(*expanded, options);
  }
  if (!re->ok()) return pattern_error(regex.where, "bad regular expression: " + re->error(), regex.line);
  return std::shared_ptr<const re2::RE2>(re);
}

Status PatternSet::add_file(const PatternFile& file) {
  // Macros and tables first, so a pattern may use a macro defined later in the same file.
  for (const Block& b : file.blocks) {
    if (b.kind == "define") {
      if (macros_.count(b.name.text))
        return pattern_error(b.name.where, "macro " + b.name.text + " is defined twice", b.name.line);
      macros_[b.name.text] = b.value.text;
      macro_locations_[b.name.text] = b.value;
    } else if (b.kind == "table") {
      if (tables_.count(b.name.text))
        return pattern_error(b.name.where, "table " + b.name.text + " is defined twice", b.name.line);
      Table& t = tables_[b.name.text];
      std::vector<std::string> keys;
      for (const TableRow& row : b.rows)
        for (const Located& k : row.keys) {
          std::string key = text_key(k.text);
          if (t.rows().count(key))
            return pattern_error(k.where, "key '" + k.text + "' appears twice in table " + b.name.text, k.line);
          t.add(key, row.fields);
          keys.push_back(key);
        }
      if (macros_.count(b.name.text))
        return pattern_error(b.name.where, "table " + b.name.text + " clashes with a macro of that name", b.name.line);
      macros_[b.name.text] = alternation(keys);
    }
  }
  return {};
}

Status PatternSet::add_pattern(const Block& b) {
  CompiledPattern p;
  p.id = b.name.text;
  p.where = b.name.where;
  if (find(p.id)) return pattern_error(b.name.where, "pattern " + p.id + " is defined twice", b.name.line);
  const Located* regex = b.property("regex");
  if (!regex) return pattern_error(b.name.where, "pattern " + p.id + " has no regex", b.name.line);
  for (const auto& [key, v] : b.properties) {
    if (key == "regex") continue;
    if (key == "dimension") p.dimension = v.text;
    else if (key == "priority") {
      auto n = int_property(key, v);
      if (!n) return n.error();
      p.priority = *n;
    } else if (key == "emit" || key == "latent") {
      bool flag;
      if (!parse_bool(v.text, flag)) return pattern_error(v.where, key + " must be yes or no", v.line);
      (key == "emit" ? p.emit : p.latent) = flag;
    } else if (key == "qualifier") p.qualifier = v.text;
    else if (key == "unit") p.unit = v.text;
    else if (key == "units") p.unit_table = v.text;
    else if (key == "value") {
      try {
        p.value = std::stod(v.text);
      } catch (...) {
        return pattern_error(v.where, "value must be a number", v.line);
      }
    } else if (key == "exclude" || key == "drop") {
      size_t sp = v.text.find(' ');
      if (sp == std::string::npos) return pattern_error(v.where, key + " takes a slot and a table", v.line);
      std::string table = v.text.substr(sp + 1);
      while (!table.empty() && table.front() == ' ') table.erase(0, 1);
      if (!tables_.count(table)) return pattern_error(shifted(v, sp + 1), "unknown table " + table, v.line);
      (key == "exclude" ? p.excludes : p.drops).emplace_back(v.text.substr(0, sp), this->table(table));
    } else {
      return pattern_error(v.where, "unknown property '" + key + "' in pattern " + p.id, v.line);
    }
  }
  if (p.dimension.empty()) return pattern_error(b.name.where, "pattern " + p.id + " has no dimension", b.name.line);
  if (!tables_.count(p.unit_table) && p.unit_table != "UNIT")
    return pattern_error(b.name.where, "unknown unit table " + p.unit_table, b.name.line);
  p.units = table(p.unit_table);
  auto re = compile(*regex);
  if (!re) return re.error();
  p.source = regex->text;
  p.expanded = (*re)->pattern();
  p.re = *re;
  p.slot_of_group = group_names(p.expanded);
  if (static_cast<int>(p.slot_of_group.size()) != p.re->NumberOfCapturingGroups() + 1)
    return pattern_error(regex->where, "cannot number the groups of this regex", regex->line);
  p.examples = b.examples;
  patterns_.push_back(std::move(p));
  return {};
}

bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return c != kInvalidCodePoint && (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_L_MASK | U_GC_N_MASK)) != 0;
}

namespace {

// The code point that ends right before `pos` (kInvalidCodePoint at 0).
char32_t char_before(std::string_view text, size_t pos) {
  char32_t c = kInvalidCodePoint;
  prev_code_point(text, pos, c);
  return c;
}

char32_t char_at(std::string_view text, size_t pos) {
  char32_t c = kInvalidCodePoint;
  if (!next_code_point(text, pos, c)) return kInvalidCodePoint;
  return c;
}

}  // namespace

bool find_word(const RE2& re, std::string_view text) {
  const re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece m;
  size_t pos = 0;
  while (pos <= text.size() && re.Match(whole, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    const size_t start = static_cast<size_t>(m.data() - text.data());
    if (!is_word_char(char_before(text, start))) {
      // Every end this start can reach, longest first, until one is followed
      // by a non-word character.
      size_t end = start + m.size();
      for (;;) {
        if (!is_word_char(char_at(text, end))) return true;
        if (end == start || !re.Match(whole, start, end - 1, RE2::ANCHOR_START, &m, 1)) break;
        end = start + m.size();
      }
    }
    size_t next = start;
    char32_t c;
    if (!next_code_point(text, next, c)) break;
    pos = next;
  }
  return false;
}

Status PatternSet::add_indicator(const Block& b) {
  IndicatorRule r;
  r.id = b.name.text;
  r.where = b.name.where;
  for (const auto& [key, v] : b.properties) {
    if (key == "units") r.units = split_list(v.text);
    else if (key == "dimension") r.dimensions = split_list(v.text);
    else if (key == "cue" || key == "veto" || key == "context" || key == "near_veto") {
      // Whole words only ("hiến" must not fire inside "chiến"): find_word()
      // checks the boundaries.
      Located word = v;
      word.text = "(?:" + v.text + ")";
      word.where.column -= 3;
      auto re = compile(word, /*longest=*/true);
      if (!re) {
        // Macro errors already point into the cue; RE2's point at the wrapper.
        Error e = re.error();
        if (e.message.rfind("bad regular expression", 0) == 0) e.where = v.where;
        else e.where.column = std::max(v.where.column, e.where.column);
        return e;
      }
      (key == "cue" ? r.cue : key == "veto" ? r.veto : key == "context" ? r.context : r.near_veto) = *re;
    } else if (key == "before" || key == "after" || key == "veto_before" || key == "veto_after" ||
               key == "near_before") {
      auto n = int_property(key, v);
      if (!n) return n.error();
      // Windows are byte counts around the figure inside its sentence.
      if (*n < 0) return pattern_error(v.where, key + " must not be negative", v.line);
      (key == "before"        ? r.before
       : key == "after"       ? r.after
       : key == "veto_before" ? r.veto_before
       : key == "veto_after"  ? r.veto_after
                              : r.near_before) = *n;
    } else {
      return pattern_error(v.where, "unknown property '" + key + "' in indicator " + r.id, v.line);
    }
  }
  if (!r.cue) return pattern_error(b.name.where, "indicator " + r.id + " has no cue", b.name.line);
  if (r.units.empty() && r.dimensions.empty())
    return pattern_error(b.name.where, "indicator " + r.id + " needs units or a dimension", b.name.line);
  r.examples = b.examples;
  indicators_.push_back(std::move(r));
  return {};
}

Result<PatternSet> PatternSet::load_texts(const std::vector<std::pair<std::string, std::string>>& files,
                                          const std::string& lexicon_text, const Normalizer& normalizer,
                                          int threads) {
  auto set = load_normalized(files, lexicon_text, normalizer, threads);
  if (!set) return in_source_columns(set.error(), files, normalizer);
  return set;
}

Result<PatternSet> PatternSet::load_normalized(const std::vector<std::pair<std::string, std::string>>& files,
                                               const std::string& lexicon_text, const Normalizer& normalizer,
                                               int threads) {
  PatternSet set;
  auto lex = NumberLexicon::parse(normalize_keeping_tabs(lexicon_text, normalizer), "number-words.tsv");
  if (!lex) return lex.error();
  set.lexicon_ = std::move(*lex);
  // The lexicon's words become macros, by what they do in a number.
  auto words = [&](std::initializer_list<WordRole> roles) {
    std::vector<std::string> out;
    for (WordRole r : roles)
      for (auto& w : set.lexicon_.words_with_role(r)) out.push_back(w);
    return alternation(out);
  };
  // Point words are not in NUMWORD: a regex that took "phẩy" as just another
  // word would never try the decimal branch of {WNUM} ("hai phẩy 23").
  set.macros_["NUMWORD"] = words({WordRole::kDigit, WordRole::kTen, WordRole::kTens, WordRole::kAfterTens,
                                  WordRole::kZeroTens, WordRole::kHundred, WordRole::kScale, WordRole::kHalf,
                                  WordRole::kFraction});
  set.macros_["NUMSCALE"] = words({WordRole::kHundred, WordRole::kScale, WordRole::kHalf});
  set.macros_["NUMMINUS"] = words({WordRole::kMinus});
  set.macros_["NUMPOINT"] = words({WordRole::kPoint});

  std::vector<PatternFile> parsed;
  for (const auto& [path, text] : files) {
    auto f = parse_pattern_file(normalizer.normalize_text(text), path);
    if (!f) return f.error();
    parsed.push_back(std::move(*f));
  }
  for (const auto& f : parsed)
    if (Status st = set.add_file(f); !st) return st.error();
  if (threads > 1) set.compile_ahead(parsed, threads);
  for (const auto& f : parsed)
    for (const Block& b : f.blocks) {
      Status st;
      if (b.kind == "pattern") st = set.add_pattern(b);
      else if (b.kind == "indicator") st = set.add_indicator(b);
      if (!st) return st.error();
    }
  // Check that the macros nobody used still compile, so a typo is caught early.
  for (const auto& [name, loc] : set.macro_locations_) {
    auto re = set.compile(loc);
    if (!re) return re.error();
  }
  set.compiled_ahead_.clear();
  return set;
}

void PatternSet::compile_ahead(const std::vector<PatternFile>& files, int threads) {
  // The patterns' regexes as add_pattern() will compile them; one that does
  // not expand is left to it, to report.
  std::vector<std::string> regexes;
  for (const PatternFile& f : files)
    for (const Block& b : f.blocks)
      if (const Located* regex = b.kind == "pattern" ? b.property("regex") : nullptr)
        if (auto expanded = expand(*regex); expanded && !compiled_ahead_.count(*expanded)) {
          compiled_ahead_[*expanded] = nullptr;
          regexes.push_back(std::move(*expanded));
        }
  std::vector<std::shared_ptr<const RE2>> compiled(regexes.size());
  std::atomic<size_t> next{0};
  const RE2::Options options = regex_options();
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < regexes.size();) {
      try {
        compiled[i] = std::make_shared<const RE2>(regexes[i], options);
      } catch (const std::bad_alloc&) {
        // Left null: compile() then compiles it itself, and reports what it must.
      }
    }
  };
  std::vector<std::thread> helpers;
  for (int t = 1; t < threads && static_cast<size_t>(t) < regexes.size(); ++t) {
    try {
      helpers.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // no thread to be had: this one compiles the rest
    }
  }
  work();
  for (std::thread& h : helpers) h.join();
  for (size_t i = 0; i < regexes.size(); ++i) compiled_ahead_[regexes[i]] = std::move(compiled[i]);
}

Result<PatternSet> PatternSet::load(const std::string& dir, const Normalizer& normalizer, int threads) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Error{ErrorCode::kIo, "pattern directory not found", Location{dir, 0, 0}, ""};
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".pat") paths.push_back(entry.path());
  if (ec) return Error{ErrorCode::kIo, "cannot list pattern directory: " + ec.message(), Location{dir, 0, 0}, ""};
  if (paths.empty()) return Error{ErrorCode::kIo, "no .pat files in pattern directory", Location{dir, 0, 0}, ""};
  std::sort(paths.begin(), paths.end());
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& p : paths) {
    auto text = read_file(p);
    if (!text) return text.error();
    files.emplace_back(p.string(), std::move(*text));
  }
  fs::path lexicon_path = fs::path(dir) / "number-words.tsv";
  auto lexicon = read_file(lexicon_path);
  if (!lexicon) return lexicon.error();
  auto set = load_texts(files, *lexicon, normalizer, threads);
  if (!set && set.error().where.file == "number-words.tsv") {
    Error e = set.error();
    e.where.file = lexicon_path.string();
    return e;
  }
  return set;
}

}  // namespace solieu
