// Numbers written in words, alone or mixed with figures.
#include "number_test_support.h"

namespace solieu::test {
namespace {

const Accept kUnitsAndTens[] = {
    {"không", 0, W},
    {"một", 1, W},
    {"hai", 2, W},
    {"ba", 3, W},
    {"bốn", 4, W},
    {"năm", 5, W},
    {"sáu", 6, W},
    {"bảy", 7, W},
    {"bẩy", 7, W},
    {"tám", 8, W},
    {"chín", 9, W},
    {"mười", 10, W},
    {"mười một", 11, W},
    {"mười hai", 12, W},
    {"mười bốn", 14, W},
    {"mười lăm", 15, W},
    {"mười nhăm", 15, W},
    {"mười chín", 19, W},
    {"hai mươi", 20, W},
    {"hai mươi mốt", 21, W},
    {"hai mươi một", 21, W},
    {"hai mươi tư", 24, W},
    {"hai mươi bốn", 24, W},
    {"hai mươi lăm", 25, W},
    {"hai mươi nhăm", 25, W},
    {"hai mươi năm", 25, W},
    {"ba mươi", 30, W},
    {"chín mươi chín", 99, W},
    {"một mươi", 10, W},
    {"hai chục", 20, W},
    {"một chục", 10, W},
    {"hai mốt", 21, W},
    {"hai tư", 24, W},
    {"ba lăm", 35, W},
    {"chín mốt", 91, W},
    {"năm nhăm", 55, W},
};

TEST_CASE("units and tens in words", "[number][words]") {
  for (const Accept& c : kUnitsAndTens) check_accept(c);
}

const Accept kHundreds[] = {
    {"một trăm", 100, W},
    {"trăm", 100, W},
    {"chín trăm", 900, W},
    {"một trăm linh năm", 105, W},
    {"một trăm lẻ ba", 103, W},
    {"một trăm linh tư", 104, W},
    {"một trăm linh một", 101, W},
    {"một trăm mười", 110, W},
    {"một trăm mười lăm", 115, W},
    {"một trăm hai mươi", 120, W},
    {"một trăm hai mươi ba", 123, W},
    {"hai trăm hai mốt", 221, W},
    {"chín trăm chín mươi chín", 999, W},
    // Short forms: the trailing unit counts tens.
    {"một trăm mốt", 110, W},
    {"một trăm một", 110, W},
    {"một trăm hai", 120, W},
    {"một trăm tư", 140, W},
    {"hai trăm năm", 250, W},
    {"trăm hai", 120, W},
    {"trăm linh năm", 105, W},
    {"trăm rưỡi", 150, W},
    {"hai trăm rưỡi", 250, W},
    {"trăm nghìn", 100000, W},
};

TEST_CASE("hundreds in words", "[number][words]") {
  for (const Accept& c : kHundreds) check_accept(c);
}

const Accept kScales[] = {
    {"một nghìn", 1000, W},
    {"một ngàn", 1000, W},
    {"mười nghìn", 10000, W},
    {"mười lăm nghìn", 15000, W},
    {"hai mươi nghìn", 20000, W},
    {"hai mốt nghìn", 21000, W},
    {"ba chục nghìn", 30000, W},
    {"một trăm nghìn", 100000, W},
    {"hai trăm năm mươi nghìn", 250000, W},
    {"một nghìn không trăm mười hai", 1012, W},
    {"bảy trăm hai mươi mốt nghìn không trăm mười hai", 721012, W},
    {"hai nghìn không trăm hai mươi tư", 2024, W},
    {"một nghìn không trăm linh năm", 1005, W},
    {"hai nghìn lẻ năm", 2005, W},
    {"một nghìn hai trăm", 1200, W},
    {"hai nghìn năm trăm năm", 2550, W},
    {"một nghìn tư", 1400, W},
    {"một nghìn mốt", 1100, W},
    {"một nghìn rưỡi", 1500, W},
    {"hai triệu rưỡi", 2.5e6, W},
    {"ba triệu hai", 3.2e6, W},
    {"một tỷ hai", 1.2e9, W},
    {"một tỉ", 1e9, W},
    {"một vạn", 1e4, W},
    {"một vạn hai", 12000, W},
    {"một triệu", 1e6, W},
    {"một tỷ", 1e9, W},
    {"một nghìn tỷ", 1e12, W},
    {"một nghìn tỷ hai", 1.2e12, W},
    {"hai triệu tỷ", 2e15, W},
    {"một trăm hai mươi nghìn tỷ", 1.2e14, W},
    {"một triệu hai trăm nghìn", 1.2e6, W},
    {"ba triệu năm trăm nghìn", 3.5e6, W},
    {"hai tỷ ba trăm triệu", 2.3e9, W},
    {"hai nghìn tỷ ba trăm tỷ", 2.3e12, W},
    {"một tỷ không trăm năm mươi triệu", 1.05e9, W},
    {"năm trăm triệu", 5e8, W},
    {"mười hai triệu", 1.2e7, W},
    {"một triệu linh năm", 1000005, W},
    {"một triệu không trăm linh năm nghìn", 1005000, W},
    {"một tỷ hai trăm triệu ba trăm nghìn", 1.2003e9, W},
    {"một tỷ hai trăm triệu ba trăm nghìn bốn trăm năm mươi sáu", 1200300456, W},
};

TEST_CASE("scales in words", "[number][words]") {
  for (const Accept& c : kScales) check_accept(c);
}

const Accept kHalvesAndDecimals[] = {
    {"nửa", 0.5, W},
    {"một nửa", 0.5, W},
    {"nửa triệu", 5e5, W},
    {"nửa tỷ", 5e8, W},
    {"hai rưỡi", 2.5, W},
    {"hai rưởi", 2.5, W},
    {"hai phẩy năm", 2.5, W},
    {"một chấm ba", 1.3, W},
    {"không phẩy năm", 0.5, W},
    {"ba phẩy một bốn", 3.14, W},
    {"hai phẩy không năm", 2.05, W},
    {"hai phẩy hai mươi lăm", 2.25, W},
    {"hai phẩy hai lăm", 2.25, W},
    {"hai phẩy năm mươi", 2.5, W},
    {"hai phẩy không hai mươi lăm", 2.025, W},
    {"hai phẩy năm tỷ", 2.5e9, W},
    {"một phẩy hai triệu", 1.2e6, W},
    {"hai phẩy năm nghìn tỷ", 2.5e12, W},
    {"mười hai phẩy năm", 12.5, W},
    {"một trăm hai mươi phẩy năm", 120.5, W},
    {"âm hai", -2, W},
    {"âm một trăm", -100, W},
    {"âm hai phẩy năm", -2.5, W},
    {"âm nửa", -0.5, W},
    {"âm trăm", -100, W},
};

TEST_CASE("halves, spoken decimals and negatives in words", "[number][words]") {
  for (const Accept& c : kHalvesAndDecimals) check_accept(c);
}

const Accept kMixed[] = {
    {"14 nghìn", 14000, W | D},
    {"5 nghìn", 5000, W | D},
    {"2,5 tỷ", 2.5e9, W | D},
    {"1,5 triệu", 1.5e6, W | D},
    {"12,5 nghìn tỷ", 1.25e13, W | D},
    {"3 triệu", 3e6, W | D},
    {"10 triệu", 1e7, W | D},
    {"500 triệu", 5e8, W | D},
    {"2 tỉ", 2e9, W | D},
    {"2 ngàn", 2000, W | D},
    {"3 vạn", 30000, W | D},
    {"1 tỷ 200 triệu", 1.2e9, W | D},
    {"1 tỷ 2 triệu", 1.002e9, W | D},
    {"1 tỷ 2 triệu 3 nghìn", 1002003000, W | D},
    {"1 tỷ 200 triệu 500 nghìn", 1200500000, W | D},
    {"3 triệu 500 nghìn", 3.5e6, W | D},
    {"2 triệu rưỡi", 2.5e6, W | D},
    {"1 nghìn tỷ", 1e12, W | D},
    {"100 nghìn tỷ", 1e14, W | D},
    {"3 triệu tỷ", 3e15, W | D},
    {"1.500 tỷ", 1.5e12, W | D | A},
    {"2 trăm", 200, W | D},
    {"2 trăm nghìn", 200000, W | D},
    {"2 trăm rưỡi", 250, W | D},
    {"2 rưỡi", 2.5, W | D},
    {"1 nghìn hai", 1200, W | D},
    {"1 tỷ hai trăm triệu", 1.2e9, W | D},
    {"một tỷ 200 triệu", 1.2e9, W | D},
    {"1 triệu linh năm", 1000005, W | D},
    {"2 phẩy 5", 2.5, W | D},
    {"hai phẩy 23", 2.23, W | D},
    {"hai phẩy 05", 2.05, W | D},
    {"hai phẩy 5 tỷ", 2.5e9, W | D},
    {"05 nghìn", 5000, W | D | Z},
    {"-5 nghìn", -5000, W | D},
    {"âm 3 triệu", -3e6, W | D},
};

TEST_CASE("figures mixed with words", "[number][mixed]") {
  for (const Accept& c : kMixed) check_accept(c);
}

const Accept kCaseAndSpacing[] = {
    {"Hai Mươi Mốt", 21, W},
    {"MƯỜI LĂM", 15, W},
    {"HAI MƯƠI TƯ", 24, W},
    {"MỘT TRIỆU", 1e6, W},
    {"Một Trăm Linh Năm", 105, W},
    {"Âm Năm", -5, W},
    {"BẢY TRĂM", 700, W},
    {"14 NGHÌN", 14000, W | D},
    {"2 TỶ", 2e9, W | D},
    {"NỬA", 0.5, W},
    {"hai   mươi  mốt", 21, W},
    {"  một trăm  ", 100, W},
    {"hai\tmươi", 20, W},
    {"1 tỷ   200  triệu", 1.2e9, W | D},
};

TEST_CASE("case and spacing do not matter", "[number][words]") {
  for (const Accept& c : kCaseAndSpacing) check_accept(c);
}

const Accept kNoDiacritics[] = {
    {"hai muoi", 20, W | N},
    {"hai muoi mot", 21, W | N},
    {"hai mươi mot", 21, W | N},
    {"muoi", 10, W | N},
    {"muoi lam", 15, W | N},
    {"mot tram", 100, W | N},
    {"tram", 100, W | N},
    {"hai tram", 200, W | N},
    {"mot nghin", 1000, W | N},
    {"hai trieu", 2e6, W | N},
    {"ba ty", 3e9, W | N},
    {"ba ti", 3e9, W | N},
    {"nam tram", 500, W | N},
    {"mot tram linh nam", 105, W | N},
    {"mot tram le ba", 103, W | N},
    {"hai nghin ruoi", 2500, W | N},
    {"hai phay nam", 2.5, W | N},
    {"mot cham ba", 1.3, W | N},
    {"am hai", -2, W | N},
    {"nua", 0.5, W | N},
    {"nua trieu", 5e5, W | N},
    {"bay muoi", 70, W | N},
    {"hai chuc", 20, W | N},
    {"hai muoi tu", 24, W | N},
    {"chin tram", 900, W | N},
    {"khong", 0, W | N},
    {"sau ngan", 6000, W | N},
    {"tam van", 80000, W | N},
    {"14 nghin", 14000, W | D | N},
    {"2 ty", 2e9, W | D | N},
    {"1,5 trieu", 1.5e6, W | D | N},
};

TEST_CASE("words typed without diacritics are flagged", "[number][words][plain]") {
  for (const Accept& c : kNoDiacritics) check_accept(c);
}

// Words that are spelled the same with and without diacritics are not a
// sign of missing diacritics ("hai" is both).
TEST_CASE("regression: hai and ba are not flagged no_diacritics", "[number][words][plain]") {
  for (std::string_view s : {"hai", "ba", "hai mươi", "ba mươi hai", "linh"}) {
    INFO(s);
    std::optional<NumberReading> r = parse_number(s, lexicon());
    if (s == "linh") {
      CHECK_FALSE(r);
      continue;
    }
    REQUIRE(r);
    CHECK_FALSE(r->no_diacritics);
  }
}

// Leading zeros after a spoken point are decimals, not padding.
TEST_CASE("regression: hai phẩy 05 is not zero padded", "[number][mixed]") {
  check_accept({"hai phẩy 05", 2.05, W | D});
  check_accept({"05 phẩy 5", 5.5, W | D | Z});
}

}  // namespace
}  // namespace solieu::test
