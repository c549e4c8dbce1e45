// Shared by the fuzz targets: loading the real patterns once, and a check
// that stops the run with a message libFuzzer saves as a crash.
//
// A fuzz target must not depend on the working directory, so paths come from
// SOLIEU_SOURCE_DIR (set by fuzz/CMakeLists.txt). Loading happens once, in a
// target's LLVMFuzzerInitialize, not per input: libFuzzer calls a target
// millions of times, and the first input's clock must not include the load.
#pragma once

#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "extract/pattern_set.h"
#include "extract/places.h"
#include "normalize/normalizer.h"

namespace solieu::fuzz {

// abort() with a message: libFuzzer records the input as a crasher.
[[noreturn]] inline void fail(const char* what, size_t a = 0, size_t b = 0) {
  std::fprintf(stderr, "fuzz check failed: %s (%zu, %zu)\n", what, a, b);
  std::abort();
}
#define SOLIEU_FUZZ_CHECK(cond, ...) \
  do {                               \
    if (!(cond)) ::solieu::fuzz::fail(#cond, ##__VA_ARGS__); \
  } while (0)

// An input as a first line and the rest (the '\n' between them dropped);
// nullopt when it has no '\n', or either part is longer than its limit.
struct LineAndRest {
  std::string_view line, rest;
};
inline std::optional<LineAndRest> split_first_line(const uint8_t* data, size_t size, size_t max_line,
                                                   size_t max_rest) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t newline = input.find('\n');
  if (newline == std::string_view::npos || newline > max_line || size - newline - 1 > max_rest) return std::nullopt;
  return LineAndRest{input.substr(0, newline), input.substr(newline + 1)};
}

inline const std::string& patterns_dir() {
  static const std::string dir = std::string(SOLIEU_SOURCE_DIR) + "/patterns/vi";
  return dir;
}

inline const Normalizer& normalizer() {
  static const Normalizer n;
  return n;
}

// The shipped pattern set; a load error here is a broken checkout, not a find.
inline const PatternSet& patterns() {
  static const PatternSet set = [] {
    auto r = PatternSet::load(patterns_dir(), normalizer());
    if (!r) {
      std::fprintf(stderr, "%s\n", r.error().to_string_with_caret().c_str());
      std::exit(2);
    }
    return std::move(*r);
  }();
  return set;
}

inline const Gazetteer& gazetteer() {
  static const Gazetteer g = [] {
    auto r = Gazetteer::load(patterns_dir() + "/places.tsv");
    if (!r) {
      std::fprintf(stderr, "%s\n", r.error().to_string().c_str());
      std::exit(2);
    }
    return std::move(*r);
  }();
  return g;
}

}  // namespace solieu::fuzz
