// Google Benchmark microbenchmarks for the stages whose cost grows with the
// text: reading a JSON Lines line, the normalizer, the number grammar, the
// pattern set (the whole extractor over one report sentence, and the
// whole-word cue search), and the sentence breaks (ICU's iterator against the
// sentence breaker).
// Built when libbenchmark-dev is installed; run `build/bench/solieu_micro`.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/pattern_scan.h"
#include "extract/pattern_set.h"
#include "extract/sentence_breaker.h"
#include "io/jsonl_article_internal.h"
#include "normalize/normalizer.h"
#include "number/number_grammar.h"

namespace {

using namespace solieu;

// A sentence in the style of a district report, figures and all.
const char* kSentence =
    "Từ đầu năm đến nay, huyện đã tổ chức tuyên truyền được 252 buổi với gần 14 nghìn lượt người nghe; "
    "mở mới và đổ bê tông được 05 tuyến đường trên 25 km, nhân dân đã hiến trên 1.500m2 đất, "
    "huy động hơn 12,5 tỷ đồng, có 9/12 xã đạt chuẩn nông thôn mới. ";

std::string paragraph(int sentences) {
  std::string s;
  for (int i = 0; i < sentences; ++i) s += kSentence;
  return s;
}

const Normalizer& normalizer() {
  static const Normalizer n;
  return n;
}

const PatternSet& patterns() {
  static const PatternSet set = [] {
    const char* dir = std::getenv("SOLIEU_PATTERNS");
    auto loaded = PatternSet::load(dir ? dir : SOLIEU_SOURCE_DIR "/patterns/vi", normalizer());
    if (!loaded) {
      std::fprintf(stderr, "%s\n", loaded.error().to_string().c_str());
      std::exit(2);
    }
    return std::move(*loaded);
  }();
  return set;
}

// One JSON Lines article of N report sentences (first arg; 16 make about
// 4 KB, a news-vi article's mean) read to an Article by nlohmann's parser
// alone (second arg 0) or by the fast parser, as parse_jsonl_article reads
// it (1).
void BM_JsonlArticle(benchmark::State& state) {
  const std::string line = R"({"id":"vmds:cluster_1/12240106","title":"Huyện đạt chuẩn nông thôn mới",)"
                           R"("date":"2013-10-23T11:39","url":"http://www.baomoi.com/a/12240106.epi","text":")" +
                           paragraph(static_cast<int>(state.range(0))) + R"(\n“Trích dẫn” \u0110"})";
  const auto parser = state.range(1) ? jsonl_internal::Parser::kFast : jsonl_internal::Parser::kReference;
  const JsonlFields fields;
  for (auto _ : state)
    benchmark::DoNotOptimize(jsonl_internal::parse_line(parser, line, "news.jsonl", 1, "news.jsonl", fields));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(line.size()));
}
BENCHMARK(BM_JsonlArticle)->Args({16, 0})->Args({16, 1});

void BM_NormalizeNfcText(benchmark::State& state) {
  const std::string text = paragraph(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(normalizer().normalize(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_NormalizeNfcText)->Arg(1)->Arg(64);

void BM_NormalizeDecomposedText(benchmark::State& state) {
  // NFD input: every toned letter is rebuilt by ICU, with an offset map.
  const std::string text = "nhân dân đã hiến trên 1.500m2 đất; hội nghị có gần 14 nghìn lượt người. ";
  std::string input;
  for (int i = 0; i < 64; ++i) input += text;
  for (auto _ : state) benchmark::DoNotOptimize(normalizer().normalize(input));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(input.size()));
}
BENCHMARK(BM_NormalizeDecomposedText);

void BM_NumberGrammar(benchmark::State& state) {
  const char* phrases[] = {"252", "1.500", "14 nghìn", "12,5 tỷ", "hai mươi mốt", "một trăm linh năm",
                           "3 triệu 500 nghìn", "hai phẩy năm"};
  const NumberLexicon& lexicon = patterns().lexicon();
  for (auto _ : state)
    for (const char* p : phrases) benchmark::DoNotOptimize(parse_number(p, lexicon, SeparatorStyle::kVietnamese));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * 8);
}
BENCHMARK(BM_NumberGrammar);

// The whole extractor; second argument 1: the one-pass search (the
// default), 0: each pattern's own search, the reference it must agree with.
void BM_ExtractSentences(benchmark::State& state) {
  const std::string text = normalizer().normalize_text(paragraph(static_cast<int>(state.range(0))));
  const Extractor extractor(patterns());
  ExtractOptions options;
  options.one_pass = state.range(1) != 0;
  for (auto _ : state) benchmark::DoNotOptimize(extractor.extract(text, options));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ExtractSentences)->Args({1, 1})->Args({16, 1})->Args({16, 0});

void BM_PatternScanNext(benchmark::State& state) {
  // The one-pass search alone: every place a pattern may start, walked.
  const std::string text = normalizer().normalize_text(paragraph(16));
  std::vector<const CompiledPattern*> lanes;
  for (const CompiledPattern& p : patterns().patterns())
    if (!p.latent) lanes.push_back(&p);
  const std::unique_ptr<PatternScan> scan = PatternScan::build(lanes);
  if (!scan) {
    state.SkipWithError("the patterns do not compile as one union");
    return;
  }
  for (auto _ : state) {
    size_t stops = 0;
    for (std::optional<size_t> at = scan->next(text, 0, text.size()); at && *at < text.size();
         at = scan->next(text, *at + 1, text.size()))
      ++stops;
    benchmark::DoNotOptimize(stops);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_PatternScanNext);

void BM_FindWholeWordCue(benchmark::State& state) {
  // The first indicator's cue over one sentence: the search context.cc runs
  // for every figure and candidate indicator.
  const std::string text = normalizer().normalize_text(kSentence);
  const IndicatorRule& rule = patterns().indicators().front();
  for (auto _ : state) benchmark::DoNotOptimize(find_word(*rule.cue, text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_FindWholeWordCue);

// The corpus articles (corpus/articles/*.txt), normalized, in file name order.
const std::vector<std::string>& corpus_texts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::filesystem::path> paths;
    for (const auto& e : std::filesystem::directory_iterator(SOLIEU_SOURCE_DIR "/corpus/articles"))
      if (e.path().extension() == ".txt") paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> out;
    for (const auto& p : paths) {
      std::ifstream in(p, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      out.push_back(normalizer().normalize_text(s.str()));
    }
    return out;
  }();
  return texts;
}

// Sentence spans of every corpus article, one call per article as the
// context reader makes them; argument 0: ICU's iterator (cloned per call),
// 1: the sentence breaker (with its UTF-8 check).
void BM_SentenceBreaks(benchmark::State& state) {
  const std::vector<std::string>& texts = corpus_texts();
  const IcuSentenceBreaker icu;
  std::vector<ByteSpan> spans;
  int64_t bytes = 0;
  for (const std::string& t : texts) bytes += static_cast<int64_t>(t.size());
  for (auto _ : state)
    for (const std::string& t : texts) {
      if (state.range(0) == 0) icu.spans(t, spans);
      else sentence_spans(t, spans);
      benchmark::DoNotOptimize(spans.data());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * bytes);
}
BENCHMARK(BM_SentenceBreaks)->Arg(0)->Arg(1);

void BM_LoadPatternSet(benchmark::State& state) {
  // Start-up: every pattern file read, expanded and compiled.
  const char* dir = std::getenv("SOLIEU_PATTERNS");
  for (auto _ : state) benchmark::DoNotOptimize(PatternSet::load(dir ? dir : SOLIEU_SOURCE_DIR "/patterns/vi", normalizer()));
}
BENCHMARK(BM_LoadPatternSet)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
