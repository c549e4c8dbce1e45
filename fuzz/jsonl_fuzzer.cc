// libFuzzer target: bytes → parse_jsonl_article, one call per line, with the
// default fields and with nested field paths; then the same bytes as a JSON
// Lines stream through InputStream (line splitting, BOM, CRLF, the per-line
// size limit, set low so that fuzzed lines cross it). See docs/inputs.md.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "io/input.h"

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
    (void)solieu::parse_jsonl_article(line, source, line_no, "fuzz.jsonl", plain);
    (void)solieu::parse_jsonl_article(line, source, line_no, "fuzz.jsonl", nested);
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
