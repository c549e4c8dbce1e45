// Spans that are not one number. Each group says why it is refused.
#include "number_test_support.h"

namespace solieu::test {
namespace {

TEST_CASE("empty and blank spans are refused", "[number][reject]") {
  for (std::string_view s : {"", " ", "   ", "\t", " \t \n"}) check_reject(s);
}

// Two numbers side by side, with no structure joining them.
TEST_CASE("sequences of digits are refused", "[number][reject]") {
  for (std::string_view s : {"năm năm", "một hai", "hai năm", "không hai", "hai ba bốn", "mười mười",
                             "hai mươi hai mươi", "hai mươi mốt mốt", "ba lăm lăm", "hai 5", "5 hai",
                             "hai mươi 5", "mười 5"})
    check_reject(s);
}

// Words that only make sense after something.
TEST_CASE("dependent words alone are refused", "[number][reject]") {
  for (std::string_view s : {"mươi", "mốt", "tư", "lăm", "nhăm", "linh", "lẻ", "linh năm", "lẻ ba",
                             "chục", "rưỡi", "RƯỠI", "phẩy", "chấm", "âm", "phẩy năm", "mươi hai",
                             "tu", "lam"})
    check_reject(s);
}

// A scale never stands alone ("tỷ lệ" is a rate, "hàng nghìn" is vague).
TEST_CASE("bare scales are refused", "[number][reject]") {
  for (std::string_view s : {"nghìn", "triệu", "tỷ", "vạn", "nghìn tỷ", "nghìn rưỡi", "triệu hai",
                             "nghìn triệu hai", "tỷ lệ", "hàng nghìn"})
    check_reject(s);
}

TEST_CASE("tens that do not fit are refused", "[number][reject]") {
  for (std::string_view s : {
           "mười năm",      // fifteen is "mười lăm"; "mười năm" is ten years
           "mười mốt",      // mốt only after tens of twenty and more
           "mười tư",       // likewise tư
           "một mốt",       // eleven is "mười một"
           "không mươi",    // no zero tens
           "hai mươi mười", "hai mươi không", "mười không", "hai mươi rưỡi", "mươi mốt",
       })
    check_reject(s);
}

TEST_CASE("hundreds and zero tens that do not fit are refused", "[number][reject]") {
  for (std::string_view s : {
           "trăm trăm", "một trăm trăm", "hai trăm trăm", "không trăm", "không trăm năm",
           "một nghìn không trăm", "một trăm linh", "một trăm linh mười", "một trăm linh không",
           "một trăm linh mốt", "một linh năm", "hai trăm mốt nghìn",
           // A unit after a hundred is a short form only at the end: 102 000
           // and 120 000 both fit "một trăm hai nghìn".
           "một trăm hai nghìn", "một trăm hai rưỡi", "một nghìn trăm", "15 trăm", "1,5 trăm",
           "2 trăm năm mươi", "2 trăm linh năm",
       })
    check_reject(s);
}

TEST_CASE("scales out of order are refused", "[number][reject]") {
  for (std::string_view s : {
           "hai triệu ba triệu", "một nghìn nghìn", "một tỷ nghìn", "tỷ tỷ", "một tỷ tỷ",
           "một nghìn hai triệu", "không nghìn", "một nghìn không", "hai nghìn tỷ ba nghìn tỷ",
           "1 tỷ 2000 triệu", "một triệu hai triệu", "hai trăm nghìn ba trăm nghìn",
       })
    check_reject(s);
}

// "2 triệu 500" could be 2 000 500 or 2.5 million.
TEST_CASE("a figure does not end a number after a scale", "[number][reject]") {
  for (std::string_view s : {"1 tỷ 200", "2 triệu 500", "1 nghìn 2", "hai nghìn 24", "2 chục",
                             "5 mươi"})
    check_reject(s);
}

TEST_CASE("decimals that do not fit are refused", "[number][reject]") {
  for (std::string_view s : {"hai phẩy", "hai phẩy phẩy năm", "hai phẩy năm phẩy ba",
                             "1,5 tỷ 200 triệu", "2,5 tỷ rưỡi", "hai phẩy năm rưỡi",
                             "một triệu phẩy năm", "hai phẩy 2.5", "hai phẩy 1,5",
                             "1.500 phẩy 5", "2,5 phẩy 3", "hai phẩy 50k", "hai phẩy năm tỷ hai",
                             "hai phẩy một trăm", "phẩy 5", "2 phẩy", "hai chấm chấm"})
    check_reject(s);
}

TEST_CASE("halves that do not fit are refused", "[number][reject]") {
  for (std::string_view s : {"nửa nửa", "hai nửa", "một nửa triệu", "nửa trăm", "nửa hai",
                             "hai triệu rưỡi rưỡi", "hai triệu rưỡi nghìn", "rưỡi hai"})
    check_reject(s);
}

TEST_CASE("signs that do not fit are refused", "[number][reject]") {
  for (std::string_view s : {"âm âm năm", "năm âm", "hai âm ba", "- nghìn", "-trăm"})
    check_reject(s);
}

TEST_CASE("words that are not numbers are refused", "[number][reject]") {
  for (std::string_view s : {"abc", "hai abc", "một số", "một cách", "vài chục", "hàng trăm",
                             "2 người", "hai-mươi", "m", "triệu đồng", "hai m", "500 m",
                             "\xFF\xFE", "hai\xC3", "١٢"})
    check_reject(s);
}

}  // namespace
}  // namespace solieu::test
