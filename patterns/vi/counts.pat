# Counted things: a number and the noun it counts ("252 buổi", "05 tuyến đường").
# The record keeps the noun as written, lower case, as the unit.
#
# NOUN lists counted nouns worth knowing as wholes (several syllables, or
# words that follow word-numbers). The list is open: a digit number before
# any other lower-case syllable is a count too (count.open), unless that
# syllable is in NOTNOUN.

table NOUN
  buổi, cuộc, hội nghị, lớp, lớp tập huấn, lớp học, lớp bồi dưỡng, khóa, khóa đào tạo, đợt, phiên = count
  lượt, lượt người, lượt hộ, lượt cán bộ, lượt học sinh = count
  người, hộ, hộ gia đình, hộ dân, hộ nghèo, hộ cận nghèo, nhân khẩu, khẩu, gia đình = count
  xã, phường, thị trấn, thôn, bản, làng, ấp, tổ dân phố, khu dân cư, huyện, tỉnh, thành phố, xóm = count
  thùng, bao, gói, hộp, chai, ngày lương = count
  tuyến, tuyến đường, tuyến kênh, con đường, công trình, dự án, hạng mục, cầu, cây cầu, cống, kênh, trạm = count
  nhà, căn nhà, ngôi nhà, căn, nhà ở, nhà tắm, nhà vệ sinh, nhà văn hóa, nhà tình nghĩa, nhà đại đoàn kết, chuồng trại, chuồng = count
  con, con bò, con trâu, con lợn, con gà, con giống, cây, cây xanh, cây giống, cây dừa, bóng đèn, cột đèn = count
  ngày công, ngày công lao động, công lao động = count
  học sinh, sinh viên, giáo viên, trường, trường học, phòng học, học viên, trẻ, em = count
  tiêu chí, chỉ tiêu, nhiệm vụ, mô hình, sản phẩm, doanh nghiệp, hợp tác xã, tổ hợp tác, cơ sở, đơn vị, cơ quan = count
  đồng chí, đồng bào, hội viên, đoàn viên, đảng viên, cán bộ, công chức, lao động, việc làm, bệnh nhân, trường hợp, ca, vụ, vụ việc = count
  điểm, điểm phần trăm = count
  suất, suất quà, phần quà, thẻ, thẻ bảo hiểm y tế, hồ sơ, chiếc, cái, bộ, xe, ô tô, xe ô tô, chuyến, lần, giếng, bể, thửa, lô = count
  # Added for the indicator taxonomy (indicators.pat): nouns its figures count, known as wholes.
  # (A noun and its attribute stay apart, as the figure tests want: "35 sản phẩm" OCOP, "15 ca" mắc, "3 vụ" tai nạn.)
  trạm y tế, trạm bơm, nhà tiêu, hố xí, nhà sinh hoạt, phòng chức năng, nhà tình thương = count
  htx, suất học bổng, lượt khách, lượt du khách, thẻ bhyt, thẻ bảo hiểm, lớp dạy nghề = count
  cầu treo, kênh mương, phong trào, chiến dịch = count
  con gia súc, con gia cầm, con heo, con dê, con vịt = count
  nhà đầu tư, nhà máy, nhà hàng, nhà xưởng, nhà khoa học, nhà thầu = count

# Syllables that follow a number without being counted by it.
table NOTNOUN
  và, với, của, cho, trong, trên, dưới, là, có, được, đã, đang, sẽ, đến, tới, từ, so, theo, tại, ở, thì, mà = no
  nhưng, hoặc, hay, hơn, gần, khoảng, các, những, mỗi, này, đó, kia, nay, sau, trước, đầu, cuối, giữa = no
  số, phần, bằng, như, vì, do, nên, để, nếu, khi, rồi, cũng, còn, lại, ra, vào, lên, xuống, về, qua, đi = no
  giây, phút, giờ, tiếng, ngày, đêm, tuần, tháng, quý, năm, tuổi, thế, kỷ, đời, độ, lúc, sáng, chiều, tối, trưa = no
  tr, k, nghìn, ngàn, triệu, tỷ, tỉ, trăm, chục, mươi, mười, vạn, đồng, đ, ty, trieu, nghin, ngan, tram, chuc, dong = no
  thuộc, gồm, đạt, tăng, giảm, chiếm, trở, khác, thứ, đây, phải, bị, vẫn, chỉ, mới, kìa, ạ, nhé, không = no
  a, b, c, d, e, f, g, h, i, j, l, n, o, p, q, r, s, t, u, v, x, y, z = no

# Words after "50 triệu" that say it is money, not a count of something.
table MONEYCUE
  tiền, kinh phí, hỗ trợ, vốn, ngân sách, đầu tư, chi phí, tiền mặt, đồng, tài trợ, ủng hộ, bồi thường, lương, doanh thu, lợi nhuận, nợ = money

# The word "một" is mostly the article "a" ("một số", "một cách").
table ONE
  một, mot = one

# "không" alone is mostly "not" ("không tới 7000 đồng"), not zero.
table ZERO
  không, khong = zero

pattern count.known
  regex {L}(?:{QUALV}\s+)?{NUM:num}\s+{NOUN:noun}(?:\s+{QUAL2:qual2})?{R}
  dimension count
  exclude num ONE
  exclude num ZERO
  priority 55
  example "252 buổi"            value=252 unit=buổi
  example "gần 14 nghìn lượt người" value=14000 unit="lượt người" qualifier=nearly
  example "trên 7 nghìn lượt người" value=7000 qualifier=more_than
  example "05 tuyến đường"      value=5 unit="tuyến đường"
  example "37 nhà tắm"          value=37 unit="nhà tắm"
  example "02 xã"               value=2 unit=xã
  example "hai mươi mốt hộ"     value=21 unit=hộ
  example "hơn 57.000 hộ"       value=57000 qualifier=more_than
  example "khoảng 30 hộ"        value=30 qualifier=approximately
  example "ít nhất 5 hộ"        value=5 qualifier=at_least
  example "tối thiểu 5 hộ"      value=5 qualifier=at_least
  example "dưới 10 hộ"          value=10 qualifier=less_than
  example "tối đa 10 học sinh"  value=10 qualifier=at_most
  example "chừng 10 hộ"         value=10 qualifier=approximately
  example "6.233 ngày công"     value=6233 unit="ngày công"
  example "một nghìn rưỡi người" value=1500 unit=người
  example "50 hộ trở lên"       value=50 qualifier=at_least
  reject "một số hộ"
  reject "một thôn"

# The open noun is one or two syllables; a second syllable that is not a noun
# ("7 tàu và ...") is dropped from the figure.
pattern count.open
  regex {L}(?:{QUAL:qual}\s+)?{DNUM:num}\s+{SYLLABLE:noun}(?: +{SYLLABLE:noun2})?{R}
  dimension count
  exclude noun NOTNOUN
  exclude noun MONEYCUE
  drop noun2 NOTNOUN
  priority 45
  example "401 cây dừa"         value=401 unit="cây dừa"
  example "06 tiêu xã"          value=6 unit="tiêu xã"
  example "14 nghin nguoi"      value=14000 unit=nguoi flag=no_diacritics
  example "257 phạm nhân"       value=257 unit="phạm nhân"
  example "7 tàu"               value=7 unit=tàu
  reject "5 năm"
  reject "20 và"
  reject "2024 Hà Giang"

# Ranges of counts: "50-60 hộ", "từ 3 đến 5 xã".
pattern count.range
  regex {L}(?:(?P<w>từ)\s+)?{NUM:num}{TO}{NUM:num2}\s+(?:{NOUN:noun}|{SYLLABLE:noun}){R}
  dimension count
  exclude noun NOTNOUN
  exclude num ZERO
  priority 57
  example "50-60 hộ"            low=50 high=60 unit=hộ qualifier=range
  example "từ 3 đến 5 xã"       low=3 high=5 unit=xã qualifier=range
  example "từ hai đến ba nghìn người" low=2000 high=3000 unit=người
  reject "2021-2025 là"

# "từ 50 hộ trở lên", "từ 3 xã trở xuống".
pattern count.from_onwards
  regex {L}(?P<w>từ)\s+{NUM:num}\s+(?:{NOUN:noun}|{SYLLABLE:noun})\s+{QUAL2:qual2}{R}
  dimension count
  exclude noun NOTNOUN
  exclude num ONE
  priority 58
  example "từ 50 hộ trở lên"    value=50 unit=hộ qualifier=at_least
  example "từ 3 xã trở xuống"   value=3 unit=xã qualifier=at_most

# Vague amounts are intervals: "hàng trăm người", "vài chục hộ", "hàng chục tỷ đồng".
table VAGUE
  hàng chục, hang chuc        = 10 99
  vài chục, mấy chục          = 20 90
  hàng trăm, hang tram        = 100 999
  vài trăm, mấy trăm          = 200 900
  hàng nghìn, hàng ngàn, hang nghin = 1000 9999
  vài nghìn, vài ngàn         = 2000 9000
  hàng chục nghìn, hàng chục ngàn = 10000 99999
  hàng trăm nghìn, hàng trăm ngàn = 100000 999999
  hàng triệu                  = 1000000 9999999
  hàng chục triệu             = 10000000 99999999
  hàng trăm triệu             = 100000000 999999999
  hàng tỷ, hàng tỉ            = 1000000000 9999999999
  hàng chục tỷ, hàng chục tỉ  = 10000000000 99999999999
  hàng trăm tỷ, hàng trăm tỉ  = 100000000000 999999999999

pattern count.vague
  regex {L}(?:{QUAL:qual}\s+)?{VAGUE:vague}\s+(?:{NOUN:noun}|{SYLLABLE:noun}){R}
  dimension count
  exclude noun NOTNOUN
  exclude noun UNIT
  priority 62
  example "hàng trăm người"     low=100 high=999 unit=người qualifier=approximately
  example "vài chục hộ"         low=20 high=90 unit=hộ
  example "hơn hàng nghìn lượt người" low=1000 qualifier=more_than

pattern measure.vague
  regex {L}(?:{QUAL:qual}\s+)?{VAGUE:vague}\s*{UNIT:unit}{R}
  dimension unit
  priority 62
  example "hàng chục tỷ đồng"   low=10000000000 high=99999999999 unit=VND qualifier=approximately
  example "hàng trăm ha"        low=100 high=999 unit=ha
  example "vài trăm mét"        low=200 high=900 unit=m
  example "hàng trăm triệu đồng" low=100000000 high=999999999 unit=VND

# Half of something: "hơn một nửa", "một nửa".
pattern fraction.half
  regex {L}(?:{QUAL:qual}\s+)?(?P<num>(?:một\s+)?nửa){R}
  dimension fraction
  priority 10
  latent yes
  example "hơn một nửa"         value=0.5 qualifier=more_than

# Fractions: "15/19 tiêu chí", "82/97 xã".
pattern fraction.count
  regex {L}(?:{QUAL:qual}\s+)?{DIGITS:num}\s*/\s*{DIGITS:den}\s+(?:{NOUN:noun}|{SYLLABLE:noun}){R}
  dimension fraction
  exclude noun NOTNOUN
  priority 57
  example "15/19 tiêu chí"      value=15 of=19 unit="tiêu chí" dimension=fraction
  example "82/97 xã"            value=82 of=97 unit=xã
  reject "15/5 năm"

# Ratios: "gấp 3 lần", "tăng 2 lần", "gấp rưỡi".
pattern ratio.times
  regex {L}(?P<verb>gấp|tăng|giảm|tăng gấp|cao gấp|nhiều gấp)\s+(?:{QUAL:qual}\s+)?{NUM:num}\s+(?P<noun>lần){R}
  dimension ratio
  priority 58
  example "gấp 3 lần"           value=3 unit=lần dimension=ratio
  example "tăng 2 lần"          value=2 unit=lần
  example "tăng gấp 1,5 lần"    value=1.5 unit=lần

pattern ratio.double
  regex {L}(?P<verb>gấp|tăng gấp|cao gấp|nhiều gấp)\s+(?P<w>đôi){R}
  dimension ratio
  value 2
  unit lần
  priority 58
  example "gấp đôi"             value=2 unit=lần

pattern ratio.half_again
  regex {L}(?P<verb>gấp|tăng gấp|cao gấp|nhiều gấp)\s+(?P<w>rưỡi){R}
  dimension ratio
  value 1.5
  unit lần
  priority 58
  example "gấp rưỡi"            value=1.5 unit=lần

pattern ratio.range
  regex {L}(?P<verb>gấp|tăng|giảm|tăng gấp|cao gấp|nhiều gấp)\s+(?:(?P<w>từ)\s+)?{NUM:num}{TO}{NUM:num2}\s+(?P<noun>lần){R}
  dimension ratio
  priority 59
  example "tăng 2-3 lần"        low=2 high=3 unit=lần qualifier=range dimension=ratio
  example "gấp từ 2 đến 3 lần"  low=2 high=3 unit=lần
