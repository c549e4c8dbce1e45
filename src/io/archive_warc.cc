// WARC (1.0 and 1.1) records, from a .warc or a .warc.gz.
//
// The record stream is parsed here: a header block ending in a blank line,
// Content-Length bytes of block, then CRLF CRLF. For .warc.gz the bytes come
// from GzipMembers, which reports damage and resynchronises at the next gzip
// member; the record that damage cut is reported with its number and target
// URI, and reading goes on with the next record. Bodies of records that are
// not kept (request, metadata, warcinfo, ...) are read past without being
// held in memory.

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/archive.h"
#include "io/archive_readers.h"
#include "io/byte_source.h"
#include "io/gzip_members.h"
#include "io/http_response.h"

namespace solieu {
namespace {

constexpr size_t kMaxHeaderBytes = 64 * 1024;
constexpr size_t kPlainChunk = 256 * 1024;
constexpr size_t kMemberEndLookahead = 64 * 1024;
constexpr std::string_view kWarcMagic = "WARC/1.";

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

// The fields of one WARC header that we use.
struct WarcHeader {
  std::string type;          // WARC-Type, lower-case
  std::string target_uri;    // WARC-Target-URI
  std::string date;          // WARC-Date
  std::string content_type;  // the record's Content-Type (application/http; msgtype=response)
  std::optional<uint64_t> length;
};

std::optional<WarcHeader> parse_header(std::string_view block, std::string& problem) {
  size_t eol = block.find('\n');
  std::string_view version = trim(block.substr(0, eol));
  if (!version.starts_with(kWarcMagic)) {
    problem = "not a WARC record (it starts with '" + std::string(version.substr(0, 20)) + "')";
    return std::nullopt;
  }
  WarcHeader h;
  while (eol != std::string_view::npos) {
    block.remove_prefix(eol + 1);
    eol = block.find('\n');
    std::string_view line = block.substr(0, eol);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = lower(trim(line.substr(0, colon)));
    std::string_view value = trim(line.substr(colon + 1));
    if (name == "warc-type") h.type = lower(value);
    else if (name == "warc-target-uri") {
      // WARC/1.0 examples put the URI in angle brackets.
      if (value.size() >= 2 && value.front() == '<' && value.back() == '>') value = value.substr(1, value.size() - 2);
      h.target_uri = std::string(value);
    } else if (name == "warc-date") h.date = std::string(value);
    else if (name == "content-type") h.content_type = lower(value);
    else if (name == "content-length") {
      uint64_t n = 0;
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (ec == std::errc() && end == value.data() + value.size() && !value.empty()) h.length = n;
    }
  }
  if (!h.length) {
    problem = "WARC record without a valid Content-Length";
    return std::nullopt;
  }
  return h;
}

class WarcReader final : public ArchiveReader {
 public:
  WarcReader(std::unique_ptr<ByteSource> source, std::string name, const ArchiveLimits& limits, bool gzip)
      : source_(std::move(source)), name_(std::move(name)), limits_(limits) {
    if (gzip) gz_.emplace(*source_, limits_);
    plain_.resize(kPlainChunk);
  }

  bool next(ArchiveItem& item) override {
    if (done_) return false;
    if (!source_->error().empty() && !opened_) {
      done_ = true;
      return fail(item, Error{ErrorCode::kIo, source_->error(), Location{name_, 0, 0}, ""});
    }
    opened_ = true;
    for (;;) {
      if (damage_) return fail(item, damage_error(""));
      // Between records: CR and LF left over from the last one.
      for (;;) {
        while (pos_ < buf_.size() && (buf_[pos_] == '\r' || buf_[pos_] == '\n')) ++pos_;
        if (pos_ < buf_.size() || !pull()) break;
      }
      if (damage_) continue;
      if (pos_ == buf_.size() && eof_) {
        done_ = true;
        return false;
      }
      if (resync_ && !find_magic()) continue;

      // The header block.
      size_t end;
      while ((end = std::string_view(buf_).find("\r\n\r\n", pos_)) == std::string::npos) {
        if (buf_.size() - pos_ > kMaxHeaderBytes) {
          resync_ = true;
          return fail(item, record_error(record_ + 1, "", "a WARC header longer than 64 KiB"));
        }
        if (!pull()) break;
      }
      if (damage_) continue;
      if (end == std::string::npos) {
        done_ = true;
        return fail(item, record_error(record_ + 1, "", "truncated: the archive ends inside a WARC header"));
      }
      std::string problem;
      auto header = parse_header(std::string_view(buf_).substr(pos_, end - pos_), problem);
      ++record_;
      if (!header) {
        // Step past this "WARC/" so that the resync finds the next record.
        ++pos_;
        resync_ = true;
        return fail(item, record_error(record_, "", problem));
      }
      pos_ = end + 4;
      uri_ = header->target_uri;
      const uint64_t length = *header->length;

      if (header->type != "response") {
        ++counts_.skipped[header->type.empty() ? std::string("untyped") : header->type];
        if (!skip(length)) return fail(item, cut_error(length));
        continue;
      }
      // Room for the HTTP headers on top of the body limit.
      if (length > limits_.max_member_bytes + kMaxHeaderBytes) {
        if (!skip(length)) return fail(item, cut_error(length));
        return fail(item, record_error(record_, uri_, "record of " + std::to_string(length) +
                                                 " bytes, past the member size limit of " +
                                                 std::to_string(limits_.max_member_bytes >> 20) +
                                                 " MiB; skipped"));
      }
      while (buf_.size() - pos_ < length && pull()) {
      }
      if (damage_) return fail(item, damage_error(uri_));
      if (buf_.size() - pos_ < length) {
        done_ = true;
        return fail(item, cut_error(length));
      }
      // In a .warc.gz, the record's own gzip member should end (and its
      // checksum be checked) before the record is trusted: read on a little
      // for that end. A whole-file gzip stream has no end near, hence the bound.
      while (gz_ && member_open_ && buf_.size() - pos_ < length + kMemberEndLookahead && pull()) {
      }
      if (damage_) return fail(item, damage_error(uri_));
      std::string_view block = std::string_view(buf_).substr(pos_, length);
      pos_ += length;
      if (!header->content_type.empty() && header->content_type.find("application/http") == std::string::npos) {
        ++counts_.skipped["non-HTTP response"];
        continue;
      }
      auto http = parse_http_response(block, limits_);
      if (!http) return fail(item, record_error(record_, uri_, http.error().message));
      if (http->status < 200 || http->status > 299) {
        ++counts_.skipped["HTTP status not 2xx"];
        continue;
      }
      const bool html = is_html_media_type(http->content_type);
      if (!html && !http->content_type.empty()) {
        ++counts_.skipped["non-HTML response"];
        continue;
      }
      ArchiveMember m;
      m.name = uri_.empty() ? "record " + std::to_string(record_) : uri_;
      m.url = uri_;
      m.bytes = std::move(http->body);
      m.http_charset = std::move(http->charset);
      if (!header->date.empty()) m.date = header->date;
      m.is_html = html;
      ++counts_.members;
      item.member = std::move(m);
      return true;
    }
  }

 private:
  // More decoded bytes onto buf_; false at the end or on damage (damage_ set).
  bool pull() {
    if (eof_ || damage_) return false;
    // Drop what is consumed once it is most of the buffer.
    if (pos_ > 0 && pos_ >= buf_.size() / 2) {
      buf_.erase(0, pos_);
      pos_ = 0;
    }
    if (!gz_) {
      size_t n = source_->read(plain_.data(), plain_.size());
      if (n == 0) {
        eof_ = true;
        if (!source_->error().empty()) damage_ = source_->error();
        return false;
      }
      buf_.append(plain_.data(), n);
      return true;
    }
    for (;;) {
      GzipMembers::Chunk c = gz_->next();
      switch (c.event) {
        case GzipMembers::kData:
          buf_.append(c.data);
          member_open_ = true;
          return true;
        case GzipMembers::kMemberEnd:
          member_open_ = false;
          return true;  // no bytes, but news: callers loop on their own condition
        case GzipMembers::kBad:
          member_open_ = false;
          damage_ = std::move(c.message);
          return false;
        case GzipMembers::kEnd:
          eof_ = true;
          return false;
      }
    }
  }

  // Reads past `n` bytes of a record body without keeping them.
  bool skip(uint64_t n) {
    for (;;) {
      const uint64_t have = buf_.size() - pos_;
      if (have >= n) {
        pos_ += n;
        return true;
      }
      n -= have;
      pos_ = buf_.size();
      if (!pull()) return false;
    }
  }

  // Finds the next "WARC/1." after damage; false when more bytes are needed
  // (or the archive ended).
  bool find_magic() {
    size_t at = std::string_view(buf_).find(kWarcMagic, pos_);
    if (at != std::string::npos) {
      pos_ = at;
      resync_ = false;
      return true;
    }
    if (buf_.size() - pos_ > kWarcMagic.size()) pos_ = buf_.size() - kWarcMagic.size();
    if (!pull() && !damage_) {
      pos_ = buf_.size();
      eof_ = true;
    }
    return false;
  }

  std::string where(const std::string& uri) const { return uri.empty() ? name_ : name_ + "#" + uri; }

  Error record_error(uint64_t number, const std::string& uri, const std::string& message) const {
    return Error{ErrorCode::kParse, "WARC record " + std::to_string(number) + ": " + message,
                 Location{where(uri), 0, 0}, ""};
  }

  // A record body that the end of the archive or damage cut short.
  Error cut_error(uint64_t length) {
    if (damage_) return damage_error(uri_);
    return Error{ErrorCode::kParse,
                 "truncated: WARC record " + std::to_string(record_) + " should have " + std::to_string(length) +
                     " bytes, and the archive ends first",
                 Location{where(uri_), 0, 0}, ""};
  }

  // Damage from the gzip layer. The record it cut (if one was being read)
  // is named; what was buffered is dropped, and reading resumes at the next
  // WARC record found after the next good gzip member.
  Error damage_error(const std::string& uri) {
    std::string message = *damage_;
    damage_.reset();
    buf_.clear();
    pos_ = 0;
    resync_ = true;
    if (gz_) {
      eof_ = false;
    }
    if (!uri.empty())
      message = "WARC record " + std::to_string(record_) + " is lost: " + message;
    else
      message += " (after WARC record " + std::to_string(record_) + (uri_.empty() ? "" : ", " + uri_) + ")";
    return Error{ErrorCode::kParse, std::move(message), Location{where(uri), 0, 0}, ""};
  }

  bool fail(ArchiveItem& item, Error e) {
    ++counts_.failed;
    item.error = std::move(e);
    return true;
  }

  std::unique_ptr<ByteSource> source_;
  std::string name_;
  ArchiveLimits limits_;
  std::optional<GzipMembers> gz_;
  std::vector<char> plain_;
  std::string buf_;  // decoded bytes not yet consumed start at pos_
  size_t pos_ = 0;
  bool eof_ = false, done_ = false, opened_ = false, resync_ = false;
  bool member_open_ = false;  // gzip: the member of the last bytes has not ended yet
  std::optional<std::string> damage_;
  uint64_t record_ = 0;  // records whose header was read
  std::string uri_;      // the target URI of the last header read
};

}  // namespace

std::unique_ptr<ArchiveReader> make_warc_reader(std::unique_ptr<ByteSource> source, std::string name,
                                                const ArchiveLimits& limits, bool gzip) {
  return std::make_unique<WarcReader>(std::move(source), std::move(name), limits, gzip);
}

}  // namespace solieu
