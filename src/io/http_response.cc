#include "io/http_response.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <vector>

#include <zlib.h>

#include "io/expansion_guard.h"

namespace solieu {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Error parse_error(std::string message) { return Error{ErrorCode::kParse, std::move(message), {}, ""}; }

// Removes the chunked transfer coding: hex size lines, data, CRLF, until 0.
Result<std::string> dechunk(std::string_view in, const ArchiveLimits& limits) {
  std::string out;
  for (;;) {
    size_t eol = in.find('\n');
    if (eol == std::string_view::npos) return parse_error("chunked body: a chunk size line is cut short");
    std::string_view line = trim(in.substr(0, eol));
    line = line.substr(0, line.find(';'));  // chunk extensions
    uint64_t size = 0;
    auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), size, 16);
    if (ec != std::errc() || end != line.data() + line.size() || line.empty())
      return parse_error("chunked body: bad chunk size '" + std::string(line.substr(0, 20)) + "'");
    in.remove_prefix(eol + 1);
    if (size == 0) return out;  // trailers, if any, are not needed
    if (size > in.size()) return parse_error("chunked body: a chunk is cut short");
    if (out.size() + size > limits.max_member_bytes)
      return parse_error("chunked body larger than the member size limit");
    out.append(in.substr(0, size));
    in.remove_prefix(size);
    if (in.starts_with("\r\n")) in.remove_prefix(2);
    else if (in.starts_with("\n")) in.remove_prefix(1);
  }
}

// Content-Encoding gzip (or x-gzip) or deflate (zlib, or raw as some servers send).
Result<std::string> inflate_body(std::string_view in, bool gzip, const ArchiveLimits& limits) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    const int window = gzip ? 16 + 15 : (attempt == 0 ? 15 : -15);
    z_stream z{};
    if (inflateInit2(&z, window) != Z_OK) return parse_error("cannot start zlib");
    std::string out;
    std::vector<char> buf(64 * 1024);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    int rc = Z_OK;
    std::optional<std::string> why;
    while (rc == Z_OK) {
      z.next_out = reinterpret_cast<Bytef*>(buf.data());
      z.avail_out = static_cast<uInt>(buf.size());
      rc = inflate(&z, Z_NO_FLUSH);
      out.append(buf.data(), buf.size() - z.avail_out);
      if ((why = expansion_problem(out.size(), in.size(), limits))) break;
      if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // input ended without a stream end
    }
    inflateEnd(&z);
    if (why) return parse_error("HTTP body " + *why);
    if (rc == Z_STREAM_END || (rc == Z_BUF_ERROR && !out.empty())) return out;
    if (gzip || attempt == 1)
      return parse_error(std::string("HTTP body does not inflate (Content-Encoding ") +
                         (gzip ? "gzip" : "deflate") + ")");
  }
  return parse_error("HTTP body does not inflate");
}

}  // namespace

void split_content_type(std::string_view value, std::string& media_type, std::string& charset) {
  size_t semi = value.find(';');
  media_type = lower(trim(value.substr(0, semi)));
  charset.clear();
  while (semi != std::string_view::npos) {
    value.remove_prefix(semi + 1);
    semi = value.find(';');
    std::string_view param = trim(value.substr(0, semi));
    size_t eq = param.find('=');
    if (eq == std::string_view::npos) continue;
    if (lower(trim(param.substr(0, eq))) != "charset") continue;
    std::string_view v = trim(param.substr(eq + 1));
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) v = v.substr(1, v.size() - 2);
    charset = lower(v);
  }
}

bool is_html_media_type(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

Result<HttpResponse> parse_http_response(std::string_view block, const ArchiveLimits& limits) {
  HttpResponse r;
  size_t eol = block.find('\n');
  std::string_view status_line = trim(block.substr(0, eol));
  if (!status_line.starts_with("HTTP/"))
    return parse_error("no HTTP status line (the record starts with '" +
                       std::string(status_line.substr(0, 20)) + "')");
  size_t sp = status_line.find(' ');
  if (sp == std::string_view::npos) return parse_error("HTTP status line without a status code");
  std::string_view code = status_line.substr(sp + 1, 3);
  auto [end, ec] = std::from_chars(code.data(), code.data() + code.size(), r.status);
  if (ec != std::errc() || end != code.data() + code.size())
    return parse_error("HTTP status line with a bad status code");

  bool chunked = false;
  std::string encoding;
  size_t pos = eol == std::string_view::npos ? block.size() : eol + 1;
  for (;;) {
    if (pos >= block.size()) return parse_error("HTTP headers are not ended by a blank line");
    size_t next = block.find('\n', pos);
    if (next == std::string_view::npos) next = block.size();
    std::string_view line = block.substr(pos, next - pos);
    pos = next + 1;
    if (trim(line).empty()) break;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;  // a folded or broken line: nothing we need
    std::string name = lower(trim(line.substr(0, colon)));
    std::string_view value = trim(line.substr(colon + 1));
    if (name == "content-type") split_content_type(value, r.content_type, r.charset);
    else if (name == "transfer-encoding") chunked = lower(value).find("chunked") != std::string::npos;
    else if (name == "content-encoding") encoding = lower(value);
  }
  std::string_view body = pos <= block.size() ? block.substr(pos) : std::string_view();
  std::string owned;
  if (chunked) {
    auto d = dechunk(body, limits);
    if (!d) return d.error();
    owned = std::move(*d);
    body = owned;
  }
  if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
    auto inflated = inflate_body(body, encoding != "deflate", limits);
    if (!inflated) return inflated.error();
    r.body = std::move(*inflated);
  } else if (encoding.empty() || encoding == "identity") {
    r.body = owned.empty() ? std::string(body) : std::move(owned);
  } else {
    return parse_error("HTTP body with Content-Encoding '" + encoding + "', which is not read");
  }
  return r;
}

}  // namespace solieu
