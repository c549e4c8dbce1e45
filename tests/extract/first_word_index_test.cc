// FirstWordIndex (first_word_index.h): the run of entries of one first-word
// hash, in a list sorted by it; none for a hash no entry has. Hashes are
// chosen to collide in the table's low bits, so probing is exercised too.

#include <catch2/catch.hpp>

#include <cstdint>
#include <utility>
#include <vector>

#include "extract/first_word_index.h"

using namespace solieu;

TEST_CASE("each first-word hash finds its run of entries, others none") {
  // Sorted by hash; 3, 3 + 64 and 3 + 128 share their low bits in any table
  // of up to 64 slots.
  const std::vector<uint64_t> entries = {3, 3, 3 + 64, 3 + 128, 3 + 128, 3 + 128, 7, 1000};
  FirstWordIndex index;
  index.assign(entries, [](uint64_t h) { return h; });
  const std::vector<std::pair<uint64_t, std::pair<uint32_t, uint32_t>>> runs = {
      {3, {0, 2}}, {3 + 64, {2, 3}}, {3 + 128, {3, 6}}, {7, {6, 7}}, {1000, {7, 8}}};
  for (const auto& [hash, run] : runs) {
    INFO(hash);
    const FirstWordIndex::Run* r = index.find(hash);
    REQUIRE(r);
    CHECK(r->begin == run.first);
    CHECK(r->end == run.second);
  }
  for (uint64_t missing : {uint64_t{4}, uint64_t{3 + 256}, uint64_t{999}, ~uint64_t{0}}) {
    INFO(missing);
    CHECK(index.find(missing) == nullptr);
  }
}

TEST_CASE("an index of nothing finds nothing") {
  FirstWordIndex never_assigned, of_none;
  of_none.assign(std::vector<uint64_t>{}, [](uint64_t h) { return h; });
  CHECK(never_assigned.find(1) == nullptr);
  CHECK(of_none.find(1) == nullptr);
}
