// OffsetMap: output byte offsets back to input byte offsets, stored as pieces.
//
// Invariants the builders keep (and to_input() tolerates being broken, since
// it must never crash): pieces are added in output order, they tile the output
// [0, output_size) without gaps, and their input ranges never go backwards.
// Input bytes that produced no output (a BOM, dropped characters) are simply
// not covered by any piece.
#include <algorithm>

#include "normalize/normalizer.h"
#include "normalize/steps.h"

namespace solieu {

void OffsetMap::add(size_t out_start, size_t out_len, size_t in_start, size_t in_len,
                    bool exact) {
  // A piece with no output holds no offset of the output; it would only make
  // lookups ambiguous.
  if (out_len == 0) return;
  // An exact piece must map byte for byte.
  if (exact && out_len != in_len) exact = false;
  identity_ = false;  // finish() decides
  if (exact && !pieces_.empty()) {
    Piece& last = pieces_.back();
    // Merging contiguous exact runs is what keeps the map small: a long
    // unchanged stretch is one piece however many steps it went through.
    if (last.exact && last.out_start + last.out_len == out_start &&
        last.in_start + last.in_len == in_start) {
      last.out_len += out_len;
      last.in_len += in_len;
      return;
    }
  }
  pieces_.push_back(Piece{out_start, out_len, in_start, in_len, exact});
}

void OffsetMap::finish(size_t output_size, size_t input_size) {
  output_size_ = output_size;
  input_size_ = input_size;
  if (pieces_.empty()) {
    identity_ = output_size == 0 && input_size == 0;
  } else {
    const Piece& p = pieces_.front();
    identity_ = pieces_.size() == 1 && p.exact && p.out_start == 0 && p.in_start == 0 &&
                p.out_len == output_size && p.in_len == input_size &&
                output_size == input_size;
  }
}

ByteSpan OffsetMap::to_input(ByteSpan out) const {
  // Clamp rather than fail: callers hand in spans computed from the text.
  const size_t end = std::min(out.end, output_size_);
  const size_t start = std::min(out.start, end);
  const auto clamp = [&](size_t v) { return std::min(v, input_size_); };
  if (pieces_.empty()) return {input_size_, input_size_};

  const auto in_end = [](const Piece& p) { return p.in_start + p.in_len; };
  // The piece holding output byte `pos`: the last piece starting at or before
  // it (index 0 when `pos` is before the first piece, which only a broken map
  // allows).
  const auto piece_at = [&](size_t pos) -> const Piece& {
    auto it = std::upper_bound(pieces_.begin(), pieces_.end(), pos,
                               [](size_t v, const Piece& p) { return v < p.out_start; });
    return it == pieces_.begin() ? *it : *(it - 1);
  };
  // Where output offset `pos` falls as a start: inside an exact piece, byte
  // for byte; inside a non-exact one, at its input start.
  const auto map_start = [&](size_t pos) -> size_t {
    if (pos >= pieces_.back().out_start + pieces_.back().out_len) return clamp(in_end(pieces_.back()));
    const Piece& p = piece_at(pos);
    if (pos < p.out_start) return clamp(p.in_start);
    if (!p.exact) return clamp(p.in_start);
    return clamp(p.in_start + std::min(pos - p.out_start, p.in_len));
  };
  // As an end: the piece holding the byte before `pos`.
  const auto map_end = [&](size_t pos) -> size_t {
    if (pos == 0) return clamp(pieces_.front().in_start);
    const Piece& p = piece_at(pos - 1);
    if (pos <= p.out_start) return clamp(p.in_start);
    if (!p.exact || pos - p.out_start >= p.out_len) return clamp(in_end(p));
    return clamp(p.in_start + (pos - p.out_start));
  };

  if (start == end) {
    // An empty span strictly inside a rewritten piece has no finer answer
    // than the whole piece.
    if (start < output_size_) {
      const Piece& p = piece_at(start);
      if (!p.exact && start > p.out_start && start < p.out_start + p.out_len)
        return {clamp(p.in_start), clamp(in_end(p))};
    }
    const size_t at = map_start(start);
    return {at, at};
  }
  size_t a = map_start(start);
  size_t b = map_end(end);
  if (b < a) b = a;  // only a broken map gets here
  return {a, b};
}

namespace normalize_detail {

OffsetMap compose(const OffsetMap& outer, const OffsetMap& inner) {
  OffsetMap result;
  const auto& mid = inner.pieces();
  for (const OffsetMap::Piece& a : outer.pieces()) {
    if (!a.exact) {
      // A rewritten piece stays rewritten; its source widens through `inner`.
      ByteSpan s = inner.to_input({a.in_start, a.in_start + a.in_len});
      result.add(a.out_start, a.out_len, s.start, s.end - s.start, false);
      continue;
    }
    // An exact piece follows the pieces of `inner` it spans, so exactness
    // survives composition wherever both steps left the bytes alone.
    size_t x = a.in_start;
    const size_t end = a.in_start + a.in_len;
    auto it = std::upper_bound(mid.begin(), mid.end(), x,
                               [](size_t v, const OffsetMap::Piece& p) { return v < p.out_start; });
    size_t k = it == mid.begin() ? 0 : static_cast<size_t>(it - mid.begin()) - 1;
    while (x < end && k < mid.size()) {
      const OffsetMap::Piece& b = mid[k];
      const size_t b_end = b.out_start + b.out_len;
      if (b_end <= x) {
        ++k;
        continue;
      }
      const size_t y = std::min(end, b_end);
      const size_t out_pos = a.out_start + (x - a.in_start);
      if (b.exact) {
        result.add(out_pos, y - x, b.in_start + (x - b.out_start), y - x, true);
      } else {
        result.add(out_pos, y - x, b.in_start, b.in_len, false);
      }
      x = y;
    }
    if (x < end) {
      // `inner` does not cover this stretch (a broken map): pin it to the end.
      const size_t at = inner.input_size();
      result.add(a.out_start + (x - a.in_start), end - x, at, 0, false);
    }
  }
  result.finish(outer.output_size(), inner.input_size());
  return result;
}

}  // namespace normalize_detail
}  // namespace solieu
