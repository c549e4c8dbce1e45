// The normalizer: raw article bytes in, matchable UTF-8 out, with a map back.
//
// What it does, in one pass over the input:
//   1. Decodes: UTF-8 (with or without a BOM), or UTF-16 LE/BE when the input
//      starts with that BOM. Invalid bytes become U+FFFD and are counted.
//   2. NFC (ICU Normalizer2), so NFD and NFC input match alike.
//   3. Folds what crawled text carries around numbers: NBSP, narrow NBSP and
//      figure space become a plain space; zero-width characters, soft hyphens,
//      BOMs inside the text and C0/C1 control characters (but \n and \t) are
//      dropped; \r and \t become a space; Ð (U+00D0) becomes Đ.
//   4. Puts the tone mark of the open syllables oa, oe, uy in the old place
//      ("hoà" -> "hòa", "thuỷ" -> "thủy", "khoẻ" -> "khỏe", not after q), so
//      patterns written either way match text written either way.
// It does not lower-case, strip diacritics or touch anything else.
//
// Every byte range of the output maps back to a byte range of the input as
// given (`OffsetMap`), so records can point into the original bytes.
//
// Ownership and threads: a Normalizer is immutable after creation and safe to
// share between threads. Results own their text.
//
//   Normalizer n;                        // ICU's NFC data is built in
//   NormalizedText t = n.normalize(bytes);
//   ByteSpan raw = t.map.to_input({start, end});
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace solieu {

struct ByteSpan {
  size_t start = 0;  // half-open: [start, end)
  size_t end = 0;
};

// Maps byte offsets of the normalized text to byte offsets of the input.
// Stored as runs, not per byte, so it stays small: inside an unchanged run an
// offset moves one for one; a rewritten piece maps as a whole.
class OffsetMap {
 public:
  // A piece of output [out_start, out_start+out_len) that came from input
  // [in_start, in_start+in_len). `exact` pieces map byte for byte.
  struct Piece {
    size_t out_start, out_len, in_start, in_len;
    bool exact;
  };

  // Maps a half-open span of the output to the smallest input span holding it.
  // Spans are clamped to the output first (start <= end <= output size), and
  // the result always lies within [0, input_size()] with start <= end.
  // Input that produced no output (a BOM, dropped characters) belongs to no
  // piece. An empty span maps to where the output byte after it came from (at
  // the very end: the end of the last piece, or of the input when there is no
  // piece), unless it sits strictly inside a rewritten piece: then it maps to
  // that whole piece.
  ByteSpan to_input(ByteSpan out) const;
  size_t input_size() const { return input_size_; }
  size_t output_size() const { return output_size_; }
  bool is_identity() const { return identity_; }

  // Building (used by the normalizer and by tests). Pieces are added in
  // output order; contiguous exact pieces merge, pieces with no output are
  // ignored, and an `exact` piece whose lengths differ is stored as rewritten.
  void add(size_t out_start, size_t out_len, size_t in_start, size_t in_len, bool exact);
  void finish(size_t output_size, size_t input_size);
  const std::vector<Piece>& pieces() const { return pieces_; }

 private:
  std::vector<Piece> pieces_;
  size_t output_size_ = 0;
  size_t input_size_ = 0;
  bool identity_ = true;
};

struct NormalizeStats {
  std::string encoding = "UTF-8";  // "UTF-8", "UTF-16LE" or "UTF-16BE"
  bool bom = false;
  size_t invalid_bytes = 0;         // input bytes replaced by U+FFFD
  size_t first_invalid_offset = 0;  // input offset of the first, when any
  size_t folded = 0;                // characters folded or dropped
  size_t tone_respelled = 0;        // syllables whose tone mark moved
  size_t nul_bytes = 0;             // NUL bytes seen (a sign of binary input);
                                    // in UTF-16, U+0000 characters
};

struct NormalizedText {
  std::string text;  // NFC UTF-8, folded
  OffsetMap map;
  NormalizeStats stats;
};

class Normalizer {
 public:
  Normalizer();

  // The whole transform, with a map back to `input`.
  NormalizedText normalize(std::string_view input) const;

  // The same transform, text only: for pattern files and vocabulary.
  std::string normalize_text(std::string_view input) const;
};

}  // namespace solieu
