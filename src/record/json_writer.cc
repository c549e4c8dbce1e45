#include "record/json_writer.h"

#include <algorithm>
#include <array>

#include <nlohmann/json.hpp>

namespace solieu {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// How the bytes from s[i] on (s[i] >= 0x80) read as UTF-8: a well-formed
// sequence of `length` bytes, or an ill-formed one whose first `length`
// bytes (at least 1: the maximal subpart of a well-formed sequence) make one
// U+FFFD, the next byte being read afresh. This is what nlohmann's decoder
// (Hoehrmann's DFA) does with error_handler_t::replace.
struct Utf8Sequence {
  size_t length;
  bool well_formed;
};

Utf8Sequence utf8_sequence(std::string_view s, size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  size_t length;
  // The second byte's range narrows after E0, ED, F0 and F4 (no overlong
  // forms, no surrogates, nothing past U+10FFFF); later bytes are 80..BF.
  unsigned char lo = 0x80, hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
  } else {
    return {1, false};  // a continuation byte, C0, C1 or F5..FF
  }
  for (size_t k = 1; k < length; ++k) {
    if (i + k == s.size()) return {k, false};
    const auto c = static_cast<unsigned char>(s[i + k]);
    if (c < lo || c > hi) return {k, false};
    lo = 0x80;
    hi = 0xBF;
  }
  return {length, true};
}

// The escape of '"', '\\' or a control byte below 0x20.
void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  const char u[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
  out.append(u, sizeof u);
}

// The bytes that stay as they are in a JSON string: printable ASCII except '"'
// and '\\' (DEL included, as nlohmann leaves it).
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

// The inside of a JSON string. Bytes that stay as they are (printable ASCII
// and well-formed UTF-8, nearly all of a news text) are copied a run at a time.
void append_escaped(std::string& out, std::string_view s) {
  size_t run = 0;  // the first byte not yet copied
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (kPlain[c]) {
      ++i;
    } else if (c >= 0x80) {
      const Utf8Sequence seq = utf8_sequence(s, i);
      if (!seq.well_formed) {
        out.append(s.substr(run, i - run));
        out.append(kReplacement);
        run = i + seq.length;
      }
      i += seq.length;
    } else {
      out.append(s.substr(run, i - run));
      append_escape(out, c);
      run = ++i;
    }
  }
  out.append(s.substr(run));
}

}  // namespace

JsonWriter& JsonWriter::key(std::string_view k) {
  // One resize rather than four appends: keys are most of the calls.
  const size_t at = out_.size();
  out_.resize(at + need_comma_ + k.size() + 3);
  char* p = out_.data() + at;
  if (need_comma_) *p++ = ',';
  *p++ = '"';
  p = std::copy(k.begin(), k.end(), p);
  *p++ = '"';
  *p = ':';
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view s) {
  separate();
  out_ += '"';
  append_escaped(out_, s);
  out_ += '"';
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  out_.append("null");
  return *this;
}

JsonWriter& JsonWriter::number(double v) {
  separate();
  // nlohmann's own formatting, so that it cannot drift from it: Grisu2's
  // digits are not always the shortest that std::to_chars would give. Few
  // record numbers get here (most are whole: integer()).
  out_.append(nlohmann::json(v).dump());
  return *this;
}

}  // namespace solieu
