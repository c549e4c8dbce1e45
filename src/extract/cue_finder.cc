#include "extract/cue_finder.h"

#include <algorithm>
#include <string>

#include "core/utf8.h"
#include "extract/pattern_set.h"  // is_word_char

namespace solieu {

namespace {

// What ContextReader's cue regexes hold around their table's alternation.
constexpr std::string_view kHead = "(?:^|[^\\pL\\pN])(?P<cue>";
constexpr std::string_view kTail = ")(?:[^\\pL\\pN]|$)";

// The alternation with each " +" as one space; nullopt when it holds a
// space that is not one (a key's spaces are always " +": key_regex).
std::optional<std::string> spaces_as_runs(std::string_view alternation) {
  std::string out;
  for (size_t i = 0; i < alternation.size(); ++i) {
    out += alternation[i];
    if (alternation[i] != ' ') continue;
    if (i + 1 >= alternation.size() || alternation[i + 1] != '+') return std::nullopt;
    ++i;
  }
  return out;
}

}  // namespace

std::optional<CueFinder> CueFinder::from_regex(std::string_view regex) {
  if (regex.size() < kHead.size() + kTail.size() || !regex.starts_with(kHead) || !regex.ends_with(kTail))
    return std::nullopt;
  const auto runs = spaces_as_runs(regex.substr(kHead.size(), regex.size() - kHead.size() - kTail.size()));
  if (!runs) return std::nullopt;
  // A '+' left over (not after a space), a group, a class: not plain.
  const auto literals = PhraseFinder::literal_phrases(*runs);
  if (!literals) return std::nullopt;
  CueFinder f;
  for (const std::string& text : *literals) {
    std::optional<PhraseFinder::FoldedPhrase> p = PhraseFinder::fold_phrase(text);
    if (!p) return std::nullopt;
    // Two runs in a row would let " +" give spaces back to the next one.
    if (std::adjacent_find(p->folded.begin(), p->folded.end(),
                           [](char32_t a, char32_t b) { return a == ' ' && b == ' '; }) != p->folded.end())
      return std::nullopt;
    f.keys_.push_back(*std::move(p));
  }
  // By first word; within one, in regex order, the order RE2 tries them in.
  std::stable_sort(f.keys_.begin(), f.keys_.end(),
                   [](const Key& a, const Key& b) { return a.first_word < b.first_word; });
  f.by_first_word_.assign(f.keys_, [](const Key& k) { return k.first_word; });
  return f;
}

size_t CueFinder::match_end(std::string_view sentence, size_t at, size_t end, const Key& k, size_t& cue_end) const {
  size_t pos = at;
  for (char32_t want : k.folded) {
    if (want == ' ') {
      // " +", greedy: the key goes on with a letter, so every space is its.
      if (pos >= end || sentence[pos] != ' ') return 0;
      while (pos < end && sentence[pos] == ' ') ++pos;
    } else if (pos >= end || PhraseFinder::fold(read_code_point(sentence, pos)) != want) {
      // `end` is a character boundary, so a character read never passes it.
      return 0;
    }
  }
  cue_end = pos;
  if (pos == end) return pos;  // `$`
  if (is_word_char(read_code_point(sentence, pos))) return 0;
  return pos;  // past the boundary character [^\pL\pN]
}

bool CueFinder::next(std::string_view sentence, const SentenceWords& words, size_t begin, size_t pos, size_t end,
                     CueHit& hit) const {
  // Whether key `k`'s match starting at `at` is the hit.
  auto try_keys = [&](size_t at, uint64_t hash) {
    const FirstWordIndex::Run* slot = by_first_word_.find(hash);
    if (!slot) return false;
    // RE2 tries the keys in regex order; the first that matches wins.
    for (uint32_t i = slot->begin; i < slot->end; ++i) {
      size_t cue_end = 0;
      if (const size_t match = match_end(sentence, at, end, keys_[i], cue_end)) {
        hit = {at, cue_end - at, match};
        return true;
      }
    }
    return false;
  };
  auto hash_upto_end = [&](const SentenceWords::Word& w, size_t from) {
    return from == w.start && w.end <= end ? w.hash : SentenceWords::hash_of(sentence, from, std::min<size_t>(w.end, end));
  };
  const std::vector<SentenceWords::Word>& ws = words.words();
  auto it = std::partition_point(ws.begin(), ws.end(), [&](const SentenceWords::Word& w) { return w.end <= begin; });
  // A word that `begin` cuts starts a word there, matched at `^`: only a
  // search from `begin` finds it.
  if (it != ws.end() && it->start < begin) {
    if (pos == begin && begin < end && try_keys(begin, hash_upto_end(*it, begin))) return true;
    ++it;
  }
  // The match starts at the character before a word's start (a boundary, as
  // words are maximal), or at the text start, and must not start before
  // `pos`: a word starting after `pos` has its boundary at or after it (pos
  // is a character boundary), one starting at `pos` only when that is the
  // text start.
  it = std::partition_point(it, ws.end(), [&](const SentenceWords::Word& w) { return w.start < pos; });
  if (it != ws.end() && it->start == pos && pos > begin) ++it;
  for (; it != ws.end() && it->start < end; ++it)
    if (try_keys(it->start, hash_upto_end(*it, it->start))) return true;
  return false;
}

bool CueFinder::scan(std::string_view sentence, const SentenceWords& words, std::vector<CueHit>& hits) const {
  hits.clear();
  if (!words.re2_exact()) return false;
  CueHit hit;
  for (size_t pos = 0; pos < sentence.size() && next(sentence, words, 0, pos, sentence.size(), hit);
       pos = hit.at + hit.size)
    hits.push_back(hit);
  return true;
}

}  // namespace solieu
