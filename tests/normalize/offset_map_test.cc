// OffsetMap on hand-built maps: merging, lookups, widening, edges, composing.
#include <catch2/catch.hpp>

#include "normalize/normalizer.h"
#include "normalize/steps.h"

using solieu::ByteSpan;
using solieu::OffsetMap;

namespace {

// A map of "a<NBSP>bc" (5 bytes) -> "a bc" (4 bytes).
OffsetMap nbsp_map() {
  OffsetMap m;
  m.add(0, 1, 0, 1, true);
  m.add(1, 1, 1, 2, false);
  m.add(2, 2, 3, 2, true);
  m.finish(4, 5);
  return m;
}

}  // namespace

TEST_CASE("OffsetMap merges contiguous exact pieces", "[offset_map]") {
  OffsetMap m;
  m.add(0, 3, 0, 3, true);
  m.add(3, 2, 3, 2, true);
  m.add(5, 0, 5, 4, false);  // no output: not a piece
  m.add(5, 1, 9, 1, true);   // input jumps: a new piece
  m.finish(6, 10);
  REQUIRE(m.pieces().size() == 2);
  CHECK(m.pieces()[0].out_len == 5);
  CHECK(m.pieces()[1].in_start == 9);
  CHECK_FALSE(m.is_identity());
  CHECK(m.output_size() == 6);
  CHECK(m.input_size() == 10);
}

TEST_CASE("OffsetMap identity", "[offset_map]") {
  OffsetMap empty;
  empty.finish(0, 0);
  CHECK(empty.is_identity());
  CHECK(empty.to_input({0, 0}).start == 0);

  OffsetMap one;
  one.add(0, 7, 0, 7, true);
  one.finish(7, 7);
  CHECK(one.is_identity());

  OffsetMap shifted;  // e.g. after a BOM
  shifted.add(0, 7, 3, 7, true);
  shifted.finish(7, 10);
  CHECK_FALSE(shifted.is_identity());

  OffsetMap unequal_exact;  // an "exact" piece whose lengths differ is not exact
  unequal_exact.add(0, 2, 0, 3, true);
  unequal_exact.finish(2, 3);
  CHECK_FALSE(unequal_exact.pieces()[0].exact);
  CHECK_FALSE(unequal_exact.is_identity());
}

TEST_CASE("OffsetMap::to_input", "[offset_map]") {
  const OffsetMap m = nbsp_map();
  struct Case {
    size_t out_start, out_end, in_start, in_end;
  };
  const Case cases[] = {
      {0, 1, 0, 1},  // "a": exact
      {2, 4, 3, 5},  // "bc": exact, shifted by the extra NBSP byte
      {3, 4, 4, 5},  // "c"
      {1, 2, 1, 3},  // the space: the whole NBSP
      {0, 2, 0, 3},  // ends inside the rewritten piece: widened
      {1, 3, 1, 4},  // starts inside it
      {0, 4, 0, 5},  // everything
      {0, 0, 0, 0},  // empty at the start
      {2, 2, 3, 3},  // empty at a piece boundary
      {4, 4, 5, 5},  // empty at the very end
      {1, 1, 1, 1},  // empty at the start of the rewritten piece
      {3, 9, 4, 5},  // end past the output: clamped
      {9, 9, 5, 5},  // both past the output
      {3, 1, 1, 1},  // start after end: clamped to an empty span at 1
  };
  for (const Case& c : cases) {
    INFO("span [" << c.out_start << ", " << c.out_end << ")");
    const ByteSpan r = m.to_input({c.out_start, c.out_end});
    CHECK(r.start == c.in_start);
    CHECK(r.end == c.in_end);
  }
}

TEST_CASE("OffsetMap empty span inside a multi-byte rewritten piece", "[offset_map]") {
  // "uỳ" (4 bytes) -> "ùy" (3 bytes) as one rewritten piece, after "th".
  OffsetMap m;
  m.add(0, 2, 0, 2, true);
  m.add(2, 3, 2, 4, false);
  m.finish(5, 6);
  const ByteSpan inside = m.to_input({3, 3});
  CHECK(inside.start == 2);
  CHECK(inside.end == 6);
  const ByteSpan part = m.to_input({2, 4});
  CHECK(part.start == 2);
  CHECK(part.end == 6);
}

TEST_CASE("OffsetMap with dropped input", "[offset_map]") {
  // "\xEF\xBB\xBF" "ab" "\xE2\x80\x8B" "c": BOM and a ZWSP dropped -> "abc".
  OffsetMap m;
  m.add(0, 2, 3, 2, true);
  m.add(2, 1, 8, 1, true);
  m.finish(3, 9);
  CHECK(m.to_input({0, 0}).start == 3);
  CHECK(m.to_input({0, 2}).end == 5);
  const ByteSpan all = m.to_input({0, 3});
  CHECK(all.start == 3);
  CHECK(all.end == 9);
  CHECK(m.to_input({2, 2}).start == 8);  // the position of "c"
  CHECK(m.to_input({3, 3}).start == 9);

  OffsetMap nothing;  // all input dropped
  nothing.finish(0, 3);
  const ByteSpan r = nothing.to_input({0, 0});
  CHECK(r.start == 3);
  CHECK(r.end == 3);
}

TEST_CASE("OffsetMap compose", "[offset_map]") {
  using solieu::normalize_detail::compose;
  // inner: "a<NBSP>bc" -> "a bc"; outer: "a bc" -> "a bXc" where "c" became "Xc".
  const OffsetMap inner = nbsp_map();
  OffsetMap outer;
  outer.add(0, 3, 0, 3, true);
  outer.add(3, 2, 3, 1, false);
  outer.finish(5, 4);
  const OffsetMap m = compose(outer, inner);
  CHECK(m.output_size() == 5);
  CHECK(m.input_size() == 5);
  REQUIRE(m.pieces().size() == 4);
  CHECK(m.to_input({0, 1}).end == 1);
  CHECK(m.to_input({1, 2}).start == 1);
  CHECK(m.to_input({1, 2}).end == 3);
  CHECK(m.to_input({2, 3}).start == 3);
  CHECK(m.to_input({2, 3}).end == 4);
  CHECK(m.to_input({3, 5}).start == 4);
  CHECK(m.to_input({3, 5}).end == 5);

  // Composing identity maps gives the identity.
  OffsetMap id;
  id.add(0, 4, 0, 4, true);
  id.finish(4, 4);
  CHECK(compose(id, id).is_identity());
  // ...and composing with a shift keeps one exact piece.
  OffsetMap shift;
  shift.add(0, 4, 3, 4, true);
  shift.finish(4, 7);
  const OffsetMap s = compose(id, shift);
  REQUIRE(s.pieces().size() == 1);
  CHECK(s.pieces()[0].exact);
  CHECK(s.pieces()[0].in_start == 3);
}

TEST_CASE("default OffsetMap", "[offset_map]") {
  const OffsetMap m;
  CHECK(m.is_identity());
  const ByteSpan r = m.to_input({5, 10});
  CHECK(r.start == 0);
  CHECK(r.end == 0);
}
