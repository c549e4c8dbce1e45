// StringTable: the immutable string map of the place finder's hot look-ups.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/string_table.h"

using namespace solieu;

TEST_CASE("a string table finds its keys and nothing else", "[string_table]") {
  // Keys of every length the hash reads differently (0, 1 to 3, 4 to 7, 8,
  // longer), sharing first bytes, one a prefix of another, and UTF-8.
  const std::vector<std::string> keys = {
      "",        "a",         "ab",        "abc",          "abcd",          "abcdefg",
      "abcdefgh", "abcdefghi", "abcdefghij", "abcdefgh xyz", "abcdefgh xy!", "hà nội",
      "hà nam",  "quảng nam", "quảng ngãi", "quảng ninh",   "bà rịa vũng tàu", "1",
  };
  std::vector<std::pair<std::string_view, int>> entries;
  for (size_t i = 0; i < keys.size(); ++i) entries.emplace_back(keys[i], static_cast<int>(i));
  const StringTable<int> table(std::move(entries));
  REQUIRE(table.size() == keys.size());

  for (size_t i = 0; i < keys.size(); ++i) {
    INFO("key '" << keys[i] << "'");
    const int* value = table.find(keys[i]);
    REQUIRE(value != nullptr);
    CHECK(*value == static_cast<int>(i));
  }

  const std::string absent[] = {
      "b",     "abcde",      "abcdefgi", "abcdefghijk", "abcdefgh xyy",  std::string("abcdefgh") + '\0',
      "hà",    "hà nội ",    "quảng",    "quảng nam ",  "2",             "bà rịa vũng tà",
      "bà rịa - vũng tàu",
  };
  for (const std::string& key : absent) {
    INFO("key '" << key << "'");
    CHECK(table.find(key) == nullptr);
  }
}

TEST_CASE("an empty string table finds nothing", "[string_table]") {
  const StringTable<int> none;
  CHECK(none.size() == 0);
  CHECK(none.find("") == nullptr);
  CHECK(none.find("hà nội") == nullptr);
  const StringTable<int> empty(std::vector<std::pair<std::string_view, int>>{});
  CHECK(empty.find("x") == nullptr);
}

TEST_CASE("a string table of many keys, most sharing their first 8 bytes", "[string_table]") {
  std::vector<std::string> keys;
  for (int i = 0; i < 20000; ++i) keys.push_back("phường " + std::to_string(i));
  std::vector<std::pair<std::string_view, int>> entries;
  for (int i = 0; i < 20000; ++i) entries.emplace_back(keys[i], i);
  const StringTable<int> table(std::move(entries));
  for (int i = 0; i < 20000; ++i) {
    const int* value = table.find("phường " + std::to_string(i));
    REQUIRE(value != nullptr);
    REQUIRE(*value == i);
  }
  CHECK(table.find("phường 20000") == nullptr);
  CHECK(table.find("phường") == nullptr);
  CHECK(table.find("phường 01") == nullptr);
}

TEST_CASE("the hash of a key reads its every byte", "[string_table]") {
  // Keys of each length up to 24 that differ in one byte hash apart (each
  // step of the hash is one to one in the bytes it reads).
  for (size_t n = 1; n <= 24; ++n) {
    const std::string base(n, 'a');
    for (size_t i = 0; i < n; ++i) {
      std::string other = base;
      other[i] = 'b';
      INFO("length " << n << ", byte " << i);
      CHECK(StringTable<int>::hash(base) != StringTable<int>::hash(other));
    }
  }
}
