# Units of measure and money. A row is
#   spellings = dimension unit factor normalized_unit normalized_factor [plain]
# `unit` is the canonical unit the record gives; `factor` multiplies the value
# as written (scale words folded into a unit, "nghìn đồng"); the normalized
# value is value * normalized_factor in normalized_unit (m, m2, m3, kg, VND, %).
# Flags after the fields: `plain` marks a spelling typed without diacritics;
# `lower` means the unit counts only in lower case ("3M" is three million, "3m" three metres).
# A row whose dimension is `none` is a word that only starts like a unit: the match is dropped. Keys become macro {UNIT}.
# Conversions are facts: 1 km = 1000 m, 1 ha = 10 000 m2, 1 tạ = 100 kg, 1 yến = 10 kg.

table UNIT
  m                                       = length m 1 m 1 lower
  mét                                     = length m 1 m 1
  met                                     = length m 1 m 1 plain
  km, ki-lô-mét, kilômét, ki lô mét, cây số, kilomet = length km 1 m 1000
  cm, xen-ti-mét, xăng-ti-mét              = length cm 1 m 0.01
  mm, mi-li-mét                           = length mm 1 m 0.001
  m2, m², mét vuông, m 2                  = area m2 1 m2 1
  met vuong                               = area m2 1 m2 1 plain
  ha, héc-ta, hécta, hecta, héc ta, hec-ta = area ha 1 m2 10000
  km2, km², ki-lô-mét vuông               = area km2 1 m2 1000000
  sào                                     = area sào 1 m2 360
  m3, m³, mét khối, khối                  = volume m3 1 m3 1
  lít, lit                                = volume l 1 m3 0.001
  kg, ki-lô-gam, kilôgam, kilogam, ký, cân = mass kg 1 kg 1
  tấn                                     = mass tấn 1 kg 1000
  tan                                     = mass tấn 1 kg 1000 plain
  tạ                                      = mass tạ 1 kg 100
  yến                                     = mass yến 1 kg 10
  gam, gram                               = mass g 1 kg 0.001
  %, phần trăm                            = percent % 1 % 1
  phan tram                               = percent % 1 % 1 plain
  đồng, đ, vnđ, vnd, việt nam đồng        = money VND 1 VND 1
  # Words that begin with a unit's spelling but are not that unit ("2 đồng chí" are two comrades).
  đồng chí, đồng bào, đồng ý, đồng thời, đồng loạt, đồng hành, đồng hồ, đồng đội, đồng nghiệp, đồng tình, đồng bằng, đồng ruộng, đồng lúa, đồng phục, đồng minh, đồng chủ trì, đồng khởi, đồng tâm, đồng lòng, đồng thuận, đồng nai, đồng tháp, đồng xu = none - 0 - 0
  dong                                    = money VND 1 VND 1 plain
  nghìn đồng, ngàn đồng                   = money VND 1000 VND 1
  usd, đô la, đô-la, đô la mỹ, đôla, $     = money USD 1 USD 1
  eur, euro, €                            = money EUR 1 EUR 1
  £, gbp, bảng anh                        = money GBP 1 GBP 1
  inr, rupees, rupee, rs                  = money INR 1 INR 1
  kw, kilôoát                             = power kW 1 W 1000
  mw, mê-ga-oát                           = power MW 1 W 1000000
  kwh, kw/h                               = energy kWh 1 Wh 1000
  km/h, km/giờ                            = rate km/h 1 km/h 1

# Currency signs and codes written before the amount: "$1,42", "EUR 20", "Rs. 20", "VND1000".
table CURRENCY_BEFORE
  $                    = money USD 1 USD 1
  usd                  = money USD 1 USD 1
  eur, €               = money EUR 1 EUR 1
  £, gbp               = money GBP 1 GBP 1
  rs., rs, inr         = money INR 1 INR 1
  vnd, vnđ             = money VND 1 VND 1

# Dollars and rupees written as words, for amounts with small change.
table DOLLAR
  đô la, đô, usd, đô-la = money USD 1 USD 1
  rupees, rupee, inr    = money INR 1 INR 1

# Small change after the main amount: "2 đô la và 23 xen", "2 đô 23 xu".
table CENTS
  xen, xu, cent, cents = cent

# What a rate is "per": the part after "/" ("đồng/kg", "đồng/người/năm").
# Units of UNIT are recognised there too, and written canonically (lít -> l).
table PERNOUN
  người, hộ, khẩu, nhân khẩu, năm, tháng, ngày, ngày đêm, tuần, quý, giờ, lượt, lần, con, cây, sào, công, vụ = per
  cổ phiếu, cp, trái, quả, bao, chai, gói, hộp, suất, tấn, tạ, kg, lít, ha, m2, m3, km, chiếc, xe, chuyến, thùng = per
  học sinh, lao động, tháng lương, ngày công, người/tháng, người/năm = per
