// open_archive(): picks the reader for an archive by its name.

#include "io/archive.h"

#include <algorithm>
#include <cctype>

#include "io/archive_readers.h"

namespace solieu {
namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

ArchiveKind archive_kind(std::string_view name) {
  std::string n(name);
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (std::string_view s : {".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz"})
    if (ends_with(n, s)) return ArchiveKind::kTar;
  if (ends_with(n, ".zip")) return ArchiveKind::kZip;
  if (ends_with(n, ".warc") || ends_with(n, ".warc.gz")) return ArchiveKind::kWarc;
  return ArchiveKind::kNone;
}

namespace {

bool is_gzip_name(const std::string& name) {
  std::string n = name;
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ends_with(n, ".gz");
}

}  // namespace

std::unique_ptr<ArchiveReader> open_archive(const std::string& path, const ArchiveLimits& limits, ArchiveKind kind) {
  if (kind == ArchiveKind::kNone) kind = archive_kind(path);
  if (kind == ArchiveKind::kWarc) return make_warc_reader(ByteSource::file(path), path, limits, is_gzip_name(path));
  return make_libarchive_reader(path, {}, path, limits, kind);
}

std::unique_ptr<ArchiveReader> open_archive_memory(std::string_view bytes, const std::string& name,
                                                   const ArchiveLimits& limits, ArchiveKind kind) {
  if (kind == ArchiveKind::kNone) kind = archive_kind(name);
  if (kind == ArchiveKind::kWarc) {
    // By content, so that a fuzzer's bytes need no name: gzip magic or not.
    const bool gzip = bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b';
    return make_warc_reader(ByteSource::memory(bytes), name, limits, gzip);
  }
  return make_libarchive_reader("", bytes, name, limits, kind);
}

}  // namespace solieu
