# Status: whether a figure reports something done or a goal. A row is
#   cue words = status strength [initial]
# The reader looks at the cues between the start of the figure's sentence and
# the figure. The last strong cue wins; a weak cue counts only when there is
# no strong one; an `initial` cue counts only at the start of the sentence.
# ("phấn đấu hoàn thành 34 tiêu chí" is a target: "phấn đấu" is strong,
# "hoàn thành" weak.) Examples are in indicators.pat and the corpus tests.

table STATUS
  đã, được, đạt được, vừa qua, đã có, qua, kết quả, tính đến nay, đến nay, lũy kế = achieved strong
  hoàn thành, đạt, xây, xây dựng, thực hiện, tổ chức, hỗ trợ, trao, cấp, giải ngân, hiến, trồng, mở, làm mới, nâng cấp, sửa chữa, thu hút, huy động, vận động, tiếp nhận = achieved weak
  phấn đấu, phấn đầu, mục tiêu, chỉ tiêu, kế hoạch, dự kiến, sẽ, định hướng, đề ra, dự án sẽ, cần, phải, đặt ra, đăng ký, dự toán, ước tính sẽ = target strong
  để, nhằm, phấn đấu đến = target strong initial
