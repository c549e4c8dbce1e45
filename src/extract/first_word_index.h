// FirstWordIndex: where, in a list sorted by the hash of each entry's first
// word, the entries of one hash lie.
//
// PhraseFinder (phrases of indicator cues) and CueFinder (keys of the cue
// tables) read a sentence word by word and, at each word start, compare only
// the entries that begin with that word. Both keep their entries sorted by
// that word's hash and find the run of one hash here: open addressing in a
// power-of-two table at most half full, probed from the hash's low bits.
//
// Hash 0 marks an empty slot, so no entry may hash to 0: SentenceWords'
// hashes never do (a zero is made 1).
//
// Thread safety: immutable once assigned; find() may run on many threads.
//
//   index.assign(entries, [](const Phrase& p) { return p.first_word; });
//   if (const FirstWordIndex::Run* r = index.find(hash)) for (i = r->begin; i < r->end; ++i) ...
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace solieu {

class FirstWordIndex {
 public:
  struct Run {
    uint64_t hash = 0;            // 0: an empty slot
    uint32_t begin = 0, end = 0;  // entries [begin, end) have this hash
  };

  // Indexes `entries`, already sorted (or grouped) by first_word(entry).
  template <class Entries, class FirstWord>
  void assign(const Entries& entries, FirstWord first_word) {
    slots_.assign(std::bit_ceil(std::max<size_t>(8, 2 * entries.size())), Run{});
    const size_t mask = slots_.size() - 1;
    for (size_t i = 0; i < entries.size();) {
      const uint64_t h = first_word(entries[i]);
      size_t j = i;
      while (j < entries.size() && first_word(entries[j]) == h) ++j;
      size_t s = h & mask;
      while (slots_[s].hash != 0) s = (s + 1) & mask;
      slots_[s] = {h, static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
      i = j;
    }
  }

  // The run of entries whose first word hashes to `hash`, or null.
  const Run* find(uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t s = hash & mask;; s = (s + 1) & mask) {
      if (slots_[s].hash == hash) return &slots_[s];
      if (slots_[s].hash == 0) return nullptr;
    }
  }

 private:
  std::vector<Run> slots_;
};

}  // namespace solieu
