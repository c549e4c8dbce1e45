// solieu aggregate: small record sets in, groups out; partial states merged
// in any sharding give the bytes of one pass; the writers; bad lines.
#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "aggregate/aggregate.h"
#include "cli/cli_support.h"

using namespace solieu;
using json = nlohmann::json;

// The figures below are designated initializers that name only what matters.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

// One figure of a test record. `value` is as written in `unit`; `normalized`
// (in `unit_normalized`) defaults to the same.
struct Fig {
  std::string indicator;
  double value = 0;
  std::string unit = "km";
  std::string qualifier = "exact";
  std::string status = "achieved";
  std::string period = "2024-01-01";  // its start; "" for none
  std::string place;                   // its code; "" for none
  std::optional<double> normalized;
  std::string unit_normalized;
  std::optional<double> low, high;
  std::string dimension = "length";
  std::string text;  // default: "<value> <unit>"
};

json quantity(const Fig& f) {
  json q;
  q["text"] = f.text.empty() ? json(f.value).dump() + " " + f.unit : f.text;
  q["start"] = 0;
  q["end"] = 1;
  q["value"] = f.value;
  q["unit"] = f.unit;
  q["dimension"] = f.dimension;
  q["normalized"] = {{"value", f.normalized.value_or(f.value)},
                     {"unit", f.unit_normalized.empty() ? f.unit : f.unit_normalized}};
  q["qualifier"] = f.qualifier;
  if (f.low) q["low"] = *f.low;
  if (f.high) q["high"] = *f.high;
  q["indicator"] = f.indicator.empty() ? json(nullptr) : json(f.indicator);
  q["status"] = f.status.empty() ? json(nullptr) : json(f.status);
  q["period"] = f.period.empty() ? json(nullptr) : json{{"start", f.period}, {"end", f.period}, {"text", "x"}};
  q["place"] = f.place.empty() ? json(nullptr) : json{{"text", "x"}, {"name", "X"}, {"type", "huyện"}, {"code", f.place}};
  return q;
}

// A solieu.record/2 line.
std::string record(const std::string& id, const std::vector<Fig>& figs, const std::string& title = "T",
                   const std::vector<std::string>& places = {}) {
  json r{{"format", "solieu.record/2"}, {"id", id}, {"source", id}, {"title", title}};
  r["places"] = json::array();
  for (const std::string& code : places)
    r["places"].push_back({{"text", "x"}, {"type", "huyện"}, {"code", code.empty() ? json(nullptr) : json(code)}});
  r["quantities"] = json::array();
  for (const Fig& f : figs) r["quantities"].push_back(quantity(f));
  return r.dump();
}

// The solieu.quantity/2 lines of the same article.
std::vector<std::string> flat_lines(const std::string& id, const std::vector<Fig>& figs, const std::string& title = "T") {
  std::vector<std::string> out;
  for (const Fig& f : figs) {
    json q = quantity(f);
    q["format"] = "solieu.quantity/2";
    q["article"] = id;
    q["title"] = title;
    out.push_back(q.dump());
  }
  return out;
}

Aggregator run(const std::vector<std::string>& lines, AggregateOptions options = {}) {
  Aggregator agg(options);
  std::istringstream in([&] {
    std::string all;
    for (const std::string& l : lines) all += l + "\n";
    return all;
  }());
  std::vector<Error> problems;
  agg.add_stream(in, "test.jsonl", problems);
  for (const Error& e : problems) FAIL_CHECK(e.to_string());
  return agg;
}

std::string jsonl(const Aggregator& agg) {
  std::ostringstream out;
  write_jsonl(agg.results(), agg.options().by, out);
  return out.str();
}

std::string partial(const Aggregator& agg) {
  std::ostringstream out;
  agg.write_partial(out);
  return out.str();
}

const GroupResult* find(const std::vector<GroupResult>& rs, const std::string& indicator, const std::string& unit = "") {
  for (const GroupResult& r : rs)
    if (r.key.indicator == indicator && (unit.empty() || r.key.unit == unit)) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("aggregate: a sum of qualified figures is an interval", "[aggregate]") {
  // "trên 25 km" + "gần 3 km": [25000 + 2700, +inf), point 28000.
  Aggregator agg = run({record("a", {{.indicator = "road_length", .value = 25, .qualifier = "more_than",
                                      .normalized = 25000, .unit_normalized = "m"},
                                     {.indicator = "road_length", .value = 3, .qualifier = "nearly",
                                      .normalized = 3000, .unit_normalized = "m"}})});
  auto rs = agg.results();
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].count == 2);
  CHECK(rs[0].sum == 28000);
  CHECK(rs[0].sum_low == 27700);
  CHECK_FALSE(rs[0].sum_high);
  CHECK(rs[0].min == 3000);
  CHECK(rs[0].max == 25000);
  CHECK(jsonl(agg) ==
        "{\"article_ids\":[\"a\"],\"articles\":1,\"copies\":0,\"count\":2,\"indicator\":\"road_length\",\"max\":25000,"
        "\"min\":3000,\"period\":\"2024\",\"place\":\"\",\"status\":\"achieved\",\"sum\":28000,\"sum_high\":null,"
        "\"sum_low\":27700,\"unit\":\"m\"}\n");
}

TEST_CASE("aggregate: each qualifier's bounds, summed", "[aggregate]") {
  struct Case {
    Fig fig;
    std::optional<double> low, high;
  };
  const std::vector<Case> cases = {
      {{.indicator = "x", .value = 10}, 10, 10},
      {{.indicator = "x", .value = 10, .qualifier = "nearly"}, 9, 10},
      {{.indicator = "x", .value = 10, .qualifier = "approximately"}, 9, 11},
      {{.indicator = "x", .value = 10, .qualifier = "more_than"}, 10, std::nullopt},
      {{.indicator = "x", .value = 10, .qualifier = "at_least"}, 10, std::nullopt},
      {{.indicator = "x", .value = 10, .qualifier = "less_than"}, 0, 10},
      {{.indicator = "x", .value = 10, .qualifier = "at_most"}, 0, 10},
      {{.indicator = "x", .value = 10, .unit = "%", .qualifier = "less_than", .dimension = "percent"}, std::nullopt, 10},
      {{.indicator = "x", .value = 10, .qualifier = "range", .low = 10, .high = 12}, 10, 12},
      // "từ 250 đến 400 mm": low and high as written, brought to metres as the value was.
      {{.indicator = "x", .value = 250, .unit = "mm", .qualifier = "range", .normalized = 0.25, .unit_normalized = "m",
        .low = 250, .high = 400},
       0.25, 0.4},
      // "hàng nghìn ngày công": a vague amount.
      {{.indicator = "x", .value = 1000, .unit = "ngày công", .qualifier = "approximately", .low = 1000, .high = 9999,
        .dimension = "count"},
       1000, 9999},
  };
  for (const Case& c : cases) {
    INFO(c.fig.qualifier << " " << c.fig.value << " " << c.fig.unit);
    // Twice in one article: the bounds add up.
    auto rs = run({record("a", {c.fig, c.fig})}).results();
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].count == 2);
    CHECK(rs[0].sum_low.has_value() == c.low.has_value());
    CHECK(rs[0].sum_high.has_value() == c.high.has_value());
    if (c.low) CHECK(*rs[0].sum_low == Approx(2 * *c.low).epsilon(1e-15));
    if (c.high) CHECK(*rs[0].sum_high == Approx(2 * *c.high).epsilon(1e-15));
  }
}

TEST_CASE("aggregate: groups by indicator, place, period bucket, status and unit", "[aggregate]") {
  const std::vector<std::string> lines = {
      record("a",
             {{.indicator = "road_length", .value = 1, .period = "2024-02-01", .place = "031"},
              {.indicator = "road_length", .value = 2, .period = "2024-05-01", .place = "031"},
              {.indicator = "road_length", .value = 4, .status = "target", .period = "2024-05-01", .place = "031"},
              {.indicator = "road_length", .value = 8, .unit = "m", .period = "2024-05-01", .place = "031"},
              {.indicator = "road_length", .value = 16, .period = "2023-12-31", .place = "031"},
              {.indicator = "", .value = 32, .period = "2024-05-01", .place = "031"},  // no indicator: not counted
              {.indicator = "road_length", .value = 64, .period = "", .place = ""}},
             "T", {"", "026"}),  // the article's first place with a code: 026
  };
  SECTION("per year") {
    auto rs = run(lines).results();
    std::vector<std::string> keys;
    for (const auto& r : rs)
      keys.push_back(r.key.indicator + "|" + r.key.place + "|" + r.key.period + "|" + r.key.status + "|" +
                     r.key.unit + "=" + format_number(r.sum));
    CHECK(keys == std::vector<std::string>{
                      "road_length|026||achieved|km=64",
                      "road_length|031|2023|achieved|km=16",
                      "road_length|031|2024|achieved|km=3",
                      "road_length|031|2024|achieved|m=8",  // units kept apart
                      "road_length|031|2024|target|km=4",
                  });
  }
  SECTION("per month") {
    auto rs = run(lines, {.bucket = PeriodBucket::kMonth}).results();
    std::vector<std::string> periods;
    for (const auto& r : rs) periods.push_back(r.key.period);
    CHECK(periods == std::vector<std::string>{"", "2023-12", "2024-02", "2024-05", "2024-05", "2024-05"});
  }
  SECTION("per quarter, by period only") {
    AggregateOptions o;
    o.by = *parse_group_by("period");
    o.bucket = PeriodBucket::kQuarter;
    Aggregator agg = run(lines, o);
    CHECK(jsonl(agg) ==
          "{\"article_ids\":[\"a\"],\"articles\":1,\"copies\":0,\"count\":1,\"max\":64,\"min\":64,\"period\":\"\","
          "\"sum\":64,\"sum_high\":64,\"sum_low\":64,\"unit\":\"km\"}\n"
          "{\"article_ids\":[\"a\"],\"articles\":1,\"copies\":0,\"count\":1,\"max\":16,\"min\":16,\"period\":\"2023-Q4\","
          "\"sum\":16,\"sum_high\":16,\"sum_low\":16,\"unit\":\"km\"}\n"
          "{\"article_ids\":[\"a\"],\"articles\":1,\"copies\":0,\"count\":1,\"max\":1,\"min\":1,\"period\":\"2024-Q1\","
          "\"sum\":1,\"sum_high\":1,\"sum_low\":1,\"unit\":\"km\"}\n"
          "{\"article_ids\":[\"a\"],\"articles\":1,\"copies\":0,\"count\":2,\"max\":4,\"min\":2,\"period\":\"2024-Q2\","
          "\"sum\":6,\"sum_high\":6,\"sum_low\":6,\"unit\":\"km\"}\n"
          "{\"article_ids\":[\"a\"],\"articles\":1,\"copies\":0,\"count\":1,\"max\":8,\"min\":8,\"period\":\"2024-Q2\","
          "\"sum\":8,\"sum_high\":8,\"sum_low\":8,\"unit\":\"m\"}\n");
  }
}

TEST_CASE("aggregate: syndicated copies are counted once, the first id kept", "[aggregate]") {
  const std::vector<Fig> figs = {{.indicator = "road_length", .value = 5}, {.indicator = "participants", .value = 300,
                                                                            .unit = "người", .dimension = "count"}};
  const std::vector<Fig> other = {{.indicator = "road_length", .value = 7}};
  Aggregator agg = run({
      record("site-b/1", figs),
      record("site-a/9", figs),           // a copy, with a smaller id: it is the one kept
      record("site-c/2", figs, "T"),      // another copy
      record("site-a/9", figs),           // the same record again
      record("site-d/4", figs, "Other"),  // another title: not a copy
      record("site-e/5", other),
  });
  auto rs = agg.results();
  const GroupResult* road = find(rs, "road_length");
  REQUIRE(road);
  CHECK(road->count == 3);  // 5 (site-a/9), 5 (site-d/4), 7
  CHECK(road->sum == 17);
  CHECK(road->copies == 3);
  CHECK(road->articles == 3);
  CHECK(road->article_ids == std::vector<std::string>{"site-a/9", "site-d/4", "site-e/5"});
  const GroupResult* people = find(rs, "participants");
  REQUIRE(people);
  CHECK(people->sum == 600);
  CHECK(people->article_ids == std::vector<std::string>{"site-a/9", "site-d/4"});
}

TEST_CASE("aggregate: one article's flat lines count as its nested record", "[aggregate]") {
  const std::vector<Fig> a = {{.indicator = "road_length", .value = 5, .place = "031"},
                              {.indicator = "", .value = 2024, .unit = "", .dimension = "date"},
                              {.indicator = "road_length", .value = 0.5, .qualifier = "approximately", .place = "031"}};
  const std::vector<Fig> b = {{.indicator = "participants", .value = 12, .unit = "người", .dimension = "count"}};
  std::vector<std::string> flat = flat_lines("a", a);
  for (const std::string& l : flat_lines("b", b)) flat.push_back(l);
  for (const std::string& l : flat_lines("a-copy", a)) flat.push_back(l);
  const std::string nested = jsonl(run({record("a", a), record("b", b), record("a-copy", a)}));
  CHECK(jsonl(run(flat)) == nested);
  CHECK_THAT(nested, Catch::Contains("\"copies\":1"));
}

TEST_CASE("aggregate: partial states merged in any sharding give the bytes of one pass", "[aggregate][merge]") {
  std::mt19937 rng(6);
  const std::vector<std::string> indicators = {"road_length", "funds_mobilized", "participants"};
  const std::vector<std::string> qualifiers = {"exact", "nearly", "approximately", "more_than", "at_least",
                                               "less_than", "at_most", "range"};
  const std::vector<double> values = {0.1, 0.2, 0.3, 1e-3, 2.5, 7, 1234.5678, 1e15, 3.3e9, 1e17};
  auto pick = [&](const auto& v) { return v[rng() % v.size()]; };
  std::vector<std::string> lines;
  for (int article = 0; article < 60; ++article) {
    std::vector<Fig> figs;
    const int n = 1 + static_cast<int>(rng() % 5);
    for (int i = 0; i < n; ++i) {
      Fig f{.indicator = pick(indicators), .value = pick(values), .qualifier = pick(qualifiers)};
      f.status = rng() % 3 == 0 ? "" : rng() % 2 ? "achieved" : "target";
      f.period = "202" + std::to_string(rng() % 3) + "-0" + std::to_string(1 + rng() % 9) + "-01";
      f.place = rng() % 4 == 0 ? "" : "0" + std::to_string(10 + rng() % 3);
      f.unit = rng() % 5 == 0 ? "m" : "km";
      if (f.qualifier == "range") {
        f.low = f.value;
        f.high = f.value * 3;
      }
      figs.push_back(f);
    }
    const std::string id = "art-" + std::to_string(rng() % 1000);
    lines.push_back(record(id, figs, "title " + std::to_string(article)));
    if (rng() % 3 == 0) lines.push_back(record("copy-" + std::to_string(article), figs, "title " + std::to_string(article)));
  }
  for (const AggregateOptions& options :
       {AggregateOptions{}, AggregateOptions{.by = *parse_group_by("indicator,status"), .bucket = PeriodBucket::kMonth}}) {
    const Aggregator whole = run(lines, options);
    const std::string expected = jsonl(whole);
    REQUIRE(!expected.empty());
    for (int trial = 0; trial < 12; ++trial) {
      std::vector<std::string> shuffled = lines;
      std::shuffle(shuffled.begin(), shuffled.end(), rng);
      const size_t shards = 1 + rng() % 7;
      std::vector<std::vector<std::string>> parts(shards);
      for (const std::string& l : shuffled) parts[rng() % shards].push_back(l);
      // Each shard's partial state, then all of them merged, in a random order.
      std::vector<std::string> partial_lines;
      for (const auto& part : parts) {
        std::istringstream in(partial(run(part, options)));
        for (std::string l; std::getline(in, l);) partial_lines.push_back(l);
      }
      std::shuffle(partial_lines.begin(), partial_lines.end(), rng);
      AggregateOptions merging = options;
      merging.merge = true;
      const Aggregator merged = run(partial_lines, merging);
      INFO("trial " << trial << ", " << shards << " shards");
      CHECK(jsonl(merged) == expected);
      CHECK(partial(merged) == partial(whole));
      // The same through merge().
      Aggregator combined(options);
      for (const auto& part : parts) REQUIRE(combined.merge(run(part, options)));
      CHECK(jsonl(combined) == expected);
    }
  }
}

TEST_CASE("aggregate: a partial state is read only when merging, and only as it was grouped", "[aggregate][merge]") {
  const std::string line = partial(run({record("a", {{.indicator = "road_length", .value = 5}})}));
  Aggregator plain(AggregateOptions{});
  Status s = plain.add_line(line, {"p.jsonl", 1, 0});
  REQUIRE_FALSE(s);
  CHECK_THAT(s.error().message, Catch::Contains("--merge"));

  Aggregator monthly({.bucket = PeriodBucket::kMonth, .merge = true});
  s = monthly.add_line(line, {"p.jsonl", 1, 0});
  REQUIRE_FALSE(s);
  CHECK_THAT(s.error().message, Catch::Contains("per year") && Catch::Contains("per month"));

  Aggregator merging({.merge = true});
  CHECK(merging.add_line(line, {"p.jsonl", 1, 0}));
  CHECK(merging.results().size() == 1);
  for (const char* bad : {R"({"format":"solieu.aggregate-partial/1"})",
                          R"({"entries":[],"format":"solieu.aggregate-partial/1","group":{"unit":"m"},"grouping":{"by":"indicator,place,period,status","period":"year"}})"}) {
    INFO(bad);
    CHECK_FALSE(merging.add_line(bad, {"p.jsonl", 2, 0}));
  }
}

TEST_CASE("aggregate: CSV quotes as RFC 4180 says", "[aggregate][csv]") {
  GroupResult g;
  g.key = {"road_length", "031", "2024", "", "m, \"paved\""};
  g.count = 2;
  g.articles = 2;
  g.sum = 1.5;
  g.sum_low = 1.25;
  g.min = 0.5;
  g.max = 1;
  g.article_ids = {"a,1", "b\"2"};
  std::ostringstream out;
  write_csv({g}, GroupBy{}, out);
  CHECK(out.str() ==
        "indicator,place,period,status,unit,count,articles,sum,sum_low,sum_high,min,max,copies,article_ids\r\n"
        "road_length,031,2024,,\"m, \"\"paved\"\"\",2,2,1.5,1.25,,0.5,1,0,\"[\"\"a,1\"\",\"\"b\\\"\"2\"\"]\"\r\n");
}

TEST_CASE("aggregate: the table is aligned", "[aggregate][table]") {
  GroupResult a;
  a.key = {"participants", "031", "2024", "achieved", "lượt người"};
  a.count = 12;
  a.articles = 3;
  a.sum = 14000;
  a.sum_low = 12600;
  a.min = 100;
  a.max = 9000;
  GroupResult b;
  b.key = {"road_length", "", "2024", "", "m"};
  b.count = 1;
  b.articles = 1;
  b.sum = 2.5;
  b.sum_high = 2.5;
  b.min = 2.5;
  b.max = 2.5;
  std::ostringstream out;
  write_table({a, b}, *parse_group_by("indicator,place,status"), out);
  CHECK(out.str() ==
        "indicator     place  status    unit        count  articles    sum  sum_low  sum_high  min   max  copies\n"
        "------------  -----  --------  ----------  -----  --------  -----  -------  --------  ---  ----  ------\n"
        "participants  031    achieved  lượt người     12         3  14000    12600      +inf  100  9000       0\n"
        "road_length   -      -         m               1         1    2.5     -inf       2.5  2.5   2.5       0\n");
}

TEST_CASE("aggregate: a bad line is an error at file:line, and the others are used", "[aggregate][errors]") {
  const std::string good1 = record("a", {{.indicator = "road_length", .value = 5}});
  const std::string good2 = record("b", {{.indicator = "road_length", .value = 7}});
  json wrong_type = json::parse(record("c", {{.indicator = "road_length", .value = 1}}));
  wrong_type["quantities"][0]["normalized"]["value"] = "lots";
  json unknown_qualifier = json::parse(record("d", {{.indicator = "road_length", .value = 1}}));
  unknown_qualifier["quantities"][0]["qualifier"] = "roughly";
  const std::string input = good1 + "\n" + R"({"format": "solieu.record/2", "id": )" + "\n\n" + wrong_type.dump() +
                            "\n" + R"({"format":"solieu.record/9"})" + "\n" + unknown_qualifier.dump() + "\n[1]\n" +
                            good2 + "\n";
  Aggregator agg(AggregateOptions{});
  std::istringstream in(input);
  std::vector<Error> problems;
  agg.add_stream(in, "in.jsonl", problems);
  REQUIRE(problems.size() == 5);
  CHECK_THAT(problems[0].to_string(), Catch::StartsWith("in.jsonl:2:") && Catch::Contains("malformed JSON"));
  CHECK(problems[0].where.column > 1);
  CHECK_THAT(problems[1].to_string(),
             Catch::StartsWith("in.jsonl:4: ") && Catch::Contains("quantity 1: normalized: \"value\" is not a number"));
  CHECK_THAT(problems[2].to_string(), Catch::StartsWith("in.jsonl:5: ") && Catch::Contains("solieu.record/9"));
  CHECK_THAT(problems[3].to_string(), Catch::StartsWith("in.jsonl:6: ") && Catch::Contains("roughly"));
  CHECK_THAT(problems[4].to_string(), Catch::StartsWith("in.jsonl:7: ") && Catch::Contains("not a JSON object"));
  CHECK(agg.counts().failed == 5);
  auto rs = agg.results();
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].sum == 12);
  CHECK(rs[0].article_ids == std::vector<std::string>{"a", "b"});
}

TEST_CASE("aggregate: the command reports bad lines and exits 1", "[aggregate][cli]") {
  using namespace solieu::test;
  TempDir tmp;
  tmp.write("a.jsonl", record("a", {{.indicator = "road_length", .value = 5}}) + "\nnot json\n" +
                           record("b", {{.indicator = "road_length", .value = 7}}) + "\n");
  RunResult r = run_solieu(tmp.path(), "aggregate a.jsonl");
  INFO(r.command << "\n" << r.err);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("solieu: a.jsonl:2:") && Catch::Contains("malformed JSON"));
  CHECK_THAT(r.out, Catch::Contains("\"article_ids\":[\"a\",\"b\"]") && Catch::Contains("\"sum\":12"));

  RunResult ok = run_solieu(tmp.path(), "aggregate -q --format table -", "printf '%s\\n' " + quote(record("a", {{.indicator = "x", .value = 1}})));
  CHECK(ok.exit_code == 0);
  CHECK(ok.err.empty());
  CHECK_THAT(ok.out, Catch::StartsWith("indicator  place  period  status"));

  CHECK(run_solieu(tmp.path(), "aggregate --period week a.jsonl").exit_code == 2);
  CHECK(run_solieu(tmp.path(), "aggregate --by unit a.jsonl").exit_code == 2);
  CHECK(run_solieu(tmp.path(), "aggregate --partial --format csv a.jsonl").exit_code == 2);
  RunResult missing = run_solieu(tmp.path(), "aggregate a.jsonl nowhere.jsonl -o out.jsonl");
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Contains("nowhere.jsonl: No such file"));
  CHECK_THAT(read_file(tmp / "out.jsonl"), Catch::Contains("\"sum\":12"));
}
