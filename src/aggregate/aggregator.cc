// Reading records into the aggregation state, and the state's union.
//
// Each line is checked whole before anything of it is used: a field of the
// wrong type anywhere in it makes the line an Error and adds nothing.
#include <cmath>
#include <istream>
#include <set>

#include <nlohmann/json.hpp>

#include "aggregate/aggregate.h"
#include "aggregate/detail.h"
#include "core/json_depth.h"
#include "core/utf8.h"
#include "record/record.h"

namespace solieu {

using namespace aggregate_detail;

struct Aggregator::Figure {
  // What the content hash reads of every figure.
  std::string text;   // "s<text>", or "n" for none
  std::string value;  // the number as written, or "n"
  std::string unit;   // "s<unit>", or "n"
  // Only for a figure that is counted (an indicator and a normalized value):
  bool counted = false;
  std::string indicator, status, place, period_start, unit_normalized;
  double point = 0;
  Bounds bounds;
};

struct Aggregator::Article {
  std::string id;
  std::optional<std::string> title;
  std::string first_place;  // the first of the article's places with a code
  std::vector<Figure> figures;
};

namespace {

std::string tagged(const std::optional<std::string>& s) { return s ? "s" + *s : "n"; }

// A low or high bound, as written, in the normalized unit: scaled as the
// value was. `written` is the figure's value as written, `normalized` its
// normalized value.
double to_normalized(double bound, std::optional<double> written, double normalized, const std::string& unit,
                     const std::string& unit_normalized, const std::string& where) {
  if (written && *written == normalized) return bound;
  if (written && bound == *written) return normalized;
  if (written && *written != 0) return bound * normalized / *written;
  if (bound == 0 || unit == unit_normalized) return bound;
  fail(where + "cannot bring \"low\"/\"high\" into the normalized unit (the value is 0 or null)");
}

// A figure from its fields, whatever they were read from: the JSON record
// (read_figure) or the database (add_article(ArticleFields)). `where`
// prefixes messages.
Aggregator::Figure make_figure(const FigureFields& q, const std::string& where) {
  Aggregator::Figure f;
  f.text = tagged(q.text);
  f.value = q.value ? format_number(*q.value) : "n";
  f.unit = tagged(q.unit);
  if (!q.indicator || q.indicator->empty()) return f;
  if (!q.normalized_value) return f;  // nothing to add up

  const double point = *q.normalized_value;
  const std::string unit_normalized = q.normalized_unit.value_or("");
  std::optional<double> low_n, high_n;
  const std::string unit_written = q.unit.value_or("");
  if (q.low) low_n = to_normalized(*q.low, q.value, point, unit_written, unit_normalized, where);
  if (q.high) high_n = to_normalized(*q.high, q.value, point, unit_written, unit_normalized, where);
  Result<Bounds> bounds = figure_bounds(q.qualifier, q.dimension, point, low_n, high_n);
  if (!bounds) fail(where + bounds.error().message);

  f.counted = true;
  f.indicator = *q.indicator;
  f.status = q.status.value_or("");
  f.place = q.place_code;
  f.period_start = q.period_start;
  f.unit_normalized = unit_normalized;
  f.point = point;
  f.bounds = *bounds;
  return f;
}

// One quantity object (nested, or the flat line itself): every field is
// checked for its type here, then make_figure() does the rest.
Aggregator::Figure read_figure(const json& q, const std::string& where) {
  FigureFields fields;
  fields.text = optional_string(q, "text", where);
  fields.value = optional_number(q, "value", where);
  fields.unit = optional_string(q, "unit", where);
  fields.indicator = optional_string(q, "indicator", where);
  if (!fields.indicator || fields.indicator->empty()) return make_figure(fields, where);

  const json* normalized = optional_object(q, "normalized", where);
  if (!normalized) fail(where + "\"normalized\" is missing");
  fields.normalized_value = optional_number(*normalized, "value", where + "normalized: ");
  fields.normalized_unit = optional_string(*normalized, "unit", where + "normalized: ");
  fields.qualifier = required_string(q, "qualifier", where);
  fields.dimension = optional_string(q, "dimension", where).value_or("");
  fields.low = optional_number(q, "low", where);
  fields.high = optional_number(q, "high", where);
  fields.status = optional_string(q, "status", where);
  if (const json* period = optional_object(q, "period", where))
    fields.period_start = optional_string(*period, "start", where + "period: ").value_or("");
  if (const json* p = optional_object(q, "place", where))
    fields.place_code = optional_string(*p, "code", where + "place: ").value_or("");
  return make_figure(fields, where);
}

// FNV-1a over 128 bits: a content hash with no cryptographic claim, wide
// enough that two different articles sharing one is not a practical concern.
class ContentHash {
 public:
  // Length-prefixed, so that no two sequences of fields feed the same bytes.
  void field(std::string_view s) {
    const std::string length = std::to_string(s.size()) + ":";
    bytes(length);
    bytes(s);
  }
  std::string hex() const {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out(32, '0');
    unsigned __int128 h = h_;
    for (int i = 31; i >= 0; --i, h >>= 4) out[static_cast<size_t>(i)] = kDigits[static_cast<unsigned>(h & 0xf)];
    return out;
  }

 private:
  void bytes(std::string_view s) {
    for (unsigned char c : s) {
      h_ ^= c;
      h_ *= kPrime;
    }
  }
  static constexpr unsigned __int128 kPrime = (static_cast<unsigned __int128>(1) << 88) + 0x13b;
  unsigned __int128 h_ = (static_cast<unsigned __int128>(0x6c62272e07bb0142ULL) << 64) | 0x62b821756295c58dULL;
};

std::string bound_text(double v, bool unbounded, const char* infinity) { return unbounded ? infinity : format_number(v); }

// The content hash of an article: its title, every figure's text, value and
// unit in order, and for each counted figure everything that decides where
// it goes and what it adds. Two records with one hash add the same to the
// same groups, whichever of them is kept.
std::string content_hash(const Aggregator::Article& a, const std::vector<std::string>& places) {
  ContentHash h;
  h.field("solieu.aggregate.content/1");
  h.field(tagged(a.title));
  for (size_t i = 0; i < a.figures.size(); ++i) {
    const Aggregator::Figure& f = a.figures[i];
    h.field(f.text);
    h.field(f.value);
    h.field(f.unit);
    if (!f.counted) {
      h.field("-");
      continue;
    }
    h.field("+");
    h.field(f.indicator);
    h.field(f.status);
    h.field(places[i]);
    h.field(f.period_start);
    h.field(f.unit_normalized);
    h.field(format_number(f.point));
    h.field(bound_text(f.bounds.low, f.bounds.low_unbounded, "-inf"));
    h.field(bound_text(f.bounds.high, f.bounds.high_unbounded, "+inf"));
  }
  return h.hex();
}

// Everything of a contribution but its copies, for breaking a tie between
// two of one content and one article id (only a hash collision or an edited
// partial state makes them differ).
std::string tie_text(const Contribution& c) {
  return std::to_string(c.count) + " " + c.sum.to_hex() + " " + (c.low_unbounded ? "n" : c.low.to_hex()) + " " +
         (c.high_unbounded ? "n" : c.high.to_hex()) + " " + format_number(c.min) + " " + format_number(c.max);
}

bool preferred(const Contribution& a, const Contribution& b) {
  if (a.article != b.article) return a.article < b.article;
  return tie_text(a) < tie_text(b);
}

// The column (in characters) of a 1-based byte position in `line`.
int column_of(std::string_view line, size_t byte) {
  if (byte == 0) return 1;
  return line_column(line, std::min(byte - 1, line.size())).column;
}

}  // namespace

Aggregator::Aggregator(AggregateOptions options) : options_(options) {}
Aggregator::~Aggregator() = default;
Aggregator::Aggregator(Aggregator&&) noexcept = default;
Aggregator& Aggregator::operator=(Aggregator&&) noexcept = default;

Status Aggregator::add_line(std::string_view line, const Location& where) {
  if (line.find_first_not_of(" \t\r\n") == std::string_view::npos) return {};
  ++counts_.lines;
  if (size_t at = json_too_deep_at(line, kMaxJsonDepth); at != std::string_view::npos) {
    ++counts_.failed;
    Location deep = where;
    deep.column = column_of(line, at + 1);
    return Error{ErrorCode::kParse,
                 "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels: not a solieu record", deep, ""};
  }
  json j;
  try {
    j = json::parse(line);
  } catch (const json::parse_error& e) {
    ++counts_.failed;
    std::string detail = e.what();
    const size_t colon = detail.find(": ");
    if (colon != std::string::npos) detail = detail.substr(colon + 2);
    Location at = where;
    at.column = column_of(line, e.byte);
    return Error{ErrorCode::kParse, "malformed JSON: " + detail, at, ""};
  }
  Status s;
  try {
    if (!j.is_object()) fail("not a JSON object");
    const json* format = member(j, "format");
    if (!format || !format->is_string()) fail("no \"format\": not a solieu record");
    const std::string f = format->get<std::string>();
    if (f == kRecordFormat || f == kQuantityFormat) {
      add_record(j, f == kRecordFormat);
    } else if (f == kPartialFormat) {
      if (!options_.merge) fail("a partial state (solieu.aggregate-partial/1), read only when merging (--merge)");
      add_partial(j);
    } else {
      fail("unknown format '" + f + "' (solieu.record/2, solieu.quantity/2 or solieu.aggregate-partial/1)");
    }
  } catch (const LineProblem& p) {
    s = Error{ErrorCode::kParse, p.message, where, ""};
  } catch (const json::exception& e) {  // not expected: every access is checked
    s = Error{ErrorCode::kParse, e.what(), where, ""};
  }
  if (!s) ++counts_.failed;
  return s;
}

// Throws LineProblem (before changing anything) when the line cannot be used.
void Aggregator::add_record(const json& j, bool nested) {
  if (nested) {
    auto a = std::make_unique<Article>();
    a->id = required_string(j, "id", "");
    a->title = optional_string(j, "title", "");
    if (const json* places = member(j, "places"); places && !places->is_null()) {
      if (!places->is_array()) fail("\"places\" is not an array");
      for (const json& p : *places) {
        if (!p.is_object()) fail("\"places\": an element is not an object");
        std::string code = optional_string(p, "code", "places: ").value_or("");
        if (!code.empty() && a->first_place.empty()) a->first_place = code;
      }
    }
    const json* qs = member(j, "quantities");
    if (!qs || !qs->is_array()) fail("\"quantities\" is missing or not an array");
    for (size_t i = 0; i < qs->size(); ++i) {
      const json& q = (*qs)[i];
      const std::string at = "quantity " + std::to_string(i + 1) + ": ";
      if (!q.is_object()) fail(at + "not an object");
      a->figures.push_back(read_figure(q, at));
    }
    end_input();  // a pending run of quantity lines comes first
    add_article(*a);
    return;
  }
  // One flat line: a figure of the article named by "article".
  std::string id = required_string(j, "article", "");
  std::optional<std::string> title = optional_string(j, "title", "");
  Figure f = read_figure(j, "");
  if (pending_ && pending_->id != id) end_input();
  if (!pending_) {
    pending_ = std::make_unique<Article>();
    pending_->id = std::move(id);
    pending_->title = std::move(title);
  }
  pending_->figures.push_back(std::move(f));
}

Status Aggregator::add_article(const ArticleFields& fields, const Location& where) {
  try {
    auto a = std::make_unique<Article>();
    a->id = fields.id;
    a->title = fields.title;
    for (const std::string& code : fields.place_codes)
      if (!code.empty()) {
        a->first_place = code;
        break;
      }
    for (size_t i = 0; i < fields.figures.size(); ++i)
      a->figures.push_back(make_figure(fields.figures[i], "quantity " + std::to_string(i + 1) + ": "));
    end_input();  // a pending run of quantity lines comes first
    add_article(*a);
  } catch (const LineProblem& p) {
    ++counts_.failed;
    return Error{ErrorCode::kParse, "article '" + fields.id + "': " + p.message, where, ""};
  }
  return {};
}

void Aggregator::end_input() {
  if (!pending_) return;
  std::unique_ptr<Article> a = std::move(pending_);
  add_article(*a);
}

void Aggregator::add_article(const Article& a) {
  ++counts_.articles;
  std::vector<std::string> places;
  bool any = false;
  for (const Figure& f : a.figures) {
    places.push_back(!f.place.empty() ? f.place : a.first_place);
    any = any || f.counted;
  }
  if (!any) return;
  const std::string hash = content_hash(a, places);
  std::map<GroupKey, Contribution> adds;
  for (size_t i = 0; i < a.figures.size(); ++i) {
    const Figure& f = a.figures[i];
    if (!f.counted) continue;
    ++counts_.figures;
    GroupKey key;
    if (options_.by.indicator) key.indicator = f.indicator;
    if (options_.by.place) key.place = places[i];
    if (options_.by.period) key.period = period_bucket(f.period_start, options_.bucket);
    if (options_.by.status) key.status = f.status;
    key.unit = f.unit_normalized;
    Contribution& c = adds[key];
    c.article = a.id;
    c.min = c.count == 0 ? f.point : std::min(c.min, f.point);
    c.max = c.count == 0 ? f.point : std::max(c.max, f.point);
    ++c.count;
    c.sum.add(f.point);
    if (f.bounds.low_unbounded) {
      c.low_unbounded = true;
      c.low = ExactSum{};
    } else if (!c.low_unbounded) {
      c.low.add(f.bounds.low);
    }
    if (f.bounds.high_unbounded) {
      c.high_unbounded = true;
      c.high = ExactSum{};
    } else if (!c.high_unbounded) {
      c.high.add(f.bounds.high);
    }
  }
  for (const auto& [key, c] : adds) add_contribution(key, hash, c);
}

void Aggregator::add_contribution(const GroupKey& key, const std::string& hash, const Contribution& c) {
  GroupState& state = groups_[key];
  auto [it, inserted] = state.try_emplace(hash, c);
  if (inserted) return;
  Contribution& kept = it->second;
  const uint64_t copies = kept.copies + c.copies + 1;
  if (preferred(c, kept)) kept = c;
  kept.copies = copies;
}

Status Aggregator::merge(const Aggregator& other) {
  if (!(other.options_.by == options_.by) || other.options_.bucket != options_.bucket)
    return Error{ErrorCode::kInvalidArgument, "cannot merge states grouped differently", {}, ""};
  for (const auto& [key, state] : other.groups_)
    for (const auto& [hash, c] : state) add_contribution(key, hash, c);
  counts_.lines += other.counts_.lines;
  counts_.articles += other.counts_.articles;
  counts_.partials += other.counts_.partials;
  counts_.figures += other.counts_.figures;
  counts_.failed += other.counts_.failed;
  return {};
}

void Aggregator::add_stream(std::istream& in, const std::string& name, std::vector<Error>& problems) {
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    Status s = add_line(line, Location{name, number, 0});
    if (!s) problems.push_back(s.error());
  }
  if (in.bad()) problems.push_back(Error{ErrorCode::kIo, "read error", Location{name, number, 0}, ""});
  end_input();
}

std::vector<GroupResult> Aggregator::results() const {
  std::vector<GroupResult> out;
  for (const auto& [key, state] : groups_) {
    GroupResult r;
    r.key = key;
    ExactSum sum, low, high;
    bool low_unbounded = false, high_unbounded = false, first = true;
    std::set<std::string> ids;
    for (const auto& [hash, c] : state) {
      r.count += c.count;
      r.copies += c.copies;
      sum.add(c.sum);
      if (c.low_unbounded) low_unbounded = true;
      else low.add(c.low);
      if (c.high_unbounded) high_unbounded = true;
      else high.add(c.high);
      r.min = first ? c.min : std::min(r.min, c.min);
      r.max = first ? c.max : std::max(r.max, c.max);
      first = false;
      ids.insert(c.article);
    }
    r.sum = sum.value();
    if (!low_unbounded) r.sum_low = low.value();
    if (!high_unbounded) r.sum_high = high.value();
    r.articles = ids.size();
    r.article_ids.assign(ids.begin(), ids.end());
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace solieu
