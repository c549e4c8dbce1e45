// record_json: the wire format (solieu.record/2), read back with
// nlohmann::json. Offsets are checked against the input as given, through
// the real Normalizer, and over the real Extractor and patterns.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include "extract/extractor.h"
#include "extract/pattern_set.h"
#include "normalize/normalizer.h"
#include "record/record.h"

using namespace solieu;
using json = nlohmann::json;

namespace {

// One article's record in the nested shape, without its newline.
std::string record_json_line(const Article& a, const NormalizedText& n, const std::vector<Quantity>& qs) {
  static const std::vector<Place> no_places;
  static const std::optional<Period> no_period;
  std::string out = record_json({a, n, qs, no_places, no_period}, RecordShape::kArticles);
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

const Normalizer& normalizer() {
  static const Normalizer n;
  return n;
}

const PatternSet& patterns() {
  static const PatternSet set = [] {
    auto s = PatternSet::load(std::string(SOLIEU_SOURCE_DIR) + "/patterns/vi", normalizer());
    if (!s) {
      std::fprintf(stderr, "%s\n", s.error().to_string_with_caret().c_str());
      std::abort();
    }
    return std::move(*s);
  }();
  return set;
}

// Printable bytes for failure messages.
std::string show(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    }
  }
  return out + "\"";
}

Article article(std::string text, std::string id = "a1") {
  Article a;
  a.id = std::move(id);
  a.source = "corpus/a1.txt";
  a.text = std::move(text);
  return a;
}

// A count figure over the first occurrence of `figure` in the normalized text.
Quantity count_at(const NormalizedText& n, const std::string& figure, double value, const std::string& unit) {
  size_t at = n.text.find(figure);
  if (at == std::string::npos) FAIL("figure " << show(figure) << " not in " << show(n.text));
  Quantity q;
  q.span = {at, at + figure.size()};
  q.dimension = "count";
  q.value = value;
  q.unit = unit;
  q.normalized_value = value;
  q.normalized_unit = unit;
  q.pattern = "count.known";
  q.sentence = 0;
  return q;
}

json record(const Article& a, const NormalizedText& n, const std::vector<Quantity>& qs) {
  std::string line = record_json_line(a, n, qs);
  INFO(line);
  REQUIRE(line.find('\n') == std::string::npos);
  return json::parse(line);
}

}  // namespace

TEST_CASE("record: the top-level keys", "[record]") {
  Article a = article("Xã đã xây 37 nhà tắm.");
  a.published = "06/06/2024 10:12";
  NormalizedText n = normalizer().normalize(a.text);
  json r = record(a, n, {count_at(n, "37 nhà tắm", 37, "nhà tắm")});

  CHECK(r["format"] == "solieu.record/2");
  CHECK(r["format"] == kRecordFormat);
  CHECK(r["id"] == "a1");
  CHECK(r["source"] == "corpus/a1.txt");
  CHECK(r["title"].is_null());  // empty title
  CHECK(r["published"] == "2024-06-06T10:12:00+07:00");
  CHECK_FALSE(r.contains("url"));  // only when there is one
  CHECK(r["encoding"] == "UTF-8");
  CHECK_FALSE(r.contains("invalid_bytes"));
  REQUIRE(r["quantities"].is_array());
  REQUIRE(r["quantities"].size() == 1);

  const json& q = r["quantities"][0];
  CHECK(q["text"] == "37 nhà tắm");
  CHECK(q["start"] == a.text.find("37"));
  CHECK(q["end"] == a.text.find("37") + std::string("37 nhà tắm").size());
  CHECK(q["value"] == 37);
  CHECK(q["unit"] == "nhà tắm");
  CHECK(q["dimension"] == "count");
  CHECK(q["normalized"] == json{{"value", 37}, {"unit", "nhà tắm"}});
  CHECK(q["qualifier"] == "exact");
  CHECK(q["indicator"].is_null());
  CHECK(q["status"].is_null());
  CHECK(q["pattern"] == "count.known");
  CHECK(q["sentence"] == 0);
  for (const char* absent : {"low", "high", "of", "flags", "alternative"}) {
    INFO(absent);
    CHECK_FALSE(q.contains(absent));
  }
}

TEST_CASE("record: title, url and an article without figures", "[record]") {
  Article a = article("Không có số liệu.");
  a.title = "Tiêu đề bài viết";
  a.url = "https://example.vn/bai-viet";
  NormalizedText n = normalizer().normalize(a.text);
  json r = record(a, n, {});
  CHECK(r["title"] == "Tiêu đề bài viết");
  CHECK(r["url"] == "https://example.vn/bai-viet");
  CHECK(r["published"].is_null());  // none given
  CHECK(r["quantities"] == json::array());
}

TEST_CASE("record: published dates are normalized to ISO 8601", "[record]") {
  struct Row {
    std::optional<std::string> given;
    std::optional<std::string> want;
  };
  const std::vector<Row> rows = {
      {"06/06/2024 10:12", "2024-06-06T10:12:00+07:00"},
      {"6-6-2024", "2024-06-06"},
      {"06/06/2024", "2024-06-06"},
      {"2024-06-06", "2024-06-06"},
      {"2024-06-06 10:12:30", "2024-06-06T10:12:30+07:00"},
      {"2024-06-06T10:12:00+07:00", "2024-06-06T10:12:00+07:00"},
      {"2024-06-06T03:12:00Z", "2024-06-06T03:12:00Z"},
      {"Thứ năm, 06/06/2024 10:12", "2024-06-06T10:12:00+07:00"},
      {"không rõ", std::nullopt},
      {"", std::nullopt},
      {"32/13/2024", std::nullopt},
      {std::nullopt, std::nullopt},
  };
  for (const Row& row : rows) {
    INFO("published " << (row.given ? show(*row.given) : "(none)"));
    Article a = article("x");
    a.published = row.given;
    NormalizedText n = normalizer().normalize(a.text);
    json r = record(a, n, {});
    if (row.want)
      CHECK(r["published"] == *row.want);
    else
      CHECK(r["published"].is_null());
  }
}

TEST_CASE("record: whole numbers are JSON integers, others doubles", "[record]") {
  Article a = article("đổ 2.800 mét đường");
  NormalizedText n = normalizer().normalize(a.text);
  struct Row {
    double value;
    bool integer;
    std::string spelled;  // as it must appear in the line
  };
  const std::vector<Row> rows = {
      {2800, true, "2800"},
      {0, true, "0"},
      {-1200000, true, "-1200000"},
      {1265000000000.0, true, "1265000000000"},
      {2.5, false, "2.5"},
      {0.001, false, "0.001"},
      {-0.5, false, "-0.5"},
  };
  for (const Row& row : rows) {
    INFO("value " << row.spelled);
    Quantity q = count_at(n, "2.800 mét", row.value, "m");
    q.normalized_value = row.value;
    const std::string line = record_json_line(a, n, {q});
    json r = json::parse(line);
    const json& v = r["quantities"][0]["value"];
    CHECK(v.is_number_integer() == row.integer);
    CHECK(v.is_number_float() == !row.integer);
    CHECK(v.get<double>() == row.value);
    CHECK(r["quantities"][0]["normalized"]["value"].is_number_integer() == row.integer);
    CHECK_THAT(line, Catch::Contains("\"value\":" + row.spelled + ","));
    if (row.integer) CHECK_THAT(line, !Catch::Contains("\"value\":" + row.spelled + ".0"));
  }
  SECTION("no value is null") {
    Quantity q = count_at(n, "2.800 mét", 0, "m");
    q.value.reset();
    q.normalized_value.reset();
    q.unit.clear();
    q.normalized_unit.clear();
    json r = record(a, n, {q});
    CHECK(r["quantities"][0]["value"].is_null());
    CHECK(r["quantities"][0]["unit"].is_null());
    CHECK(r["quantities"][0]["normalized"] == json{{"value", nullptr}, {"unit", nullptr}});
  }
}

TEST_CASE("record: low, high, of, flags and alternative only when set", "[record]") {
  Article a = article("từ 50-60 hộ, 15/19 xã, 1,500 người");
  NormalizedText n = normalizer().normalize(a.text);

  Quantity range = count_at(n, "50-60 hộ", 50, "hộ");
  range.low = 50;
  range.high = 60;
  range.qualifier = "range";
  Quantity fraction = count_at(n, "15/19 xã", 15, "xã");
  fraction.of = 19;
  Quantity flagged = count_at(n, "1,500 người", 1.5, "người");
  flagged.no_diacritics = true;
  flagged.ambiguous_separator = true;
  flagged.alternative = 1500;
  Quantity one_flag = count_at(n, "15/19 xã", 15, "xa");
  one_flag.no_diacritics = true;

  json r = record(a, n, {range, fraction, flagged, one_flag});
  REQUIRE(r["quantities"].size() == 4);
  const json& q0 = r["quantities"][0];
  CHECK(q0["low"] == 50);
  CHECK(q0["low"].is_number_integer());
  CHECK(q0["high"] == 60);
  CHECK(q0["qualifier"] == "range");
  CHECK_FALSE(q0.contains("of"));
  CHECK_FALSE(q0.contains("flags"));
  const json& q1 = r["quantities"][1];
  CHECK(q1["of"] == 19);
  CHECK(q1["of"].is_number_integer());
  CHECK_FALSE(q1.contains("low"));
  CHECK_FALSE(q1.contains("high"));
  const json& q2 = r["quantities"][2];
  CHECK(q2["value"] == 1.5);
  CHECK(q2["flags"] == json{"no_diacritics", "ambiguous_separator"});
  CHECK(q2["alternative"] == 1500);
  CHECK(q2["alternative"].is_number_integer());
  const json& q3 = r["quantities"][3];
  CHECK(q3["flags"] == json{"no_diacritics"});
  CHECK_FALSE(q3.contains("alternative"));
}

TEST_CASE("record: offsets and text point into the input as given", "[record]") {
  struct Row {
    const char* what;
    std::string input;
    std::string figure_normalized;  // as it reads after normalization
    std::string figure_input;       // the input bytes the record must give
    double value;
    std::string unit;
  };
  const std::vector<Row> rows = {
      {"plain UTF-8", "Xã đã xây 37 nhà tắm.", "37 nhà tắm", "37 nhà tắm", 37, "nhà tắm"},
      {"a UTF-8 BOM before the text", "\xEF\xBB\xBFXã đã xây 37 nhà tắm.", "37 nhà tắm", "37 nhà tắm", 37,
       "nhà tắm"},
      {"NFD before the figure (hòa spelled h o U+0300 a)", "Xã Ho\xCC\x80" "a Bình có 25 hộ nghèo", "25 hộ",
       "25 hộ", 25, "hộ"},
      {"NFD inside the figure (hộ spelled h o U+0323 U+0302)", "Xã có 25 ho\xCC\xA3\xCC\x82 nghèo", "25 hộ",
       "25 ho\xCC\xA3\xCC\x82", 25, "hộ"},
      {"new-style tone before the figure (hoà)", "Xã Hoà Bình có 25 hộ", "25 hộ", "25 hộ", 25, "hộ"},
      {"NBSP inside the figure", "đổ 2.800\xC2\xA0mét đường", "2.800 mét", "2.800\xC2\xA0mét", 2800, "m"},
      {"NBSP and narrow NBSP before the figure", "Đã\xC2\xA0làm\xE2\x80\xAF" "2.800 mét", "2.800 mét", "2.800 mét",
       2800, "m"},
      {"a zero-width space inside the figure", "làm 2.800\xE2\x80\x8B mét", "2.800 mét", "2.800\xE2\x80\x8B mét",
       2800, "m"},
      {"CRLF line ends before the figure", "Dòng 1\r\nDòng 2\r\nxây 37 nhà tắm", "37 nhà tắm", "37 nhà tắm", 37,
       "nhà tắm"},
      {"BOM, NFD and NBSP together", "\xEF\xBB\xBFXã Ho\xCC\x80" "a có 25\xC2\xA0ho\xCC\xA3\xCC\x82", "25 hộ",
       "25\xC2\xA0ho\xCC\xA3\xCC\x82", 25, "hộ"},
  };
  for (const Row& row : rows) {
    INFO(row.what << ": input " << show(row.input));
    Article a = article(row.input);
    NormalizedText n = normalizer().normalize(a.text);
    json r = record(a, n, {count_at(n, row.figure_normalized, row.value, row.unit)});
    const json& q = r["quantities"][0];
    const size_t want_start = a.text.find(row.figure_input);
    REQUIRE(want_start != std::string::npos);
    CHECK(q["start"].get<size_t>() == want_start);
    CHECK(q["end"].get<size_t>() == want_start + row.figure_input.size());
    CHECK(show(q["text"].get<std::string>()) == show(row.figure_input));
  }
}

TEST_CASE("record: UTF-16 input keeps byte offsets and gives the text as UTF-8", "[record]") {
  // "xây 37 nhà tắm" in UTF-16LE with a BOM.
  const std::u16string u = u"xây 37 nhà tắm";
  std::string input = "\xFF\xFE";
  for (char16_t c : u) {
    input += static_cast<char>(c & 0xFF);
    input += static_cast<char>(c >> 8);
  }
  Article a = article(input);
  NormalizedText n = normalizer().normalize(a.text);
  REQUIRE(n.stats.encoding == "UTF-16LE");
  json r = record(a, n, {count_at(n, "37 nhà tắm", 37, "nhà tắm")});
  CHECK(r["encoding"] == "UTF-16LE");
  const json& q = r["quantities"][0];
  CHECK(q["text"] == "37 nhà tắm");
  CHECK(q["start"] == 2 + 2 * 4);  // BOM, then "xây " as four UTF-16 units
  CHECK(q["end"] == 2 + 2 * 14);
}

TEST_CASE("record: invalid bytes are counted and the line stays valid JSON", "[record]") {
  Article a = article("Nh\xE0 c\xF3 37 nh\xE0 t\xE1m");
  a.title = "Ti\xEAu \xF0\xE2";  // invalid UTF-8 copied from the input
  NormalizedText n = normalizer().normalize(a.text);
  REQUIRE(n.stats.invalid_bytes > 0);
  const std::string line = record_json_line(a, n, {});
  json r;
  REQUIRE_NOTHROW(r = json::parse(line));
  CHECK(r["invalid_bytes"] == n.stats.invalid_bytes);
  CHECK(r["title"].is_string());
}

TEST_CASE("record: spans from the real extractor give back the input bytes", "[record][extractor]") {
  const Extractor extractor(patterns());
  struct Row {
    const char* what;
    std::string input;
    std::vector<std::string> figures;  // input bytes that must be among the quantities' texts
  };
  const std::vector<Row> rows = {
      {"seed sentence",
       "Trong 5 tháng đầu năm đã thực hiện tuyên truyền được 252 buổi với gần 14 nghìn lượt người nghe",
       {"252 buổi", "gần 14 nghìn lượt người"}},
      {"with a BOM and two sentences",
       "\xEF\xBB\xBFXã đã xây 37 nhà tắm. Sửa chữa, nâng cấp được 2.800 mét đường giao thông nông thôn.",
       {"37 nhà tắm", "2.800 mét"}},
      {"NBSP between number and unit", "mở mới 05 tuyến đường trên 25\xC2\xA0km và 2.800\xC2\xA0mét",
       {"05 tuyến đường", "trên 25\xC2\xA0km", "2.800\xC2\xA0mét"}},
      {"NFD throughout", "Xã Ho\xCC\x80" "a Bi\xCC\x80nh co\xCC\x81 25 ho\xCC\xA3\xCC\x82 nghe\xCC\x80o",
       {"25 ho\xCC\xA3\xCC\x82 nghe\xCC\x80o"}},  // "hộ nghèo" is a known noun
      {"CRLF, a tab and soft hyphens", "Dòng đầu\r\n\txây\xC2\xAD 37 nhà tắm\r\nvà 50-60 hộ",
       {"37 nhà tắm", "50-60 hộ"}},
  };
  for (const Row& row : rows) {
    INFO(row.what << ": input " << show(row.input));
    Article a = article(row.input);
    NormalizedText n = normalizer().normalize(a.text);
    std::vector<Quantity> qs = extractor.extract(n.text, {});
    json r = record(a, n, qs);
    REQUIRE(r["quantities"].size() == qs.size());
    std::vector<std::string> texts;
    for (const json& q : r["quantities"]) {
      const size_t start = q["start"].get<size_t>(), end = q["end"].get<size_t>();
      const std::string text = q["text"].get<std::string>();
      INFO("quantity " << show(text) << " [" << start << ", " << end << ")");
      CHECK(start < end);
      REQUIRE(end <= a.text.size());
      CHECK(show(a.text.substr(start, end - start)) == show(text));
      texts.push_back(text);
    }
    for (const std::string& f : row.figures) {
      INFO("expected figure " << show(f));
      CHECK(std::find(texts.begin(), texts.end(), f) != texts.end());
    }
  }
}

// iso_date() checks only 1 <= day <= 31, so impossible dates pass through
// ("31/02/2024" -> "2024-02-31"), and the record carries a date that no ISO
// 8601 reader accepts. A date that does not exist is not a date: null.
TEST_CASE("record: regression: a published date that does not exist is null", "[record]") {
  for (const char* given : {"31/02/2024", "30/02/2024", "29/02/2023", "31/04/2024", "2024-06-31"}) {
    INFO("published " << given);
    Article a = article("x");
    a.published = given;
    NormalizedText n = normalizer().normalize(a.text);
    json r = record(a, n, {});
    CHECK(r["published"].is_null());
  }
  // Leap days are real.
  Article a = article("x");
  a.published = "29/02/2024";
  NormalizedText n = normalizer().normalize(a.text);
  CHECK(record(a, n, {})["published"] == "2024-02-29");
}

TEST_CASE("record: the quantities shape writes one flat line per figure", "[record]") {
  Normalizer norm;
  Article a;
  a.id = "a1";
  a.source = "s.txt";
  a.title = "T";
  a.text = "xây 37 nhà tắm và 30 nhà vệ sinh";
  NormalizedText n = norm.normalize(a.text);
  Quantity q1, q2;
  q1.span = {a.text.find("37"), a.text.find("37") + std::string("37 nhà tắm").size()};
  q1.dimension = "count";
  q1.value = 37;
  q1.unit = "nhà tắm";
  q2 = q1;
  q2.span = {a.text.find("30"), a.text.size()};
  q2.value = 30;
  const std::vector<Place> places;
  const std::optional<Period> period;
  std::string out = record_json({a, n, {q1, q2}, places, period}, RecordShape::kQuantities);
  std::vector<json> lines;
  size_t pos = 0;
  while (pos < out.size()) {
    size_t nl = out.find('\n', pos);
    REQUIRE(nl != std::string::npos);
    lines.push_back(json::parse(out.substr(pos, nl - pos)));
    pos = nl + 1;
  }
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]["format"] == "solieu.quantity/2");
  CHECK(lines[0]["article"] == "a1");
  CHECK(lines[0]["title"] == "T");
  CHECK(lines[0]["value"] == 37);
  CHECK(lines[0]["text"] == "37 nhà tắm");
  CHECK(lines[1]["value"] == 30);
  CHECK(lines[1]["text"] == "30 nhà vệ sinh");
  CHECK_FALSE(lines[0].contains("quantities"));
  CHECK(record_json({a, n, {}, places, period}, RecordShape::kQuantities).empty());
}

TEST_CASE("record: the reader's encoding, repairs, losses and language", "[record]") {
  struct Row {
    const char* encoding;
    std::vector<std::string> repairs, losses;
    const char* lang;
    json want_encoding, want_repairs, want_losses, want_lang;
  };
  const std::vector<Row> rows = {
      // Nothing from the reader: the normalizer's finding, and no new fields (format 2 as before).
      {"", {}, {}, "", "UTF-8", nullptr, nullptr, nullptr},
      {"windows-1258", {}, {}, "vi", "WINDOWS-1258", nullptr, nullptr, "vi"},
      {"tcvn3", {"tcvn3 text declared as windows-1252"}, {"tcvn3 has no toned capitals"}, "",
       "TCVN3", json::array({"tcvn3 text declared as windows-1252"}), json::array({"tcvn3 has no toned capitals"}),
       nullptr},
  };
  for (const Row& row : rows) {
    INFO(row.encoding);
    Article a = article("Xã đã xây 37 nhà tắm.");
    a.encoding = row.encoding;
    a.encoding_repairs = row.repairs;
    a.encoding_losses = row.losses;
    a.lang = row.lang;
    NormalizedText n = normalizer().normalize(a.text);
    json r = record(a, n, {});
    CHECK(r["encoding"] == row.want_encoding);
    CHECK(r.value("encoding_repairs", json()) == row.want_repairs);
    CHECK(r.value("encoding_losses", json()) == row.want_losses);
    CHECK(r.value("lang", json()) == row.want_lang);
  }
}

// The record is written without a JSON tree, yet must be what dumping one
// gave: every field set at once, the keys in the documented order, and each
// line read back and dumped again the same bytes (escapes, numbers, nulls).
TEST_CASE("record: key order, and lines that dump back to the same bytes", "[record]") {
  using ordered_json = nlohmann::ordered_json;
  Article a = article("Tỉnh \"Hà Giang\" có 25 hộ\\ nghèo\t và 1,500 người trong tháng 5/2024.");
  a.title = "Ti\xEAu \x1B \"đề\" \xF0\xE2";  // invalid UTF-8 and a control byte
  a.url = "https://example.vn/a?b=1&c=\"2\"";
  a.published = "06/06/2024 10:12";
  a.category = "Kinh tế";
  a.author = "A\\B";
  a.page_views = 1234;
  a.encoding = "windows-1258";
  a.encoding_repairs = {"one", "two \x7F"};
  a.encoding_losses = {"three"};
  a.lang = "vi";
  NormalizedText n = normalizer().normalize(a.text);

  Period period{"tháng 5/2024", "2024-05-01", "2024-05-31"};
  Place place{"Hà Giang", "Tỉnh Hà Giang", "tỉnh", "02", "2025-03", {0, 0}, 3};
  place.span.start = n.text.find("Hà Giang");
  place.span.end = place.span.start + std::string("Hà Giang").size();
  Quantity q = count_at(n, "25 hộ", 1e20, "hộ");
  q.normalized_value = 7.000000000000001e-05;
  q.low = -0.0;
  q.high = 9007199254740992.0;
  q.of = 2.5;
  q.indicator = "poor_households";
  q.status = "achieved";
  q.status_detail = "cumulative";
  q.object = "hộ \"nghèo\"";
  q.period = period;
  q.place = place;
  q.sentence_span = {0, n.text.size()};
  q.no_diacritics = true;
  q.ambiguous_separator = true;
  q.alternative = 1.1e15 + 0.125;
  Quantity bare = count_at(n, "1,500 người", 1.5, "");
  bare.qualifier = "";
  bare.sentence = -1;

  const std::vector<Quantity> qs = {q, bare};
  const std::vector<Place> places = {place};
  const std::optional<Period> report_period = period;

  // Key order is part of the bytes: the order of docs/record-format.md.
  const auto keys = [](const ordered_json& j) {
    std::vector<std::string> k;
    for (const auto& [key, value] : j.items()) k.push_back(key);
    return k;
  };
  const std::vector<std::string> quantity_keys = {
      "text", "start", "end", "value", "unit", "dimension", "normalized", "qualifier", "low", "high", "of",
      "indicator", "status", "status_detail", "object", "period", "place", "pattern", "sentence",
      "sentence_span", "flags", "alternative"};
  const std::vector<std::string> place_keys = {"text", "name", "type", "code", "era", "start", "end"};
  const ordered_json r = ordered_json::parse(record_json({a, n, qs, places, report_period}, RecordShape::kArticles));
  CHECK(keys(r) == std::vector<std::string>{"format", "id", "source", "title", "published", "url", "category",
                                            "author", "page_views", "encoding", "encoding_repairs",
                                            "encoding_losses", "lang", "report_period", "places", "quantities"});
  CHECK(keys(r["report_period"]) == std::vector<std::string>{"start", "end", "text"});
  std::vector<std::string> article_place_keys = place_keys;
  article_place_keys.push_back("mentions");
  CHECK(keys(r["places"][0]) == article_place_keys);
  CHECK(keys(r["quantities"][0]) == quantity_keys);
  CHECK(keys(r["quantities"][0]["normalized"]) == std::vector<std::string>{"value", "unit"});
  CHECK(keys(r["quantities"][0]["place"]) == place_keys);
  const std::string flat = record_json({a, n, qs, places, report_period}, RecordShape::kQuantities);
  std::vector<std::string> flat_keys = {"format", "article", "source", "title", "published", "url"};
  flat_keys.insert(flat_keys.end(), quantity_keys.begin(), quantity_keys.end());
  CHECK(keys(ordered_json::parse(flat.substr(0, flat.find('\n')))) == flat_keys);

  for (RecordShape shape : {RecordShape::kArticles, RecordShape::kQuantities}) {
    const std::string out = record_json({a, n, qs, places, report_period}, shape);
    size_t pos = 0, lines = 0;
    while (pos < out.size()) {
      const size_t nl = out.find('\n', pos);
      REQUIRE(nl != std::string::npos);
      const std::string line = out.substr(pos, nl - pos);
      INFO(show(line));
      CHECK(show(ordered_json::parse(line).dump(-1, ' ', false, ordered_json::error_handler_t::strict)) ==
            show(line));
      pos = nl + 1;
      ++lines;
    }
    CHECK(lines == (shape == RecordShape::kArticles ? 1 : qs.size()));
  }
}
