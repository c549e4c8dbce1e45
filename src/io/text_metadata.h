// The layout of a portal page saved as text, and publication dates
// normalized to ISO 8601.
//
// Portal pages start with a few short lines: a category, the title, then a
// date line such as "06/06/2024 10:12 31 lượt xem". They end with an author
// line ("Hoàng Long: Huyện Bắc Mê") and boilerplate ("Tin khác", "Thống kê
// truy cập", share and print links), and often repeat the headline as an
// image caption. read_page_layout() finds all of that, and the byte ranges
// that are page furniture rather than report, so that no figure is taken
// from them. It never changes the text.
//
// Pure functions; safe from any thread.
//
//   PageLayout p = read_page_layout(bytes, {"tin khác", "thống kê truy cập"});
//   p.title, p.published, p.author, p.page_views, p.skipped
//   iso_date("06/06/2024 10:12") == "2024-06-06T10:12:00+07:00"
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace solieu {

struct PageLayout {
  std::string category;                  // the short line above the title, if any
  std::string title;
  std::optional<std::string> published;  // ISO 8601
  std::optional<long> page_views;        // "31 lượt xem" on the date line
  std::string author;                    // "Hoàng Long" from "Hoàng Long: Huyện Bắc Mê"
  // Half-open byte ranges of `text` that are page furniture: the category and
  // date lines, headline captions repeating the title, the author line, and
  // everything from the first boilerplate line on.
  std::vector<std::pair<size_t, size_t>> skipped;
};

// `header` says whether to look for the category/title/date lines at the top
// (plain-text pages); the tail and captions are looked for in any text.
// `tail_markers` are lower-case starts of boilerplate lines ("tin khác").
PageLayout read_page_layout(std::string_view text, const std::vector<std::string>& tail_markers, bool header = true);

// "2024-06-06", "2024-06-06T10:12:00+07:00", "2024-06-06 10:12:00",
// "06/06/2024", "06/06/2024 10:12", "6-6-2024" -> ISO 8601 (Vietnam time,
// +07:00, when a clock time is given without a zone); nullopt otherwise.
std::optional<std::string> iso_date(std::string_view text);

}  // namespace solieu
