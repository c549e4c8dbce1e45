# Indicators: what a figure measures, for the figures that matter most to the
# new-rural-development programme. A block gives
#   units      record units (or their first words) it applies to, or
#   dimension  the dimensions it applies to;
#   cue        must occur near the figure: within `before` bytes before it
#              or `after` bytes after it, in its sentence;
#   context    must occur in the sentence before the figure (optional);
#   veto       must not occur within `veto_before`/`veto_after` bytes;
#   near_veto  must not occur within `near_before` bytes before the figure.
# Cues, contexts and vetoes are regexes matched as whole words.
# The first block that fits wins, so narrower blocks come first.
# `example TEXT at=FIGURE` runs the whole extractor over TEXT and expects the
# figure FIGURE to get this indicator; `reject TEXT` expects no figure to get it.

# What makes a gathering a session: propaganda, training, meetings.
define SESSION_WORDS = tuyên truyền|tập huấn|hội nghị|hội thảo|phổ biến|giáo dục pháp luật|truyền thông|bồi dưỡng|sinh hoạt chuyên đề|họp|đối thoại|ra quân|buổi|lớp tập huấn|nói chuyện|chiếu phim|tọa đàm|diễn đàn|cuộc

indicator participants
  units lượt người, người, lượt, học viên, cán bộ, hội viên, đoàn viên, đảng viên, phạm nhân, nông dân, thanh niên, phụ nữ, học sinh, đại biểu, người dân, tình nguyện, tình nguyện viên, lượt cán bộ, lượt hộ, giáo viên, công chức, người nghe
  cue {SESSION_WORDS}|tham gia|tham dự|nghe|dự
  context {SESSION_WORDS}|tổ chức|mở
  veto lượt xem|truy cập|website|trang web|lượt thích|theo dõi|đăng ký theo dõi
  before 160
  after 60
  example "tuyên truyền được 252 buổi với gần 14 nghìn lượt người nghe" at="gần 14 nghìn lượt người"
  example "phát động ra quân được 127 lượt với trên 7 nghìn lượt người tham gia" at="trên 7 nghìn lượt người"
  example "Bộ đã mở 11 lớp tập huấn cho gần 6.000 cán bộ y tế" at="gần 6.000 cán bộ"
  reject "cổng thông tin đã có hơn 2 triệu lượt người truy cập"
  reject "Huyện có trên 12.500 người tham gia cách mạng"

indicator sessions_held
  units buổi, cuộc, hội nghị, lớp, lớp tập huấn, lớp bồi dưỡng, khóa, khóa đào tạo, khóa tập huấn, đợt, phiên, hội thảo
  cue {SESSION_WORDS}|đào tạo
  veto học sinh|lớp học|dài hạn|kiểm tra|thanh tra|giám sát
  before 120
  after 80
  veto_before 30
  veto_after 40
  example "đã thực hiện tuyên truyền được 252 buổi" at="252 buổi"
  example "Bộ Y tế đã mở 11 lớp tập huấn cho cán bộ" at="11 lớp tập huấn"
  example "triển khai 5.275 cuộc tuyên truyền về chủ trương" at="5.275 cuộc"
  reject "trường có 30 lớp học với 900 học sinh"
  reject "tổ chức 3.667 đợt kiểm tra, giám sát"

# Road built, upgraded, repaired or concreted: a road word near the length,
# and a building verb earlier in the sentence; widths and distances are not lengths.
indicator road_length
  dimension length
  cue đường|tuyến|lộ|giao thông|đường giao thông|quốc lộ|tỉnh lộ|cao tốc|đường bộ|ngõ|hẻm|ngõ xóm|đường trục|đường liên thôn|đường nội đồng
  context xây|xây dựng|làm|làm mới|mở|mở mới|nâng cấp|sửa chữa|cải tạo|bê tông|bê tông hóa|đổ bê tông|cứng hóa|trải|trải nhựa|thảm nhựa|rải|đầu tư|hoàn thành|thi công|khởi công|dự án|kiên cố hóa|nhựa hóa
  veto cách|khoảng cách|mặt cắt|mặt cắt ngang|bán kính|đường băng|bề rộng|chiều rộng|chiều sâu|chiều cao|vận tốc|tốc độ|chiều dài cầu|cầu
  near_veto rộng|sâu|cao|dày|thành|lên
  before 70
  after 25
  veto_before 40
  veto_after 0
  example "sửa chữa, nâng cấp, mở rộng được 2.800 mét đường giao thông nông thôn" at="2.800 mét"
  example "mở mới và đổ bê tông được 05 tuyến đường trên 25 km" at="trên 25 km"
  example "trải 28.503m lộ bê tông" at="28.503m"
  reject "mực nước dâng cao 2 m"
  reject "đầu tư tuyến cao tốc có mặt đường rộng 17m"
  reject "mưa lũ đã cuốn trôi 30m đường"

indicator land_donated
  dimension area
  cue hiến|hiến tặng|hiến đất|tự nguyện hiến|hiến không|nhường đất|góp đất|tặng đất
  before 120
  after 60
  example "nhân dân đã hiến trên 1.500m2 đất để mở đường liên thôn" at="trên 1.500m2"
  example "các thôn Cổ Đô hiến gần 34.000m2" at="gần 34.000m2"
  reject "diện tích lúa đạt 1.500 ha"
  reject "cuộc chiến khiến 50 ha rừng cháy"
