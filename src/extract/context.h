// Context: what the sentence around a figure says about it.
//
// Given the figures the patterns found, this reads each one's sentence (ICU's
// sentence breaks, found by extract/sentence_breaker.h's scan of the UTF-8
// text, or by ICU's iterator where the text is not valid UTF-8) and sets:
//   - `sentence` and `sentence_span`;
//   - `status`: the cue words of table STATUS before the figure in its
//     sentence ("đã", "được" -> achieved; "phấn đấu", "mục tiêu" -> target).
//     A row's fields are `status strength [initial]`: the last strong cue
//     wins; weak cues ("đạt", "xây") count only when no strong cue is seen;
//     `initial` cues count only at the start of the sentence ("Để ..."),
//     `after` cues only just after a figure that has no other cue
//     ("57 xã đạt chuẩn").
//   - `status_detail`: the last cue of table STATUS_DETAIL before the figure
//     in its sentence (plan, cumulative, ongoing), where it fits the status;
//   - `object`: the noun phrase the figure counts (table OBJECT_STOP ends it);
//   - `indicator`: the first indicator rule whose units or dimension fit the
//     figure and whose cue (and not its veto) occurs within the rule's window
//     of the sentence around the figure.
//
// It does not find figures or change their values. Immutable after
// construction; annotate() is const and thread-safe (an ICU iterator, where
// one is needed, is cloned per call).
//
//   ContextReader ctx(patterns);
//   ctx.annotate(text, quantities);
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "extract/cue_finder.h"
#include "extract/cue_reader.h"
#include "extract/pattern_set.h"
#include "extract/phrase_finder.h"
#include "extract/quantity.h"
#include "extract/sentence_breaker.h"

namespace solieu {

class ContextReader {
 public:
  explicit ContextReader(const PatternSet& patterns);
  ~ContextReader();

  void annotate(std::string_view text, std::vector<Quantity>& quantities) const;

  // Sentence spans of `text`, in order (byte offsets).
  std::vector<ByteSpan> sentences(std::string_view text) const;

 private:
  const PatternSet& patterns_;
  // The tables read for every figure, looked up once (null when absent).
  const Table* status_table_;
  const Table* detail_table_;
  const Table* object_stops_;
  std::optional<CueReader> status_cue_;
  std::optional<CueReader> detail_cue_;  // table STATUS_DETAIL
  // The same cues read off a sentence's words, where the keys allow it
  // (extract/cue_finder.h); the readers answer for the rest.
  std::optional<CueFinder> status_words_;
  std::optional<CueFinder> detail_words_;
  size_t status_margin_ = 0;  // how far before a figure's end its sentence is searched again
  size_t detail_margin_ = 0;
  IcuSentenceBreaker icu_sentences_;  // for text that is not valid UTF-8
  // Indicator rules by the dimension and by the unit (or the unit's first
  // words) they name, as indices in rule order: a figure tries only the
  // rules that can fit it (fitting_rules in context.cc).
  std::unordered_map<std::string, std::vector<size_t>> rules_by_dimension_;
  std::unordered_map<std::string, std::vector<size_t>> rules_by_unit_;
  // Each rule's regexes read off the sentence's words, where they are plain
  // phrases (extract/phrase_finder.h); RE2 answers for the others.
  struct RuleFinders {
    std::optional<PhraseFinder> cue, context, veto, near_veto;
  };
  std::vector<RuleFinders> finders_;
};

}  // namespace solieu
