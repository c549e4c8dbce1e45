// The encoding stage: bytes in some charset in, UTF-8 out, with a record of
// how the charset was found and of every repair made on the way.
//
// What it does: honours a byte order mark; otherwise trusts a declared
// charset (from an HTTP header or an HTML <meta>) unless the bytes contradict
// it; otherwise detects. It converts UTF-16, Windows-1258 (combining tone
// marks composed afterwards), VISCII, VNI and TCVN3 (also when their text sits
// on a page declared windows-1252 or iso-8859-1), and repairs mojibake such as
// TCVN3 read as 1252 ("Céng hßa X· héi") and UTF-8 decoded twice ("Viá»‡t").
// It never "repairs" valid UTF-8 Vietnamese. The conversion tables are data
// files (facts from the published standards), loaded once.
//
// What it does not do: normalization beyond composing what a conversion
// decomposed (the normalizer stage does NFC and folding), HTML parsing.
//
// A pure function of its input; thread-safe (the tables are immutable after
// loading).
//
//   Result<Decoded> d = decode_to_utf8(bytes, "windows-1258");
//   if (d) use(d->text, d->encoding, d->repairs);
//   else report(d.error());
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace solieu {

struct Decoded {
  std::string text;      // UTF-8
  std::string encoding;  // canonical lower-case name: "utf-8", "utf-16le", "windows-1258",
                         // "viscii", "vni", "tcvn3", "windows-1252", ...
  std::string found_by;  // "bom", "declared", "detected"
  // One short phrase per repair, e.g. "tcvn3 text declared as windows-1252",
  // "utf-8 decoded twice".
  std::vector<std::string> repairs;
  // Where the conversion could not keep everything, e.g. "tcvn3 has no toned
  // capitals: 12 letters left lower-case".
  std::vector<std::string> losses;
};

// `declared` is a charset label from outside the bytes (HTTP Content-Type,
// <meta charset>), or empty. Errors: kEncoding when no encoding fits.
Result<Decoded> decode_to_utf8(std::string_view bytes, std::string_view declared);

}  // namespace solieu
