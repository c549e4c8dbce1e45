// The bytes of an RE2 regex that are syntax: outside character classes and
// not escaped. The pattern set reads group names this way, and the one-pass
// search rewrites groups and finds a pattern's first and last group; each
// would otherwise need the same rules for `\`, `[...]` and a leading `]`.
//
// It does not parse the regex or check it (RE2 does, when it compiles); on
// text RE2 would refuse, it still visits every byte once, in order.
//
//   for_each_syntax_byte(re, [&](size_t i) { if (re[i] == '(') ++groups; });
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace solieu {

// Where the regex piece that starts at re[i] and is not syntax ends, or 0
// when re[i] starts none: an escape (`\` and the byte after it), a quoted
// literal `\Q...\E` (to the end of the regex when `\E` is missing), and
// inside a class a named class such as `[:alpha:]`.
inline size_t literal_piece_end(std::string_view re, size_t i, bool in_class) {
  if (re[i] == '\\') {
    if (i + 1 < re.size() && re[i + 1] == 'Q') {
      const size_t e = re.find("\\E", i + 2);
      return e == std::string_view::npos ? re.size() : e + 2;
    }
    return std::min(i + 2, re.size());
  }
  if (in_class && re.compare(i, 2, "[:") == 0) {
    const size_t e = re.find(":]", i + 2);
    if (e != std::string_view::npos) return e + 2;
  }
  return 0;
}

// Calls visit(i) for each byte re[i] that is syntax, left to right. Escapes,
// quoted literals and a whole character class (from `[` to its `]`; a `]`
// right after `[` or `[^` is a member, and `[:alpha:]` inside is one piece)
// are skipped; the `[` and the `]` that open and close a class are not
// visited either.
template <typename Visit>
void for_each_syntax_byte(std::string_view re, Visit&& visit) {
  bool in_class = false;
  for (size_t i = 0; i < re.size(); ++i) {
    if (const size_t end = literal_piece_end(re, i, in_class)) {
      i = end - 1;
      continue;
    }
    const char c = re[i];
    if (in_class) {
      if (c == ']') in_class = false;
      continue;
    }
    if (c == '[') {
      in_class = true;
      if (i + 1 < re.size() && re[i + 1] == '^') ++i;
      if (i + 1 < re.size() && re[i + 1] == ']') ++i;
      continue;
    }
    visit(i);
  }
}

}  // namespace solieu
