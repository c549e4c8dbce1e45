// An RE2 regex as a sequence of pieces: syntax bytes, escapes, quoted
// literals, and character classes with their members. The pattern set reads
// group names this way; the one-pass search rewrites groups, widens Unicode
// properties and finds a pattern's first and last group; the group reader
// writes RE2's syntax for PCRE2 and looks for what the two read otherwise.
// Each would otherwise need its own rules for `\`, `\Q...\E`, `[...]`, a
// leading `]` and `[:alpha:]`.
//
// It does not parse the regex or check it (RE2 does, when it compiles); on
// text RE2 would refuse, it still visits every byte once, in order, each in
// exactly one piece.
//
//   for_each_syntax_byte(re, [&](size_t i) { if (re[i] == '(') ++groups; });
//   for_each_regex_piece(re, [&](const RegexPiece& p) { out += re.substr(p.begin, p.end - p.begin); });
#pragma once

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string_view>

namespace solieu {

struct RegexPiece {
  enum Kind {
    kSyntax,      // one byte outside a class, not escaped: ( ) | * + ? { } . ^ $ or a literal byte
    kEscape,      // `\` and what it names: two bytes, or a whole \pL, \p{Ll}, \P{...}, \x{...}, \xHH, \123
    kLiteral,     // a quoted literal \Q...\E (to the regex's end when \E is missing)
    kClassOpen,   // `[`, `[^`, with a leading `]` that is a member
    kClassMember, // one byte inside a class, or a named class such as [:alpha:]
    kClassClose,  // the `]` that closes a class
  };
  Kind kind;
  size_t begin, end;  // re[begin, end)
  bool in_class;      // an escape or literal inside a class
  bool negated;       // the class it opens or stands in is negated
};

namespace regex_syntax_detail {

// Where the escape at re[i] ends: `\p{...}`, `\P{...}` and `\x{...}` whole,
// `\pL` three bytes, `\xHH` four, an octal code `\0`..`\777` its digits
// (up to three), any other two.
inline size_t escape_end(std::string_view re, size_t i) {
  const auto hex = [&](size_t j) { return j < re.size() && std::isxdigit(static_cast<unsigned char>(re[j])); };
  const auto octal = [&](size_t j) { return j < re.size() && re[j] >= '0' && re[j] <= '7'; };
  if (i + 2 < re.size() && (re[i + 1] == 'p' || re[i + 1] == 'P' || re[i + 1] == 'x')) {
    if (re[i + 2] == '{') {
      const size_t close = re.find('}', i + 3);
      if (close != std::string_view::npos) return close + 1;
    } else if (re[i + 1] != 'x') {
      return i + 3;
    } else if (hex(i + 2) && hex(i + 3)) {
      return i + 4;
    }
  }
  if (octal(i + 1)) {
    size_t j = i + 2;
    while (j < i + 4 && octal(j)) ++j;
    return j;
  }
  return std::min(i + 2, re.size());
}

}  // namespace regex_syntax_detail

// Calls visit(piece) for each piece of `re`, left to right.
template <typename Visit>
void for_each_regex_piece(std::string_view re, Visit&& visit) {
  bool in_class = false, negated = false;
  for (size_t i = 0; i < re.size();) {
    RegexPiece p{RegexPiece::kSyntax, i, i + 1, in_class, negated};
    if (re[i] == '\\') {
      if (i + 1 < re.size() && re[i + 1] == 'Q') {
        const size_t e = re.find("\\E", i + 2);
        p.kind = RegexPiece::kLiteral;
        p.end = e == std::string_view::npos ? re.size() : e + 2;
      } else {
        p.kind = RegexPiece::kEscape;
        p.end = regex_syntax_detail::escape_end(re, i);
      }
    } else if (in_class) {
      p.kind = RegexPiece::kClassMember;
      if (re.compare(i, 2, "[:") == 0) {
        const size_t e = re.find(":]", i + 2);
        if (e != std::string_view::npos) p.end = e + 2;
      } else if (re[i] == ']') {
        p.kind = RegexPiece::kClassClose;
        in_class = false;
      }
    } else if (re[i] == '[') {
      p.kind = RegexPiece::kClassOpen;
      in_class = true;
      negated = p.end < re.size() && re[p.end] == '^';
      if (negated) ++p.end;
      if (p.end < re.size() && re[p.end] == ']') ++p.end;  // a leading ']' is a member
      p.negated = negated;
    }
    visit(static_cast<const RegexPiece&>(p));
    i = p.end;
  }
}

// Calls visit(i) for each byte re[i] that is syntax: outside classes,
// escapes and quoted literals.
template <typename Visit>
void for_each_syntax_byte(std::string_view re, Visit&& visit) {
  for_each_regex_piece(re, [&](const RegexPiece& p) {
    if (p.kind == RegexPiece::kSyntax) visit(p.begin);
  });
}

}  // namespace solieu
