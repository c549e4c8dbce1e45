// Reading an SQLite database written by `solieu extract --db` into the
// aggregation state: the columns that hold a record's fields (docs/
// database.md maps them) become ArticleFields, added as the record's line
// would be. Read-only, through the SQLite C API; no JSON is parsed here.
#include <sqlite3.h>

#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "aggregate/aggregate.h"
#include "store/sqlite_handle.h"
#include "store/schema.h"

namespace solieu {
namespace {

constexpr char kSqliteHeader[] = "SQLite format 3";  // and its NUL: 16 bytes

// The columns of a figure that aggregate reads, in FigureFields order.
constexpr const char* kQuantitySql =
    "SELECT text, value, unit, indicator, normalized_value, normalized_unit, qualifier, dimension, low, high, "
    "status, period_start, place_code FROM quantities WHERE article_id = ?1 ORDER BY ordinal";
constexpr const char* kPlaceSql = "SELECT code FROM places WHERE article_id = ?1 ORDER BY ordinal";
constexpr const char* kArticleSql = "SELECT id, title FROM articles ORDER BY id";

using sqlite::Connection;

// A statement to read with: the shared handle, plus the one-text rebind used per article.
class Query : public sqlite::Statement {
 public:
  void rebind(const std::string& text) {
    reset();
    bind_text(1, text);
  }
  std::string text(int i) const { return column_text(i); }
  std::optional<std::string> optional_text(int i) const { return column_optional_text(i); }
  std::optional<double> optional_real(int i) const { return column_optional_real(i); }
  int64_t integer(int i) const { return column_int(i); }
  bool null(int i) const { return column_null(i); }
};

Error db_error(const std::string& path, const std::string& message) {
  return Error{ErrorCode::kIo, message, Location{path, 0, 0}, ""};
}

Error sqlite_error(const std::string& path, sqlite3* db, const std::string& what) {
  return db_error(path, what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

// That the file holds solieu's tables at a schema version this solieu reads.
Status check_schema(const std::string& path, sqlite3* db) {
  Query tables;
  if (tables.prepare(db, "SELECT name FROM sqlite_master WHERE type = 'table'") != SQLITE_OK)
    return sqlite_error(path, db, "cannot read the database");
  bool versioned = false, articles = false, places = false, quantities = false;
  int rc;
  while ((rc = tables.step()) == SQLITE_ROW) {
    const std::string name = tables.text(0);
    versioned = versioned || name == "schema_version";
    articles = articles || name == "articles";
    places = places || name == "places";
    quantities = quantities || name == "quantities";
  }
  if (rc != SQLITE_DONE) return sqlite_error(path, db, "cannot read the database");
  if (!versioned) return db_error(path, "not a solieu database: it has no schema_version table");
  Query version;
  if (version.prepare(db, "SELECT max(version), count(*) FROM schema_version") != SQLITE_OK ||
      version.step() != SQLITE_ROW)
    return sqlite_error(path, db, "cannot read the schema version");
  const int64_t v = version.integer(0);
  if (version.integer(1) == 0 || v < 1)
    return db_error(path, "not a solieu database: its schema_version table holds no version");
  if (v > kSchemaVersion)
    return db_error(path, "the database has schema version " + std::to_string(v) + ", newer than this solieu reads (" +
                              std::to_string(kSchemaVersion) + "); use a newer solieu");
  if (!articles || !places || !quantities)
    return db_error(path, "not a solieu database: a table of its schema is missing");
  return {};
}

}  // namespace

bool is_sqlite_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char header[sizeof kSqliteHeader] = {};
  if (!in.read(header, sizeof header)) return false;
  return std::memcmp(header, kSqliteHeader, sizeof header) == 0;
}

Status Aggregator::add_database(const std::string& path, std::vector<Error>& problems) {
  end_input();
  if (!is_sqlite_file(path)) {
    std::ifstream probe(path, std::ios::binary);
    return db_error(path, probe ? "not an SQLite database (no \"SQLite format 3\" header)" : "cannot open");
  }
  Connection c;
  if (sqlite3_open_v2(path.c_str(), &c.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    return sqlite_error(path, c.db, "cannot open the database");
  sqlite3_busy_timeout(c.db, 5000);
  if (Status s = check_schema(path, c.db); !s) return s;

  // One read transaction: the articles, places and figures of one moment,
  // even while an `extract` writes to the file.
  if (sqlite3_exec(c.db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
    return sqlite_error(path, c.db, "cannot read the database");
  Query articles, places, quantities;
  if (articles.prepare(c.db, kArticleSql) != SQLITE_OK || places.prepare(c.db, kPlaceSql) != SQLITE_OK ||
      quantities.prepare(c.db, kQuantitySql) != SQLITE_OK)
    return sqlite_error(path, c.db, "cannot read the database");

  // An article at a time, added as it is read (the state, not the
  // database, stays in memory).
  int rc;
  while ((rc = articles.step()) == SQLITE_ROW) {
    ArticleFields a;
    a.id = articles.text(0);
    a.title = articles.optional_text(1);
    places.rebind(a.id);
    int prc;
    while ((prc = places.step()) == SQLITE_ROW) a.place_codes.push_back(places.optional_text(0).value_or(""));
    if (prc != SQLITE_DONE) return sqlite_error(path, c.db, "cannot read the places of article '" + a.id + "'");
    quantities.rebind(a.id);
    int qrc;
    while ((qrc = quantities.step()) == SQLITE_ROW) {
      FigureFields f;
      f.text = quantities.optional_text(0);
      f.value = quantities.optional_real(1);
      f.unit = quantities.optional_text(2);
      f.indicator = quantities.optional_text(3);
      f.normalized_value = quantities.optional_real(4);
      f.normalized_unit = quantities.optional_text(5);
      f.qualifier = quantities.text(6);
      f.dimension = quantities.text(7);
      f.low = quantities.optional_real(8);
      f.high = quantities.optional_real(9);
      f.status = quantities.optional_text(10);
      f.period_start = quantities.text(11);
      f.place_code = quantities.text(12);
      a.figures.push_back(std::move(f));
    }
    if (qrc != SQLITE_DONE) return sqlite_error(path, c.db, "cannot read the figures of article '" + a.id + "'");
    if (Status s = add_article(a, Location{path, 0, 0}); !s) problems.push_back(s.error());
  }
  if (rc != SQLITE_DONE) return sqlite_error(path, c.db, "cannot read the articles");
  return {};
}

}  // namespace solieu
