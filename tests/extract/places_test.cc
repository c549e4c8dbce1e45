// Gazetteer: loading places.tsv (and its errors), finding administrative
// units in text and resolving them to their GSO codes.

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <unicode/uchar.h>

#include "extract/places.h"
#include "normalize/normalizer.h"

using namespace solieu;

namespace {

const std::string kPlacesFile = std::string(SOLIEU_SOURCE_DIR) + "/patterns/vi/places.tsv";

const Normalizer& normalizer() {
  static const Normalizer n;
  return n;
}

const Gazetteer& gazetteer() {
  static const Gazetteer g = [] {
    auto r = Gazetteer::load(kPlacesFile);
    if (!r) throw std::runtime_error(r.error().to_string_with_caret());
    return std::move(*r);
  }();
  return g;
}

// Raw text -> normalized -> "text|type|code" per mention, "; "-separated.
std::string describe(const std::vector<Place>& places) {
  std::string out;
  for (const Place& p : places) {
    if (!out.empty()) out += "; ";
    out += p.text + "|" + p.type + "|" + p.code;
  }
  return out;
}

std::vector<Place> find(const std::string& raw, Gazetteer::Era era = Gazetteer::Era::kAuto) {
  return gazetteer().find(normalizer().normalize_text(raw), era);
}

std::string found(const std::string& raw, Gazetteer::Era era = Gazetteer::Era::kAuto) {
  return describe(find(raw, era));
}

// A gazetteer from a small text; the error when it does not parse.
Error parse_error(const std::string& tsv) {
  auto r = Gazetteer::parse(tsv, "small.tsv");
  if (r) FAIL("expected an error for:\n" << tsv);
  return r.error();
}

const std::string kSmallHead =
    "# a comment\n"                                             // 1
    "02\ttỉnh\tHà Giang\tTỉnh Hà Giang\t1\t\t2025-03\n"          // 2
    "031\thuyện\tBắc Mê\tHuyện Bắc Mê\t2\t02\t2025-03\n";        // 3

}  // namespace

TEST_CASE("places.tsv loads, with both eras", "[places]") {
  const Gazetteer& g = gazetteer();
  CHECK(g.size() > 14000);
  const Gazetteer::Unit* bac_me = g.unit(Gazetteer::Era::k2025_03, "031");
  REQUIRE(bac_me);
  CHECK(bac_me->full_name == "Huyện Bắc Mê");
  CHECK(bac_me->type == "huyện");
  REQUIRE(g.parent(*bac_me));
  CHECK(g.parent(*bac_me)->full_name == "Tỉnh Hà Giang");
  // Names are normalized on loading: upstream "Thanh Hoá" has its tone mark
  // in the old place, as article text has.
  const Gazetteer::Unit* thanh_hoa = g.unit(Gazetteer::Era::kLatest, "38");
  REQUIRE(thanh_hoa);
  CHECK(thanh_hoa->full_name == "Tỉnh Thanh Hóa");
  CHECK(g.unit(Gazetteer::Era::kLatest, "031") == nullptr);  // no districts after 2025
  CHECK(g.unit(Gazetteer::Era::kAuto, "02") == nullptr);
}

TEST_CASE("a small gazetteer parses", "[places]") {
  auto r = Gazetteer::parse(kSmallHead + "\n00997\txã\tYên Phong\tXã Yên Phong\t3\t031\t2025-03\r\n",
                            "small.tsv");
  REQUIRE(r);
  CHECK(r->size() == 3);
  auto places = r->find(normalizer().normalize_text("xã Yên Phong, huyện Bắc Mê, Hà Giang"));
  CHECK(describe(places) == "xã Yên Phong|xã|00997; huyện Bắc Mê|huyện|031; Hà Giang|tỉnh|02");
}

TEST_CASE("parse errors point at file, line and column", "[places]") {
  struct Case {
    std::string line;  // line 4, after kSmallHead
    int column;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"00997\txã\tYên Phong\tXã Yên Phong\t3\t031", 38, "expected 7 columns"},
      {"00997\txã\tYên Phong\tXã Yên Phong\t3\t031\t2025-03\textra", 47, "expected 7 columns"},
      {"00997\txã\tYên Phong\tXã Yên Phong\t3\t031\t2024", 39, "unknown era '2024'"},
      {"00997\txã\tYên Phong\tXã Yên Phong\t4\t031\t2025-03", 33, "bad level '4'"},
      {"00997\txã\tYên Phong\tXã Yên Phong\t3\t031\tlatest", 33, "level 3 does not exist"},
      {"0099x\txã\tYên Phong\tXã Yên Phong\t3\t031\t2025-03", 1, "bad code '0099x'"},
      {"0997\txã\tYên Phong\tXã Yên Phong\t3\t031\t2025-03", 1, "has 5 digits"},
      {"00997\tlàng\tYên Phong\tXã Yên Phong\t3\t031\t2025-03", 7, "unknown type 'làng'"},
      {"00997\thuyện\tYên Phong\tXã Yên Phong\t3\t031\t2025-03", 7, "cannot be at level 3"},
      {"00997\txã\t\tXã Yên Phong\t3\t031\t2025-03", 10, "empty short_name"},
      {"00997\txã\tYên Phong\t\t3\t031\t2025-03", 20, "empty full_name"},
      {"00997\txã\t Yên Phong\tXã Yên Phong\t3\t031\t2025-03", 10, "spaces around a column"},
      {"00997\txã\tYên Phong\tXã Yên Phong\t3\t\t2025-03", 35, "missing parent_code"},
      {"04\ttỉnh\tCao Bằng\tTỉnh Cao Bằng\t1\t02\t2025-03", 34, "a province has no parent_code"},
      {"031\thuyện\tBắc Mê\tHuyện Bắc Mê\t2\t02\t2025-03", 1, "duplicate code '031' in era 2025-03 (first on line 3)"},
      // Found after reading every line, still reported at the child's line.
      {"00997\txã\tYên Phong\tXã Yên Phong\t3\t099\t2025-03", 35, "parent_code '099' is not a unit of level 2"},
      {"00997\txã\tYên Phong\tXã Yên Phong\t3\t02\t2025-03", 35, "parent_code '02' is not a unit of level 2"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    Error e = parse_error(kSmallHead + c.line + "\n# after\n");
    CHECK(e.code == ErrorCode::kPattern);
    CHECK(e.where.file == "small.tsv");
    CHECK(e.where.line == 4);
    CHECK(e.where.column == c.column);
    CHECK_THAT(e.message, Catch::Contains(c.message));
    CHECK(e.excerpt == c.line);
    CHECK_THAT(e.to_string(), Catch::StartsWith("small.tsv:4:" + std::to_string(c.column) + ": "));
  }
  Error empty = parse_error("# only comments\n\n");
  CHECK_THAT(empty.message, Catch::Contains("no units"));
  auto missing = Gazetteer::load(kPlacesFile + ".missing");
  REQUIRE(!missing);
  CHECK(missing.error().code == ErrorCode::kIo);
}

TEST_CASE("typed mentions resolve to their codes", "[places]") {
  struct Case {
    const char* text;
    const char* expected;  // "text|type|code; ..."
  };
  const std::vector<Case> cases = {
      // A district, a province, a centrally-run city.
      {"Ngay từ đầu năm huyện Bắc Mê đã ban hành kế hoạch", "huyện Bắc Mê|huyện|031"},
      {"UBND tỉnh Hà Giang vừa phê duyệt", "tỉnh Hà Giang|tỉnh|02"},
      {"TP Hải Phòng có 3 dự án", "TP Hải Phòng|thành phố|31"},
      {"Thành phố Hải Phòng", "Thành phố Hải Phòng|thành phố|31"},
      {"thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh|thành phố|79"},
      {"TP.HCM", "TP.HCM|thành phố|79"},
      {"Tp. HCM", "Tp. HCM|thành phố|79"},
      {"TP HCM và Hà Nội", "TP HCM|thành phố|79; Hà Nội|thành phố|01"},
      // A provincial city (a district-level thành phố).
      {"thành phố Bắc Ninh", "thành phố Bắc Ninh|thành phố|256"},
      // A commune whose name is unique.
      {"xã Phiêng Luông đạt chuẩn", "xã Phiêng Luông|xã|01018"},
      {"người dân xã Đường Âm", "xã Đường Âm|xã|01012"},
      // Numbered units.
      {"Quận 1", "Quận 1|quận|760"},
      {"tại quận 12", "quận 12|quận|761"},
      {"Phường 12, Quận Gò Vấp", "Phường 12|phường|26881; Quận Gò Vấp|quận|764"},
      // Roman numerals read as digits, both ways.
      {"phường Mỹ Đình II", "phường Mỹ Đình II|phường|00626"},
      {"phường 5, thành phố Vị Thanh", "phường 5|phường|31327; thành phố Vị Thanh|thành phố|930"},
      {"Phường V, thành phố Vị Thanh", "Phường V|phường|31327; thành phố Vị Thanh|thành phố|930"},
      // Lower case, capitals, mixed case type words.
      {"Huyện Bắc Mê", "Huyện Bắc Mê|huyện|031"},
      {"HUYỆN BẮC MÊ", "HUYỆN BẮC MÊ|huyện|031"},
      {"Thị Xã Việt Yên", "Thị Xã Việt Yên|thị xã|222"},
      {"tx Việt Yên", "tx Việt Yên|thị xã|222"},
      // Upgraded units keep their codes: huyện Việt Yên became a thị xã,
      // huyện Thủy Nguyên a thành phố. Never downwards: there is no thành
      // phố Trùng Khánh here (it is the Chinese city), only a huyện.
      {"huyện Việt Yên", "huyện Việt Yên|thị xã|222"},
      {"huyện Thủy Nguyên", "huyện Thủy Nguyên|thành phố|311"},
      {"thành phố Trùng Khánh", ""},
      // Hyphens and apostrophes, written either way.
      {"tỉnh Bà Rịa - Vũng Tàu", "tỉnh Bà Rịa - Vũng Tàu|tỉnh|77"},
      {"tỉnh Bà Rịa-Vũng Tàu", "tỉnh Bà Rịa-Vũng Tàu|tỉnh|77"},
      {"huyện Ia H'Drai", "huyện Ia H'Drai|huyện|618"},
      {"huyện Ia H' Drai", "huyện Ia H' Drai|huyện|618"},
      {"huyện Ea H’Leo", "huyện Ea H’Leo|huyện|645"},
      {"xã Ea Kiết (huyện Cư M ’ Gar, Đắk Lắk)",
       "xã Ea Kiết|xã|24265; huyện Cư M ’ Gar|huyện|648; Đắk Lắk|tỉnh|66"},
      // Central Highlands spellings: final k or c, with or without the acute.
      {"huyện Đăk Hà, tỉnh Kon Tum", "huyện Đăk Hà|huyện|615; tỉnh Kon Tum|tỉnh|62"},
      {"huyện Krông Pắk", "huyện Krông Pắk|huyện|654"},
      {"tỉnh Đăk Lăk", "tỉnh Đăk Lăk|tỉnh|66"},
      {"Đắc Lắc", "Đắc Lắc|tỉnh|66"},
      // The longest name the gazetteer knows, then the rest is not the name.
      {"Huyện Bắc Mê Tập Trung Triển Khai", "Huyện Bắc Mê|huyện|031"},
      {"xã Phiêng Luông 2 năm liền", "xã Phiêng Luông|xã|01018"},
      // Units below the commune have no code.
      {"thôn Nà Sài, xã Đường Âm", "thôn Nà Sài|thôn|; xã Đường Âm|xã|01012"},
      {"bản Nà Lầu", "bản Nà Lầu|bản|"},
      {"tổ dân phố 5, khu phố Tân Lập", "tổ dân phố 5|tổ dân phố|; khu phố Tân Lập|khu phố|"},
      {"ấp Bình Minh và xóm Đình", "ấp Bình Minh|ấp|; xóm Đình|xóm|"},
      {"làng Sen", "làng Sen|làng|"},
      // After the reform: a đặc khu, a numbered new phường.
      {"đặc khu Phú Quốc", "đặc khu Phú Quốc|đặc khu|31078"},
      {"phường Hà Giang 1", "phường Hà Giang 1|phường|00694"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(found(c.text) == c.expected);
  }
}

TEST_CASE("a resolved place carries the gazetteer's name and its span", "[places]") {
  std::string text = normalizer().normalize_text("Năm 2024 huyện Bắc Mê, tỉnh Hà Giang");
  auto places = gazetteer().find(text);
  REQUIRE(places.size() == 2);
  CHECK(places[0].name == "Huyện Bắc Mê");
  CHECK(places[0].span.start == text.find("huyện"));
  CHECK(places[0].span.end == text.find(","));
  CHECK(text.substr(places[0].span.start, places[0].span.end - places[0].span.start) == places[0].text);
  CHECK(places[1].name == "Tỉnh Hà Giang");
  CHECK(places[1].span.end == text.size());
  auto hcm = find("TP.HCM");
  REQUIRE(hcm.size() == 1);
  CHECK(hcm[0].name == "Thành phố Hồ Chí Minh");
}

TEST_CASE("bare province names", "[places]") {
  struct Case {
    const char* text;
    const char* expected;
  };
  const std::vector<Case> cases = {
      {"Hà Giang tập trung xây dựng nông thôn mới", "Hà Giang|tỉnh|02"},
      {"Giá lúa ở Bắc Ninh tăng", "Bắc Ninh|tỉnh|27"},
      {"đến Hà Nội, Hải Phòng và Thừa Thiên Huế",
       "Hà Nội|thành phố|01; Hải Phòng|thành phố|31; Thừa Thiên Huế|thành phố|46"},
      {"tỉnh Thừa Thiên Huế", "tỉnh Thừa Thiên Huế|thành phố|46"},
      {"TPHCM có 22 quận, huyện", "TPHCM|thành phố|79"},
      {"Bà Rịa-Vũng Tàu", "Bà Rịa-Vũng Tàu|tỉnh|77"},
      {"tuyến Hà Nội - Hải Phòng", "Hà Nội|thành phố|01; Hải Phòng|thành phố|31"},
      // The first word of a sentence is capitalized: "Tại" is not a name.
      {"Tại Hà Nội, giá tăng. Ở Hà Nam thì giảm", "Hà Nội|thành phố|01; Hà Nam|tỉnh|35"},
      // Inside a longer capitalized name, or after a person's title: a person.
      {"theo Báo Hà Giang", ""},
      {"bà Nguyễn Thị Hà Nam cho biết", ""},
      {"chị Hà Nam cho biết", ""},
      {"Chị Hà Nam cho biết", ""},
      {"Ông Long An nói", ""},
      // All capitals are not a bare name (a headline, an acronym).
      {"HÀ NỘI", ""},
      // Roads and rivers named after a province.
      {"xa lộ Hà Nội", ""},
      {"sông Đồng Nai", ""},
      // A person's name at the start of a sentence.
      {"Nguyễn Thái Bình giành huy chương", ""},
      // Bare, Hồ Chí Minh is mostly the man, his road or his thought.
      {"tư tưởng Hồ Chí Minh", ""},
      {"Chủ tịch Hồ Chí Minh", ""},
      // Not a province: districts need their type word.
      {"Bắc Mê tập trung triển khai", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(found(c.text) == c.expected);
  }
}

TEST_CASE("type words that are not places", "[places]") {
  const std::vector<const char*> texts = {
      "văn hóa, xã hội, cảnh quan",
      "Xã hội hóa công tác y tế",
      "thành phố lớn",
      "các thành phố trực thuộc Trung ương",
      "Huyện ủy Bắc Mê",
      "Ban Thường vụ Huyện Ủy",
      "Tỉnh Đoàn tổ chức",
      "Tỉnh Hội Nông dân",
      "huyện đã đẩy mạnh công tác tuyên truyền",
      "phối hợp với các xã tổ chức thực hiện",
      "34 tiêu chí xã, 162 tiêu chí thôn NTM",
      "02 xã và 09 thôn đạt chuẩn NTM",
      "mỗi xã thực hiện 1 tuyến đường",
      "mỗi thôn 1 sản phẩm",
      "Mỗi thôn 1 sản phẩm",
      "thôn 1 sản phẩm",
      "xây dựng Nông thôn mới",
      "xã Nông thôn mới kiểu mẫu",
      "bản Kế hoạch số 12",
      "văn bản Hướng dẫn",
      "theo văn bản Nhà Nước",
      "hàng Nhật Bản",
      "Hợp tác xã Yên Phong",
      "Hợp Tác Xã Yên Phong",
      "các quận huyện Bắc Mê",
      "xã 2.500 người",
      "phường 10% dân số",
      "Thông tấn xã Việt Nam",
      // Foreign provinces and cities, regions: the gazetteer has every
      // Vietnamese tỉnh and thành phố, so an unknown one is not a place here.
      "tỉnh Quảng Đông, Trung Quốc",
      "các tỉnh Tây Nguyên",
      "thành phố New York",
      // A person's name after the unit it heads.
      "Chủ tịch UBND TP Nguyễn Đức Chung",
      "Bí thư Huyện Lò Văn Sơn",
      // Capitalized titles are not unknown names.
      "Thôn Bản Đón Chào Năm Mới",
  };
  for (const char* t : texts) {
    INFO(t);
    CHECK(found(t) == "");
  }
  // "phố phường Hà Nội": the city is a place; "phường Hà Nội" is not.
  CHECK(found("phố phường Hà Nội") == "Hà Nội|thành phố|01");
}

TEST_CASE("ambiguous names resolve by the other places the text names", "[places]") {
  // Xã Yên Phong: five communes before the reform. Alone: no code, but the
  // type and the name they share.
  auto alone = find("xã Yên Phong đạt chuẩn nông thôn mới");
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].type == "xã");
  CHECK(alone[0].code == "");
  CHECK(alone[0].name == "Xã Yên Phong");

  struct Case {
    const char* text;
    const char* expected;
  };
  const std::vector<Case> cases = {
      // Its district is named: the one in Bắc Mê. Before or after.
      {"xã Yên Phong, huyện Bắc Mê", "xã Yên Phong|xã|00997; huyện Bắc Mê|huyện|031"},
      {"Huyện Bắc Mê có xã Yên Phong", "Huyện Bắc Mê|huyện|031; xã Yên Phong|xã|00997"},
      // Every mention of the name resolves alike.
      {"xã Yên Phong. Huyện Bắc Mê. Xã Yên Phong",
       "xã Yên Phong|xã|00997; Huyện Bắc Mê|huyện|031; Xã Yên Phong|xã|00997"},
      // Its province only: the nearest ancestor mentioned.
      {"xã Yên Phong, huyện Chợ Đồn, tỉnh Bắc Kạn",
       "xã Yên Phong|xã|02083; huyện Chợ Đồn|huyện|064; tỉnh Bắc Kạn|tỉnh|06"},
      {"xã Yên Phong (Thanh Hóa)", "xã Yên Phong|xã|15427; Thanh Hóa|tỉnh|38"},
      // A district named Yên Phong is not a xã's parent: still ambiguous.
      {"xã Yên Phong, huyện Yên Phong", "xã Yên Phong|xã|; huyện Yên Phong|huyện|258"},
      // Xã An Hòa of TP Biên Hòa has since become a phường: the text's
      // context finds the upgraded unit, though other xã An Hòa exist.
      {"từ TP Biên Hòa đi huyện Long Thành. Đến xã An Hòa thì",
       "TP Biên Hòa|thành phố|731; huyện Long Thành|huyện|740; xã An Hòa|phường|26371"},
      // Phường 12 is in many districts; Quận Gò Vấp settles it.
      {"Phường 12 quận Gò Vấp", "Phường 12|phường|26881; quận Gò Vấp|quận|764"},
      {"Phường 12", "Phường 12|phường|"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(found(c.text) == c.expected);
  }
}

TEST_CASE("normalization: new-style tone marks and NFD input", "[places]") {
  // "Hoà Bình" (new style) is read as "Hòa Bình".
  CHECK(found("tỉnh Hoà Bình") == "tỉnh Hòa Bình|tỉnh|17");
  CHECK(found("tỉnh Hòa Bình") == "tỉnh Hòa Bình|tỉnh|17");
  CHECK(found("Hoà Bình") == "Hòa Bình|tỉnh|17");
  CHECK(found("tỉnh Thanh Hoá") == "tỉnh Thanh Hóa|tỉnh|38");
  // NFD: "huyện Bắc Mê" with combining marks.
  std::string nfd = "huye\xCC\xA3\xCC\x82n Ba\xCC\x86\xCC\x81\x63 Me\xCC\x82";
  CHECK(found(nfd) == "huyện Bắc Mê|huyện|031");
  // NBSP between the type word and the name.
  CHECK(found("huyện\xC2\xA0\x42\xE1\xBA\xAF\x63 Mê") == "huyện Bắc Mê|huyện|031");
}

TEST_CASE("the era of a text", "[places]") {
  using Era = Gazetteer::Era;
  // No evidence: 2025-03. Tỉnh Bắc Ninh is 27 then, 24 after the reform.
  CHECK(found("tỉnh Bắc Ninh") == "tỉnh Bắc Ninh|tỉnh|27");
  CHECK(found("tỉnh Bắc Ninh", Era::kLatest) == "tỉnh Bắc Ninh|tỉnh|24");
  CHECK(found("tỉnh Bắc Ninh", Era::k2025_03) == "tỉnh Bắc Ninh|tỉnh|27");
  // A đặc khu exists only after the reform: the text is of that era.
  CHECK(found("đặc khu Phú Quốc, tỉnh An Giang") ==
        "đặc khu Phú Quốc|đặc khu|31078; tỉnh An Giang|tỉnh|91");
  // A huyện exists only before it.
  CHECK(found("huyện Yên Phong, tỉnh Bắc Ninh") == "huyện Yên Phong|huyện|258; tỉnh Bắc Ninh|tỉnh|27");
  // Only the latest era has a xã Yên Phong in Bắc Ninh: the era that
  // resolves more of the text.
  CHECK(found("xã Yên Phong, tỉnh Bắc Ninh") == "xã Yên Phong|xã|09193; tỉnh Bắc Ninh|tỉnh|24");
  // A name with no unit in the era asked for keeps its own era's: there
  // are no districts after the reform.
  CHECK(found("huyện Bắc Mê", Era::kLatest) == "huyện Bắc Mê|huyện|031");

  auto matches = gazetteer().match(normalizer().normalize_text("tỉnh Bắc Ninh và thôn Nà Sài"),
                                   Era::kLatest);
  REQUIRE(matches.size() == 2);
  CHECK(matches[0].era == Era::kLatest);
  CHECK(matches[1].era == Era::kAuto);  // no code

  CHECK(Gazetteer::era_for_date("2024-06-06") == Era::k2025_03);
  CHECK(Gazetteer::era_for_date("2025-06-30T23:59:00+07:00") == Era::k2025_03);
  CHECK(Gazetteer::era_for_date("2025-07-01") == Era::kLatest);
  CHECK(Gazetteer::era_for_date("06/06/2024") == Era::kAuto);
  CHECK(Gazetteer::era_for_date("") == Era::kAuto);
  CHECK(Gazetteer::era_name(Era::k2025_03) == "2025-03");
  CHECK(Gazetteer::era_name(Era::kLatest) == "latest");
}

TEST_CASE("the seed article names huyện Bắc Mê, with its code", "[places]") {
  // Sentences of bac-me-ntm-2024.txt (../shared/data/seed), kept here so that
  // the test needs only the repository.
  const std::string article =
      "Bắc Mê tập trung triển khai thực hiện xây dựng nông thôn mới năm 2024\n\n"
      "Nhằm thực hiện có hiệu quả Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024 "
      "huyện Bắc Mê đề ra các giải pháp bảo đảm hoàn thành kế hoạch.\n"
      "Ngay từ đầu năm huyện Bắc Mê đã ban hành kế hoạch về thực hiện nhiệm vụ xây dựng NTM, trong "
      "đó giao nhiệm vụ cụ thể cho từng cơ quan, đơn vị phụ trách các tiêu chí NTM phối hợp với các "
      "xã tổ chức thực hiện. Với mục tiêu năm 2024 phấn đầu hoàn thành 34 tiêu chí xã, 162 tiêu chí "
      "thôn NTM, mỗi xã thực hiện 1 tuyến đường sáng, xanh, sạch, đẹp.\n"
      "Để tập trung thực hiện 34 tiêu chí xã, 162 tiêu chí thôn nông thôn mới; 02 xã và 09 thôn đạt "
      "chuẩn NTM, giai đoạn 2022-2025. Huyện Bắc Mê đã triển khai thông qua việc thực hiện 06 nhiệm "
      "vụ trọng tâm và phong trào “mỗi tuần chọn một thôn, làm một việc” trong xây dựng Nông thôn "
      "mới, đô thị văn minh. Chương trình mỗi xã một sản phẩm; quan tâm lĩnh vực phát triển sản "
      "xuất, văn hóa, xã hội, cảnh quan, môi trường nông thôn.\n"
      "Phong trào xây dựng NTM ở các địa phương trong huyện Bắc Mê đang diễn ra sôi nổi, góp phần "
      "mang lại sức sống mới, thay đổi diện mạo mới của huyện.\n\n"
      "Hoàng Long: Huyện Bắc Mê\n";
  auto places = find(article);
  REQUIRE(places.size() == 5);
  for (const Place& p : places) {
    INFO(p.text);
    CHECK(p.code == "031");
    CHECK(p.name == "Huyện Bắc Mê");
    CHECK(p.type == "huyện");
  }
}

TEST_CASE("lower case changes only upper and title case letters", "[places]") {
  // The finder takes a word without Lu or Lt letters as its own lower case,
  // and copies such characters into keys as they are, without asking ICU.
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    const uint32_t gc = U_GET_GC_MASK(c);
    const bool in_words = (gc & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) || c == '\'' ||
                          c == 0x2019 || c == 0x02BC;  // apostrophes
    if (!in_words || (gc & (U_GC_LU_MASK | U_GC_LT_MASK))) continue;
    if (u_tolower(c) != c) FAIL("u_tolower changes U+" << std::hex << c);
  }
}

TEST_CASE("find is fast on a long text", "[places]") {
  // About 1 MB of text with places every few words: linear, no per-entry work.
  std::string chunk = normalizer().normalize_text(
      "Năm 2024 huyện Bắc Mê, tỉnh Hà Giang có 13 xã; xã Yên Phong và thôn Nà Sài đạt chuẩn. "
      "Tại Hà Nội, TP.HCM và Phường 12 quận Gò Vấp, giá cả ổn định. ");
  std::string text;
  while (text.size() < (1u << 20)) text += chunk;
  auto places = gazetteer().find(text);
  CHECK(places.size() == 8 * (text.size() / chunk.size()));
  for (const Place& p : places) {
    if (p.text == "xã Yên Phong") CHECK(p.code == "00997");
  }
}
