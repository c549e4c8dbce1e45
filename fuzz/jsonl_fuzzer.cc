// libFuzzer target: bytes → parse_jsonl_article, one call per line, with the
// default fields and with nested field paths. See docs/inputs.md.
#include <cstddef>
#include <cstdint>
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
  return 0;
}
