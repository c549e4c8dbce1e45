// The charset converters of the encoding stage (internal to src/encoding/).
//
// Each converter turns bytes into UTF-8 and counts what it could not map.
// The legacy tables (windows-1252, windows-1258, VISCII, TCVN3, VNI) are the
// data files in src/encoding/tables/, compiled in and parsed once on first
// use (thread-safe static initialization); after that they are read-only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace solieu::encoding {

enum class Charset { kUtf8, kUtf16le, kUtf16be, kWindows1252, kWindows1258, kViscii, kVni, kTcvn3 };

// The canonical lower-case name ("utf-8", "tcvn3", ...).
std::string_view charset_name(Charset c);

// A charset label as found in the wild ("UTF8", "cp1258", "x-user-defined"
// is not one, "iso-8859-1" means windows-1252 as browsers read it), or none.
std::optional<Charset> charset_from_label(std::string_view label);

struct Converted {
  std::string text;      // UTF-8
  size_t unmapped = 0;   // bytes or units that became U+FFFD
};

// True when every byte is ASCII. (Whether bytes are well-formed UTF-8 is
// core/utf8.h's is_valid_utf8.)
bool is_ascii(std::string_view bytes);

Converted from_utf16(std::string_view bytes, bool big_endian);
// Single-byte and VNI converters. windows-1258 output is composed to NFC.
Converted from_legacy(std::string_view bytes, Charset c);

// UTF-8 text back to the windows-1252 bytes it would have been read from
// (C1 controls U+0080-U+009F stand for themselves, as a Latin-1 reader gives
// them), or none when a character has no such byte.
std::optional<std::string> to_windows1252(std::string_view utf8);

}  // namespace solieu::encoding
