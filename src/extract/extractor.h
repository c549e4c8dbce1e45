// The extractor: normalized article text in, figures (Quantity) out.
//
// It runs every compiled pattern of a PatternSet over the text, turns each
// match's slots into a figure (number grammar for `num`, tables for `unit`,
// `qual`, ...), keeps the best of overlapping matches (higher priority, then
// longer), and then reads each figure's sentence for its status and
// indicator (see context.h). Matches of patterns with `emit no` (decree
// numbers, roads, phone numbers) only block; dates, periods and durations
// come out typed as such, never as counts.
//
// "1,500" and "2.500" read two ways. The article settles it: numbers whose
// separators fit only one style ("1.500.000" and "2,5" are Vietnamese, "2.5"
// and "1,500,000" English) vote, and the winning style reads the rest. With
// no votes, Vietnamese style holds and the figure is flagged ambiguous.
//
// An article longer than 64 KB is matched in windows of at most that size,
// cut at a line or sentence end where there is one (else after a comma or a
// space), so that the candidates held at once stay bounded; a figure never
// runs across a window's edge. Shorter articles are one window.
//
// Matches are found with one pass over each window for all patterns at once
// (pattern_scan.h), then each pattern that matches is run anchored where it
// matches; the figures are those of running each pattern's own search
// (ExtractOptions::one_pass = false), except that no match is read further
// than 512 bytes from its start. Real figures are under 100 bytes; only a
// pathological number-shaped run is longer, and it is read in pieces.
//
// Spans are byte offsets into the *normalized* text; the record writer maps
// them back to the input through the normalizer's OffsetMap.
//
// It does not read files, normalize, or write JSON. Ownership: an Extractor
// borrows its PatternSet, which must outlive it. Thread safety: extract() is
// const and safe to call from many threads at once.
//
//   Extractor ex(patterns);
//   std::vector<Quantity> qs = ex.extract(normalized.text, {});
//   for (const Quantity& q : qs) use(q.value, q.unit, q.span);
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/pattern_set.h"
#include "extract/quantity.h"

namespace solieu {
class ContextReader;
class PatternScan;
class GroupReader;
}

namespace solieu {

class Extractor {
 public:
  explicit Extractor(const PatternSet& patterns);
  ~Extractor();
  Extractor(Extractor&&) noexcept;

  // What building a figure from a match reads from the set, looked up once
  // here rather than by name for every match.
  struct SetTables {
    const NumberLexicon& lexicon;
    const Table* vague;  // VAGUE: "hàng chục" and the bounds it stands for
    const Table* units;  // UNIT: the parts of a "per" unit
    const Table* qual;   // QUAL, QUAL2: qualifiers before and after the number
    const Table* qual2;
  };

  // Every figure in `text` (normalized), in order of position.
  std::vector<Quantity> extract(std::string_view text, const ExtractOptions& options) const;

  // Only the matches of one pattern, without overlap resolution against the
  // others and without context (for pattern examples).
  std::vector<Quantity> match_pattern(const CompiledPattern& pattern, std::string_view text,
                                      SeparatorStyle style = SeparatorStyle::kVietnamese) const;

 private:
  // Every pattern's matches, the best of overlapping ones kept, window by
  // window (see kWindowBytes in extractor.cc).
  std::vector<Quantity> resolve(std::string_view text, const ExtractOptions& options, SeparatorStyle style) const;
  // The matches of one pattern that lie inside text[begin, end), appended to `out`.
  void match_window(const CompiledPattern& pattern, std::string_view text, size_t begin, size_t end,
                    SeparatorStyle style, std::vector<Quantity>& out) const;

  // One pattern's progress through a window in the one-pass search.
  struct Lane {
    const CompiledPattern* pattern;
    size_t pos;  // its next match starts here or later
    std::vector<Quantity> found;
  };
  // Every lane's matches inside text[begin, end), found with `scan` (the
  // lanes' patterns, in the same order); the same matches match_window finds.
  // `reader` (may be null: RE2 alone) reads the groups of each match.
  void scan_window(const PatternScan& scan, const GroupReader* reader, std::string_view text, size_t begin,
                   size_t end, SeparatorStyle style, std::vector<Lane>& lanes) const;
  // The one-pass scan of the patterns that `options` runs (built on first use;
  // null when RE2 cannot compile them as one).
  const PatternScan* scan_for(const ExtractOptions& options) const;
  // Its group reader (built with it).
  const GroupReader* reader_for(const ExtractOptions& options) const;

  // A figure a pattern found, left where its lane holds it: choosing sorts
  // and compares these, and moves only the chosen figures (a Quantity is
  // large; moving every candidate into a list and through a stable sort was
  // 2% of a run).
  struct Candidate {
    Quantity* q;
    int priority;
    bool emit;
  };
  // The best of overlapping candidates (higher priority, then longer, then
  // earlier), the emitted ones appended to `out` in order of position.
  static void choose(std::vector<Candidate>& candidates, std::vector<Quantity>& out);

  const PatternSet& patterns_;
  const SetTables tables_;
  std::unique_ptr<ContextReader> context_;
  struct Scans;  // built on first use, once per `latent` setting
  std::unique_ptr<Scans> scans_;
};

}  // namespace solieu
