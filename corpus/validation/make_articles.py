#!/usr/bin/env python3
"""Writes articles.jsonl, the validation corpus of `solieu validate`.

The articles were written for this project in the style of district reports.
Each planted inconsistency and each consistent trap is named in a comment
beside its sentence; expected.tsv lists what validate must find. Run this
script after editing an article (the JSON Lines file is what the test reads).
"""
import json
import os

ARTICLES = [
    # Parts and totals; fractions and percentages; impossible values.
    {"id": "bm-nha-o-2024", "title": "Bắc Mê: hỗ trợ nhà ở cho hộ nghèo",
     "published": "2024-06-10T08:00:00+07:00",
     "text": (
         "Trong 5 tháng đầu năm 2024, huyện Bắc Mê đã hỗ trợ làm nhà ở cho 1.250 hộ, trong đó "
         "cấp huyện hỗ trợ 500 hộ, cấp xã hỗ trợ 800 hộ. "                     # PLANT parts_exceed_total
         "Toàn huyện có 1.200 hộ được vay vốn, trong đó 300 hộ nghèo và 200 hộ cận nghèo. "  # TRAP a selection, not a breakdown
         "Xã Minh Ngọc đạt 15/19 tiêu chí (78,9%), xã Yên Cường đạt 14/19 tiêu chí (78,9%). "  # TRAP, then PLANT fraction_percent_mismatch
         "Tỷ lệ hộ dân sử dụng nước hợp vệ sinh chiếm 104%. "                  # PLANT share_over_100
         "Giá trị sản xuất tăng 150% so với cùng kỳ, đạt 112% kế hoạch năm. "   # TRAP percentages above 100 that are not shares
         "Xã Đường Âm đạt 21/19 tiêu chí.")},                                  # PLANT fraction_over_whole (and implausible criteria)
    # The breakdown, wrong by ten households; the right one is the trap in the next article.
    {"id": "tq-so-do-2024", "title": "Tuyên Quang cấp giấy chứng nhận quyền sử dụng đất",
     "published": "2024-04-02T09:00:00+07:00",
     "text": (
         "Năm 2023, huyện Hàm Yên đã cấp giấy chứng nhận cho 38.268 hộ, trong đó cấp Trung ương 89 hộ, "
         "cấp tỉnh 1.498 hộ, cấp huyện 6.888 hộ, cấp xã 29.783 hộ. "            # PLANT parts_short_of_total (sum 38.258)
         "Tổng nguồn vốn huy động bao gồm 3 tỷ đồng từ ngân sách và 2 tỷ đồng do nhân dân đóng góp.")},  # (no total: nothing)
    {"id": "ly-so-do-2024", "title": "Lục Yên: kết quả cấp giấy chứng nhận",
     "published": "2024-04-03T09:00:00+07:00",
     "text": (
         "Năm 2023, huyện Lục Yên đã cấp giấy chứng nhận cho 38.268 hộ, trong đó cấp Trung ương 89 hộ, "
         "cấp tỉnh 1.498 hộ, cấp huyện 6.888 hộ, cấp xã 29.793 hộ. "            # TRAP the same breakdown, adding up
         "Tổng kinh phí là 12 tỷ đồng, gồm 7 tỷ đồng vốn tỉnh và 5 tỷ đồng vốn huyện.")},  # TRAP gồm, adding up
    # Growth claims.
    {"id": "ly-ngan-sach-2023", "title": "Lục Yên: thu ngân sách năm 2023",
     "published": "2024-01-15T10:00:00+07:00",
     "text": (
         "Năm 2023, tổng thu ngân sách trên địa bàn huyện Lục Yên đạt 120 tỷ đồng, tăng 20% so với năm 2022 "
         "(110 tỷ đồng). "                                                      # PLANT growth_mismatch (110 × 1,2 = 132)
         "Giá trị sản xuất nông nghiệp đạt 240 tỷ đồng, tăng 20% so với năm 2022 (200 tỷ đồng). "  # TRAP consistent
         "Năm 2023, xã Tân Lập có 12,5 hộ thoát nghèo. "                       # PLANT fractional_count
         "Bình quân mỗi hộ có 4,5 người.")},                                  # TRAP an average, not a count
    # One fact, two independent sources that agree ("gần 14 nghìn" and "14.000"), and a reprint.
    {"id": "bm-tuyen-truyen-baohagiang", "title": "Bắc Mê đẩy mạnh tuyên truyền pháp luật",
     "published": "2024-06-06T10:12:00+07:00",
     "text": "Trong 5 tháng đầu năm 2024, huyện Bắc Mê đã tuyên truyền được 252 buổi với gần 14 nghìn lượt người nghe."},
    {"id": "bm-tuyen-truyen-reprint", "title": "Bắc Mê đẩy mạnh tuyên truyền pháp luật",
     "published": "2024-06-07T07:30:00+07:00",
     "text": ("(Báo Hà Giang) - Trong 5 tháng đầu năm 2024, huyện Bắc Mê đã tuyên truyền được 252 buổi "
              "với gần 14 nghìn lượt người nghe.")},  # PLANT reprint, with the site's byline added
    {"id": "bm-tuyen-truyen-tuphap", "title": "Kết quả phổ biến giáo dục pháp luật ở Bắc Mê",
     "published": "2024-06-12T15:00:00+07:00",
     "text": ("Phòng Tư pháp cho biết, 5 tháng đầu năm 2024, các cơ quan của huyện Bắc Mê tổ chức 252 buổi "
              "tuyên truyền, thu hút 14.000 lượt người tham dự.")},            # PLANT agreement (TRAP: no conflict)
    # One fact, two sources that disagree ("trên 7 nghìn" vs "6.500"); the first is reprinted.
    {"id": "hy-tap-huan-baotuyenquang", "title": "Hàm Yên tập huấn cho nông dân",
     "published": "2024-07-03T08:00:00+07:00",
     "text": "6 tháng đầu năm 2024, huyện Hàm Yên đã mở 120 lớp tập huấn với trên 7 nghìn lượt người tham gia."},
    {"id": "hy-tap-huan-reprint", "title": "Hàm Yên tập huấn cho nông dân",
     "published": "2024-07-04T08:00:00+07:00",
     "text": "6 tháng đầu năm 2024, huyện Hàm Yên đã mở 120 lớp tập huấn với trên 7 nghìn lượt người tham gia."},  # PLANT reprint (not a confirmation)
    {"id": "hy-tap-huan-hoinongdan", "title": "Hội Nông dân Hàm Yên sơ kết 6 tháng",
     "published": "2024-07-10T14:00:00+07:00",
     "text": ("Theo Hội Nông dân, 6 tháng đầu năm 2024, huyện Hàm Yên đã mở 120 lớp tập huấn, "
              "thu hút 6.500 lượt người tham gia.")},             # PLANT conflict
    # A cumulative figure that falls: 5 months then 6 months.
    {"id": "ln-duong-5-thang", "title": "Lục Ngạn làm đường giao thông nông thôn",
     "published": "2024-06-05T09:00:00+07:00",
     "text": "Trong 5 tháng đầu năm 2024, huyện Lục Ngạn đã làm mới được 42 km đường giao thông nông thôn."},
    {"id": "ln-duong-6-thang", "title": "Lục Ngạn sơ kết 6 tháng đầu năm",
     "published": "2024-07-05T09:00:00+07:00",
     "text": "Trong 6 tháng đầu năm 2024, huyện Lục Ngạn đã làm mới được 38 km đường giao thông nông thôn."},  # PLANT cumulative_decrease
    {"id": "ln-duong-7-thang", "title": "Lục Ngạn: giao thông nông thôn 7 tháng",
     "published": "2024-08-05T09:00:00+07:00",
     "text": "Trong 7 tháng đầu năm 2024, huyện Lục Ngạn đã làm mới được 45 km đường giao thông nông thôn."},  # TRAP grows from 42
    # "Lũy kế", "đến nay": cumulative figures dated by publication; the first pair falls, the second grows.
    {"id": "bm-ntm-thang-3", "title": "Bắc Mê: 12 xã đạt chuẩn nông thôn mới",
     "published": "2024-03-10T08:00:00+07:00",
     "text": "Lũy kế đến nay, toàn huyện Bắc Mê có 12 xã đạt chuẩn nông thôn mới."},
    {"id": "bm-ntm-thang-9", "title": "Bắc Mê tiếp tục xây dựng nông thôn mới",
     "published": "2024-09-10T08:00:00+07:00",
     "text": "Đến nay, huyện Bắc Mê đã có 10 xã đạt chuẩn nông thôn mới."},  # PLANT cumulative_decrease
    {"id": "hy-ntm-thang-1", "title": "Hàm Yên: 8 xã đạt chuẩn nông thôn mới",
     "published": "2024-01-20T08:00:00+07:00",
     "text": "Lũy kế đến nay, huyện Hàm Yên có 8 xã đạt chuẩn nông thôn mới."},
    {"id": "hy-ntm-thang-7", "title": "Hàm Yên thêm một xã đạt chuẩn",
     "published": "2024-07-20T08:00:00+07:00",
     "text": "Đến nay, huyện Hàm Yên đã có 9 xã đạt chuẩn nông thôn mới."},  # TRAP grows
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "articles.jsonl"), "w", encoding="utf-8") as out:
        for a in ARTICLES:
            out.write(json.dumps(a, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
