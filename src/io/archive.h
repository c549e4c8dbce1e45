// Archives: .tar (also .tar.gz, .tgz, .tar.bz2, .tar.xz), .zip, .warc and
// .warc.gz, read one member at a time.
//
// What it does: opens an archive from a path or from bytes in memory and
// hands out its members in archive order, each as a name and its expanded
// bytes. tar and zip go through libarchive; WARC is parsed here (WARC/1.0
// and 1.1), and a .warc.gz is inflated with zlib gzip member by gzip member,
// so that a corrupt member is reported and the records after it are still
// read. Of a WARC only `response` records with an HTML Content-Type become
// members; every other record is skipped and counted by reason.
//
// What it does not do: decide what a member holds (HTML, JSON Lines, text):
// the reader stage (input_stream.cc, document.h) does that.
//
// Limits (ArchiveLimits, docs/inputs.md): a member larger than
// `max_member_bytes` expanded, or above `min_ratio_bytes` and more than
// `max_ratio` times larger than the compressed bytes it came from, is skipped
// with an error naming the archive and the member. Only one member is held
// in memory at a time.
//
// Errors are items, never exceptions. Not thread-safe: one consumer per
// reader.
//
//   auto r = open_archive("site.warc.gz", {});
//   ArchiveItem item;
//   while (r->next(item)) if (item.member) use(*item.member); else report(*item.error);
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace solieu {

struct ArchiveLimits {
  uint64_t max_member_bytes = 64ull << 20;  // 64 MiB expanded
  uint64_t max_ratio = 100;                 // expanded : compressed
  uint64_t min_ratio_bytes = 1ull << 20;    // the ratio is checked above 1 MiB expanded
};

enum class ArchiveKind { kNone, kTar, kZip, kWarc };

// By the name's ending (case-insensitive): .tar .tar.gz .tgz .tar.bz2 .tbz2
// .tar.xz .txz → kTar; .zip → kZip; .warc .warc.gz → kWarc; else kNone.
ArchiveKind archive_kind(std::string_view name);

struct ArchiveMember {
  std::string name;   // the path inside the archive; for WARC the target URI
  std::string bytes;  // expanded; for WARC the HTTP body
  // From a WARC record; empty otherwise.
  std::string url;                    // WARC-Target-URI
  std::string http_charset;           // charset= of the HTTP Content-Type
  std::optional<std::string> date;    // WARC-Date
  bool is_html = false;               // the HTTP Content-Type said HTML
};

struct ArchiveItem {
  std::optional<ArchiveMember> member;
  std::optional<Error> error;  // where.file is "archive#member" when the member is known
};

struct ArchiveCounts {
  size_t members = 0;  // members handed out
  size_t failed = 0;   // error items (corrupt, truncated, too large, bombs)
  // WARC records left out on purpose, by reason ("request", "metadata",
  // "warcinfo", "non-HTML response", ...).
  std::map<std::string, size_t> skipped;
};

class ArchiveReader {
 public:
  virtual ~ArchiveReader() = default;
  // Fills `item` with the next member or error; false at the end. After an
  // error the reader goes on where the format allows (a WARC or zip: the next
  // record or member; a tar stream: nothing after a corrupt block).
  virtual bool next(ArchiveItem& item) = 0;
  const ArchiveCounts& counts() const { return counts_; }

 protected:
  ArchiveCounts counts_;
};

// `kind` kNone: by the name's ending. An archive that cannot be opened still
// gives a reader, whose first item is the error.
std::unique_ptr<ArchiveReader> open_archive(const std::string& path, const ArchiveLimits& limits,
                                            ArchiveKind kind = ArchiveKind::kNone);
// The same over bytes in memory (`bytes` must outlive the reader); `name`
// stands for the path in sources and errors.
std::unique_ptr<ArchiveReader> open_archive_memory(std::string_view bytes, const std::string& name,
                                                   const ArchiveLimits& limits,
                                                   ArchiveKind kind = ArchiveKind::kNone);

}  // namespace solieu
