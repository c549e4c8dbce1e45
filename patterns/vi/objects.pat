# What a figure counts ("object"): the words right after it in its clause,
# after a counted noun's own words ("2.800 mét đường giao thông nông thôn"
# -> "đường giao thông nông thôn"; "37 nhà tắm" -> "nhà tắm"). The phrase
# stops at punctuation, a number, or a word of this table; a `lead` word
# stops it only as the first word ("đất để mở đường" keeps its "để").

table OBJECT_STOP
  và, với, cùng, hoặc, hay, nhưng, còn, trên, dưới, gần, hơn, khoảng, chừng, từ, đến, tới, trong, tại, ở, qua, là, thì, mà = stop
  được, đã, đang, sẽ, bị, đạt, tăng, giảm, chiếm, bằng, so, theo, vào, ra, lên, xuống, nay, này, đó, kia, các, những, mỗi = stop
  gồm, trong đó, tức, tương đương, tổng, tổng cộng, riêng, ngoài ra, nâng, đưa = stop
  để, cho, nhằm, của = stop lead
