// match_start_regex(): a shorter regex that matches wherever a longer one
// may start a match.
//
// The one-pass search (pattern_scan.h) asks its union of all patterns one
// thing only: where, at the earliest, the next match starts. Most of a
// pattern's text is what follows its start: the unit after the number, the
// noun after the count, the word boundary at the end. Those parts were most
// of the union's automaton, which RE2 builds state by state as the text shows
// it new ones; on news text, building it was the largest single cost of a run
// (docs/performance.md, session 9). A regex cut short answers the same
// question with a fraction of the states: every position where the whole
// regex matches is one where its beginning does. It also answers yes at
// positions where the rest would fail; the anchored runs after it settle
// those, at a cost that grows as the cut gets shorter.
//
// How it cuts: each top-level alternative is a sequence of parts (a group, a
// class, an escape, a run of literal characters, each with its repetition).
// The alternative is kept up to and including its `parts`-th part that cannot
// match empty; parts that can (an optional qualifier, the boundary group
// "(?:^|...)") are kept but not counted. The last part kept loses its
// repetition (one copy begins every match of the repeated part), and when it
// is a group its contents are cut the same way, after their first such part.
// An alternative with fewer such parts is kept whole.
//
// It does not check the regex (RE2 does, when it compiles); on text it does
// not follow (unbalanced groups; a flag group without contents such as
// "(?i)", which changes every part after it; a repeated quoted literal
// "\Q...\E*", whose repetition RE2 applies to its last character, or when it
// is empty to what stands before it) it returns the regex unchanged,
// which is always a correct answer. Pure function; thread-safe.
//
//   match_start_regex("(?:^|[^a-z])(?:trên\\s+)?[0-9]+\\s+(?:km|ha)", 1)
//     == "(?:^|[^a-z])(?:trên\\s+)?[0-9]"
//   match_start_regex("(?:^|[^a-z])(?:trên\\s+)?[0-9]+\\s+(?:km|ha)", 2)
//     == "(?:^|[^a-z])(?:trên\\s+)?[0-9]+\\s"
#pragma once

#include <string>
#include <string_view>

namespace solieu {

std::string match_start_regex(std::string_view regex, int parts);

}  // namespace solieu
