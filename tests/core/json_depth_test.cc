// json_too_deep_at: the byte scan that refuses deep JSON before a parser runs.

#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "core/json_depth.h"

using namespace solieu;

namespace {
constexpr size_t kNone = std::string_view::npos;
}

TEST_CASE("json_too_deep_at: the first opener past the depth, or none") {
  struct Row {
    std::string text;
    size_t max_depth;
    size_t expected;
  };
  const Row rows[] = {
      {"", 1, kNone},
      {"{}", 1, kNone},
      {"{\"a\":[1]}", 1, 5},                     // the '[' is the second level
      {"{\"a\":[1]}", 2, kNone},
      {"[[[[", 3, 3},                             // unclosed: still counted
      {"[][][][]", 1, kNone},                     // siblings do not add up
      {"{\"s\":\"[[[[{{{{\"}", 1, kNone},         // brackets in strings do not count
      {"{\"s\":\"a\\\"[[[[\"}", 1, kNone},        // nor after an escaped quote
      {"{\"s\":\"a\\\\\"[[", 2, 11},              // an escaped backslash ends the escape: the string closes; the second "[" is the third level
      {"]]]][[", 1, 5},                           // stray closers do not buy depth
  };
  for (const Row& r : rows) {
    INFO(r.text << " max " << r.max_depth);
    CHECK(json_too_deep_at(r.text, r.max_depth) == r.expected);
  }
}

TEST_CASE("json_too_deep_at: a million openers are found at the limit, not built") {
  const std::string deep(1000000, '[');
  CHECK(json_too_deep_at(deep, 64) == 64);
}
