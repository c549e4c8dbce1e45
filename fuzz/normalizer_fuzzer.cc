// Bytes -> the normalizer. Checks the offset map, which every record's span
// goes through: each piece lies inside the input and the output, pieces tile
// the output in order with input ranges that never go backwards, and
// to_input() of any output span lies inside the input, in order. And the
// fast path over valid UTF-8 agrees with decoding every character.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"

using namespace solieu;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const NormalizedText n = fuzz::normalizer().normalize(input);
  const OffsetMap& map = n.map;
  SOLIEU_FUZZ_CHECK(map.input_size() == size, map.input_size(), size);
  SOLIEU_FUZZ_CHECK(map.output_size() == n.text.size(), map.output_size(), n.text.size());
  SOLIEU_FUZZ_CHECK(is_valid_utf8(n.text));

  size_t out_at = 0, in_at = 0;
  for (const OffsetMap::Piece& p : map.pieces()) {
    SOLIEU_FUZZ_CHECK(p.out_start == out_at, p.out_start, out_at);  // tiles the output
    SOLIEU_FUZZ_CHECK(p.in_start >= in_at, p.in_start, in_at);      // monotone
    SOLIEU_FUZZ_CHECK(p.in_start + p.in_len <= size, p.in_start + p.in_len, size);
    out_at = p.out_start + p.out_len;
    in_at = p.in_start + p.in_len;
  }
  SOLIEU_FUZZ_CHECK(map.pieces().empty() || out_at == n.text.size(), out_at, n.text.size());

  // Every boundary, as an empty span and as the end of a span from 0: inside
  // the input, start <= end, and never moving backwards.
  size_t last_start = 0, last_end = 0;
  for (size_t pos = 0; pos <= n.text.size(); ++pos) {
    const ByteSpan at = map.to_input({pos, pos});
    const ByteSpan prefix = map.to_input({0, pos});
    SOLIEU_FUZZ_CHECK(at.start <= at.end && at.end <= size, at.start, at.end);
    SOLIEU_FUZZ_CHECK(prefix.start <= prefix.end && prefix.end <= size, prefix.start, prefix.end);
    SOLIEU_FUZZ_CHECK(at.start >= last_start, at.start, last_start);
    SOLIEU_FUZZ_CHECK(prefix.end >= last_end, prefix.end, last_end);
    last_start = at.start;
    last_end = prefix.end;
  }
  // normalize_text() is the same transform without the map.
  SOLIEU_FUZZ_CHECK(fuzz::normalizer().normalize_text(input) == n.text);

  // Valid UTF-8 is passed over without decoding where nothing folds; one
  // invalid byte after it makes the normalizer decode every character. Both
  // paths must agree on the same characters (U+FFFD composes with nothing).
  if (is_valid_utf8(input)) {
    std::string decoded(input);
    decoded += '\xFF';
    SOLIEU_FUZZ_CHECK(fuzz::normalizer().normalize_text(decoded) == n.text + "\xEF\xBF\xBD");
  }
  return 0;
}
