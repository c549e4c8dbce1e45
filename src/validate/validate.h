// validate: checks the figures of extracted records against each other, against
// plausible ranges and against an official table, and says what does not hold.
//
// What it does: reads the JSON Lines records of `solieu extract` (either shape),
// optionally the article texts they came from (for cue words such as "trong
// đó" and for quoting sentences), and returns findings: totals whose parts do
// not add up, fractions whose percentage is wrong, growth claims that do not
// fit their figures, impossible and implausible values, figures for the same
// indicator, place, period and status that disagree across independent
// reports, cumulative figures that fall, reprints, and matches and mismatches
// with a reference table. The kinds and the tolerance rules are in
// docs/validate.md. What it does not do: extract figures, correct them, or
// print; the CLI (src/cli/validate_command.cc) writes the findings and report.
//
// Ownership: plain values; a Finding refers to figures by index into the
// article vector it was computed from. Thread safety: pure functions of their
// inputs, safe from any thread; none keeps state.
//
//   std::vector<ArticleRecord> articles; std::vector<Error> problems;
//   read_records(in, "out.jsonl", articles, problems); attach_texts(articles, problems);
//   Validation v = validate(articles, ranges, reference);
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace solieu::validate {

struct PeriodSpan {
  std::string start, end, text;  // ISO dates, inclusive; "" when none
  bool empty() const { return start.empty(); }
};

// One figure of a record, with the fields validate reads (docs/record-format.md).
struct Figure {
  std::string text;
  size_t start = 0, end = 0;        // byte span in the article text
  std::optional<double> value;      // as written
  std::optional<double> normalized; // "normalized"."value"
  std::string unit, normalized_unit, dimension, qualifier;
  std::optional<double> low, high, of;  // as written
  std::string indicator, status, status_detail, object;
  PeriodSpan period;
  std::string place_code, place_text;  // the figure's own place; "" when none
  int sentence = -1;
  std::optional<std::pair<size_t, size_t>> sentence_span;
};

struct ArticleRecord {
  std::string id, source, title, published;  // "" when absent
  std::vector<std::string> place_codes;      // the article's places, "" for a place without a code
  std::vector<Figure> figures;
  std::optional<std::string> text;  // the article text, when attach_texts could read it
  Location where;                   // the record's file and line
};

// ---- input ----------------------------------------------------------------

// Every line of `in` (solieu.record/2 articles, or runs of solieu.quantity/2
// lines with one "article"), appended to `out`. A line that cannot be used is
// an Error at its file and line, appended to `problems`; the rest are read.
void read_records(std::istream& in, const std::string& name, std::vector<ArticleRecord>& out,
                  std::vector<Error>& problems);

// The text of each article from its "source": a plain-text file (its bytes),
// or a JSON Lines file (the "text" of the line whose "id" is the article's).
// A source that cannot be read ("-", a missing file, an id not in it) leaves
// the text empty and adds one Error per source file to `problems`; checks
// that need cue words then skip that article, and quotes show the figure only.
void attach_texts(std::vector<ArticleRecord>& articles, std::vector<Error>& problems);

// ---- data: plausible ranges and a reference table -----------------------

struct Range {
  std::string indicator, unit;  // unit: the normalized unit, "" for any
  double min = 0, max = 0;
  std::string note;  // where the bound comes from
};
using Ranges = std::vector<Range>;

// patterns/vi/ranges.tsv: "indicator<TAB>unit<TAB>min<TAB>max<TAB>note", '#'
// comments and blank lines skipped; the note is required. `text` is the file's
// contents, `name` its path for errors.
Result<Ranges> parse_ranges(std::string_view text, const std::string& name);
Result<Ranges> load_ranges(const std::string& path);

struct ReferenceRow {
  std::string indicator, place_code, period;  // period: "2024", "2024-Q2", "2024-H1", "2024-05", or "START/END"
  double value = 0;
  std::string unit;  // a normalized unit (m, m2, VND, %, hộ, …) or km, ha, km2, tấn, tỷ đồng, triệu đồng
  std::optional<double> tolerance;  // absolute, in `unit`; or relative when tolerance_percent
  bool tolerance_percent = false;
  int line = 0;
};

// A CSV with a header naming the columns indicator, place_code, period,
// value, unit and optionally tolerance ("5%" relative, "2" absolute), in any
// order. Every bad row is an Error naming its line; the good rows are kept.
Result<std::vector<ReferenceRow>> parse_reference(std::string_view text, const std::string& name,
                                                  std::vector<Error>& problems);
Result<std::vector<ReferenceRow>> load_reference(const std::string& path, std::vector<Error>& problems);

// ---- intervals -------------------------------------------------------------

// A figure as an interval in its normalized unit: its qualifier's bounds
// (the margins of src/aggregate: gần [0.9v, v], khoảng [0.9v, 1.1v], trên
// [v, +inf), …) widened, for an exact round figure, by the rounding its
// writing allows (docs/validate.md). nullopt for a figure without a value.
struct Interval {
  double low = 0, high = 0;  // ±infinity when unbounded
};
std::optional<Interval> figure_interval(const Figure& f);
bool overlap(const Interval& a, const Interval& b);

// ---- findings --------------------------------------------------------------

enum class Severity { kInfo, kWarning, kError };
std::string_view severity_name(Severity s);

struct FigureRef {
  size_t article = 0, figure = 0;
  auto operator<=>(const FigureRef&) const = default;
};

struct Finding {
  std::string kind;  // docs/validate.md lists them
  Severity severity = Severity::kWarning;
  std::string message;  // plain English
  std::vector<FigureRef> figures;
  std::optional<ReferenceRow> reference;
};

// A time series for the report: one indicator × place × status × unit, its
// figures in time order (by period end, else publication date).
struct Series {
  std::string indicator, place, status, unit;
  std::vector<FigureRef> points;
  std::vector<bool> conflicting;  // per point: part of a conflict or a fall
};

struct Summary {
  size_t articles = 0, figures = 0, with_indicator = 0, with_text = 0, reprint_pairs = 0, compared_groups = 0;
};

struct Validation {
  std::vector<Finding> findings;  // in a stable order: by kind, then by first figure
  std::vector<Series> series;
  Summary summary;
};

struct ValidateOptions {
  double reprint_threshold = 0.6;  // shingle Jaccard at or above which two articles are copies
};

// ---- the checks (each pure) ------------------------------------------------

// Inside one article: parts vs total, fraction vs percentage, growth claims,
// impossible values, implausible values (against `ranges`).
std::vector<Finding> check_article(const std::vector<ArticleRecord>& articles, size_t index, const Ranges& ranges);

// Pairs of articles (i < j) that are near-duplicates: the Jaccard similarity
// of their word 5-shingles (title and whole text; the figures' texts when the
// article text is unknown) is at least `threshold`.
// Candidates come from MinHash bands; each is confirmed by exact Jaccard.
std::vector<std::pair<size_t, size_t>> find_reprints(const std::vector<ArticleRecord>& articles, double threshold);
double shingle_jaccard(const ArticleRecord& a, const ArticleRecord& b);

// Across articles: conflicts and agreements between independent reports,
// reprints, cumulative falls; and the series for the charts.
void check_across(const std::vector<ArticleRecord>& articles, const std::vector<std::pair<size_t, size_t>>& reprints,
                  Validation& out);

// Against the reference table: a match, a mismatch or an uncovered finding per row.
std::vector<Finding> check_reference(const std::vector<ArticleRecord>& articles,
                                     const std::vector<ReferenceRow>& reference);

// All of the above.
Validation validate(const std::vector<ArticleRecord>& articles, const Ranges& ranges,
                    const std::vector<ReferenceRow>& reference, const ValidateOptions& options = {});

// ---- output ----------------------------------------------------------------

// The sentence of a figure, when the article text is known: its bytes, and
// the figure's span inside them. nullopt otherwise.
struct Quote {
  std::string sentence;
  size_t start = 0, end = 0;  // the figure within `sentence`
};
std::optional<Quote> quote(const ArticleRecord& article, const Figure& f);

// One JSON line per finding (docs/validate.md has the fields).
void write_findings_jsonl(const Validation& v, const std::vector<ArticleRecord>& articles, std::ostream& out);
// The report: one self-contained HTML file (inline CSS and SVG, no script).
void write_report_html(const Validation& v, const std::vector<ArticleRecord>& articles, std::ostream& out);

}  // namespace solieu::validate
