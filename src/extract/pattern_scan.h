// PatternScan: one pass over the text for many patterns at once.
//
// The extractor's answer is defined pattern by pattern: each pattern's
// leftmost match, then its next one from where the last ended (extractor.h).
// Running each pattern's own search over the whole text costs one automaton
// pass per pattern; on news text that was most of the run (docs/performance.md).
// PatternScan answers the two questions that loop needs with one automaton
// for all of them:
//   - next(): where, at or after `from`, the next match of any pattern may
//     start (the union of the patterns, group names removed, each cut short
//     after its first parts: match_start.h);
//   - candidates_at(): which patterns may match at that position (an
//     anchored RE2::Set).
// The extractor then runs only those patterns, anchored at that position, to
// read their groups (Extractor::scan_window).
//
// Both answer with a superset, never less: in the union and the set the
// Unicode letter and digit properties are widened (widened(): the patterns'
// word boundary "no letter or digit" becomes "no ASCII letter or digit", a
// lower-case syllable any run of lower-case ASCII or non-ASCII characters;
// RE2's Unicode classes are most of their automata), and the set sees the text from the position on, so `^` holds there and `$` at
// its end. So next() may stop where no pattern matches and candidates_at()
// may name a pattern that does not match; the anchored run of the pattern
// itself settles it. Neither passes over a match, except that the set cannot
// see `\b` or `\B` before the position: patterns that test them are
// reported by `always_run()`.
//
// It does not build figures, resolve overlaps, or read groups.
//
// Ownership: it keeps its own compiled union and set; the CompiledPatterns it
// was built from need not outlive it. Thread safety: const methods may be
// called from many threads at once (RE2 and RE2::Set are thread-safe).
//
//   auto scan = PatternScan::build({&p1, &p2});
//   if (std::optional<size_t> at = scan->next(text, 0, text.size()))
//     scan->candidates_at(text, *at, text.size(), ids);
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace solieu {

struct CompiledPattern;

class PatternScan {
 public:
  // Compiles the union and the set of `patterns` (their `expanded` regexes,
  // with the options every pattern is compiled with). Null when RE2 refuses
  // them together (too large for its memory budget): the caller then runs
  // the patterns one by one. With `threads` > 1 the two compile side by side.
  static std::unique_ptr<PatternScan> build(const std::vector<const CompiledPattern*>& patterns, int threads = 1);
  ~PatternScan();

  // A position at or after `from`, and at or before the start of the
  // leftmost match of any pattern inside text[from, end), where a match may
  // start; nullopt means no pattern matches there. (text is the whole
  // article: `^`, `$` and the characters around the range are seen as the
  // patterns see them.)
  std::optional<size_t> next(std::string_view text, size_t from, size_t end) const;

  // The patterns (indices into the list given to build()) that may match
  // text[at, end) from its start: `out` is replaced by them, in increasing
  // order. False when RE2 could not answer (its automaton ran out of
  // memory): then every pattern may match.
  bool candidates_at(std::string_view text, size_t at, size_t end, std::vector<int>& out) const;

  // Patterns candidates_at() may leave out (they test \b or \B): indices, increasing.
  const std::vector<int>& always_run() const { return always_run_; }

  // A regex with its named groups made plain ((?P<n>x) -> (?:x)), so that
  // patterns with the same slot names can stand side by side in one union.
  static std::string without_group_names(std::string_view regex);

  // A regex that matches wherever `regex` does, and may match more: \pL,
  // \p{Ll} and \pN (alone or in a class) admit any non-ASCII character, and
  // in a negated class exclude only their ASCII members. Other escapes and
  // properties are left as they are.
  static std::string widened(std::string_view regex);

 private:
  PatternScan();
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
  std::vector<int> always_run_;
};

}  // namespace solieu
