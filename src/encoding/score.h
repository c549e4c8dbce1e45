// How Vietnamese a decoded text looks (internal to src/encoding/): the
// measure detection and mojibake repair compare candidates by.
//
// A word that holds a non-ASCII letter is "good" when it is a well-formed
// Vietnamese syllable (onset, vowel nucleus, final consonant, at most one
// tone mark) and "bad" otherwise; a non-ASCII symbol that is not ordinary
// typography ("“", "–", "…", NBSP) is "foreign". Mojibake and text read in
// the wrong legacy charset make bad words and foreign symbols; the right
// reading makes good words. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string_view>

namespace solieu::encoding {

struct TextScore {
  size_t good = 0;     // words with Vietnamese letters that are valid syllables
  size_t bad = 0;      // words with non-ASCII letters that are not
  size_t foreign = 0;  // non-ASCII symbols outside ordinary typography

  long value() const { return static_cast<long>(good) - 2 * static_cast<long>(bad) - static_cast<long>(foreign); }
  size_t wrong() const { return bad + foreign; }
};

// Scores at most the first `limit` bytes of `utf8` (detection needs no more).
TextScore score_vietnamese(std::string_view utf8, size_t limit = 64 * 1024);

// True when `word` (UTF-8, letters only) is one Vietnamese syllable.
bool is_vietnamese_syllable(std::string_view word);

}  // namespace solieu::encoding
