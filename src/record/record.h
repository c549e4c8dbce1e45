// The record: solieu's wire format, and the only place that writes it.
//
// Two shapes, one version (documented field by field in docs/record-format.md):
//   - articles (the default): one JSON object per article, its figures nested
//     under "quantities"; "format": "solieu.record/2".
//   - quantities: one flat JSON object per figure, carrying its article's id,
//     source, title, published and url, for loading straight into a table;
//     "format": "solieu.quantity/2".
// Adding a field is allowed within a version; renaming or removing one is a
// new version.
//
// Offsets: "start"/"end" are half-open byte offsets into the article text as
// given (the file's bytes for plain text, the "text" field for JSON Lines),
// mapped back through the normalizer's OffsetMap; "text" is those bytes.
//
// Pure functions of their inputs; safe from any thread.
//
//   ArticleFacts facts{article, normalized, quantities, places, report_period};
//   out << record_json(facts, RecordShape::kArticles);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/quantity.h"
#include "io/article.h"
#include "normalize/normalizer.h"

namespace solieu {

inline constexpr const char* kRecordFormat = "solieu.record/2";
inline constexpr const char* kQuantityFormat = "solieu.quantity/2";

enum class RecordShape { kArticles, kQuantities };

// Everything known about one article once it has been through the stages.
struct ArticleFacts {
  const Article& article;
  const NormalizedText& normalized;
  const std::vector<Quantity>& quantities;
  const std::vector<Place>& places;          // the places the article names
  const std::optional<Period>& report_period;
};

// The JSON Lines text for one article: one line (articles) or one line per
// figure (quantities; nothing for an article without figures). Each line
// ends with '\n'.
std::string record_json(const ArticleFacts& facts, RecordShape shape);

// The article's encoding as records name it: the reader's (a converted
// legacy charset, upper-cased: "WINDOWS-1258", "TCVN3") when there was one,
// else the normalizer's ("UTF-8", "UTF-16LE"). The store writes the same.
std::string record_encoding(const Article& article, const NormalizedText& normalized);

}  // namespace solieu
