// CueReader: the matches of a cue regex, the cue read off each one.
//
// The context reader searches sentences for the keys of a cue table (STATUS,
// STATUS_DETAIL) as whole words, with a regex of the shape
//   (?:^|[^\pL\pN])(?P<cue>KEY|KEY|...)(?:[^\pL\pN]|$)
// and needs the cue itself, group 1. Asking RE2 for the group costs its
// submatch engine on every match; these regexes are far over the size of its
// cheap one, so that was most of a cue search. When every key begins and ends
// with a Vietnamese letter or an ASCII letter or digit, the group is the
// match less one boundary character at either end, and which ends hold one
// is told by the characters there: a letter of that set, under RE2's case
// folding, is never one of [^\pL\pN], and every character it folds to is in
// the set. Otherwise RE2 reads the group, as before. Either way the hits are
// the same (tests/extract/cue_reader_test.cc compares them).
//
// It does not decide what a cue means (the table does) or apply it.
//
// Ownership: shares the regex. Thread safety: immutable; next() is const and
// may run on many threads at once.
//
//   CueReader reader(status_regex, patterns.table("STATUS"));
//   for (CueHit h; pos < s.size() && reader.next(s, pos, s.size(), h); pos = h.at + h.size) use(h);
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

namespace re2 {
class RE2;
}

namespace solieu {

class Table;

// One cue match: the cue (group 1) and where the whole match, boundary
// character included, ends; offsets into the text searched.
struct CueHit {
  size_t at = 0, size = 0, match_end = 0;
};

class CueReader {
 public:
  // `re` of the shape above, over the keys of `table`. `read_groups`
  // forces RE2 to read the group (the reference, for tests).
  CueReader(std::shared_ptr<const re2::RE2> re, const Table* table, bool read_groups = false);

  // The next match in text[0, end) that starts at or after `pos`; false when none.
  bool next(std::string_view text, size_t pos, size_t end, CueHit& hit) const;

  // Whether RE2 reads the group (the keys do not all have plain ends).
  bool reads_groups() const { return !plain_ends_; }

  // A Vietnamese letter (either case), an ASCII letter or digit, or one of
  // the two characters RE2 folds into ASCII letters (KELVIN SIGN, LONG S).
  static bool plain_end(char32_t c);

 private:
  std::shared_ptr<const re2::RE2> re_;
  bool plain_ends_;
};

}  // namespace solieu
