// Step 1 of the normalizer: bytes to UTF-8 code points, with folding.
//
// UTF-8 is decoded in place: the text is only copied from the first byte that
// has to change, so valid input with nothing to fold costs one scan and no
// allocation. Invalid sequences become one U+FFFD per maximal subpart (the
// Unicode recommendation, also what ICU and browsers do), so a truncated
// "\xE1\xBB" at the end is one replacement, not two.
//
// UTF-16 (only when announced by a BOM) always changes bytes, so every code
// point becomes its own rewritten piece of the map: a span still maps to the
// exact UTF-16 code units it came from.
#include <array>
#include <cstdint>

#include "core/utf8.h"
#include "normalize/fold.h"
#include "normalize/steps.h"

namespace solieu::normalize_detail {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr char32_t kInvalidUnit = 0xFFFFFFFF;  // a lone surrogate

// Builds the folded text and its map lazily: nothing is written until the
// first change, then everything.
class Writer {
 public:
  Writer(std::string_view input, Decoded& d, OffsetMap* map)
      : input_(input), d_(d), map_(map), run_start_(d.bom_length) {}

  // Starts the copy if needed and copies the untouched input up to `upto`
  // as one exact piece.
  void materialize(size_t upto) {
    if (!d_.changed) {
      d_.changed = true;
      d_.text.reserve(input_.size() + 16);
    }
    if (upto > run_start_) {
      if (map_) map_->add(d_.text.size(), upto - run_start_, run_start_, upto - run_start_, true);
      d_.text.append(input_.data() + run_start_, upto - run_start_);
    }
    run_start_ = upto;
  }

  // Input [at, at+len) becomes `c` (a rewritten piece).
  void replace(size_t at, size_t len, char32_t c) {
    materialize(at);
    const size_t out_start = d_.text.size();
    append_utf8(d_.text, c);
    if (map_) map_->add(out_start, d_.text.size() - out_start, at, len, false);
    run_start_ = at + len;
  }

  // Input [at, at+len) produces nothing; no piece covers it.
  void drop(size_t at, size_t len) {
    materialize(at);
    run_start_ = at + len;
  }

  void finish() {
    if (d_.changed) {
      materialize(input_.size());
      if (map_) map_->finish(d_.text.size(), input_.size());
    } else if (map_) {
      const size_t n = input_.size() - d_.bom_length;
      map_->add(0, n, d_.bom_length, n, true);
      map_->finish(n, input_.size());
    }
  }

 private:
  std::string_view input_;
  Decoded& d_;
  OffsetMap* map_;
  size_t run_start_;  // first input byte not yet copied (once copying)
};

void note_invalid(NormalizeStats& stats, size_t at, size_t len) {
  if (stats.invalid_bytes == 0) stats.first_invalid_offset = at;
  stats.invalid_bytes += len;
}

// Decodes the multi-byte sequence at `i` (lead byte >= 0x80). Returns its
// length and sets `c`, or returns the length of the maximal invalid subpart
// and sets `c` to kReplacement with `valid` false.
size_t decode_utf8(const unsigned char* p, size_t n, size_t i, char32_t& c, bool& valid) {
  const unsigned char b0 = p[i];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    c = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    c = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;       // no overlong forms
    else if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    c = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;       // no overlong forms
    else if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    valid = false;  // a lone continuation byte, C0, C1 or F5..FF
    c = kReplacement;
    return 1;
  }
  for (size_t k = 1; k <= need; ++k) {
    const bool ok = i + k < n && p[i + k] >= (k == 1 ? lo : 0x80) && p[i + k] <= (k == 1 ? hi : 0xBF);
    if (!ok) {
      valid = false;
      c = kReplacement;
      return k;  // the bytes read so far form the maximal subpart
    }
    c = (c << 6) | (p[i + k] & 0x3F);
  }
  valid = true;
  return need + 1;
}

bool is_o_or_u(unsigned char b) { return b == 'o' || b == 'O' || b == 'u' || b == 'U'; }

bool is_ascii_letter(unsigned char b) { return ((b | 0x20) >= 'a' && (b | 0x20) <= 'z'); }

// For each byte that starts a character, the character's length when it
// can be passed over whatever follows: it folds to itself (fold_of) and is
// not a toned a/e/y, which live behind leads C3 and E1 only (as
// may_need_respelling also assumes). 0: look closer (skip_plain) or decode.
// Continuation bytes are 0: in valid UTF-8 the skip never lands on one.
constexpr std::array<uint8_t, 256> kPlainLength = [] {
  std::array<uint8_t, 256> t{};
  t['\n'] = 1;
  for (int b = 0x20; b < 0x7F; ++b) t[b] = 1;
  for (int b = 0xC4; b <= 0xDF; ++b) t[b] = 2;   // U+0100-U+07FF: Latin Extended (ă, đ, ơ, ư), marks, ...
  t[0xE0] = 3;                                   // U+0800-U+0FFF
  for (int b = 0xE4; b <= 0xEE; ++b) t[b] = 3;   // U+4000-U+EFFF (no surrogates: the text is valid)
  for (int b = 0xF0; b <= 0xF4; ++b) t[b] = 4;   // past U+FFFF
  return t;
}();

// The first position at or after `i` that needs decoding: runs of printable
// ASCII are passed eight bytes at a time, and, when the text is known to be
// valid UTF-8, every character that folds to itself and cannot set the tone
// hint is passed whole without being decoded. Vietnamese letters are mostly
// two- and three-byte characters, so this is most of an article's bytes.
size_t skip_plain(const unsigned char* p, size_t n, size_t i, bool valid) {
  while (i < n) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      if (!kPlainLength[b]) return i;
      ++i;
      continue;
    }
    if (!valid) return i;
    if (const size_t len = kPlainLength[b]) {
      i += len;
      continue;
    }
    // Leads whose characters fold to themselves but for a few: the plain
    // ones are told by the second byte. A toned a/e/y (C3, E1) matters only
    // after a plain o or u.
    const unsigned char b1 = p[i + 1];  // valid UTF-8: a lead has its continuation
    const bool after_o_or_u = i > 0 && is_o_or_u(p[i - 1]);
    if (b == 0xC3 && b1 != 0x90 && !after_o_or_u) i += 2;        // U+00C0-U+00FF but Ð
    else if (b == 0xE1 && b1 != 0x9A && !after_o_or_u) i += 3;   // U+1000-U+1FFF but U+1680-U+16BF
    else if (b == 0xE2 && b1 >= 0x82) i += 3;                    // U+2080-U+2FFF (the spaces end at U+2060)
    else if (b == 0xE3 && b1 != 0x80) i += 3;                    // U+3040-U+3FFF (U+3000 is a space)
    else if (b == 0xEF && b1 != 0xBB) i += 3;                    // U+F000-U+FFFF but U+FEC0-U+FEFF
    else return i;
  }
  return i;
}

void fold_utf8(std::string_view input, Decoded& d, OffsetMap* map, NormalizeStats& stats) {
  const auto* p = reinterpret_cast<const unsigned char*>(input.data());
  const size_t n = input.size();
  Writer w(input, d, map);
  size_t i = d.bom_length;
  // One fast check up front lets skip_plain pass whole characters over
  // without decoding them; text with an invalid byte is decoded throughout.
  const bool valid = is_valid_utf8(input.substr(i));
  while (i < n) {
    i = skip_plain(p, n, i, valid);
    if (i >= n) break;
    const unsigned char b = p[i];
    if (b < 0x80) {
      // Printable ASCII and \n are by far the most common bytes.
      if ((b >= 0x20 && b != 0x7F) || b == '\n') {
        ++i;
        continue;
      }
      if (b == 0) ++stats.nul_bytes;
      ++stats.folded;
      const Fold f = fold_of(b);
      // \r\n is one line break, so only its \n stays; a lone \r becomes a
      // space (fold_of), as it does everywhere else in the text.
      const bool crlf = b == '\r' && i + 1 < n && p[i + 1] == '\n';
      if (f.kind == Fold::kReplace && !crlf) w.replace(i, 1, f.to);
      else w.drop(i, 1);
      ++i;
      continue;
    }
    char32_t c;
    bool valid;
    const size_t len = decode_utf8(p, n, i, c, valid);
    if (!valid) {
      note_invalid(stats, i, len);
      w.replace(i, len, kReplacement);
    } else {
      const Fold f = fold_of(c);
      if (f.kind == Fold::kKeep) {
        // Worth a tone pass only when the syllable may be open: "toàn",
        // "hoàng" (the usual case) are closed by an ASCII letter.
        if (i > 0 && is_o_or_u(p[i - 1]) && (i + len >= n || !is_ascii_letter(p[i + len])) &&
            is_toned_second_vowel(c)) {
          d.tone_hint = true;
        }
      } else {
        ++stats.folded;
        if (f.kind == Fold::kDrop) w.drop(i, len);
        else w.replace(i, len, f.to);
      }
    }
    i += len;
  }
  w.finish();
}

void fold_utf16(std::string_view input, bool big_endian, Decoded& d, OffsetMap* map,
                NormalizeStats& stats) {
  const auto* p = reinterpret_cast<const unsigned char*>(input.data());
  const size_t n = input.size();
  const auto unit = [&](size_t at) -> char32_t {
    return big_endian ? (char32_t(p[at]) << 8) | p[at + 1] : (char32_t(p[at + 1]) << 8) | p[at];
  };
  d.changed = true;  // UTF-16 bytes never survive as they are
  d.text.reserve(n);
  const auto emit = [&](size_t at, size_t len, char32_t c) {
    const size_t out_start = d.text.size();
    append_utf8(d.text, c);
    if (map) map->add(out_start, d.text.size() - out_start, at, len, false);
  };
  size_t i = d.bom_length;
  while (i < n) {
    if (i + 1 >= n) {  // odd length: a lone trailing byte
      note_invalid(stats, i, 1);
      emit(i, 1, kReplacement);
      break;
    }
    char32_t c = unit(i);
    size_t len = 2;
    if (c >= 0xD800 && c <= 0xDBFF) {
      const char32_t c2 = i + 3 < n ? unit(i + 2) : 0;
      if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
        len = 4;
      } else {
        c = kInvalidUnit;
      }
    } else if (c >= 0xDC00 && c <= 0xDFFF) {
      c = kInvalidUnit;
    }
    if (c == kInvalidUnit) {
      note_invalid(stats, i, 2);
      emit(i, 2, kReplacement);
      i += 2;
      continue;
    }
    if (c == 0) ++stats.nul_bytes;  // NUL characters: zero bytes are normal here
    const Fold f = fold_of(c);
    if (f.kind != Fold::kKeep) {
      ++stats.folded;
      const bool crlf = c == U'\r' && i + 3 < n && unit(i + 2) == U'\n';
      if (f.kind == Fold::kReplace && !crlf) emit(i, len, f.to);
    } else {
      emit(i, len, c);
    }
    i += len;
  }
  if (map) map->finish(d.text.size(), n);
}

}  // namespace

void decode_and_fold(std::string_view input, Decoded& d, OffsetMap* map, NormalizeStats& stats) {
  const auto* p = reinterpret_cast<const unsigned char*>(input.data());
  const size_t n = input.size();
  d = Decoded{};
  if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
    stats.encoding = "UTF-8";
    stats.bom = true;
    d.bom_length = 3;
  } else if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
    const bool big_endian = p[0] == 0xFE;
    stats.encoding = big_endian ? "UTF-16BE" : "UTF-16LE";
    stats.bom = true;
    d.bom_length = 2;
    fold_utf16(input, big_endian, d, map, stats);
    return;
  } else {
    stats.encoding = "UTF-8";
  }
  fold_utf8(input, d, map, stats);
}

}  // namespace solieu::normalize_detail
