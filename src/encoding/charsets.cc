// Charset converters: UTF-8 checks, UTF-16, and the table-driven legacy
// Vietnamese encodings. The tables are facts from the standards, kept as data
// (src/encoding/tables/*.tsv, docs/encodings.md); this file only reads them.
#include "encoding/charsets.h"

#include "core/utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>

#include <array>
#include <cctype>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace solieu::encoding {
namespace {

#include "encoding/tables.inc"

using ByteTable = std::array<char32_t, 256>;

// One parsed table row: 1 or 2 bytes and the code points they stand for.
struct Row {
  std::vector<unsigned char> bytes;
  std::u32string chars;
};

std::vector<Row> parse_rows(std::string_view tsv) {
  std::vector<Row> rows;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t eol = tsv.find('\n', pos);
    if (eol == std::string_view::npos) eol = tsv.size();
    std::string_view line = tsv.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    size_t tab2 = line.find('\t', tab + 1);
    Row r;
    auto hex_list = [](std::string_view s, auto&& put) {
      size_t i = 0;
      while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        size_t j = i;
        while (j < s.size() && std::isxdigit(static_cast<unsigned char>(s[j]))) ++j;
        if (j > i) put(std::stoul(std::string(s.substr(i, j - i)), nullptr, 16));
        i = j + 1;
      }
    };
    hex_list(line.substr(0, tab), [&](unsigned long v) { r.bytes.push_back(static_cast<unsigned char>(v)); });
    hex_list(line.substr(tab + 1, tab2 == std::string_view::npos ? std::string_view::npos : tab2 - tab - 1),
             [&](unsigned long v) { r.chars.push_back(static_cast<char32_t>(v)); });
    if (!r.bytes.empty() && r.chars.size() == 1) rows.push_back(std::move(r));
  }
  return rows;
}

// Latin-1 identity: the base every table overrides. Bytes a code page leaves
// undefined keep their C1 code point, as browsers read them.
ByteTable latin1() {
  ByteTable t{};
  for (int b = 0; b < 256; ++b) t[b] = static_cast<char32_t>(b);
  return t;
}

ByteTable overlay(ByteTable base, std::string_view tsv) {
  for (const Row& r : parse_rows(tsv))
    if (r.bytes.size() == 1) base[r.bytes[0]] = r.chars[0];
  return base;
}

struct Tables {
  ByteTable w1252 = overlay(latin1(), kTableWindows1252);
  ByteTable w1258 = overlay(latin1(), kTableWindows1258);
  ByteTable viscii = overlay(latin1(), kTableViscii);
  ByteTable tcvn3 = overlay(w1252, kTableTcvn3);
  ByteTable vni_single = overlay(w1252, kTableVni);
  // VNI two-byte sequences: (first << 8 | second) -> letter.
  std::unordered_map<uint16_t, char32_t> vni_pairs;
  // windows-1252 in reverse, for undoing a wrong 1252 reading.
  std::map<char32_t, unsigned char> w1252_reverse;

  Tables() {
    for (const Row& r : parse_rows(kTableVni))
      if (r.bytes.size() == 2) vni_pairs[static_cast<uint16_t>(r.bytes[0] << 8 | r.bytes[1])] = r.chars[0];
    for (int b = 0x80; b < 256; ++b) w1252_reverse[w1252[b]] = static_cast<unsigned char>(b);
    for (char32_t c = 0x80; c < 0xA0; ++c) w1252_reverse.emplace(c, static_cast<unsigned char>(c));
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

// Decodes one UTF-8 sequence at `i`; returns its length, or 0 when invalid.
size_t utf8_sequence(std::string_view s, size_t i, char32_t& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  const unsigned char b = p[i];
  if (b < 0x80) {
    out = b;
    return 1;
  }
  size_t len;
  char32_t c, min;
  if ((b & 0xE0) == 0xC0) len = 2, c = b & 0x1F, min = 0x80;
  else if ((b & 0xF0) == 0xE0) len = 3, c = b & 0x0F, min = 0x800;
  else if ((b & 0xF8) == 0xF0) len = 4, c = b & 0x07, min = 0x10000;
  else return 0;
  if (i + len > n) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((p[i + k] & 0xC0) != 0x80) return 0;
    c = c << 6 | (p[i + k] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  out = c;
  return len;
}

std::string nfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return s;
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  n->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, nullptr, status);
  return U_FAILURE(status) ? s : out;
}

}  // namespace

std::string_view charset_name(Charset c) {
  switch (c) {
    case Charset::kUtf8: return "utf-8";
    case Charset::kUtf16le: return "utf-16le";
    case Charset::kUtf16be: return "utf-16be";
    case Charset::kWindows1252: return "windows-1252";
    case Charset::kWindows1258: return "windows-1258";
    case Charset::kViscii: return "viscii";
    case Charset::kVni: return "vni";
    case Charset::kTcvn3: return "tcvn3";
  }
  return "utf-8";
}

std::optional<Charset> charset_from_label(std::string_view label) {
  std::string l;
  for (char ch : label) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) l += static_cast<char>(std::tolower(c));  // "UTF_8", "utf 8", "Windows-1258"
  }
  static const std::map<std::string, Charset, std::less<>> kLabels = {
      {"utf8", Charset::kUtf8}, {"unicode11utf8", Charset::kUtf8},
      {"utf16", Charset::kUtf16le}, {"utf16le", Charset::kUtf16le}, {"unicode", Charset::kUtf16le},
      {"utf16be", Charset::kUtf16be}, {"unicodefffe", Charset::kUtf16be},
      {"windows1252", Charset::kWindows1252}, {"cp1252", Charset::kWindows1252},
      {"iso88591", Charset::kWindows1252}, {"latin1", Charset::kWindows1252}, {"l1", Charset::kWindows1252},
      {"usascii", Charset::kWindows1252}, {"ascii", Charset::kWindows1252}, {"xcp1252", Charset::kWindows1252},
      {"iso885915", Charset::kWindows1252},
      {"windows1258", Charset::kWindows1258}, {"cp1258", Charset::kWindows1258}, {"xcp1258", Charset::kWindows1258},
      {"viscii", Charset::kViscii}, {"csviscii", Charset::kViscii}, {"viscii11", Charset::kViscii},
      {"vni", Charset::kVni}, {"vniwindows", Charset::kVni}, {"xvietvni", Charset::kVni}, {"vnitimes", Charset::kVni},
      {"tcvn3", Charset::kTcvn3}, {"tcvn", Charset::kTcvn3}, {"tcvn5712", Charset::kTcvn3}, {"abc", Charset::kTcvn3},
      {"xviettcvn", Charset::kTcvn3}, {"xviettcvn5712", Charset::kTcvn3}, {"tcvn57121", Charset::kTcvn3},
      {"vn3", Charset::kTcvn3}};
  auto it = kLabels.find(l);
  if (it == kLabels.end()) return std::nullopt;
  return it->second;
}

bool is_ascii(std::string_view bytes) {
  for (char ch : bytes)
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  return true;
}

Converted from_utf16(std::string_view bytes, bool big_endian) {
  Converted out;
  out.text.reserve(bytes.size());
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t units = bytes.size() / 2;
  auto unit = [&](size_t k) -> char32_t {
    return big_endian ? (p[2 * k] << 8 | p[2 * k + 1]) : (p[2 * k + 1] << 8 | p[2 * k]);
  };
  for (size_t k = 0; k < units; ++k) {
    char32_t u = unit(k);
    if (u >= 0xD800 && u <= 0xDBFF && k + 1 < units && unit(k + 1) >= 0xDC00 && unit(k + 1) <= 0xDFFF) {
      append_utf8(out.text, 0x10000 + ((u - 0xD800) << 10) + (unit(k + 1) - 0xDC00));
      ++k;
    } else if (u >= 0xD800 && u <= 0xDFFF) {
      append_utf8(out.text, 0xFFFD);
      ++out.unmapped;
    } else {
      append_utf8(out.text, u);
    }
  }
  if (bytes.size() % 2) {  // a lone trailing byte
    append_utf8(out.text, 0xFFFD);
    ++out.unmapped;
  }
  return out;
}

Converted from_legacy(std::string_view bytes, Charset c) {
  const Tables& t = tables();
  Converted out;
  out.text.reserve(bytes.size() + bytes.size() / 2);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  const ByteTable* table = &t.w1252;
  switch (c) {
    case Charset::kWindows1258: table = &t.w1258; break;
    case Charset::kViscii: table = &t.viscii; break;
    case Charset::kTcvn3: table = &t.tcvn3; break;
    case Charset::kVni: table = &t.vni_single; break;
    default: break;
  }
  for (size_t i = 0; i < n; ++i) {
    if (c == Charset::kVni && i + 1 < n && p[i + 1] >= 0x80) {
      auto it = t.vni_pairs.find(static_cast<uint16_t>(p[i] << 8 | p[i + 1]));
      if (it != t.vni_pairs.end()) {
        append_utf8(out.text, it->second);
        ++i;
        continue;
      }
    }
    append_utf8(out.text, (*table)[p[i]]);
  }
  // windows-1258 writes most tones as combining marks after the letter.
  if (c == Charset::kWindows1258) out.text = nfc(out.text);
  return out;
}

std::optional<std::string> to_windows1252(std::string_view utf8) {
  const Tables& t = tables();
  std::string out;
  out.reserve(utf8.size());
  char32_t c;
  for (size_t i = 0; i < utf8.size();) {
    const size_t len = utf8_sequence(utf8, i, c);
    if (len == 0) return std::nullopt;
    i += len;
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    auto it = t.w1252_reverse.find(c);
    if (it == t.w1252_reverse.end()) return std::nullopt;
    out += static_cast<char>(it->second);
  }
  return out;
}

}  // namespace solieu::encoding
