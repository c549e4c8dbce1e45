#include "pipeline/pipeline.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/utf8.h"
#include "extract/period.h"
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

Pipeline::Pipeline(const Normalizer& normalizer, const PatternSet& patterns, ExtractOptions options,
                   RecordShape shape, const Gazetteer* gazetteer)
    : normalizer_(normalizer), extractor_(patterns), options_(options), shape_(shape), gazetteer_(gazetteer) {
  if (const Table* tail = patterns.table("PAGE_TAIL"))
    for (const auto& [key, fields] : tail->rows()) tail_markers_.push_back(key);
  std::sort(tail_markers_.begin(), tail_markers_.end());
}

std::vector<Place> Pipeline::read_places(const NormalizedText& n, const std::optional<std::string>& published,
                                         const std::vector<std::pair<size_t, size_t>>& skipped,
                                         std::vector<Quantity>& qs) const {
  const std::string_view text = n.text;
  if (!gazetteer_) return {};
  Gazetteer::Era era = Gazetteer::Era::kAuto;
  if (published)
    if (auto iso = iso_date(*published)) era = Gazetteer::era_for_date(*iso);
  std::vector<Place> mentions;
  for (Gazetteer::Match& m : gazetteer_->match(text, era)) {
    // Places in page furniture (author line, boilerplate tail) are not the report's.
    const size_t at = n.map.to_input(m.place.span).start;
    if (std::any_of(skipped.begin(), skipped.end(), [&](const auto& r) { return at >= r.first && at < r.second; }))
      continue;
    if (!m.place.code.empty()) m.place.era = std::string(Gazetteer::era_name(m.era));
    mentions.push_back(std::move(m.place));
  }
  // A figure's place: the one its sentence names, the nearest before it
  // first. Mentions come in text order (Gazetteer::match), so a binary search
  // finds the figure's neighbours: walk back to the sentence start, else
  // forward from it (an endless sentence stays linear-logarithmic).
  auto starts_before = [](const Place& p, size_t at) { return p.span.start < at; };
  for (Quantity& q : qs) {
    const ByteSpan sent = q.sentence_span;
    auto in_sentence = [&](const Place& p) { return p.span.start >= sent.start && p.span.end <= sent.end; };
    const Place* best = nullptr;
    auto at = std::lower_bound(mentions.begin(), mentions.end(), q.span.start, starts_before);
    for (auto it = at; it != mentions.begin() && !best;) {
      --it;
      if (it->span.start < sent.start) break;
      if (in_sentence(*it) && it->span.end <= q.span.start) best = &*it;
    }
    for (auto it = std::lower_bound(mentions.begin(), mentions.end(), sent.start, starts_before);
         !best && it != mentions.end() && it->span.start < sent.end; ++it)
      if (in_sentence(*it)) best = &*it;
    if (best) q.place = *best;
  }
  // The article's places: each unit once, at its first mention, with a count.
  std::vector<Place> places;
  std::map<std::tuple<bool, std::string, std::string>, size_t> seen;  // (coded, code or name, era or type)
  for (const Place& p : mentions) {
    const bool coded = !p.code.empty();
    auto [it, fresh] = seen.try_emplace({coded, coded ? p.code : p.name, coded ? p.era : p.type}, places.size());
    if (fresh) places.push_back(p);
    else ++places[it->second].mentions;
  }
  return places;
}

PageLayout Pipeline::layout_of(Article& article) const {
  // A plain-text page carries its title and date in its first lines (a
  // --text argument is a snippet, not a page); any text may end in boilerplate.
  const bool page = article.line == 0 && article.source != kTextArgumentSource;
  const std::string_view t = article.text;
  const bool utf16 = has_utf16_bom(t);
  PageLayout layout;
  if (utf16) {
    // The layout is read from UTF-8; UTF-16 input (offsets into its own
    // bytes) is read through its normalized text, and the skipped ranges
    // mapped back. Reading its raw bytes gave titles full of NULs.
    NormalizedText n = normalizer_.normalize(t);
    layout = read_page_layout(n.text, tail_markers_, page);
    for (auto& [b, e] : layout.skipped) {
      ByteSpan raw = n.map.to_input({b, e});
      b = raw.start;
      e = raw.end;
    }
  } else {
    layout = read_page_layout(t, tail_markers_, page);
  }
  if (article.title.empty()) article.title = layout.title;
  if (!article.published) article.published = layout.published;
  if (article.category.empty()) article.category = layout.category;
  if (article.author.empty()) article.author = layout.author;
  if (!article.page_views) article.page_views = layout.page_views;
  return layout;
}

void Pipeline::read_layout(Article& article) const { layout_of(article); }

ArticleResult Pipeline::process(Article article) const {
  ArticleResult result;
  if (article.text.size() > kMaxArticleBytes) {
    result.problem = Error{ErrorCode::kParse,  // input past a documented limit
                           "article '" + article.id + "' is " + std::to_string(article.text.size()) +
                               " bytes, over the limit of " + std::to_string(kMaxArticleBytes) +
                               " bytes (16 MiB); article skipped",
                           Location{article.source, article.line, 0}, ""};
    return result;
  }
  PageLayout layout = layout_of(article);
  NormalizedText n = normalizer_.normalize(article.text);
  if (n.stats.invalid_bytes > 0) {
    bool refuse = static_cast<double>(n.stats.invalid_bytes) > kMaxInvalidShare * static_cast<double>(article.text.size());
    result.problem = invalid_text_error(article, n, refuse);
    if (refuse) return result;
  }
  std::vector<Quantity> qs = extractor_.extract(n.text, options_);
  // Figures in page furniture (date line, captions, author, tail) are not the report's.
  if (!layout.skipped.empty())
    qs.erase(std::remove_if(qs.begin(), qs.end(),
                            [&](const Quantity& q) {
                              size_t at = n.map.to_input(q.span).start;
                              for (const auto& [b, e] : layout.skipped)
                                if (at >= b && at < e) return true;
                              return false;
                            }),
             qs.end());
  result.quantities = qs.size();
  std::vector<Place> places = read_places(n, article.published, layout.skipped, qs);
  // Periods read against the publication date: a figure's own sentence, then
  // its paragraph, then the article's report period.
  std::optional<Date> anchor;
  if (article.published)
    if (auto iso = iso_date(*article.published)) anchor = parse_iso_date(*iso);
  std::optional<Period> report_period = assign_periods(n.text, qs, anchor);
  result.record = record_json({article, n, qs, places, report_period}, shape_);
  result.extracted = ExtractedArticle{std::move(article), std::move(n), std::move(qs), std::move(places),
                                      std::move(report_period)};
  return result;
}

}  // namespace solieu
