// The HTTP response inside a WARC `response` record: status line, headers,
// and the body as the server meant it (chunked transfer coding removed,
// gzip or deflate content coding inflated within the archive limits).
//
// Internal to the reader stage; pure functions.
//
//   auto r = parse_http_response(record_block, limits);
//   if (r) use(r->status, r->content_type, r->charset, r->body);
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"
#include "io/archive.h"

namespace solieu {

struct HttpResponse {
  int status = 0;
  std::string content_type;  // media type only, lower-case: "text/html"
  std::string charset;       // from Content-Type's charset parameter, lower-case; may be empty
  std::string body;
};

// Errors (kParse) say what is wrong: no status line, headers not ended, a
// broken chunk, a body that does not inflate or passes the limits.
Result<HttpResponse> parse_http_response(std::string_view block, const ArchiveLimits& limits);

// "text/html; charset=UTF-8" → {"text/html", "utf-8"}.
void split_content_type(std::string_view value, std::string& media_type, std::string& charset);

bool is_html_media_type(std::string_view media_type);

}  // namespace solieu
