// decode_to_utf8: the order in which a charset is believed (BOM, declared
// label unless the bytes contradict it, detection), then the mojibake checks.
#include "encoding/decode.h"

#include <array>
#include <optional>
#include <string>

#include "core/utf8.h"
#include "encoding/charsets.h"
#include "encoding/score.h"

namespace solieu {
namespace {

using encoding::Charset;
using encoding::charset_name;
using encoding::TextScore;

// The legacy readings detection chooses among, in the order a tie goes.
constexpr std::array<Charset, 5> kLegacy = {Charset::kWindows1258, Charset::kViscii, Charset::kTcvn3, Charset::kVni,
                                            Charset::kWindows1252};

struct Reading {
  Charset charset;
  std::string text;
  size_t unmapped = 0;
  TextScore score;
};

Reading read_as(std::string_view bytes, Charset c) {
  Reading r{c, {}, 0, {}};
  encoding::Converted conv;
  if (c == Charset::kUtf16le || c == Charset::kUtf16be) conv = encoding::from_utf16(bytes, c == Charset::kUtf16be);
  else conv = encoding::from_legacy(bytes, c);
  r.text = std::move(conv.text);
  r.unmapped = conv.unmapped;
  r.score = encoding::score_vietnamese(r.text);
  return r;
}

// A rival reading wins only by a clear margin: a few good words more, and far
// fewer wrong ones. This is what keeps right text from being "repaired".
bool clearly_better(const TextScore& rival, const TextScore& current) {
  if (current.wrong() < 2) return false;
  return rival.value() >= current.value() + 3 && rival.wrong() * 3 <= current.wrong() && rival.good > current.good / 2;
}

// UTF-16 without a BOM: text in the Latin range has a zero in every other byte.
std::optional<Charset> utf16_by_zeros(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 2048) & ~size_t{1};
  if (n < 8) return std::nullopt;
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < n; i += 2) {
    even += bytes[i] == 0;
    odd += bytes[i + 1] == 0;
  }
  const size_t units = n / 2;
  if (odd * 10 >= units * 3 && even * 20 < units) return Charset::kUtf16le;
  if (even * 10 >= units * 3 && odd * 20 < units) return Charset::kUtf16be;
  return std::nullopt;
}

// UTF-8 read as windows-1252 shows "à" as "Ã" and a no-break space, and the
// no-break space is often lost to a plain one on the way ("dÃ i"). Where a
// UTF-8 sequence expects a continuation byte and finds a space, put the 0xA0
// back.
void restore_lost_nbsp(std::string& b) {
  for (size_t i = 0; i < b.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(b[i]);
    const size_t follow = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
    for (size_t k = 1; k <= follow && i + k < b.size(); ++k) {
      const unsigned char d = static_cast<unsigned char>(b[i + k]);
      if (d == ' ') b[i + k] = static_cast<char>(0xA0);
      else if ((d & 0xC0) != 0x80) break;
    }
    i += follow;
  }
}

// Valid UTF-8 that is really a wrong reading: UTF-8 decoded as windows-1252
// once or twice ("Viá»‡t"), or TCVN3/VNI bytes shown as windows-1252 ("Céng
// hßa X· héi"). Each undoing must be clearly better than what it replaces.
void repair_mojibake(Decoded& d) {
  for (int round = 0; round < 3; ++round) {
    std::optional<std::string> bytes = encoding::to_windows1252(d.text);
    if (!bytes || encoding::is_ascii(*bytes)) return;
    TextScore now = encoding::score_vietnamese(d.text);
    if (now.wrong() < 2) return;
    std::string utf8_again = *bytes;
    if (!is_valid_utf8(utf8_again)) restore_lost_nbsp(utf8_again);
    if (is_valid_utf8(utf8_again)) {
      TextScore redone = encoding::score_vietnamese(utf8_again);
      if (clearly_better(redone, now)) {
        d.text = std::move(utf8_again);
        d.repairs.push_back("utf-8 decoded twice (as windows-1252), undone");
        continue;
      }
    }
    for (Charset c : {Charset::kTcvn3, Charset::kVni}) {
      Reading r = read_as(*bytes, c);
      if (clearly_better(r.score, now)) {
        d.text = std::move(r.text);
        d.repairs.push_back(std::string(charset_name(c)) + " text shown as windows-1252, re-read as " +
                            std::string(charset_name(c)));
        return;
      }
    }
    return;
  }
}

// Where a conversion cannot keep everything, say what.
void note_losses(Decoded& d, const Reading& r) {
  if (r.unmapped > 0)
    d.losses.push_back(std::to_string(r.unmapped) + " invalid " + std::string(charset_name(r.charset)) +
                       " units replaced with U+FFFD");
  if (r.charset == Charset::kTcvn3)
    d.losses.push_back(
        "tcvn3 has no toned capitals: letters set in a capital font (.VnTimeH) come out lower-case");
}

Decoded finish(const Reading& r, std::string found_by) {
  Decoded d;
  d.text = r.text;
  d.encoding = std::string(charset_name(r.charset));
  d.found_by = std::move(found_by);
  note_losses(d, r);
  return d;
}

Decoded as_utf8(std::string_view bytes, std::string found_by) {
  Decoded d;
  d.text = std::string(bytes);
  d.encoding = "utf-8";
  d.found_by = std::move(found_by);
  repair_mojibake(d);
  return d;
}

// Detection reads this much of the input with each candidate; only the
// winner converts the whole (a large file is not converted five times).
constexpr size_t kSampleBytes = 64 * 1024;

TextScore sample_score(std::string_view bytes, Charset c) {
  return read_as(bytes.substr(0, kSampleBytes), c).score;
}

// The best legacy reading of bytes that are not UTF-8.
Reading detect_legacy(std::string_view bytes) {
  Charset best = kLegacy[0];
  TextScore best_score = sample_score(bytes, best);
  for (size_t i = 1; i < kLegacy.size(); ++i) {
    TextScore s = sample_score(bytes, kLegacy[i]);
    if (s.value() > best_score.value()) best = kLegacy[i], best_score = s;
  }
  // Nothing Vietnamese in any reading: windows-1252 is the plainest guess.
  if (best_score.good == 0) best = Charset::kWindows1252;
  return read_as(bytes, best);
}

Decoded detect(std::string_view bytes) {
  if (is_valid_utf8(bytes)) return as_utf8(bytes, "detected");
  if (auto c = utf16_by_zeros(bytes)) return finish(read_as(bytes, *c), "detected");
  return finish(detect_legacy(bytes), "detected");
}

}  // namespace

Result<Decoded> decode_to_utf8(std::string_view bytes, std::string_view declared) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  // 1. A byte order mark settles it (and is not part of the text).
  if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
    std::string_view rest = bytes.substr(3);
    if (is_valid_utf8(rest)) return as_utf8(rest, "bom");
    Decoded d = detect(rest);
    d.repairs.push_back("utf-8 byte order mark on bytes that are not utf-8");
    return d;
  }
  if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
    return finish(read_as(bytes.substr(2), p[0] == 0xFE ? Charset::kUtf16be : Charset::kUtf16le), "bom");

  // 2. A declared charset, unless the bytes say otherwise.
  std::optional<Charset> label = declared.empty() ? std::nullopt : encoding::charset_from_label(declared);
  if (!label) {
    Decoded d = detect(bytes);
    if (!declared.empty())
      d.repairs.push_back("unknown charset \"" + std::string(declared.substr(0, 40)) + "\" declared, detected " +
                          d.encoding);
    return d;
  }
  const std::string said(charset_name(*label));
  if (*label == Charset::kUtf8) {
    if (is_valid_utf8(bytes)) return as_utf8(bytes, "declared");
    Decoded d = detect(bytes);
    d.repairs.push_back("declared utf-8, but the bytes are not: read as " + d.encoding);
    return d;
  }
  if (*label == Charset::kUtf16le || *label == Charset::kUtf16be) return finish(read_as(bytes, *label), "declared");
  // Legacy labels: a page that is valid UTF-8 with non-ASCII text was saved as
  // UTF-8 whatever its <meta> says (a re-save that kept the old tag).
  if (!encoding::is_ascii(bytes) && is_valid_utf8(bytes)) {
    Decoded d = as_utf8(bytes, "detected");
    d.repairs.insert(d.repairs.begin(), "declared " + said + ", but the bytes are utf-8");
    return d;
  }
  const TextScore as_declared = sample_score(bytes, *label);
  // A declared reading with no wrong words cannot be clearly beaten: done.
  if (as_declared.wrong() < 2) return finish(read_as(bytes, *label), "declared");
  if (*label == Charset::kWindows1252) {
    // Pages typed in VNI or TCVN3 fonts were declared windows-1252/iso-8859-1.
    for (Charset c : {Charset::kVni, Charset::kTcvn3}) {
      if (clearly_better(sample_score(bytes, c), as_declared)) {
        Decoded d = finish(read_as(bytes, c), "detected");
        d.repairs.push_back(std::string(charset_name(c)) + " text declared as " + said);
        return d;
      }
    }
  } else {
    Charset best = *label;
    TextScore best_score = as_declared;
    for (Charset c : kLegacy)
      if (TextScore s = sample_score(bytes, c); s.value() > best_score.value()) best = c, best_score = s;
    if (best != *label && clearly_better(best_score, as_declared)) {
      Decoded d = finish(read_as(bytes, best), "detected");
      d.repairs.push_back("declared " + said + ", but the bytes read as " + d.encoding);
      return d;
    }
  }
  return finish(read_as(bytes, *label), "declared");
}

}  // namespace solieu
