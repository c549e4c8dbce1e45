// Private to the normalizer: the three steps of Normalizer::normalize() and
// the map composition that chains them. Not part of the public contract.
//
// Each step reads text, writes its output into a caller-owned buffer only when
// it changes something, and (when given a map) records how its output maps to
// its input. Steps that change nothing copy nothing, which is what makes the
// common case (clean NFC UTF-8) cheap.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <unicode/uversion.h>  // U_NAMESPACE_BEGIN: `icu` is an alias of icu_NN

#include "normalize/normalizer.h"

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace solieu::normalize_detail {

// Step 1: decoding and folding.
struct Decoded {
  // False when the text after the BOM is already valid UTF-8 with nothing to
  // fold: then `text` is left empty and the caller uses the input bytes.
  bool changed = false;
  std::string text;
  size_t bom_length = 0;  // bytes skipped at the start of the input
  // A plain o/u directly followed by a toned a/e/y was seen in unchanged
  // UTF-8, so the tone step has something to look at.
  bool tone_hint = false;
};

// Decodes `input` (UTF-8, or UTF-16 by BOM) and folds it. When `map` is given
// it is filled and finished (output = folded text, input = `input`).
void decode_and_fold(std::string_view input, Decoded& out, OffsetMap* map,
                     NormalizeStats& stats);

// Step 2: NFC. `in` must be valid UTF-8. Returns false (and leaves `out` and
// `map` untouched) when `in` is already NFC; otherwise writes the NFC text to
// `out` and, when given, a finished map of `out` back to `in`.
bool to_nfc(const icu::Normalizer2& nfc, std::string_view in, std::string& out,
            OffsetMap* map);

// Step 3: moves the tone mark of open oa/oe/uy syllables to the first vowel.
// `in` must be NFC UTF-8. Returns false when nothing moved (nothing written);
// otherwise writes `out`, the map (when given) and adds to `respelled`.
bool respell_tones(std::string_view in, std::string& out, OffsetMap* map,
                   size_t& respelled);

// A quick test for step 3: could `in` hold anything it would rewrite? False
// means surely not; true means look closer.
bool may_need_respelling(std::string_view in);

// The map of applying `inner` then `outer`: output offsets of `outer` back to
// input offsets of `inner` (`outer`'s input is `inner`'s output). Both must be
// finished; the result is finished.
OffsetMap compose(const OffsetMap& outer, const OffsetMap& inner);

}  // namespace solieu::normalize_detail
