// Bytes -> the sentence breaker against ICU's sentence break iterator
// (differential). Every input is split twice:
//   - as it is: where it is valid UTF-8, sentence_spans must give ICU's
//     spans; where it is not, it must say so (false, no spans), and ICU must
//     still split it;
//   - mapped byte by byte onto characters of every Sentence_Break class (one
//     to four bytes long, in the breaker's class table and past it), so that
//     random bytes make the rare sequences of classes the rules turn on, not
//     mostly invalid UTF-8; the two must agree on that text too.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "extract/sentence_breaker.h"
#include "fuzz_support.h"

using namespace solieu;

namespace {

const IcuSentenceBreaker& icu_breaker() {
  static const IcuSentenceBreaker b;
  return b;
}

// Characters of every class, several of the ones the rules look at.
constexpr char32_t kAlphabet[] = {
    U'\u2029', U'\u2028', U'\u0085',                         // Sep
    U'\r',     U'\n',                                        // CR, LF
    U' ',      U'\u00A0', U'\t',                             // Sp
    U'a',      U'\u1ED9', U'\u00DF', U'\U0001D41A',          // Lower (ộ, ß, 4 bytes)
    U'A',      U'\u0110', U'\U0001D400',                     // Upper (Đ, 4 bytes)
    U'\u4E00', U'\u05D0',                                    // OLetter
    U'1',      U'\u0661', U'\U0001D7CE',                     // Numeric
    U'.',      U'\uFF0E', U'\u2024',                         // ATerm
    U'!',      U'?',      U'\u3002', U'\u203C',              // STerm
    U'"',      U')',      U'\u201D', U'\'', U'(',            // Close
    U',',      U'-',      U':',      U'\u2013',              // SContinue
    U'\u0301', U'\u200D', U'\U000E0020',                     // Extend
    U'\u00AD', U'\u200B', U'\uFEFF',                         // Format
    U'#',      U'\u2026', U'%',      U'\U0001F600', U';',    // Other
};
constexpr size_t kAlphabetSize = sizeof kAlphabet / sizeof kAlphabet[0];

void check_valid(std::string_view text) {
  std::vector<ByteSpan> ours, theirs;
  SOLIEU_FUZZ_CHECK(sentence_spans(text, ours), text.size());
  SOLIEU_FUZZ_CHECK(icu_breaker().spans(text, theirs), text.size());
  SOLIEU_FUZZ_CHECK(ours.size() == theirs.size(), ours.size(), theirs.size());
  for (size_t i = 0; i < ours.size(); ++i) {
    SOLIEU_FUZZ_CHECK(ours[i].start == theirs[i].start, ours[i].start, theirs[i].start);
    SOLIEU_FUZZ_CHECK(ours[i].end == theirs[i].end, ours[i].end, theirs[i].end);
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  if (!icu_breaker().ok()) fuzz::fail("ICU has no sentence break iterator");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16384) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (is_valid_utf8(input)) {
    check_valid(input);
  } else {
    std::vector<ByteSpan> ours, theirs;
    SOLIEU_FUZZ_CHECK(!sentence_spans(input, ours));
    SOLIEU_FUZZ_CHECK(ours.empty(), ours.size());
    SOLIEU_FUZZ_CHECK(icu_breaker().spans(input, theirs), size);
  }
  if (size <= 4096) {
    std::string mapped;
    for (uint8_t b : input) append_utf8(mapped, kAlphabet[b % kAlphabetSize]);
    check_valid(mapped);
  }
  return 0;
}
