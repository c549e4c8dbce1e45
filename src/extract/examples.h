// Running the examples that sit beside every rule in patterns/.
//
// A pattern example holds when that pattern, on its own, finds exactly one
// figure in the example text, the figure covers the whole text (or exactly
// the part given as at="..."), and every
// key=value given agrees (value, unit, qualifier, dimension, low, high, of,
// nvalue, nunit). A pattern reject holds when the pattern finds nothing.
// An indicator example runs the whole extractor over the text and holds when
// the figure whose text is `at` gets that indicator (and `status`, if
// given); an indicator reject holds when no figure gets it.
//
// Each failure is an Error located at the example's line in its file.
// Pure: reads the set, changes nothing; safe from any thread.
//
//   ExampleReport r = check_examples(patterns);
//   for (const Error& e : r.failures) std::cerr << e.to_string_with_caret() << "\n";
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "extract/pattern_set.h"

namespace solieu {

struct ExampleReport {
  size_t checked = 0;
  std::vector<Error> failures;
};

ExampleReport check_examples(const PatternSet& patterns);

}  // namespace solieu
