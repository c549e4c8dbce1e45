# Qualifiers: the words around a number that bound it.
# A row is `words = qualifier`; the keys become macro {QUAL}. Patterns use
# {QUAL:qual} before a number and {QUAL2:qual2} after it.

table QUAL
  gần, gần như, gan, xấp xỉ dưới                        = nearly
  trên, hơn, cao hơn, nhiều hơn, lớn hơn, hon, tren      = more_than
  khoảng, chừng, xấp xỉ, ước, ước tính, ước khoảng, tầm, độ, trên dưới, quanh, khoang, khoảng chừng = approximately
  ít nhất, tối thiểu, không dưới, không ít hơn, ít nhất là = at_least
  dưới, chưa đến, chưa tới, chưa được, chưa đầy, không đầy, không tới, không đến, ít hơn, kém hơn, thấp hơn, duoi = less_than
  tối đa, không quá, nhiều nhất, không vượt quá, không cao hơn, không hơn = at_most

# After the number: "từ 7000 đồng trở xuống", "50 tuổi trở lên".
table QUAL2
  trở lên, trở lên trên = at_least
  trở xuống, trở lại    = at_most

# Every qualifier is exercised by the examples of the count and measure patterns.
