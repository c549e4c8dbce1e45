// run_stream: the same records, in the same order, on one thread or several.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/pattern_set.h"
#include "extract/places.h"
#include "io/input.h"
#include "normalize/normalizer.h"
#include "pipeline/stream.h"

using namespace solieu;

namespace {

// Every record and error of the corpus, in output order, for `threads`.
std::vector<std::string> run(int threads) {
  static const Normalizer normalizer;
  static const PatternSet patterns = [] {
    auto set = PatternSet::load(SOLIEU_SOURCE_DIR "/patterns/vi", normalizer);
    REQUIRE(set);
    return std::move(*set);
  }();
  Pipeline pipeline(normalizer, patterns, {});
  // The corpus twice over, plus a path that does not exist, so errors travel in order too.
  InputStream in({SOLIEU_SOURCE_DIR "/corpus/articles", SOLIEU_SOURCE_DIR "/no/such/path",
                  SOLIEU_SOURCE_DIR "/corpus/articles"},
                 InputFormat::kAuto);
  std::vector<std::string> out;
  run_stream(in, pipeline, threads, [&](const StreamItem& item) {
    if (item.input_error) out.push_back("error: " + item.input_error->to_string());
    if (item.result && item.result->record) out.push_back(*item.result->record);
  });
  return out;
}

}  // namespace

TEST_CASE("stream: two and four threads give one thread's output, in order", "[pipeline][stream]") {
  const std::vector<std::string> one = run(1);
  REQUIRE(one.size() == 29);  // 14 articles twice, and one error between them
  CHECK(one[14].rfind("error: ", 0) == 0);
  for (int threads : {2, 4}) {
    INFO("threads " << threads);
    CHECK(run(threads) == one);
  }
}
