# Time: years, dates, clock times, periods and durations. They come out typed
# (dimension date, time, period, duration), never as counts, and their high
# priority keeps the numbers inside them from being read as figures.

define YEAR = (?:19|20)[0-9]{2}
define MONTHNUM = 0?[1-9]|1[0-2]
define DAYNUM = 0?[1-9]|[12][0-9]|3[01]
define ROMAN = I|II|III|IV

table TIMEUNIT
  giây, phút, giờ, tiếng, tiếng đồng hồ, ngày, ngày đêm, đêm, tuần, tháng, quý, năm, thập kỷ, thập niên, thế kỷ = time
  tuoi, tuổi = age
  ngay, thang, nam = time

pattern time.year
  regex {L}(?P<date>(?:năm|nam)\s+{YEAR}){R}
  dimension date
  priority 70
  example "năm 2024"           dimension=date
  reject "năm nghìn"

pattern time.year_bare
  # A year after a preposition of time: "đến 2025", "từ 2021", "vào 2019", "trước 2030".
  regex {L}(?P<date>(?:đến|tới|từ|vào|trong|sau|trước|cuối|đầu|giữa|hết)\s+(?:năm\s+)?{YEAR}){R}
  dimension date
  priority 50
  example "đến 2025"           dimension=date
  example "trước 2030"         dimension=date
  # Priority 50: an amount wins, "từ 1000 đồng đến 2000 đồng" is a range of money.

pattern time.date
  # 06/06/2024, 1.1.2016, 06-06-2024, ngày 15/5, ngày 15-5, with an optional clock time.
  regex {L}(?P<date>(?:ngày\s+)?(?:{DAYNUM})([/.-])(?:{MONTHNUM})[/.-]{YEAR}|ngày\s+(?:{DAYNUM})[/.-](?:{MONTHNUM}))(?P<clock>\s*,?\s*[0-9]{1,2}[:h][0-9]{2}(?::[0-9]{2})?)?{R}
  dimension date
  priority 70
  example "06/06/2024"         dimension=date
  example "06/06/2024 10:12"   dimension=date
  example "ngày 15/5"          dimension=date
  example "1.1.2016"           dimension=date
  example "ngày 30-12-2016"    dimension=date
  reject "9-10%"

pattern time.day_month
  # A bare "6/6" is a date, unless a counted noun follows ("3/5 thôn" is a fraction, which outranks it).
  regex {L}(?P<date>(?:{DAYNUM})/(?:{MONTHNUM})){R}
  dimension date
  priority 54
  example "6/6"                dimension=date

pattern time.month_year
  regex {L}(?P<date>tháng\s+(?:{MONTHNUM}|{ROMAN}|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|mười một|mười hai|chạp|giêng)(?:\s*[/.-]\s*{YEAR}|\s+(?:năm\s+)?{YEAR})){R}
  dimension date
  priority 71
  example "tháng 6/2024"       dimension=date
  example "tháng 6 năm 2024"   dimension=date

pattern time.month
  # A bare month yields to a measure: "lương tháng 2 triệu rưỡi đồng" is a monthly wage.
  regex {L}(?P<date>tháng\s+(?:{MONTHNUM}|{ROMAN}|giêng|chạp)){R}
  dimension date
  priority 58
  example "tháng 12"           dimension=date

pattern time.clock
  regex {L}(?P<time>(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9]|h(?:[0-5][0-9])?|\s?giờ(?:\s+[0-5]?[0-9]\s+phút)?)(?:\s?(?:sáng|chiều|tối|trưa))?){R}
  dimension time
  priority 68
  example "10:12"              dimension=time
  example "8h30"               dimension=time
  example "8h"                 dimension=time
  example "14 giờ 30 phút"     dimension=time

pattern time.period_years
  # "giai đoạn 2021-2025", "2022 - 2025", "nhiệm kỳ 2020-2025", "năm học 2023-2024".
  regex {L}(?P<period>(?:(?:giai đoạn|nhiệm kỳ|năm học|niên khóa|niên vụ|thời kỳ|từ năm|năm)\s+)?{YEAR}\s*(?:-|–|—|đến|tới)\s*(?:năm\s+)?{YEAR}){R}
  dimension period
  priority 72
  example "giai đoạn 2022-2025" dimension=period
  example "2021 - 2025"        dimension=period
  example "nhiệm kỳ 2020–2025" dimension=period

pattern time.period_months
  # "5 tháng đầu năm", "6 tháng đầu năm 2024", "9 tháng năm 2023", "quý I", "quý II/2024".
  regex {L}(?P<period>(?:{NUM}\s+tháng\s+(?:đầu|cuối|cuôi)\s+năm|{NUM}\s+tháng\s+năm)(?:\s+(?:nay|{YEAR}))?|quý\s+(?:{ROMAN}|[1-4]|một|hai|ba|bốn|tư)(?:\s*[/.-]\s*{YEAR}|\s+(?:năm\s+)?{YEAR})?|(?:đầu|cuối|giữa)\s+năm\s+{YEAR}){R}
  dimension period
  priority 72
  example "5 tháng đầu năm"    dimension=period
  example "6 tháng đầu năm 2024" dimension=period
  example "9 tháng năm 2023"   dimension=period
  example "quý I"              dimension=period
  example "quý II/2024"        dimension=period

pattern time.year_relative
  # The year without its number: "từ đầu năm đến nay", "đầu năm", "trong năm", "năm nay", "hằng năm".
  # Typed, so that "đầu năm huyện Bắc Mê" is never five districts.
  regex {L}(?P<period>từ\s+đầu\s+năm(?:\s+(?:đến|tới)\s+nay)?|(?:đầu|cuối|giữa|trong|mỗi|hằng|hàng|cả|suốt|nửa|những|các)\s+năm(?:\s+(?:nay|qua|tới|sau|trước|ngoái|{YEAR}))?|năm\s+(?:nay|qua|tới|sau|trước|ngoái|ấy|đó)){R}
  dimension period
  priority 71
  example "từ đầu năm đến nay"  dimension=period
  example "đầu năm"             dimension=period
  example "năm nay"             dimension=period
  example "hằng năm"            dimension=period
  example "trong năm 2023"      dimension=period
  reject "năm hộ"

pattern time.duration
  # "trong 3 năm", "15 ngày", "45 tuổi": typed, not counted.
  regex {L}(?:{QUAL:qual}\s+)?{NUM:num}\s+{TIMEUNIT:noun}(?:\s+{QUAL2:qual2})?{R}
  dimension duration
  exclude num ONE
  priority 55
  example "15 ngày"            value=15 unit=ngày dimension=duration
  example "65 tuổi"            value=65 unit=tuổi
  example "hơn 3 năm"          value=3 qualifier=more_than
