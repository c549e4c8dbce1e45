// The progress line's text (src/cli/progress.cc): what a person sees on a
// terminal while a long run goes. Drawing itself is checked end to end in
// tests/store/cli_store_test.cc (a terminal, a pipe, --quiet).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "cli/cli_support.h"
#include "cli/progress.h"

using solieu::cli::progress_line;
using solieu::cli::total_input_bytes;

TEST_CASE("progress: the line gives articles, MB, rate, and a share and ETA when the total is known", "[cli]") {
  struct Case {
    size_t articles;
    uint64_t bytes;
    double seconds;
    uint64_t total;
    std::string line;
  };
  for (const Case& c : std::vector<Case>{
           {0, 0, 0, 0, "0 articles  0.0 MB  - MB/s"},
           {1, 2'000'000, 1, 0, "1 article  2.0 MB  2.0 MB/s"},
           {1234, 35'000'000, 10, 0, "1,234 articles  35.0 MB  3.5 MB/s"},
           {1234, 35'000'000, 10, 70'000'000, "1,234 articles  35.0 MB  3.5 MB/s  50%  ETA 10s"},
           {8634, 10'000'000, 4, 100'000'000, "8,634 articles  10.0 MB  2.5 MB/s  10%  ETA 36s"},
           {5, 1'000'000, 1, 400'000'000, "5 articles  1.0 MB  1.0 MB/s  0%  ETA 6m39s"},
           {5, 1'000'000, 1, 4'000'000'000, "5 articles  1.0 MB  1.0 MB/s  0%  ETA 1h06m"},
           // Article text can outrun the file sizes (a UTF-16 file read as UTF-8): never past 100%.
           {9, 3'000'000, 1, 2'000'000, "9 articles  3.0 MB  3.0 MB/s  100%  ETA 0s"},
           {1'000'000, 0, 2, 0, "1,000,000 articles  0.0 MB  0.0 MB/s"},
       }) {
    CHECK(progress_line(c.articles, c.bytes, c.seconds, c.total) == c.line);
  }
}

TEST_CASE("progress: the total is the size of the files named, unknown for stdin", "[cli]") {
  solieu::test::TempDir tmp;
  tmp.write("d/a.txt", std::string(1000, 'a'));
  tmp.write("d/sub/b.jsonl", std::string(234, 'b'));
  tmp.write("c.txt", std::string(5, 'c'));
  const std::string d = (tmp / "d").string(), c = (tmp / "c.txt").string();
  CHECK(total_input_bytes({d}) == 1234);
  CHECK(total_input_bytes({d, c}) == 1239);
  CHECK(total_input_bytes({c, "-"}) == 0);
  CHECK(total_input_bytes({}) == 0);
  CHECK(total_input_bytes({(tmp / "missing").string()}) == 0);
}
