// Internals of the JSON Lines line reader (jsonl_article.cc), shared with
// its tests and the jsonl fuzz target only; parse_jsonl_article (input.h) is
// the contract.
//
// A line is read by our own strict parser (io/json_scan.h) and, whenever
// that parser is not sure to read it exactly as nlohmann would (any error,
// among others), again by nlohmann's SAX parser: the reference, whose
// results and error messages the fast path must reproduce byte for byte.
// Both paths are callable here, so that a test or a fuzzer can hold one to
// the other. Safe from any thread, as parse_jsonl_article.
//
//   bool fell_back = false;
//   auto fast = jsonl_internal::parse_line(jsonl_internal::Parser::kFast, line, "x.jsonl", 1,
//                                          "x.jsonl", JsonlFields{}, &fell_back);
//   auto ref = jsonl_internal::parse_line(jsonl_internal::Parser::kReference, line, "x.jsonl", 1,
//                                         "x.jsonl", JsonlFields{});
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"
#include "io/article.h"
#include "io/input.h"

namespace solieu::jsonl_internal {

enum class Parser {
  kFast,       // json_scan, with nlohmann when it is unsure (what parse_jsonl_article does)
  kReference,  // nlohmann's SAX parser alone
};

// parse_jsonl_article by the named parser. With kFast, `fell_back` (when
// given) says whether nlohmann had to read the line again.
Result<Article> parse_line(Parser parser, std::string_view line, const std::string& source,
                           int line_no, std::string_view id_base, const JsonlFields& fields,
                           bool* fell_back = nullptr);

// The SAX callbacks the named parser makes on `line`, written out: each
// callback's name and its value (strings with their length, so that any
// byte shows; numbers as the type nlohmann gives them; a float as its bits
// and its spelling), all true-returning, so the whole line is read. The
// reference's ends in "error" where nlohmann finds one; the fast parser's
// is nullopt where it is unsure (the reference would read the line). Lets
// a test hold the fast parser to nlohmann callback for callback, which says
// more than the article: "-9223372036854775808" read as a float would give
// the same id.
std::optional<std::string> sax_trace(Parser parser, std::string_view line);

// Where two results differ, for a differential check: "" when they are
// the same article (every field) or the same error (code, message, file,
// line, column, excerpt); otherwise the first field that differs, with both
// values cut short.
std::string difference(const Result<Article>& a, const Result<Article>& b);

}  // namespace solieu::jsonl_internal
