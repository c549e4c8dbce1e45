// The progress line of `solieu extract`: articles, MB, rate and ETA,
// redrawn in place on stderr while a long run goes.
//
// It draws only when asked to (the caller passes isatty(2) && !--quiet), at
// most a few times a second, and erases itself at the end, so the summary
// line that follows stands alone. When the total size of the input is
// known (the sizes of the files named; not stdin) it shows a percentage and
// an ETA. The pipeline knows nothing of it: the caller feeds it one call per
// article from the result callback. progress_line() is the pure formatting.
//
// Not thread-safe: call it from the one thread that handles results.
//
//   Progress bar(stderr, total_input_bytes(paths), isatty(2) && !quiet);
//   for each result: bar.add(result_bytes);
//   bar.finish();
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace solieu::cli {

// One progress line, without the carriage return: "1,234 articles  12.3 MB
// 3.4 MB/s" plus "  45%  ETA 1m05s" when `total_bytes` is known (not 0).
std::string progress_line(size_t articles, uint64_t bytes, double seconds, uint64_t total_bytes);

// The sizes of the regular files under `paths` (directories walked); 0 when
// unknown: stdin ("-") or nothing named.
uint64_t total_input_bytes(const std::vector<std::string>& paths);

class Progress {
 public:
  Progress(std::FILE* out, uint64_t total_bytes, bool enabled);
  // One more article (read, skipped or failed) of `bytes`.
  void add(uint64_t bytes);
  // Erases the line.
  void finish();

 private:
  std::FILE* out_;
  uint64_t total_;
  bool enabled_;
  size_t articles_ = 0;
  uint64_t bytes_ = 0;
  size_t drawn_width_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace solieu::cli
