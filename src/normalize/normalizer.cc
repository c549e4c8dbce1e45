// Normalizer: chains decode+fold, NFC and tone respelling, composing their
// maps. Each step that finds nothing to do copies nothing, so clean NFC UTF-8
// (the common case) is one validation scan, ICU's NFC quick check, one scan
// for tone candidates (only if step 1 saw one) and a single copy into the
// result, with a one-piece identity map.
//
// Folding runs before NFC on purpose: a dropped soft hyphen or zero-width
// space between a letter and its combining mark ("a\u00AD\u0300") must not
// keep the two from composing, and U+2000/U+2001 decompose canonically to
// other spaces that we fold anyway.
#include <climits>
#include <stdexcept>
#include <utility>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "normalize/normalizer.h"
#include "normalize/steps.h"

namespace solieu {
namespace normalize_detail {

bool to_nfc(const icu::Normalizer2& nfc, std::string_view in, std::string& out,
            OffsetMap* map) {
  // ICU takes int32_t lengths. Articles are far below 2 GiB; anything larger
  // is passed through un-normalized rather than truncated.
  if (in.size() > static_cast<size_t>(INT32_MAX)) return false;
  const icu::StringPiece piece(in.data(), static_cast<int32_t>(in.size()));
  UErrorCode ec = U_ZERO_ERROR;
  // The quick check spans the normalized text without writing anything.
  if (nfc.isNormalizedUTF8(piece, ec) || U_FAILURE(ec)) return false;

  out.clear();
  out.reserve(in.size() + 16);
  icu::StringByteSink<std::string> sink(&out);
  icu::Edits edits;
  ec = U_ZERO_ERROR;
  nfc.normalizeUTF8(0, piece, sink, map ? &edits : nullptr, ec);
  if (U_FAILURE(ec)) return false;  // keep the input as it is
  if (map) {
    // The fine iterator reports each changed segment (a starter and its
    // marks) on its own, so unchanged text around it stays exact.
    icu::Edits::Iterator it = edits.getFineIterator();
    while (it.next(ec)) {
      map->add(static_cast<size_t>(it.destinationIndex()), static_cast<size_t>(it.newLength()),
               static_cast<size_t>(it.sourceIndex()), static_cast<size_t>(it.oldLength()),
               !it.hasChange());
    }
    map->finish(out.size(), in.size());
  }
  return true;
}

}  // namespace normalize_detail

namespace {

const icu::Normalizer2& nfc_instance() {
  UErrorCode ec = U_ZERO_ERROR;
  // ICU builds this once and shares it; it is immutable and thread-safe.
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  if (U_FAILURE(ec) || nfc == nullptr) {
    throw std::runtime_error(std::string("ICU NFC data unavailable: ") + u_errorName(ec));
  }
  return *nfc;
}

// The whole transform; `map` null means text only.
std::string run(std::string_view input, OffsetMap* map, NormalizeStats& stats) {
  using namespace normalize_detail;
  const icu::Normalizer2& nfc = nfc_instance();

  Decoded decoded;
  decode_and_fold(input, decoded, map, stats);
  // The current text: a view of the input until some step rewrites it.
  std::string_view text =
      decoded.changed ? std::string_view(decoded.text) : input.substr(decoded.bom_length);
  bool rewritten = decoded.changed;

  std::string nfc_text;
  OffsetMap nfc_map;
  if (to_nfc(nfc, text, nfc_text, map ? &nfc_map : nullptr)) {
    if (map) *map = compose(nfc_map, *map);
    text = nfc_text;
    rewritten = true;
  }

  std::string toned;
  // Untouched input was checked for candidates during step 1.
  if (rewritten ? may_need_respelling(text) : decoded.tone_hint) {
    OffsetMap tone_map;
    if (respell_tones(text, toned, map ? &tone_map : nullptr, stats.tone_respelled)) {
      if (map) *map = compose(tone_map, *map);
      return toned;
    }
  }
  if (text.data() == nfc_text.data() && !nfc_text.empty()) return nfc_text;
  if (decoded.changed && text.data() == decoded.text.data()) return std::move(decoded.text);
  return std::string(text);
}

}  // namespace

Normalizer::Normalizer() { (void)nfc_instance(); }

NormalizedText Normalizer::normalize(std::string_view input) const {
  NormalizedText result;
  result.text = run(input, &result.map, result.stats);
  return result;
}

std::string Normalizer::normalize_text(std::string_view input) const {
  NormalizeStats stats;
  return run(input, nullptr, stats);
}

}  // namespace solieu
