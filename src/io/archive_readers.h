// The concrete archive readers behind open_archive() (archive.h). Internal to
// the reader stage.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "io/archive.h"
#include "io/byte_source.h"

namespace solieu {

// WARC records; `gzip`: the source is a .warc.gz (gzip member per record).
std::unique_ptr<ArchiveReader> make_warc_reader(std::unique_ptr<ByteSource> source, std::string name,
                                                const ArchiveLimits& limits, bool gzip);

// tar (with any compression libarchive reads) and zip, through libarchive.
// Exactly one of `path` and `memory` is used: `memory` when `path` is empty.
std::unique_ptr<ArchiveReader> make_libarchive_reader(std::string path, std::string_view memory,
                                                      std::string name, const ArchiveLimits& limits,
                                                      ArchiveKind kind);

}  // namespace solieu
