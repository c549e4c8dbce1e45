// Shared by the figures tests (figures_*_test.cc): the real pattern set,
// loaded once from the source tree, and table-driven checks of what the
// extractor finds in a piece of Vietnamese text.
//
// A figure case names its input and the exact substring of the input the
// figure must cover; it passes when exactly one quantity's span, mapped back
// to the input bytes, is that substring and every field the case gives agrees.
// A trap case names a substring that must hold no figure: no quantity of a
// figure dimension may overlap it.
#pragma once

#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"
#include "extract/pattern_set.h"
#include "extract/quantity.h"
#include "normalize/normalizer.h"

namespace solieu::figures_test {

// ---------------------------------------------------------------- fixtures --

inline const Normalizer& normalizer() {
  static const Normalizer n;
  return n;
}

inline const PatternSet& pattern_set() {
  static const PatternSet set = [] {
    Result<PatternSet> r = PatternSet::load(SOLIEU_SOURCE_DIR "/patterns/vi", normalizer());
    if (!r) throw std::runtime_error(r.error().to_string_with_caret());
    return std::move(r).value();
  }();
  return set;
}

inline const Extractor& extractor() {
  static const Extractor ex(pattern_set());
  return ex;
}

// Every report in corpus/articles, normalized, in file name order.
inline std::vector<std::string> corpus_reports() {
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(SOLIEU_SOURCE_DIR "/corpus/articles"))
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    texts.push_back(normalizer().normalize(s.str()).text);
  }
  return texts;
}

// ------------------------------------------------------------------- cases --

// "*" in a string field means "not checked".
inline constexpr std::string_view kAny = "*";

enum class Flag { kNo, kYes, kAny };

struct More {
  std::optional<double> low = {}, high = {}, of = {};
  std::optional<double> nvalue = {};  // normalized_value
  std::string_view nunit = kAny;    // normalized_unit
  Flag no_diacritics = Flag::kNo;   // checked by default: a figure typed right is not flagged
  Flag ambiguous = Flag::kAny;      // ambiguous_separator
};

struct Case {
  std::string_view input;
  std::string_view expected;  // the exact substring of `input` the figure covers
  std::optional<double> value;
  std::string_view unit;       // canonical unit, the counted noun, "" for a bare number
  std::string_view qualifier;  // exact, nearly, more_than, ..., range
  std::string_view dimension;
  More more = {};
};

// A span that must hold no figure.
enum class Mode { kDefault, kLatent, kBoth };
struct Trap {
  std::string_view input;
  std::string_view span;  // substring of `input` (its first occurrence)
  Mode mode = Mode::kBoth;
};

inline bool is_figure_dimension(const std::string& d) {
  static const char* const kFigure[] = {"count", "length", "area",  "volume",   "mass",  "money",
                                        "percent", "ratio", "rate", "fraction", "number"};
  for (const char* f : kFigure)
    if (d == f) return true;
  return false;
}

// ----------------------------------------------------------------- helpers --

// Printable bytes: non-ASCII shown as is (UTF-8), controls and invisible
// characters as \uXXXX / \xHH so a failure message shows them.
inline std::string show(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char buf[16];
    if (c < 0x20 || c == 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      out += "\\u00A0";
      ++i;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0x8B || static_cast<unsigned char>(s[i + 2]) == 0xAF)) {
      std::snprintf(buf, sizeof buf, "\\u20%02X", static_cast<unsigned char>(s[i + 2]) - 0x80);
      out += buf;
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

inline std::string fmt(double v) {
  std::ostringstream os;
  os.precision(15);
  os << v;
  return os.str();
}

inline std::string fmt(const std::optional<double>& v) { return v ? fmt(*v) : std::string("-"); }

// One quantity, for failure messages.
inline std::string describe(const Quantity& q, std::string_view input, const NormalizedText& t) {
  ByteSpan in = t.map.to_input(q.span);
  std::ostringstream os;
  os << show(input.substr(in.start, in.end - in.start)) << " [" << in.start << "," << in.end << ") "
     << q.dimension << " value=" << fmt(q.value) << " unit=" << show(q.unit) << " q=" << q.qualifier;
  if (q.low || q.high) os << " low=" << fmt(q.low) << " high=" << fmt(q.high);
  if (q.of) os << " of=" << fmt(q.of);
  os << " n=" << fmt(q.normalized_value) << " " << show(q.normalized_unit);
  if (q.no_diacritics) os << " no_diacritics";
  if (q.ambiguous_separator) os << " ambiguous(alt=" << fmt(q.alternative) << ")";
  os << " {" << q.pattern << "}";
  return os.str();
}

inline std::string describe_all(const std::vector<Quantity>& qs, std::string_view input, const NormalizedText& t) {
  if (qs.empty()) return "found: nothing";
  std::string s = "found:";
  for (const Quantity& q : qs) s += "\n  " + describe(q, input, t);
  return s;
}

inline bool same(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::max(std::fabs(a), std::fabs(b)));
}

inline std::string describe(const Case& c, bool latent) {
  std::ostringstream os;
  os << "case: " << show(c.input) << " => " << show(c.expected) << (latent ? "  [latent]" : "");
  return os.str();
}

// ------------------------------------------------------------------ checks --

inline std::vector<Quantity> run(const NormalizedText& t, bool latent) {
  ExtractOptions options;
  options.latent = latent;
  return extractor().extract(t.text, options);
}

// Checks one figure case on `input` (the case's own input, or a variant of
// it with `expected` transformed alike).
inline void check_figure(const Case& c, bool latent, const std::string& input, const std::string& expected,
                         std::string_view variant = "") {
  INFO(describe(c, latent) << (variant.empty() ? std::string() : "  variant " + std::string(variant) + ": " + show(input)));
  CHECK(input.find(expected) != std::string::npos);  // the case itself is well formed

  NormalizedText t = normalizer().normalize(input);
  std::vector<Quantity> qs = run(t, latent);
  INFO(describe_all(qs, input, t));

  std::vector<const Quantity*> hits;
  for (const Quantity& q : qs) {
    ByteSpan in = t.map.to_input(q.span);
    if (in.end >= in.start && in.end <= input.size() &&
        std::string_view(input).substr(in.start, in.end - in.start) == expected)
      hits.push_back(&q);
  }
  // CHECK, not REQUIRE: a table runs on after a failing row.
  CHECK(hits.size() == 1);
  if (hits.size() != 1) return;
  const Quantity& q = *hits.front();

  if (c.dimension != kAny) CHECK(q.dimension == std::string(c.dimension));
  if (c.value) {
    INFO("value " << fmt(q.value) << " expected " << fmt(*c.value));
    CHECK((q.value && same(*q.value, *c.value)));
  }
  if (c.unit != kAny) CHECK(q.unit == std::string(c.unit));
  if (c.qualifier != kAny) CHECK(q.qualifier == std::string(c.qualifier));
  const More& m = c.more;
  auto check_opt = [](const char* what, const std::optional<double>& got, const std::optional<double>& want) {
    if (!want) return;
    INFO(what << " " << fmt(got) << " expected " << fmt(want));
    CHECK((got && same(*got, *want)));
  };
  check_opt("low", q.low, m.low);
  check_opt("high", q.high, m.high);
  check_opt("of", q.of, m.of);
  check_opt("normalized_value", q.normalized_value, m.nvalue);
  if (m.nunit != kAny) CHECK(q.normalized_unit == std::string(m.nunit));
  if (m.no_diacritics != Flag::kAny) CHECK(q.no_diacritics == (m.no_diacritics == Flag::kYes));
  if (m.ambiguous != Flag::kAny) CHECK(q.ambiguous_separator == (m.ambiguous == Flag::kYes));
}

inline void check_figure(const Case& c, bool latent) {
  check_figure(c, latent, std::string(c.input), std::string(c.expected));
}

inline void check_trap(std::string_view input_view, std::string_view span, bool latent) {
  const std::string input(input_view);
  INFO("trap: " << show(input) << " must hold no figure over " << show(span) << (latent ? "  [latent]" : ""));
  size_t pos = input.find(span);
  CHECK(pos != std::string::npos);
  if (pos == std::string::npos) return;
  const size_t end = pos + span.size();

  NormalizedText t = normalizer().normalize(input);
  std::vector<Quantity> qs = run(t, latent);
  INFO(describe_all(qs, input, t));
  for (const Quantity& q : qs) {
    if (!is_figure_dimension(q.dimension)) continue;
    ByteSpan in = t.map.to_input(q.span);
    const bool overlaps = in.start < end && pos < in.end;
    if (overlaps) FAIL_CHECK("a figure over the trap: " << describe(q, input, t));
  }
  SUCCEED();
}

inline void check_trap(const Trap& c) {
  if (c.mode != Mode::kLatent) check_trap(c.input, c.span, false);
  if (c.mode != Mode::kDefault) check_trap(c.input, c.span, true);
}

// ---------------------------------------------------------------- variants --

// The NFD form of UTF-8 text (every precomposed letter decomposed).
inline std::string to_nfd(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("no NFD instance");
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString out = nfd->normalize(u, status);
  if (U_FAILURE(status)) throw std::runtime_error("NFD failed");
  std::string r;
  out.toUTF8String(r);
  return r;
}

// Every ASCII space inside the first occurrence of `expected` in `input`
// replaced by `with` (a no-break space, a narrow no-break space ...), in
// both. Returns false when the figure has no space.
inline bool respace(const Case& c, std::string_view with, std::string& input, std::string& expected) {
  input = std::string(c.input);
  size_t pos = input.find(c.expected);
  if (pos == std::string::npos) return false;
  expected.clear();
  bool any = false;
  for (char ch : c.expected) {
    if (ch == ' ') {
      expected += with;
      any = true;
    } else {
      expected += ch;
    }
  }
  input.replace(pos, c.expected.size(), expected);
  return any;
}

}  // namespace solieu::figures_test
