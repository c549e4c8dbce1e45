// CSV (RFC 4180): one row per figure, for DuckDB, ClickHouse and spreadsheets.
//
// A header row, then one row per figure: its article's `article` (the id),
// `source`, `title`, `published` and `url`, then the figure's columns as in
// the database (quantity_columns(), store/flat.h). Fields that hold a comma,
// a double quote, CR or LF are quoted, with quotes doubled; every line ends
// with CRLF, as the RFC says. UTF-8, no byte-order mark. NULL is an empty
// field; numbers are written as in the JSON record.
//
// Pure functions; safe from any thread.
//
//   out << csv_header();
//   out << csv_rows(facts);   // nothing for an article without figures
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "record/record.h"
#include "store/flat.h"

namespace solieu {

// One field, quoted when it must be.
std::string csv_field(std::string_view text);

// One cell as a field: NULL empty, numbers as in the JSON record.
std::string csv_cell(const Cell& cell);

// One record: the fields joined by commas, then CRLF.
std::string csv_line(const std::vector<std::string>& fields);

// The names of the columns, in order.
std::vector<std::string> csv_columns();

// The header row.
std::string csv_header();

// The rows of an article's figures.
std::string csv_rows(const ArticleFacts& facts);

}  // namespace solieu
