// Partial states: the aggregation state as JSON Lines, and back.
//
// One line per group, keys sorted:
//   {"entries":[{"article":"a.txt","copies":0,"count":2,"hash":"<32 hex>",
//                "high":"0x61a8p+0","low":"0x5p+2","max":12,"min":8,"sum":"0x5p+2"}, ...],
//    "format":"solieu.aggregate-partial/1",
//    "group":{"indicator":"road_length","period":"2024","place":"031","status":"achieved","unit":"m"},
//    "grouping":{"by":"indicator,place,period,status","period":"year"}}
// The sums are exact (ExactSum::to_hex); "low"/"high" are null when unbounded;
// "min"/"max" are numbers written so that they read back to the same double.
#include <ostream>
#include <set>

#include "aggregate/aggregate.h"
#include "aggregate/detail.h"

namespace solieu {

using namespace aggregate_detail;

namespace {

bool is_hash(std::string_view s) {
  if (s.size() != 32) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

uint64_t count_member(const json& object, const char* name, const std::string& where) {
  const json* v = member(object, name);
  if (!v || !v->is_number_unsigned()) fail(where + "\"" + name + "\" is missing or not a whole number >= 0");
  return v->get<uint64_t>();
}

ExactSum exact_member(const json& object, const char* name, const std::string& where) {
  const std::string text = required_string(object, name, where);
  std::optional<ExactSum> s = ExactSum::from_hex(text);
  if (!s) fail(where + "\"" + name + "\" is not an exact sum (\"0x<hex>p<+|-><exponent>\")");
  return *s;
}

// A bound sum, or null for unbounded.
void bound_member(const json& object, const char* name, const std::string& where, ExactSum& sum, bool& unbounded) {
  const json* v = member(object, name);
  if (!v) fail(where + "\"" + name + "\" is missing");
  unbounded = v->is_null();
  if (!unbounded) sum = exact_member(object, name, where);
}

double number_member(const json& object, const char* name, const std::string& where) {
  std::optional<double> v = optional_number(object, name, where);
  if (!v) fail(where + "\"" + name + "\" is missing");
  return *v;
}

std::string bound_json(const ExactSum& sum, bool unbounded) {
  return unbounded ? "null" : json_string(sum.to_hex());
}

}  // namespace

// Throws LineProblem (before changing anything) when the line cannot be used.
void Aggregator::add_partial(const json& j) {
  const json* grouping = optional_object(j, "grouping", "");
  if (!grouping) fail("\"grouping\" is missing");
  const std::string by = required_string(*grouping, "by", "grouping: ");
  const std::string period = required_string(*grouping, "period", "grouping: ");
  const std::string our_by = group_by_text(options_.by);
  const std::string our_period(period_bucket_name(options_.bucket));
  if (by != our_by || period != our_period)
    fail("a partial state grouped by \"" + by + "\" per " + period + ", but this run groups by \"" + our_by +
         "\" per " + our_period + " (give the same --by and --period)");

  const json* group = optional_object(j, "group", "");
  if (!group) fail("\"group\" is missing");
  GroupKey key;
  std::set<std::string> known{"unit"};
  auto key_field = [&](bool on, const char* name, std::string& out) {
    if (on) {
      out = required_string(*group, name, "group: ");
      known.insert(name);
    }
  };
  key_field(options_.by.indicator, "indicator", key.indicator);
  key_field(options_.by.place, "place", key.place);
  key_field(options_.by.period, "period", key.period);
  key_field(options_.by.status, "status", key.status);
  key.unit = required_string(*group, "unit", "group: ");
  for (auto it = group->begin(); it != group->end(); ++it)
    if (!known.count(it.key())) fail("group: \"" + it.key() + "\" is not a field grouped by");

  const json* entries = member(j, "entries");
  if (!entries || !entries->is_array() || entries->empty()) fail("\"entries\" is missing, empty or not an array");
  std::vector<std::pair<std::string, Contribution>> read;
  for (size_t i = 0; i < entries->size(); ++i) {
    const json& e = (*entries)[i];
    const std::string at = "entry " + std::to_string(i + 1) + ": ";
    if (!e.is_object()) fail(at + "not an object");
    std::string hash = required_string(e, "hash", at);
    if (!is_hash(hash)) fail(at + "\"hash\" is not 32 lower-case hex digits");
    Contribution c;
    c.article = required_string(e, "article", at);
    c.copies = count_member(e, "copies", at);
    c.count = count_member(e, "count", at);
    if (c.count == 0) fail(at + "\"count\" is 0");
    c.sum = exact_member(e, "sum", at);
    bound_member(e, "low", at, c.low, c.low_unbounded);
    bound_member(e, "high", at, c.high, c.high_unbounded);
    c.min = number_member(e, "min", at);
    c.max = number_member(e, "max", at);
    if (c.min > c.max) fail(at + "\"min\" is above \"max\"");
    read.emplace_back(std::move(hash), std::move(c));
  }
  ++counts_.partials;
  for (const auto& [hash, c] : read) add_contribution(key, hash, c);
}

void Aggregator::write_partial(std::ostream& out) const {
  const std::string grouping = ObjectText()
                                   .string("by", group_by_text(options_.by))
                                   .string("period", period_bucket_name(options_.bucket))
                                   .text();
  for (const auto& [key, state] : groups_) {
    std::string entries = "[";
    for (const auto& [hash, c] : state) {
      if (entries.size() > 1) entries += ',';
      entries += ObjectText()
                     .string("article", c.article)
                     .count("copies", c.copies)
                     .count("count", c.count)
                     .string("hash", hash)
                     .raw("high", bound_json(c.high, c.high_unbounded))
                     .raw("low", bound_json(c.low, c.low_unbounded))
                     .number("max", c.max)
                     .number("min", c.min)
                     .string("sum", c.sum.to_hex())
                     .text();
    }
    entries += ']';
    ObjectText group;
    add_key_fields(group, key, options_.by);
    out << ObjectText()
               .raw("entries", entries)
               .string("format", kPartialFormat)
               .raw("group", group.text())
               .raw("grouping", grouping)
               .text()
        << '\n';
  }
}

}  // namespace solieu
