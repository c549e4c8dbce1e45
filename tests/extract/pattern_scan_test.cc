// PatternScan (pattern_scan.h): one pass finds where the next match of any
// pattern starts, and an anchored set names the patterns that match there.
// Checked against each pattern's own search: the scan may never pass over a
// place where a pattern matches, and the set may never leave a matching
// pattern out.
// Then the whole extractor, one-pass against pattern by pattern: the same
// figures on every corpus report and on the hard cases.

#include <catch2/catch.hpp>

#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "core/utf8.h"
#include "extract/pattern_scan.h"
#include "figures_support.h"

using namespace solieu;
using namespace solieu::figures_test;

namespace {

std::vector<const CompiledPattern*> shipped_patterns() {
  std::vector<const CompiledPattern*> out;
  for (const CompiledPattern& p : pattern_set().patterns())
    if (!p.latent) out.push_back(&p);
  return out;
}

bool matches_at(const CompiledPattern& p, std::string_view text, size_t at) {
  re2::StringPiece whole(text.data(), text.size());
  return p.re->Match(whole, at, text.size(), RE2::ANCHOR_START, nullptr, 0);
}

const char* kReport =
    "Từ đầu năm đến nay, huyện đã tổ chức tuyên truyền được 252 buổi với gần 14 nghìn lượt người nghe; "
    "mở mới và đổ bê tông được 05 tuyến đường trên 25 km, nhân dân đã hiến trên 1.500m2 đất, "
    "huy động hơn 12,5 tỷ đồng (tăng 8% so với năm 2023), có 9/12 xã đạt chuẩn nông thôn mới. "
    "Giai đoạn 2021-2025, tỉnh phấn đấu xây dựng thêm 35 km kênh mương; từ 5 đến 7 hộ; gấp đôi.";

}  // namespace

TEST_CASE("group names are made plain, escapes and classes left alone") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"(?P<num>[0-9]+)\\s+(?P<unit>km)", "(?:[0-9]+)\\s+(?:km)"},
      {"\\(?P<num>x)", "\\(?P<num>x)"},            // an escaped parenthesis opens no group
      {"[(?P<a>]+(?P<b>y)", "[(?P<a>]+(?:y)"},      // inside a class it is literal
      {"[]](?P<c>z)", "[]](?:z)"},                  // a leading ']' does not close the class
      {"(?:a)(b)(?i:c)", "(?:a)(b)(?i:c)"},         // other groups untouched
      {"\\Q(?P<q>\\E(?P<r>x)", "\\Q(?P<q>\\E(?:x)"},  // a quoted literal is not syntax
      {"[[:alpha:](?P<s>](?P<t>y)", "[[:alpha:](?P<s>](?:y)"},  // nor is a class around a named class
  };
  for (const auto& [in, out] : cases) {
    INFO(in);
    CHECK(PatternScan::without_group_names(in) == out);
  }
}

TEST_CASE("letter and digit properties are widened to a few ranges") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"(?:^|[^\\pL\\pN])", "(?:^|[^A-Za-z0-9])"},                       // the word boundary
      {"[^\\pL\\pN\\s-]", "[^A-Za-z0-9\\s-]"},                             // a negated class keeps its ASCII part
      {"(?-i:\\p{Ll}+)", "(?-i:[a-z\\x{80}-\\x{10FFFF}]+)"},                // alone, a class of its own
      {"[\\pL ]", "[A-Za-z\\x{80}-\\x{10FFFF} ]"},                         // in a class, a superset
      {"[0-9\\p{L}]", "[0-9A-Za-z\\x{80}-\\x{10FFFF}]"},
      {"[]\\pN]", "[]0-9\\x{80}-\\x{10FFFF}]"},                            // a leading ']' is a member
      {"[^]\\pN]", "[^]0-9]"},
      {"\\\\pL", "\\\\pL"},                                                // an escaped backslash, then "pL"
      {"\\PL\\p{Lu}\\p{^L}\\pM", "\\PL\\p{Lu}\\p{^L}\\pM"},                // other properties stay exact
      {"\\[\\pL", "\\[[A-Za-z\\x{80}-\\x{10FFFF}]"},                       // an escaped '[' opens no class
      {"\\Q\\pL[\\E\\pN", "\\Q\\pL[\\E[0-9\\x{80}-\\x{10FFFF}]"},           // a quoted literal stays literal
      {"\\Q\\pL", "\\Q\\pL"},                                                // to the end when \E is missing
      {"[[:digit:]\\pL]x", "[[:digit:]A-Za-z\\x{80}-\\x{10FFFF}]x"},        // a named class does not close the class
  };
  for (const auto& [in, out] : cases) {
    INFO(in);
    CHECK(PatternScan::widened(in) == out);
  }
}

TEST_CASE("a widened class admits every character its original admits") {
  // Checked character by character, with and without case folding (the
  // patterns match ignoring case; (?-i:...) parts do not).
  const std::vector<std::string> classes = {"[^\\pL\\pN]", "[^\\pL\\pN\\s-]", "\\p{Ll}", "\\pL", "\\pN",
                                            "[\\pL ]",     "[^\\p{Ll}]",     "[^\\pL]", "[0-9\\pL]",
                                            "[[:digit:]\\pL]", "[^[:space:]\\pN]"};
  for (bool fold : {true, false}) {
    RE2::Options options;
    options.set_case_sensitive(!fold);
    for (const std::string& c : classes) {
      INFO(c << (fold ? " ignoring case" : ""));
      RE2 exact(c, options), wide(PatternScan::widened(c), options);
      REQUIRE(exact.ok());
      REQUIRE(wide.ok());
      size_t admitted = 0, missed = 0;
      for (char32_t cp = 1; cp < 0x30000; cp = cp < 0x3000 ? cp + 1 : cp + 97) {
        if (cp >= 0xD800 && cp < 0xE000) continue;
        std::string ch;
        append_utf8(ch, cp);
        if (!RE2::FullMatch(ch, exact)) continue;
        ++admitted;
        if (!RE2::FullMatch(ch, wide)) ++missed;
      }
      CHECK(admitted > 0);
      CHECK(missed == 0);
    }
  }
}

TEST_CASE("walking the scan stops at every place where a pattern's own search matches") {
  // The scan may stop where no pattern matches (its word boundary is wider
  // than the patterns'), never after a place where one does.
  const std::vector<const CompiledPattern*> patterns = shipped_patterns();
  std::unique_ptr<PatternScan> scan = PatternScan::build(patterns);
  REQUIRE(scan);
  std::vector<std::string> texts = {kReport, "", "không có số nào ở đây", "5", "x5 km", "25km.", "ở5 km"};
  for (const std::string& r : corpus_reports()) texts.push_back(r.substr(0, 3000));
  size_t real = 0, idle = 0;
  for (const std::string& text : texts) {
    std::vector<size_t> starts;  // every place some pattern matches, by the patterns' own searches
    for (size_t at = 0; at <= text.size(); ++at)
      for (const CompiledPattern* p : patterns)
        if (matches_at(*p, text, at)) {
          starts.push_back(at);
          break;
        }
    std::vector<size_t> stops;
    for (size_t from = 0; from <= text.size();) {
      std::optional<size_t> at = scan->next(text, from, text.size());
      if (!at) break;
      REQUIRE(*at >= from);
      stops.push_back(*at);
      from = *at + 1;
    }
    INFO(text.substr(0, 60));
    for (size_t s : starts) CHECK(std::binary_search(stops.begin(), stops.end(), s));
    real += starts.size();
    idle += stops.size() - std::min(stops.size(), starts.size());
  }
  CHECK(real > 100);
  CHECK(idle * 4 < real);  // the wider boundary costs few idle stops
}

TEST_CASE("the anchored set names every pattern that matches where the scan stops") {
  const std::vector<const CompiledPattern*> patterns = shipped_patterns();
  std::unique_ptr<PatternScan> scan = PatternScan::build(patterns);
  REQUIRE(scan);
  std::vector<int> named;
  size_t stops = 0, matching = 0;
  for (const std::string& text : {std::string(kReport), corpus_reports().front()}) {
    for (std::optional<size_t> at = scan->next(text, 0, text.size()); at;
         at = *at < text.size() ? scan->next(text, *at + 1, text.size()) : std::nullopt) {
      ++stops;
      REQUIRE(scan->candidates_at(text, *at, text.size(), named));
      REQUIRE(std::is_sorted(named.begin(), named.end()));
      for (size_t i = 0; i < patterns.size(); ++i) {
        if (!matches_at(*patterns[i], text, *at)) continue;
        ++matching;
        INFO(patterns[i]->id << " at " << *at << ": " << text.substr(*at, 40));
        CHECK(std::binary_search(named.begin(), named.end(), static_cast<int>(i)));
      }
    }
  }
  CHECK(stops > 20);
  CHECK(matching > stops / 2);
}

TEST_CASE("patterns that test an ASCII word boundary are always run") {
  auto set = PatternSet::load_texts({{"t.pat",
                                      "pattern a.km\n  regex (?P<num>[0-9]+) ?km\\b\n  dimension length\n"
                                      "pattern b.kg\n  regex (?P<num>[0-9]+) ?kg\n  dimension mass\n"}},
                                     "", normalizer());
  REQUIRE(set);
  std::unique_ptr<PatternScan> scan =
      PatternScan::build({&set->patterns()[0], &set->patterns()[1]});
  REQUIRE(scan);
  CHECK(scan->always_run() == std::vector<int>{0});
}

TEST_CASE("one pass and pattern by pattern find the same figures") {
  auto figures = [](std::string_view text, bool one_pass, bool latent) {
    ExtractOptions options;
    options.one_pass = one_pass;
    options.latent = latent;
    std::vector<std::tuple<size_t, size_t, std::string, std::string, std::string, double, std::string>> out;
    for (const Quantity& q : extractor().extract(text, options))
      out.emplace_back(q.span.start, q.span.end, q.pattern, q.dimension, q.unit, q.value.value_or(-1), q.qualifier);
    return out;
  };
  std::vector<std::string> texts = corpus_reports();
  texts.push_back(kReport);
  texts.push_back("1,500 người; 2,500 người và 1,250,000 đồng");  // read again the English way
  texts.push_back(std::string(3000, '7') + " km đường và 5 km kênh");
  std::string qualifiers;
  for (int i = 0; i < 2000; ++i) qualifiers += "trên ";
  texts.push_back(qualifiers + "25 km đường.");
  std::string run;  // number-shaped, refused, but shorter than the longest match read (512 bytes)
  for (int i = 0; i < 25; ++i) run += "1 nghìn 2 triệu ";
  texts.push_back(run + ". Làm 25 km đường.");
  size_t total = 0;
  for (const std::string& text : texts)
    for (bool latent : {false, true}) {
      INFO(text.substr(0, 80) << (latent ? " (latent)" : ""));
      const auto one = figures(text, true, latent);
      CHECK(one == figures(text, false, latent));
      total += one.size();
    }
  CHECK(total > 500);
}

TEST_CASE("a number-shaped run longer than any match is read in pieces of at most 512 bytes") {
  // Pattern by pattern, the bare-numeral pattern matches such a run whole and
  // the grammar refuses it; one pass reads no match longer than 512 bytes
  // (extractor.h), so a piece at the run's end may stand as a bare numeral.
  // Either way the figure after the run is found, and no figure is long.
  std::string run;
  for (int i = 0; i < 2000; ++i) run += "1 nghìn 2 triệu ";
  const std::string text = normalizer().normalize_text(run + ". Làm 25 km đường.");
  for (bool latent : {false, true}) {
    ExtractOptions options;
    options.latent = latent;
    const std::vector<Quantity> qs = extractor().extract(text, options);
    REQUIRE(!qs.empty());
    CHECK(qs.back().unit == "km");
    CHECK(qs.back().value == 25);
    for (const Quantity& q : qs) CHECK(q.span.end - q.span.start < 512);
    if (!latent) CHECK(qs.size() == 1);
  }
}

TEST_CASE("a scan built on two threads stops and names as one built on one") {
  const std::vector<const CompiledPattern*> patterns = shipped_patterns();
  std::unique_ptr<PatternScan> one = PatternScan::build(patterns);
  std::unique_ptr<PatternScan> two = PatternScan::build(patterns, 2);
  REQUIRE(one);
  REQUIRE(two);
  CHECK(one->always_run() == two->always_run());
  std::vector<int> named_one, named_two;
  size_t stops = 0;
  for (const std::string& text : {std::string(kReport), corpus_reports().front()}) {
    for (size_t from = 0; from <= text.size(); ++from) {
      const std::optional<size_t> a = one->next(text, from, text.size());
      REQUIRE(a == two->next(text, from, text.size()));
      if (!a) break;
      ++stops;
      REQUIRE(one->candidates_at(text, *a, text.size(), named_one));
      REQUIRE(two->candidates_at(text, *a, text.size(), named_two));
      CHECK(named_one == named_two);
      from = *a;
    }
  }
  CHECK(stops > 20);
}
