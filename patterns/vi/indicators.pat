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
  veto_before 12
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
  example "Lũy kế đến nay, toàn huyện đã làm được 120 km đường" at="120 km" status=achieved detail=cumulative
  example "Kế hoạch năm 2024, huyện phấn đấu làm mới 30 km đường" at="30 km" status=target detail=plan
  example "Hiện huyện đang thi công 12 km đường trục xã" at="12 km" status=achieved detail=ongoing
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

# ===========================================================================
# The wider taxonomy: the new-rural-development programme (nông thôn mới) and
# the socio-economic figures of provincial reports. These blocks come after the
# four core blocks above, so a figure the core blocks take keeps its indicator;
# within them, narrower blocks come before broader ones (toilets before houses,
# tourism revenue before investment capital, ...).
# Windows are in bytes: a Vietnamese syllable with its space is 3 to 7 bytes.
# ===========================================================================

# Words that say something was built, upgraded, repaired or handed over.
define IND_BUILD = xây|xây dựng|xây mới|làm|làm mới|mở|mở mới|mở rộng|nâng cấp|sửa chữa|cải tạo|bê tông|bê tông hóa|đổ bê tông|cứng hóa|trải nhựa|nhựa hóa|kiên cố|kiên cố hóa|đầu tư|đầu tư xây dựng|hoàn thành|thi công|khởi công|khánh thành|đưa vào sử dụng|bàn giao|lắp đặt|lắp|nạo vét|gia cố|tu sửa|làm lại|xây lại|dựng

# Damage by storms, floods, fire and the like.
define IND_DAMAGE = sập|đổ sập|bị sập|tốc mái|bị tốc mái|hư hỏng|hư hại|bị hư hỏng|ngập|bị ngập|ngập úng|ngập sâu|cháy|bị cháy|thiêu rụi|cuốn trôi|bị cuốn trôi|sạt lở|vùi lấp|bị vùi lấp|bị thiệt hại|thiệt hại|đổ ngã|gãy đổ|mất trắng|bị lũ

# --- Campaigns and emulation movements ------------------------------------

indicator campaigns
  units phong trào, chiến dịch, đợt, đợt cao điểm, đợt thi đua, lượt ra quân
  cue phát động|hưởng ứng|phong trào|chiến dịch|cao điểm|tổng vệ sinh|dọn vệ sinh|vệ sinh môi trường|thi đua|ra quân|ngày chủ nhật xanh|mùa hè xanh
  veto kiểm tra|thanh tra|giám sát|xét xử|mưa|lũ|rét|nắng nóng|dịch bệnh|bão|tiêm|giảm giá|khuyến mãi
  before 80
  after 50
  example "Hội Nông dân huyện phát động 5 phong trào thi đua sản xuất, kinh doanh giỏi" at="5 phong trào"
  example "các thôn đã tổ chức được 64 đợt tổng vệ sinh đường làng, khơi thông cống rãnh" at="64 đợt"
  example "Đoàn Thanh niên tỉnh mở 3 chiến dịch tình nguyện hè cho đoàn viên" at="3 chiến dịch"
  reject "Sở Y tế tổ chức 12 đợt kiểm tra an toàn thực phẩm"
  reject "từ đầu năm đã có 4 đợt rét đậm, rét hại"

# --- Infrastructure: roads, bridges, irrigation, dykes, lighting ----------

# Canals and irrigation works counted ("12 tuyến kênh", "8 trạm bơm"), built or upgraded.
indicator irrigation_works
  units tuyến kênh, kênh, kênh mương, mương, tuyến mương, trạm bơm, công trình, công trình thủy lợi, cống, hồ chứa, đập, đập dâng, hồ đập
  cue thủy lợi|kênh|mương|kênh mương|trạm bơm|hồ chứa|đập|cống|tưới|tiêu úng|tưới tiêu
  context {IND_BUILD}
  veto vỡ|bị vỡ|sạt lở|xuống cấp|hư hỏng|ô nhiễm|vi phạm|sai phạm|cống hiến|hiến
  before 60
  after 50
  example "năm qua huyện đã kiên cố hóa 12 tuyến kênh nội đồng bằng bê tông" at="12 tuyến kênh"
  example "tỉnh đầu tư xây dựng mới 8 trạm bơm điện phục vụ tưới tiêu cho vụ đông xuân" at="8 trạm bơm"
  reject "mưa lớn làm vỡ 3 tuyến kênh tưới của xã"

# Length of canals and ditches lined with concrete ("kiên cố hóa kênh mương").
indicator canals_solidified
  dimension length
  cue kênh|mương|kênh mương|kênh nội đồng|mương nội đồng|thủy lợi|kênh tưới|kênh tiêu|kênh cấp|mương tưới|rãnh|mương thoát nước
  context kiên cố|kiên cố hóa|bê tông|bê tông hóa|cứng hóa|xây|xây dựng|làm mới|nâng cấp|sửa chữa|cải tạo|nạo vét|đầu tư|hoàn thành|thi công|khơi thông|nạo vét
  veto sâu|rộng|chiều rộng|chiều sâu|mặt cắt|cách|vỡ|sạt lở|khẩu độ
  near_veto rộng|sâu|cao|dày|thành|lên
  before 60
  after 40
  veto_before 30
  veto_after 0
  example "năm 2023, xã đã kiên cố hóa được 6,8 km kênh mương nội đồng" at="6,8 km"
  example "bê tông hóa 2.450 m mương tưới, nạo vét 15 km kênh tiêu" at="2.450 m"
  reject "kênh chính sâu 3 m, rộng 12 m"

# Dykes and embankments built or reinforced.
indicator embankments_built
  dimension length
  cue đê|kè|bờ kè|tuyến đê|đê bao|đê biển|đê sông|kè chống sạt lở|kè bờ sông|kè biển|bờ bao
  context xây|xây dựng|đắp|đắp mới|gia cố|nâng cấp|tôn cao|tôn tạo|kiên cố|kiên cố hóa|hoàn thành|đầu tư|thi công|làm mới|làm|cứng hóa|bê tông hóa|khởi công
  veto vỡ|bị vỡ|tràn|bị sạt lở|sụt lún|hư hỏng|cách|rộng|cao|sâu|xói lở|triều cường|sóng đánh
  near_veto rộng|sâu|cao|dày|thành|lên
  before 60
  after 40
  veto_before 30
  veto_after 10
  example "tỉnh đã đầu tư xây dựng 4,5 km kè chống sạt lở bờ sông" at="4,5 km"
  example "các xã ven biển đắp mới 1.200 m đê bao ngăn mặn" at="1.200 m"
  reject "nước lũ làm vỡ 300 m đê bao của xã"

# Street lighting ("thắp sáng đường quê"): lamps, or length of lit road.
indicator street_lighting
  units bóng đèn, cột đèn, đèn, bóng, đèn chiếu sáng, bộ đèn, cột điện chiếu sáng
  dimension length
  cue chiếu sáng|thắp sáng|đèn chiếu sáng|điện chiếu sáng|đường điện chiếu sáng|đèn đường|điện năng lượng mặt trời|đèn năng lượng mặt trời
  veto đèn giao thông|tín hiệu|đèn tín hiệu|phá hủy|hư hỏng|gãy|đổ|cầu|mỗi cầu|LED
  before 70
  after 50
  veto_before 40
  veto_after 20
  example "hội viên phụ nữ lắp đặt 250 bóng đèn chiếu sáng đường làng" at="250 bóng đèn"
  example "đoàn viên thanh niên đã thắp sáng 3,2 km đường nông thôn" at="3,2 km"
  reject "công an huyện lắp 12 cột đèn tín hiệu giao thông"

# Roads counted ("05 tuyến đường"), built, upgraded or concreted; their length is road_length.
indicator roads_built
  units tuyến, tuyến đường, con đường, tuyến đường giao thông, tuyến giao thông, tuyến đường nông thôn
  cue đường|giao thông|tuyến đường|đường giao thông|ngõ xóm|liên thôn|liên xã|nội đồng|đường trục|đường làng|ngõ|hẻm|đường huyện|đường xã|tỉnh lộ
  context {IND_BUILD}
  veto xe buýt|buýt|đường bay|bay|tàu|đường sắt|đường ống|ống|cáp|cáp quang|đường dây|điện|xe khách|vận tải|kênh|mương|đê|kè|thu phí|trạm thu phí|cất cánh|hạ cánh|đường ngang|biên giới|qua lại|metro|tuyến đô thị|đường sắt đô thị
  before 80
  after 50
  veto_before 20
  veto_after 30
  example "năm nay huyện mở mới và nâng cấp 17 tuyến đường liên thôn" at="17 tuyến đường"
  example "xã đã bê tông hóa 9 con đường ngõ xóm" at="9 con đường"
  reject "công ty mở thêm 4 tuyến xe buýt nội tỉnh"
  reject "đầu tư 3 tuyến đường dây 110 kV"

indicator bridges_built
  units cầu, cây cầu, cầu treo, cầu dân sinh, cầu bê tông, cầu giao thông, cầu cống, cầu tràn, cầu máng
  cue cầu|cây cầu|cầu treo|cầu dân sinh|cầu tràn|cầu bê tông|cầu giao thông
  context {IND_BUILD}
  veto sập|bị sập|gãy|cuốn trôi|bị cuốn trôi|hư hỏng|sạt lở|yếu|xuống cấp|nguy hiểm
  before 60
  after 40
  example "Bộ đội Biên phòng tỉnh đã xây dựng 6 cầu dân sinh cho bà con vùng sâu" at="6 cầu"
  example "nhân dân góp tiền làm mới 3 cây cầu bắc qua kênh" at="3 cây cầu"
  reject "lũ quét cuốn trôi 5 cây cầu tạm"

# --- Contributions: labour, money, loans -----------------------------------

indicator labor_days
  units ngày công, ngày công lao động, công lao động
  cue ngày công|công lao động|đóng góp|huy động|ra quân|hiến|tham gia
  veto chiếu|công chiếu|phòng vé|ra rạp
  before 40
  after 40
  veto_before 0
  veto_after 12
  example "nhân dân đóng góp trên 4.500 ngày công để đào đắp đường nội đồng" at="trên 4.500 ngày công"
  example "đoàn viên ra quân với 1.320 ngày công lao động làm sạch kênh mương" at="1.320 ngày công lao động"
  reject "thợ xây được trả 350 nghìn đồng mỗi ngày"

# Money mobilised or contributed by people, businesses, donors (huy động, đóng góp, vận động, ủng hộ).
indicator funds_mobilized
  dimension money
  cue huy động|đóng góp|góp tiền|góp công|chung tay góp|vận động|ủng hộ|quyên góp|xã hội hóa|tài trợ|hảo tâm|mạnh thường quân|nhà hảo tâm|công đức|tự nguyện góp|con em xa quê|tiếp nhận ủng hộ
  near_veto ngân hàng|tiền gửi|lãi suất|cổ phiếu|trái phiếu|chứng khoán|cổ phần|IPO|niêm yết|tăng vốn điều lệ|vốn điều lệ|lừa đảo|chiếm đoạt|góp vốn|cho ngân sách|nộp ngân sách|vào ngân sách|trả góp|lợi nhuận|doanh thu|lãi
  veto trong đó|gồm|bao gồm|tổng kinh phí|tổng vốn đầu tư|ngân sách nhà nước|cho ngân sách|ngân sách
  before 100
  after 15
  near_before 90
  veto_before 0
  veto_after 22
  example "nhân dân tự nguyện đóng góp trên 3,2 tỷ đồng làm đường giao thông" at="trên 3,2 tỷ đồng"
  example "Ủy ban MTTQ huyện vận động được 850 triệu đồng ủng hộ Quỹ Vì người nghèo" at="850 triệu đồng"
  example "huy động nguồn lực xã hội hóa được 12 tỷ đồng" at="12 tỷ đồng"
  reject "ngân hàng huy động được 5.000 tỷ đồng tiền gửi"
  reject "đối tượng lừa đảo, chiếm đoạt 2 tỷ đồng của người góp vốn"
  example "tổng kinh phí công trình khoảng 4,2 tỷ đồng; người dân đóng góp 600 triệu đồng" at="600 triệu đồng"
  reject "tổng kinh phí xây dựng khoảng 4,2 tỷ đồng, trong đó có phần người dân đóng góp"

# Credit outstanding ("dư nợ"): the balance of loans, not what was lent in the period.
indicator credit_outstanding
  dimension money
  cue dư nợ|tổng dư nợ|dư nợ tín dụng|dư nợ cho vay|tín dụng toàn nền kinh tế|tổng dư nợ tín dụng
  veto nợ xấu|nợ quá hạn
  before 100
  after 0
  veto_before 25
  veto_after 10
  example "tổng dư nợ của Ngân hàng Chính sách xã hội huyện đạt 642 tỷ đồng" at="642 tỷ đồng"
  example "dư nợ tín dụng trên địa bàn tỉnh ước đạt 86.500 tỷ đồng" at="ước đạt 86.500 tỷ đồng"
  reject "ngân hàng giải ngân cho vay 86 tỷ đồng trong năm"

# Money lent: social-policy credit, preferential loans.
indicator loans_disbursed
  dimension money
  cue cho vay|vay vốn|vốn vay|được vay|giải ngân cho vay|doanh số cho vay|tín dụng chính sách|tín dụng ưu đãi|vay ưu đãi|cho vay ưu đãi|ngân hàng chính sách|vốn tín dụng|tiền vay|khoản vay
  veto dư nợ|nợ xấu|lãi suất|trả nợ|thu nợ|nợ quá hạn|lãi|vay nặng lãi|tín dụng đen|lừa đảo|chiếm đoạt|nợ công|khoản nợ|lợi nhuận|doanh thu
  before 80
  after 30
  veto_before 60
  veto_after 15
  example "Ngân hàng Chính sách xã hội huyện đã giải ngân cho vay 68 tỷ đồng đối với 1.900 lượt hộ" at="68 tỷ đồng"
  example "Hội Nông dân tín chấp cho hội viên vay vốn 15 tỷ đồng để phát triển sản xuất" at="15 tỷ đồng"
  reject "dư nợ cho vay của ngân hàng đạt 3.200 tỷ đồng"

# --- Households -----------------------------------------------------------

indicator households_out_of_poverty
  units hộ, hộ nghèo, hộ cận nghèo, hộ gia đình, hộ dân, hộ đồng bào, lượt hộ
  cue thoát nghèo|vươn lên thoát nghèo|thoát khỏi nghèo|thoát cận nghèo|ra khỏi danh sách hộ nghèo|thoát hộ nghèo
  before 60
  after 45
  example "năm 2023 toàn huyện có 412 hộ thoát nghèo" at="412 hộ"
  example "nhờ vốn vay, đã giúp 96 hộ nghèo vươn lên thoát nghèo bền vững" at="96 hộ nghèo"
  reject "xã còn 412 hộ nghèo chưa có nhà ở kiên cố"

# Families given the "gia đình văn hóa" title.
indicator cultural_families
  units gia đình, gia đình văn hóa, hộ gia đình, hộ, hộ dân
  cue gia đình văn hóa|danh hiệu gia đình văn hóa|gia đình văn hóa tiêu biểu|hộ gia đình văn hóa
  before 60
  after 50
  example "năm 2023 toàn xã có 2.350 hộ đạt danh hiệu gia đình văn hóa" at="2.350 hộ"
  example "huyện công nhận 18.760 gia đình văn hóa" at="18.760 gia đình"
  reject "toàn xã có 2.350 hộ gia đình sinh sống"

indicator households_supported
  units hộ, hộ gia đình, hộ dân, hộ nghèo, hộ cận nghèo, lượt hộ, hộ chính sách, gia đình, gia đình chính sách, hộ đồng bào, hộ khó khăn
  cue hỗ trợ|giúp đỡ|giúp|trợ giúp|trợ cấp|cứu trợ|cứu đói|được cấp|cấp phát|tặng|trao|được vay|cho vay|vay vốn|thụ hưởng|được hưởng|hưởng lợi|thăm hỏi|tặng quà|trao quà|khắc phục
  veto thoát nghèo|chưa|chưa nhận|bàn giao mặt bằng|thu hồi|giải tỏa|cưỡng chế|di dời
  before 80
  after 30
  example "huyện đã hỗ trợ làm nhà ở cho 135 hộ nghèo" at="135 hộ nghèo"
  example "Ngân hàng Chính sách xã hội cho 2.140 lượt hộ vay vốn" at="2.140 lượt hộ"
  reject "thôn Tân Lập có 186 hộ với 742 nhân khẩu"

# Households hit by a disaster or moved for a project: flooded, evacuated, relocated, their land recovered.
indicator households_affected
  units hộ, hộ dân, hộ gia đình, lượt hộ, hộ đồng bào
  cue ảnh hưởng|bị ảnh hưởng|bị ngập|ngập|sơ tán|di dời|thu hồi đất|bị thu hồi|thu hồi|giải tỏa|giải phóng mặt bằng|GPMB|tái định cư|bị cô lập|mất nhà|bị thiệt hại|phải di dời|bàn giao mặt bằng|di dân|khẩn cấp|sạt lở|lũ|bão|mất trắng|trắng tay
  before 70
  after 50
  example "mưa lũ làm 1.240 hộ dân bị ngập, phải sơ tán khẩn cấp" at="1.240 hộ dân"
  example "dự án phải thu hồi đất của 326 hộ gia đình" at="326 hộ gia đình"
  reject "làng có 250 hộ dân nuôi cá chép"

indicator poor_households
  units hộ nghèo, hộ cận nghèo, hộ, hộ gia đình, hộ dân
  cue hộ nghèo|hộ cận nghèo|nghèo|cận nghèo|nghèo đa chiều
  veto thoát nghèo
  before 30
  after 25
  example "theo kết quả rà soát, toàn huyện còn 1.826 hộ nghèo" at="1.826 hộ nghèo"
  example "số hộ cận nghèo là 943 hộ, chiếm 4,1%" at="943 hộ"
  reject "xã có 1.826 hộ sản xuất nông nghiệp"

indicator poverty_rate
  dimension percent
  cue hộ nghèo|tỷ lệ hộ nghèo|tỷ lệ nghèo|nghèo đa chiều|hộ nghèo đa chiều|tỷ lệ hộ cận nghèo|hộ cận nghèo
  veto hộ thoát nghèo|vốn|cho vay|thu nhập|chuẩn nghèo|mức đóng|đóng
  near_veto hỗ trợ|trợ cấp
  before 80
  after 25
  veto_before 60
  veto_after 20
  near_before 15
  example "tỷ lệ hộ nghèo của huyện giảm còn 3,2%" at="3,2%"
  example "đến cuối năm, hộ nghèo đa chiều chiếm 8,75% tổng số hộ" at="8,75%"
  reject "tỷ lệ người dân tham gia bảo hiểm y tế đạt 92%"
  reject "Nhà nước hỗ trợ 70% mức đóng bảo hiểm y tế cho người thuộc hộ cận nghèo"

# --- Houses, toilets, bathrooms, pens ---------------------------------------

indicator toilets_built
  units nhà vệ sinh, nhà tiêu, hố xí, công trình vệ sinh, nhà vệ sinh hợp vệ sinh, nhà tiêu hợp vệ sinh
  cue xây|xây dựng|xây mới|làm|làm mới|hỗ trợ|cải tạo|sửa chữa|bàn giao|hợp vệ sinh|tặng|trao|lắp đặt|nhà tiêu|nhà vệ sinh|hố xí
  before 70
  after 40
  example "Hội Phụ nữ vận động hội viên xây mới 215 nhà tiêu hợp vệ sinh" at="215 nhà tiêu"
  example "dự án hỗ trợ làm 48 nhà vệ sinh cho hộ nghèo" at="48 nhà vệ sinh"
  reject "xã đã xây 48 nhà tắm cho hộ nghèo"

indicator bathrooms_built
  units nhà tắm, phòng tắm, buồng tắm
  cue xây|xây dựng|xây mới|làm|làm mới|hỗ trợ|cải tạo|sửa chữa|bàn giao|tặng|nhà tắm|phòng tắm
  before 70
  after 40
  example "năm qua các hộ đã làm mới 37 nhà tắm khép kín" at="37 nhà tắm"
  example "chương trình tặng 20 phòng tắm cho trường bán trú" at="20 phòng tắm"
  reject "xã đã xây 48 nhà tiêu hợp vệ sinh"

indicator cultural_houses
  units nhà văn hóa, nhà sinh hoạt cộng đồng, nhà sinh hoạt, nhà văn hóa thôn, hội trường
  cue nhà văn hóa|nhà sinh hoạt cộng đồng|nhà sinh hoạt|hội trường thôn|hội trường
  veto bỏ hoang|dư thừa|đấu giá|hoang phế|hoang tàn|xuống cấp|bán|thanh lý
  before 40
  after 40
  example "đến nay 100% thôn đã có nhà văn hóa, trong đó 42 nhà văn hóa đạt chuẩn" at="42 nhà văn hóa"
  example "nhân dân góp công xây dựng 15 nhà sinh hoạt cộng đồng" at="15 nhà sinh hoạt"
  reject "xã đã xây 15 nhà ở cho hộ nghèo"
  reject "sau sáp nhập thôn, huyện đang dư thừa 67 nhà văn hóa"

indicator houses_damaged
  units nhà, căn nhà, ngôi nhà, căn, nhà ở, nhà dân, căn hộ, ngôi nhà dân
  cue {IND_DAMAGE}|bão|lũ|lũ quét|lốc|lốc xoáy|giông lốc|mưa đá|động đất|hỏa hoạn|thiên tai|phải di dời|di dời khẩn cấp
  veto xây|xây dựng|xây mới|làm mới|chống lũ|tránh lũ|an toàn|bán|cho thuê
  before 80
  after 50
  veto_before 25
  veto_after 10
  example "cơn bão làm 126 căn nhà bị tốc mái, 3 căn nhà bị sập hoàn toàn" at="126 căn nhà"
  example "trận lũ quét đã cuốn trôi 14 ngôi nhà" at="14 ngôi nhà"
  reject "huyện đã xây 126 căn nhà chống lũ cho người dân"

indicator houses_built
  units nhà, căn nhà, ngôi nhà, căn, nhà ở, nhà tình nghĩa, nhà đại đoàn kết, nhà tình thương, nhà tạm, nhà kiên cố
  cue xây|xây dựng|xây mới|làm|làm mới|làm nhà|sửa chữa|sửa|bàn giao|khánh thành|khởi công|hỗ trợ|trao|trao tặng|tặng|xóa nhà tạm|nhà tình nghĩa|nhà đại đoàn kết|nhà tình thương|nhà ở
  veto bán|mua|cho thuê|tồn kho|giao dịch|mở bán|sang nhượng|nhà đầu tư|nhà máy|nhà hàng|nhà xưởng|nhà thầu|nhà khoa học|nhà báo|nhà mạng|nhà nước|nhà trường|nhà văn|bất động sản|căn hộ|chung cư|cháy|trái phép|không phép|sai phép|vi phạm|biệt thự|mọc|lấn chiếm|cưỡng chế|tháo dỡ
  before 80
  after 40
  veto_before 40
  veto_after 25
  example "Ủy ban MTTQ tỉnh đã hỗ trợ xây mới 320 căn nhà đại đoàn kết cho hộ nghèo" at="320 căn nhà"
  example "năm qua, huyện đã khánh thành và bàn giao 56 nhà tình nghĩa" at="56 nhà tình nghĩa"
  reject "chủ đầu tư đã mở bán 320 căn hộ chung cư"

indicator livestock_pens_relocated
  units chuồng trại, chuồng, chuồng nuôi, chuồng trại chăn nuôi, chuồng bò, chuồng lợn, chuồng heo, chuồng trâu
  cue di dời|di chuyển|dời|ra xa|xa nhà|xa khu dân cư|ra khỏi khu dân cư|ra khỏi gầm sàn|khỏi gầm sàn|gầm sàn|sắp xếp lại|bố trí lại|chỉnh trang
  before 80
  after 60
  example "các thôn vận động nhân dân di dời 146 chuồng trại chăn nuôi ra khỏi gầm sàn" at="146 chuồng trại"
  example "đã có 58 chuồng trâu, bò được di dời ra xa nhà ở" at="58 chuồng"
  reject "hỗ trợ các hộ làm mới 35 chuồng trại chăn nuôi"

# --- New-rural-development criteria and titles ---------------------------

indicator criteria_met
  units tiêu chí
  cue đạt|hoàn thành|đạt chuẩn|cán đích|về đích|đạt được|bình quân|giữ vững|duy trì
  near_veto còn|chưa|thiếu|rớt|mất|gồm|với
  veto chưa đạt|chưa hoàn thành|chưa đạt chuẩn|không đạt
  before 80
  after 30
  near_before 18
  veto_before 0
  veto_after 22
  example "đến nay xã đã đạt 15/19 tiêu chí nông thôn mới" at="15/19 tiêu chí"
  example "bình quân mỗi xã đạt 16,8 tiêu chí" at="16,8 tiêu chí"
  reject "xã còn 4 tiêu chí chưa đạt"

indicator communes_certified
  units xã, xã đạt chuẩn
  cue đạt chuẩn|được công nhận|công nhận|về đích|cán đích|đạt chuẩn nông thôn mới|đạt chuẩn NTM|nông thôn mới nâng cao|nông thôn mới kiểu mẫu|hoàn thành xây dựng nông thôn mới
  veto y tế|giáo dục|phổ cập|văn hóa|an toàn|chưa|tiêu chí|dưới|an toàn thực phẩm|thể thao|đô thị|xóa mù
  near_veto còn|đỡ đầu|nhận đỡ đầu|giúp đỡ
  before 60
  after 60
  veto_before 0
  veto_after 40
  near_before 20
  example "toàn tỉnh đã có 112 xã đạt chuẩn nông thôn mới" at="112 xã"
  example "năm 2023 có thêm 9 xã được công nhận đạt chuẩn nông thôn mới nâng cao" at="9 xã"
  reject "huyện có 12 xã đạt chuẩn quốc gia về y tế"
  reject "còn 7 xã chưa đạt chuẩn nông thôn mới"

indicator districts_certified
  units huyện, thị xã, thành phố
  cue đạt chuẩn nông thôn mới|hoàn thành nhiệm vụ xây dựng nông thôn mới|đạt chuẩn|được công nhận|công nhận|về đích|hoàn thành nhiệm vụ
  veto y tế|giáo dục|phổ cập|đô thị|chưa|văn minh đô thị|loại
  before 60
  after 80
  veto_before 0
  veto_after 40
  example "đến nay tỉnh có 4 huyện đạt chuẩn nông thôn mới" at="4 huyện"
  example "cả nước đã có 213 huyện, thị xã được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới" at="213 huyện"
  reject "Liên đoàn Lao động công nhận 4 đơn vị dẫn đầu khối thi đua"
  reject "tỉnh có 4 huyện chưa đạt chuẩn phổ cập giáo dục"

indicator cultural_villages
  units thôn, bản, làng, ấp, khu dân cư, tổ dân phố, xóm, khu phố, thôn văn hóa, làng văn hóa, bản văn hóa, khu dân cư văn hóa
  cue văn hóa|thôn văn hóa|làng văn hóa|bản văn hóa|khu dân cư văn hóa|tổ dân phố văn hóa|ấp văn hóa
  veto nhà văn hóa|trung tâm văn hóa|văn hóa thể thao|di sản
  before 50
  after 60
  example "năm 2023 có 87 thôn, bản được công nhận danh hiệu thôn văn hóa" at="87 thôn"
  example "toàn huyện có 126 khu dân cư văn hóa" at="126 khu dân cư"
  reject "huyện có 87 thôn đã có nhà văn hóa"

indicator villages_certified
  units thôn, bản, làng, ấp, khu dân cư, tổ dân phố, xóm, khu phố
  cue đạt chuẩn|kiểu mẫu|khu dân cư kiểu mẫu|thôn kiểu mẫu|vườn mẫu|được công nhận|công nhận|đạt chuẩn nông thôn mới|nông thôn mới kiểu mẫu
  veto chưa|tiêu chí|văn hóa|y tế
  before 60
  after 60
  veto_before 0
  veto_after 40
  example "toàn tỉnh có 236 thôn đạt chuẩn nông thôn mới" at="236 thôn"
  example "huyện đã công nhận 18 khu dân cư kiểu mẫu" at="18 khu dân cư"
  reject "huyện có 236 thôn, 12 tổ dân phố"

# --- Trees, forest, land in use ---------------------------------------------

indicator trees_planted
  units cây, cây xanh, cây giống, cây bóng mát, cây phân tán, cây ăn quả, cây lâm nghiệp, cây keo, cây xà cừ, cây sao đen, gốc cây, cây hoa
  cue trồng|trồng mới|trồng cây|tết trồng cây|trồng được|trồng thêm
  veto hiến|chặt|chặt hạ|đốn|gãy|gãy đổ|bật gốc|cưa|đổ|khai thác|cầu|xăng|ATM|nến|thuốc
  before 70
  after 40
  veto_before 40
  veto_after 20
  example "hưởng ứng Tết trồng cây, các xã đã trồng 28.600 cây xanh" at="28.600 cây xanh"
  example "huyện trồng mới gần 1 triệu cây phân tán" at="gần 1 triệu cây"
  reject "bão làm gãy đổ 2.300 cây xanh"

# Natural area of a commune, district or province.
indicator natural_area
  dimension area
  cue diện tích tự nhiên|tổng diện tích tự nhiên|diện tích đất tự nhiên
  before 70
  after 20
  example "xã có diện tích tự nhiên 2.845 ha, gồm 12 thôn" at="2.845 ha"
  example "huyện có tổng diện tích tự nhiên hơn 63.000 ha" at="hơn 63.000 ha"
  reject "diện tích rừng tự nhiên bị cháy khoảng 20 ha"

# Land recovered by the state for projects (thu hồi đất, giải phóng mặt bằng).
indicator land_recovered
  dimension area
  cue thu hồi|thu hồi đất|bị thu hồi|giải phóng mặt bằng|GPMB|bàn giao mặt bằng|giải tỏa|bồi thường|đền bù|mặt bằng sạch|trưng dụng|cưỡng chế
  veto hiến|tự nguyện|nuôi trồng
  before 80
  after 40
  example "tỉnh đã thu hồi 128 ha đất để giao cho nhà đầu tư" at="128 ha"
  example "huyện bàn giao mặt bằng sạch được 45,6 ha cho dự án cao tốc" at="45,6 ha"
  reject "nhân dân hiến 2 ha đất để giải phóng mặt bằng làm đường"

indicator area_damaged
  dimension area
  cue {IND_DAMAGE}|ngập úng|bị ngập|mất trắng|sâu bệnh|nhiễm bệnh|hạn hán|khô hạn|thiếu nước|xâm nhập mặn|nhiễm mặn|rầy|dịch bệnh|ảnh hưởng|lũ|bão|cháy rừng|bị cháy|phá rừng|bị phá|lấn chiếm|chặt phá
  veto hiến|chống|phòng|khắc phục|tưới|bảo vệ|quy hoạch|trồng lại|trồng mới|xuống giống|gieo|gieo sạ|an toàn|né lũ|tránh lũ
  before 80
  after 50
  veto_before 60
  veto_after 0
  example "mưa lớn làm 1.250 ha lúa bị ngập úng" at="1.250 ha"
  example "đợt hạn hán khiến 320 ha cà phê thiếu nước tưới" at="320 ha"
  reject "nhân dân hiến 2 ha đất làm đường"

indicator forest_planted
  dimension area
  cue rừng|rừng trồng|trồng rừng|rừng phòng hộ|rừng sản xuất|rừng ngập mặn|keo|thông
  context trồng|trồng mới|trồng rừng|trồng lại
  veto cháy|chặt phá|phá|bị phá|lấn chiếm|mất|thiệt hại|khai thác|giao khoán|bảo vệ|khoanh nuôi|quản lý|lúa|chưa có rừng|rừng tự nhiên|đường lâm nghiệp|giao thông|thu hồi|dự án
  before 70
  after 40
  veto_before 30
  veto_after 20
  example "năm 2023, toàn tỉnh trồng mới được 7.850 ha rừng tập trung" at="7.850 ha"
  example "các hộ đã trồng 120 ha rừng keo" at="120 ha"
  reject "cháy rừng đã thiêu rụi 40 ha rừng trồng"

indicator aquaculture_area
  dimension area
  cue nuôi trồng thủy sản|nuôi tôm|nuôi cá|thủy sản|ao nuôi|mặt nước nuôi|nuôi trồng|đầm nuôi|lồng bè|nuôi nghêu|nuôi ngao|nuôi hàu|thả nuôi
  veto thiệt hại|chết|dịch bệnh|ô nhiễm|ngập
  before 70
  after 40
  example "diện tích nuôi trồng thủy sản của huyện đạt 3.640 ha" at="3.640 ha"
  example "nông dân đã chuyển 85 ha đất lúa sang nuôi tôm" at="85 ha"
  reject "diện tích lúa đạt 85 ha"

indicator cultivated_area
  dimension area
  cue gieo trồng|gieo cấy|gieo sạ|xuống giống|canh tác|trồng|cây trồng|lúa|ngô|hoa màu|rau màu|rau|cà phê|cao su|hồ tiêu|mía|sắn|chè|thanh long|cây ăn quả|cây ăn trái|vườn cây|cánh đồng|cánh đồng lớn|cánh đồng mẫu lớn|đậu tương|đậu nành|lạc|khoai|cây điều|hạt điều|dừa|bưởi|cam|nhãn|xoài|dược liệu|đất nông nghiệp|đất sản xuất nông nghiệp|sản xuất nông nghiệp|đất lúa
  veto đất ở|khu công nghiệp|khu đô thị|quy hoạch|thu hồi|đấu giá|mặt bằng|sân|nhà máy|dự án|hiến|giải phóng mặt bằng|bồi thường|lấn chiếm|rừng
  before 70
  after 40
  veto_before 40
  veto_after 10
  example "vụ đông xuân năm nay, toàn huyện gieo cấy 12.450 ha lúa" at="12.450 ha"
  example "diện tích cà phê của tỉnh hiện có 48.000 ha" at="48.000 ha"
  reject "dự án khu công nghiệp có diện tích 300 ha"

indicator forest_coverage
  dimension percent
  cue che phủ rừng|độ che phủ|tỷ lệ che phủ|độ che phủ rừng|tỷ lệ che phủ rừng
  before 70
  after 25
  example "độ che phủ rừng của tỉnh đạt 58,4%" at="58,4%"
  example "tỷ lệ che phủ rừng năm 2023 ước đạt 42%" at="ước đạt 42%"
  reject "diện tích rừng giảm 2% so với năm trước"

# --- Income and wages -----------------------------------------------------

indicator grdp_per_capita
  dimension money, rate
  cue bình quân đầu người|bình quân|đầu người
  context GRDP|GDP|tổng sản phẩm
  veto thu nhập
  before 60
  after 0
  veto_before 50
  veto_after 0
  example "GRDP bình quân đầu người của tỉnh đạt 68 triệu đồng" at="68 triệu đồng"
  example "GDP bình quân đầu người năm nay ước đạt 4.100 USD" at="ước đạt 4.100 USD"
  reject "thu nhập bình quân đầu người đạt 58 triệu đồng"

indicator income_per_capita
  dimension money, rate
  cue thu nhập bình quân|thu nhập đầu người|thu nhập bình quân đầu người|bình quân đầu người|thu nhập bình quân người/năm|thu nhập bình quân/người
  near_veto người lao động|lao động|công nhân|tiền lương|lương|GRDP|GDP|doanh nghiệp|cán bộ|giáo viên|thành viên|xã viên
  before 80
  after 10
  near_before 60
  example "thu nhập bình quân đầu người của xã đạt 62 triệu đồng/người/năm" at="62 triệu đồng/người/năm"
  example "năm 2023 thu nhập bình quân đầu người ở khu vực nông thôn đạt 46,5 triệu đồng" at="46,5 triệu đồng"
  reject "thu nhập bình quân của công nhân đạt 8 triệu đồng/tháng"

indicator average_wage
  dimension money, rate
  cue lương|tiền lương|mức lương|lương bình quân|lương tối thiểu|lương cơ sở|lương tối thiểu vùng|thu nhập bình quân của người lao động|thu nhập của người lao động|thu nhập của công nhân|thu nhập bình quân của công nhân|thu nhập bình quân
  context lương|lao động|công nhân|cán bộ|công chức|viên chức|giáo viên|người làm|nhân viên
  veto thưởng|tiền thưởng|nợ lương|chậm lương|lương hưu|quỹ
  before 80
  after 25
  veto_before 30
  veto_after 10
  example "thu nhập bình quân của công nhân trong khu công nghiệp đạt 8,2 triệu đồng/tháng" at="8,2 triệu đồng/tháng"
  example "mức lương tối thiểu vùng I của người lao động là 4,68 triệu đồng" at="4,68 triệu đồng"
  reject "nhiều doanh nghiệp thưởng Tết cho người lao động 20 triệu đồng"

# --- Coverage of services (percent) -------------------------------------

indicator clean_water_coverage
  dimension percent
  cue nước sạch|nước hợp vệ sinh|nước sinh hoạt hợp vệ sinh|nước sạch theo quy chuẩn|nước máy|nước sinh hoạt
  veto nhà tiêu|nhà vệ sinh|hố xí|nhà tắm
  near_veto thất thoát|nước thải|giá nước|tiền nước
  before 80
  after 65
  veto_before 45
  veto_after 24
  near_before 60
  example "tỷ lệ hộ dân sử dụng nước hợp vệ sinh đạt 98,5%" at="98,5%"
  example "đến nay 65% số hộ ở nông thôn được dùng nước sạch theo quy chuẩn" at="65%"
  example "tỷ lệ hộ dùng nước hợp vệ sinh đạt 97%; tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 81%" at="97%"
  reject "tỷ lệ thất thoát nước sạch của công ty còn 18%"

indicator sanitation_coverage
  dimension percent
  cue nhà tiêu hợp vệ sinh|nhà vệ sinh hợp vệ sinh|hố xí hợp vệ sinh|nhà tiêu|nhà vệ sinh|hố xí|công trình vệ sinh|nhà tắm|nhà tiêu, nhà tắm
  before 80
  after 30
  example "tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh đạt 87%" at="87%"
  example "có 92,3% số hộ có nhà tắm, nhà tiêu đạt chuẩn" at="92,3%"
  example "98% hộ dùng nước hợp vệ sinh, 86% hộ có nhà tiêu hợp vệ sinh" at="86%"
  example "tỷ lệ hộ dùng nước hợp vệ sinh đạt 97%; tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 81%" at="81%"
  reject "tỷ lệ hộ dân dùng nước hợp vệ sinh đạt 87%"

indicator electricity_coverage
  dimension percent
  cue điện lưới|sử dụng điện|dùng điện|có điện|điện lưới quốc gia|điện an toàn|sử dụng điện an toàn|sử dụng điện thường xuyên|được dùng điện
  veto giá điện|tiền điện|tiết kiệm điện|tổn thất điện|sản lượng điện|điện thương phẩm|điện thoại|vi phạm|chưa
  before 80
  after 50
  example "tỷ lệ hộ sử dụng điện lưới quốc gia đạt 99,6%" at="99,6%"
  example "đến nay 100% số hộ trong xã được dùng điện an toàn" at="100%"
  reject "giá điện bình quân tăng 4,5%"

indicator health_insurance_coverage
  dimension percent
  cue tham gia bảo hiểm y tế|tham gia BHYT|bao phủ|độ bao phủ|tỷ lệ bao phủ|có thẻ bảo hiểm y tế|có thẻ BHYT|có bảo hiểm y tế|có BHYT|bảo hiểm y tế toàn dân|BHYT toàn dân|tham gia bảo hiểm xã hội, bảo hiểm y tế
  veto chi trả|thanh toán|chi phí|viện phí|quỹ|mức hưởng|hưởng|mức đóng|đóng|chưa|chiếm|tổng thu|kinh phí|giá|chi
  before 80
  after 30
  veto_before 45
  veto_after 15
  example "tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,2%" at="93,2%"
  example "độ bao phủ BHYT của huyện đạt trên 95%" at="trên 95%"
  reject "quỹ bảo hiểm y tế chi trả 80% chi phí khám chữa bệnh"
  reject "hiện còn 12% dân số chưa tham gia bảo hiểm y tế"

indicator health_insurance_cards
  units thẻ, thẻ bảo hiểm y tế, thẻ bhyt, thẻ bảo hiểm
  cue bảo hiểm y tế|BHYT|thẻ bảo hiểm|bảo hiểm
  veto trùng|cấp trùng|sai|giả|làm giả|trục lợi
  before 50
  after 40
  example "Hội Chữ thập đỏ tặng 350 thẻ bảo hiểm y tế cho học sinh nghèo" at="350 thẻ bảo hiểm y tế"
  example "năm qua đã cấp 12.600 thẻ BHYT cho người cận nghèo" at="12.600 thẻ BHYT"
  reject "ngân hàng phát hành 12.600 thẻ ATM"

# --- Schools, clinics, students -----------------------------------------

indicator schools_standard
  units trường, trường học, trường mầm non, trường tiểu học, trường THCS, trường THPT, trường mẫu giáo
  cue đạt chuẩn|chuẩn quốc gia|đạt chuẩn quốc gia|trường chuẩn|đạt chuẩn mức độ
  veto chưa|chưa đạt
  before 60
  after 50
  veto_before 0
  veto_after 30
  example "đến nay huyện có 48 trường đạt chuẩn quốc gia" at="48 trường"
  example "năm học này có thêm 7 trường học được công nhận đạt chuẩn quốc gia mức độ 1" at="7 trường học"
  reject "còn 5 trường chưa đạt chuẩn quốc gia"

indicator classrooms_built
  units phòng học, phòng, phòng chức năng, phòng học bộ môn, phòng bộ môn, phòng học kiên cố
  cue phòng học|phòng chức năng|phòng học bộ môn|phòng bộ môn|lớp học
  context {IND_BUILD}
  veto tạm|mượn|xuống cấp|nguy hiểm|hư hỏng|ngập|sập|tốc mái|lũ|bão|đổ
  before 60
  after 40
  example "tỉnh đã đầu tư xây mới 214 phòng học kiên cố" at="214 phòng học"
  example "năm qua, huyện xây dựng 36 phòng chức năng cho các trường" at="36 phòng chức năng"
  reject "trường còn 14 phòng học tạm, xuống cấp"

indicator medical_stations
  units trạm y tế, trạm, trạm y tế xã
  cue y tế|trạm y tế|trạm y tế xã
  veto vi phạm|xử phạt|kiểm tra|thanh tra|đình chỉ|quá tải
  before 60
  after 50
  example "toàn tỉnh có 186 trạm y tế xã có bác sĩ làm việc" at="186 trạm y tế"
  example "năm nay xây mới và nâng cấp 12 trạm y tế" at="12 trạm y tế"
  reject "thanh tra phát hiện 12 trạm y tế vi phạm quy định"
  reject "bệnh nhân được đưa tới 3 bệnh viện để điều trị"

indicator students
  units học sinh, sinh viên, trẻ, cháu, em, trẻ em, trẻ mầm non, học viên
  cue năm học|nhập học|tuyển sinh|theo học|đến trường|đang học|đang theo học|tựu trường|khai giảng|ra lớp|huy động trẻ|quy mô|toàn trường|nhà trường|các trường|trường có|mỗi trường|bậc học|cấp học|cấp tiểu học|mầm non|tiểu học|trung học|học sinh các cấp
  veto tử vong|chết|đuối nước|ngộ độc|bị thương|mất tích|tai nạn|tự tử|xâm hại|bạo lực|bỏ học|nghỉ học|thi|dự thi|thí sinh|đạt giải|giải|học bổng|tốt nghiệp|trúng tuyển|điểm|nhập viện|bị|cấp cứu
  before 60
  after 40
  veto_before 40
  veto_after 30
  example "năm học 2023-2024, toàn huyện có 28.450 học sinh các cấp" at="28.450 học sinh"
  example "trường có 640 học sinh đang theo học tại 21 lớp" at="640 học sinh"
  reject "vụ ngộ độc khiến 45 học sinh phải nhập viện"

indicator graduation_rate
  dimension percent
  cue tốt nghiệp|đỗ tốt nghiệp|tỷ lệ tốt nghiệp|đậu tốt nghiệp|thi đỗ|đỗ đại học|trúng tuyển|lên lớp|hoàn thành chương trình|tỷ lệ đỗ|tỷ lệ đậu
  veto trượt|rớt|thất nghiệp|việc làm
  before 70
  after 55
  example "tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 99,2%" at="99,2%"
  example "năm nay 98,7% học sinh lớp 12 của tỉnh đỗ tốt nghiệp" at="98,7%"
  reject "tỷ lệ sinh viên ra trường thất nghiệp là 12%"

# --- Jobs and training ------------------------------------------------------

indicator labor_exported
  units lao động, người, lượt lao động, lượt người, thanh niên
  cue xuất khẩu lao động|đi làm việc ở nước ngoài|làm việc ở nước ngoài|làm việc có thời hạn ở nước ngoài|đi lao động nước ngoài|lao động ở nước ngoài|đi xuất khẩu lao động|theo hợp đồng|đi làm việc tại|sang làm việc
  veto trong đó|gồm
  before 80
  after 50
  veto_before 0
  veto_after 20
  example "năm qua toàn tỉnh đưa 2.150 lao động đi làm việc ở nước ngoài theo hợp đồng" at="2.150 lao động"
  example "huyện có 312 người đi xuất khẩu lao động tại Nhật Bản, Hàn Quốc" at="312 người"
  reject "giải quyết việc làm cho 2.150 lao động trong tỉnh"
  example "năm qua giải quyết việc làm mới cho 2.150 lao động, trong đó có 318 người đi làm việc ở nước ngoài" at="318 người"
  reject "năm qua giải quyết việc làm mới cho 2.150 lao động, trong đó có nhiều người đi làm việc ở nước ngoài"

indicator jobs_created
  units việc làm, lao động, người, lượt lao động, lượt người, chỗ làm, chỗ làm việc, việc làm mới, lao động mới
  cue giải quyết việc làm|tạo việc làm|việc làm mới|có việc làm|tạo công ăn việc làm|công ăn việc làm|việc làm|tuyển dụng|thu hút|tạo thêm|chỗ làm việc
  veto mất|thất nghiệp|cắt giảm|nghỉ việc|mất việc|mất việc làm|sa thải|đình công|ngừng việc|chờ việc|tai nạn lao động|tử vong|chết|chưa|bắt|bắt giữ|liên quan|làm giả
  before 80
  after 40
  veto_before 40
  veto_after 20
  example "năm 2023, toàn tỉnh giải quyết việc làm cho 21.500 lao động" at="21.500 lao động"
  example "các dự án mới đi vào hoạt động đã tạo thêm 3.400 việc làm" at="3.400 việc làm"
  reject "dịch bệnh khiến 3.400 lao động mất việc làm"

indicator workers_trained
  units lao động, người, học viên, lượt người, lượt lao động, nông dân, thanh niên, lao động nông thôn, người lao động, phụ nữ, hội viên
  cue đào tạo nghề|dạy nghề|học nghề|đào tạo|đào tạo ngắn hạn|bồi dưỡng nghề|truyền nghề|qua đào tạo|được đào tạo
  veto tỷ lệ
  before 80
  after 40
  example "năm qua đã đào tạo nghề cho 4.260 lao động nông thôn" at="4.260 lao động"
  example "Trung tâm mở 22 lớp dạy nghề ngắn hạn cho 680 người" at="680 người"
  reject "giải quyết việc làm mới cho 680 người"

indicator trained_labor_rate
  dimension percent
  cue lao động qua đào tạo|qua đào tạo|đào tạo nghề|lao động có việc làm qua đào tạo|chứng chỉ nghề|bằng cấp, chứng chỉ|có bằng cấp, chứng chỉ|được đào tạo nghề
  veto ngoại ngữ|tin học
  before 80
  after 30
  example "tỷ lệ lao động qua đào tạo của tỉnh đạt 68,5%" at="68,5%"
  example "tỷ lệ lao động có việc làm qua đào tạo đạt 72%" at="72%"
  reject "tỷ lệ thất nghiệp ở khu vực thành thị là 2,3%"

# --- Production, enterprises, projects, works ---------------------------

indicator ocop_products
  units sản phẩm, sản phẩm ocop
  cue OCOP|mỗi xã một sản phẩm|3 sao|4 sao|5 sao|ba sao|bốn sao|năm sao
  before 80
  after 60
  example "đến nay toàn tỉnh có 215 sản phẩm OCOP đạt từ 3 sao trở lên" at="215 sản phẩm"
  example "huyện có thêm 11 sản phẩm được công nhận đạt 4 sao" at="11 sản phẩm"
  reject "doanh nghiệp giới thiệu 11 sản phẩm mới ra thị trường"

indicator cooperatives
  units hợp tác xã, htx, tổ hợp tác, hợp tác xã nông nghiệp, liên hiệp hợp tác xã
  cue hợp tác xã|HTX|tổ hợp tác|liên hiệp hợp tác xã
  veto giải thể|ngừng hoạt động|yếu kém|dừng hoạt động
  before 40
  after 40
  example "toàn huyện có 46 hợp tác xã nông nghiệp đang hoạt động hiệu quả" at="46 hợp tác xã"
  example "năm nay thành lập mới 23 HTX và 40 tổ hợp tác" at="23 HTX"
  reject "có 46 hợp tác xã đã giải thể vì yếu kém"

indicator enterprises_established
  units doanh nghiệp, công ty, doanh nghiệp mới, hộ kinh doanh
  cue thành lập|thành lập mới|đăng ký thành lập|đăng ký mới|thành lập mới|ra đời|cấp đăng ký|đăng ký kinh doanh|quay trở lại hoạt động|hoạt động trở lại|tái hoạt động
  veto giải thể|ngừng hoạt động|phá sản|tạm ngừng|rút lui|rút khỏi|đóng cửa|ngừng kinh doanh|tạm dừng
  before 60
  after 40
  example "trong năm có 1.246 doanh nghiệp đăng ký thành lập mới" at="1.246 doanh nghiệp"
  example "Sở Kế hoạch và Đầu tư đã cấp đăng ký cho 380 doanh nghiệp" at="380 doanh nghiệp"
  reject "có 520 doanh nghiệp tạm ngừng kinh doanh có thời hạn"

indicator investment_projects
  units dự án, dự án đầu tư, dự án FDI, dự án mới
  cue đầu tư|cấp phép|giấy chứng nhận đầu tư|giấy chứng nhận đăng ký đầu tư|chủ trương đầu tư|thu hút|FDI|cấp mới|khởi công|kêu gọi|vốn đăng ký|đăng ký đầu tư|chấp thuận
  veto đấu giá|thu hồi|chậm tiến độ|chậm triển khai|treo|vi phạm|thanh tra|kiểm tra|chấm dứt|dừng|sai phạm|chưa triển khai
  before 70
  after 50
  veto_before 30
  veto_after 40
  example "năm 2023, tỉnh đã cấp phép cho 58 dự án đầu tư trực tiếp nước ngoài" at="58 dự án"
  example "thu hút thêm 14 dự án mới với tổng vốn đăng ký 6.200 tỷ đồng" at="14 dự án"
  reject "tỉnh đã thu hồi 14 dự án chậm tiến độ"

indicator works_built
  units công trình, hạng mục, hạng mục công trình, công trình phúc lợi, công trình công cộng, công trình dân sinh
  cue {IND_BUILD}|đưa vào sử dụng|gắn biển|khánh thành
  veto vi phạm|sai phạm|kiểm tra|thanh tra|xuống cấp|hư hỏng|chậm tiến độ|bỏ hoang|lãng phí|trái phép|không phép|sai phép
  before 70
  after 40
  veto_before 40
  veto_after 30
  example "năm 2023 huyện đã khởi công 34 công trình và hoàn thành 27 công trình" at="27 công trình"
  example "Đoàn Thanh niên tỉnh gắn biển 15 công trình chào mừng đại hội" at="15 công trình"
  reject "thanh tra phát hiện 9 công trình sai phạm"

indicator models_built
  units mô hình, mô hình sản xuất, mô hình kinh tế
  cue mô hình
  veto thua lỗ|thất bại|bỏ hoang|sai phạm|máy bay|đồ chơi|dự báo|mô phỏng
  before 40
  after 50
  example "Hội Nông dân đã xây dựng 52 mô hình sản xuất hiệu quả" at="52 mô hình"
  example "toàn tỉnh có 318 mô hình kinh tế hộ cho thu nhập trên 1 tỷ đồng/năm" at="318 mô hình"
  reject "cửa hàng bán 52 chiếc máy bay đồ chơi"

# --- Money: aid, budget, trade, output, investment, crime, prices -----------
# Order matters most here: the narrow cues (tourism revenue, budget, trade)
# come before the broad ones (investment capital, revenue, sale price).

indicator relief_money
  dimension money, rate
  cue hỗ trợ|tiền hỗ trợ|cứu trợ|trợ cấp|trao tặng|tặng|thăm hỏi|tặng quà|quà|phần quà|suất quà|giúp đỡ|trợ giúp|cứu đói|tiền Tết|khó khăn|hoàn cảnh khó khăn
  veto thưởng|tiền thưởng|giải thưởng|giải|trúng|trao đổi|hợp tác|Jackpot|học phí|hoa
  veto_before 40
  veto_after 20
  near_veto lãi suất|đầu tư|cổ phiếu|chứng khoán|doanh thu|lợi nhuận|tổng vốn|xây dựng|nâng cấp|sửa chữa|kinh phí xây dựng|giá trị|trị giá dự án
  before 70
  after 30
  near_before 45
  example "Hội Chữ thập đỏ đã trao 450 suất quà, mỗi suất trị giá 500 nghìn đồng" at="500 nghìn đồng"
  example "tỉnh hỗ trợ 10 triệu đồng cho mỗi gia đình có người chết do lũ" at="10 triệu đồng"
  reject "dự án có tổng vốn đầu tư 500 tỷ đồng"

indicator tourism_revenue
  dimension money
  cue doanh thu du lịch|doanh thu từ du lịch|tổng thu từ du lịch|thu từ du lịch|doanh thu từ khách du lịch|tổng thu từ khách du lịch|tổng thu du lịch|doanh thu ngành du lịch|doanh thu dịch vụ du lịch
  before 80
  after 25
  example "tổng thu từ khách du lịch năm 2023 đạt 5.400 tỷ đồng" at="5.400 tỷ đồng"
  example "doanh thu du lịch của huyện ước đạt 820 tỷ đồng" at="ước đạt 820 tỷ đồng"
  reject "tỉnh đón 820 nghìn lượt khách du lịch"

indicator retail_sales
  dimension money
  cue tổng mức bán lẻ|bán lẻ hàng hóa|doanh thu dịch vụ tiêu dùng|tổng mức bán lẻ hàng hóa
  before 90
  after 25
  example "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 68.500 tỷ đồng" at="ước đạt 68.500 tỷ đồng"
  example "tổng mức bán lẻ trên địa bàn đạt 21.300 tỷ đồng" at="21.300 tỷ đồng"
  reject "doanh thu của siêu thị đạt 21.300 tỷ đồng"

# Money of a crime: taken by fraud, embezzlement, bribery; state money lost.
indicator money_appropriated
  dimension money
  cue chiếm đoạt|lừa đảo|tham ô|nhận hối lộ|hối lộ|đưa hối lộ|rửa tiền|lừa|biển thủ|tham nhũng|thất thoát|gây thất thoát|chiếm đoạt tài sản|trục lợi|buôn lậu|lạm dụng|vụ lợi|gây thiệt hại cho nhà nước|sai phạm|thu sai
  before 80
  after 30
  example "các đối tượng đã lừa đảo, chiếm đoạt hơn 12 tỷ đồng của 300 người" at="hơn 12 tỷ đồng"
  example "nguyên kế toán xã bị khởi tố vì tham ô 860 triệu đồng" at="860 triệu đồng"
  reject "Ủy ban MTTQ vận động được 860 triệu đồng ủng hộ người nghèo"

indicator budget_expenditure
  dimension money
  cue tổng chi|chi ngân sách|tổng chi ngân sách|chi thường xuyên|chi đầu tư phát triển|chi ngân sách địa phương|dự toán chi
  near_veto thu ngân sách|tổng thu
  veto chi phí|tổng chi phí|trả nợ|nợ gốc|lãi|tiết kiệm chi|cắt giảm chi
  before 60
  after 10
  near_before 25
  veto_before 40
  veto_after 0
  example "tổng chi ngân sách địa phương năm 2024 là 18.640 tỷ đồng" at="18.640 tỷ đồng"
  example "chi thường xuyên ước thực hiện 6.250 tỷ đồng" at="6.250 tỷ đồng"
  reject "tổng thu ngân sách nhà nước trên địa bàn đạt 12.300 tỷ đồng"
  reject "tổng chi phí xây dựng công trình là 12,3 tỷ đồng"

indicator budget_revenue
  dimension money
  cue thu ngân sách|tổng thu ngân sách|thu ngân sách nhà nước|thu nội địa|tổng thu nội địa|thu ngân sách trên địa bàn|thu ngân sách địa phương|thu thuế|thu từ thuế|thu từ đất|thu tiền sử dụng đất|thu xuất nhập khẩu|nộp ngân sách|thu hải quan|thu cân đối ngân sách|thu từ hoạt động xuất nhập khẩu|thu từ xuất nhập khẩu
  near_veto chi|tổng chi|chi ngân sách
  before 70
  after 20
  near_before 20
  example "tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 12.300 tỷ đồng" at="12.300 tỷ đồng"
  example "thu nội địa ước đạt 3.870 tỷ đồng, vượt 8% dự toán" at="ước đạt 3.870 tỷ đồng"
  reject "tổng chi ngân sách địa phương là 9.200 tỷ đồng"

indicator trade_turnover
  dimension money
  cue xuất nhập khẩu|xuất, nhập khẩu|kim ngạch thương mại|thương mại hai chiều|kim ngạch xuất nhập khẩu|xuất - nhập khẩu|xuất-nhập khẩu
  before 70
  after 20
  example "tổng kim ngạch xuất nhập khẩu của tỉnh đạt 4,8 tỷ USD" at="4,8 tỷ USD"
  example "thương mại hai chiều giữa hai nước năm 2023 đạt 21 tỷ USD" at="21 tỷ USD"
  reject "thu từ hoạt động xuất nhập khẩu đạt 7.450 tỷ đồng"
  reject "kim ngạch xuất khẩu của tỉnh đạt 4,8 tỷ USD"

indicator export_turnover
  dimension money
  cue xuất khẩu|kim ngạch xuất khẩu|giá trị xuất khẩu|xuất khẩu hàng hóa
  near_veto nhập khẩu|xuất nhập khẩu|thuế
  before 70
  after 25
  near_before 30
  example "kim ngạch xuất khẩu hàng hóa của tỉnh đạt 2,36 tỷ USD" at="2,36 tỷ USD"
  example "riêng mặt hàng thủy sản xuất khẩu được 640 triệu USD" at="640 triệu USD"
  reject "kim ngạch nhập khẩu đạt 2,36 tỷ USD"

indicator import_turnover
  dimension money
  cue nhập khẩu|kim ngạch nhập khẩu|giá trị nhập khẩu
  near_veto xuất khẩu|xuất nhập khẩu|thuế
  before 70
  after 25
  near_before 30
  example "kim ngạch nhập khẩu của tỉnh đạt 1,95 tỷ USD" at="1,95 tỷ USD"
  example "doanh nghiệp nhập khẩu 320 triệu USD máy móc, thiết bị" at="320 triệu USD"
  reject "kim ngạch xuất khẩu đạt 1,95 tỷ USD"

indicator industrial_output
  dimension money, percent
  cue giá trị sản xuất công nghiệp|sản xuất công nghiệp|chỉ số sản xuất công nghiệp|IIP|giá trị sản xuất công nghiệp|công nghiệp - xây dựng|công nghiệp và xây dựng|ngành công nghiệp
  veto tỷ trọng|chiếm|cơ cấu
  near_veto dịch vụ|nông nghiệp|nông, lâm nghiệp|thủy sản|du lịch|thương mại
  before 80
  after 25
  veto_before 30
  veto_after 20
  near_before 25
  example "giá trị sản xuất công nghiệp ước đạt 48.600 tỷ đồng" at="ước đạt 48.600 tỷ đồng"
  example "chỉ số sản xuất công nghiệp (IIP) tăng 9,2% so với cùng kỳ" at="9,2%"
  reject "ngành nông nghiệp tăng 3,1%"

indicator grdp_value
  dimension money
  cue GRDP|GDP|tổng sản phẩm|tổng sản phẩm trên địa bàn|quy mô nền kinh tế|quy mô kinh tế
  veto bình quân đầu người|đầu người|bình quân|bội chi|nợ công|nợ|thâm hụt
  before 70
  after 20
  veto_before 40
  veto_after 20
  example "quy mô GRDP của tỉnh năm 2023 đạt 98.700 tỷ đồng" at="98.700 tỷ đồng"
  example "tổng sản phẩm trên địa bàn (GRDP) ước đạt 61.200 tỷ đồng" at="ước đạt 61.200 tỷ đồng"
  reject "GRDP bình quân đầu người đạt 61 triệu đồng"

indicator grdp_growth
  dimension percent
  cue GRDP|GDP|tăng trưởng kinh tế|tốc độ tăng trưởng kinh tế|tổng sản phẩm trên địa bàn|tổng sản phẩm|tốc độ tăng trưởng GRDP|tăng trưởng GRDP|kinh tế tăng trưởng
  near_veto nợ|nợ công|bội chi|thâm hụt|chiếm|tỷ trọng|cơ cấu|tín dụng|bằng|tương đương|đóng góp|phủ|chiếm tỷ trọng|kinh tế số|xuất khẩu
  veto GDP|GRDP|vào GDP|của GDP|tổng sản phẩm
  before 80
  after 25
  near_before 40
  veto_before 0
  veto_after 12
  example "tốc độ tăng trưởng kinh tế (GRDP) của tỉnh đạt 8,12%" at="8,12%"
  example "GDP cả nước quý III tăng 5,33% so với cùng kỳ" at="5,33%"
  reject "nợ công bằng 37% GDP"
  reject "bội chi ngân sách năm nay ở mức 4,2% GDP"

indicator investment_capital
  dimension money
  cue vốn đầu tư|tổng vốn|tổng vốn đầu tư|tổng mức đầu tư|đầu tư|vốn FDI|vốn đăng ký|rót vốn|kinh phí|tổng kinh phí|kinh phí đầu tư|nguồn vốn|giải ngân|vốn đầu tư công|đầu tư công|vốn ngân sách|chi phí xây dựng|dự toán|quy mô vốn|số vốn|nâng vốn
  near_veto nhà đầu tư|cổ phiếu|chứng khoán|bán ròng|mua ròng|khớp lệnh|giao dịch|quỹ đầu tư|vốn hóa|vốn điều lệ|lỗ|lãi|thua lỗ|lừa đảo|chiếm đoạt|tham ô|thất thoát|sai phạm|lợi nhuận|doanh thu|thu ngân sách
  before 70
  after 12
  near_before 45
  example "dự án có tổng vốn đầu tư 1.250 tỷ đồng" at="1.250 tỷ đồng"
  example "năm nay thu hút vốn FDI đạt 720 triệu USD" at="720 triệu USD"
  example "công trình được xây dựng với tổng kinh phí gần 4,6 tỷ đồng" at="gần 4,6 tỷ đồng"
  reject "khối ngoại bán ròng 250 tỷ đồng trên sàn"

indicator disaster_damage
  dimension money
  cue thiệt hại|tổn thất|ước thiệt hại|gây thiệt hại|tổng thiệt hại|ước tính thiệt hại
  context bão|lũ|mưa|lụt|lũ lụt|lũ quét|thiên tai|hạn hán|khô hạn|xâm nhập mặn|sạt lở|lốc|lốc xoáy|giông|cháy|hỏa hoạn|rét|rét đậm|dịch|dịch bệnh|mưa đá|triều cường|động đất|sóng thần|nắng nóng|ngập|ngập lụt|sét|cháy rừng|vỡ đê|nổ
  veto bồi thường|đền bù|bảo hiểm|bị can|bị cáo|sai phạm|vi phạm|tham ô|lừa đảo|chiếm đoạt|vụ án|thiếu trách nhiệm|cố ý
  before 70
  after 30
  example "mưa lũ gây thiệt hại ước tính 235 tỷ đồng" at="ước tính 235 tỷ đồng"
  example "tổng thiệt hại do bão số 3 gây ra khoảng 1.800 tỷ đồng" at="khoảng 1.800 tỷ đồng"
  reject "công ty bồi thường thiệt hại 235 triệu đồng cho người dân"

indicator fines
  dimension money
  cue xử phạt|phạt tiền|phạt|nộp phạt|phạt hành chính|tiền phạt|bị phạt|xử phạt vi phạm hành chính|truy thu|nộp ngân sách
  before 60
  after 25
  example "lực lượng chức năng đã xử phạt vi phạm hành chính 1,6 tỷ đồng" at="1,6 tỷ đồng"
  example "chủ cơ sở bị phạt tiền 45 triệu đồng" at="45 triệu đồng"
  reject "chủ cơ sở bị phạt 3 năm tù"

# Sales and business revenue ("doanh thu", "thu về"), of firms, cooperatives, households.
indicator revenue
  dimension money
  cue doanh thu|doanh số|tổng doanh thu|doanh thu thuần|thu về|thu được|mang về|cho thu|thu lãi|bán được|giá trị sản xuất|giá trị thu hoạch
  veto thu ngân sách|thu nội địa|xử phạt|phạt|chiếm đoạt|lừa đảo|thuế
  before 60
  after 25
  veto_before 40
  veto_after 10
  example "năm qua, hợp tác xã đạt doanh thu 6,8 tỷ đồng" at="6,8 tỷ đồng"
  example "mỗi vụ, gia đình anh thu về khoảng 450 triệu đồng từ trồng dưa lưới" at="khoảng 450 triệu đồng"
  reject "chủ cơ sở bị xử phạt 45 triệu đồng"

# Profit or loss ("lợi nhuận", "lãi", "lỗ").
indicator profit
  dimension money
  cue lợi nhuận|lãi|lãi ròng|lãi trước thuế|lãi sau thuế|lợi nhuận sau thuế|lợi nhuận trước thuế|lỗ|thua lỗ|lỗ ròng|lỗ lũy kế|lãi gộp|thu lãi|có lãi
  veto lãi suất|lãi vay|trả lãi|tiền lãi|vay nặng lãi
  before 60
  after 25
  veto_before 30
  veto_after 15
  example "công ty báo lãi sau thuế 56 tỷ đồng trong quý III" at="56 tỷ đồng"
  example "mỗi năm mô hình cho lợi nhuận trên 300 triệu đồng" at="trên 300 triệu đồng"
  reject "lãi suất cho vay 6,5%/năm, khách hàng trả lãi 2 triệu đồng mỗi tháng"

# Price of a thing, as a sum ("với giá 2,3 tỷ đồng"); prices per unit are unit_price.
indicator sale_price
  dimension money
  cue giá|với giá|giá bán|có giá|mức giá|giá niêm yết|giá khởi điểm|giá mua|bán với giá|được bán|rao bán|giá thuê|giá bán lẻ|đơn giá|giá lăn bánh|giá vé|giá cước|giá xăng|giá vàng
  veto giá trị|trị giá|tổng giá trị|giá trị sản xuất|thị giá|định giá thiệt hại
  near_veto giá trị|trị giá
  before 50
  after 15
  near_before 50
  example "căn hộ được rao bán với giá 2,35 tỷ đồng" at="2,35 tỷ đồng"
  example "giá xăng RON 95 hiện ở mức 23.450 đồng" at="23.450 đồng"
  reject "lô hàng có trị giá 2,35 tỷ đồng"

# --- Visitors ----------------------------------------------------------------

indicator tourist_arrivals
  units lượt khách, lượt, du khách, lượt du khách, lượt người, lượt khách du lịch, khách du lịch, khách du, khách quốc tế, lượt khách quốc tế, khách nội địa
  cue du lịch|du khách|khách du lịch|khách quốc tế|lượt khách|khách nội địa|tham quan|lưu trú|khách lưu trú
  veto truy cập|lượt xem|website|trang web|lượt thích|tiêm|khám|xe|hành khách|vận chuyển|tàu|khách sạn|khách hàng|chuyến bay|trận|cứu|mắc kẹt|mất tích|tử vong|bị thương
  before 70
  after 40
  example "năm 2023 tỉnh đón 4,2 triệu lượt khách du lịch" at="4,2 triệu lượt khách"
  example "khu di tích thu hút trên 350 nghìn lượt du khách đến tham quan" at="trên 350 nghìn lượt du khách"
  reject "các hãng xe vận chuyển 350 nghìn lượt hành khách"

# --- Aid, scholarships, gifts: counts ---------------------------------------

indicator scholarships
  units suất học bổng, học bổng, suất, phần học bổng
  cue học bổng
  before 40
  after 40
  example "Quỹ Khuyến học tỉnh trao 320 suất học bổng cho học sinh vượt khó" at="320 suất học bổng"
  example "ngân hàng tặng 150 suất học bổng, mỗi suất 2 triệu đồng" at="150 suất học bổng"
  reject "Hội Chữ thập đỏ trao 150 suất quà Tết cho hộ nghèo"

indicator gifts_given
  units suất quà, phần quà, suất, phần, quà, túi quà, bộ quà, thùng quà, suất ăn, phần quà tết
  cue quà|tặng|trao|trao tặng|cứu trợ|hỗ trợ|thăm hỏi|tặng quà|trao quà|chia sẻ|phát|suất ăn
  veto học bổng|cổ phần|phần trăm
  before 60
  after 40
  example "Ủy ban MTTQ huyện trao 1.250 suất quà Tết cho hộ nghèo" at="1.250 suất quà"
  example "các nhà hảo tâm đã tặng 600 phần quà cho bà con vùng lũ" at="600 phần quà"
  reject "các nhà hảo tâm trao 600 suất học bổng"

# --- Disasters, accidents, health ---------------------------------------------

indicator injuries
  units người, nạn nhân, ca, trường hợp, người bị thương
  cue bị thương|thương tích|trọng thương|bị thương nặng|bị thương nhẹ|làm bị thương
  near_veto chết|tử vong
  before 25
  after 22
  near_before 7
  example "vụ tai nạn làm 2 người chết, 7 người bị thương" at="7 người"
  example "cơn lốc khiến 4 người bị thương nhẹ" at="4 người"
  example "vụ nổ làm 3 người chết và 12 người khác bị thương" at="12 người"
  reject "vụ tai nạn làm 2 người chết tại chỗ"

indicator disease_cases
  units ca, ca bệnh, ca mắc, ca nhiễm, trường hợp, người, bệnh nhân, ca mắc mới, ca dương tính
  cue mắc|ca mắc|ca bệnh|nhiễm|dương tính|sốt xuất huyết|mắc bệnh|ngộ độc|ca nhiễm|tay chân miệng|sởi|Covid|COVID-19|cúm|lây nhiễm|nghi mắc
  veto chết|tử vong|khỏi bệnh|xuất viện|khỏi|tiêm|vắc xin|âm tính|ung thư
  before 50
  after 40
  veto_before 10
  veto_after 16
  example "từ đầu năm đến nay, toàn tỉnh ghi nhận 1.236 ca mắc sốt xuất huyết" at="1.236 ca"
  example "vụ ngộ độc thực phẩm khiến 53 người phải nhập viện" at="53 người"
  reject "đã có 53 bệnh nhân được xuất viện"

indicator deaths
  units người, nạn nhân, ca, trường hợp, ca tử vong, người chết
  cue chết|tử vong|thiệt mạng|tử nạn|qua đời|chết đuối|đuối nước|làm chết|thương vong|tử vong tại chỗ|chết người
  veto cứu sống|sống sót|cứu được|may mắn
  before 22
  after 25
  example "từ đầu năm, tai nạn giao thông trên địa bàn làm 37 người chết" at="37 người"
  example "dịch sốt xuất huyết đã có 2 ca tử vong" at="2 ca"
  example "xe khách lật làm chết 5 người, bị thương 9 người" at="5 người"
  example "vụ nổ làm 3 người chết và 12 người khác bị thương" at="3 người"
  reject "lực lượng cứu hộ đã cứu sống 12 người"

indicator traffic_accidents
  units vụ, vụ tai nạn, vụ tai nạn giao thông, vụ va chạm
  cue tai nạn giao thông|tai nạn|va chạm giao thông|TNGT|va chạm
  veto lao động|cháy|nổ|ngộ độc|hỏa hoạn
  before 40
  after 40
  example "trong quý I, trên địa bàn tỉnh xảy ra 46 vụ tai nạn giao thông" at="46 vụ"
  example "số vụ tai nạn giao thông giảm còn 28 vụ" at="28 vụ"
  reject "xảy ra 6 vụ tai nạn lao động"

indicator fires
  units vụ, vụ cháy, vụ cháy nổ, vụ hỏa hoạn, vụ cháy rừng, đám cháy, vụ nổ
  cue cháy|hỏa hoạn|cháy nổ|cháy rừng|đám cháy|bốc cháy|cháy lớn
  before 40
  after 40
  example "năm 2023 trên địa bàn tỉnh xảy ra 38 vụ cháy, gây thiệt hại 12 tỷ đồng" at="38 vụ"
  example "mùa khô năm nay đã xảy ra 6 vụ cháy rừng" at="6 vụ"
  reject "xảy ra 38 vụ tai nạn giao thông"

# Criminal and violation cases ("vụ án", "vụ phạm pháp hình sự", "vụ vi phạm").
indicator criminal_cases
  units vụ, vụ án, vụ việc, vụ vi phạm, trường hợp vi phạm, vụ phạm pháp
  cue án hình sự|phạm pháp hình sự|vụ án|tội phạm|trộm cắp|trộm|cướp|cướp giật|lừa đảo|ma túy|cố ý gây thương tích|giết người|đánh bạc|buôn lậu|xét xử|khởi tố|điều tra|truy tố|vi phạm|hàng giả|gian lận thương mại|tham nhũng|chiếm đoạt|bắt giữ|phá án|triệt phá
  veto tai nạn|cháy|nổ|lúa|sản xuất
  before 50
  after 50
  example "6 tháng đầu năm, toàn tỉnh xảy ra 142 vụ phạm pháp hình sự" at="142 vụ"
  example "lực lượng quản lý thị trường đã phát hiện, xử lý 318 vụ vi phạm" at="318 vụ"
  reject "xảy ra 6 vụ tai nạn lao động"

# Goods, drugs and vehicles seized.
indicator goods_seized
  units chiếc, bao, thùng, gói, bánh, bánh heroin, viên, viên ma túy, kiện, khẩu súng, khẩu, xe, xe máy, chai, hộp, can, cây thuốc lá, bộ
  dimension mass, volume
  cue thu giữ|tạm giữ|tịch thu|bắt giữ|bắt quả tang|hàng lậu|nhập lậu|vận chuyển trái phép|không rõ nguồn gốc|hàng giả|hàng cấm|tang vật|ma túy
  veto sản lượng|thu hoạch|thu mua|xuất khẩu|doanh thu
  before 70
  after 50
  example "Cục Quản lý thị trường tỉnh đã tạm giữ 2,4 tấn đường cát nhập lậu" at="2,4 tấn"
  example "Công an huyện bắt quả tang, thu giữ 6 bánh heroin" at="6 bánh heroin"
  reject "nhà máy xuất khẩu 2,4 tấn hàng sang Nhật Bản"

indicator population
  units người, nhân khẩu, khẩu, dân, người dân, cư dân
  cue dân số|dân cư|nhân khẩu|sinh sống|với dân số|quy mô dân số|có dân số|dân số trung bình|người dân sinh sống
  before 70
  after 30
  example "xã có 3.150 hộ với 12.840 nhân khẩu" at="12.840 nhân khẩu"
  example "dân số trung bình của tỉnh năm 2023 ước 1,36 triệu người" at="ước 1,36 triệu người"
  reject "3.150 người tham gia bảo hiểm xã hội tự nguyện"

# --- Prices, yields, output -------------------------------------------------

indicator unit_price
  dimension rate
  cue giá|bán|mua|thu mua|giá bán|giá mua|niêm yết|thương lái|dao động|đồng giá|có giá|với giá|mức giá|giá thuê|thuê|giá thu mua|được mua|xuất bán|bán ra|mua vào|giá trần|giá sàn
  veto lãi suất|lãi|thu nhập|lương|tốc độ|vận tốc|năng suất|trợ cấp|hỗ trợ|phụ cấp|học phí|viện phí|doanh thu|thu về|lợi nhuận|giá trị|giá trị sản xuất|trị giá
  before 70
  after 25
  veto_before 50
  veto_after 10
  example "giá lúa tươi tại ruộng dao động từ 7.200 - 7.500 đồng/kg" at="từ 7.200 - 7.500 đồng/kg"
  example "thương lái thu mua cà phê nhân xô với giá 112.000 đồng/kg" at="112.000 đồng/kg"
  reject "thu nhập bình quân 5 triệu đồng/người/tháng"

indicator crop_yield
  units tạ/ha, tấn/ha, kg/ha, tạ/sào, kg/sào, yến/sào, tạ/mẫu, kg/m2, tấn/sào
  cue năng suất|đạt|bình quân|lúa|ngô|thu hoạch|cho|sản lượng|ước|trung bình
  before 60
  after 25
  example "năng suất lúa vụ đông xuân bình quân đạt 68,5 tạ/ha" at="68,5 tạ/ha"
  example "thanh long cho thu hoạch khoảng 30 tấn/ha" at="khoảng 30 tấn/ha"
  reject "giá thanh long 30 nghìn đồng/kg"

indicator export_volume
  dimension mass, volume
  cue xuất khẩu|xuất khẩu được|lượng xuất khẩu|khối lượng xuất khẩu
  near_veto nhập khẩu
  before 60
  after 30
  near_before 25
  example "6 tháng đầu năm, cả nước xuất khẩu 4,1 triệu tấn gạo" at="4,1 triệu tấn"
  example "khối lượng cà phê xuất khẩu đạt 1,2 triệu tấn" at="1,2 triệu tấn"
  reject "sản lượng lúa của tỉnh đạt 1,2 triệu tấn"

indicator rice_output
  dimension mass
  cue lúa|thóc|lương thực|sản lượng lúa|sản lượng lương thực|lương thực có hạt|lúa gạo|ngô|lúa, ngô
  context sản lượng|thu hoạch|sản xuất|lương thực|năng suất|vụ|vụ mùa|đông xuân|hè thu
  veto xuất khẩu|nhập khẩu|hỗ trợ|cứu trợ|cấp|trao|tặng|bán|mua|thu mua|dự trữ|tồn kho|cứu đói|giá|phân bón|giống|lúa giống|thuốc|bí ngô|chi trả|phạt|nộp
  before 60
  after 30
  veto_before 60
  veto_after 15
  example "sản lượng lúa cả năm của huyện đạt trên 105.000 tấn" at="trên 105.000 tấn"
  example "tổng sản lượng lương thực có hạt ước đạt 1,2 triệu tấn" at="ước đạt 1,2 triệu tấn"
  reject "tỉnh xuất kho cấp 500 tấn gạo cứu đói cho nhân dân"

indicator fishery_output
  dimension mass
  cue thủy sản|hải sản|khai thác|đánh bắt|nuôi trồng|sản lượng thủy sản|sản lượng khai thác|sản lượng nuôi trồng|sản lượng cá|sản lượng tôm
  veto xuất khẩu|nhập khẩu|tiêu hủy|chết|bị chết|thiệt|thiệt hại|tịch thu|thu giữ|giá|thức ăn|ô nhiễm|bán|trữ lượng|kiểm tra|lô
  before 60
  after 30
  veto_before 40
  veto_after 15
  example "tổng sản lượng thủy sản năm 2023 đạt 186.400 tấn" at="186.400 tấn"
  example "sản lượng khai thác hải sản ước đạt 92 nghìn tấn" at="ước đạt 92 nghìn tấn"
  reject "lực lượng chức năng thu giữ 3 tấn cá không rõ nguồn gốc"

indicator livestock_lost
  units con, con gia súc, con gia cầm, con bò, con trâu, con lợn, con heo, con gà, con vịt, con dê, con trâu bò
  cue chết|bị chết|tiêu hủy|buộc tiêu hủy|cuốn trôi|bị cuốn trôi|chết rét|chết đói|mắc bệnh|dịch|dịch tả|lở mồm long móng|cúm|viêm da nổi cục|nhiễm bệnh|chết rét|bị lũ cuốn
  before 60
  after 40
  example "đợt rét đậm làm 1.240 con trâu, bò bị chết" at="1.240 con trâu"
  example "địa phương đã tiêu hủy 3.600 con lợn mắc dịch tả châu Phi" at="3.600 con lợn"
  reject "tổng đàn trâu của huyện có 3.600 con"

indicator livestock_supported
  units con, con bò, con trâu, con lợn, con heo, con gà, con vịt, con dê, con giống, con bò giống, con trâu giống, con lợn giống, con bê
  cue con giống|hỗ trợ|trao tặng|tặng|được cấp|cấp cho|trao|cấp phát|bàn giao|ngân hàng bò
  veto trộm|bắt|tịch thu|thu giữ|vận chuyển|nhập lậu|giết mổ|tiêu hủy|bị hại|nuôi dưỡng|con của|con cái|con nhỏ
  before 60
  after 30
  example "Hội Cựu chiến binh trao tặng 24 con bò giống cho hộ nghèo" at="24 con bò"
  example "dự án đã hỗ trợ 1.500 con gà giống cho 60 hộ" at="1.500 con gà"
  reject "công an bắt quả tang vận chuyển 24 con bò không rõ nguồn gốc"

indicator livestock_herd
  units con, con gia súc, con gia cầm, con bò, con trâu, con lợn, con heo, con gà, con vịt, con dê, con trâu bò, con bò sữa
  cue tổng đàn|quy mô đàn|gia súc|gia cầm|chăn nuôi|đàn bò|đàn trâu|đàn lợn|đàn heo|đàn gà|đàn vịt|đàn dê|đàn gia súc|đàn gia cầm|đàn bò sữa|đàn trâu bò|đàn trâu, bò
  veto trộm|bắt|tịch thu|thu giữ|vận chuyển|nhập lậu|giết mổ|tiêu hủy|chết|giết|cá
  before 60
  after 40
  example "tổng đàn gia súc của huyện hiện có 56.300 con" at="56.300 con"
  example "đàn bò sữa của tỉnh đạt 12.800 con" at="12.800 con"
  reject "cơ quan thú y giết mổ 300 con lợn không rõ nguồn gốc"
  reject "người đàn ông chở 2 con cá ra chợ"

indicator waste_collected
  dimension mass, volume, percent
  cue rác|rác thải|chất thải|chất thải rắn|thu gom|xử lý rác|rác thải sinh hoạt|thu gom rác
  veto nước thải|xả thải|xả|phạt|CPI|giá|chỉ số giá|tăng giá
  before 70
  after 30
  example "mỗi ngày toàn huyện thu gom khoảng 85 tấn rác thải sinh hoạt" at="khoảng 85 tấn"
  example "tỷ lệ chất thải rắn sinh hoạt ở nông thôn được thu gom, xử lý đạt 78%" at="78%"
  reject "nhà máy xả 85 m3 nước thải mỗi ngày"

indicator rainfall
  units mm, cm
  cue mưa|lượng mưa|tổng lượng mưa|mưa to|mưa lớn|mưa rất to
  veto cách|đường kính|kích thước|rộng|dày|dài|cao
  before 60
  after 30
  veto_before 15
  veto_after 10
  example "lượng mưa tại các trạm đo phổ biến từ 150 - 250 mm" at="từ 150 - 250 mm"
  example "nhiều nơi có mưa to với tổng lượng mưa trên 300 mm" at="trên 300 mm"
  reject "viên đá có đường kính 30 mm"

indicator wind_speed
  units km/h, m/s
  cue gió|bão|áp thấp|áp thấp nhiệt đới|giật|giật cấp|mạnh cấp|sức gió|tâm bão|gió mạnh|gió giật|vùng gần tâm bão|lốc
  veto xe|ô tô|tàu|chạy|lái|máy bay|tốc độ tối đa|tốc độ cho phép|vượt tốc độ|lái xe
  before 60
  after 30
  example "gió mạnh cấp 10 (89 - 102 km/h), giật cấp 12" at="89 - 102 km/h"
  example "sức gió mạnh nhất vùng gần tâm bão đạt 118 km/h" at="118 km/h"
  reject "xe ô tô chạy với tốc độ 118 km/h"

indicator water_level
  units m, cm
  cue mực nước|đỉnh lũ|nước lên|nước dâng|ngập sâu|ngập|lũ|triều cường|báo động|mức báo động|nước rút|lũ lên|ngập nước
  veto mưa|lượng mưa|cách|đường kính|sóng|cao tốc|tầng|rộng|độ cao|mực nước biển|núi
  before 60
  after 30
  veto_before 25
  veto_after 10
  example "mực nước sông Hồng tại Hà Nội lên mức 9,2 m" at="9,2 m"
  example "nhiều tuyến đường bị ngập sâu từ 0,5 - 1 m" at="từ 0,5 - 1 m"
  reject "lượng mưa phổ biến 150 mm"
