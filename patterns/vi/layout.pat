# The layout of portal pages saved as text. A line that starts with one of
# these words, after the report has begun, opens the page's boilerplate tail:
# it and everything after it are never scanned for figures.

table PAGE_TAIL
  tin khác, các tin khác, tin liên quan, bài viết liên quan, tin cùng chuyên mục, tin cùng loại, tin mới nhất, tin đọc nhiều, xem thêm = tail
  thống kê truy cập, lượt truy cập, đang truy cập, đang online, tổng lượt truy cập = tail
  chia sẻ, chia sẻ bài viết, in bài, in trang, gửi email, gửi bài viết, lưu bài, bản in = tail
  bình luận, ý kiến bạn đọc, gửi ý kiến, viết bình luận, từ khóa, tags = tail
  về đầu trang, trở lại, quay lại, liên kết website, bản quyền thuộc = tail
