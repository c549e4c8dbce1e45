// Flat rows: a figure as a row of cells, shared by the SQLite and CSV sinks.
//
// The columns follow the fields of a quantity in the JSON record
// (docs/record-format.md), in that order, with nested objects flattened
// (`normalized.value` -> normalized_value, `period.start` -> period_start,
// `place.code` -> place_code, `sentence_span` -> sentence_start/_end) and the
// names JSON shares with SQL keywords renamed (`start`/`end` -> span_start/
// span_end, `of` -> of_total). docs/database.md maps every column back to
// its JSON field. Values are the same as the record's: offsets into the
// input as given, "text" the input's bytes, an absent or null field NULL.
//
// Pure functions; safe from any thread.
//
//   for (const Quantity& q : facts.quantities)
//     std::vector<Cell> row = quantity_cells(q, facts.article, facts.normalized);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "extract/quantity.h"
#include "io/article.h"
#include "normalize/normalizer.h"
#include "record/record.h"

namespace solieu {

// A cell: NULL, an integer, a real or UTF-8 text.
using Cell = std::variant<std::monostate, int64_t, double, std::string>;

struct ColumnSpec {
  const char* name;
  const char* type;  // the SQL type: INTEGER, REAL or TEXT
};

// The columns of one figure, in the order of quantity_cells().
const std::vector<ColumnSpec>& quantity_columns();

// The columns of an article's row (articles: all but `places`, which the
// store fills from the places rows) and of a place's row, in the order of
// article_cells() and place_cells().
const std::vector<ColumnSpec>& article_columns();
const std::vector<ColumnSpec>& place_columns();

// An article's row: its id (as stored: valid UTF-8), its hashes, the number
// of its figures and the run that writes it.
std::vector<Cell> article_cells(const ArticleFacts& facts, const std::string& id, const std::string& content_hash,
                                const std::string& extraction_hash, int64_t run);

// The row of the article's `ordinal`-th place.
std::vector<Cell> place_cells(const ArticleFacts& facts, const std::string& id, size_t ordinal);

// One figure's cells, in quantity_columns() order.
std::vector<Cell> quantity_cells(const Quantity& q, const Article& article, const NormalizedText& normalized);

// The text of a span as the record gives it: the input's bytes, or the
// normalized text's when the input was not UTF-8 (UTF-16 files); always
// valid UTF-8.
std::string span_text(const Article& article, const NormalizedText& normalized, ByteSpan normalized_span);

// `text` with each invalid UTF-8 byte replaced by U+FFFD (as the JSON writer
// does), so every text cell is valid UTF-8.
std::string valid_utf8(std::string_view text);

// `published` as the record writes it (ISO 8601), or NULL.
Cell published_cell(const Article& article);

// A number as the JSON record writes it: whole numbers without a decimal
// point ("25000"), others in the shortest form that reads back exactly
// ("1.5", "0.1").
std::string number_text(double v);

}  // namespace solieu
