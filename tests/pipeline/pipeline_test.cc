// Pipeline::process on hand-written articles: the page layout, the figures
// with their object, period, place and status detail, page furniture kept out
// of the figures, invalid bytes, and the flat quantities shape.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "extract/pattern_set.h"
#include "extract/places.h"
#include "normalize/normalizer.h"
#include "pipeline/pipeline.h"

using nlohmann::json;
using namespace solieu;

namespace {

const std::string kPatterns = std::string(SOLIEU_SOURCE_DIR) + "/patterns/vi";

struct Fixture {
  Normalizer normalizer;
  PatternSet patterns;
  Gazetteer gazetteer;
  Fixture() : patterns(load_patterns(normalizer)), gazetteer(load_places()) {}
  static PatternSet load_patterns(const Normalizer& n) {
    auto set = PatternSet::load(kPatterns, n);
    if (!set) FAIL(set.error().to_string_with_caret());
    return std::move(*set);
  }
  static Gazetteer load_places() {
    auto g = Gazetteer::load(kPatterns + "/places.tsv");
    if (!g) FAIL(g.error().to_string_with_caret());
    return std::move(*g);
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

Pipeline make_pipeline(RecordShape shape = RecordShape::kArticles) {
  return Pipeline(fixture().normalizer, fixture().patterns, {}, shape, &fixture().gazetteer);
}

using Range = std::pair<size_t, size_t>;

// The byte range of the `nth` (0-based) whole line `line` of `text`.
Range line_range(const std::string& text, const std::string& line, int nth = 0) {
  size_t from = 0;
  for (;;) {
    size_t at = text.find(line, from);
    REQUIRE(at != std::string::npos);
    const size_t end = at + line.size();
    if ((at == 0 || text[at - 1] == '\n') && (end == text.size() || text[end] == '\n') && nth-- == 0)
      return {at, end};
    from = at + 1;
  }
}

bool inside(size_t at, const Range& r) { return at >= r.first && at < r.second; }

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

// A district portal page. Figures sit on purpose in the date line, the
// caption (the title repeated), the author line and the tail.
const std::string kTitle = "Bắc Mê: Nhân dân hiến hơn 15 nghìn m2 đất làm đường";
const std::string kDateLine = "06/06/2024 10:12 31 lượt xem";
const std::string kAuthorLine = "Hoàng Long: Huyện Bắc Mê, 4 ảnh";
const std::string kPara1 =
    "Trong 5 tháng đầu năm, nhân dân huyện Bắc Mê đã hiến 14.500 m2 đất và làm được 2.800 mét đường giao "
    "thông nông thôn.";
const std::string kPara2 = "Năm 2023, toàn huyện đã xây mới 45 nhà văn hóa thôn.";
const std::string kPara3 =
    "Tại xã Minh Ngọc, bà con đã đóng góp 1.200 ngày công để mở rộng đường thôn. Xã Minh Ngọc cũng đã trồng "
    "3.000 cây xanh.";
const std::string kPara4 = "Lũy kế đến nay, huyện Bắc Mê có 9 xã đạt chuẩn nông thôn mới.";
const std::string kPage = join({
    "Nông thôn mới",
    kTitle,
    kDateLine,
    "",
    kPara1,
    kTitle,
    kPara2,
    kPara3,
    kPara4,
    "",
    kAuthorLine,
    "Tin khác",
    "Bắc Mê tổ chức 12 lớp tập huấn cho 600 hội viên",
    "Thống kê truy cập",
    "Đang truy cập: 25",
    "Tổng lượt truy cập: 123.456",
});

Article page_article(std::string text = kPage) {
  Article a;
  a.id = "bac-me-hien-dat.txt";
  a.source = "tin/bac-me-hien-dat.txt";
  a.text = std::move(text);
  return a;
}

json parse_record(const ArticleResult& r) {
  REQUIRE(r.record.has_value());
  REQUIRE(!r.record->empty());
  CHECK(r.record->back() == '\n');
  CHECK(std::count(r.record->begin(), r.record->end(), '\n') == 1);
  return json::parse(*r.record);
}

// The quantities whose text is `text`.
std::vector<json> quantities_with(const json& record, const std::string& text) {
  std::vector<json> out;
  for (const json& q : record.at("quantities"))
    if (q.at("text") == text) out.push_back(q);
  return out;
}

const json& the_quantity(const json& record, const std::string& text) {
  static json none;
  for (const json& q : record.at("quantities"))
    if (q.at("text") == text) return q;
  FAIL("no quantity \"" << text << "\" in " << record.at("quantities").dump());
  return none;
}

json period(const std::string& start, const std::string& end, const std::string& text) {
  return json{{"start", start}, {"end", end}, {"text", text}};
}

const json kReportPeriod = period("2024-01-01", "2024-05-31", "5 tháng đầu năm");

}  // namespace

TEST_CASE("pipeline: a portal page's metadata", "[pipeline]") {
  ArticleResult r = make_pipeline().process(page_article());
  CHECK_FALSE(r.problem.has_value());
  json rec = parse_record(r);
  CHECK(rec["format"] == "solieu.record/2");
  CHECK(rec["id"] == "bac-me-hien-dat.txt");
  CHECK(rec["source"] == "tin/bac-me-hien-dat.txt");
  CHECK(rec["title"] == kTitle);
  CHECK(rec["published"] == "2024-06-06T10:12:00+07:00");
  CHECK(rec["category"] == "Nông thôn mới");
  CHECK(rec["author"] == "Hoàng Long");
  CHECK(rec["page_views"] == 31);
  CHECK(rec["encoding"] == "UTF-8");
  CHECK_FALSE(rec.contains("url"));
  CHECK_FALSE(rec.contains("invalid_bytes"));
  CHECK(rec["report_period"] == kReportPeriod);
  CHECK(r.quantities == rec["quantities"].size());
}

TEST_CASE("pipeline: given metadata wins over the page's", "[pipeline]") {
  Article a = page_article();
  a.title = "Tiêu đề cho sẵn";
  a.published = "2024-03-15";
  a.category = "Kinh tế";
  a.author = "Minh Anh";
  a.page_views = 7;
  json rec = parse_record(make_pipeline().process(a));
  CHECK(rec["title"] == "Tiêu đề cho sẵn");
  CHECK(rec["published"] == "2024-03-15");
  CHECK(rec["category"] == "Kinh tế");
  CHECK(rec["author"] == "Minh Anh");
  CHECK(rec["page_views"] == 7);
  // Periods are read against the given date: "5 tháng đầu năm" ends after
  // March, so it cannot be the report period of a mid-March article; the
  // first span that frames a figure is "Năm 2023".
  CHECK(rec["report_period"] == period("2023-01-01", "2023-12-31", "Năm 2023"));
  CHECK(the_quantity(rec, "1.200 ngày công")["period"] == rec["report_period"]);
}

TEST_CASE("pipeline: places with codes of the publication's era, and their mentions", "[pipeline]") {
  json rec = parse_record(make_pipeline().process(page_article()));
  const json& places = rec.at("places");
  INFO(places.dump(1));
  const json* bac_me = nullptr;
  const json* minh_ngoc = nullptr;
  for (const json& p : places) {
    if (p["code"] == "031") bac_me = &p;
    if (p["code"] == "00994") minh_ngoc = &p;
  }
  REQUIRE(bac_me != nullptr);
  CHECK((*bac_me)["name"] == "Huyện Bắc Mê");
  CHECK((*bac_me)["type"] == "huyện");
  CHECK((*bac_me)["era"] == "2025-03");  // published 2024-06-06, before the reform
  CHECK((*bac_me)["text"] == "huyện Bắc Mê");
  CHECK((*bac_me)["start"] == kPage.find("huyện Bắc Mê"));  // its first mention
  CHECK((*bac_me)["mentions"].get<int>() >= 2);

  REQUIRE(minh_ngoc != nullptr);
  CHECK((*minh_ngoc)["name"] == "Xã Minh Ngọc");
  CHECK((*minh_ngoc)["type"] == "xã");
  CHECK((*minh_ngoc)["era"] == "2025-03");
  CHECK((*minh_ngoc)["mentions"] == 2);
  CHECK((*minh_ngoc)["start"] == kPage.find("xã Minh Ngọc"));
  CHECK((*minh_ngoc)["end"] == kPage.find("xã Minh Ngọc") + std::string("xã Minh Ngọc").size());

  // Each unit once.
  std::vector<std::string> codes;
  for (const json& p : places)
    if (!p["code"].is_null()) codes.push_back(p["code"].get<std::string>());
  std::sort(codes.begin(), codes.end());
  CHECK(std::adjacent_find(codes.begin(), codes.end()) == codes.end());
}

TEST_CASE("pipeline: each figure's object, period, place and status detail", "[pipeline]") {
  json rec = parse_record(make_pipeline().process(page_article()));
  INFO(rec["quantities"].dump(1));
  const json p2023 = period("2023-01-01", "2023-12-31", "Năm 2023");

  struct Case {
    std::string text;
    std::optional<std::string> object;  // nullopt: not checked
    json period;
    std::string place_code;             // "" for no place
    json status_detail;
  };
  const std::vector<Case> cases = {
      {"2.800 mét", "đường giao thông nông thôn", kReportPeriod, "031", nullptr},
      {"14.500 m2", std::nullopt, kReportPeriod, "031", nullptr},
      {"45 nhà văn hóa", "nhà văn hóa thôn", p2023, "", nullptr},
      // No time expression in its paragraph: the article's report period.
      {"1.200 ngày công", std::nullopt, kReportPeriod, "00994", nullptr},
      {"3.000 cây xanh", std::nullopt, kReportPeriod, "00994", nullptr},
      {"9 xã", std::nullopt, kReportPeriod, "031", "cumulative"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const json& q = the_quantity(rec, c.text);
    if (c.object) CHECK(q["object"] == *c.object);
    CHECK(q["period"] == c.period);
    if (c.place_code.empty()) {
      CHECK(q["place"].is_null());
    } else {
      REQUIRE(q["place"].is_object());
      CHECK(q["place"]["code"] == c.place_code);
      // The place is in the figure's own sentence.
      const json& span = q.at("sentence_span");
      CHECK(q["place"]["start"].get<size_t>() >= span[0].get<size_t>());
      CHECK(q["place"]["end"].get<size_t>() <= span[1].get<size_t>());
    }
    CHECK(q["status_detail"] == c.status_detail);
  }
  // "Xã Minh Ngọc" of the second sentence, not "xã Minh Ngọc" of the first.
  CHECK(the_quantity(rec, "3.000 cây xanh")["place"]["start"] == kPage.find("Xã Minh Ngọc"));
  // The year itself is a date resolved to its span.
  CHECK(the_quantity(rec, "Năm 2023")["period"] == p2023);
}

TEST_CASE("pipeline: every figure's text is its bytes of the input", "[pipeline]") {
  for (const std::string& text : {kPage, "\xEF\xBB\xBF" + kPage}) {
    json rec = parse_record(make_pipeline().process(page_article(text)));
    REQUIRE(rec["quantities"].size() >= 7);
    for (const json& q : rec["quantities"]) {
      INFO(q.dump());
      const size_t b = q["start"], e = q["end"];
      REQUIRE(b < e);
      REQUIRE(e <= text.size());
      CHECK(text.substr(b, e - b) == q["text"].get<std::string>());
      const size_t sb = q["sentence_span"][0], se = q["sentence_span"][1];
      CHECK(sb <= b);
      CHECK(e <= se);
      CHECK(se <= text.size());
    }
    for (const json& p : rec["places"]) {
      const size_t b = p["start"], e = p["end"];
      CHECK(text.substr(b, e - b) == p["text"].get<std::string>());
    }
  }
}

TEST_CASE("pipeline: no figure from the date line, the caption, the author line or the tail", "[pipeline]") {
  // Out of the page furniture these lines do give figures...
  {
    Article snippet;
    snippet.id = "text";
    snippet.source = kTextArgumentSource;
    snippet.text = join({kDateLine, kAuthorLine, "Bắc Mê tổ chức 12 lớp tập huấn cho 600 hội viên"});
    json rec = parse_record(make_pipeline().process(snippet));
    INFO(rec["quantities"].dump(1));
    CHECK(quantities_with(rec, "06/06/2024 10:12").size() == 1);
    CHECK(quantities_with(rec, "4 ảnh").size() == 1);
    CHECK(quantities_with(rec, "12 lớp tập huấn").size() == 1);
    CHECK(quantities_with(rec, "600 hội viên").size() == 1);
  }
  // ...but on the page, none.
  json rec = parse_record(make_pipeline().process(page_article()));
  INFO(rec["quantities"].dump(1));
  const std::vector<Range> furniture = {
      line_range(kPage, "Nông thôn mới"),
      line_range(kPage, kDateLine),
      line_range(kPage, kTitle, 1),  // the caption
      line_range(kPage, kAuthorLine),
      {kPage.find("Tin khác"), kPage.size()},
  };
  for (const json& q : rec["quantities"]) {
    INFO(q["text"]);
    for (const Range& f : furniture) CHECK_FALSE(inside(q["start"].get<size_t>(), f));
  }
  for (const char* t : {"06/06/2024 10:12", "4 ảnh", "12 lớp tập huấn", "600 hội viên"})
    CHECK(quantities_with(rec, t).empty());
  // The title line itself is read: its figure comes once, from the title, not the caption.
  std::vector<size_t> at;
  for (const json& q : rec["quantities"])
    if (q["text"].get<std::string>().find("15 nghìn m2") != std::string::npos) at.push_back(q["start"]);
  REQUIRE(at.size() == 1);
  CHECK(inside(at[0], line_range(kPage, kTitle, 0)));
}

// Places are read over the whole text, page furniture included: a unit named
// only in the "Tin khác" links (other articles' headlines) becomes one of the
// article's places, and the author line "Hoàng Long: Huyện Bắc Mê" counts as
// a mention of the district. Figures there are dropped; places should be too.
TEST_CASE("pipeline: places are not read from page furniture", "[pipeline]") {
  const std::string page = join({
      "Nông thôn mới",
      "Bắc Mê làm đường giao thông nông thôn",
      kDateLine,
      kPara1,
      "Hoàng Long: Huyện Bắc Mê",
      "Tin khác",
      "Xã Yên Cường ra quân làm đường",
  });
  json rec = parse_record(make_pipeline().process(page_article(page)));
  INFO(rec["places"].dump(1));
  for (const json& p : rec["places"]) CHECK(p["text"] != "Xã Yên Cường");
  REQUIRE(rec["places"].size() >= 1);
  CHECK(rec["places"][0]["code"] == "031");
  CHECK(rec["places"][0]["mentions"] == 1);  // kPara1 names it once
}

TEST_CASE("pipeline: an article from JSON Lines keeps its given title", "[pipeline]") {
  const std::string text = join({
      "Bắc Mê hiến đất làm đường",
      "06/06/2024 10:12 31 lượt xem",
      kPara1,
      "Tin khác",
      "Bắc Mê tổ chức 12 lớp tập huấn cho 600 hội viên",
  });
  struct Case {
    std::string title;
    json expected;
  };
  for (const Case& c : std::vector<Case>{{"Tiêu đề từ tệp JSON", "Tiêu đề từ tệp JSON"}, {"", nullptr}}) {
    INFO("title '" << c.title << "'");
    Article a;
    a.id = "a1";
    a.source = "tin.jsonl";
    a.line = 3;
    a.title = c.title;
    a.text = text;
    json rec = parse_record(make_pipeline().process(a));
    CHECK(rec["title"] == c.expected);  // never the first line of the text
    CHECK(rec["published"].is_null());  // no header is read from a JSON text
    CHECK_FALSE(rec.contains("category"));
    CHECK_FALSE(rec.contains("page_views"));
    // The tail is looked for in any text.
    CHECK(quantities_with(rec, "12 lớp tập huấn").empty());
    CHECK(quantities_with(rec, "2.800 mét").size() == 1);
  }
}

TEST_CASE("pipeline: a few invalid bytes are repaired and reported", "[pipeline]") {
  // Two stray bytes in the third paragraph, far from any figure.
  std::string text = kPage;
  const size_t at = text.find("bà con");
  REQUIRE(at != std::string::npos);
  text.insert(at, "\xFF\xFE ");
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  ArticleResult r = make_pipeline().process(page_article(text));
  REQUIRE(r.problem.has_value());
  CHECK(r.problem->code == ErrorCode::kEncoding);
  CHECK_THAT(r.problem->message, Catch::Contains("2 invalid bytes"));
  CHECK_THAT(r.problem->message, Catch::Contains("kept"));
  CHECK(r.problem->where.file == "tin/bac-me-hien-dat.txt");
  CHECK(r.problem->where.line == line);
  json rec = parse_record(r);
  CHECK(rec["invalid_bytes"] == 2);
  CHECK(rec["title"] == kTitle);
  CHECK(quantities_with(rec, "1.200 ngày công").size() == 1);
  CHECK(quantities_with(rec, "2.800 mét").size() == 1);
  for (const json& q : rec["quantities"]) {
    const size_t b = q["start"], e = q["end"];
    CHECK(text.substr(b, e - b) == q["text"].get<std::string>());
  }
}

TEST_CASE("pipeline: mostly invalid text is refused", "[pipeline]") {
  struct Case {
    std::string name;
    std::string text;
  };
  // Windows-1258-style bytes: every Vietnamese letter is an invalid byte in UTF-8.
  const std::string latin = "Nh\xE2n d\xE2n \xF0\xE3 hi\xEA\xF2n 2.800 m\xE9t \xF0\xFD\xF5\xE0ng \xF0\xE2\xF3t.";
  const std::vector<Case> cases = {
      {"all invalid", std::string(200, '\x80')},
      {"legacy 8-bit text", latin},
      {"half invalid", std::string(50, '\xC0') + std::string(50, 'a') + " 25 h\xF4"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    ArticleResult r = make_pipeline().process(page_article(c.text));
    CHECK_FALSE(r.record.has_value());
    REQUIRE(r.problem.has_value());
    CHECK(r.problem->code == ErrorCode::kEncoding);
    CHECK_THAT(r.problem->message, Catch::Contains("skipped"));
    CHECK(r.quantities == 0);
  }
}

TEST_CASE("pipeline: the invalid share at the threshold", "[pipeline]") {
  // 200 bytes with k stray bytes: kept up to 5% (10), refused above.
  struct Case {
    size_t invalid;
    bool kept;
  };
  for (const Case& c : std::vector<Case>{{1, true}, {10, true}, {11, false}, {40, false}}) {
    INFO(c.invalid << " invalid bytes in 200");
    std::string text;
    for (size_t i = 0; i < c.invalid; ++i) text += "\x80 ";
    text += "xây 37 nhà tắm";
    while (text.size() < 200) text += " xa";
    text.resize(200, ' ');
    REQUIRE(text.size() == 200);
    ArticleResult r = make_pipeline().process(page_article(text));
    REQUIRE(r.problem.has_value());
    CHECK(r.record.has_value() == c.kept);
    if (r.record) CHECK(json::parse(*r.record)["invalid_bytes"] == c.invalid);
  }
}

TEST_CASE("pipeline: the quantities shape, one flat line per figure", "[pipeline]") {
  ArticleResult nested = make_pipeline().process(page_article());
  ArticleResult flat = make_pipeline(RecordShape::kQuantities).process(page_article());
  json rec = parse_record(nested);
  REQUIRE(flat.record.has_value());
  CHECK(flat.quantities == nested.quantities);

  std::vector<json> lines;
  std::istringstream in(*flat.record);
  for (std::string l; std::getline(in, l);) lines.push_back(json::parse(l));
  CHECK(flat.record->back() == '\n');
  REQUIRE(lines.size() == rec["quantities"].size());
  REQUIRE(lines.size() == flat.quantities);
  for (size_t i = 0; i < lines.size(); ++i) {
    const json& l = lines[i];
    const json& q = rec["quantities"][i];
    INFO(l.dump());
    CHECK(l["format"] == "solieu.quantity/2");
    CHECK(l["article"] == "bac-me-hien-dat.txt");
    CHECK(l["source"] == "tin/bac-me-hien-dat.txt");
    CHECK(l["title"] == kTitle);
    CHECK(l["published"] == "2024-06-06T10:12:00+07:00");
    CHECK(l["url"].is_null());
    CHECK_FALSE(l.contains("quantities"));
    CHECK_FALSE(l.contains("id"));
    // Every field of the nested quantity, with the same value.
    for (const auto& [k, v] : q.items()) {
      INFO(k);
      REQUIRE(l.contains(k));
      CHECK(l[k] == v);
    }
  }
}

TEST_CASE("pipeline: the quantities shape writes nothing for an article without figures", "[pipeline]") {
  Article a = page_article("Huyện Bắc Mê tiếp tục đẩy mạnh phong trào xây dựng nông thôn mới.\n");
  ArticleResult r = make_pipeline(RecordShape::kQuantities).process(a);
  CHECK_FALSE(r.problem.has_value());
  CHECK(r.quantities == 0);
  CHECK(r.record.value_or("x").empty());
}

// Regression: the page layout of UTF-16 input was read from its raw bytes,
// so its title came out as letters and NULs.
TEST_CASE("pipeline: a UTF-16 page has the same metadata as its UTF-8 original", "[pipeline]") {
  std::string utf16 = "\xFF\xFE";
  for (size_t i = 0; i < kPage.size();) {
    char32_t c;
    REQUIRE(next_code_point(kPage, i, c));
    auto unit = [&](uint16_t u) {
      utf16 += static_cast<char>(u & 0xFF);
      utf16 += static_cast<char>(u >> 8);
    };
    if (c < 0x10000) unit(static_cast<uint16_t>(c));
    else {
      unit(static_cast<uint16_t>(0xD800 + ((c - 0x10000) >> 10)));
      unit(static_cast<uint16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
    }
  }
  json original = parse_record(make_pipeline().process(page_article()));
  json converted = parse_record(make_pipeline().process(page_article(utf16)));
  CHECK(converted["title"] == kTitle);
  CHECK(converted["published"] == original["published"]);
  CHECK(converted["author"] == original["author"]);
  CHECK(converted["quantities"].size() == original["quantities"].size());
}
