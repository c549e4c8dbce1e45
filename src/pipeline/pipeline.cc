#include "pipeline/pipeline.h"

#include "core/utf8.h"
#include "io/text_metadata.h"
#include "record/record.h"

namespace solieu {
namespace {

// Where in the input the first invalid byte sits, as file:line:col.
Error invalid_text_error(const Article& a, const NormalizedText& n, bool refused) {
  LineColumn lc = line_column(a.text, n.stats.first_invalid_offset);
  Location where{a.source, a.line > 0 ? a.line : lc.line, a.line > 0 ? 0 : lc.column};
  std::string what = std::to_string(n.stats.invalid_bytes) + " invalid byte" +
                     (n.stats.invalid_bytes == 1 ? "" : "s") + " in " + n.stats.encoding + " text (first at byte " +
                     std::to_string(n.stats.first_invalid_offset) + ")";
  return Error{ErrorCode::kEncoding,
               refused ? "not " + n.stats.encoding + " text: " + what + "; article skipped"
                       : what + " replaced by U+FFFD; article " + (a.id.empty() ? "" : "'" + a.id + "' ") + "kept",
               where, ""};
}

}  // namespace

Pipeline::Pipeline(const Normalizer& normalizer, const PatternSet& patterns, ExtractOptions options)
    : normalizer_(normalizer), extractor_(patterns), options_(options) {}

ArticleResult Pipeline::process(Article article) const {
  ArticleResult result;
  // A plain-text page carries its title and date in its first lines
  // (a --text argument is a snippet, not a page).
  if (article.line == 0 && article.source != kTextArgumentSource && (article.title.empty() || !article.published)) {
    TextMetadata m = guess_text_metadata(article.text);
    if (article.title.empty()) article.title = m.title;
    if (!article.published) article.published = m.published;
  }
  NormalizedText n = normalizer_.normalize(article.text);
  if (n.stats.invalid_bytes > 0) {
    bool refuse = static_cast<double>(n.stats.invalid_bytes) > kMaxInvalidShare * static_cast<double>(article.text.size());
    result.problem = invalid_text_error(article, n, refuse);
    if (refuse) return result;
  }
  std::vector<Quantity> qs = extractor_.extract(n.text, options_);
  result.quantities = qs.size();
  result.record = record_json_line(article, n, qs);
  return result;
}

}  // namespace solieu
