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

#include <cstddef>
#include <string_view>

namespace solieu {

// Calls visit(i) for each byte re[i] that is syntax, left to right. An
// escape (`\` and the byte after it) and a whole character class (from `[`
// to its `]`; a `]` right after `[` or `[^` is a member) are skipped; the
// `[` and the `]` that open and close a class are not visited either.
template <typename Visit>
void for_each_syntax_byte(std::string_view re, Visit&& visit) {
  bool in_class = false;
  for (size_t i = 0; i < re.size(); ++i) {
    const char c = re[i];
    if (c == '\\') {
      ++i;
      continue;
    }
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
