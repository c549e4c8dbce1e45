# Indicators: what a figure measures, for the figures that matter most to the
# new-rural-development programme. A block gives
#   units      record units (or their first words) it applies to, or
#   dimension  the dimensions it applies to;
#   cue        a regex that must occur near the figure in its sentence
#              (within `before` bytes before it and `after` bytes after it);
#   veto       a regex that must not occur there.
# The first block that fits wins, so narrower blocks come first.
# `example TEXT at=FIGURE` runs the whole extractor over TEXT and expects the
# figure FIGURE to get this indicator; `reject TEXT` expects no figure to get it.

define PEOPLE_CUE = nghe|tham gia|tham dự|dự|học viên|tuyên truyền|tập huấn|hội nghị|buổi|lớp|ra quân

indicator participants
  units lượt người, người, lượt, học viên, cán bộ, hội viên, đoàn viên, đảng viên, phạm nhân, nông dân, thanh niên, phụ nữ, học sinh, đại biểu, người dân, lượt cán bộ, lượt hộ
  cue (?:^|[^\pL])(?:{PEOPLE_CUE})(?:[^\pL]|$)
  veto lượt xem|truy cập|website|trang web|cổng thông tin|lượt thích
  before 90
  after 40
  example "tuyên truyền được 252 buổi với gần 14 nghìn lượt người nghe" at="gần 14 nghìn lượt người"
  example "phát động ra quân được 127 lượt với trên 7 nghìn lượt người tham gia" at="trên 7 nghìn lượt người"
  example "Bộ đã mở 11 lớp tập huấn cho gần 6.000 cán bộ y tế" at="gần 6.000 cán bộ"
  reject "cổng thông tin đã có hơn 2 triệu lượt người truy cập"

indicator sessions_held
  units buổi, cuộc, hội nghị, lớp, lớp tập huấn, lớp bồi dưỡng, khóa, khóa đào tạo, khóa tập huấn, đợt, phiên
  cue tuyên truyền|tập huấn|tổ chức|mở|hội nghị|đào tạo|bồi dưỡng|truyền thông|phổ biến|giáo dục|được|đã
  veto học sinh|lớp học
  before 120
  after 20
  example "đã thực hiện tuyên truyền được 252 buổi" at="252 buổi"
  example "Bộ Y tế đã mở 11 lớp tập huấn cho cán bộ" at="11 lớp tập huấn"
  reject "trường có 30 lớp học với 900 học sinh"

indicator road_length
  dimension length
  cue đường|tuyến|lộ|giao thông|bê tông|nhựa|cứng hóa|kênh mương|ngõ|hẻm|cầu
  veto chiều cao|dài \d+ m cầu thang|bán kính|chiều sâu
  before 120
  after 60
  example "sửa chữa, nâng cấp, mở rộng được 2.800 mét đường giao thông nông thôn" at="2.800 mét"
  example "mở mới và đổ bê tông được 05 tuyến đường trên 25 km" at="trên 25 km"
  example "trải 28.503m lộ bê tông" at="28.503m"
  reject "mực nước dâng cao 2 m"

indicator land_donated
  dimension area
  cue hiến|hiến tặng|hiến đất|tự nguyện hiến|hiến trên|hiến gần|hiến hơn|nhường|giải phóng mặt bằng
  before 120
  after 60
  example "nhân dân đã hiến trên 1.500m2 đất để mở đường liên thôn" at="trên 1.500m2"
  reject "diện tích lúa đạt 1.500 ha"
