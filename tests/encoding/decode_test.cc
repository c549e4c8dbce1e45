// decode_to_utf8: tables of bytes in -> (text, encoding, how found, repairs) out.
#include <catch2/catch.hpp>

#include <string>

#include "encoding/charsets.h"
#include "encoding/decode.h"
#include "encoding/score.h"

using namespace solieu;

namespace {

const std::string kPlain = "Cộng hòa xã hội chủ nghĩa Việt Nam, đường giao thông nông thôn dài 25 km";

struct Case {
  const char* name;
  std::string bytes;
  const char* declared;
  const char* encoding;
  const char* found_by;
  size_t repairs;
};

}  // namespace

TEST_CASE("decode: each charset, declared or detected, gives the same Vietnamese text", "[encoding]") {
  const std::string w1258 =
      "C\xf4\xf2ng ho\xcc" "a xa\xde h\xf4\xf2i chu\xd2 nghi\xde" "a Vi\xea\xf2t Nam, \xf0\xfd\xf5\xccng giao "
      "th\xf4ng n\xf4ng th\xf4n d\xe0i 25 km";
  const std::string viscii =
      "C\xb5ng h\xf2" "a x\xe3 h\xb5i ch\xfc ngh\xee" "a Vi\xae" "t Nam, \xf0\xdf\xb6ng giao th\xf4ng n\xf4ng "
      "th\xf4n d\xe0i 25 km";
  const std::string vni =
      "Co\xe4ng ho\xf8" "a xa\xf5 ho\xe4i chu\xfb ngh\xf3" "a Vie\xe4t Nam, \xf1\xf6\xf4\xf8ng giao tho\xe2ng "
      "no\xe2ng tho\xe2n da\xf8i 25 km";
  const std::string tcvn3 =
      "C\xe9ng h\xdf" "a x\xb7 h\xe9i ch\xf1 ngh\xdc" "a Vi\xd6t Nam, \xae\xad\xeang giao th\xabng n\xabng "
      "th\xabn d\xb5i 25 km";
  std::string utf16le = "\xff\xfe", utf16be = "\xfe\xff";
  {
    // UTF-16 of kPlain, written out here from its code points.
    std::u16string u = u"Cộng hòa xã hội chủ nghĩa Việt Nam, đường giao thông nông thôn dài 25 km";
    for (char16_t c : u) {
      utf16le += static_cast<char>(c & 0xFF), utf16le += static_cast<char>(c >> 8);
      utf16be += static_cast<char>(c >> 8), utf16be += static_cast<char>(c & 0xFF);
    }
  }
  const std::vector<Case> cases = {
      {"utf-8, nothing declared", kPlain, "", "utf-8", "detected", 0},
      {"utf-8, declared", kPlain, "UTF-8", "utf-8", "declared", 0},
      {"utf-8 with a BOM", "\xef\xbb\xbf" + kPlain, "", "utf-8", "bom", 0},
      {"utf-8 declared windows-1258", kPlain, "windows-1258", "utf-8", "detected", 1},
      {"utf-16le with a BOM", utf16le, "", "utf-16le", "bom", 0},
      {"utf-16be with a BOM", utf16be, "", "utf-16be", "bom", 0},
      {"utf-16le without a BOM", utf16le.substr(2), "", "utf-16le", "detected", 0},
      {"windows-1258 declared", w1258, "windows-1258", "windows-1258", "declared", 0},
      {"windows-1258 detected", w1258, "", "windows-1258", "detected", 0},
      {"viscii declared", viscii, "VISCII", "viscii", "declared", 0},
      {"viscii detected", viscii, "", "viscii", "detected", 0},
      {"vni detected", vni, "", "vni", "detected", 0},
      {"vni declared windows-1252", vni, "windows-1252", "vni", "detected", 1},
      {"vni declared iso-8859-1", vni, "ISO-8859-1", "vni", "detected", 1},
      {"tcvn3 detected", tcvn3, "", "tcvn3", "detected", 0},
      {"tcvn3 declared windows-1252", tcvn3, "windows-1252", "tcvn3", "detected", 1},
      {"tcvn3 declared, label x-viet-tcvn", tcvn3, "x-viet-tcvn", "tcvn3", "declared", 0},
      {"declared utf-8 but tcvn3", tcvn3, "utf-8", "tcvn3", "detected", 1},
      {"declared viscii but tcvn3", tcvn3, "viscii", "tcvn3", "detected", 1},
      {"declared windows-1258 but vni", vni, "windows-1258", "vni", "detected", 1},
      {"an unknown label", vni, "x-made-up", "vni", "detected", 1},
      {"tcvn3 shown as 1252 (mojibake)", "Céng hßa x· héi chñ nghÜa ViÖt Nam, ®\xc2\xadêng giao th«ng n«ng th«n dµi 25 km",
       "", "utf-8", "detected", 1},
      {"utf-8 decoded twice", "Cá»™ng hÃ²a xÃ£ há»™i chá»§ nghÄ©a Viá»‡t Nam, Ä‘Æ°á»\xc2\x9dng giao thÃ´ng nÃ´ng thÃ´n dÃ i 25 km",
       "", "utf-8", "detected", 1},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    Result<Decoded> d = decode_to_utf8(c.bytes, c.declared);
    REQUIRE(d);
    CHECK(d->text == kPlain);
    CHECK(d->encoding == c.encoding);
    CHECK(d->found_by == c.found_by);
    CHECK(d->repairs.size() == c.repairs);
  }
}

TEST_CASE("decode: valid UTF-8 is never changed", "[encoding]") {
  const std::vector<std::string> texts = {
      "",
      "Plain ASCII, 25 km, 14.000 lượt người",
      "Xin chào bà con, tôi là cán bộ xã",  // all Latin-1 letters: could be read back as 1252
      "Cà phê Đà Lạt; ô tô; Hà Nội", "Tiếng Việt có dấu: ằ ẳ ẵ ặ ế ề ể ễ ệ",
      "Hoà, thuỷ, khoẻ: the other tone placement stays as given",
      "Ti\xe1\xba\xbf\x6e\x67 Vi\xe1\xbb\x87t",  // UTF-8 escapes of ế / ệ
      "Cafe\xcc\x81 (NFD stays NFD)", "Français, Deutsch: Grüße, Ελληνικά, 中文, 😄",
      "Ã is a letter in Portuguese: São Paulo, João",
  };
  for (const std::string& t : texts) {
    INFO(t);
    Result<Decoded> d = decode_to_utf8(t, "");
    REQUIRE(d);
    CHECK(d->text == t);
    CHECK(d->encoding == "utf-8");
    CHECK(d->repairs.empty());
  }
}

TEST_CASE("decode: losses are recorded", "[encoding]") {
  // TCVN3 has no toned capitals; an odd UTF-16 tail is a loss too.
  Result<Decoded> t = decode_to_utf8("C\xe9ng h\xdf" "a x\xb7 h\xe9i ch\xf1 ngh\xdc" "a Vi\xd6t Nam", "tcvn3");
  REQUIRE(t);
  REQUIRE(t->losses.size() == 1);
  CHECK(t->losses[0].find("no toned capitals") != std::string::npos);
  Result<Decoded> u = decode_to_utf8(std::string("\xff\xfe" "A\0B\0C", 7), "");
  REQUIRE(u);
  CHECK(u->text == "AB\xef\xbf\xbd");
  REQUIRE(u->losses.size() == 1);
}

TEST_CASE("decode: labels", "[encoding]") {
  using encoding::Charset;
  const std::vector<std::pair<const char*, std::optional<Charset>>> labels = {
      {"utf-8", Charset::kUtf8},          {"UTF8", Charset::kUtf8},
      {"windows-1258", Charset::kWindows1258}, {"CP1258", Charset::kWindows1258},
      {"iso-8859-1", Charset::kWindows1252},   {"latin1", Charset::kWindows1252},
      {"VISCII", Charset::kViscii},        {"x-viet-vni", Charset::kVni},
      {"TCVN-5712", Charset::kTcvn3},      {"utf-16", Charset::kUtf16le},
      {"shift_jis", std::nullopt},         {"", std::nullopt}};
  for (const auto& [label, want] : labels) {
    INFO(label);
    CHECK(encoding::charset_from_label(label) == want);
  }
}

TEST_CASE("decode: Vietnamese syllables", "[encoding]") {
  const std::vector<std::pair<const char*, bool>> words = {
      {"Việt", true},  {"nghiêng", true}, {"người", true}, {"khuya", true}, {"quốc", true},
      {"gì", true},    {"thuở", true},    {"Đường", true}, {"hòa", true},   {"hoà", true},
      {"héi", false},  {"hßa", false},    {"Vieät", false}, {"Grüße", false}, {"ViÖt", false},
      {"bánh", true},  {"xoóng", true},   {"ằ", true},     {"Ä", false}};
  for (const auto& [w, ok] : words) {
    INFO(w);
    CHECK(encoding::is_vietnamese_syllable(w) == ok);
  }
}
