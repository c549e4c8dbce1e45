// PatternSet::load_texts over small in-memory pattern files (with the real
// number-words.tsv): macro expansion, tables as macros, normalization of the
// pattern text, and every load error with its file:line:col.

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <re2/re2.h>

#include <catch2/catch.hpp>

#include "extract/pattern_set.h"
#include "normalize/normalizer.h"

using namespace solieu;
namespace fs = std::filesystem;

namespace {

const std::string& lexicon_text() {
  static const std::string text = [] {
    std::ifstream in(std::string(SOLIEU_SOURCE_DIR) + "/patterns/vi/number-words.tsv", std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }();
  return text;
}

const Normalizer& normalizer() {
  static const Normalizer n;
  return n;
}

Result<PatternSet> load(const std::string& text) {
  return PatternSet::load_texts({{"a.pat", text}}, lexicon_text(), normalizer());
}

PatternSet load_ok(const std::vector<std::pair<std::string, std::string>>& files) {
  auto set = PatternSet::load_texts(files, lexicon_text(), normalizer());
  if (!set) FAIL("unexpected error: " << set.error().to_string_with_caret());
  return std::move(*set);
}

PatternSet load_ok(const std::string& text) { return load_ok({{"a.pat", text}}); }

// A regex matches somewhere in the normalized form of `text`.
bool matches(const CompiledPattern& p, const std::string& text) {
  return RE2::PartialMatch(normalizer().normalize_text(text), *p.re);
}

// A fresh directory under the system temp dir, removed when the test ends.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    path_ = fs::temp_directory_path() / ("solieu-pattern-set-test-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(stamp) + "-" + std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

}  // namespace

TEST_CASE("pattern set: load errors are located at file:line:col", "[extract][pattern_set]") {
  struct Row {
    const char* what;
    std::string text;
    std::string prefix;   // "file:line:col: " (or "file:line:") expected at the start of to_string()
    std::string message;  // a part of the message
  };
  const std::vector<Row> rows = {
      {"unknown macro, at its '{'",
       "pattern p\n"
       "  dimension count\n"
       "  regex {NUMX}\\s+hộ\n",
       "a.pat:3:9: ", "unknown macro {NUMX}"},
      {"unknown macro after multibyte text: the column counts characters",
       "pattern p\n"
       "  dimension count\n"
       "  regex số {NUMX}\n",
       "a.pat:3:12: ", "unknown macro {NUMX}"},
      {"unknown macro inside a define, at the define's line",
       "define A = x{NOPE}\n"
       "pattern p\n"
       "  dimension count\n"
       "  regex {A}\n",
       "a.pat:1:13: ", "unknown macro {NOPE}"},
      {"unknown macro in a define nobody uses",
       "define UNUSED = [0-9]+ {NOPE}\n",
       "a.pat:1:24: ", "unknown macro {NOPE}"},
      {"unterminated macro",
       "pattern p\n"
       "  dimension count\n"
       "  regex ab{NUM\n",
       "a.pat:3:11: ", "unterminated macro {NUM"},
      {"slot without a name",
       "pattern p\n"
       "  dimension count\n"
       "  regex {NUM:}\n",
       "a.pat:3:14: ", "expected a slot name"},
      {"a macro that uses itself",
       "define LOOP = a{LOOP}b\n"
       "pattern p\n"
       "  dimension count\n"
       "  regex {LOOP}\n",
       "a.pat:1:", "macro {LOOP} uses itself"},
      {"a macro that uses itself, unused by any pattern",
       "define LOOP = a|{LOOP}\n",
       "a.pat:1:", "macro {LOOP} uses itself"},
      {"two macros that use each other",
       "define PING = x{PONG}\n"
       "define PONG = y{PING}\n",
       "a.pat:", "uses itself"},
      {"a macro defined twice",
       "define A = a\n"
       "define A = b\n",
       "a.pat:2:8: ", "macro A is defined twice"},
      {"a table and a macro with one name",
       "define UNIT = x\n"
       "table UNIT\n"
       "  km = length km 1 m 1000\n",
       "a.pat:2:7: ", "table UNIT clashes with a macro"},
      {"a duplicate table key",
       "table UNIT\n"
       "  km, ki-lô-mét = length km 1 m 1000\n"
       "  m = length m 1 m 1\n"
       "  cây số, km = length km 1 m 1000\n",
       "a.pat:4:11: ", "key 'km' appears twice in table UNIT"},
      {"a duplicate table key that differs only in case and spacing",
       "table NOUN\n"
       "  lượt người = count\n"
       "  Lượt  Người = count\n",
       "a.pat:3:3: ", "appears twice in table NOUN"},
      {"a duplicate pattern id",
       "pattern p.one\n"
       "  regex a+\n"
       "  dimension count\n"
       "\n"
       "pattern p.one\n"
       "  regex b+\n"
       "  dimension count\n",
       "a.pat:5:9: ", "pattern p.one is defined twice"},
      {"a bad regex: RE2's message, at the regex",
       "pattern p\n"
       "  dimension count\n"
       "  regex (ab\n",
       "a.pat:3:9: ", "bad regular expression: missing )"},
      {"a bad regex in a cue",
       "indicator i\n"
       "  dimension count\n"
       "  cue [a-\n",
       "a.pat:3:7: ", "bad regular expression"},
      {"a pattern without dimension",
       "pattern p.nodim\n"
       "  regex a+\n",
       "a.pat:1:9: ", "pattern p.nodim has no dimension"},
      {"a pattern without regex",
       "pattern p.noregex\n"
       "  dimension count\n",
       "a.pat:1:9: ", "pattern p.noregex has no regex"},
      {"an unknown property",
       "pattern p\n"
       "  regex a+\n"
       "  dimension count\n"
       "  colour red\n",
       "a.pat:4:", "unknown property 'colour' in pattern p"},
      {"an unknown indicator property",
       "indicator i\n"
       "  dimension count\n"
       "  cue x\n"
       "  window 20\n",
       "a.pat:4:", "unknown property 'window' in indicator i"},
      {"a priority that is not a number",
       "pattern p\n"
       "  regex a+\n"
       "  dimension count\n"
       "  priority high\n",
       "a.pat:4:12: ", "priority must be an integer"},
      {"a negative indicator window",
       "indicator i\n"
       "  dimension count\n"
       "  cue x\n"
       "  before -5\n",
       "a.pat:4:10: ", "before must not be negative"},
      {"emit that is not yes or no",
       "pattern p\n"
       "  regex a+\n"
       "  dimension count\n"
       "  emit maybe\n",
       "a.pat:4:8: ", "emit must be yes or no"},
      {"exclude naming an unknown table",
       "pattern p\n"
       "  regex {NUM:num}\n"
       "  dimension count\n"
       "  exclude num NOTABLE\n"
       "define NUM = [0-9]+\n",
       "a.pat:4:15: ", "unknown table NOTABLE"},
      {"an indicator without cue",
       "indicator i\n"
       "  dimension count\n",
       "a.pat:1:11: ", "indicator i has no cue"},
      {"an indicator without units or dimension",
       "indicator i\n"
       "  cue x\n",
       "a.pat:1:11: ", "indicator i needs units or a dimension"},
      {"the first of two bad patterns, in file order",
       "pattern p1\n"
       "  dimension count\n"
       "  regex (ab\n"
       "pattern p2\n"
       "  dimension count\n"
       "  regex [x\n",
       "a.pat:3:9: ", "bad regular expression: missing )"},
      {"a parse error surfaces as is",
       "pattern p\n"
       "  example 25 km\n",
       "a.pat:2:11: ", "expected a quoted text"},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    auto set = load(r.text);
    REQUIRE_FALSE(set);
    const Error& e = set.error();
    INFO(e.to_string_with_caret());
    CHECK(e.code == ErrorCode::kPattern);
    CHECK_THAT(e.to_string(), Catch::StartsWith(r.prefix));
    CHECK_THAT(e.message, Catch::Contains(r.message));
    CHECK_FALSE(e.excerpt.empty());
    // Regexes compiled ahead on several threads: the same first error.
    auto threaded = PatternSet::load_texts({{"a.pat", r.text}}, lexicon_text(), normalizer(), 3);
    REQUIRE_FALSE(threaded);
    CHECK(threaded.error().to_string_with_caret() == e.to_string_with_caret());
  }
}

// Cues are wrapped in word boundaries at load; the error of the wrapped
// regex must still point into the line as written. Fails today: add_indicator
// overwrites the location with the start of the cue (a.pat:3:7).
TEST_CASE("pattern set: an unknown macro in an indicator cue is located at its '{'",
          "[extract][pattern_set]") {
  struct Row {
    const char* key;
    std::string line;
    std::string prefix;
  };
  const std::vector<Row> rows = {
      {"cue", "  cue tuyên truyền|{CUEX}", "a.pat:3:20: "},
      {"veto", "  veto lượt xem|{CUEX}", "a.pat:4:17: "},
  };
  for (const Row& r : rows) {
    INFO(r.key);
    std::string text = "indicator i\n  dimension count\n";
    if (std::string(r.key) == "veto") text += "  cue x\n";
    text += r.line + "\n";
    auto set = load(text);
    REQUIRE_FALSE(set);
    INFO(set.error().to_string_with_caret());
    CHECK(set.error().to_string() == r.prefix + "unknown macro {CUEX}");
    CHECK(set.error().excerpt == r.line);
  }
}

TEST_CASE("pattern set: the unknown macro message reads as documented", "[extract][pattern_set]") {
  auto set = load("pattern p\n  dimension count\n  regex {NUMX}\n");
  REQUIRE_FALSE(set);
  CHECK(set.error().to_string() == "a.pat:3:9: unknown macro {NUMX}");
  CHECK(set.error().to_string_with_caret() ==
        "a.pat:3:9: unknown macro {NUMX}\n"
        "      regex {NUMX}\n"
        "            ^");
}

TEST_CASE("pattern set: errors name the file they come from", "[extract][pattern_set]") {
  auto set = PatternSet::load_texts(
      {{"_macros.pat", "define DIGITS = [0-9]+\n"},
       {"counts.pat", "pattern c\n  dimension count\n  regex {DIGITS:num} {NOUN:noun}\n"}},
      lexicon_text(), normalizer());
  REQUIRE_FALSE(set);
  CHECK_THAT(set.error().to_string(), Catch::StartsWith("counts.pat:3:22: unknown macro {NOUN}"));
}

TEST_CASE("pattern set: a macro may be used across files and before its define", "[extract][pattern_set]") {
  PatternSet set = load_ok({{"a.pat", "pattern p\n  regex {D:num} {LATE}\n  dimension count\ndefine LATE = hộ\n"},
                            {"b.pat", "define D = [0-9]+\n"}});
  const CompiledPattern* p = set.find("p");
  REQUIRE(p);
  CHECK(matches(*p, "có 12 hộ"));
  CHECK_FALSE(matches(*p, "có 12 xã"));
}

TEST_CASE("pattern set: table keys become a macro that matches case-insensitively", "[extract][pattern_set]") {
  PatternSet set = load_ok(
      "table UNIT\n"
      "  km, ki-lô-mét, cây số = length km 1 m 1000\n"
      "  m2, m² = area m2 1 m2 1\n"
      "  đ.v = money VND 1 VND 1\n"  // a metacharacter in a key is literal
      "pattern length.measure\n"
      "  regex {NUM:num}\\s*{UNIT:unit}\n"
      "  dimension unit\n"
      "define NUM = [0-9]+\n");
  const CompiledPattern* p = set.find("length.measure");
  REQUIRE(p);
  struct Row {
    const char* text;
    bool match;
  };
  const std::vector<Row> rows = {
      {"25 km", true},          {"25 KM", true},          {"25 Km", true},
      {"25 ki-lô-mét", true},   {"25 KI-LÔ-MÉT", true},   {"25 Ki-Lô-Mét", true},
      {"25 cây số", true},      {"25 CÂY   SỐ", true},    // a space in a key matches any run of spaces
      {"25 m²", true},          {"25 đ.v", true},         {"25 Đ.V", true},
      {"25 đxv", false},        {"25 dặm", false},        {"25 cây", false},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    CHECK(matches(*p, r.text) == r.match);
  }
  const Table* t = set.table("UNIT");
  REQUIRE(t);
  REQUIRE(t->find("KI-LÔ-MÉT"));
  CHECK(*t->find("Cây  Số") == std::vector<std::string>{"length", "km", "1", "m", "1000"});
  CHECK(t->find("dặm") == nullptr);
  CHECK(set.table("NOPE") == nullptr);
}

TEST_CASE("pattern set: {NAME:slot} becomes a named group, {NAME} a plain one", "[extract][pattern_set]") {
  PatternSet set = load_ok(
      "define NUM = [0-9]+\n"
      "define NOUN = hộ|xã\n"
      "pattern p\n"
      "  regex {NUM:num}\\s+(?:{NOUN:noun}|{NUM})\n"
      "  dimension count\n");
  const CompiledPattern* p = set.find("p");
  REQUIRE(p);
  CHECK(p->source == "{NUM:num}\\s+(?:{NOUN:noun}|{NUM})");
  CHECK(p->expanded == "(?P<num>[0-9]+)\\s+(?:(?P<noun>hộ|xã)|(?:[0-9]+))");
  CHECK(p->slot_of_group == std::vector<std::string>{"", "num", "noun"});
  CHECK(p->re->NumberOfCapturingGroups() == 2);
  const auto& names = p->re->NamedCapturingGroups();
  REQUIRE(names.count("num"));
  REQUIRE(names.count("noun"));
  CHECK(names.at("num") == 1);
  CHECK(names.at("noun") == 2);
  std::string num, noun;
  CHECK(RE2::PartialMatch("có 12 hộ", *p->re, &num, &noun));
  CHECK(num == "12");
  CHECK(noun == "hộ");
}

TEST_CASE("pattern set: \\p{Ll} and other escapes are not taken for macros", "[extract][pattern_set]") {
  PatternSet set = load_ok(
      "define SYL = (?-i:\\p{Ll}+)\n"
      "pattern p\n"
      "  regex \\P{Lu}?[0-9]+\\s{SYL:noun}\\pL*(?:\\{X\\})?\n"
      "  dimension count\n");
  const CompiledPattern* p = set.find("p");
  REQUIRE(p);
  CHECK(p->expanded == "\\P{Lu}?[0-9]+\\s(?P<noun>(?-i:\\p{Ll}+))\\pL*(?:\\{X\\})?");
  CHECK(matches(*p, "12 hộ"));
  CHECK_FALSE(matches(*p, "12 HỘ"));  // (?-i:) keeps \p{Ll} lower-case only
  CHECK(matches(*p, "12 hộ{X}"));
}

TEST_CASE("pattern set: a '{' that does not start a macro is left to RE2", "[extract][pattern_set]") {
  PatternSet set = load_ok(
      "pattern p\n"
      "  regex [0-9]{2,4}\\s?x{1}\n"
      "  dimension count\n");
  const CompiledPattern* p = set.find("p");
  REQUIRE(p);
  CHECK(p->expanded == "[0-9]{2,4}\\s?x{1}");
  CHECK(matches(*p, "2024 x"));
  CHECK_FALSE(matches(*p, "2 x"));
}

TEST_CASE("pattern set: pattern text goes through the normalizer", "[extract][pattern_set]") {
  // The normalizer puts the tone of oa/oe/uy in the old place and composes
  // NFD, in patterns as in articles: either spelling matches either.
  struct Row {
    const char* what;
    std::string pattern_word;
    std::string text_word;
  };
  const std::string hoa_new = "ho\xC3\xA0";                       // hoà  (new-style tone)
  const std::string hoa_old = "h\xC3\xB2" "a";                   // hòa  (old-style tone)
  const std::string hoa_nfd = "hoa\xCC\x80";                       // hoà, NFD
  const std::string thuy_new = "thu\xE1\xBB\xB7";                 // thuỷ
  const std::string thuy_old = "th\xE1\xBB\xA7y";                 // thủy
  const std::vector<Row> rows = {
      {"pattern hoà, text hòa", hoa_new, hoa_old},
      {"pattern hòa, text hoà", hoa_old, hoa_new},
      {"pattern hòa, text hoà in NFD", hoa_old, hoa_nfd},
      {"pattern hoà in NFD, text hòa", hoa_nfd, hoa_old},
      {"pattern thuỷ, text thủy", thuy_new, thuy_old},
      {"pattern thủy, text thuỷ", thuy_old, thuy_new},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    PatternSet set = load_ok(
        "define NUM = [0-9]+\n"
        "pattern p\n"
        "  regex {NUM:num}\\s+xã\\s+" + r.pattern_word + "\n"
        "  dimension count\n"
        "table PLACE\n"
        "  " + r.pattern_word + " = place\n");
    const CompiledPattern* p = set.find("p");
    REQUIRE(p);
    CHECK(matches(*p, "có 3 xã " + r.text_word));
    CHECK(matches(*p, "có 3 xã " + r.pattern_word));
    // Table keys are normalized too: found by the normalized text.
    const Table* t = set.table("PLACE");
    REQUIRE(t);
    CHECK(t->find(normalizer().normalize_text(r.text_word)) != nullptr);
  }
}

TEST_CASE("pattern set: properties land in the compiled pattern", "[extract][pattern_set]") {
  PatternSet set = load_ok(
      "define NUM = [0-9]+\n"
      "table ONE\n"
      "  một = one\n"
      "table NOTNOUN\n"
      "  và = no\n"
      "pattern p.full\n"
      "  regex {NUM:num}\\s+(?P<noun>\\pL+)(?:\\s+(?P<noun2>\\pL+))?\n"
      "  dimension count\n"
      "  priority 70\n"
      "  emit no\n"
      "  latent yes\n"
      "  qualifier range\n"
      "  unit hộ\n"
      "  value 2.5\n"
      "  exclude num ONE\n"
      "  drop noun2 NOTNOUN\n"
      "  example \"3 hộ\" value=3\n"
      "  reject \"x\"\n"
      "indicator ind\n"
      "  units hộ, Lượt  Người\n"
      "  dimension count, length\n"
      "  cue tuyên truyền\n"
      "  veto lượt xem\n"
      "  before 90\n"
      "  after 30\n"
      "  example \"tuyên truyền 3 hộ\" at=\"3 hộ\"\n");
  const CompiledPattern* p = set.find("p.full");
  REQUIRE(p);
  CHECK(p->dimension == "count");
  CHECK(p->priority == 70);
  CHECK_FALSE(p->emit);
  CHECK(p->latent);
  CHECK(p->qualifier == "range");
  CHECK(p->unit == "hộ");
  REQUIRE(p->value);
  CHECK(*p->value == 2.5);
  // Slots with the tables they name, looked up at load.
  REQUIRE(set.table("ONE"));
  REQUIRE(set.table("NOTNOUN"));
  CHECK(p->excludes == std::vector<std::pair<std::string, const Table*>>{{"num", set.table("ONE")}});
  CHECK(p->drops == std::vector<std::pair<std::string, const Table*>>{{"noun2", set.table("NOTNOUN")}});
  CHECK(p->examples.size() == 2);
  CHECK(p->where.file == "a.pat");
  CHECK(p->where.line == 6);
  REQUIRE(set.indicators().size() == 1);
  const IndicatorRule& r = set.indicators()[0];
  CHECK(r.id == "ind");
  CHECK(r.units == std::vector<std::string>{"hộ", "lượt người"});
  CHECK(r.dimensions == std::vector<std::string>{"count", "length"});
  CHECK(r.before == 90);
  CHECK(r.after == 30);
  REQUIRE(r.cue);
  REQUIRE(r.veto);
  CHECK(RE2::PartialMatch("đã tuyên truyền", *r.cue));
  CHECK(r.examples.size() == 1);
  CHECK(set.find("nope") == nullptr);
}

TEST_CASE("pattern set: the number words arrive as macros", "[extract][pattern_set]") {
  PatternSet set = load_ok(
      "pattern p\n"
      "  regex (?P<num>{NUMWORD}(?:\\s+{NUMWORD})*)\\s+hộ\n"
      "  dimension count\n");
  const CompiledPattern* p = set.find("p");
  REQUIRE(p);
  CHECK(matches(*p, "hai mươi mốt hộ"));
  CHECK(matches(*p, "Một Nghìn hộ"));
  CHECK_FALSE(matches(*p, "nhiều hộ"));
  CHECK(set.lexicon().find("nghìn") != nullptr);
}

TEST_CASE("pattern set: compile() expands macros for run-time regexes", "[extract][pattern_set]") {
  PatternSet set = load_ok("define CUE = tuyên truyền|tập huấn\n");
  auto re = set.compile(Located{"(?:^|\\s)(?:{CUE})$", {"x", 1, 1}, ""});
  REQUIRE(re);
  CHECK(RE2::PartialMatch("đã tập huấn", **re));
  auto bad = set.compile(Located{"{NOPE}", {"x", 2, 5}, "line"});
  REQUIRE_FALSE(bad);
  CHECK(bad.error().to_string() == "x:2:5: unknown macro {NOPE}");
}

TEST_CASE("pattern set: load() on a missing directory is an error", "[extract][pattern_set]") {
  TempDir tmp;
  const std::string missing = (tmp.path() / "no-such-dir").string();
  auto set = PatternSet::load(missing, normalizer());
  REQUIRE_FALSE(set);
  CHECK(set.error().code == ErrorCode::kIo);
  CHECK(set.error().where.file == missing);
  CHECK_THAT(set.error().to_string(), Catch::Contains("not found"));
}

TEST_CASE("pattern set: load() on a directory without .pat files is an error", "[extract][pattern_set]") {
  TempDir tmp;
  std::ofstream(tmp.path() / "number-words.tsv") << lexicon_text();
  std::ofstream(tmp.path() / "README.md") << "# not a pattern file\n";
  std::ofstream(tmp.path() / "counts.pat.bak") << "pattern p\n";
  auto set = PatternSet::load(tmp.path().string(), normalizer());
  REQUIRE_FALSE(set);
  CHECK(set.error().code == ErrorCode::kIo);
  CHECK_THAT(set.error().message, Catch::Contains("no .pat files"));
}

TEST_CASE("pattern set: load() on a file instead of a directory is an error", "[extract][pattern_set]") {
  TempDir tmp;
  const fs::path file = tmp.path() / "counts.pat";
  std::ofstream(file) << "define A = a\n";
  auto set = PatternSet::load(file.string(), normalizer());
  REQUIRE_FALSE(set);
  CHECK(set.error().code == ErrorCode::kIo);
}

TEST_CASE("pattern set: load() without number-words.tsv is an error", "[extract][pattern_set]") {
  TempDir tmp;
  std::ofstream(tmp.path() / "a.pat") << "define A = a\n";
  auto set = PatternSet::load(tmp.path().string(), normalizer());
  REQUIRE_FALSE(set);
  CHECK(set.error().code == ErrorCode::kIo);
  CHECK_THAT(set.error().where.file, Catch::EndsWith("number-words.tsv"));
}

TEST_CASE("pattern set: load() reports errors with the file's path", "[extract][pattern_set]") {
  TempDir tmp;
  std::ofstream(tmp.path() / "number-words.tsv") << lexicon_text();
  std::ofstream(tmp.path() / "a.pat") << "define A = a\n";
  std::ofstream(tmp.path() / "b.pat") << "pattern p\n  dimension count\n  regex {A}{B}\n";
  auto set = PatternSet::load(tmp.path().string(), normalizer());
  REQUIRE_FALSE(set);
  CHECK(set.error().to_string() == (tmp.path() / "b.pat").string() + ":3:12: unknown macro {B}");
}

TEST_CASE("pattern set: the real patterns load", "[extract][pattern_set]") {
  auto set = PatternSet::load(std::string(SOLIEU_SOURCE_DIR) + "/patterns/vi", normalizer());
  if (!set) FAIL(set.error().to_string_with_caret());
  CHECK(set->find("count.known") != nullptr);
  CHECK(set->find("measure.amount") != nullptr);
  CHECK(set->table("UNIT") != nullptr);
  CHECK(set->table("NOUN") != nullptr);
  CHECK_FALSE(set->indicators().empty());
}

TEST_CASE("pattern set: a file saved with a BOM, CRLF and tabs loads", "[extract][pattern_set]") {
  PatternSet set = load_ok(
      "\xEF\xBB\xBF# saved by a Windows editor\r\n"
      "define NUM = [0-9]+\r\n"
      "pattern p\r\n"
      "\tregex {NUM:num}\\s+hộ\r\n"
      "\tdimension count\r\n");
  const CompiledPattern* p = set.find("p");
  REQUIRE(p);
  CHECK(p->source == "{NUM:num}\\s+hộ");
  CHECK(p->dimension == "count");
  CHECK(matches(*p, "có 12 hộ"));
  // Line numbers are not moved by the BOM or the CRs.
  auto bad = load("\xEF\xBB\xBF" "define A = a\r\npattern p\r\n  dimension count\r\n  regex {B}\r\n");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().to_string() == "a.pat:4:9: unknown macro {B}");
}

// Columns count the characters of the line as written. The pattern text is
// normalized before it is parsed, so NFD text (or a dropped zero-width
// character) before the error moves the column. Fails today: the column is
// counted in the normalized line (a.pat:3:13, and a.pat:3:10 below).
TEST_CASE("pattern set: columns count the characters of the file as written",
          "[extract][pattern_set]") {
  struct Row {
    const char* what;
    std::string line;
    int column;
  };
  const std::vector<Row> rows = {
      {"NFD hòa before the macro", "  regex ho\xCC\x80" "a {NUMX}", 14},
      {"a zero-width space before the macro", "  regex \xE2\x80\x8B{NUMX}", 10},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    auto set = load("pattern p\n  dimension count\n" + r.line + "\n");
    REQUIRE_FALSE(set);
    INFO(set.error().to_string_with_caret());
    CHECK(set.error().where.line == 3);
    CHECK(set.error().where.column == r.column);
  }
}

// find_word() stands in for (?:^|[^\pL\pN])(?:cue)(?:$|[^\pL\pN]); each row is
// checked against that regex too, so the two can never drift apart.
TEST_CASE("pattern set: find_word matches whole words as the boundary regex does", "[extract][pattern_set]") {
  struct Row {
    const char* cue;
    const char* text;
    bool found;
  };
  const Row rows[] = {
      {"hiến", "nhân dân đã hiến đất", true},
      {"hiến", "chiến sĩ", false},               // inside a word
      {"hiến", "hiến", true},                    // the whole window
      {"lộ", "nước lội qua", false},
      {"km", "dài 25km", false},                 // a digit is a word character
      {"km", "dài 25 km.", true},
      {"tuyến đường|tuyến", "tuyến đườngx", true},  // the longest end fails, a shorter one holds
      {"tuyến đường", "tuyến đườngx", false},
      {"đường", "Đường làng", true},            // case folds
      {"họp", "cuộc họp,", true},
      {"a|ab", "xab ab", true},                  // a later start
      {"a|ab", "xab abc", false},
      {"ha", "hà", false},                       // diacritics make a different letter
  };
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_case_sensitive(false);
  for (const Row& row : rows) {
    INFO(row.cue << " in '" << row.text << "'");
    options.set_longest_match(true);
    RE2 cue(std::string("(?:") + row.cue + ")", options);
    options.set_longest_match(false);
    RE2 wrapped(std::string("(?:^|[^\\pL\\pN])(?:") + row.cue + ")(?:$|[^\\pL\\pN])", options);
    CHECK(find_word(cue, row.text) == row.found);
    CHECK(RE2::PartialMatch(row.text, wrapped) == row.found);
  }
}

TEST_CASE("pattern set: loaded on several threads, the shipped patterns are the same", "[extract][pattern_set]") {
  const std::string dir = std::string(SOLIEU_SOURCE_DIR) + "/patterns/vi";
  auto one = PatternSet::load(dir, normalizer());
  auto four = PatternSet::load(dir, normalizer(), 4);
  REQUIRE(one);
  REQUIRE(four);
  REQUIRE(one->patterns().size() == four->patterns().size());
  for (size_t i = 0; i < one->patterns().size(); ++i) {
    const CompiledPattern& a = one->patterns()[i];
    const CompiledPattern& b = four->patterns()[i];
    INFO(a.id);
    CHECK(a.id == b.id);
    CHECK(a.expanded == b.expanded);
    REQUIRE(b.re);
    CHECK(b.re->ok());
    CHECK(a.re->pattern() == b.re->pattern());
    CHECK(a.re->options().longest_match() == b.re->options().longest_match());
    CHECK(a.re->options().case_sensitive() == b.re->options().case_sensitive());
    CHECK(a.re->ProgramSize() == b.re->ProgramSize());
    CHECK(a.slot_of_group == b.slot_of_group);
  }
  REQUIRE(one->indicators().size() == four->indicators().size());
  for (size_t i = 0; i < one->indicators().size(); ++i) {
    INFO(one->indicators()[i].id);
    CHECK(one->indicators()[i].cue->pattern() == four->indicators()[i].cue->pattern());
    CHECK(four->indicators()[i].cue->options().longest_match());  // cues stay leftmost-longest
  }
}
