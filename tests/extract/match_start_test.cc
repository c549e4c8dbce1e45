// match_start_regex (match_start.h): a regex cut short after its first
// parts, which must match at every position where the whole regex does.
// First what it keeps, part by part; then that promise, on random regexes
// and texts, and on every shipped pattern over the corpus reports.

#include <catch2/catch.hpp>

#include <re2/re2.h>

#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "extract/match_start.h"
#include "extract/pattern_scan.h"
#include "figures_support.h"

using namespace solieu;
using namespace solieu::figures_test;

namespace {

// Every start position in `text` where `re` has a match, by RE2's own search.
std::vector<size_t> match_starts(const RE2& re, std::string_view text) {
  std::vector<size_t> out;
  const re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece m;
  for (size_t pos = 0; pos <= text.size() && re.Match(whole, pos, text.size(), RE2::UNANCHORED, &m, 1);) {
    const size_t at = static_cast<size_t>(m.data() - text.data());
    out.push_back(at);
    pos = at + 1;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
  return out;
}

bool matches_at(const RE2& re, std::string_view text, size_t at) {
  const re2::StringPiece whole(text.data(), text.size());
  return re.Match(whole, at, text.size(), RE2::ANCHOR_START, nullptr, 0);
}

// Checks the promise for one regex over some texts: the count of positions checked.
size_t check_starts(const std::string& regex, int parts, const std::vector<std::string>& texts,
                    const RE2::Options& options) {
  const RE2 whole(regex, options);
  if (!whole.ok()) return 0;
  const std::string cut = match_start_regex(regex, parts);
  INFO(regex << "  cut to " << parts << ": " << cut);
  const RE2 start(cut, options);
  REQUIRE(start.ok());
  CHECK(cut.size() <= regex.size());
  size_t checked = 0;
  for (const std::string& text : texts)
    for (size_t at : match_starts(whole, text)) {
      INFO("text \"" << text << "\" at " << at);
      CHECK(matches_at(start, text, at));
      ++checked;
    }
  return checked;
}

}  // namespace

TEST_CASE("a regex is cut after its first parts that must consume a character") {
  const std::vector<std::tuple<std::string, int, std::string>> cases = {
      {"[0-9]+\\s+(?:km|ha)", 1, "[0-9]"},                       // the repetition of the last part goes
      {"[0-9]+\\s+(?:km|ha)", 2, "[0-9]+\\s"},                   // earlier parts keep theirs
      {"[0-9]+\\s+(?:km|ha)", 3, "[0-9]+\\s+(?:km|ha)"},         // a group is cut inside: words stay whole
      {"[0-9]+\\s+(?:km|ha)", 4, "[0-9]+\\s+(?:km|ha)"},         // fewer parts than asked: all of it
      {"(?:^|[^a-z])(?:trên\\s+)?[0-9]+\\s+km", 1, "(?:^|[^a-z])(?:trên\\s+)?[0-9]"},  // parts that may be empty are kept, not counted
      {"quyết định\\s+số", 1, "quyết định"},                     // a run of characters is one part
      {"ab+c", 1, "a"},                                           // ... up to a repeated one
      {"ab+c", 2, "ab"},
      {"gấp\\s+đôi", 1, "gấp"},                                  // multi-byte characters stay whole
      {"ư+a", 1, "ư"},
      {"(?:(?:từ|đến)\\s+[0-9]+|ngày)\\s+x", 1, "(?:(?:từ|đến)|ngày)"},  // inside a group, after its first part
      {"a+x|b+y", 1, "a|b"},                                      // every top-level alternative is cut
      {"(?-i:[A-Z]+[0-9]+)", 1, "(?-i:[A-Z])"},                   // a group's flags stay with it
      {"([/.-])[0-9]+", 1, "([/.-])"},                            // a capturing group
      {"x{2,3}y", 1, "x"},
      {"x{0,3}y", 1, "x{0,3}y"},                                  // {0,n} may be empty
      {"x*?y+", 1, "x*?y"},                                       // a lazy repetition is one
      {"(?:ab){1,}c", 1, "(?:ab)"},
      {"x{,3}y", 1, "x{,3}y"},                                    // not a repetition to RE2: literal
      {"(?:a|)b+c", 1, "(?:a|)b"},                                // a group with an empty alternative may be empty
      {"(?:a?)b+", 1, "(?:a?)b"},
      {"\\d+\\s*x", 1, "\\d"},
      {"\\333+x", 1, "\\333"},                                    // an octal code is one escape (found by fuzzing)
      {"\\12x+", 2, "\\12x"},
      {"\\x41+b", 1, "\\x41"},                                    // so is a hex code
      {"\\x{1EA1}+b", 1, "\\x{1EA1}"},
      {"\\bfoo+", 1, "\\bfo"},                                    // \b consumes nothing
      {"^\\s*[0-9]+$", 1, "^\\s*[0-9]"},
      {".+x", 1, "."},
      {"[)|(]+x", 1, "[)|(]"},                                    // syntax inside a class is not syntax
      {"\\(?0[0-9]+", 1, "\\(?0"},                                // nor is an escaped parenthesis
      {"\\Q\\E\\Qa(\\Ex+", 1, "\\Q\\E\\Qa(\\E"},                      // a quoted literal is one part; an empty one may be empty
      {"\\Qab\\E+c", 1, "\\Qab\\E+c"},                        // RE2 repeats its last character (or, empty, what precedes): unchanged
      {"(?:(?:a+)b)c", 1, "(?:(?:a))"},
      {"(a|b", 1, "(a|b"},                                        // unbalanced: unchanged
      {"a)b+", 1, "a)b+"},
      {"(?i)ab+c", 1, "(?i)ab+c"},                                // flags alone change what follows: unchanged
      {"[0-9]+x", 0, "[0-9]+x"},                                  // no parts asked: unchanged
      {"", 1, ""},
  };
  for (const auto& [in, parts, out] : cases) {
    INFO(in << " cut to " << parts);
    CHECK(match_start_regex(in, parts) == out);
  }
}

TEST_CASE("a cut regex matches wherever the whole one does: random regexes and texts") {
  // Regexes grown at random from the parts the cutter tells apart, over a
  // small alphabet, so that matches are frequent.
  std::mt19937 rng(20261129);
  auto pick = [&](std::initializer_list<const char*> xs) {
    return std::string(xs.begin()[std::uniform_int_distribution<size_t>(0, xs.size() - 1)(rng)]);
  };
  std::function<std::string(int)> regex = [&](int depth) {
    std::string out;
    const int parts = std::uniform_int_distribution<int>(1, 4)(rng);
    for (int i = 0; i < parts; ++i) {
      const int kind = std::uniform_int_distribution<int>(0, depth > 0 ? 9 : 6)(rng);
      std::string part;
      switch (kind) {
        case 0: part = pick({"a", "b", "ư", "ab", "bư"}); break;
        case 1: part = pick({"[ab]", "[^a]", "[ ư]", "\\s", "."}); break;
        case 2: part = pick({"^", "$", "\\b"}); break;
        case 3: part = pick({"\\Qa\\E", "\\Q\\E", " "}); break;
        case 4: case 5: case 6: part = pick({"a", "[bư]", "\\s"}); break;
        case 7: part = "(?:" + regex(depth - 1) + ")"; break;
        case 8: part = "(" + regex(depth - 1) + ")"; break;
        default: part = pick({"(?i:", "(?-i:"}) + regex(depth - 1) + ")"; break;
      }
      if (kind != 2) part += pick({"", "", "*", "+", "?", "{0,2}", "{1,3}", "{2}", "+?"});
      out += part;
    }
    if (std::uniform_int_distribution<int>(0, 3)(rng) == 0) out += "|" + regex(depth > 0 ? depth - 1 : 0);
    return out;
  };
  std::vector<std::string> texts;
  for (int t = 0; t < 40; ++t) {
    std::string s;
    const int n = std::uniform_int_distribution<int>(0, 14)(rng);
    for (int i = 0; i < n; ++i) s += pick({"a", "b", "ư", " ", "x", "A"});
    texts.push_back(s);
  }
  RE2::Options options;
  options.set_log_errors(false);
  size_t regexes = 0, checked = 0;
  for (int i = 0; i < 1500; ++i) {
    const std::string re = regex(2);
    for (int parts = 1; parts <= 3; ++parts) {
      const size_t n = check_starts(re, parts, texts, options);
      checked += n;
      if (parts == 1 && n > 0) ++regexes;
    }
  }
  CHECK(regexes > 500);
  CHECK(checked > 10000);
}

TEST_CASE("a cut shipped pattern matches wherever the whole one does in the corpus reports") {
  // As the one-pass search uses them: group names made plain, letter and
  // digit properties widened, matching ignoring case.
  const std::vector<std::string> texts = corpus_reports();
  size_t checked = 0;
  for (const CompiledPattern& p : pattern_set().patterns()) {
    const std::string plain = PatternScan::widened(PatternScan::without_group_names(p.expanded));
    const RE2::Options& options = p.re->options();
    for (int parts = 1; parts <= 3; ++parts) {
      const std::string cut = match_start_regex(plain, parts);
      INFO(p.id << " cut to " << parts << ": " << cut);
      const RE2 start(cut, options);
      REQUIRE(start.ok());
      for (const std::string& text : texts)
        for (size_t at : match_starts(*p.re, text)) {
          CHECK(matches_at(start, text, at));
          ++checked;
        }
    }
  }
  CHECK(checked > 1000);
}
