// libFuzzer target: bytes → the archive readers (io/archive.h) from memory.
// The first byte picks the reader (WARC, tar, zip, or by content), the rest
// is the archive. At most kMaxItems items are read, so that an input that
// makes many members still finishes quickly. Small limits make bombs cheap
// to find. See docs/inputs.md for how to run it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/archive.h"

namespace {
constexpr int kMaxItems = 64;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const solieu::ArchiveKind kinds[] = {solieu::ArchiveKind::kWarc, solieu::ArchiveKind::kTar,
                                       solieu::ArchiveKind::kZip, solieu::ArchiveKind::kNone};
  const solieu::ArchiveKind kind = kinds[data[0] % 4];
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  solieu::ArchiveLimits limits;
  limits.max_member_bytes = 1 << 20;
  limits.min_ratio_bytes = 64 << 10;
  // kNone reads tar or zip by content (the name says neither).
  auto reader = solieu::open_archive_memory(bytes, "fuzz", limits, kind);
  solieu::ArchiveItem item;
  for (int i = 0; i < kMaxItems && reader->next(item); ++i) item = solieu::ArchiveItem{};
  return 0;
}
