// Aggregation: the figures of solieu records summed by indicator × place ×
// period × status (and always unit), each figure an interval that carries
// its qualifier, with mergeable partial states for running over shards.
// docs/aggregate.md is the user's account of every rule here.
//
// Input is JSON Lines, a line at a time, in three shapes told apart by
// "format": "solieu.record/2" (an article, its figures nested),
// "solieu.quantity/2" (one figure a line; consecutive lines of one article
// make one article) and "solieu.aggregate-partial/1" (a state written by
// write_partial; accepted only when AggregateOptions::merge is set). An
// SQLite database of `solieu extract --db` is read by add_database
// (sqlite_input.cc) into the same state as its articles' record lines.
//
// The state is, for each group, what each distinct article content (its
// content hash) contributes to it: figure count, exact sums (ExactSum) of
// the point values and of the bounds, min and max, the smallest article id
// with that content and how many more records had it. Adding a record and
// adding a partial state are one operation, a union in which a content seen
// twice keeps the smaller article id, so a single pass and the merge of the
// partial states of any sharding reach the same state, and write the same
// bytes.
//
// No printing, no exiting: problems come back as solieu::Error values.
// Not thread-safe: one Aggregator per thread, combined with merge().
//
//   Aggregator agg({.by = {}, .bucket = PeriodBucket::kYear});
//   std::vector<Error> problems;
//   agg.add_stream(std::cin, "-", problems);
//   write_jsonl(agg.results(), agg.options().by, std::cout);
#pragma once

#include <cstdint>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "aggregate/exact_sum.h"
#include "core/error.h"

namespace solieu {

inline constexpr const char* kPartialFormat = "solieu.aggregate-partial/1";

// The margins of the vague qualifiers: "gần V" (nearly) is [V·(1−0.1), V],
// "khoảng V" (approximately) is [V·(1−0.1), V·(1+0.1)].
inline constexpr int kMarginPercent = 10;

enum class PeriodBucket { kMonth, kQuarter, kYear };

// Which of the four key fields form groups; the unit always does.
struct GroupBy {
  bool indicator = true;
  bool place = true;
  bool period = true;
  bool status = true;
  bool operator==(const GroupBy&) const = default;
};

struct AggregateOptions {
  GroupBy by;
  PeriodBucket bucket = PeriodBucket::kYear;
  bool merge = false;  // accept partial states in the input
};

// Whether the file at `path` starts with the SQLite header ("SQLite format
// 3" and a NUL), whatever its name; false when it cannot be read.
bool is_sqlite_file(const std::string& path);

// "indicator,place,period,status" (any subset, any order, "" for none).
Result<GroupBy> parse_group_by(std::string_view list);
// The canonical text: the fields grouped by, in key order, comma-separated.
std::string group_by_text(const GroupBy& by);
std::optional<PeriodBucket> parse_period_bucket(std::string_view name);
std::string_view period_bucket_name(PeriodBucket bucket);
// The bucket of an ISO date: "2024-05" (month), "2024-Q2" (quarter), "2024"
// (year); "" when `date` does not start with such a date.
std::string period_bucket(std::string_view date, PeriodBucket bucket);

// A figure as an interval, in normalized units. An unbounded side has its
// flag set (and its number is meaningless).
struct Bounds {
  double low = 0;
  double high = 0;
  bool low_unbounded = false;
  bool high_unbounded = false;
  bool operator==(const Bounds&) const = default;
};

// The interval of a figure of normalized `value`: from `low` and `high`
// (normalized) when it has them (ranges, vague amounts), else from its
// qualifier: exact [v, v]; nearly [0.9v, v]; approximately [0.9v, 1.1v];
// more_than, at_least [v, +inf); less_than, at_most [0, v], or (-inf, v]
// for a signed dimension (percent, number) or a negative v. An unknown
// qualifier, or a range without both bounds, is an error.
Result<Bounds> figure_bounds(std::string_view qualifier, std::string_view dimension, double value,
                             std::optional<double> low, std::optional<double> high);

// A number as aggregate writes it, the same whatever the platform: whole
// numbers as integers ("25000"), others in the shortest decimal that reads
// back to the same double ("0.25"), exponents only below 1e-6 or from 1e21.
std::string format_number(double v);

// A group: the fields not grouped by are "", as is a place without a code, a
// period without a date and a status that is null. Ordered field by field,
// byte by byte.
struct GroupKey {
  std::string indicator, place, period, status, unit;
  auto operator<=>(const GroupKey&) const = default;
};

// What one article content adds to one group.
struct Contribution {
  std::string article;  // the smallest id of the records with this content
  uint64_t copies = 0;  // records with this content besides that one, not counted
  uint64_t count = 0;   // figures
  ExactSum sum;         // point values
  ExactSum low, high;   // the intervals' ends; zero on a side that is unbounded
  bool low_unbounded = false, high_unbounded = false;
  double min = 0, max = 0;  // point values
  bool operator==(const Contribution&) const = default;
};

// content hash (32 hex digits) → contribution
using GroupState = std::map<std::string, Contribution>;

// One group of the result.
struct GroupResult {
  GroupKey key;
  uint64_t count = 0;     // figures
  uint64_t articles = 0;  // distinct article ids
  uint64_t copies = 0;    // records not counted, as copies of a counted one
  double sum = 0;
  std::optional<double> sum_low, sum_high;  // nullopt: unbounded
  double min = 0, max = 0;
  std::vector<std::string> article_ids;  // sorted
};

// One figure's fields as a record has them, for input that is not JSON (an
// SQLite database written by `solieu extract --db`): absent and null are
// both nullopt. Only a figure with an indicator and a normalized value is
// counted; `qualifier`, `dimension`, `low`, `high`, `status`,
// `period_start` and `place_code` matter only for those.
struct FigureFields {
  std::optional<std::string> text;       // "text"
  std::optional<double> value;           // "value", as written
  std::optional<std::string> unit;       // "unit", as written
  std::optional<std::string> indicator;  // "indicator"
  std::optional<double> normalized_value;
  std::optional<std::string> normalized_unit;
  std::string qualifier, dimension;
  std::optional<double> low, high;  // as written, in `unit`
  std::optional<std::string> status;
  std::string period_start;  // "period"."start"; "" for none
  std::string place_code;    // "place"."code"; "" for none
};

// One article's fields as its solieu.record/2 line has them.
struct ArticleFields {
  std::string id;
  std::optional<std::string> title;
  std::vector<std::string> place_codes;  // "places"[i]."code" in order, "" for none
  std::vector<FigureFields> figures;     // "quantities" in order
};

struct AggregateCounts {
  size_t lines = 0;     // non-blank lines read
  size_t articles = 0;  // articles read (a run of quantity lines is one)
  size_t partials = 0;  // partial-state lines read
  size_t figures = 0;   // figures counted, copies included
  size_t failed = 0;    // lines not used
};

class Aggregator {
 public:
  explicit Aggregator(AggregateOptions options);
  ~Aggregator();
  Aggregator(Aggregator&&) noexcept;
  Aggregator& operator=(Aggregator&&) noexcept;
  const AggregateOptions& options() const { return options_; }

  // Lines nesting arrays or objects deeper than this are refused before
  // parsing (records nest 4 deep, partial states 3); docs/hardness.md.
  static constexpr size_t kMaxJsonDepth = 64;

  // One line of input. A blank line is nothing; a line that cannot be used
  // (not JSON, not a known shape, a field of the wrong type, a partial state
  // grouped otherwise) is an Error at `where` (its column for a JSON syntax
  // error), and nothing of that line is added.
  Status add_line(std::string_view line, const Location& where);
  // Every line of `in`, named `name` in errors, which are appended to
  // `problems`; then end_input().
  void add_stream(std::istream& in, const std::string& name, std::vector<Error>& problems);
  // One article from input that is not JSON, added as its record line would
  // be. An article that cannot be used (a figure whose bounds cannot be
  // made) is an Error at `where` naming the article, and adds nothing.
  Status add_article(const ArticleFields& article, const Location& where);
  // Every article of an SQLite database written by `solieu extract --db`
  // (schema src/store/schema.sql), opened read-only and read in article id
  // order; then end_input(). The same groups come out as from the
  // solieu.record/2 lines of the same articles. A file that cannot be read
  // as such a database (not SQLite, not solieu's tables, a newer schema
  // version) is the Error returned, naming `path`, and adds nothing;
  // articles that cannot be used are appended to `problems`.
  Status add_database(const std::string& path, std::vector<Error>& problems);
  // Ends an input: the article of the quantity lines read last is added. The
  // lines of one article never span two inputs.
  void end_input();
  // Adds another aggregator's state (both inputs ended); an error when the
  // two are grouped differently.
  Status merge(const Aggregator& other);

  const std::map<GroupKey, GroupState>& groups() const { return groups_; }
  const AggregateCounts& counts() const { return counts_; }

  // The groups in key order (after end_input()).
  std::vector<GroupResult> results() const;
  // The state as partial-state JSON Lines, one line per group in key order.
  void write_partial(std::ostream& out) const;

  struct Figure;   // a parsed figure (aggregator.cc)
  struct Article;  // a parsed article

 private:
  void add_record(const nlohmann::json& line, bool nested);
  void add_partial(const nlohmann::json& line);
  void add_article(const Article& article);
  void add_contribution(const GroupKey& key, const std::string& hash, const Contribution& c);

  AggregateOptions options_;
  std::map<GroupKey, GroupState> groups_;
  AggregateCounts counts_;
  std::unique_ptr<Article> pending_;  // quantity lines of one article, not yet added
};

// The result as JSON Lines: one object per group, keys sorted; the key
// fields grouped by, "unit", "count", "articles", "article_ids", "copies",
// "sum", "sum_low", "sum_high" (null when unbounded), "min", "max".
void write_jsonl(const std::vector<GroupResult>& groups, const GroupBy& by, std::ostream& out);
// RFC 4180 CSV (CRLF line ends, a header row); unbounded sums are empty
// fields; "article_ids" is a JSON array in one field.
void write_csv(const std::vector<GroupResult>& groups, const GroupBy& by, std::ostream& out);
// Aligned columns for a terminal: text left, numbers right, "-" for an empty
// key field, "-inf"/"+inf" for unbounded sums; no article ids.
void write_table(const std::vector<GroupResult>& groups, const GroupBy& by, std::ostream& out);

}  // namespace solieu
