// libFuzzer target: the encoding detector and converters (src/encoding/).
// The first input byte picks a declared label (or none); the rest is the page.
// Checks that the output is always valid UTF-8 and that decoding never
// crashes, whatever the bytes; and that the validity test (core/utf8's
// is_valid_utf8, table-driven with an ASCII fast path) agrees with decoding
// the page one code point at a time. Seeds: fuzz/seeds/encoding/.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/utf8.h"
#include "encoding/charsets.h"
#include "encoding/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static constexpr std::string_view kLabels[] = {"",      "utf-8",  "windows-1252", "windows-1258", "viscii",
                                                 "vni",   "tcvn3",  "utf-16le",     "utf-16be",     "iso-8859-1",
                                                 "bogus", "x-viet-tcvn"};
  if (size == 0) return 0;
  const std::string_view label = kLabels[data[0] % (sizeof kLabels / sizeof kLabels[0])];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  bool decodes_cleanly = true;
  size_t pos = 0;
  char32_t c;
  while (decodes_cleanly && solieu::next_code_point(bytes, pos, c)) decodes_cleanly = c != solieu::kInvalidCodePoint;
  if (solieu::is_valid_utf8(bytes) != decodes_cleanly) std::abort();
  solieu::Result<solieu::Decoded> d = solieu::decode_to_utf8(bytes, label);
  if (d && !solieu::is_valid_utf8(d->text)) std::abort();
  return 0;
}
