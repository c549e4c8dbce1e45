# Status: whether a figure reports something done or a goal. A row is
#   cue words = status strength [where]
# The reader looks at the cues between the start of the figure's sentence and
# the figure. The last strong cue wins; a weak cue counts only when there is
# no strong one. `where` limits a cue: `initial` counts only at the start of
# the sentence ("Để ..."), `after` only just after the figure ("57 xã đạt chuẩn").
# ("phấn đấu hoàn thành 34 tiêu chí" is a target: "phấn đấu" is strong,
# "hoàn thành" weak.) Examples are in indicators.pat and the corpus tests.

table STATUS
  đã, đạt được, vừa qua, đã có, qua, tính đến nay, đến nay, lũy kế, hiện nay, tính đến, tính đến hết, tính đến cuối, trong năm qua, năm qua = achieved strong
  được, hoàn thành, đạt, xây, xây dựng, xây mới, thực hiện, tổ chức, hỗ trợ, trao, cấp, giải ngân, hiến, trồng, mở, làm mới, nâng cấp, sửa chữa, thu hút, huy động, vận động, tiếp nhận, ước, ước tính, ước đạt, ước tăng, tăng, giảm = achieved weak
  phấn đấu, phấn đầu, mục tiêu, chỉ tiêu, kế hoạch, dự kiến, sẽ, định hướng, đề ra, đặt ra, dự toán, dự kiến sẽ, đề án, phương án, đề xuất = target strong
  để, nhằm, phấn đấu đến = target strong initial
  hiện, toàn tỉnh có, toàn huyện có, toàn xã có, cả nước có = achieved strong initial
  đạt chuẩn, đạt tiêu chí, đã đạt, được công nhận = achieved weak after

# A finer reading of the status, in `status_detail`: a goal that is a plan
# ("kế hoạch", "dự kiến"), a result counted so far ("lũy kế", "đến nay"), or
# work still going on ("đang"). The last cue before the figure in its
# sentence wins; it is kept only where it agrees with the status (plan with
# target; cumulative and ongoing with achieved).
table STATUS_DETAIL
  kế hoạch, dự kiến, dự toán, đề án, phương án, theo kế hoạch, kế hoạch năm = plan
  lũy kế, đến nay, tính đến nay, từ đầu năm đến nay, tới nay, cho đến nay, tính đến, tổng cộng, tổng số = cumulative
  đang, đang được, đang triển khai, đang thi công, đang thực hiện, tiếp tục = ongoing
