// The schema as compiled in: the text of src/store/schema.sql, read by CMake
// into store/schema_sql.inc at configure time, so the file is the only copy.
#include "store/schema.h"

namespace solieu {

const char* const kSchemaSql =
#include "store/schema_sql.inc"
    ;

}  // namespace solieu
