# Bare numbers and ordinals.
#
# A bare numeral counts nothing, so it is not a figure; with --latent it
# comes out as dimension "number" ("hai mươi mốt", "3.000.000", "100k").
# Ordinals come out typed as "ordinal", never as figures.

# A lone "năm" is far more often "year" than five.
table YEAR_WORD
  năm = year

pattern number.bare
  regex {L}(?P<num>{SNUM}|{DNUM}|{WNUM}){R}
  dimension number
  latent yes
  exclude num YEAR_WORD
  priority 10
  example "hai mươi mốt"        value=21
  example "3.000.000"           value=3000000
  example "1,2M"                value=1200000
  example "-1200K"              value=-1200000
  example "âm 1.200.000"        value=-1200000
  example "- 1.200.000"         value=-1200000
  example "bảy trăm hai mươi mốt nghìn không trăm mười hai" value=721012
  example ",77"                 value=0.77
  example "không"               value=0
  example "hai phẩy 23"         value=2.23
  example "hai phẩy năm"        value=2.5
  example "nửa triệu"           value=500000
  reject "năm"

pattern ordinal.number
  regex {L}(?P<pre>(?:lần\s+)?thứ)\s+(?P<num>{DIGITS}|{WNUM}){R}
  dimension ordinal
  priority 79
  example "thứ 1"               value=1 dimension=ordinal
  example "lần thứ 3"           value=3
  example "thứ hai"             value=2

pattern ordinal.first
  regex {L}(?P<ord>đầu tiên){R}
  dimension ordinal
  value 1
  priority 30
  latent yes
  example "đầu tiên"            value=1 dimension=ordinal
