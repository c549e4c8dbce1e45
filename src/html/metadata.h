// Page metadata for the HTML reader (internal to src/html/): title,
// publication date, author, canonical address and language, from <title>,
// <meta> (og:title, article:published_time, pubdate), JSON-LD NewsArticle
// and <link rel="canonical">. Iterative over the tree; JSON-LD is parsed
// with nlohmann without exceptions and with a nesting bound.
#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>

namespace solieu::html {

struct PageMetadata {
  std::string title_tag;     // <title>, as written
  std::string og_title;      // <meta property="og:title">
  std::string ld_headline;   // JSON-LD NewsArticle headline
  std::string ld_published;  // JSON-LD datePublished
  std::string ld_author;     // JSON-LD author name(s), ", "-joined
  std::string meta_published;  // article:published_time, then pubdate and the like
  std::string meta_author;   // <meta name="author">
  std::string canonical;     // <link rel="canonical" href>
  std::string lang;          // <html lang>
  std::string first_h1;      // the first <h1>'s text, when nothing else names the page

  // JSON-LD headline > og:title > <title> without its site-name part > the
  // first <h1>.
  std::string title() const;
  std::optional<std::string> published() const;
  std::string author() const { return ld_author.empty() ? meta_author : ld_author; }
};

PageMetadata read_metadata(xmlDoc* doc);

// Reads one JSON-LD block into `meta` (fields not set yet only).
void read_json_ld(std::string_view json_text, PageMetadata& meta);

// "Headline - Site" -> "Headline": the longest part between " - ", " | ",
// " – ", " — " separators.
std::string strip_site_name(std::string_view title);

}  // namespace solieu::html
