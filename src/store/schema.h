// The database schema: its version and its SQL (src/store/schema.sql).
#pragma once

namespace solieu {

// The version this solieu writes; kept in the schema_version table.
inline constexpr int kSchemaVersion = 1;

// The tables and indexes of an empty database, schema_version row included.
extern const char* const kSchemaSql;

}  // namespace solieu
