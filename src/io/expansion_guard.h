// The decompression-bomb check shared by every archive reader: a member may
// not expand past ArchiveLimits::max_member_bytes, nor, once past
// min_ratio_bytes, to more than max_ratio times the compressed bytes read
// for it. Readers call it as data comes out, so a bomb is stopped early,
// not after it has filled memory.
//
// Internal to the reader stage; a pure function.
//
//   if (auto why = expansion_problem(out, in, limits)) skip_member(*why);
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "io/archive.h"

namespace solieu {

inline std::optional<std::string> expansion_problem(uint64_t expanded, uint64_t compressed,
                                                    const ArchiveLimits& limits) {
  if (expanded > limits.max_member_bytes)
    return "expands past " + std::to_string(limits.max_member_bytes >> 20) +
           " MiB (the member size limit); skipped";
  if (expanded > limits.min_ratio_bytes && expanded / (compressed ? compressed : 1) > limits.max_ratio)
    return "expands more than " + std::to_string(limits.max_ratio) + ":1 (" + std::to_string(expanded) +
           " bytes from " + std::to_string(compressed) + "), a decompression bomb; skipped";
  return std::nullopt;
}

}  // namespace solieu
