// Traps: numbers in Vietnamese news that are not figures (GUIDELINES.md, "Do
// not annotate these"). No quantity of a figure dimension (count, length,
// area, volume, mass, money, percent, ratio, rate, fraction, number) may
// overlap the named span. Time expressions may come out typed (date, time,
// period, duration, ordinal); identifiers only block.
//
// Mode: kBoth checks with and without --latent (a date or a decree number is
// no bare number either); kDefault only without it (with --latent a bare
// numeral is a figure by definition); kLatent only with it.
#include <span>

#include "figures_support.h"

namespace solieu::figures_test {
namespace {

constexpr Mode kD = Mode::kDefault;
constexpr Mode kL = Mode::kLatent;

// ------------------------------------------------------------ years, periods --
const Trap kTime[] = {
    {"Năm 2024, huyện đạt nhiều kết quả.", "Năm 2024"},
    {"Trong năm 2023, xã có 120 hộ thoát nghèo.", "năm 2023"},
    {"Kế hoạch năm 2025 đã được phê duyệt.", "năm 2025"},
    {"Kế hoạch 2022-2025 được triển khai.", "2022-2025"},
    {"Trong giai đoạn 2021-2025, tỉnh đầu tư mạnh.", "giai đoạn 2021-2025"},
    {"Giai đoạn 2021 - 2025 có nhiều đổi mới.", "2021 - 2025"},
    {"Năm học 2024-2025 bắt đầu.", "2024-2025"},
    {"Nhiệm kỳ 2020–2025 sắp kết thúc.", "2020–2025"},
    {"Từ năm 2016 đến năm 2020, xã thay đổi nhiều.", "2016 đến năm 2020"},
    {"Trong 5 tháng đầu năm, sản xuất ổn định.", "5 tháng đầu năm"},
    {"6 tháng đầu năm 2024, thu ngân sách tăng.", "6 tháng đầu năm 2024"},
    {"9 tháng năm 2023, xuất khẩu tăng.", "9 tháng năm 2023"},
    {"Trong quý I, tỉnh thu hút đầu tư.", "quý I"},
    {"Đến quý II/2024 sẽ hoàn thành.", "quý II/2024"},
    {"Cuối năm 2023, dự án hoàn thành.", "năm 2023"},
    {"Ngày 06/06/2024, UBND tỉnh tổ chức hội nghị.", "06/06/2024"},
    {"Sáng ngày 15/5, đoàn đến thăm xã.", "ngày 15/5"},
    {"Ngày 5/6, xã tổ chức lễ.", "5/6"},
    {"Từ 6/6 đến nay, mưa lớn kéo dài.", "6/6"},
    {"Luật có hiệu lực từ 1.1.2016.", "1.1.2016"},
    {"Trong tháng 6/2024, giá lúa tăng.", "tháng 6/2024"},
    {"Tháng 12 năm ngoái trời rét.", "Tháng 12"},
    {"Cập nhật 06/06/2024 10:12.", "06/06/2024 10:12"},
    {"Lúc 10:12, đoàn xuất phát.", "10:12"},
    {"Hội nghị bắt đầu lúc 8h30.", "8h30"},
    {"Đến 10h30, trận đấu kết thúc.", "10h30"},
    {"Khoảng 14 giờ 30 phút, vụ cháy xảy ra.", "14 giờ 30 phút"},
    {"Xe xuất phát lúc 8h.", "8h"},
    {"Lúc 7 giờ sáng, đoàn lên đường.", "7 giờ sáng"},
    {"Ngày 20-11-2023, trường tổ chức lễ.", "20-11-2023"},
    {"Thứ 6 ngày 12/7, trời mưa.", "12/7"},
};

// --------------------------------------------------------- durations, ages --
const Trap kDurations[] = {
    {"Ông Nguyễn Văn A, 65 tuổi, cho biết.", "65 tuổi"},
    {"Bà 45 tuổi đã có cháu.", "45 tuổi"},
    {"Người trên 60 tuổi được hỗ trợ.", "trên 60 tuổi"},
    {"Người từ 60 tuổi trở lên được miễn phí.", "60 tuổi trở lên"},
    {"Dự án hoàn thành trong 3 năm.", "3 năm"},
    {"Thi công trong 15 ngày.", "15 ngày"},
    {"Sau hơn 3 năm triển khai, dự án hoàn thành.", "hơn 3 năm"},
    {"Cách ly 2 tuần.", "2 tuần"},
    {"Sau 6 tháng, cây đã ra quả.", "6 tháng"},
    {"Chỉ trong 30 phút, lửa đã được dập tắt.", "30 phút"},
    {"Trẻ em dưới 6 tuổi được cấp thẻ.", "dưới 6 tuổi"},
    {"Sau 48 giờ, nước rút.", "48 giờ"},
    {"Trong mười năm qua, xã thay đổi nhiều.", "mười năm"},
};

// ---------------------------------------------------------------- identifiers --
const Trap kIdentifiers[] = {
    {"Liên hệ số điện thoại 0219.3812.345 để được hỗ trợ.", "0219.3812.345"},
    {"Gọi 0912 345 678 để đăng ký.", "0912 345 678"},
    {"Tổng đài 1900 1234 hoạt động cả ngày.", "1900 1234"},
    {"Điện thoại (0219) 3812345.", "(0219) 3812345"},
    {"Theo Quyết định số 72/2002/QĐ-TTg, các cơ quan dùng Unicode.", "72/2002/QĐ-TTg"},
    {"Thực hiện Nghị quyết số 19-NQ/TU của Tỉnh ủy.", "19-NQ/TU"},
    {"Theo Công văn 1234/UBND-KT, xã triển khai.", "1234/UBND-KT"},
    {"Thông tư số 05/2023/TT-BTC quy định mức thu.", "05/2023/TT-BTC"},
    {"Nghị định 100/2019/NĐ-CP quy định xử phạt.", "100/2019/NĐ-CP"},
    {"Thực hiện Kế hoạch số 45/KH-UBND.", "45/KH-UBND"},
    {"Dự án nâng cấp Quốc lộ 1A hoàn thành.", "Quốc lộ 1A"},
    {"Vụ tai nạn xảy ra tại Km 15+200 Quốc lộ 2.", "Km 15+200"},
    {"Vụ tai nạn xảy ra tại Km 15+200 Quốc lộ 2.", "Quốc lộ 2"},
    {"Sạt lở trên QL2 đoạn qua xã.", "QL2"},
    {"Mở rộng ĐT 176 qua huyện.", "ĐT 176"},
    {"Nâng cấp tỉnh lộ 8B.", "tỉnh lộ 8B"},
    {"Dịch Covid-19 ảnh hưởng lớn.", "Covid-19"},
    {"Phòng chống dịch COVID-19 hiệu quả.", "COVID-19"},
    {"Virus SARS-CoV-2 lây lan.", "SARS-CoV-2"},
    {"Hội nghị G20 diễn ra tại Ấn Độ.", "G20"},
    {"Dịch cúm H5N1 xuất hiện.", "H5N1"},
    {"Đội tuyển U23 thắng 2-1.", "U23"},
    {"Đội tuyển U23 thắng 2-1.", "2-1"},
    {"Chung cuộc tỷ số 3 - 0.", "3 - 0"},
    {"Hai đội hòa 1-1.", "1-1"},
    {"Hai đội hoà 1-1.", "1-1"},
    {"Mạng 4G phủ sóng toàn xã.", "4G"},
    // Page views the portal prints beside the date (running-text views are figures).
    {"Cập nhật 06/06/2024 10:12 31 lượt xem", "31 lượt xem"},
    {"Thời sự | 1.205 lượt truy cập", "1.205 lượt truy cập"},
    {"Ngày 06/06/2024 | 215 lượt xem\nHuyện có 20 xã.", "215 lượt xem"},
    {"Sư đoàn 316 tổ chức lễ kỷ niệm.", "316"},
    {"Trường THCS số 2 khai giảng.", "số 2"},
    {"Người dân Tổ 5 tham gia.", "Tổ 5"},
    {"Ủy ban Phường 7 họp dân.", "Phường 7"},
    {"Trụ sở tại Quận 1.", "Quận 1"},
    {"Nhà số 12 bị cháy.", "số 12"},
};

// ---------------------------------------------------------- ordinals, ranks --
const Trap kOrdinals[] = {
    {"Đây là lần thứ 3 xã tổ chức giải.", "lần thứ 3"},
    {"Xã đứng thứ 3 toàn huyện.", "thứ 3"},
    {"Giải được tổ chức lần thứ hai.", "lần thứ hai"},
    {"Đội giành hạng nhất.", "hạng nhất"},
    {"Đội xếp hạng 2.", "hạng 2"},
    {"Lọt vào Top 10 doanh nghiệp.", "Top 10"},
    {"Đại biểu Quốc hội khóa XIII.", "khóa XIII"},
    {"Nghị quyết Đại hội XIII của Đảng.", "Đại hội XIII"},
    {"Kỳ họp thứ 7 khai mạc.", "thứ 7"},
};

// --------------------------------------------- "một", "không", bare numbers --
const Trap kWords[] = {
    {"Một số hộ chưa hiểu rõ chính sách.", "Một số", kD},
    {"Xã còn một số hộ nghèo.", "một số", kD},
    {"Cán bộ giải thích một cách rõ ràng.", "một cách", kD},
    {"Một cán bộ xã cho biết như vậy.", "Một cán bộ", kD},
    {"Không có hộ nào tái nghèo.", "Không có hộ", kD},
    {"Xã không có người nào vi phạm.", "không có người", kD},
    {"Xã không hộ nào tái nghèo.", "không hộ", kD},
    {"hai mươi mốt", "hai mươi mốt", kD},
    {"3.000.000", "3.000.000", kD},
    {"Tỷ lệ hộ nghèo giảm mạnh.", "Tỷ lệ"},
    {"Các xã đồng loạt ra quân.", "đồng loạt"},
    {"Xã có nhiều hộ nghèo.", "nhiều hộ"},
    {"Tổ chức hội nghị tổng kết.", "hội nghị"},
};

struct TrapTable {
  const char* name;
  std::span<const Trap> traps;
};

const TrapTable kTrapTables[] = {
    {"time", kTime}, {"durations", kDurations}, {"identifiers", kIdentifiers},
    {"ordinals", kOrdinals}, {"words", kWords},
};

}  // namespace

TEST_CASE("figures traps: years, periods, dates and clock times", "[figures][traps]") {
  for (const Trap& t : kTime) check_trap(t);
}
TEST_CASE("figures traps: durations and ages", "[figures][traps]") {
  for (const Trap& t : kDurations) check_trap(t);
}
TEST_CASE("figures traps: documents, roads, phones, codes, scores, names", "[figures][traps]") {
  for (const Trap& t : kIdentifiers) check_trap(t);
}
TEST_CASE("figures traps: ordinals and ranks", "[figures][traps]") {
  for (const Trap& t : kOrdinals) check_trap(t);
}
TEST_CASE("figures traps: một, không, năm and bare numbers", "[figures][traps]") {
  for (const Trap& t : kWords) check_trap(t);
}

// "hai mươi mốt" alone: nothing by default, 21 with --latent.
TEST_CASE("figures traps: --latent is off by default", "[figures][traps]") {
  check_trap("hai mươi mốt", "hai mươi mốt", false);
  check_figure(Case{"hai mươi mốt", "hai mươi mốt", 21, "", "exact", "number"}, true);
  check_trap("Con số là 2.800.", "2.800", false);
  check_figure(Case{"Con số là 2.800.", "2.800", 2800, "", "exact", "number"}, true);
}

// Every trap again in NFD.
TEST_CASE("figures traps: every trap again in NFD", "[figures][traps][unicode]") {
  for (const TrapTable& table : kTrapTables)
    for (const Trap& t : table.traps) {
      std::string input = to_nfd(t.input), span = to_nfd(t.span);
      if (input == t.input) continue;
      if (t.mode != Mode::kLatent) check_trap(input, span, false);
      if (t.mode != Mode::kDefault) check_trap(input, span, true);
    }
}

}  // namespace solieu::figures_test
