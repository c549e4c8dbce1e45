// The HTML reader: one HTML page in, one article out — its main text with
// paragraph boundaries, and its metadata.
//
// What it does: finds the charset (HTTP header given by the caller, then
// <meta charset> / http-equiv, then detection through encoding/decode.h),
// parses with libxml2's HTML parser (never the network, never external
// entities), drops navigation, menus, footers, scripts, styles, related-news
// lists, share buttons and comment boxes, and keeps the article body as
// paragraphs separated by blank lines. Entities, named and numeric, are
// decoded by the parser. Metadata: <title>, og:title, article:published_time,
// <meta name="pubdate">, JSON-LD NewsArticle (headline, datePublished,
// author), <link rel="canonical">, <html lang>.
//
// What it does not do: read files or archives (the reader stage does), or
// normalize the text (the normalizer does). The article's text is the
// extracted main text; every offset in the output refers to it.
//
// A pure function of its input; thread-safe.
//
//   HtmlHints hints{.http_charset = "utf-8"};
//   Result<Article> a = read_html_article(bytes, hints, "id", "site.warc.gz#https://…");
//   if (a) extract(*a); else report(a.error());
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "io/article.h"

namespace solieu {

struct HtmlHints {
  std::string_view http_charset;             // from a Content-Type header; may be empty
  std::string_view url;                      // the page's address (a WARC target URI); may be empty
  std::optional<std::string> fallback_date;  // used when the page names no publication date
};

// True when the first bytes look like an HTML document (doctype, <html>,
// <head>, <body>, after an optional BOM and whitespace and comments).
bool looks_like_html(std::string_view first_bytes);

// Errors: kEncoding, kEmpty (no main text found), kParse.
Result<Article> read_html_article(std::string_view bytes, const HtmlHints& hints, std::string id,
                                  std::string source);

}  // namespace solieu
