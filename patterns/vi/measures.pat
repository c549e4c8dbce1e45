# Measures and money: a number with a unit from table UNIT (units.pat).
# The dimension comes from the unit's row ("dimension unit").

pattern measure.amount
  regex {L}(?:{QUALV}\s+)?{NUM:num}\s*{UNIT:unit}(?:\s+{QUAL2:qual2})?{R}
  dimension unit
  exclude num ZERO
  priority 60
  example "2.800 mét"          value=2800 unit=m dimension=length nvalue=2800 nunit=m
  example "trên 25 km"         value=25 unit=km qualifier=more_than nvalue=25000 nunit=m
  example "25km"               value=25 unit=km
  example "trên 1.500m2"       value=1500 unit=m2 qualifier=more_than nvalue=1500 nunit=m2
  example "16.171m2"           value=16171 unit=m2 dimension=area
  example "1,5 ha"             value=1.5 unit=ha nvalue=15000 nunit=m2
  example "3,2 héc-ta"         value=3.2 unit=ha
  example "5ha"                value=5 unit=ha
  example "2 km2"              value=2 unit=km2 nvalue=2000000
  example "300 m3"             value=300 unit=m3 dimension=volume
  example "1.200 lít"          value=1200 unit=l nvalue=1.2 nunit=m3
  example "120 tấn"            value=120 unit=tấn nvalue=120000 nunit=kg dimension=mass
  example "45 tạ"              value=45 unit=tạ nvalue=4500 nunit=kg
  example "3 yến"              value=3 unit=yến nvalue=30
  example "500 kg"             value=500 unit=kg
  example "12%"                value=12 unit=% dimension=percent
  example "85,5%"              value=85.5 unit=%
  example "15 phần trăm"       value=15 unit=%
  example "500m"               value=500 unit=m dimension=length
  reject "3M"
  example "50 cm"              value=50 unit=cm nvalue=0.5
  example "8 tỉ đồng"          value=8000000000 unit=VND dimension=money
  example "trên 8 tỉ đồng"     value=8000000000 unit=VND qualifier=more_than
  example "2,5 tỷ đồng"        value=2500000000 unit=VND
  example "1 tỷ 200 triệu đồng" value=1200000000 unit=VND
  example "3 triệu 500 nghìn đồng" value=3500000 unit=VND
  example "300 nghìn đồng"     value=300000 unit=VND
  example "2 triệu rưỡi đồng"  value=2500000 unit=VND
  example "1000 VNĐ"           value=1000 unit=VND
  example "12.000 USD"         value=12000 unit=USD
  example "2,5 triệu USD"      value=2500000 unit=USD
  example "20€"                value=20 unit=EUR
  example "20 Rupees"          value=20 unit=INR
  example "hơn 1,42 đô la"     value=1.42 unit=USD qualifier=more_than
  example "dưới bảy ngàn đồng" value=7000 unit=VND qualifier=less_than
  example "ít hơn bảy nghìn đồng" value=7000 qualifier=less_than
  example "không tới 7000 đồng" value=7000 qualifier=less_than
  example "100 đô-la"          value=100 unit=USD
  example "2 km2"              value=2 unit=km2
  example "không quá 7.000 đồng" value=7000 qualifier=at_most
  example "không ít hơn 1,42 đô la" value=1.42 qualifier=at_least
  example "gần 3 tỉ đồng"      value=3000000000 qualifier=nearly
  example "khoảng 3,5 tỷ đồng" value=3500000000 qualifier=approximately
  example "ít nhất 20 ha"      value=20 qualifier=at_least
  example "tối đa 60 tấn"      value=60 qualifier=at_most
  example "50 m2 trở lên"      value=50 qualifier=at_least
  example "hai mươi km"        value=20 unit=km
  example "một nghìn rưỡi mét" value=1500 unit=m
  example "2 ty dong"          value=2000000000 unit=VND flag=no_diacritics
  reject "2 đồng chí"
  reject "300 đồng bào"
  example "ước tăng 8 %"       value=8 unit=% qualifier=approximately
  example "ước tính đạt 4,3 tỷ USD" value=4300000000 unit=USD qualifier=approximately
  example "chưa đầy 2.000 tỷ đồng" value=2000000000000 qualifier=less_than
  example "dưới 5.000 m 2"     value=5000 unit=m2 qualifier=less_than
  example "-8%"                value=-8 unit=%
  reject "Km 15+200"
  reject "đồng loạt tăng"
  reject "500 người"

# Slang multipliers need a space or an end after them: "10k đồng", "kém hơn 7k đồng", "1tr5 đồng".
pattern measure.slang_money
  regex {L}(?:{QUAL:qual}\s+)?{SNUM:num}(?:\s+{UNIT:unit})?{R}
  dimension unit
  units UNIT
  unit đồng
  priority 58
  example "10k đồng"           value=10000 unit=VND
  example "kém hơn 7k đồng"    value=7000 qualifier=less_than
  example "1tr5"               value=1500000 unit=VND
  example "50k"                value=50000 unit=VND
  reject "50km"
  reject "500m"

# Currency before the amount: "$1,42", "EUR 20", "Rs. 20", "INR33", "GBP3,01".
pattern measure.currency_first
  regex {L}(?:{QUAL:qual}\s+)?{CURRENCY_BEFORE:unit}\s*{DIGITS:num}(?:\s+{QUAL2:qual2})?{R}
  dimension unit
  units CURRENCY_BEFORE
  priority 60
  example "$1,42"              value=1.42 unit=USD
  example "cao hơn $1,42"      value=1.42 unit=USD qualifier=more_than
  example "EUR 20"             value=20 unit=EUR
  example "Rs. 20"             value=20 unit=INR
  example "Rs20"               value=20 unit=INR
  example "INR33"              value=33 unit=INR
  example "£9"                 value=9 unit=GBP
  example "GBP3,01"            value=3.01 unit=GBP
  reject "VN 20"

# Dollars and change: "2 đô la và 23 xen", "2 đô 23 xu", "20 Rupees 43", "hai phẩy 23 đô".
pattern measure.money_cents
  regex {L}{NUM:num}\s*{DOLLAR:unit}(?:\s+và)?\s+(?P<cents>[0-9]{1,2})(?:\s+{CENTS:w}{R}|$)
  dimension unit
  units DOLLAR
  priority 62
  example "2 đô la và 23 xen"  value=2.23 unit=USD
  example "hai đô la và 23 xen" value=2.23 unit=USD
  example "2 đô 23 xu"         value=2.23 unit=USD
  example "20 Rupees 43"       value=20.43 unit=INR
  example "hai mươi rupees 43 xen" value=20.43 unit=INR
  reject "1,500 USD và 2,5 tấn"

pattern measure.dollar_word
  # "đô" alone is a dollar only at the end of a phrase: "2 đô thị" is two towns.
  regex {L}(?:{QUAL:qual}\s+)?(?:{VAGUE:vague}|{NUM:num})\s*(?P<unit>đô)(?:$|[^\pL\pN\s-])
  dimension unit
  units DOLLAR
  priority 61
  example "hai phẩy 23 đô"     value=2.23 unit=USD
  example "hàng trăm tỉ đô"    low=100000000000 unit=USD qualifier=approximately
  reject "2 đô thị"

# Ranges with one unit: "5-7 tấn", "từ 5 đến 10 km", "từ 1000 đồng đến 2000 đồng", "giữa 1000 và 2000 đồng".
pattern measure.range
  regex {L}(?:(?P<w>từ|tu|khoảng|xấp xỉ)\s+)?{NUM:num}(?:\s*{UNIT})?{TO}{NUM:num2}\s*{UNIT:unit}{R}
  dimension unit
  exclude num ZERO
  priority 64
  example "5-7 tấn"            value=5 low=5 high=7 unit=tấn qualifier=range
  example "từ 5 đến 10 km"     low=5 high=10 unit=km qualifier=range
  example "từ 1000 đồng đến 2000 đồng" low=1000 high=2000 unit=VND qualifier=range
  example "80 – 100 triệu đồng" low=80000000 high=100000000 unit=VND
  example "5-7 nghìn tấn"      low=5000 high=7000 unit=tấn
  reject "2022-2025"
  reject "không tới 7000 đồng"

pattern measure.between
  regex {L}(?P<w>giữa)\s+{NUM:num}(?:\s*{UNIT})?\s+và\s+{NUM:num2}\s*{UNIT:unit}{R}
  dimension unit
  priority 64
  example "giữa 1000 và 2000 đồng"       low=1000 high=2000 unit=VND qualifier=range
  example "giữa 1000 đồng và 2000 đồng"  low=1000 high=2000 unit=VND qualifier=range

pattern measure.currency_range
  regex {L}(?:{QUAL:qual}\s+)?{CURRENCY_BEFORE:w}\s*{DIGITS:num}{DASH}{CURRENCY_BEFORE:unit}\s*{DIGITS:num2}{R}
  dimension unit
  units CURRENCY_BEFORE
  priority 65
  example "xấp xỉ VND1000-VND2000" low=1000 high=2000 unit=VND qualifier=range

# "từ 7000 đồng trở xuống", "từ 50 m2 trở lên".
pattern measure.from_onwards
  regex {L}(?P<w>từ)\s+{NUM:num}\s*{UNIT:unit}\s+{QUAL2:qual2}{R}
  dimension unit
  priority 63
  example "từ 7000 đồng trở xuống" value=7000 unit=VND qualifier=at_most
  example "từ 50 m2 trở lên"       value=50 unit=m2 qualifier=at_least

# Rates: "45 triệu đồng/người/năm", "60 km/h", "12.000 đồng/kg", "7%/năm".
pattern measure.rate
  regex {L}(?:{QUALV}\s+)?{NUM:num}\s*{UNIT:unit}{PER:per}{R}
  dimension unit
  priority 66
  example "45 triệu đồng/người/năm"  value=45000000 unit=VND/người/năm dimension=rate
  example "12.000 đồng/kg"           value=12000 unit=VND/kg dimension=rate
  example "trên 60 triệu đồng/người/năm" value=60000000 qualifier=more_than dimension=rate
  example "5.740 đồng/cổ phiếu"      value=5740 unit="VND/cổ phiếu"
  example "39.600 đồng/CP"           value=39600 unit=VND/cp
  example "862 đồng/lít"             value=862 unit=VND/l
  example "7%/năm"                   value=7 unit=%/năm
  reject "70%/tổng dư nợ"

pattern measure.rate_range
  regex {L}(?:(?P<w>từ|khoảng|xấp xỉ)\s+)?{NUM:num}(?:\s*{UNIT})?{TO}{NUM:num2}\s*{UNIT:unit}{PER:per}{R}
  dimension unit
  exclude num ZERO
  priority 67
  example "từ 5.250–5.350 đồng/kg"   low=5250 high=5350 unit=VND/kg qualifier=range dimension=rate
  example "khoảng 7.850 – 7.950 đồng/kg" low=7850 high=7950 qualifier=range

# Money written with a scale word alone, its unit left out: "50 triệu hỗ trợ",
# "1.265 tỷ tiền bồi thường", "huy động 9,2 triệu." — but "3 triệu người" is a count.
pattern measure.implied_money
  regex {L}(?:{QUALV}\s+)?(?P<num>{DIGITS}\s*(?:triệu|tỷ|tỉ|nghìn tỷ|ngàn tỷ)(?:\s+[0-9]+(?:[.,][0-9]+)?\s*(?:triệu|nghìn|ngàn))?)(?:$|[^\pL\pN\s]|\s+(?:{MONEYCUE}|{NOTNOUN})(?:$|[^\pL\pN]))
  dimension unit
  unit đồng
  priority 50
  example "50 triệu hỗ trợ"    at="50 triệu" value=50000000 unit=VND
  example "1.265 tỷ tiền"      at="1.265 tỷ" value=1265000000000 unit=VND
  example "9,2 triệu."         at="9,2 triệu" value=9200000 unit=VND
  reject "3 triệu người"
