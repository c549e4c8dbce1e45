// PhraseFinder: whether one of a cue's phrases occurs as whole words in a
// window of a sentence, read off the sentence's words instead of searched
// for with RE2.
//
// Indicator cues, contexts and vetoes are regexes matched as whole words
// (find_word in pattern_set.h). Nearly all of them are alternations of plain
// phrases ("tuyên truyền|tập huấn|họp"), and a figure asks several of them
// about overlapping windows of its sentence: an RE2 search per window was a
// tenth of a run. The sentence's words are found once (SentenceWords: where
// each run of letters and digits starts and ends, and a hash of it under
// case folding); a window then asks, at each word start in it, only the
// phrases that begin with that word.
//
// The answer is find_word's, exactly:
//   - a phrase may start where the character before it is not a letter or
//     digit (\pL, \pN), or at the window's start, and end where the
//     character after it is not one, or at the window's end; a window that
//     cuts a word makes a word start or end there, as it does for find_word;
//   - characters compare under case folding, which must be RE2's: only
//     phrases whose every character is in Latin ranges U+0000-U+024F or
//     U+1E00-U+1EFF are taken, where ICU's simple folding and RE2's agree
//     (a test checks every code point against RE2). A regex that is not a
//     plain alternation (escapes, classes, repeats, anchors, groups other
//     than (?:...)), or has a phrase that does not begin and end with a
//     letter or digit, gets no finder: RE2 answers for it, as before.
//   - a sentence that is not valid UTF-8 is left to RE2 (valid() is false).
// tests/extract/phrase_finder_test.cc compares both at every window.
//
// It does not choose windows or rules (the context reader does).
//
// Ownership: a PhraseFinder owns its phrases; SentenceWords holds offsets
// into a sentence the caller keeps alive. Thread safety: a built finder is
// immutable and find() may run on many threads at once.
//
//   auto finder = PhraseFinder::from_regex(rule.cue->pattern());
//   SentenceWords words(sentence);
//   bool hit = finder && words.valid() && finder->find(sentence, words, b, e);
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/first_word_index.h"

namespace solieu {

// The words (maximal runs of \pL and \pN) of one sentence, left to right.
class SentenceWords {
 public:
  struct Word {
    uint32_t start, end;  // byte offsets into the sentence
    uint64_t hash;        // of its case-folded code points
  };

  SentenceWords() = default;
  explicit SentenceWords(std::string_view sentence) { assign(sentence); }

  // Reads `sentence` afresh, reusing the storage.
  void assign(std::string_view sentence);

  // False when the sentence is not valid UTF-8, or longer than 4 GiB.
  bool valid() const { return valid_; }
  const std::vector<Word>& words() const { return words_; }
  // Whether the sentence is valid() and RE2, ignoring case, takes each of
  // its characters for a letter or digit ([\pL\pN]) exactly when
  // is_word_char does: then its words are also the runs RE2's word
  // boundaries delimit (CueFinder needs that; find_word checks boundaries
  // with is_word_char itself).
  bool re2_exact() const { return re2_exact_; }

  // Whether RE2 ignoring case agrees with is_word_char on `c`. It does not
  // on U+0345 COMBINING GREEK YPOGEGRAMMENI, a mark that folds to a letter
  // (ι), so that (?i)[^\pL\pN] leaves it out; a test checks every other
  // code point.
  static bool re2_agrees(char32_t c) { return c != 0x345; }

  // The hash the word text[b, e) gets (valid UTF-8, cut anywhere).
  static uint64_t hash_of(std::string_view text, size_t b, size_t e);

 private:
  std::vector<Word> words_;
  bool valid_ = false;
  bool re2_exact_ = false;
};

class PhraseFinder {
 public:
  // The finder of `regex` (a regex as the pattern set compiles it, macros
  // expanded), or nullopt when it is not a plain alternation of phrases that
  // this finder answers for exactly (see above).
  static std::optional<PhraseFinder> from_regex(std::string_view regex);

  // Whether a phrase occurs as whole words in sentence[b, e). `words` must
  // have been read from `sentence` and be valid(); `b` and `e` must be
  // code point boundaries with b <= e <= sentence.size().
  bool find(std::string_view sentence, const SentenceWords& words, size_t b, size_t e) const;

  // How many phrases it compares: each once, under case folding.
  size_t phrases() const { return phrases_.size(); }

  // The literal phrases of a plain alternation, as written (not folded):
  // "(?:a|b) c" gives "a c" and "b c". nullopt when `regex` holds anything
  // else, or more than 4,096 phrases.
  static std::optional<std::vector<std::string>> literal_phrases(std::string_view regex);

  // The character RE2 compares `c` as under case folding, for characters
  // where the finder is exact (is_safe); ICU's simple case folding.
  static char32_t fold(char32_t c);
  // Whether a phrase may hold `c`.
  static bool is_safe(char32_t c) { return c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF); }

  // A literal phrase as the word readers compare it (this finder and
  // CueFinder): every code point folded, and the hash its first word has
  // as a SentenceWords word. nullopt when a character is not is_safe, or
  // the phrase does not begin and end with a letter or digit (then a match
  // starts at a word start, and its first word is a whole word of the text).
  struct FoldedPhrase {
    std::vector<char32_t> folded;
    uint64_t first_word = 0;
  };
  static std::optional<FoldedPhrase> fold_phrase(std::string_view phrase);

 private:
  using Phrase = FoldedPhrase;
  bool matches_at(std::string_view sentence, size_t at, size_t e, const Phrase& p) const;
  bool try_start(std::string_view sentence, size_t at, size_t e, uint64_t hash) const;

  std::vector<Phrase> phrases_;  // sorted by first_word
  FirstWordIndex by_first_word_;  // runs of phrases_ by first word
};

}  // namespace solieu
