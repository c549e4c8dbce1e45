// libFuzzer target: bytes → parse_jsonl_article, one call per line, with the
// default fields and with nested field paths; then the same bytes as a JSON
// Lines stream through InputStream (line splitting, BOM, CRLF, the per-line
// size limit, set low so that fuzzed lines cross it). See docs/inputs.md.
//
// Differential: every line is also read by nlohmann's parser alone (the
// reference the fast parser of io/json_scan.h falls back to), and the two
// must give the same article (every field) or the same error (code,
// message, file, line, column, excerpt); and where the fast parser reads a
// line alone, its SAX callbacks must be nlohmann's, value for value. Any
// difference aborts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "io/input.h"
#include "io/jsonl_article_internal.h"

namespace {

void check_same(std::string_view line, const std::string& source, int line_no,
                const solieu::JsonlFields& fields) {
  using solieu::jsonl_internal::Parser;
  auto fast = solieu::jsonl_internal::parse_line(Parser::kFast, line, source, line_no, "fuzz.jsonl", fields);
  auto ref = solieu::jsonl_internal::parse_line(Parser::kReference, line, source, line_no, "fuzz.jsonl", fields);
  const std::string diff = solieu::jsonl_internal::difference(fast, ref);
  if (!diff.empty()) {
    std::fprintf(stderr, "fuzz check failed: the fast JSON parser and nlohmann differ on line %d: %s\n",
                 line_no, diff.c_str());
    std::abort();
  }
}

void check_same_callbacks(std::string_view line, int line_no) {
  using solieu::jsonl_internal::Parser;
  const auto fast = solieu::jsonl_internal::sax_trace(Parser::kFast, line);
  if (!fast) return;  // unsure: nlohmann reads the line
  if (*fast != solieu::jsonl_internal::sax_trace(Parser::kReference, line)) {
    std::fprintf(stderr, "fuzz check failed: the fast JSON parser's callbacks differ from nlohmann's on line %d\n",
                 line_no);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const solieu::JsonlFields nested = [] {
    solieu::JsonlFields f;
    f.text = "body.text";
    f.title = "meta.title";
    f.id = "url";
    f.url = "url";
    f.date = {"meta.dates.published", "date"};
    return f;
  }();
  static const solieu::JsonlFields plain;
  std::string_view all(reinterpret_cast<const char*>(data), size);
  const std::string source = "fuzz.jsonl";
  int line_no = 0;
  while (!all.empty()) {
    size_t nl = all.find('\n');
    std::string_view line = all.substr(0, nl);
    all.remove_prefix(nl == std::string_view::npos ? all.size() : nl + 1);
    ++line_no;
    check_same_callbacks(line, line_no);
    check_same(line, source, line_no, plain);
    check_same(line, source, line_no, nested);
  }

  std::istringstream stream(std::string(reinterpret_cast<const char*>(data), size));
  solieu::InputOptions options;
  options.format = solieu::InputFormat::kJsonLines;
  options.max_document_bytes = 256;
  solieu::InputStream in(stream, "fuzz.jsonl", options);
  solieu::InputItem item;
  size_t items = 0;
  while (in.next(item)) {
    // Every item is an article or an error that names the stream.
    if (!item.article && !(item.error && item.error->where.file == "fuzz.jsonl")) __builtin_trap();
    if (++items > size + 1) __builtin_trap();  // never more items than lines
  }
  return 0;
}
