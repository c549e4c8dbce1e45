// Builders for test archives, made in memory at test time (no committed
// binaries): gzip members with zlib, tar and zip with libarchive's write
// API, WARC records by hand.
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace solieu::test {

// One gzip member holding `bytes`.
inline std::string gzip(const std::string& bytes, int level = Z_DEFAULT_COMPRESSION) {
  z_stream z{};
  if (deflateInit2(&z, level, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("deflateInit2");
  std::string out(deflateBound(&z, bytes.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) throw std::runtime_error("deflate");
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

inline std::string http_response(const std::string& content_type, const std::string& body, int status = 200,
                                 const std::string& extra_headers = "") {
  std::string h = "HTTP/1.1 " + std::to_string(status) + " X\r\n";
  if (!content_type.empty()) h += "Content-Type: " + content_type + "\r\n";
  return h + extra_headers + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

inline std::string warc_record(const std::string& type, const std::string& uri, const std::string& block,
                               const std::string& date = "2024-03-05T08:00:00Z",
                               const std::string& content_type = "application/http; msgtype=response") {
  std::string h = "WARC/1.1\r\nWARC-Type: " + type + "\r\n";
  if (!uri.empty()) h += "WARC-Target-URI: " + uri + "\r\n";
  h += "WARC-Date: " + date + "\r\nWARC-Record-ID: <urn:uuid:x>\r\n";
  if (!content_type.empty()) h += "Content-Type: " + content_type + "\r\n";
  return h + "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

// An archive in `format` ("tar.gz", "tar", "zip") holding `files` in order.
inline std::string make_archive(const std::string& format,
                                const std::vector<std::pair<std::string, std::string>>& files) {
  archive* a = archive_write_new();
  if (format == "zip") {
    archive_write_set_format_zip(a);
  } else {
    archive_write_set_format_pax_restricted(a);
    if (format == "tar.gz") archive_write_add_filter_gzip(a);
  }
  std::string out;
  auto writer = [](archive*, void* data, const void* buf, size_t n) -> la_ssize_t {
    static_cast<std::string*>(data)->append(static_cast<const char*>(buf), n);
    return static_cast<la_ssize_t>(n);
  };
  archive_write_set_bytes_in_last_block(a, 1);
  archive_write_open(a, &out, nullptr, writer, nullptr);
  for (const auto& [name, bytes] : files) {
    archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    archive_entry_set_size(e, static_cast<la_int64_t>(bytes.size()));
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_write_header(a, e);
    archive_write_data(a, bytes.data(), bytes.size());
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
  return out;
}

}  // namespace solieu::test
