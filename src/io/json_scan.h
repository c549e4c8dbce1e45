// A strict JSON reader for one JSON Lines line that drives a SAX handler
// with the same callbacks, in the same order and with the same values, as
// nlohmann::json::sax_parse (3.11) would: start_object, key, string,
// number_integer / number_unsigned / number_float, boolean, null,
// start_array, end_object, end_array.
//
// It exists for speed. nlohmann's lexer reads a string one character at a
// time; here the bytes between escapes are found eight at a time, checked
// as UTF-8 in runs (core/utf8's is_valid_utf8) and copied in one append.
//
// It does not report errors. It reads only what it is sure nlohmann reads
// the same way, and answers kUnsure for everything else: any malformed
// input, a byte order mark that is not exactly EF BB BF, a float that
// std::from_chars does not read as finite (nlohmann refuses an infinite
// one with its own error), a decimal point when the C locale's is not '.'.
// After kUnsure the handler has seen some callbacks already; the caller
// parses the line again with nlohmann and a fresh handler, which gives the
// exact error (message and position). Nesting depth is not limited and
// costs no recursion, as in nlohmann's SAX parser.
//
// Pure function of the text and the handler; safe from any thread with its
// own handler.
//
//   FieldHandler h(fields);
//   if (json_scan::sax_scan(line, h) == json_scan::End::kUnsure) {
//     FieldHandler again(fields);
//     nlohmann::json::sax_parse(line.begin(), line.end(), &again);
//   }
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace solieu::json_scan {

enum class End {
  kDone,     // one JSON value, whitespace around it, every callback said true
  kStopped,  // a callback said false; the rest was not read (as nlohmann does)
  kUnsure,   // not read: parse again with nlohmann and a fresh handler
};

// Reads the string whose opening quote is just before `p` into `out`
// (cleared first), escapes decoded, and leaves `p` after the closing quote.
// False, with `p` anywhere, for what nlohmann refuses: a missing closing
// quote, a control character (below 0x20), a bad escape, a lone or
// mismatched surrogate in \u escapes, bytes that are not UTF-8. "\u0000"
// is read as a NUL byte, as nlohmann reads it.
bool read_string(const char*& p, const char* end, std::string& out);

// A number token and what nlohmann makes of it.
struct Number {
  enum Kind { kUnsigned, kInteger, kFloat, kUnsure } kind = kUnsure;
  uint64_t u = 0;
  int64_t i = 0;
  double d = 0;
};

// Reads the JSON number grammar at `p` (a '-' or a digit) and leaves `p`
// after it. As nlohmann: no sign, no fraction, no exponent and it fits in
// uint64 → kUnsigned; a '-' and it fits in int64 → kInteger; otherwise a
// double (kFloat). kUnsure when the grammar does not hold, or the double is
// one from_chars does not give as finite and in range (nlohmann's strtod
// may still give a finite denormal: not worth guessing), or the locale's
// decimal point is not '.' (nlohmann's spelling would hold the locale's).
// The grammar does not look past the token: "01" reads as 0 with `p` on
// the '1', which the caller then refuses, as nlohmann does.
Number read_number(const char*& p, const char* end);

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline void skip_space(const char*& p, const char* end) {
  while (p < end && is_space(*p)) ++p;
}

// Whether [p, end) starts with `word` ("true", "false", "null").
inline bool starts_with(const char* p, const char* end, std::string_view word) {
  return static_cast<size_t>(end - p) >= word.size() && std::string_view(p, word.size()) == word;
}

// Reads `text` as one JSON value into `h`. Handler has the member functions
// of nlohmann::json_sax with std::string for strings and the number types
// above; each returns false to stop.
template <class Handler>
End sax_scan(std::string_view text, Handler& h) {
  const char* p = text.data();
  const char* const end = p + text.size();
  // nlohmann skips a byte order mark at the very start, and refuses a
  // first byte 0xEF that does not begin one.
  if (p < end && static_cast<unsigned char>(*p) == 0xEF) {
    if (!starts_with(p, end, "\xEF\xBB\xBF")) return End::kUnsure;
    p += 3;
  }
  // Open containers, innermost last: 'o' or 'a'. A string, so that the
  // first fifteen levels live in its own bytes.
  std::string open;
  std::string str;     // a string value; the handler may move from it
  std::string key;     // an object key
  std::string number;  // a float's spelling
  const auto fail = [] { return End::kUnsure; };

  skip_space(p, end);
value:
  if (p == end) return fail();
  switch (*p) {
    case '{':
      ++p;
      if (!h.start_object(static_cast<size_t>(-1))) return End::kStopped;
      skip_space(p, end);
      if (p < end && *p == '}') {
        ++p;
        if (!h.end_object()) return End::kStopped;
        goto after_value;
      }
      open.push_back('o');
      goto member;
    case '[':
      ++p;
      if (!h.start_array(static_cast<size_t>(-1))) return End::kStopped;
      skip_space(p, end);
      if (p < end && *p == ']') {
        ++p;
        if (!h.end_array()) return End::kStopped;
        goto after_value;
      }
      open.push_back('a');
      goto value;
    case '"':
      ++p;
      if (!read_string(p, end, str)) return fail();
      if (!h.string(str)) return End::kStopped;
      goto after_value;
    case 't':
      if (!starts_with(p, end, "true")) return fail();
      p += 4;
      if (!h.boolean(true)) return End::kStopped;
      goto after_value;
    case 'f':
      if (!starts_with(p, end, "false")) return fail();
      p += 5;
      if (!h.boolean(false)) return End::kStopped;
      goto after_value;
    case 'n':
      if (!starts_with(p, end, "null")) return fail();
      p += 4;
      if (!h.null()) return End::kStopped;
      goto after_value;
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': {
      const char* start = p;
      const Number n = read_number(p, end);
      switch (n.kind) {
        case Number::kUnsigned:
          if (!h.number_unsigned(n.u)) return End::kStopped;
          break;
        case Number::kInteger:
          if (!h.number_integer(n.i)) return End::kStopped;
          break;
        case Number::kFloat:
          number.assign(start, p);
          if (!h.number_float(n.d, number)) return End::kStopped;
          break;
        case Number::kUnsure:
          return fail();
      }
      goto after_value;
    }
    default:
      return fail();
  }

member:  // after '{' or ',' in an object, space skipped: a key and its value
  if (p == end || *p != '"') return fail();
  ++p;
  if (!read_string(p, end, key)) return fail();
  if (!h.key(key)) return End::kStopped;
  skip_space(p, end);
  if (p == end || *p != ':') return fail();
  ++p;
  skip_space(p, end);
  goto value;

after_value:
  skip_space(p, end);
  if (open.empty()) return p == end ? End::kDone : fail();
  if (p == end) return fail();
  if (open.back() == 'o') {
    if (*p == ',') {
      ++p;
      skip_space(p, end);
      goto member;
    }
    if (*p != '}') return fail();
    ++p;
    open.pop_back();
    if (!h.end_object()) return End::kStopped;
    goto after_value;
  }
  if (*p == ',') {
    ++p;
    skip_space(p, end);
    goto value;
  }
  if (*p != ']') return fail();
  ++p;
  open.pop_back();
  if (!h.end_array()) return End::kStopped;
  goto after_value;
}

}  // namespace solieu::json_scan
