// Figures: every way Vietnamese news writes a number, a measure and an amount
// of money (issue 3), checked end to end through the normalizer, the real
// patterns in patterns/vi and the extractor.
//
// Each row states the correct figure per the annotation guidelines
// (/work/shared/data/gold-dev/GUIDELINES.md) and the design notes
// (/work/shared/design/vietnamese-text.md): the exact substring of the input
// it covers, its value in the unit as written, the canonical unit (or the
// counted noun), the qualifier and the dimension; "*" leaves a field out.
// Cases the rules do not handle yet live in figures_pending.txt (and, with
// their fields, in figures_pending_test.cc) until the rules catch up.
// Traps (spans that must hold no figure) are in figures_traps_test.cc.
#include <span>

#include "figures_support.h"

namespace solieu::figures_test {
namespace {

constexpr Flag Y = Flag::kYes;

// ------------------------------------------------------------ digit notation --
// "." groups thousands, "," marks decimals; zero padding; glued units.
const Case kDigits[] = {
    {"Toàn huyện có 2.800 hộ.", "2.800 hộ", 2800, "hộ", "exact", "count"},
    {"Đường dài 2.800 mét.", "2.800 mét", 2800, "m", "exact", "length", {.nvalue = 2800, .nunit = "m"}},
    {"Diện tích lúa 1,5 ha.", "1,5 ha", 1.5, "ha", "exact", "area", {.nvalue = 15000, .nunit = "m2"}},
    {"Xã có 05 tuyến đường giao thông.", "05 tuyến đường", 5, "tuyến đường", "exact", "count"},
    {"Sản lượng đạt 1.234,5 tấn.", "1.234,5 tấn", 1234.5, "tấn", "exact", "mass", {.nvalue = 1234500, .nunit = "kg"}},
    {"Tổng kinh phí 12.345.678 đồng.", "12.345.678 đồng", 12345678, "VND", "exact", "money", {.nvalue = 12345678, .nunit = "VND"}},
    {"Mở rộng thêm 0,5 ha.", "0,5 ha", 0.5, "ha", "exact", "area", {.nvalue = 5000}},
    {"Huyện còn 02 xã chưa đạt chuẩn.", "02 xã", 2, "xã", "exact", "count"},
    {"Có 09 thôn đặc biệt khó khăn.", "09 thôn", 9, "thôn", "exact", "count"},
    {"Thành phố có 1.000.000 người.", "1.000.000 người", 1000000, "người", "exact", "count"},
    {"Đã có 100 người đăng ký.", "100 người", 100, "người", "exact", "count"},
    {"Vụ tai nạn làm 7 người bị thương.", "7 người", 7, "người", "exact", "count"},
    {"Thu hút 3.500 lượt người tham gia.", "3.500 lượt người", 3500, "lượt người", "exact", "count"},
    {"Tỷ lệ hộ nghèo còn 12,75%.", "12,75%", 12.75, "%", "exact", "percent", {.nvalue = 12.75, .nunit = "%"}},
    {"Nhà văn hóa rộng 1.500,25 m2.", "1.500,25 m2", 1500.25, "m2", "exact", "area", {.nvalue = 1500.25}},
    {"Vốn đầu tư 25.000 tỷ đồng.", "25.000 tỷ đồng", 2.5e13, "VND", "exact", "money"},
    {"Dự án vay 2.5 triệu USD.", "2.5 triệu USD", 2.5e6, "USD", "exact", "money"},
    {"Giá trị hợp đồng 1,500,000 đồng.", "1,500,000 đồng", 1.5e6, "VND", "exact", "money"},
    {"Xã có 1.500 người.", "1.500 người", 1500, "người", "exact", "count"},
    {"Mỗi suất quà trị giá 100.000 đồng.", "100.000 đồng", 100000, "VND", "exact", "money"},
    {"Tuyến kênh dài 3,5 km.", "3,5 km", 3.5, "km", "exact", "length", {.nvalue = 3500, .nunit = "m"}},
    {"Đoạn đường 0,8 km.", "0,8 km", 0.8, "km", "exact", "length", {.nvalue = 800}},
    {"Xã có 999 hộ.", "999 hộ", 999, "hộ", "exact", "count"},
    {"Làm 1.000 m đường bê tông.", "1.000 m", 1000, "m", "exact", "length", {.nvalue = 1000}},
    {"Trồng mới 10.500 cây xanh.", "10.500 cây xanh", 10500, "cây xanh", "exact", "count"},
    {"Đã có 01 công trình hoàn thành.", "01 công trình", 1, "công trình", "exact", "count"},
    {"Tỉnh có 1.234.567 người.", "1.234.567 người", 1234567, "người", "exact", "count"},
    {"Năng suất đạt 5,25 tấn.", "5,25 tấn", 5.25, "tấn", "exact", "mass", {.nvalue = 5250}},
    {"Lạm phát giảm 0,75%.", "0,75%", 0.75, "%", "exact", "percent"},
    {"Vùng nuôi tôm 120,5 ha.", "120,5 ha", 120.5, "ha", "exact", "area", {.nvalue = 1205000}},
    {"Hỗ trợ 1.000 USD.", "1.000 USD", 1000, "USD", "exact", "money"},
    {"Đoạn kè dài 850m.", "850m", 850, "m", "exact", "length", {.nvalue = 850}},
    {"Huyện đã xây 3 cầu.", "3 cầu", 3, "cầu", "exact", "count"},
    {"Xã đã xây 1 cầu dân sinh.", "1 cầu", 1, "cầu", "exact", "count"},
    {"Có 2.800 người", "2.800 người", 2800, "người", "exact", "count"},
    {"200 hộ", "200 hộ", 200, "hộ", "exact", "count"},
    {"Tổng cộng 3.000.000 đồng", "3.000.000 đồng", 3e6, "VND", "exact", "money"},
    {"Xuất khẩu 1.000.000 tấn.", "1.000.000 tấn", 1e6, "tấn", "exact", "mass", {.nvalue = 1e9, .nunit = "kg"}},
    {"Nâng cấp 12,5 km đường.", "12,5 km", 12.5, "km", "exact", "length", {.nvalue = 12500}},
    {"Chiếm 100% số xã.", "100%", 100, "%", "exact", "percent"},
    {"Tăng trưởng âm 2%.", "âm 2%", -2, "%", "exact", "percent"},
    {"Tăng trưởng -1,5%.", "-1,5%", -1.5, "%", "exact", "percent"},
};

// ------------------------------------------------------ scale words, mixed --
const Case kScales[] = {
    {"Có 14 nghìn người tham dự.", "14 nghìn người", 14000, "người", "exact", "count"},
    {"Thu hút 14 ngàn người.", "14 ngàn người", 14000, "người", "exact", "count"},
    {"Doanh thu đạt 2,5 tỷ đồng.", "2,5 tỷ đồng", 2.5e9, "VND", "exact", "money", {.nvalue = 2.5e9, .nunit = "VND"}},
    {"Mỗi hộ được thưởng 3 triệu đồng.", "3 triệu đồng", 3e6, "VND", "exact", "money"},
    {"Tổng vốn 1 tỷ 200 triệu đồng.", "1 tỷ 200 triệu đồng", 1.2e9, "VND", "exact", "money"},
    {"Mỗi hộ nhận 3 triệu 500 nghìn đồng.", "3 triệu 500 nghìn đồng", 3.5e6, "VND", "exact", "money"},
    {"Quân số 5 vạn người.", "5 vạn người", 50000, "người", "exact", "count"},
    {"Đầu tư 1.000 tỷ đồng.", "1.000 tỷ đồng", 1e12, "VND", "exact", "money"},
    {"Ngân sách chi 2 nghìn tỷ đồng.", "2 nghìn tỷ đồng", 2e12, "VND", "exact", "money"},
    {"Tổng tài sản 1 triệu tỷ đồng.", "1 triệu tỷ đồng", 1e15, "VND", "exact", "money"},
    {"Dân số 1,2 triệu người.", "1,2 triệu người", 1.2e6, "người", "exact", "count"},
    {"Huyện chi 3 tỉ đồng.", "3 tỉ đồng", 3e9, "VND", "exact", "money"},
    {"Xuất khẩu 12 nghìn tấn gạo.", "12 nghìn tấn", 12000, "tấn", "exact", "mass", {.nvalue = 1.2e7, .nunit = "kg"}},
    {"Trồng rừng 1,5 nghìn ha.", "1,5 nghìn ha", 1500, "ha", "exact", "area", {.nvalue = 1.5e7}},
    {"Có 2 trăm người dự.", "2 trăm người", 200, "người", "exact", "count"},
    {"Hỗ trợ 5 trăm nghìn đồng.", "5 trăm nghìn đồng", 500000, "VND", "exact", "money"},
    {"Dự án trị giá 10 tỷ 500 triệu đồng.", "10 tỷ 500 triệu đồng", 1.05e10, "VND", "exact", "money"},
    {"Giải ngân 2 tỷ 350 triệu đồng.", "2 tỷ 350 triệu đồng", 2.35e9, "VND", "exact", "money"},
    {"Mỗi suất 1 triệu 200 nghìn đồng.", "1 triệu 200 nghìn đồng", 1.2e6, "VND", "exact", "money"},
    {"Công trình tốn 4 tỷ rưỡi đồng.", "4 tỷ rưỡi đồng", 4.5e9, "VND", "exact", "money"},
    {"Tỉnh vay 100 triệu USD.", "100 triệu USD", 1e8, "USD", "exact", "money"},
    {"Sản lượng 3,5 triệu tấn.", "3,5 triệu tấn", 3.5e6, "tấn", "exact", "mass", {.nvalue = 3.5e9}},
    {"Thành phố có 650 nghìn người.", "650 nghìn người", 650000, "người", "exact", "count"},
    {"Học phí 300 nghìn đồng.", "300 nghìn đồng", 300000, "VND", "exact", "money", {.nvalue = 300000, .nunit = "VND"}},
    {"Giá vé 300 ngàn đồng.", "300 ngàn đồng", 300000, "VND", "exact", "money"},
    {"Có 1 triệu rưỡi người xem.", "1 triệu rưỡi người", 1.5e6, "người", "exact", "count"},
    {"Vốn điều lệ 1,25 tỷ đồng.", "1,25 tỷ đồng", 1.25e9, "VND", "exact", "money"},
    {"Dân số 96 triệu người.", "96 triệu người", 9.6e7, "người", "exact", "count"},
    {"Kim ngạch 7 tỷ USD.", "7 tỷ USD", 7e9, "USD", "exact", "money"},
    {"Thu ngân sách 12.500 tỷ đồng.", "12.500 tỷ đồng", 1.25e13, "VND", "exact", "money"},
    {"Lãi 18,5 tỷ đồng.", "18,5 tỷ đồng", 1.85e10, "VND", "exact", "money"},
    {"Mỗi người nhận 20 triệu đồng.", "20 triệu đồng", 2e7, "VND", "exact", "money"},
    {"Mức lương 2 triệu rưỡi đồng.", "2 triệu rưỡi đồng", 2.5e6, "VND", "exact", "money"},
    {"Quỹ có 3 nghìn tỷ đồng.", "3 nghìn tỷ đồng", 3e12, "VND", "exact", "money"},
};

// ------------------------------------------------------------------- slang --
// Bare "k" and "tr" amounts are money (measure.slang_money).
const Case kSlang[] = {
    {"Giá mỗi suất là 1tr5.", "1tr5", 1.5e6, "VND", "exact", "money"},
    {"Vé vào cửa 50k.", "50k", 50000, "VND", "exact", "money"},
    {"Mua với giá 10k đồng.", "10k đồng", 10000, "VND", "exact", "money"},
    {"Giá kém hơn 7k đồng.", "kém hơn 7k đồng", 7000, "VND", "less_than", "money"},
    {"Thù lao 1tr5 đồng.", "1tr5 đồng", 1.5e6, "VND", "exact", "money"},
    {"Lương 5tr.", "5tr", 5e6, "VND", "exact", "money"},
    {"Thưởng 1tr2.", "1tr2", 1.2e6, "VND", "exact", "money"},
    {"Giá 1tr250.", "1tr250", 1.25e6, "VND", "exact", "money"},
    {"Phí dịch vụ 300K.", "300K", 300000, "VND", "exact", "money"},
    {"Công ty gọi vốn 1,2M USD.", "1,2M USD", 1.2e6, "USD", "exact", "money"},
};

// With --latent: slang that may be money or a bare number; the value matters
// ("3M" is three million, never three metres).
const Case kSlangLatent[] = {
    {"1,2M", "1,2M", 1.2e6, "*", "exact", "*"},
    {"-1200K", "-1200K", -1.2e6, "*", "exact", "*"},
    {"3M", "3M", 3e6, "*", "exact", "*"},
};

// ------------------------------------------------------ words, with --latent --
// Whole phrases (and a few in sentences): bare numbers, dimension "number".
const Case kWordsLatent[] = {
    {"không", "không", 0, "", "exact", "number"},
    {"một", "một", 1, "", "exact", "number"},
    {"hai", "hai", 2, "", "exact", "number"},
    {"ba", "ba", 3, "", "exact", "number"},
    {"bốn", "bốn", 4, "", "exact", "number"},
    {"năm mươi", "năm mươi", 50, "", "exact", "number"},  // a lone "năm" is a year (see the traps)
    {"sáu", "sáu", 6, "", "exact", "number"},
    {"bảy", "bảy", 7, "", "exact", "number"},
    {"bẩy", "bẩy", 7, "", "exact", "number"},
    {"tám", "tám", 8, "", "exact", "number"},
    {"chín", "chín", 9, "", "exact", "number"},
    {"mười", "mười", 10, "", "exact", "number"},
    {"mười một", "mười một", 11, "", "exact", "number"},
    {"mười hai", "mười hai", 12, "", "exact", "number"},
    {"mười lăm", "mười lăm", 15, "", "exact", "number"},
    {"mười nhăm", "mười nhăm", 15, "", "exact", "number"},
    {"mười chín", "mười chín", 19, "", "exact", "number"},
    {"hai mươi", "hai mươi", 20, "", "exact", "number"},
    {"hai mươi mốt", "hai mươi mốt", 21, "", "exact", "number"},
    {"hai mươi tư", "hai mươi tư", 24, "", "exact", "number"},
    {"hai mươi lăm", "hai mươi lăm", 25, "", "exact", "number"},
    {"hai mươi nhăm", "hai mươi nhăm", 25, "", "exact", "number"},
    {"ba mươi", "ba mươi", 30, "", "exact", "number"},
    {"ba mươi mốt", "ba mươi mốt", 31, "", "exact", "number"},
    {"bốn mươi tư", "bốn mươi tư", 44, "", "exact", "number"},
    {"năm mươi lăm", "năm mươi lăm", 55, "", "exact", "number"},
    {"chín mươi chín", "chín mươi chín", 99, "", "exact", "number"},
    {"một chục", "một chục", 10, "", "exact", "number"},
    {"hai chục", "hai chục", 20, "", "exact", "number"},
    {"ba chục", "ba chục", 30, "", "exact", "number"},
    {"hai mốt", "hai mốt", 21, "", "exact", "number"},
    {"hai tư", "hai tư", 24, "", "exact", "number"},
    {"ba lăm", "ba lăm", 35, "", "exact", "number"},
    {"bốn nhăm", "bốn nhăm", 45, "", "exact", "number"},
    {"một trăm", "một trăm", 100, "", "exact", "number"},
    {"trăm rưỡi", "trăm rưỡi", 150, "", "exact", "number"},
    {"hai trăm rưỡi", "hai trăm rưỡi", 250, "", "exact", "number"},
    {"một trăm linh năm", "một trăm linh năm", 105, "", "exact", "number"},
    {"một trăm lẻ ba", "một trăm lẻ ba", 103, "", "exact", "number"},
    {"một trăm linh tư", "một trăm linh tư", 104, "", "exact", "number"},
    {"một trăm mốt", "một trăm mốt", 110, "", "exact", "number"},
    {"một trăm tư", "một trăm tư", 140, "", "exact", "number"},
    {"năm trăm hai", "năm trăm hai", 520, "", "exact", "number"},
    {"một trăm hai mươi ba", "một trăm hai mươi ba", 123, "", "exact", "number"},
    {"chín trăm chín mươi chín", "chín trăm chín mươi chín", 999, "", "exact", "number"},
    {"một nghìn", "một nghìn", 1000, "", "exact", "number"},
    {"một ngàn", "một ngàn", 1000, "", "exact", "number"},
    {"một nghìn tư", "một nghìn tư", 1400, "", "exact", "number"},
    {"một nghìn rưỡi", "một nghìn rưỡi", 1500, "", "exact", "number"},
    {"một nghìn hai", "một nghìn hai", 1200, "", "exact", "number"},
    {"hai nghìn lẻ năm", "hai nghìn lẻ năm", 2005, "", "exact", "number"},
    {"một nghìn không trăm linh năm", "một nghìn không trăm linh năm", 1005, "", "exact", "number"},
    {"ba nghìn không trăm hai mươi", "ba nghìn không trăm hai mươi", 3020, "", "exact", "number"},
    {"mười nghìn", "mười nghìn", 10000, "", "exact", "number"},
    {"mười bốn ngàn", "mười bốn ngàn", 14000, "", "exact", "number"},
    {"hai mươi lăm nghìn", "hai mươi lăm nghìn", 25000, "", "exact", "number"},
    {"năm vạn", "năm vạn", 50000, "", "exact", "number"},
    {"một triệu", "một triệu", 1e6, "", "exact", "number"},
    {"ba triệu hai", "ba triệu hai", 3.2e6, "", "exact", "number"},
    {"hai triệu rưỡi", "hai triệu rưỡi", 2.5e6, "", "exact", "number"},
    {"hai tỷ", "hai tỷ", 2e9, "", "exact", "number"},
    {"hai tỉ", "hai tỉ", 2e9, "", "exact", "number"},
    {"một tỷ hai trăm triệu", "một tỷ hai trăm triệu", 1.2e9, "", "exact", "number"},
    {"một nghìn tỷ", "một nghìn tỷ", 1e12, "", "exact", "number"},
    {"ba nghìn tỷ", "ba nghìn tỷ", 3e12, "", "exact", "number"},
    {"một triệu tỷ", "một triệu tỷ", 1e15, "", "exact", "number"},
    {"bảy trăm hai mươi mốt nghìn không trăm mười hai", "bảy trăm hai mươi mốt nghìn không trăm mười hai", 721012, "", "exact", "number"},
    {"hai phẩy năm", "hai phẩy năm", 2.5, "", "exact", "number"},
    {"một chấm ba", "một chấm ba", 1.3, "", "exact", "number"},
    {"ba phẩy một bốn", "ba phẩy một bốn", 3.14, "", "exact", "number"},
    {"hai phẩy năm tỷ", "hai phẩy năm tỷ", 2.5e9, "", "exact", "number"},
    {"âm năm", "âm năm", -5, "", "exact", "number"},
    {"âm hai mươi", "âm hai mươi", -20, "", "exact", "number"},
    {"âm 1.200.000", "âm 1.200.000", -1.2e6, "", "exact", "number"},
    {"- 1.200.000", "- 1.200.000", -1.2e6, "", "exact", "number"},
    {"hai rưỡi", "hai rưỡi", 2.5, "", "exact", "number"},
    {"3.000.000", "3.000.000", 3e6, "", "exact", "number"},
    {"2.800", "2.800", 2800, "", "exact", "number"},
    {"1,5", "1,5", 1.5, "", "exact", "number"},
    {"05", "05", 5, "", "exact", "number"},
    {"1.234,5", "1.234,5", 1234.5, "", "exact", "number"},
    {"Hai mươi mốt", "Hai mươi mốt", 21, "", "exact", "number"},
    {"Kết quả cuối cùng là hai mươi mốt.", "hai mươi mốt", 21, "", "exact", "number"},
    {"Con số được công bố là một nghìn rưỡi.", "một nghìn rưỡi", 1500, "", "exact", "number"},
    {"Chỉ số tăng hai phẩy năm.", "hai phẩy năm", 2.5, "", "exact", "number"},
};

// --------------------------------------------- words counting something --
const Case kWordsCounting[] = {
    {"Xã có hai mươi mốt hộ nghèo.", "hai mươi mốt hộ nghèo", 21, "hộ nghèo", "exact", "count"},
    {"Hỗ trợ hai mươi mốt hộ.", "hai mươi mốt hộ", 21, "hộ", "exact", "count"},
    {"Có ba trăm người tham gia.", "ba trăm người", 300, "người", "exact", "count"},
    {"Huyện có năm mươi xã.", "năm mươi xã", 50, "xã", "exact", "count"},
    {"Sáp nhập mười lăm thôn.", "mười lăm thôn", 15, "thôn", "exact", "count"},
    {"Trường có một trăm mốt học sinh.", "một trăm mốt học sinh", 110, "học sinh", "exact", "count"},
    {"Thu hút hai nghìn rưỡi lượt người.", "hai nghìn rưỡi lượt người", 2500, "lượt người", "exact", "count"},
    {"Tổ chức bốn mươi tư buổi tuyên truyền.", "bốn mươi tư buổi", 44, "buổi", "exact", "count"},
    {"Nuôi hai mốt con bò.", "hai mốt con bò", 21, "con bò", "exact", "count"},
    {"Khởi công mười hai công trình.", "mười hai công trình", 12, "công trình", "exact", "count"},
    {"Có năm nghìn người dự lễ.", "năm nghìn người", 5000, "người", "exact", "count"},
    {"Vận động hai chục hộ.", "hai chục hộ", 20, "hộ", "exact", "count"},
    {"Thôn có sáu trăm linh năm hộ.", "sáu trăm linh năm hộ", 605, "hộ", "exact", "count"},
    {"Xã có năm mươi hộ.", "năm mươi hộ", 50, "hộ", "exact", "count"},
    {"Đường dài hai mươi km.", "hai mươi km", 20, "km", "exact", "length", {.nvalue = 20000}},
    {"Đê dài một nghìn rưỡi mét.", "một nghìn rưỡi mét", 1500, "m", "exact", "length"},
    {"Kè dài năm trăm mét.", "năm trăm mét", 500, "m", "exact", "length"},
    {"Thu hoạch ba tấn lúa.", "ba tấn", 3, "tấn", "exact", "mass", {.nvalue = 3000}},
    {"Trồng mười lăm ha rừng.", "mười lăm ha", 15, "ha", "exact", "area"},
    {"Vốn hai tỷ đồng.", "hai tỷ đồng", 2e9, "VND", "exact", "money"},
    {"Mỗi hộ nhận năm trăm nghìn đồng.", "năm trăm nghìn đồng", 500000, "VND", "exact", "money"},
    {"Lương hai triệu rưỡi đồng.", "hai triệu rưỡi đồng", 2.5e6, "VND", "exact", "money"},
    {"Mỗi hộ nhận ba triệu năm trăm nghìn đồng.", "ba triệu năm trăm nghìn đồng", 3.5e6, "VND", "exact", "money"},
    {"Lãi hai phẩy năm tỷ đồng.", "hai phẩy năm tỷ đồng", 2.5e9, "VND", "exact", "money"},
    {"Tăng ba mươi phần trăm.", "ba mươi phần trăm", 30, "%", "exact", "percent"},
    {"Đạt một trăm phần trăm.", "một trăm phần trăm", 100, "%", "exact", "percent"},
    {"Giá dưới bảy ngàn đồng.", "dưới bảy ngàn đồng", 7000, "VND", "less_than", "money"},
    {"Có một nghìn rưỡi người.", "một nghìn rưỡi người", 1500, "người", "exact", "count"},
    {"Xây mười nhà tắm.", "mười nhà tắm", 10, "nhà tắm", "exact", "count"},
    {"Có chín mươi chín hộ.", "chín mươi chín hộ", 99, "hộ", "exact", "count"},
    {"Trồng một nghìn tư cây xanh.", "một nghìn tư cây xanh", 1400, "cây xanh", "exact", "count"},
};

// --------------------------------------------------- units and conversions --
const Case kUnits[] = {
    {"Đường dài 25 km.", "25 km", 25, "km", "exact", "length", {.nvalue = 25000, .nunit = "m"}},
    {"Đường dài 25km.", "25km", 25, "km", "exact", "length", {.nvalue = 25000, .nunit = "m"}},
    {"Tuyến đường dài 12 ki-lô-mét.", "12 ki-lô-mét", 12, "km", "exact", "length", {.nvalue = 12000, .nunit = "m"}},
    {"Từ nhà đến trường 15 cây số.", "15 cây số", 15, "km", "exact", "length", {.nvalue = 15000, .nunit = "m"}},
    {"Kênh dài 7 kilômét.", "7 kilômét", 7, "km", "exact", "length", {.nvalue = 7000}},
    {"Mực nước dâng 50 cm.", "50 cm", 50, "cm", "exact", "length", {.nvalue = 0.5, .nunit = "m"}},
    {"Đường dài 5 Km.", "5 Km", 5, "km", "exact", "length", {.nvalue = 5000}},
    {"Kè dài 100 mét.", "100 mét", 100, "m", "exact", "length", {.nvalue = 100, .nunit = "m"}},
    {"Đoạn kè dài 500m.", "500m", 500, "m", "exact", "length", {.nvalue = 500, .nunit = "m"}},
    {"Hiến 500m đất làm đường.", "500m", 500, "m", "exact", "length"},
    {"Hiến 1.500m2 đất.", "1.500m2", 1500, "m2", "exact", "area", {.nvalue = 1500, .nunit = "m2"}},
    {"Sân rộng 300 m².", "300 m²", 300, "m2", "exact", "area", {.nvalue = 300, .nunit = "m2"}},
    {"Hiến 200 mét vuông đất.", "200 mét vuông", 200, "m2", "exact", "area", {.nvalue = 200, .nunit = "m2"}},
    {"Trồng 45 ha rừng.", "45 ha", 45, "ha", "exact", "area", {.nvalue = 450000, .nunit = "m2"}},
    {"Cải tạo 5ha vườn.", "5ha", 5, "ha", "exact", "area", {.nvalue = 50000}},
    {"Trồng 3,2 héc-ta lúa.", "3,2 héc-ta", 3.2, "ha", "exact", "area", {.nvalue = 32000, .nunit = "m2"}},
    {"Trồng 12 hecta cà phê.", "12 hecta", 12, "ha", "exact", "area", {.nvalue = 120000}},
    {"Trồng 8 hécta chè.", "8 hécta", 8, "ha", "exact", "area", {.nvalue = 80000}},
    {"Diện tích 3 km².", "3 km²", 3, "km2", "exact", "area", {.nvalue = 3e6}},
    {"Nạo vét 300 m3 bùn.", "300 m3", 300, "m3", "exact", "volume", {.nvalue = 300, .nunit = "m3"}},
    {"Đổ 500 mét khối bê tông.", "500 mét khối", 500, "m3", "exact", "volume", {.nvalue = 500}},
    {"Đào 1.200 khối đất.", "1.200 khối", 1200, "m3", "exact", "volume", {.nvalue = 1200}},
    {"Bồn chứa 25m3 nước.", "25m3", 25, "m3", "exact", "volume"},
    {"Cấp 1.200 lít nước sạch.", "1.200 lít", 1200, "l", "exact", "volume", {.nvalue = 1.2, .nunit = "m3"}},
    {"Thu gom 500 kg rác.", "500 kg", 500, "kg", "exact", "mass", {.nvalue = 500, .nunit = "kg"}},
    {"Mỗi bao 20kg.", "20kg", 20, "kg", "exact", "mass"},
    {"Thu hoạch 120 tấn cá.", "120 tấn", 120, "tấn", "exact", "mass", {.nvalue = 120000, .nunit = "kg"}},
    {"Thu 45 tạ thóc.", "45 tạ", 45, "tạ", "exact", "mass", {.nvalue = 4500, .nunit = "kg"}},
    {"Tặng 3 yến gạo.", "3 yến", 3, "yến", "exact", "mass", {.nvalue = 30, .nunit = "kg"}},
    {"Mỗi túi 2,5 kg.", "2,5 kg", 2.5, "kg", "exact", "mass"},
    {"Tặng 1 tấn gạo.", "1 tấn", 1, "tấn", "exact", "mass", {.nvalue = 1000}},
    {"Tăng 12%.", "12%", 12, "%", "exact", "percent", {.nvalue = 12, .nunit = "%"}},
    {"Đạt 85,5%.", "85,5%", 85.5, "%", "exact", "percent"},
    {"Tăng 15 phần trăm.", "15 phần trăm", 15, "%", "exact", "percent", {.nvalue = 15, .nunit = "%"}},
    {"Tăng 12 %.", "12 %", 12, "%", "exact", "percent"},
    {"Bê tông hóa 1.000 m2 sân.", "1.000 m2", 1000, "m2", "exact", "area"},
};

// ------------------------------------------------------------------- money --
const Case kMoney[] = {
    {"Mỗi suất 50.000 đồng.", "50.000 đồng", 50000, "VND", "exact", "money", {.nvalue = 50000, .nunit = "VND"}},
    {"Giá vé 50.000đ.", "50.000đ", 50000, "VND", "exact", "money"},
    {"Giá vé 50.000 đ.", "50.000 đ", 50000, "VND", "exact", "money"},
    {"Mệnh giá 1000 VNĐ.", "1000 VNĐ", 1000, "VND", "exact", "money"},
    {"Mệnh giá 1000 VND.", "1000 VND", 1000, "VND", "exact", "money"},
    {"Phạt 500.000 VNĐ.", "500.000 VNĐ", 500000, "VND", "exact", "money"},
    {"Vốn 3 tỷ VNĐ.", "3 tỷ VNĐ", 3e9, "VND", "exact", "money"},
    {"Thưởng 5 triệu đồng.", "5 triệu đồng", 5e6, "VND", "exact", "money"},
    {"Vốn 2 tỷ đồng.", "2 tỷ đồng", 2e9, "VND", "exact", "money", {.nvalue = 2e9, .nunit = "VND"}},
    {"Tài trợ 12.000 USD.", "12.000 USD", 12000, "USD", "exact", "money", {.nvalue = 12000, .nunit = "USD"}},
    {"Vay 2,5 triệu USD.", "2,5 triệu USD", 2.5e6, "USD", "exact", "money"},
    {"Giá 100 đô la.", "100 đô la", 100, "USD", "exact", "money"},
    {"Giá 100 đôla.", "100 đôla", 100, "USD", "exact", "money"},
    {"Mỗi người mang 500 đô la Mỹ.", "500 đô la Mỹ", 500, "USD", "exact", "money"},
    {"Phí 20 EUR.", "20 EUR", 20, "EUR", "exact", "money"},
    {"Phí 20 euro.", "20 euro", 20, "EUR", "exact", "money"},
    {"Phí 20€.", "20€", 20, "EUR", "exact", "money"},
    {"Giá $500.", "$500", 500, "USD", "exact", "money"},
    {"Giá $1,42.", "$1,42", 1.42, "USD", "exact", "money"},
    {"Nhận 10 triệu đồng.", "10 triệu đồng", 1e7, "VND", "exact", "money"},
    {"Vốn 2,5 tỷ VND.", "2,5 tỷ VND", 2.5e9, "VND", "exact", "money"},
    {"Chi 100 triệu VNĐ.", "100 triệu VNĐ", 1e8, "VND", "exact", "money"},
    {"Vay 1,5 triệu USD.", "1,5 triệu USD", 1.5e6, "USD", "exact", "money"},
    {"Giá USD 20.", "USD 20", 20, "USD", "exact", "money"},
    {"Giá 2 đô la và 23 xen.", "2 đô la và 23 xen", 2.23, "USD", "exact", "money"},
    {"Quỹ nhận 350 triệu đồng.", "350 triệu đồng", 3.5e8, "VND", "exact", "money"},
    {"Tiết kiệm 2.000 đồng mỗi ngày.", "2.000 đồng", 2000, "VND", "exact", "money"},
};

// ---------------------------------------------------------------- rates --
const Case kRates[] = {
    {"Xe chạy 60 km/h.", "60 km/h", 60, "km/h", "exact", "rate"},
    {"Giá lúa 12.000 đồng/kg.", "12.000 đồng/kg", 12000, "VND/kg", "exact", "rate"},
    {"Thu nhập 45 triệu đồng/người/năm.", "45 triệu đồng/người/năm", 4.5e7, "VND/người/năm", "exact", "rate"},
    {"Thu nhập trên 60 triệu đồng/người/năm.", "trên 60 triệu đồng/người/năm", 6e7, "VND/người/năm", "more_than", "rate"},
    {"Lãi suất 7%/năm.", "7%/năm", 7, "%/năm", "exact", "rate"},
    {"Năng suất lúa đạt 60 tạ/ha.", "60 tạ/ha", 60, "tạ/ha", "exact", "rate"},
    {"Năng suất 5 tấn/ha.", "5 tấn/ha", 5, "tấn/ha", "exact", "rate"},
    {"Phụ cấp 100 nghìn đồng/tháng.", "100 nghìn đồng/tháng", 100000, "VND/tháng", "exact", "rate"},
    {"Thu nhập 1,5 triệu đồng/người/tháng.", "1,5 triệu đồng/người/tháng", 1.5e6, "VND/người/tháng", "exact", "rate"},
    {"Hỗ trợ 2.000.000 đồng/hộ.", "2.000.000 đồng/hộ", 2e6, "VND/hộ", "exact", "rate"},
    {"Tốc độ tối đa 80 km/h.", "tối đa 80 km/h", 80, "km/h", "at_most", "rate"},
    {"Mức thu 300 nghìn đồng/người.", "300 nghìn đồng/người", 300000, "VND/người", "exact", "rate"},
    {"Giá 20 USD/tấn.", "20 USD/tấn", 20, "USD/tấn", "exact", "rate"},
    {"Giá thịt 120.000 đồng/kg.", "120.000 đồng/kg", 120000, "VND/kg", "exact", "rate"},
    {"Lãi suất 0,5%/tháng.", "0,5%/tháng", 0.5, "%/tháng", "exact", "rate"},
    {"Thu nhập bình quân đạt 50 triệu đồng/người/năm.", "50 triệu đồng/người/năm", 5e7, "VND/người/năm", "exact", "rate"},
    {"Giá 5 triệu đồng/tấn.", "5 triệu đồng/tấn", 5e6, "VND/tấn", "exact", "rate"},
};

// --------------------------------------------------- fractions and ratios --
const Case kFractions[] = {
    {"Xã đạt 15/19 tiêu chí.", "15/19 tiêu chí", 15, "tiêu chí", "exact", "fraction", {.of = 19}},
    {"Có 82/97 xã (chiếm 84,5%) đạt chuẩn.", "82/97 xã", 82, "xã", "exact", "fraction", {.of = 97}},
    {"Có 82/97 xã (chiếm 84,5%) đạt chuẩn.", "84,5%", 84.5, "%", "exact", "percent"},
    {"Xã đạt 17/19 tiêu chí.", "17/19 tiêu chí", 17, "tiêu chí", "exact", "fraction", {.of = 19}},
    {"Có 45/50 hộ tham gia.", "45/50 hộ", 45, "hộ", "exact", "fraction", {.of = 50}},
    {"Đã có 18/19 tiêu chí đạt.", "18/19 tiêu chí", 18, "tiêu chí", "exact", "fraction", {.of = 19}},
    {"Đạt 32/45 chỉ tiêu.", "32/45 chỉ tiêu", 32, "chỉ tiêu", "exact", "fraction", {.of = 45}},
    {"Có 120/150 học sinh đỗ.", "120/150 học sinh", 120, "học sinh", "exact", "fraction", {.of = 150}},
};

const Case kRatios[] = {
    {"Sản lượng gấp 3 lần năm trước.", "gấp 3 lần", 3, "lần", "exact", "ratio"},
    {"Doanh thu tăng 2 lần.", "tăng 2 lần", 2, "lần", "exact", "ratio"},
    {"Số ca mắc giảm 2 lần.", "giảm 2 lần", 2, "lần", "exact", "ratio"},
    {"Thu nhập tăng gấp 1,5 lần.", "tăng gấp 1,5 lần", 1.5, "lần", "exact", "ratio"},
    {"Giá cao gấp 2 lần.", "cao gấp 2 lần", 2, "lần", "exact", "ratio"},
    {"Năng suất nhiều gấp 4 lần.", "nhiều gấp 4 lần", 4, "lần", "exact", "ratio"},
    {"Sản lượng gấp ba lần.", "gấp ba lần", 3, "lần", "exact", "ratio"},
    {"Năng suất gấp hơn 2 lần.", "gấp hơn 2 lần", 2, "lần", "more_than", "ratio"},
    {"Giá đất gấp khoảng 3 lần.", "gấp khoảng 3 lần", 3, "lần", "approximately", "ratio"},
    {"Năng suất gấp 10 lần.", "gấp 10 lần", 10, "lần", "exact", "ratio"},
    {"Thu nhập tăng gấp đôi.", "tăng gấp đôi", 2, "lần", "exact", "ratio"},
};

// --------------------------------------------------------- counted nouns --
const Case kCounts[] = {
    {"Tổ chức 252 buổi tuyên truyền.", "252 buổi", 252, "buổi", "exact", "count"},
    {"Tổ chức 45 cuộc tuyên truyền.", "45 cuộc", 45, "cuộc", "exact", "count"},
    {"Tổ chức 12 hội nghị.", "12 hội nghị", 12, "hội nghị", "exact", "count"},
    {"Mở 8 lớp tập huấn cho nông dân.", "8 lớp tập huấn", 8, "lớp tập huấn", "exact", "count"},
    {"Mở 6 lớp.", "6 lớp", 6, "lớp", "exact", "count"},
    {"Đã có 1.500 lượt tham gia.", "1.500 lượt", 1500, "lượt", "exact", "count"},
    {"Thu hút gần 14 nghìn lượt người tham gia.", "gần 14 nghìn lượt người", 14000, "lượt người", "nearly", "count"},
    {"Có 350 người tham gia.", "350 người", 350, "người", "exact", "count"},
    {"Xã có 89 hộ nghèo.", "89 hộ nghèo", 89, "hộ nghèo", "exact", "count"},
    {"Hỗ trợ 89 hộ.", "89 hộ", 89, "hộ", "exact", "count"},
    {"Toàn huyện có 27 xã.", "27 xã", 27, "xã", "exact", "count"},
    {"Sáp nhập 15 thôn.", "15 thôn", 15, "thôn", "exact", "count"},
    {"Huyện có 12 bản vùng cao.", "12 bản", 12, "bản", "exact", "count"},
    {"Làm mới 05 tuyến.", "05 tuyến", 5, "tuyến", "exact", "count"},
    {"Khởi công 15 công trình.", "15 công trình", 15, "công trình", "exact", "count"},
    {"Sửa chữa 12 nhà cho hộ nghèo.", "12 nhà", 12, "nhà", "exact", "count"},
    {"Xây 20 căn nhà.", "20 căn nhà", 20, "căn nhà", "exact", "count"},
    {"Bàn giao 20 căn.", "20 căn", 20, "căn", "exact", "count"},
    {"Đàn bò có 500 con.", "500 con", 500, "con", "exact", "count"},
    {"Trồng 1.000 cây.", "1.000 cây", 1000, "cây", "exact", "count"},
    {"Huy động 6.233 ngày công.", "6.233 ngày công", 6233, "ngày công", "exact", "count"},
    {"Trường có 450 học sinh.", "450 học sinh", 450, "học sinh", "exact", "count"},
    {"Xã đạt 19 tiêu chí.", "19 tiêu chí", 19, "tiêu chí", "exact", "count"},
    {"Trồng 401 cây dừa.", "401 cây dừa", 401, "cây dừa", "exact", "count"},
    {"Huyện đã xây 37 nhà tắm trong năm.", "37 nhà tắm", 37, "nhà tắm", "exact", "count"},
    {"Xây 40 nhà vệ sinh.", "40 nhà vệ sinh", 40, "nhà vệ sinh", "exact", "count"},
    {"Xã có 3 nhà văn hóa.", "3 nhà văn hóa", 3, "nhà văn hóa", "exact", "count"},
    {"Bàn giao 2 nhà tình nghĩa.", "2 nhà tình nghĩa", 2, "nhà tình nghĩa", "exact", "count"},
    {"Có 1.200 hộ gia đình.", "1.200 hộ gia đình", 1200, "hộ gia đình", "exact", "count"},
    {"Có 30 hộ dân hiến đất.", "30 hộ dân", 30, "hộ dân", "exact", "count"},
    {"Còn 15 hộ cận nghèo.", "15 hộ cận nghèo", 15, "hộ cận nghèo", "exact", "count"},
    {"Xã có 4.500 nhân khẩu.", "4.500 nhân khẩu", 4500, "nhân khẩu", "exact", "count"},
    {"Thành phố có 3 phường.", "3 phường", 3, "phường", "exact", "count"},
    {"Huyện có 2 thị trấn.", "2 thị trấn", 2, "thị trấn", "exact", "count"},
    {"Xã có 5 làng.", "5 làng", 5, "làng", "exact", "count"},
    {"Xã có 8 ấp.", "8 ấp", 8, "ấp", "exact", "count"},
    {"Phường có 12 tổ dân phố.", "12 tổ dân phố", 12, "tổ dân phố", "exact", "count"},
    {"Tỉnh có 10 huyện.", "10 huyện", 10, "huyện", "exact", "count"},
    {"Cả nước có 63 tỉnh, thành phố.", "63 tỉnh", 63, "tỉnh", "exact", "count"},
    {"Thôn có 7 xóm.", "7 xóm", 7, "xóm", "exact", "count"},
    {"Mở 3 con đường mới.", "3 con đường", 3, "con đường", "exact", "count"},
    {"Triển khai 5 dự án.", "5 dự án", 5, "dự án", "exact", "count"},
    {"Hoàn thành 12 hạng mục.", "12 hạng mục", 12, "hạng mục", "exact", "count"},
    {"Xây 2 cây cầu.", "2 cây cầu", 2, "cây cầu", "exact", "count"},
    {"Sửa 15 cống.", "15 cống", 15, "cống", "exact", "count"},
    {"Nuôi 500 con gà.", "500 con gà", 500, "con gà", "exact", "count"},
    {"Tặng 20 con bò.", "20 con bò", 20, "con bò", "exact", "count"},
    {"Nuôi 30 con lợn.", "30 con lợn", 30, "con lợn", "exact", "count"},
    {"Cấp 100 con giống.", "100 con giống", 100, "con giống", "exact", "count"},
    {"Cấp 2.000 cây giống.", "2.000 cây giống", 2000, "cây giống", "exact", "count"},
    {"Lắp 150 bóng đèn.", "150 bóng đèn", 150, "bóng đèn", "exact", "count"},
    {"Dựng 80 cột đèn.", "80 cột đèn", 80, "cột đèn", "exact", "count"},
    {"Trường có 1.200 sinh viên.", "1.200 sinh viên", 1200, "sinh viên", "exact", "count"},
    {"Trường có 45 giáo viên.", "45 giáo viên", 45, "giáo viên", "exact", "count"},
    {"Huyện có 6 trường học.", "6 trường học", 6, "trường học", "exact", "count"},
    {"Xây 4 phòng học.", "4 phòng học", 4, "phòng học", "exact", "count"},
    {"Khóa có 30 học viên.", "30 học viên", 30, "học viên", "exact", "count"},
    {"Có 200 trẻ được tiêm.", "200 trẻ", 200, "trẻ", "exact", "count"},
    {"Trao quà cho 15 em.", "15 em", 15, "em", "exact", "count"},
    {"Xây dựng 12 mô hình.", "12 mô hình", 12, "mô hình", "exact", "count"},
    {"Có 35 sản phẩm OCOP.", "35 sản phẩm", 35, "sản phẩm", "exact", "count"},
    {"Thu hút 120 doanh nghiệp.", "120 doanh nghiệp", 120, "doanh nghiệp", "exact", "count"},
    {"Thành lập 8 hợp tác xã.", "8 hợp tác xã", 8, "hợp tác xã", "exact", "count"},
    {"Kiểm tra 5 cơ sở.", "5 cơ sở", 5, "cơ sở", "exact", "count"},
    {"Có 14 đơn vị tham gia.", "14 đơn vị", 14, "đơn vị", "exact", "count"},
    {"Có 20 cơ quan tham gia.", "20 cơ quan", 20, "cơ quan", "exact", "count"},
    {"Hội có 300 hội viên.", "300 hội viên", 300, "hội viên", "exact", "count"},
    {"Chi đoàn có 45 đoàn viên.", "45 đoàn viên", 45, "đoàn viên", "exact", "count"},
    {"Kết nạp 12 đảng viên.", "12 đảng viên", 12, "đảng viên", "exact", "count"},
    {"Tập huấn cho 50 cán bộ.", "50 cán bộ", 50, "cán bộ", "exact", "count"},
    {"Đưa 200 lao động đi làm việc.", "200 lao động", 200, "lao động", "exact", "count"},
    {"Tạo 1.500 việc làm.", "1.500 việc làm", 1500, "việc làm", "exact", "count"},
    {"Khám cho 30 bệnh nhân.", "30 bệnh nhân", 30, "bệnh nhân", "exact", "count"},
    {"Phát hiện 5 trường hợp.", "5 trường hợp", 5, "trường hợp", "exact", "count"},
    {"Ghi nhận 15 ca mắc.", "15 ca", 15, "ca", "exact", "count"},
    {"Xảy ra 3 vụ tai nạn.", "3 vụ", 3, "vụ", "exact", "count"},
    {"Trao 500 suất quà.", "500 suất quà", 500, "suất quà", "exact", "count"},
    {"Trao 300 phần quà.", "300 phần quà", 300, "phần quà", "exact", "count"},
    {"Tiếp nhận 45 hồ sơ.", "45 hồ sơ", 45, "hồ sơ", "exact", "count"},
    {"Khoan 5 giếng.", "5 giếng", 5, "giếng", "exact", "count"},
    {"Thực hiện 20 chuyến.", "20 chuyến", 20, "chuyến", "exact", "count"},
    {"Trại giam có 257 phạm nhân.", "257 phạm nhân", 257, "phạm nhân", "exact", "count"},
    {"Có 7 tàu bị chìm.", "7 tàu", 7, "tàu", "exact", "count"},
    {"Có 7 tàu và 3 thuyền.", "3 thuyền", 3, "thuyền", "exact", "count"},
    {"Có 7 tàu và 3 thuyền.", "7 tàu", 7, "tàu", "exact", "count"},
    {"Lắp 15 máy bơm.", "15 máy bơm", 15, "máy bơm", "exact", "count"},
    {"Bệnh viện có 25 giường bệnh.", "25 giường bệnh", 25, "giường bệnh", "exact", "count"},
    {"Vận động 320 lượt hộ.", "320 lượt hộ", 320, "lượt hộ", "exact", "count"},
    {"Tập huấn 1.000 lượt cán bộ.", "1.000 lượt cán bộ", 1000, "lượt cán bộ", "exact", "count"},
    {"Có 25 cán bộ, 300 hội viên.", "25 cán bộ", 25, "cán bộ", "exact", "count"},
    {"Có 25 cán bộ, 300 hội viên.", "300 hội viên", 300, "hội viên", "exact", "count"},
    {"Có 38.268 hộ được hỗ trợ, trong đó cấp tỉnh 1.498 hộ.", "38.268 hộ", 38268, "hộ", "exact", "count"},
    {"Có 38.268 hộ được hỗ trợ, trong đó cấp tỉnh 1.498 hộ.", "1.498 hộ", 1498, "hộ", "exact", "count"},
    {"Làm 05 tuyến đường trên 25 km.", "05 tuyến đường", 5, "tuyến đường", "exact", "count"},
    {"Làm 05 tuyến đường trên 25 km.", "trên 25 km", 25, "km", "more_than", "length", {.nvalue = 25000}},
    {"Xã đã làm một tuyến đường dài 3 km.", "3 km", 3, "km", "exact", "length"},
    {"Mỗi lớp có 30 học sinh", "30 học sinh", 30, "học sinh", "exact", "count"},
    {"Giao 120 thửa đất.", "120 thửa", 120, "thửa", "exact", "count"},
    {"Hai mươi hộ đã nhận quà.", "Hai mươi hộ", 20, "hộ", "exact", "count"},
};

// ------------------------------------------------------------- qualifiers --
// Every word of table QUAL and QUAL2 in patterns/vi/qualifiers.pat.
const Case kQualifiers[] = {
    {"Tổng vốn gần 3 tỉ đồng.", "gần 3 tỉ đồng", 3e9, "VND", "nearly", "money"},
    {"Tỷ lệ che phủ gần như 100%.", "gần như 100%", 100, "%", "nearly", "percent"},
    {"Von gan 5 ty dong.", "gan 5 ty dong", 5e9, "VND", "nearly", "money", {.no_diacritics = Y}},
    {"Tỷ lệ xấp xỉ dưới 2%.", "xấp xỉ dưới 2%", 2, "%", "nearly", "percent"},
    {"Đường dài trên 25 km.", "trên 25 km", 25, "km", "more_than", "length"},
    {"Có hơn 57.000 hộ.", "hơn 57.000 hộ", 57000, "hộ", "more_than", "count"},
    {"Giá tăng cao hơn 10%.", "cao hơn 10%", 10, "%", "more_than", "percent"},
    {"Có nhiều hơn 200 người.", "nhiều hơn 200 người", 200, "người", "more_than", "count"},
    {"Diện tích lớn hơn 5 ha.", "lớn hơn 5 ha", 5, "ha", "more_than", "area"},
    {"Thu hon 2 trieu dong.", "hon 2 trieu dong", 2e6, "VND", "more_than", "money", {.no_diacritics = Y}},
    {"Vay tren 8 ty dong.", "tren 8 ty dong", 8e9, "VND", "more_than", "money", {.no_diacritics = Y}},
    {"Có khoảng 30 hộ.", "khoảng 30 hộ", 30, "hộ", "approximately", "count"},
    {"Có chừng 10 hộ.", "chừng 10 hộ", 10, "hộ", "approximately", "count"},
    {"Tỷ lệ xấp xỉ 50%.", "xấp xỉ 50%", 50, "%", "approximately", "percent"},
    {"Sản lượng ước 500 tấn.", "ước 500 tấn", 500, "tấn", "approximately", "mass"},
    {"Thiệt hại ước tính 1.200 tỷ đồng.", "ước tính 1.200 tỷ đồng", 1.2e12, "VND", "approximately", "money"},
    {"Diện tích ước khoảng 300 ha.", "ước khoảng 300 ha", 300, "ha", "approximately", "area"},
    {"Có tầm 20 người.", "tầm 20 người", 20, "người", "approximately", "count"},
    {"Có độ 30 người.", "độ 30 người", 30, "người", "approximately", "count"},
    {"Có trên dưới 100 người.", "trên dưới 100 người", 100, "người", "approximately", "count"},
    {"Lạm phát quanh 4%.", "quanh 4%", 4, "%", "approximately", "percent"},
    {"Von khoang 3 ty dong.", "khoang 3 ty dong", 3e9, "VND", "approximately", "money", {.no_diacritics = Y}},
    {"Có khoảng chừng 50 người.", "khoảng chừng 50 người", 50, "người", "approximately", "count"},
    {"Trồng ít nhất 20 ha.", "ít nhất 20 ha", 20, "ha", "at_least", "area"},
    {"Hỗ trợ tối thiểu 5 hộ.", "tối thiểu 5 hộ", 5, "hộ", "at_least", "count"},
    {"Vốn không dưới 10 tỷ đồng.", "không dưới 10 tỷ đồng", 1e10, "VND", "at_least", "money"},
    {"Giá không ít hơn 1,42 đô la.", "không ít hơn 1,42 đô la", 1.42, "USD", "at_least", "money"},
    {"Có ít nhất là 3 xã.", "ít nhất là 3 xã", 3, "xã", "at_least", "count"},
    {"Còn dưới 10 hộ.", "dưới 10 hộ", 10, "hộ", "less_than", "count"},
    {"Tỷ lệ chưa đến 5%.", "chưa đến 5%", 5, "%", "less_than", "percent"},
    {"Có chưa tới 100 người.", "chưa tới 100 người", 100, "người", "less_than", "count"},
    {"Còn chưa được 10 hộ.", "chưa được 10 hộ", 10, "hộ", "less_than", "count"},
    {"Giá ít hơn bảy nghìn đồng.", "ít hơn bảy nghìn đồng", 7000, "VND", "less_than", "money"},
    {"Sản lượng kém hơn 3 tấn.", "kém hơn 3 tấn", 3, "tấn", "less_than", "mass"},
    {"Tỷ lệ thấp hơn 2%.", "thấp hơn 2%", 2, "%", "less_than", "percent"},
    {"Thu duoi 5 trieu dong.", "duoi 5 trieu dong", 5e6, "VND", "less_than", "money", {.no_diacritics = Y}},
    {"Tải trọng tối đa 60 tấn.", "tối đa 60 tấn", 60, "tấn", "at_most", "mass"},
    {"Giá không quá 7.000 đồng.", "không quá 7.000 đồng", 7000, "VND", "at_most", "money"},
    {"Mỗi nhóm nhiều nhất 10 người.", "nhiều nhất 10 người", 10, "người", "at_most", "count"},
    {"Lạm phát không vượt quá 5%.", "không vượt quá 5%", 5, "%", "at_most", "percent"},
    {"Lãi suất không cao hơn 3%.", "không cao hơn 3%", 3, "%", "at_most", "percent"},
    {"Mỗi đoàn không hơn 20 người.", "không hơn 20 người", 20, "người", "at_most", "count"},
    // "không tới/không đến" = not reaching: less than (design notes), not "at most".
    {"Diện tích 50 m2 trở lên.", "50 m2 trở lên", 50, "m2", "at_least", "area"},
    {"Xã có 50 hộ trở lên.", "50 hộ trở lên", 50, "hộ", "at_least", "count"},
    {"Trang trại 5 ha trở lên trên.", "5 ha trở lên trên", 5, "ha", "at_least", "area"},
    {"Giá 7000 đồng trở xuống.", "7000 đồng trở xuống", 7000, "VND", "at_most", "money"},
    {"Khoản vay 5 triệu đồng trở lại.", "5 triệu đồng trở lại", 5e6, "VND", "at_most", "money"},
    {"Hộ có từ 5 ha trở lên.", "từ 5 ha trở lên", 5, "ha", "at_least", "area"},
    {"Giá từ 7000 đồng trở xuống.", "từ 7000 đồng trở xuống", 7000, "VND", "at_most", "money"},
    {"Diện tích từ 50 m2 trở lên.", "từ 50 m2 trở lên", 50, "m2", "at_least", "area"},
    {"Trên 25 km đường đã được cứng hóa.", "Trên 25 km", 25, "km", "more_than", "length"},
    {"Khoảng 30 hộ chưa có điện.", "Khoảng 30 hộ", 30, "hộ", "approximately", "count"},
    {"Hơn 2,5 tỷ đồng đã được giải ngân.", "Hơn 2,5 tỷ đồng", 2.5e9, "VND", "more_than", "money"},
    {"Thu hút trên 7 nghìn lượt người.", "trên 7 nghìn lượt người", 7000, "lượt người", "more_than", "count"},
    {"Có khoảng 3,5 tỷ đồng.", "khoảng 3,5 tỷ đồng", 3.5e9, "VND", "approximately", "money"},
};

// ----------------------------------------------------------------- ranges --
const Case kRanges[] = {
    {"Mở rộng từ 5 đến 10 km.", "từ 5 đến 10 km", 5, "km", "range", "length", {.low = 5, .high = 10}},
    {"Mỗi ha thu 5-7 tấn.", "5-7 tấn", 5, "tấn", "range", "mass", {.low = 5, .high = 7}},
    {"Có 50-60 hộ tham gia.", "50-60 hộ", 50, "hộ", "range", "count", {.low = 50, .high = 60}},
    {"Mỗi đợt có từ 3 đến 5 xã.", "từ 3 đến 5 xã", 3, "xã", "range", "count", {.low = 3, .high = 5}},
    {"Giá 80 – 100 triệu đồng.", "80 – 100 triệu đồng", 8e7, "VND", "range", "money", {.low = 8e7, .high = 1e8}},
    {"Giá từ 1000 đồng đến 2000 đồng.", "từ 1000 đồng đến 2000 đồng", 1000, "VND", "range", "money", {.low = 1000, .high = 2000}},
    {"Giá giữa 1000 và 2000 đồng.", "giữa 1000 và 2000 đồng", 1000, "VND", "range", "money", {.low = 1000, .high = 2000}},
    {"Sản lượng 5-7 nghìn tấn.", "5-7 nghìn tấn", 5000, "tấn", "range", "mass", {.low = 5000, .high = 7000}},
    {"Tăng 10–15%.", "10–15%", 10, "%", "range", "percent", {.low = 10, .high = 15}},
    {"Trồng từ 20 đến 30 ha.", "từ 20 đến 30 ha", 20, "ha", "range", "area", {.low = 20, .high = 30}},
    {"Vốn 2 - 3 tỷ đồng.", "2 - 3 tỷ đồng", 2e9, "VND", "range", "money", {.low = 2e9, .high = 3e9}},
    {"Có từ 100 tới 200 người.", "từ 100 tới 200 người", 100, "người", "range", "count", {.low = 100, .high = 200}},
    {"Thu khoảng 5-7 tấn.", "khoảng 5-7 tấn", 5, "tấn", "range", "mass", {.low = 5, .high = 7}},
    {"Lương từ 1,5 đến 2 triệu đồng.", "từ 1,5 đến 2 triệu đồng", 1.5e6, "VND", "range", "money", {.low = 1.5e6, .high = 2e6}},
    {"Lương từ 2 đến 3 triệu đồng.", "từ 2 đến 3 triệu đồng", 2e6, "VND", "range", "money", {.low = 2e6, .high = 3e6}},
    {"Sâu 3-5 m.", "3-5 m", 3, "m", "range", "length", {.low = 3, .high = 5}},
    {"Mỗi lớp từ 15 đến 20 học sinh.", "từ 15 đến 20 học sinh", 15, "học sinh", "range", "count", {.low = 15, .high = 20}},
    {"Mỗi buổi 200 - 300 lượt người.", "200 - 300 lượt người", 200, "lượt người", "range", "count", {.low = 200, .high = 300}},
    {"Mỗi hộ nuôi 30-40 con bò.", "30-40 con bò", 30, "con bò", "range", "count", {.low = 30, .high = 40}},
    {"Thu 5 đến 7 tấn.", "5 đến 7 tấn", 5, "tấn", "range", "mass", {.low = 5, .high = 7}},
    {"Thu từ năm đến bảy tấn.", "từ năm đến bảy tấn", 5, "tấn", "range", "mass", {.low = 5, .high = 7}},
    {"Tăng từ 10% đến 15%.", "từ 10% đến 15%", 10, "%", "range", "percent", {.low = 10, .high = 15}},
    {"Mỗi hộ 1,5-2 ha.", "1,5-2 ha", 1.5, "ha", "range", "area", {.low = 1.5, .high = 2}},
    {"Đường dài giữa 5 và 10 km.", "giữa 5 và 10 km", 5, "km", "range", "length", {.low = 5, .high = 10}},
    {"Mỗi con từ 500 đến 700 kg.", "từ 500 đến 700 kg", 500, "kg", "range", "mass", {.low = 500, .high = 700}},
    {"Có 50 – 60 hộ.", "50 – 60 hộ", 50, "hộ", "range", "count", {.low = 50, .high = 60}},
    {"Có 2-3 nghìn người.", "2-3 nghìn người", 2000, "người", "range", "count", {.low = 2000, .high = 3000}},
    {"Thu từ hai đến ba tấn.", "từ hai đến ba tấn", 2, "tấn", "range", "mass", {.low = 2, .high = 3}},
    {"Vốn từ 500 đến 1.000 tỷ đồng.", "từ 500 đến 1.000 tỷ đồng", 5e11, "VND", "range", "money", {.low = 5e11, .high = 1e12}},
    {"Lương từ 900 nghìn đến 1,2 triệu đồng.", "từ 900 nghìn đến 1,2 triệu đồng", 900000, "VND", "range", "money", {.low = 900000, .high = 1.2e6}},
    {"Có 2.000 – 3.000 người.", "2.000 – 3.000 người", 2000, "người", "range", "count", {.low = 2000, .high = 3000}},
    {"Đường rộng 5-7m.", "5-7m", 5, "m", "range", "length", {.low = 5, .high = 7}},
};

// ---------------------------------------------------------- vague amounts --
const Case kVague[] = {
    {"Hàng trăm người tham gia.", "Hàng trăm người", 100, "người", "*", "count", {.low = 100, .high = 999}},
    {"Có vài chục hộ.", "vài chục hộ", 20, "hộ", "*", "count", {.low = 20, .high = 90}},
    {"Thiệt hại hàng chục tỷ đồng.", "hàng chục tỷ đồng", 1e10, "VND", "*", "money", {.low = 1e10, .high = 99999999999.0}},
    {"Thu hút hàng nghìn lượt người.", "hàng nghìn lượt người", 1000, "lượt người", "*", "count", {.low = 1000, .high = 9999}},
    {"Chi phí hàng triệu đồng.", "hàng triệu đồng", 1e6, "VND", "*", "money", {.low = 1e6, .high = 9999999}},
    {"Đi bộ hàng chục km.", "hàng chục km", 10, "km", "*", "length", {.low = 10, .high = 99}},
    {"Thu mua hàng nghìn tấn.", "hàng nghìn tấn", 1000, "tấn", "*", "mass", {.low = 1000, .high = 9999}},
    {"Có mấy chục hộ.", "mấy chục hộ", 20, "hộ", "*", "count", {.low = 20, .high = 90}},
    {"Có hàng chục nghìn người.", "hàng chục nghìn người", 10000, "người", "*", "count", {.low = 10000, .high = 99999}},
    {"Đầu tư hàng tỷ đồng.", "hàng tỷ đồng", 1e9, "VND", "*", "money", {.low = 1e9, .high = 9999999999.0}},
    {"Thu hút hơn hàng nghìn lượt người.", "hơn hàng nghìn lượt người", 1000, "lượt người", "more_than", "count", {.low = 1000}},
    {"Có vài nghìn người.", "vài nghìn người", 2000, "người", "*", "count", {.low = 2000, .high = 9000}},
    {"Có hàng chục hộ.", "hàng chục hộ", 10, "hộ", "*", "count", {.low = 10, .high = 99}},
};

// With --latent: halves stand alone.
const Case kHalvesLatent[] = {
    {"Có hơn một nửa số hộ đồng ý.", "hơn một nửa", 0.5, "*", "more_than", "fraction"},
    {"một nửa", "một nửa", 0.5, "*", "exact", "fraction"},
    {"hơn một nửa", "hơn một nửa", 0.5, "*", "more_than", "fraction"},
};

// ------------------------------------------------ text without diacritics --
const Case kPlain[] = {
    {"Von 2 ty dong.", "2 ty dong", 2e9, "VND", "exact", "money", {.no_diacritics = Y}},
    {"Thuong 5 trieu dong.", "5 trieu dong", 5e6, "VND", "exact", "money", {.no_diacritics = Y}},
    {"San luong 3 tan.", "3 tan", 3, "tấn", "exact", "mass", {.nvalue = 3000, .no_diacritics = Y}},
    {"Duong dai 100 met.", "100 met", 100, "m", "exact", "length", {.no_diacritics = Y}},
    {"Tang 20 phan tram.", "20 phan tram", 20, "%", "exact", "percent", {.no_diacritics = Y}},
    {"Ho tro 500 nghin dong.", "500 nghin dong", 500000, "VND", "exact", "money", {.no_diacritics = Y}},
    {"Von 1,5 ty dong.", "1,5 ty dong", 1.5e9, "VND", "exact", "money", {.no_diacritics = Y}},
    {"Hien 200 met vuong dat.", "200 met vuong", 200, "m2", "exact", "area", {.no_diacritics = Y}},
    {"Gia 10 ngan dong.", "10 ngan dong", 10000, "VND", "exact", "money", {.no_diacritics = Y}},
    {"Nhan 3 trieu 500 nghin dong.", "3 trieu 500 nghin dong", 3.5e6, "VND", "exact", "money", {.no_diacritics = Y}},
    {"Gia 1.000 dong.", "1.000 dong", 1000, "VND", "exact", "money", {.no_diacritics = Y}},
    {"Von 2 ty dong", "2 ty dong", 2e9, "VND", "exact", "money", {.no_diacritics = Y}},
    {"Dan so 96 trieu nguoi.", "96 trieu nguoi", 9.6e7, "nguoi", "exact", "count", {.no_diacritics = Y}},
    {"Dien tich 50 ha.", "50 ha", 50, "ha", "exact", "area", {.no_diacritics = Flag::kAny}},
    {"14 nghin nguoi", "14 nghin nguoi", 14000, "nguoi", "exact", "count", {.no_diacritics = Y}},
};

const Case kPlainLatent[] = {
    {"hai muoi mot", "hai muoi mot", 21, "", "exact", "number", {.no_diacritics = Y}},
    {"mot tram", "mot tram", 100, "", "exact", "number", {.no_diacritics = Y}},
    {"muoi lam", "muoi lam", 15, "", "exact", "number", {.no_diacritics = Y}},
    {"hai nghin", "hai nghin", 2000, "", "exact", "number", {.no_diacritics = Y}},
};

// ----------------------------------------------- Unicode and stray bytes --
// The figure must come out the same, with its span mapped back to the bytes
// given (NFD letters, new-style tones, NBSP and invisible characters kept).
const Case kUnicode[] = {
    // NFD: người = n g u+031B o+031B+0300 i; một = m o+0323+0302 t.
    {"Xã có 1.200 ngu\u031bo\u031b\u0300i.", "1.200 ngu\u031bo\u031b\u0300i", 1200, "người", "exact", "count"},
    {"Va\u0302\u0303n co\u0301 14 nghi\u0300n ngu\u031bo\u031b\u0300i.", "14 nghi\u0300n ngu\u031bo\u031b\u0300i", 14000, "người", "exact", "count"},
    {"Vo\u0302\u0301n 2,5 ty\u0309 \u0111o\u0302\u0300ng.", "2,5 ty\u0309 \u0111o\u0302\u0300ng", 2.5e9, "VND", "exact", "money"},
    {"Hie\u0302\u0301n 1.500m2 \u0111a\u0302\u0301t.", "1.500m2", 1500, "m2", "exact", "area"},
    {"Co\u0301 ha\u0300ng tra\u0306m ngu\u031bo\u031b\u0300i.", "ha\u0300ng tra\u0306m ngu\u031bo\u031b\u0300i", 100, "người", "*", "count", {.low = 100, .high = 999}},
    {"Tre\u0302n 25 km \u0111u\u031bo\u031b\u0300ng.", "Tre\u0302n 25 km", 25, "km", "more_than", "length"},
    // New-style tone marks (hoà, thuỷ, khoá): same figures.
    {"Xã Hoà Bình có 1.200 hộ.", "1.200 hộ", 1200, "hộ", "exact", "count"},
    {"Sản lượng thuỷ sản đạt 1.500 tấn.", "1.500 tấn", 1500, "tấn", "exact", "mass"},
    {"Tỉnh Thanh Hoá có 27 huyện.", "27 huyện", 27, "huyện", "exact", "count"},
    {"Xây 5 nhà văn hoá.", "5 nhà văn hoá", 5, "*", "exact", "count"},
    {"Mở 3 khoá đào tạo.", "3 khoá đào tạo", 3, "*", "exact", "count"},
    {"Uỷ ban hỗ trợ 20 triệu đồng cho xã Hoà An.", "20 triệu đồng", 2e7, "VND", "exact", "money"},
    {"Thuỷ lợi phí 50.000 đồng/ha.", "50.000 đồng/ha", 50000, "VND/ha", "exact", "rate"},
    // NBSP, narrow NBSP, figure space inside figures.
    {"Đường dài 2.800\u00a0mét.", "2.800\u00a0mét", 2800, "m", "exact", "length"},
    {"Có 14\u00a0nghìn người.", "14\u00a0nghìn người", 14000, "người", "exact", "count"},
    {"Dài trên\u00a025\u00a0km.", "trên\u00a025\u00a0km", 25, "km", "more_than", "length"},
    {"Vốn 1\u00a0tỷ\u00a0200\u00a0triệu\u00a0đồng.", "1\u00a0tỷ\u00a0200\u00a0triệu\u00a0đồng", 1.2e9, "VND", "exact", "money"},
    {"Dài 25\u202fkm.", "25\u202fkm", 25, "km", "exact", "length"},
    {"Dài 25\u2007km.", "25\u2007km", 25, "km", "exact", "length"},
    {"Thu 5\u00a0-\u00a07 tấn.", "5\u00a0-\u00a07 tấn", 5, "tấn", "range", "mass", {.low = 5, .high = 7}},
    {"Có 1.200\u00a0ngu\u031bo\u031b\u0300i.", "1.200\u00a0ngu\u031bo\u031b\u0300i", 1200, "người", "exact", "count"},
    // Invisible and control characters inside figures.
    {"Đường dài 2.\u200b800 mét.", "2.\u200b800 mét", 2800, "m", "exact", "length"},
    {"Thu 1.\u00ad500 tấn.", "1.\u00ad500 tấn", 1500, "tấn", "exact", "mass"},
    {"Hiến 1.500\bm2 đất.", "1.500\bm2", 1500, "m2", "exact", "area"},
    {"Có \ufeff200 hộ.", "200 hộ", 200, "hộ", "exact", "count"},
    {"Có 200\u200b hộ.", "200\u200b hộ", 200, "hộ", "exact", "count"},
    {"Phạt 50.000 VN\u00d0.", "50.000 VN\u00d0", 50000, "VND", "exact", "money"},
    {"Đường dài 2.800\tmét.", "2.800\tmét", 2800, "m", "exact", "length"},
    {"Xã có\n200 hộ.", "200 hộ", 200, "hộ", "exact", "count"},
};

// ------------------------------------------------------------------ tables --

struct Table {
  const char* name;
  std::span<const Case> cases;
  bool latent;
};

const Table kTables[] = {
    {"digits", kDigits, false},
    {"scales", kScales, false},
    {"slang", kSlang, false},
    {"slang (latent)", kSlangLatent, true},
    {"words (latent)", kWordsLatent, true},
    {"words counting", kWordsCounting, false},
    {"units", kUnits, false},
    {"money", kMoney, false},
    {"rates", kRates, false},
    {"fractions", kFractions, false},
    {"ratios", kRatios, false},
    {"counted nouns", kCounts, false},
    {"qualifiers", kQualifiers, false},
    {"ranges", kRanges, false},
    {"vague amounts", kVague, false},
    {"halves (latent)", kHalvesLatent, true},
    {"no diacritics", kPlain, false},
    {"no diacritics (latent)", kPlainLatent, true},
    {"unicode", kUnicode, false},
};

void run_table(const char* name) {
  for (const Table& t : kTables) {
    if (std::string_view(t.name) != name) continue;
    for (const Case& c : t.cases) check_figure(c, t.latent);
    return;
  }
  FAIL("no table " << name);
}

}  // namespace

TEST_CASE("figures: digit notation", "[figures]") { run_table("digits"); }
TEST_CASE("figures: scale words and mixed forms", "[figures]") { run_table("scales"); }
TEST_CASE("figures: slang", "[figures]") {
  run_table("slang");
  run_table("slang (latent)");
}
TEST_CASE("figures: number words (latent)", "[figures]") { run_table("words (latent)"); }
TEST_CASE("figures: number words counting something", "[figures]") { run_table("words counting"); }
TEST_CASE("figures: units and conversions", "[figures]") { run_table("units"); }
TEST_CASE("figures: money", "[figures]") { run_table("money"); }
TEST_CASE("figures: rates", "[figures]") { run_table("rates"); }
TEST_CASE("figures: fractions and ratios", "[figures]") {
  run_table("fractions");
  run_table("ratios");
}
TEST_CASE("figures: counted nouns", "[figures]") { run_table("counted nouns"); }
TEST_CASE("figures: qualifiers", "[figures]") { run_table("qualifiers"); }
TEST_CASE("figures: ranges", "[figures]") { run_table("ranges"); }
TEST_CASE("figures: vague amounts and halves", "[figures]") {
  run_table("vague amounts");
  run_table("halves (latent)");
}
TEST_CASE("figures: text without diacritics is flagged", "[figures]") {
  run_table("no diacritics");
  run_table("no diacritics (latent)");
}
TEST_CASE("figures: NFD, new-style tones, NBSP and stray characters", "[figures]") { run_table("unicode"); }

// Every case of every table again, written in NFD: the same figure, over the
// NFD bytes of the same text.
TEST_CASE("figures: every case again in NFD", "[figures][unicode]") {
  for (const Table& t : kTables)
    for (const Case& c : t.cases) {
      std::string input = to_nfd(c.input), expected = to_nfd(c.expected);
      if (input == c.input) continue;
      check_figure(c, t.latent, input, expected, "NFD");
    }
}

// Every case again with a no-break space for each space inside the figure.
TEST_CASE("figures: every case again with NBSP inside the figure", "[figures][unicode]") {
  for (const Table& t : kTables)
    for (const Case& c : t.cases) {
      std::string input, expected;
      if (!respace(c, "\u00a0", input, expected)) continue;
      check_figure(c, t.latent, input, expected, "NBSP");
    }
}

// The number of figure cases (traps are counted apart), so that the tables
// cannot shrink unnoticed.
TEST_CASE("figures: the tables hold at least 400 figure cases", "[figures]") {
  size_t n = 0;
  for (const Table& t : kTables) n += t.cases.size();
  INFO("figure cases: " << n);
  CHECK(n >= 400);
}

}  // namespace solieu::figures_test
