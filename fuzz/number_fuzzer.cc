// Bytes -> the number grammar, and the patterns that find numbers in text.
//
// parse_number() is given the raw bytes (it must survive anything, though it
// expects normalized text) and the normalized text, in both separator styles:
// a reading is never NaN, and an ambiguous reading has its alternative.
// Then the numerals patterns (--latent bare numerals included) run over the
// normalized text: every figure's span lies inside the text, is not empty,
// and starts and ends on a character boundary.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/extractor.h"
#include "fuzz_support.h"

using namespace solieu;

namespace {

bool boundary(std::string_view s, size_t at) {
  return at == s.size() || (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80;
}

void check_reading(std::string_view text) {
  for (SeparatorStyle style : {SeparatorStyle::kVietnamese, SeparatorStyle::kEnglish}) {
    auto r = parse_number(text, fuzz::patterns().lexicon(), style);
    if (!r) continue;
    SOLIEU_FUZZ_CHECK(!std::isnan(r->value));
    SOLIEU_FUZZ_CHECK(!r->ambiguous_separator || !std::isnan(r->alternative));
  }
}

}  // namespace

// The patterns load here, before the clock of the first input starts.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::patterns();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // A number is a few words; long inputs only slow the search down.
  if (size > 4096) return 0;
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  check_reading(raw);
  const std::string text = fuzz::normalizer().normalize_text(raw);
  check_reading(text);

  static const Extractor extractor(fuzz::patterns());
  ExtractOptions options;
  options.latent = true;
  for (const Quantity& q : extractor.extract(text, options)) {
    SOLIEU_FUZZ_CHECK(q.span.start < q.span.end && q.span.end <= text.size(), q.span.start, q.span.end);
    SOLIEU_FUZZ_CHECK(boundary(text, q.span.start) && boundary(text, q.span.end), q.span.start, q.span.end);
    if (q.value) SOLIEU_FUZZ_CHECK(!std::isnan(*q.value));
  }
  return 0;
}
