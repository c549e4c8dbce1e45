// Running the pipeline over a stream of inputs, on one thread or several.
//
// run_stream() pulls items from an InputStream, sends each article through
// Pipeline::process, and hands every result to `sink` in input order. With
// more than one thread the articles are processed in parallel (oneTBB's
// parallel_pipeline: a serial in-order reader, parallel processing, a serial
// in-order writer), so the output is byte-identical to one thread's and at
// most a few articles per thread are held in memory at a time.
//
// Errors from the reader arrive at the sink as items, in order, like results.
// The sink runs on one thread at a time; it may write and count freely.
//
// An optional `skip` is asked about each article on the reading thread, in
// input order, before it is processed (it may run while the sink handles an
// earlier item); when it says true the article is not processed and arrives
// at the sink as `skipped`. The database sinks use it to pass over articles
// they hold unchanged without extracting them again.
//
//   run_stream(in, pipeline, 2, [&](const StreamItem& item) { ... });
#pragma once

#include <functional>
#include <optional>

#include "io/input.h"
#include "pipeline/pipeline.h"

namespace solieu {

struct StreamItem {
  std::optional<Error> input_error;     // the reader could not give an article
  std::optional<ArticleResult> result;  // or the article's result
  bool skipped = false;                 // or `skip` said to pass over it
  size_t bytes = 0;                     // the article's text, in bytes (for progress)
};

// Whether to pass over an article; may fill in what it needs (its layout).
using SkipArticle = std::function<bool(Article&)>;

void run_stream(InputStream& in, const Pipeline& pipeline, int threads,
                const std::function<void(const StreamItem&)>& sink, const SkipArticle& skip = {});

}  // namespace solieu
