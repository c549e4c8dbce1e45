// The record: solieu's wire format, and the only place that writes it.
//
// One JSON object per article, one per line (JSON Lines). The format is
// versioned ("format": "solieu.record/1") and documented field by field in
// docs/record-format.md. Adding a field is allowed within a version;
// renaming or removing one is a new version.
//
// Offsets: "start"/"end" are half-open byte offsets into the article text as
// given (the file's bytes for plain text, the "text" field for JSON Lines),
// mapped back through the normalizer's OffsetMap; "text" is those bytes.
//
// Pure functions of their inputs; safe from any thread.
//
//   std::string line = record_json_line(article, normalized, quantities);
//   out << line << '\n';
#pragma once

#include <string>
#include <vector>

#include "extract/quantity.h"
#include "io/article.h"
#include "normalize/normalizer.h"

namespace solieu {

inline constexpr const char* kRecordFormat = "solieu.record/1";

// The record of one article, without a trailing newline.
std::string record_json_line(const Article& article, const NormalizedText& normalized,
                             const std::vector<Quantity>& quantities);

}  // namespace solieu
