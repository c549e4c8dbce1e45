#include "pipeline/stream.h"

#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>

#include <memory>

namespace solieu {
namespace {

// What travels between the stages: an article not yet processed, or an
// error; then the processed result.
struct Token {
  InputItem input;
  StreamItem output;
};

// On the reading thread, in input order: the article's size, and whether to skip it.
void screen(const SkipArticle& skip, Token& t) {
  if (!t.input.article) return;
  t.output.bytes = t.input.article->text.size();
  if (skip && skip(*t.input.article)) {
    t.output.skipped = true;
    t.input.article.reset();
  }
}

void process_into(const Pipeline& pipeline, Token& t) {
  if (t.input.error) {
    t.output.input_error = std::move(t.input.error);
  } else if (t.input.article) {
    t.output.result = pipeline.process(std::move(*t.input.article));
  }
  t.input = InputItem{};
}

}  // namespace

void run_stream(InputStream& in, const Pipeline& pipeline, int threads,
                const std::function<void(const StreamItem&)>& sink, const SkipArticle& skip) {
  if (threads <= 1) {
    Token t;
    while (in.next(t.input)) {
      screen(skip, t);
      process_into(pipeline, t);
      sink(t.output);
      t = Token{};
    }
    return;
  }
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(threads));
  // A few articles in flight per thread keeps every thread busy without
  // letting memory grow with the input.
  const size_t in_flight = static_cast<size_t>(threads) * 4;
  tbb::parallel_pipeline(
      in_flight,
      tbb::make_filter<void, std::shared_ptr<Token>>(
          tbb::filter_mode::serial_in_order,
          [&](tbb::flow_control& fc) -> std::shared_ptr<Token> {
            auto t = std::make_shared<Token>();
            if (!in.next(t->input)) {
              fc.stop();
              return nullptr;
            }
            screen(skip, *t);
            return t;
          }) &
          tbb::make_filter<std::shared_ptr<Token>, std::shared_ptr<Token>>(
              tbb::filter_mode::parallel,
              [&](std::shared_ptr<Token> t) {
                process_into(pipeline, *t);
                return t;
              }) &
          tbb::make_filter<std::shared_ptr<Token>, void>(tbb::filter_mode::serial_in_order,
                                                         [&](std::shared_ptr<Token> t) { sink(t->output); }));
}

}  // namespace solieu
