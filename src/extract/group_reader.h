// GroupReader: a pattern's groups at a place where it may match, read fast.
//
// The one-pass search (pattern_scan.h) knows where a pattern may match; what
// is left is reading the match's groups. RE2 reads groups with its NFA for
// every shipped pattern (they are far above the 512 instructions its faster
// engines take), and on report text that NFA was most of the run
// (docs/performance.md). GroupReader asks PCRE2's JIT instead, with the
// same pattern, the same text and the same answer:
//   - the regex is written in PCRE2's syntax where the two differ
//     (pcre2_syntax(): \s and \v as RE2 reads them), compiled anchored,
//     with `$` for the text end only, UTF-8, ignoring case as RE2 does;
//   - PCRE2 sees text[0, stop) with the text before the match as context,
//     and where the text goes on past `stop` its `$` does not hold there
//     (as RE2's does not);
//   - both engines match leftmost-first with the same priorities, so the
//     first match PCRE2 finds is RE2's, groups and all;
//   - what PCRE2 could read otherwise is left to RE2 (pcre2_refuses(): a
//     test of the text past `stop`, a property RE2 folds under (?i), a
//     capture inside a repeated group), as are texts that are not valid
//     UTF-8 and matches past PCRE2's step limit.
// RE2 stays the reference: tests and a fuzz target compare the two at every
// place of their texts, group by group.
//
// It does not decide where to match (PatternScan) or what a match means
// (the extractor).
//
// Ownership: it keeps its own compiled PCRE2 patterns; the CompiledPatterns
// it was built from must outlive it (their RE2s answer for PCRE2 when it
// cannot). Thread safety: match() may be called from many threads at once,
// each with its own Scratch.
//
//   auto reader = GroupReader::build({&p1, &p2});
//   GroupReader::Scratch scratch(*reader);
//   if (reader->match(0, text, at, text.size(), groups, scratch)) use(groups);
#pragma once

#include <re2/stringpiece.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace solieu {

struct CompiledPattern;

class GroupReader {
 public:
  static std::unique_ptr<GroupReader> build(const std::vector<const CompiledPattern*>& patterns);
  ~GroupReader();

  // Per-thread working memory for match().
  class Scratch {
   public:
    explicit Scratch(const GroupReader& reader);
    ~Scratch();
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

   private:
    friend class GroupReader;
    struct Data;
    std::unique_ptr<Data> data_;
  };

  // What RE2::Match(text, at, stop, ANCHOR_START, groups, n) gives for
  // pattern `i` (an index into the list given to build()), n being its
  // group count: false when it does not match there; else true with
  // `groups` resized to n and filled (an unset group has a null data()).
  // `text` must pass text_fits(); `at` and `stop` must be character
  // boundaries.
  bool match(size_t i, std::string_view text, size_t at, size_t stop, std::vector<re2::StringPiece>& groups,
             Scratch& scratch) const;

  // Whether match() may be given `text`: valid UTF-8 (PCRE2 then skips its
  // own check, which would read the whole text at every call). Asked once
  // per text by the caller; on other text RE2 alone must answer.
  static bool text_fits(std::string_view text);

  // Pattern i is read with PCRE2 (else RE2 alone reads its groups).
  bool uses_pcre2(size_t i) const;
  // Why a pattern's groups are left to RE2; empty when PCRE2 reads them.
  static std::string why_re2(const CompiledPattern& pattern);

  // An RE2 regex written for PCRE2 with the same meaning under the options
  // GroupReader compiles with: \s and \v as RE2 reads them. Nullopt when it
  // holds what cannot be written so (\S or \C inside a class).
  static std::optional<std::string> pcre2_syntax(std::string_view re2_regex);

  // Why PCRE2 could read a regex's groups otherwise than RE2 (empty: it
  // cannot): a test of the text past what PCRE2 is shown (\b, \B, \z), a
  // property that RE2 folds under (?i) and PCRE2 does not, a capture inside
  // a repeated group (the engines may keep different passes).
  static std::string pcre2_refuses(std::string_view re2_regex, bool case_insensitive);

 private:
  GroupReader();
  struct Compiled;
  std::vector<const CompiledPattern*> patterns_;
  std::vector<std::unique_ptr<Compiled>> compiled_;  // null: RE2 alone
  size_t max_groups_ = 1;
};

}  // namespace solieu
