// read_page_layout() on portal pages saved as text (hand-written pages in the
// style of a district portal), and iso_date().
#define CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER
#define CATCH_CONFIG_ENABLE_PAIR_STRINGMAKER
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "io/text_metadata.h"

using namespace solieu;

namespace {

using Range = std::pair<size_t, size_t>;

const std::vector<std::string> kMarkers = {"tin khác", "thống kê truy cập", "chia sẻ"};

// The lines joined with '\n' (and a final '\n').
std::string page_of(const std::vector<std::string>& lines, const std::string& eol = "\n") {
  std::string out;
  for (const std::string& l : lines) out += l + eol;
  return out;
}

// The byte range of the `nth` (0-based) occurrence of `line` as a whole line of `text`.
Range line_range(const std::string& text, const std::string& line, int nth = 0) {
  size_t from = 0;
  for (;;) {
    size_t at = text.find(line, from);
    REQUIRE(at != std::string::npos);
    const bool starts = at == 0 || text[at - 1] == '\n';
    const size_t end = at + line.size();
    const bool ends = end == text.size() || text[end] == '\n';
    if (starts && ends && nth-- == 0) return {at, end};
    from = at + 1;
  }
}

// From the line `line` to the end of `text`.
Range tail_range(const std::string& text, const std::string& line) { return {line_range(text, line).first, text.size()}; }

const std::string kCategory = "Nông thôn mới";
const std::string kTitle = "Bắc Mê: Nhân dân hiến hơn 15 nghìn m2 đất làm đường";
const std::string kDateLine = "06/06/2024 10:12 31 lượt xem";
const std::string kAuthor = "Hoàng Long: Huyện Bắc Mê";

// A district portal page: category, title, date line, report (with the title
// again as a caption), author line, then the boilerplate tail.
const std::vector<std::string> kPortalLines = {
    kCategory,
    kTitle,
    kDateLine,
    "",
    "Trong 5 tháng đầu năm, nhân dân huyện Bắc Mê đã hiến 14.500 m2 đất và làm được 2.800 mét đường giao "
    "thông nông thôn.",
    kTitle,
    "Năm 2023, toàn huyện đã xây mới 45 nhà văn hóa thôn.",
    "Lũy kế đến nay, huyện Bắc Mê có 9 xã đạt chuẩn nông thôn mới.",
    "",
    kAuthor,
    "Tin khác",
    "Xã Yên Cường tổ chức 12 lớp tập huấn cho 600 hội viên",
    "Thống kê truy cập",
    "Đang truy cập: 25",
    "Tổng lượt truy cập: 123.456",
};

}  // namespace

TEST_CASE("layout: a portal page gives its metadata and its furniture", "[io][layout]") {
  const std::string page = page_of(kPortalLines);
  PageLayout p = read_page_layout(page, kMarkers);

  CHECK(p.category == kCategory);
  CHECK(p.title == kTitle);
  REQUIRE(p.published.has_value());
  CHECK(*p.published == "2024-06-06T10:12:00+07:00");
  REQUIRE(p.page_views.has_value());
  CHECK(*p.page_views == 31);
  CHECK(p.author == "Hoàng Long");

  // Exactly: category, date line, the caption (the second copy of the title,
  // never the first), the author line, and the tail to the very end.
  const std::vector<Range> expected = {
      line_range(page, kCategory),      line_range(page, kDateLine),        line_range(page, kTitle, 1),
      line_range(page, kAuthor),        tail_range(page, "Tin khác"),
  };
  CHECK(p.skipped == expected);

  const Range title = line_range(page, kTitle, 0);
  for (const auto& [b, e] : p.skipped) {
    INFO("skipped [" << b << ", " << e << "): " << page.substr(b, e - b));
    CHECK((e <= title.first || b >= title.second));
  }
  // The report's own lines are never skipped.
  for (const std::string& body : {kPortalLines[4], kPortalLines[6], kPortalLines[7]}) {
    const Range r = line_range(page, body);
    for (const auto& [b, e] : p.skipped) CHECK((e <= r.first || b >= r.second));
  }
}

TEST_CASE("layout: the text is never changed and every range lies inside it", "[io][layout]") {
  const std::string page = page_of(kPortalLines);
  const std::string copy = page;
  PageLayout p = read_page_layout(page, kMarkers);
  CHECK(page == copy);
  size_t last_end = 0;
  for (const auto& [b, e] : p.skipped) {
    CHECK(b < e);
    CHECK(e <= page.size());
    CHECK(b >= last_end);  // sorted, not overlapping
    last_end = e;
  }
}

TEST_CASE("layout: plain paragraphs have no header", "[io][layout]") {
  const std::string first = "Huyện Bắc Mê có thêm 2 xã đạt chuẩn nông thôn mới.";
  const std::string page = page_of({
      first,
      "",
      "Trong năm 2023, toàn huyện đã làm mới 45 tuyến đường với tổng chiều dài 38 km.",
      "Các xã đã vận động nhân dân hiến 14.500 m2 đất để mở rộng đường thôn.",
      "Tin khác",
      "Xã Minh Ngọc ra quân làm 3 km đường",
  });
  PageLayout p = read_page_layout(page, kMarkers);
  CHECK(p.title == first);
  CHECK(p.category.empty());
  CHECK_FALSE(p.published.has_value());
  CHECK_FALSE(p.page_views.has_value());
  CHECK(p.author.empty());
  CHECK(p.skipped == std::vector<Range>{tail_range(page, "Tin khác")});
}

TEST_CASE("layout: header=false reads no header and no author, only the tail", "[io][layout]") {
  const std::string page = page_of(kPortalLines);
  PageLayout p = read_page_layout(page, kMarkers, /*header=*/false);
  CHECK(p.title.empty());
  CHECK(p.category.empty());
  CHECK_FALSE(p.published.has_value());
  CHECK_FALSE(p.page_views.has_value());
  CHECK(p.author.empty());
  CHECK(p.skipped == std::vector<Range>{tail_range(page, "Tin khác")});
}

TEST_CASE("layout: no tail markers, no tail", "[io][layout]") {
  const std::string page = page_of(kPortalLines);
  PageLayout p = read_page_layout(page, {});
  CHECK(p.title == kTitle);
  // The author is the last non-empty line of the page, which is now the
  // "Tổng lượt truy cập" line: no name, so no author.
  CHECK(p.author.empty());
  for (const auto& [b, e] : p.skipped) CHECK(e <= line_range(page, "Tin khác").first);
}

TEST_CASE("layout: a UTF-8 BOM moves every range by 3 and is never the category", "[io][layout]") {
  const std::string bare = page_of(kPortalLines);
  const std::string page = "\xEF\xBB\xBF" + bare;
  PageLayout p = read_page_layout(page, kMarkers);
  CHECK(p.category == kCategory);
  CHECK(p.title == kTitle);
  CHECK(p.published == std::optional<std::string>("2024-06-06T10:12:00+07:00"));
  CHECK(p.author == "Hoàng Long");

  PageLayout q = read_page_layout(bare, kMarkers);
  REQUIRE(p.skipped.size() == q.skipped.size());
  for (size_t i = 0; i < q.skipped.size(); ++i) {
    CHECK(p.skipped[i].first == q.skipped[i].first + 3);
    CHECK(p.skipped[i].second == q.skipped[i].second + 3);
  }
  REQUIRE_FALSE(p.skipped.empty());
  CHECK(p.skipped.front().first == 3);  // the category line, after the BOM
  CHECK(p.skipped.back().second == page.size());
}

TEST_CASE("layout: CRLF line ends are not part of the fields", "[io][layout]") {
  const std::string page = page_of(kPortalLines, "\r\n");
  PageLayout p = read_page_layout(page, kMarkers);
  CHECK(p.category == kCategory);
  CHECK(p.title == kTitle);
  CHECK(p.published == std::optional<std::string>("2024-06-06T10:12:00+07:00"));
  CHECK(p.page_views == std::optional<long>(31));
  CHECK(p.author == "Hoàng Long");
  CHECK(p.skipped.size() == 5);  // category, date, caption, author, tail
  REQUIRE_FALSE(p.skipped.empty());
  CHECK(p.skipped.back() == Range{page.find("Tin khác"), page.size()});
}

TEST_CASE("layout: date lines in the forms portals use", "[io][layout]") {
  struct Case {
    std::string date_line;
    std::optional<std::string> published;
    std::optional<long> views;
  };
  const std::vector<Case> cases = {
      {"06/06/2024 10:12 31 lượt xem", "2024-06-06T10:12:00+07:00", 31},
      {"18/07/2024 15:40 | 215 lượt xem", "2024-07-18T15:40:00+07:00", 215},
      {"18/07/2024 15:40 | 1.234 lượt xem", "2024-07-18T15:40:00+07:00", 1234},
      {"06/06/2024", "2024-06-06", std::nullopt},
      {"6/6/2024 8:05", "2024-06-06T08:05:00+07:00", std::nullopt},
      {"2024-06-06 10:12", "2024-06-06T10:12:00+07:00", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.date_line);
    const std::string page = page_of({kCategory, kTitle, c.date_line, "", "Huyện Bắc Mê đã làm 2.800 mét đường.",
                                      kAuthor, "Tin khác", "Tin 1"});
    PageLayout p = read_page_layout(page, kMarkers);
    CHECK(p.category == kCategory);
    CHECK(p.title == kTitle);
    CHECK(p.published == c.published);
    CHECK(p.page_views == c.views);
    CHECK(p.skipped.size() == 4);  // category, date, author, tail
    CHECK(std::find(p.skipped.begin(), p.skipped.end(), line_range(page, c.date_line)) != p.skipped.end());
  }
}

// iso_date reads "Thứ năm, 06/06/2024 10:12" ("common on portals", says its
// comment), but the layout looks for a date only at the very start of a line,
// so such a page has no date line: no published, no category, the category
// taken as the title, and the date line left in the report.
TEST_CASE("layout: a date line with a weekday", "[io][layout]") {
  struct Case {
    std::string date_line;
    std::optional<long> views;
  };
  for (const Case& c : std::vector<Case>{{"Thứ năm, 06/06/2024 10:12", std::nullopt},
                                          {"Thứ Năm, 06/06/2024 10:12 | 31 lượt xem", 31}}) {
    INFO(c.date_line);
    const std::string page =
        page_of({kCategory, kTitle, c.date_line, "", "Huyện Bắc Mê đã làm 2.800 mét đường.", kAuthor, "Tin khác"});
    PageLayout p = read_page_layout(page, kMarkers);
    CHECK(p.published == std::optional<std::string>("2024-06-06T10:12:00+07:00"));
    CHECK(p.page_views == c.views);
    CHECK(p.title == kTitle);
    CHECK(p.category == kCategory);
    CHECK(std::find(p.skipped.begin(), p.skipped.end(), line_range(page, c.date_line)) != p.skipped.end());
  }
}

// A page whose date line comes first, above the title: there is no line
// above the date to be the title, and the fallback "title = first line"
// takes the date line itself as the title.
TEST_CASE("layout: a date line above the title is not the title", "[io][layout]") {
  const std::string page = page_of({kDateLine, kTitle, "", "Huyện Bắc Mê đã làm 2.800 mét đường.", kAuthor, "Tin khác"});
  PageLayout p = read_page_layout(page, kMarkers);
  CHECK(p.published == std::optional<std::string>("2024-06-06T10:12:00+07:00"));
  CHECK(p.title != kDateLine);
}

// Tail markers are compared with the raw text, lower-cased for ASCII and Đ
// only: "Ý kiến bạn đọc" (marker "ý kiến bạn đọc" in layout.pat) never
// matches, nor does "Từ khoá" (new-style tone, as portals often write it)
// match "từ khóa", nor an NFD "Tin khác".
TEST_CASE("layout: tail markers in other capitals and spellings", "[io][layout]") {
  const std::vector<std::string> markers = {"ý kiến bạn đọc", "từ khóa", "tin khác"};
  for (const std::string line : {"Ý kiến bạn đọc", "Từ khoá: nông thôn mới", "Tin kha\xCC\x81" "c"}) {
    INFO(line);
    const std::string page = page_of({"Huyện Bắc Mê đã làm 2.800 mét đường.", line, "Xã Minh Ngọc có 25 hộ."});
    PageLayout p = read_page_layout(page, markers, false);
    CHECK(p.skipped == std::vector<Range>{tail_range(page, line)});
  }
}

TEST_CASE("layout: title without a category line", "[io][layout]") {
  const std::string page =
      page_of({kTitle, kDateLine, "Huyện Bắc Mê đã làm 2.800 mét đường giao thông.", kAuthor, "Tin khác", "x"});
  PageLayout p = read_page_layout(page, kMarkers);
  CHECK(p.category.empty());
  CHECK(p.title == kTitle);
  CHECK(p.page_views == std::optional<long>(31));
  CHECK(p.skipped == std::vector<Range>{line_range(page, kDateLine), line_range(page, kAuthor),
                                        tail_range(page, "Tin khác")});
}

TEST_CASE("layout: author lines", "[io][layout]") {
  struct Case {
    std::string last_line;
    std::string author;  // "" when the line is not an author line (then it is not skipped)
  };
  const std::vector<Case> cases = {
      {"Hoàng Long: Huyện Bắc Mê", "Hoàng Long"},
      {"Nguyễn Thị Minh Anh", "Nguyễn Thị Minh Anh"},
      {"Theo Báo Hà Giang", "Theo Báo Hà Giang"},
      {"Đặng Quỳnh: Huyện Bắc Mê", "Đặng Quỳnh"},
      {"Huyện đã hoàn thành 9 xã nông thôn mới.", ""},  // a sentence
      {"Long", ""},                                      // one word is not a name
      {"toàn huyện có 9 xã", ""},                        // lower case
  };
  for (const Case& c : cases) {
    INFO(c.last_line);
    const std::string page =
        page_of({kCategory, kTitle, kDateLine, "Huyện Bắc Mê đã làm 2.800 mét đường.", c.last_line, "Tin khác"});
    PageLayout p = read_page_layout(page, kMarkers);
    CHECK(p.author == c.author);
    const bool skipped =
        std::find(p.skipped.begin(), p.skipped.end(), line_range(page, c.last_line)) != p.skipped.end();
    CHECK(skipped == !c.author.empty());
  }
}

TEST_CASE("layout: tail markers start a line, as whole words", "[io][layout]") {
  struct Case {
    std::string line;
    bool tail;
  };
  const std::vector<Case> cases = {
      {"Tin khác", true},
      {"tin khác", true},
      {"Tin khác:", true},
      {"Thống kê truy cập", true},
      {"Chia sẻ", true},
      {"Tin khácbiệt", false},  // not a whole word
      {"Xem Tin khác", false},  // not at the start
  };
  for (const Case& c : cases) {
    INFO(c.line);
    const std::string page = page_of({"Huyện Bắc Mê đã làm 2.800 mét đường.", c.line, "Xã Minh Ngọc làm 3 km đường."});
    PageLayout p = read_page_layout(page, kMarkers, false);
    if (c.tail)
      CHECK(p.skipped == std::vector<Range>{tail_range(page, c.line)});
    else
      CHECK(p.skipped.empty());
  }
}

TEST_CASE("layout: iso_date reads dates and times as ISO 8601", "[io][layout]") {
  struct Case {
    std::string in;
    std::optional<std::string> out;
  };
  const std::vector<Case> cases = {
      {"2024-06-06", "2024-06-06"},
      {"2024-06-06T10:12:00+07:00", "2024-06-06T10:12:00+07:00"},
      {"2024-06-06T03:12:00Z", "2024-06-06T03:12:00Z"},
      {"2024-06-06T10:12:00+09:30", "2024-06-06T10:12:00+09:30"},
      {"2024-06-06 10:12:00", "2024-06-06T10:12:00+07:00"},
      {"06/06/2024", "2024-06-06"},
      {"06/06/2024 10:12", "2024-06-06T10:12:00+07:00"},
      {"6-6-2024", "2024-06-06"},
      {"06.06.2024", "2024-06-06"},
      {"06/06/2024, 10h12", "2024-06-06T10:12:00+07:00"},
      {"  06/06/2024 10:12  ", "2024-06-06T10:12:00+07:00"},
      {"Thứ năm, 06/06/2024 10:12", "2024-06-06T10:12:00+07:00"},
      {"Thứ 5, 06/06/2024", "2024-06-06"},
      {"29/02/2024", "2024-02-29"},  // leap year
      {"29/02/2000", "2000-02-29"},  // divisible by 400
      {"31/12/2024 23:59", "2024-12-31T23:59:00+07:00"},
      {"30/04/2024", "2024-04-30"},
      // Invalid dates.
      {"29/02/2023", std::nullopt},
      {"29/02/1900", std::nullopt},  // divisible by 100, not by 400
      {"31/04/2024", std::nullopt},
      {"31/06/2024", std::nullopt},
      {"00/06/2024", std::nullopt},
      {"32/01/2024", std::nullopt},
      {"15/13/2024", std::nullopt},
      {"15/00/2024", std::nullopt},
      {"2024-02-30", std::nullopt},
      {"2024-13-01", std::nullopt},
      {"06/06/24", std::nullopt},  // two-digit year
      {"06/06-2024", std::nullopt},  // mixed separators
      {"2024/06/06", std::nullopt},
      {"", std::nullopt},
      {"hôm qua", std::nullopt},
      {"31 lượt xem", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO("iso_date(\"" << c.in << "\")");
    CHECK(iso_date(c.in) == c.out);
  }
}

TEST_CASE("layout: iso_date keeps only the date of an impossible clock time", "[io][layout]") {
  CHECK(iso_date("06/06/2024 25:10") == std::optional<std::string>("2024-06-06"));
  CHECK(iso_date("06/06/2024 10:75") == std::optional<std::string>("2024-06-06"));
}
