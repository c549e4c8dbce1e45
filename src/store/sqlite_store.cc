#include "store/sqlite_store.h"

#include "store/sqlite_handle.h"

#include <sqlite3.h>

#include <mutex>
#include <utility>
#include <vector>

#include "store/flat.h"
#include "store/schema.h"

namespace solieu {
namespace {

// Our tables: a database that has one of them but no schema_version is not
// ours to write into.
constexpr const char* kTables[] = {"runs", "articles", "places", "quantities"};

using sqlite::Connection;
using sqlite::Statement;

// Resets a statement when it goes out of scope, whatever happened.
struct ResetOnExit {
  Statement& s;
  ~ResetOnExit() { s.reset(); }
};

}  // namespace

struct SqliteStore::Impl {
  std::string path;
  StoreOptions options;
  Connection connection;    // declared before the statements: closed after them
  sqlite3* db = nullptr;    // connection.db
  int64_t run = 0;
  bool finished = false;
  size_t in_batch = 0;      // articles written in the open transaction
  StoreCounts counts;       // committed (unchanged ones count at once: nothing to commit)
  StoreCounts pending;      // inserted and replaced in the open transaction
  std::mutex mutex;         // unchanged() on the reading thread, put() on the writing one
  Statement lookup, remove, insert_article, insert_place, places_json, insert_quantity, update_run;

  Error error(const std::string& what) const {
    return Error{ErrorCode::kIo, what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"), {path, 0, 0}, ""};
  }
  Error plain_error(const std::string& what) const { return Error{ErrorCode::kIo, what, {path, 0, 0}, ""}; }

  bool exec(const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
  bool in_transaction() const { return !sqlite3_get_autocommit(db); }

  // Forgets the open batch after SQLite rolled it back (or we did).
  void drop_batch() {
    pending = {};
    in_batch = 0;
  }

  Status schema() {
    Statement s;
    if (s.prepare(db, "SELECT name FROM sqlite_master WHERE type = 'table'") != SQLITE_OK)
      return error("cannot read the database");
    bool versioned = false;
    std::vector<std::string> ours;
    int rc;
    while ((rc = s.step()) == SQLITE_ROW) {
      std::string name = s.column_text(0);
      if (name == "schema_version") versioned = true;
      for (const char* t : kTables)
        if (name == t) ours.push_back(name);
    }
    if (rc != SQLITE_DONE) return error("cannot read the database");
    if (!versioned) {
      if (!ours.empty())
        return plain_error("not a solieu database: it has a table '" + ours.front() +
                           "' but no schema_version; use another file");
      if (!exec(kSchemaSql)) return error("cannot create the schema");
      return {};
    }
    Statement v;
    if (v.prepare(db, "SELECT max(version), count(*) FROM schema_version") != SQLITE_OK || v.step() != SQLITE_ROW)
      return error("cannot read the schema version");
    const int64_t version = v.column_int(0);
    if (v.column_int(1) == 0 || version < 1)
      return plain_error("not a solieu database: its schema_version table holds no version");
    if (version > kSchemaVersion)
      return plain_error("the database has schema version " + std::to_string(version) +
                         ", newer than this solieu writes (" + std::to_string(kSchemaVersion) +
                         "); use a newer solieu or another file");
    return {};
  }

  Status prepare() {
    struct {
      Statement& s;
      std::string sql;
    } all[] = {
        {lookup, "SELECT content_hash, extraction_hash, run_id, source FROM articles WHERE id = ?1"},
        {remove, "DELETE FROM articles WHERE id = ?1"},
        {insert_article,
         "INSERT INTO articles (id, source, url, title, published, category, author, page_views, encoding, "
         "invalid_bytes, text_bytes, content_hash, extraction_hash, report_period_start, report_period_end, "
         "report_period_text, quantity_count, run_id) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"},
        {insert_place,
         "INSERT INTO places (article_id, ordinal, text, name, type, code, era, span_start, span_end, mentions) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
        // The record's "places", built by SQLite's JSON functions from the
        // rows just written: same fields, same order.
        {places_json,
         "UPDATE articles SET places = (SELECT json_group_array(json_object('text', text, 'name', name, "
         "'type', type, 'code', code, 'era', era, 'start', span_start, 'end', span_end, 'mentions', mentions)) "
         "FROM (SELECT * FROM places WHERE article_id = ?1 ORDER BY ordinal)) WHERE id = ?1"},
        {insert_quantity, insert_quantity_sql()},
        {update_run, "UPDATE runs SET inserted = ?2, replaced = ?3, unchanged = ?4 WHERE id = ?1"},
    };
    for (auto& [s, sql] : all)
      if (s.prepare(db, sql) != SQLITE_OK) return error("cannot prepare a statement");
    return {};
  }

  static std::string insert_quantity_sql() {
    std::string cols = "article_id, ordinal", values = "?1, ?2";
    int i = 2;
    for (const ColumnSpec& c : quantity_columns()) {
      cols += std::string(", ") + c.name;
      values += ", ?" + std::to_string(++i);
    }
    return "INSERT INTO quantities (" + cols + ") VALUES (" + values + ")";
  }

  struct StoredKey {
    std::string content_hash, extraction_hash, source;
    int64_t run = 0;
  };

  // The stored key of `id`, if any; an error when the lookup fails.
  Result<std::optional<StoredKey>> find(const std::string& id) {
    ResetOnExit r{lookup};
    lookup.bind_text(1, id);
    const int rc = lookup.step();
    if (rc == SQLITE_DONE) return std::optional<StoredKey>();
    if (rc != SQLITE_ROW) return error("cannot look up article '" + id + "'");
    return std::optional<StoredKey>(
        StoredKey{lookup.column_text(0), lookup.column_text(1), lookup.column_text(3), lookup.column_int(2)});
  }

  bool write_counts() {
    ResetOnExit r{update_run};
    update_run.bind_int(1, run);
    update_run.bind_int(2, static_cast<int64_t>(counts.inserted + pending.inserted));
    update_run.bind_int(3, static_cast<int64_t>(counts.replaced + pending.replaced));
    update_run.bind_int(4, static_cast<int64_t>(counts.unchanged));
    return update_run.step() == SQLITE_DONE;
  }

  Status commit() {
    if (!in_transaction()) {
      drop_batch();
      return {};
    }
    if (!write_counts() || !exec("COMMIT")) {
      Error e = error("cannot commit");
      if (in_transaction()) exec("ROLLBACK");
      drop_batch();
      return e;
    }
    counts.inserted += pending.inserted;
    counts.replaced += pending.replaced;
    drop_batch();
    return {};
  }

  // The article's rows; the caller wraps them in a savepoint.
  Status write_rows(const ArticleKey& key, const ArticleFacts& f, bool replace) {
    const Article& a = f.article;
    const std::string& id = key.id;
    if (replace) {
      ResetOnExit r{remove};
      remove.bind_text(1, id);
      if (remove.step() != SQLITE_DONE) return error("cannot delete the old rows of article '" + id + "'");
    }
    {
      const std::vector<Cell> row = article_cells(f, id, key.content_hash, key.extraction_hash, run);
      ResetOnExit r{insert_article};
      for (size_t i = 0; i < row.size(); ++i) insert_article.bind(static_cast<int>(i + 1), row[i]);
      if (insert_article.step() != SQLITE_DONE) return error("cannot store article '" + key.id + "'");
    }
    for (size_t i = 0; i < f.places.size(); ++i) {
      const std::vector<Cell> row = place_cells(f, id, i);
      ResetOnExit r{insert_place};
      for (size_t c = 0; c < row.size(); ++c) insert_place.bind(static_cast<int>(c + 1), row[c]);
      if (insert_place.step() != SQLITE_DONE) return error("cannot store the places of article '" + key.id + "'");
    }
    if (!f.places.empty()) {
      ResetOnExit r{places_json};
      places_json.bind_text(1, id);
      if (places_json.step() != SQLITE_DONE) return error("cannot store the places of article '" + key.id + "'");
    }
    for (size_t i = 0; i < f.quantities.size(); ++i) {
      const std::vector<Cell> cells = quantity_cells(f.quantities[i], a, f.normalized);
      ResetOnExit r{insert_quantity};
      insert_quantity.bind_text(1, id);
      insert_quantity.bind_int(2, static_cast<int64_t>(i));
      for (size_t c = 0; c < cells.size(); ++c) insert_quantity.bind(static_cast<int>(c + 3), cells[c]);
      if (insert_quantity.step() != SQLITE_DONE)
        return error("cannot store the figures of article '" + key.id + "'");
    }
    return {};
  }
};

SqliteStore::SqliteStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SqliteStore::SqliteStore(SqliteStore&&) noexcept = default;
SqliteStore& SqliteStore::operator=(SqliteStore&&) noexcept = default;
SqliteStore::~SqliteStore() = default;

Result<SqliteStore> SqliteStore::open(const std::string& path, StoreOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = std::move(options);
  if (impl->options.batch == 0) impl->options.batch = 1;
  if (path.empty()) return Error{ErrorCode::kInvalidArgument, "no database file named", {}, ""};
  const int opened =
      sqlite3_open_v2(path.c_str(), &impl->connection.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  impl->db = impl->connection.db;
  if (opened != SQLITE_OK) return impl->error("cannot open the database");
  sqlite3_extended_result_codes(impl->db, 1);
  sqlite3_busy_timeout(impl->db, 5000);
  // The first statement that reads the file: "file is not a database" here.
  if (!impl->exec("PRAGMA journal_mode = WAL")) return impl->error("cannot open the database");
  if (!impl->exec("PRAGMA synchronous = NORMAL") || !impl->exec("PRAGMA foreign_keys = ON"))
    return impl->error("cannot open the database");
  if (impl->options.max_pages > 0 &&
      !impl->exec(("PRAGMA max_page_count = " + std::to_string(impl->options.max_pages)).c_str()))
    return impl->error("cannot open the database");

  if (!impl->exec("BEGIN IMMEDIATE")) return impl->error("cannot open the database");
  if (Status s = impl->schema(); !s) return s.error();
  {
    Statement run;
    if (run.prepare(impl->db,
                    "INSERT INTO runs (started, status, settings) "
                    "VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'running', ?1)") != SQLITE_OK)
      return impl->error("cannot start a run");
    const std::string settings = valid_utf8(impl->options.settings);
    run.bind_text(1, settings);
    if (run.step() != SQLITE_DONE) return impl->error("cannot start a run");
    impl->run = sqlite3_last_insert_rowid(impl->db);
  }
  if (!impl->exec("COMMIT")) return impl->error("cannot open the database");
  if (Status s = impl->prepare(); !s) return s.error();
  return SqliteStore(std::move(impl));
}

Result<bool> SqliteStore::unchanged(const Article& article) {
  Impl& d = *impl_;
  std::lock_guard lock(d.mutex);
  if (d.finished) return d.plain_error("the run is finished");
  ArticleKey key = article_key(article, d.options.settings);
  key.id = valid_utf8(key.id);
  auto found = d.find(key.id);
  if (!found) return found.error();
  const auto& s = *found;
  return s && s->content_hash == key.content_hash && s->extraction_hash == key.extraction_hash;
}

void SqliteStore::skipped_unchanged() {
  std::lock_guard lock(impl_->mutex);
  ++impl_->counts.unchanged;
}

Result<Stored> SqliteStore::put(const ArticleFacts& facts) {
  Impl& d = *impl_;
  std::lock_guard lock(d.mutex);
  if (d.finished) return d.plain_error("the run is finished");
  ArticleKey key = article_key(facts.article, d.options.settings);
  key.id = valid_utf8(key.id);  // as stored: a file name need not be UTF-8
  auto found = d.find(key.id);
  if (!found) return found.error();
  Stored out;
  const auto& s = *found;
  if (s && s->run == d.run)
    out.warning = Error{ErrorCode::kParse,
                        "article id '" + key.id + "' was already stored in this run (from " + s->source +
                            "); the later article replaces it in the database",
                        {facts.article.source, facts.article.line, 0}, ""};
  if (s && s->content_hash == key.content_hash && s->extraction_hash == key.extraction_hash) {
    out.outcome = StoreOutcome::kUnchanged;
    ++d.counts.unchanged;
    return out;
  }
  out.outcome = s ? StoreOutcome::kReplaced : StoreOutcome::kInserted;

  if (!d.in_transaction() && !d.exec("BEGIN IMMEDIATE")) return d.error("cannot start a transaction");
  if (!d.exec("SAVEPOINT article")) return d.error("cannot start a transaction");
  if (Status w = d.write_rows(key, facts, s.has_value()); !w) {
    // Undo this article's partial rows; the batch before it stays. SQLite
    // may have rolled the whole transaction back already (a full disk).
    if (d.in_transaction()) {
      d.exec("ROLLBACK TO article");
      d.exec("RELEASE article");
    }
    if (!d.in_transaction()) d.drop_batch();
    return w.error();
  }
  if (!d.exec("RELEASE article")) {
    Error e = d.error("cannot store article '" + key.id + "'");
    if (d.in_transaction()) d.exec("ROLLBACK");
    d.drop_batch();
    return e;
  }
  ++(out.outcome == StoreOutcome::kInserted ? d.pending.inserted : d.pending.replaced);
  if (++d.in_batch >= d.options.batch)
    if (Status c = d.commit(); !c) return c.error();
  return out;
}

Status SqliteStore::finish(bool completed) {
  Impl& d = *impl_;
  std::lock_guard lock(d.mutex);
  if (d.finished) return {};
  d.finished = true;
  Status committed = d.commit();
  Statement s;
  if (s.prepare(d.db,
                "UPDATE runs SET finished = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), status = ?2, inserted = ?3, "
                "replaced = ?4, unchanged = ?5 WHERE id = ?1") != SQLITE_OK)
    return committed ? Status(d.error("cannot close the run")) : committed;
  const std::string status = completed && committed ? "done" : "failed";
  s.bind_int(1, d.run);
  s.bind_text(2, status);
  s.bind_int(3, static_cast<int64_t>(d.counts.inserted));
  s.bind_int(4, static_cast<int64_t>(d.counts.replaced));
  s.bind_int(5, static_cast<int64_t>(d.counts.unchanged));
  if (s.step() != SQLITE_DONE && committed) return d.error("cannot close the run");
  d.exec("PRAGMA optimize");
  return committed;
}

StoreCounts SqliteStore::counts() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->counts;
}
int64_t SqliteStore::run_id() const { return impl_->run; }
const std::string& SqliteStore::path() const { return impl_->path; }

}  // namespace solieu
