// CueFinder: every cue of a sentence, as a scan with CueReader (RE2) finds
// them, read off the sentence's words instead.
//
// The context reader scans each sentence that holds a figure for the keys of
// the cue tables (STATUS, STATUS_DETAIL) with regexes of the shape
//   (?:^|[^\pL\pN])(?P<cue>(?:KEY|KEY|...))(?:[^\pL\pN]|$)
// resuming after each cue, then searches again near each figure (a prefix
// of the sentence, and a window after the figure); those RE2 searches were
// a twentieth of a run. The keys start and end with letters, so a cue starts
// at a word start; the sentence's words are found once (SentenceWords,
// phrase_finder.h), and at each word start only the keys that begin with
// that word are compared.
//
// The hits are CueReader::next's, exactly, field for field:
//   - the keys are the alternation's phrases (PhraseFinder::literal_phrases)
//     with each " +" of a key (its spaces, pattern_set.cc) read as a run of
//     one or more spaces; a key must not hold other spaces, two runs in a
//     row, or characters outside PhraseFinder::is_safe, and must begin and
//     end with a letter or digit;
//   - a match starts at the boundary character before the cue (or at the
//     text start, `^`), so the leftmost match is the one at the leftmost word
//     start whose boundary character lies at or after the search position;
//   - of the keys that match there, the first in the regex wins (RE2 is
//     leftmost-first, not longest): " +" takes every space, since the key
//     goes on with a letter that no space matches;
//   - the match ends after the character that follows the cue when it is not
//     a letter or digit, or at the text end.
// A sentence that is not valid UTF-8, or holds a character whose being a
// letter or digit RE2 (ignoring case) sees otherwise than is_word_char
// (SentenceWords::re2_exact), is left to RE2: scan() returns false.
// tests/extract/cue_finder_test.cc compares both hit for hit.
//
// It does not read what a cue means (the table does).
//
// Ownership: owns its keys; the words are the caller's. Thread safety: a
// built finder is immutable and scan() may run on many threads at once.
//
//   auto finder = CueFinder::from_regex(status_regex->pattern());
//   SentenceWords words(sentence);
//   if (!finder || !finder->scan(sentence, words, hits)) use_re2();
//   // the first cue of sentence[b, e) (a text of its own) from p on:
//   if (words.re2_exact()) found = finder->next(sentence, words, b, p, e, hit);
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/cue_reader.h"
#include "extract/first_word_index.h"
#include "extract/phrase_finder.h"

namespace solieu {

class CueFinder {
 public:
  // The finder of a cue regex of the shape above (macros expanded), or
  // nullopt when its keys are not all ones it answers for exactly.
  static std::optional<CueFinder> from_regex(std::string_view regex);

  // Every hit of a scan of `sentence` (from 0, each search resuming at the
  // last cue's end, over the whole sentence) into `hits`, replacing them;
  // false, and `hits` cleared, when the sentence is left to RE2. `words`
  // must have been read from `sentence`.
  bool scan(std::string_view sentence, const SentenceWords& words, std::vector<CueHit>& hits) const;

  // CueReader::next(text, pos - begin, end - begin, hit) for the text
  // sentence[begin, end), with the hit's offsets into the sentence: the first
  // match in that text that starts at or after `pos`. Only where `words`,
  // read from `sentence`, are re2_exact(), and `begin` <= `pos` <= `end` <=
  // sentence.size() are character boundaries (a window of a valid sentence
  // is valid; a word `begin` or `end` cuts is cut there, as `^` and `$` cut
  // it for RE2).
  bool next(std::string_view sentence, const SentenceWords& words, size_t begin, size_t pos, size_t end,
            CueHit& hit) const;

  // How many keys it compares.
  size_t keys() const { return keys_.size(); }

 private:
  // A key's code points, folded, ' ' standing for a run of spaces.
  using Key = PhraseFinder::FoldedPhrase;
  // Where key `k` read at sentence[at, end) ends its match (past the
  // boundary character), or 0 when it does not match there; `cue_end` is
  // the cue's end.
  size_t match_end(std::string_view sentence, size_t at, size_t end, const Key& k, size_t& cue_end) const;

  std::vector<Key> keys_;    // by first word, then regex order
  FirstWordIndex by_first_word_;  // runs of keys_ by first word
};

}  // namespace solieu
