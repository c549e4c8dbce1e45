// One document (a file's or an archive member's bytes) to an article: what
// kind of document it is, and reading it as that kind.
//
// Kinds: HTML (by name .html/.htm/.xhtml, by a WARC record's Content-Type,
// or by content: looks_like_html) goes to the HTML reader; JSON Lines (by
// name .jsonl/.ndjson) is split into lines by the caller; anything else is
// plain text, whose bytes are kept as given when they are UTF-8 (or UTF-16
// with a byte order mark, which the normalizer reads) and otherwise
// converted to UTF-8 by the encoding stage, with the charset and repairs
// recorded on the article.
//
// Internal to the reader stage; pure functions, thread-safe.
//
//   DocumentKind k = document_kind("a/b.htm", bytes, InputFormat::kAuto, false);
//   Result<Article> a = read_document(std::move(bytes), k, info);
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "io/article.h"
#include "io/input.h"

namespace solieu {

enum class DocumentKind { kText, kHtml, kJsonLines };

// `declared_html`: a WARC record said text/html. A forced format wins over
// names and content.
DocumentKind document_kind(std::string_view name, std::string_view bytes, InputFormat format,
                           bool declared_html);

struct DocumentInfo {
  std::string id;
  std::string source;
  // For HTML from a WARC record; empty otherwise.
  std::string http_charset;
  std::string url;
  std::optional<std::string> fallback_date;
};

// A text or HTML document to an article (for kJsonLines, use
// parse_jsonl_article per line). Errors name `info.source`.
Result<Article> read_document(std::string bytes, DocumentKind kind, DocumentInfo info);

// Plain text: make_text_article's checks, then the encoding as above.
Result<Article> read_text_document(std::string bytes, std::string id, std::string source);

}  // namespace solieu
