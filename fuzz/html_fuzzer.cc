// libFuzzer target: the HTML reader (src/html/): charset prescan, decoding,
// libxml2's HTML parser, metadata and JSON-LD, main-text extraction.
// Seeds: fuzz/seeds/html/ and corpus/html/.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "html/html_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)solieu::looks_like_html(bytes);
  solieu::HtmlHints hints;
  solieu::Result<solieu::Article> a = solieu::read_html_article(bytes, hints, "fuzz", "fuzz.html");
  (void)a;
  return 0;
}
