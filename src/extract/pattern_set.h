// PatternSet: every pattern file of a language, loaded, expanded and compiled.
//
// Loading reads patterns/<lang>/*.pat in name order (so _macros.pat comes
// first) and number-words.tsv, passes their text through the same Normalizer
// as the articles, expands macros ({NAME} -> (?:...), {NAME:slot} ->
// (?P<slot>...)), turns every table into a macro of its keys, and compiles
// each pattern to RE2. Any mistake stops the load with an Error that names
// file, line and column, with the offending line for a caret display.
//
// It does not run patterns over text (Extractor does) nor check examples
// (check_examples in examples.h does).
//
// Ownership and threads: a loaded PatternSet is immutable and may be shared by
// any number of threads (RE2 objects are thread-safe for matching).
//
//   Normalizer norm;
//   Result<PatternSet> set = PatternSet::load("patterns/vi", norm);
//   if (!set) die(set.error().to_string_with_caret());
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.h"
#include "extract/pattern_file.h"
#include "number/number_grammar.h"

namespace re2 {
class RE2;
}

namespace solieu {

class Normalizer;

// A table: lower-cased key -> the fields of its row.
class Table {
 public:
  const std::vector<std::string>* find(std::string_view text) const;  // by text_key(text)
  void add(const std::string& key, std::vector<std::string> fields) { rows_[key] = std::move(fields); }
  const std::unordered_map<std::string, std::vector<std::string>>& rows() const { return rows_; }

 private:
  std::unordered_map<std::string, std::vector<std::string>> rows_;
};

struct CompiledPattern {
  std::string id;
  Location where;               // of the `pattern` line
  std::string source;           // the regex as written
  std::string expanded;         // after macro expansion
  std::shared_ptr<const re2::RE2> re;
  std::vector<std::string> slot_of_group;  // group index -> slot name ("" for unnamed)

  std::string dimension;        // count, length, ..., or "unit" to take it from the unit table
  int priority = 50;            // higher wins an overlap; then the longer span
  bool emit = true;             // false: the match only blocks others (identifiers)
  bool latent = false;          // only with --latent (bare numerals)
  std::string qualifier;        // fixed qualifier, e.g. "range"
  std::string unit;             // fixed unit, when there is no unit or noun slot
  std::optional<double> value;  // fixed value, when there is no number slot
  std::string unit_table = "UNIT";
  // Tables are looked up once at load, not by name for every match: they
  // point into the PatternSet that holds this pattern (which is why a
  // PatternSet moves but never copies).
  std::vector<std::pair<std::string, const Table*>> excludes;  // slot, table: no figure if found
  std::vector<std::pair<std::string, const Table*>> drops;     // slot, table: ignore the slot if found
  std::vector<Example> examples;
  const Table* units = nullptr;  // unit_table's table; null when there is none
};

struct IndicatorRule {
  std::string id;
  Location where;
  std::vector<std::string> units;       // record units (or their first words) it applies to
  std::vector<std::string> dimensions;  // or dimensions
  // Regexes are matched as whole words (boundaries are added at load).
  std::shared_ptr<const re2::RE2> cue;      // must occur in the window around the figure
  std::shared_ptr<const re2::RE2> context;  // must occur in the sentence before the figure
  std::shared_ptr<const re2::RE2> veto;     // must not occur in the veto window
  int before = 120;                         // the cue window: bytes before the figure
  int after = 40;                           // and after it
  int veto_before = -1;                     // the veto window (-1: as the cue's)
  int veto_after = -1;
  std::shared_ptr<const re2::RE2> near_veto;  // must not occur right before the figure
  int near_before = 14;                       // ("rộng 17m" is a width; "mở rộng được 2.800 m" is not)
  std::vector<Example> examples;
};

// Whether `re` matches a whole word of `text`: a match with no letter or
// digit (\pL, \pN) right before or after it inside `text`. Same answer as
// searching for (?:^|[^\pL\pN])(?:re)(?:$|[^\pL\pN]), without compiling
// those Unicode classes into every cue (they cost milliseconds each, and an
// indicator file has hundreds of cues). `re` must be compiled `longest`.
bool find_word(const re2::RE2& re, std::string_view text);

// What find_word counts as a word character: a letter or digit (\pL, \pN,
// by ICU); kInvalidCodePoint is none.
bool is_word_char(char32_t c);

class PatternSet {
 public:
  PatternSet() = default;
  // Patterns point into the set's own tables (CompiledPattern::units): a
  // move keeps them valid (std::map keeps its nodes), a copy would not.
  PatternSet(PatternSet&&) = default;
  PatternSet& operator=(PatternSet&&) = default;
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  // Loads every *.pat file and number-words.tsv in `dir`. Up to `threads`
  // threads compile the patterns' regexes (RE2's compile is most of a
  // load); the set, and the first error, are the same for any number.
  static Result<PatternSet> load(const std::string& dir, const Normalizer& normalizer, int threads = 1);
  // Loads from texts already in memory: {path, text} pairs (for tests).
  static Result<PatternSet> load_texts(const std::vector<std::pair<std::string, std::string>>& files,
                                       const std::string& lexicon_text, const Normalizer& normalizer,
                                       int threads = 1);

  const std::vector<CompiledPattern>& patterns() const { return patterns_; }
  const std::vector<IndicatorRule>& indicators() const { return indicators_; }
  const Table* table(std::string_view name) const;
  const NumberLexicon& lexicon() const { return lexicon_; }
  const CompiledPattern* find(std::string_view id) const;
  // Compiles a regex with the set's macros (for cue lists built at run time).
  // `longest`: leftmost-longest matching, as find_word() needs.
  Result<std::shared_ptr<const re2::RE2>> compile(const Located& regex, bool longest = false) const;

 private:
  std::vector<CompiledPattern> patterns_;
  std::vector<IndicatorRule> indicators_;
  std::map<std::string, Table, std::less<>> tables_;
  std::map<std::string, std::string, std::less<>> macros_;  // name -> regex (unexpanded)
  std::map<std::string, Located, std::less<>> macro_locations_;  // defines, for error locations
  NumberLexicon lexicon_;
  // While loading only: the patterns' regexes compiled ahead, on several
  // threads, by their expanded text; compile() takes them from here.
  std::map<std::string, std::shared_ptr<const re2::RE2>, std::less<>> compiled_ahead_;

  static Result<PatternSet> load_normalized(const std::vector<std::pair<std::string, std::string>>& files,
                                            const std::string& lexicon_text, const Normalizer& normalizer,
                                            int threads);
  void compile_ahead(const std::vector<PatternFile>& files, int threads);
  Result<std::string> expand(const Located& regex) const;
  Status add_file(const PatternFile& file);
  Status add_pattern(const Block& block);
  Status add_indicator(const Block& block);
};

}  // namespace solieu
