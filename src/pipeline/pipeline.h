// The pipeline: one article in, its record out, through every stage.
//
//   reader (Article) -> normalizer -> extractor -> record writer
//
// It reads the page layout (title, date, category, author, page views; the
// boilerplate tail and repeated headline captions, which are never scanned
// for figures), normalizes, finds the figures and writes the JSON record.
// Text with a few invalid bytes is repaired (U+FFFD) and reported as a
// warning; text that is mostly invalid is refused with an error. Nothing is
// printed: problems come back as values for the caller to report.
//
// Ownership: borrows the Normalizer and PatternSet, which must outlive it.
// Thread safety: process() is const and may run on many threads at once.
//
//   Pipeline p(normalizer, patterns, {});
//   ArticleResult r = p.process(article);
//   if (r.record) out << *r.record;
//   if (r.extracted) sink.put(r.extracted->facts());   // a database, CSV
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "extract/extractor.h"
#include "extract/places.h"
#include "io/article.h"
#include "io/text_metadata.h"
#include "normalize/normalizer.h"
#include "record/record.h"

namespace solieu {

// What the stages made of one article, owned: for sinks other than the JSON
// record (src/store/: SQLite, CSV), which need the figures as values.
// `article` has its page layout filled in (title, published, ...);
// `normalized` maps the figures' spans back to the input's bytes.
struct ExtractedArticle {
  Article article;
  NormalizedText normalized;
  std::vector<Quantity> quantities;
  std::vector<Place> places;
  std::optional<Period> report_period;

  // The view record_json() takes; valid while this object lives.
  ArticleFacts facts() const { return {article, normalized, quantities, places, report_period}; }
};

struct ArticleResult {
  std::optional<std::string> record;  // the JSON Lines text, '\n'-terminated; none if refused
  std::optional<Error> problem;       // a warning (record kept) or the reason it was refused
  size_t quantities = 0;
  // The facts behind `record` (moved in after it is written, so it costs
  // nothing extra); none if refused.
  std::optional<ExtractedArticle> extracted;
};

class Pipeline {
 public:
  // More than this share of invalid bytes and a text is refused, not repaired.
  static constexpr double kMaxInvalidShare = 0.05;
  // A longer article is refused with a kLimit error, unread: news articles
  // run to ~50 KB, and the stages hold several copies of the text at once
  // (docs/hardness.md has the measurements behind the number).
  static constexpr size_t kMaxArticleBytes = size_t{16} << 20;

  // `gazetteer` may be null: then no places are read.
  Pipeline(const Normalizer& normalizer, const PatternSet& patterns, ExtractOptions options,
           RecordShape shape = RecordShape::kArticles, const Gazetteer* gazetteer = nullptr);

  ArticleResult process(Article article) const;

  // Fills in what the page layout says of `article` (title, published,
  // category, author, page views: each only where the input gave none), as
  // process() does first. Cheap (a scan of the lines): lets a caller key an
  // article the way its record will, before deciding to process it.
  void read_layout(Article& article) const;

 private:
  PageLayout layout_of(Article& article) const;

  // The places of the text (each unit once), and each figure's place.
  std::vector<Place> read_places(const NormalizedText& n, const std::optional<std::string>& published,
                                 const std::vector<std::pair<size_t, size_t>>& skipped, std::vector<Quantity>& qs) const;

  const Normalizer& normalizer_;
  Extractor extractor_;
  ExtractOptions options_;
  RecordShape shape_;
  const Gazetteer* gazetteer_;
  std::vector<std::string> tail_markers_;  // table PAGE_TAIL of the patterns
};

}  // namespace solieu
