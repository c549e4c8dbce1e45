# Numbers that name rather than count: documents, roads, phone numbers,
# diseases, scores, page views. These patterns only block (emit no): a figure
# never comes out of their span.

pattern id.document
  # "Quyết định số 72/2002/QĐ-TTg", "Nghị quyết số 19-NQ/TU", "Công văn 1234/UBND-KT", "số 05".
  regex {L}(?:(?P<id>(?:(?:quyết định|nghị quyết|nghị định|thông tư|chỉ thị|công văn|kế hoạch|tờ trình|báo cáo|thông báo|luật|quy định|văn bản|hướng dẫn|kết luận|đề án|chương trình)\s+)?(?:số\s+)?[0-9]+(?:[/-][0-9]+)*(?:[/-][\pL]+(?:[-/][\pL0-9]+)*)+){R}|(?P<id>số\s+[0-9]+(?:[/.-][0-9\pL]+)*)(?:$|[;:)\]]|[,.](?:\s|$)|\s+(?-i:[A-ZĐ])|\s+(?:đường|phố|ngõ|ngách|hẻm|kiệt|thôn|tổ|khu)\s))
  dimension identifier
  emit no
  priority 80
  example "Quyết định số 72/2002/QĐ-TTg"
  example "Nghị quyết số 19-NQ/TU"
  example "1234/UBND-KT"
  example "số 05"
  example "Trường số 2 Hà Nội" at="số 2"
  example "số 25 đường Lê Lợi" at="số 25"
  reject "tổng số 43,2 ha"

pattern id.road
  # "Quốc lộ 1A", "QL 2", "ĐT 176", "Km 15+200", "tỉnh lộ 8B".
  regex {L}(?P<id>(?:(?:quốc lộ|tỉnh lộ|huyện lộ|đường tỉnh|đường huyện|ql|tl|đt|đh|dt|(?-i:Km|KM))\.? ?[0-9]+[a-zA-Z]?|km ?[0-9]+\s*\+\s*[0-9]+)(?:\s*\+\s*[0-9]+)?(?:\s*[-–]\s*km\s*[0-9]+(?:\s*\+\s*[0-9]+)?)?){R}
  dimension identifier
  emit no
  priority 80
  example "Quốc lộ 1A"
  example "Km 15+200"
  example "ĐT 176"
  example "QL2"
  reject "25 km\n14/08/2024"
  reject "25 km2"

pattern id.phone
  # 0219.3812.345, 0912 345 678, 1900 1234, (0219) 3812345.
  regex {L}(?P<id>\(?0[0-9]{2,3}\)?[ .-]?[0-9]{3,4}[ .-]?[0-9]{3,4}|1[89]00[ .]?[0-9]{4,6}){R}
  dimension identifier
  emit no
  priority 78
  example "0219.3812.345"
  example "0912 345 678"
  example "1900 1234"

pattern id.code
  # Covid-19, G20, H5N1, U23, 4G, SARS-CoV-2: a name with a number glued to it. Case matters: m2 is a unit.
  # Below the measures, so that "INR33" and "GBP3,01" stay amounts of money.
  regex {L}(?P<id>(?i:covid|sars-cov)[-\s]?[0-9]+|(?-i:[A-Z]+[0-9]+[A-Z0-9]*|[0-9][G]|[A-Z]+-[0-9]+)){R}
  dimension identifier
  emit no
  priority 59
  example "Covid-19"
  example "G20"
  example "H5N1"
  example "U23"
  reject "m2"

pattern id.score
  # Sports scores and results: "thắng 2-1", "tỷ số 3 - 0", "hòa 1-1".
  regex {L}(?P<id>(?:thắng|thua|hòa|tỷ số|tỉ số|cách biệt)\s+[0-9]+\s*[-–:]\s*[0-9]+){R}
  dimension identifier
  emit no
  priority 80
  example "thắng 2-1"
  example "tỷ số 3 - 0"

pattern id.page_views
  # "06/06/2024 10:12 31 lượt xem", "| 215 lượt xem": the page views a portal
  # prints beside the date are metadata of the page, not a reported figure.
  # ("video thu được 2,5 triệu lượt xem" in running text is a figure.)
  regex (?:[0-9]{1,2}:[0-9]{2}|\||^|\n)\s*(?P<id>{DIGITS}\s+lượt\s+(?:xem|truy cập|đọc))
  dimension metadata
  emit no
  priority 80
  example "31 lượt xem"
  example "10:12 31 lượt xem"   at="31 lượt xem"
  reject "video đã thu được 2,5 triệu lượt xem"

pattern id.rank
  # Ranks: "hạng 2", "Top 10", "khóa XIII", "Đại hội XIII".
  regex {L}(?P<id>hạng\s+[0-9]+|top\s+[0-9]+|(?:khóa|khoá|đại hội|kỳ họp|phiên)\s+(?-i:[IVXLC]+)|(?:khóa|kỳ họp)\s+thứ\s+[0-9]+){R}
  dimension identifier
  emit no
  priority 79
  example "Top 10"
  example "khóa XIII"
  example "hạng 2"

pattern id.name_number
  # Units and places named by a number, capitalized as names are: "Sư đoàn 316", "Tổ 5", "Phường 7", "Quận 1".
  regex {L}(?P<id>(?-i:Sư đoàn|Trung đoàn|Lữ đoàn|Quân khu|Quân đoàn|Khu phố|Tổ dân phố|Tổ|Phường|Quận|Khóm|Ấp|Xóm|Đội|Khu|Trường [\pL ]+ số|Nhà số|Lô)\s+[0-9]+[A-Z]?(?:/[0-9]+)?){R}
  dimension identifier
  emit no
  priority 77
  example "Sư đoàn 316"
  example "Tổ 5"
  example "Trường THCS số 2"

pattern id.legal_reference
  # Clauses and articles of a law: "khoản 2 điều 3", "điểm a khoản 1", "Điều 12 Luật Đất đai".
  regex {L}(?P<id>(?:điểm\s+[a-zđ]\s+)?(?:khoản|điều|mục|chương)\s+[0-9]+[a-zđ]?(?:\s*,?\s+(?:khoản|điều|mục|chương)\s+[0-9]+[a-zđ]?)+|(?-i:Điều|Khoản|Chương)\s+[0-9]+){R}
  dimension identifier
  emit no
  priority 78
  example "khoản 2 điều 3"
  example "điểm a khoản 1 điều 5"
  example "Điều 12"
  reject "khoản vay 2 tỷ đồng"
