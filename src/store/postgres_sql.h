// The PostgreSQL dialect of the store: the schema, made from the SQLite one,
// and rows in the text format of COPY ... FROM STDIN.
//
// The schema has one source, src/store/schema.sql (SQLite). postgres_schema()
// rewrites its column types, word by word outside comments: an `INTEGER
// PRIMARY KEY` (runs.id, SQLite's row id) becomes an identity column,
// INTEGER becomes BIGINT (page views, offsets past 2^31) and REAL becomes
// DOUBLE PRECISION (PostgreSQL's REAL is 4 bytes; the record's numbers are
// doubles). Table, column and index names stay as they are, so both
// databases answer the same queries.
//
// copy_row() writes one row for COPY's text format: fields separated by
// tabs, a line feed at the end, NULL as \N, and backslash, tab, line feed
// and carriage return escaped with a backslash. PostgreSQL's text cannot
// hold U+0000, so a NUL byte becomes U+FFFD (as invalid UTF-8 does). Numbers
// are written so that they read back exactly.
//
// Pure functions; safe from any thread.
//
//   std::string ddl = postgres_schema(kSchemaSql);
//   std::string rows;
//   rows += copy_row({Cell{"a\tb"}, Cell{}, Cell{int64_t{3}}});   // "a\\tb\t\\N\t3\n"
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/flat.h"

namespace solieu {

// The SQLite schema script, in PostgreSQL's dialect.
std::string postgres_schema(std::string_view sqlite_schema);

// One field of COPY's text format (escaped; \N for NULL), no separator.
void append_copy_field(std::string& out, const Cell& cell);

// One row of COPY's text format, line feed included.
std::string copy_row(const std::vector<Cell>& cells);

// A connection string with any password replaced by "***", for messages:
// "postgresql://u:secret@h/db" -> "postgresql://u:***@h/db",
// "host=h password=secret" -> "host=h password=***".
std::string redact_password(std::string_view url);

}  // namespace solieu
