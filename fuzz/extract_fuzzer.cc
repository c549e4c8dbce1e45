// Bytes -> the whole pipeline for one article (page layout, normalizer,
// extractor, places, periods, record writer), as `solieu extract` runs it on
// a plain-text file. Every figure's and place's span, mapped back to the
// input, lies inside the input; when the input is valid UTF-8, each slice of
// it is valid UTF-8 too (a span never cuts a character). A record, when
// written, is one line ending in '\n'.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "pipeline/pipeline.h"

using namespace solieu;

namespace {

void check_span(const NormalizedText& n, std::string_view input, bool input_valid, ByteSpan out) {
  SOLIEU_FUZZ_CHECK(out.start <= out.end && out.end <= n.text.size(), out.start, out.end);
  const ByteSpan in = n.map.to_input(out);
  SOLIEU_FUZZ_CHECK(in.start <= in.end && in.end <= input.size(), in.start, in.end);
  if (input_valid)
    SOLIEU_FUZZ_CHECK(is_valid_utf8(input.substr(in.start, in.end - in.start)), in.start, in.end);
}

}  // namespace

// The patterns and gazetteer load here, before the clock of the first input
// starts (under ASan the load takes seconds).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::patterns();
  fuzz::gazetteer();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Pipeline pipeline(fuzz::normalizer(), fuzz::patterns(), {}, RecordShape::kArticles,
                                 &fuzz::gazetteer());
  Article article;
  article.id = "fuzz";
  article.source = "fuzz.txt";
  article.text.assign(reinterpret_cast<const char*>(data), size);
  const std::string input = article.text;
  const bool valid = is_valid_utf8(input);

  ArticleResult r = pipeline.process(std::move(article));
  if (r.record) {
    SOLIEU_FUZZ_CHECK(!r.record->empty() && r.record->back() == '\n');
    SOLIEU_FUZZ_CHECK(r.record->find('\n') == r.record->size() - 1);
  }
  if (!r.extracted) return 0;
  const ExtractedArticle& x = *r.extracted;
  for (const Quantity& q : x.quantities) check_span(x.normalized, input, valid, q.span);
  for (const Place& p : x.places) check_span(x.normalized, input, valid, p.span);
  return 0;
}
