#include "store/postgres_store.h"

#include <libpq-fe.h>

#include <array>
#include <mutex>
#include <optional>
#include <unordered_set>
#include <utility>
#include <vector>

#include "store/flat.h"
#include "store/hash.h"
#include "store/postgres_sql.h"
#include "store/schema.h"

namespace solieu {
namespace {

// Our tables: a schema that has one of them but no schema_version is not
// ours to write into.
constexpr const char* kTables[] = {"runs", "articles", "places", "quantities"};

// Held while the schema is checked or made, so that two runs starting at
// once on an empty database do not both create it. Any constant will do.
constexpr const char* kSchemaLock = "SELECT pg_advisory_xact_lock(5386718870524418566)";

// The time of the server, as the SQLite store writes it (UTC, ISO 8601).
constexpr const char* kNow = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

// Large batches go to the server in pieces of this size.
constexpr size_t kCopyChunk = 1 << 20;

using PgResult = std::unique_ptr<PGresult, decltype(&PQclear)>;
PgResult wrap(PGresult* r) { return PgResult(r, &PQclear); }

// Text as PostgreSQL can hold it: valid UTF-8 without NUL (U+FFFD for both).
std::string pg_text(std::string_view s) {
  std::string out = valid_utf8(s);
  size_t at = 0;
  while ((at = out.find('\0', at)) != std::string::npos) out.replace(at, 1, "\xEF\xBF\xBD");
  return out;
}

// libpq's messages end in a newline and may span lines ("DETAIL: ..."): one line.
std::string one_line(std::string message) {
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  for (size_t at = 0; (at = message.find('\n', at)) != std::string::npos;) message.replace(at, 1, "; ");
  return message;
}

std::string column_list(const std::vector<ColumnSpec>& columns, const std::string& first = "") {
  std::string out = first;
  for (const ColumnSpec& c : columns) out += (out.empty() ? "" : ", ") + std::string(c.name);
  return out;
}

}  // namespace

struct PostgresStore::Impl {
  std::string name;  // the URL, password hidden
  StoreOptions options;
  PGconn* conn = nullptr;
  int64_t run = 0;
  bool finished = false;
  std::mutex mutex;  // unchanged() on the reading thread, put() on the writing one
  StoreCounts counts;  // committed (unchanged ones count at once: nothing to commit)

  // The batch not yet sent: its ids, and its rows in COPY's text format.
  std::unordered_set<std::string> batch_ids;
  std::string id_rows, article_rows, place_rows, quantity_rows;
  StoreCounts batch_counts;  // inserted and replaced in the batch

  ~Impl() {
    if (conn) PQfinish(conn);
  }

  Error error(const std::string& what, const PGresult* r = nullptr) const {
    std::string why = r ? PQresultErrorMessage(r) : "";
    if (why.empty()) why = conn ? PQerrorMessage(conn) : "out of memory";
    return Error{ErrorCode::kIo, what + ": " + one_line(why), {name, 0, 0}, ""};
  }
  Error plain_error(const std::string& what) const { return Error{ErrorCode::kIo, what, {name, 0, 0}, ""}; }

  // A statement without parameters (our own SQL only); null when it failed.
  PgResult exec(const std::string& sql) { return wrap(PQexec(conn, sql.c_str())); }
  bool ok(const PgResult& r) const {
    const ExecStatusType s = PQresultStatus(r.get());
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
  }

  // A statement with its values bound as text parameters ($1, $2, ...);
  // nullopt is NULL.
  PgResult exec_params(const char* sql, const std::vector<std::optional<std::string>>& params) {
    std::vector<const char*> values;
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    return wrap(PQexecParams(conn, sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
  }

  void rollback() { wrap(PQexec(conn, "ROLLBACK")); }

  // COPY ... FROM STDIN with `rows` in the text format.
  Status copy(const std::string& table, const std::string& columns, const std::string& rows) {
    const std::string what = "cannot load the " + table + " of a batch";
    PgResult start = wrap(PQexec(conn, ("COPY " + table + " (" + columns + ") FROM STDIN").c_str()));
    if (PQresultStatus(start.get()) != PGRES_COPY_IN) return error(what, start.get());
    for (size_t at = 0; at < rows.size(); at += kCopyChunk) {
      const size_t n = std::min(kCopyChunk, rows.size() - at);
      if (PQputCopyData(conn, rows.data() + at, static_cast<int>(n)) != 1) return error(what);
    }
    if (PQputCopyEnd(conn, nullptr) != 1) return error(what);
    PgResult end = wrap(PQgetResult(conn));
    const bool done = PQresultStatus(end.get()) == PGRES_COMMAND_OK;
    Error e = done ? Error{} : error(what, end.get());
    while (PGresult* more = PQgetResult(conn)) PQclear(more);
    if (!done) return e;
    return {};
  }

  Status schema() {
    PgResult s = exec("SELECT current_schema()");
    if (!ok(s)) return error("cannot read the database", s.get());
    if (PQntuples(s.get()) != 1 || PQgetisnull(s.get(), 0, 0))
      return plain_error("no schema to create the tables in: the search_path names none that exists");
    PgResult tables = exec("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
    if (!ok(tables)) return error("cannot read the database", tables.get());
    bool versioned = false;
    std::vector<std::string> ours;
    for (int i = 0; i < PQntuples(tables.get()); ++i) {
      const std::string name = PQgetvalue(tables.get(), i, 0);
      if (name == "schema_version") versioned = true;
      for (const char* t : kTables)
        if (name == t) ours.push_back(name);
    }
    if (!versioned) {
      if (!ours.empty())
        return plain_error("not a solieu database: it has a table '" + ours.front() +
                           "' but no schema_version; use another database or schema");
      PgResult made = exec(postgres_schema(kSchemaSql));
      if (!ok(made)) return error("cannot create the schema", made.get());
      return {};
    }
    PgResult v = exec("SELECT max(version), count(*) FROM schema_version");
    if (!ok(v) || PQntuples(v.get()) != 1) return error("cannot read the schema version", v.get());
    const long long version = PQgetisnull(v.get(), 0, 0) ? 0 : std::stoll(PQgetvalue(v.get(), 0, 0));
    if (version < 1) return plain_error("not a solieu database: its schema_version table holds no version");
    if (version > kSchemaVersion)
      return plain_error("the database has schema version " + std::to_string(version) +
                         ", newer than this solieu writes (" + std::to_string(kSchemaVersion) +
                         "); use a newer solieu or another database");
    return {};
  }

  struct StoredKey {
    std::string content_hash, extraction_hash, source;
    int64_t run = 0;
  };

  Result<std::optional<StoredKey>> find(const std::string& id) {
    PgResult r = exec_params("SELECT content_hash, extraction_hash, run_id, source FROM articles WHERE id = $1", {id});
    if (!ok(r)) return error("cannot look up article '" + id + "'", r.get());
    if (PQntuples(r.get()) == 0) return std::optional<StoredKey>();
    return std::optional<StoredKey>(StoredKey{PQgetvalue(r.get(), 0, 0), PQgetvalue(r.get(), 0, 1),
                                              PQgetvalue(r.get(), 0, 3), std::stoll(PQgetvalue(r.get(), 0, 2))});
  }

  void drop_batch() {
    batch_ids.clear();
    id_rows.clear();
    article_rows.clear();
    place_rows.clear();
    quantity_rows.clear();
    batch_counts = {};
  }

  // Sends the batch in one transaction: all of it is committed, or none.
  Status flush() {
    if (batch_ids.empty()) return {};
    const std::string what = "cannot store a batch of " + std::to_string(batch_ids.size()) + " articles";
    auto fail = [&](Error e) {
      rollback();
      drop_batch();
      return e;
    };
    if (PgResult b = exec("BEGIN"); !ok(b)) return fail(error(what, b.get()));
    if (Status s = copy("solieu_batch", "id", id_rows); !s) return fail(s.error());
    if (PgResult d = exec("DELETE FROM articles WHERE id IN (SELECT id FROM solieu_batch)"); !ok(d))
      return fail(error(what + ": cannot delete their old rows", d.get()));
    if (Status s = copy("articles", column_list(article_columns()), article_rows); !s) return fail(s.error());
    if (!place_rows.empty())
      if (Status s = copy("places", column_list(place_columns()), place_rows); !s) return fail(s.error());
    if (!quantity_rows.empty())
      if (Status s = copy("quantities", column_list(quantity_columns(), "article_id, ordinal"), quantity_rows); !s)
        return fail(s.error());
    // The record's "places", built from the rows just loaded: same fields, same order.
    PgResult j = exec(
        "UPDATE articles a SET places = p.j FROM (SELECT article_id, json_agg(json_build_object('text', text, "
        "'name', name, 'type', type, 'code', code, 'era', era, 'start', span_start, 'end', span_end, "
        "'mentions', mentions) ORDER BY ordinal)::text AS j FROM places "
        "WHERE article_id IN (SELECT id FROM solieu_batch) GROUP BY article_id) p WHERE a.id = p.article_id");
    if (!ok(j)) return fail(error(what + ": cannot store their places", j.get()));
    PgResult c = exec_params("UPDATE runs SET inserted = $2, replaced = $3, unchanged = $4 WHERE id = $1",
                             {std::to_string(run), std::to_string(counts.inserted + batch_counts.inserted),
                              std::to_string(counts.replaced + batch_counts.replaced),
                              std::to_string(counts.unchanged)});
    if (!ok(c)) return fail(error(what, c.get()));
    if (PgResult e = exec("COMMIT"); !ok(e)) return fail(error(what + ": cannot commit", e.get()));
    counts.inserted += batch_counts.inserted;
    counts.replaced += batch_counts.replaced;
    drop_batch();
    return {};
  }

  Status close_run(bool completed) {
    PgResult r = exec_params(
        (std::string("UPDATE runs SET finished = ") + kNow +
         ", status = $2, inserted = $3, replaced = $4, unchanged = $5 WHERE id = $1")
            .c_str(),
        {std::to_string(run), std::string(completed ? "done" : "failed"), std::to_string(counts.inserted),
         std::to_string(counts.replaced), std::to_string(counts.unchanged)});
    if (!ok(r)) return error("cannot close the run", r.get());
    return {};
  }
};

PostgresStore::PostgresStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PostgresStore::PostgresStore(PostgresStore&&) noexcept = default;
PostgresStore& PostgresStore::operator=(PostgresStore&&) noexcept = default;
PostgresStore::~PostgresStore() = default;

Result<PostgresStore> PostgresStore::open(const std::string& url, StoreOptions options) {
  auto impl = std::make_unique<Impl>();
  Impl& d = *impl;
  d.name = redact_password(url);
  d.options = std::move(options);
  if (d.options.batch == 0) d.options.batch = 1;
  if (url.empty()) return Error{ErrorCode::kInvalidArgument, "no PostgreSQL URL given", {}, ""};
  d.conn = PQconnectdb(url.c_str());
  if (!d.conn || PQstatus(d.conn) != CONNECTION_OK) return d.error("cannot connect to PostgreSQL");
  if (PQsetClientEncoding(d.conn, "UTF8") != 0) return d.error("cannot use UTF-8 with the server");
  // Our own notices ("relation ... does not exist, skipping") are not the user's business.
  PQsetNoticeProcessor(d.conn, [](void*, const char*) {}, nullptr);

  if (PgResult b = d.exec("BEGIN"); !d.ok(b)) return d.error("cannot open the database", b.get());
  if (PgResult l = d.exec(kSchemaLock); !d.ok(l)) return d.error("cannot open the database", l.get());
  if (Status s = d.schema(); !s) return s.error();
  PgResult run = d.exec_params(
      (std::string("INSERT INTO runs (started, status, settings) VALUES (") + kNow + ", 'running', $1) RETURNING id")
          .c_str(),
      {pg_text(d.options.settings)});
  if (!d.ok(run) || PQntuples(run.get()) != 1) return d.error("cannot start a run", run.get());
  d.run = std::stoll(PQgetvalue(run.get(), 0, 0));
  if (PgResult c = d.exec("COMMIT"); !d.ok(c)) return d.error("cannot open the database", c.get());
  // The ids of the batch being loaded: what its DELETE and its places JSON join on.
  if (PgResult t = d.exec("CREATE TEMP TABLE solieu_batch (id TEXT PRIMARY KEY) ON COMMIT DELETE ROWS"); !d.ok(t))
    return d.error("cannot open the database", t.get());
  return PostgresStore(std::move(impl));
}

Result<bool> PostgresStore::unchanged(const Article& article) {
  Impl& d = *impl_;
  std::lock_guard lock(d.mutex);
  if (d.finished) return d.plain_error("the run is finished");
  ArticleKey key = article_key(article, d.options.settings);
  key.id = pg_text(key.id);
  if (d.batch_ids.count(key.id)) return false;  // written in this run, not sent yet
  auto found = d.find(key.id);
  if (!found) return found.error();
  const auto& s = *found;
  return s && s->content_hash == key.content_hash && s->extraction_hash == key.extraction_hash;
}

void PostgresStore::skipped_unchanged() {
  std::lock_guard lock(impl_->mutex);
  ++impl_->counts.unchanged;
}

Result<Stored> PostgresStore::put(const ArticleFacts& facts) {
  Impl& d = *impl_;
  std::lock_guard lock(d.mutex);
  if (d.finished) return d.plain_error("the run is finished");
  ArticleKey key = article_key(facts.article, d.options.settings);
  key.id = pg_text(key.id);  // as stored: a file name need not be UTF-8
  // The same id twice in one batch: send the first, so the second replaces it.
  if (d.batch_ids.count(key.id))
    if (Status s = d.flush(); !s) return s.error();
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

  d.id_rows += copy_row({Cell{key.id}});
  d.article_rows += copy_row(article_cells(facts, key.id, key.content_hash, key.extraction_hash, d.run));
  for (size_t i = 0; i < facts.places.size(); ++i) d.place_rows += copy_row(place_cells(facts, key.id, i));
  for (size_t i = 0; i < facts.quantities.size(); ++i) {
    std::vector<Cell> row = {Cell{key.id}, Cell{static_cast<int64_t>(i)}};
    std::vector<Cell> cells = quantity_cells(facts.quantities[i], facts.article, facts.normalized);
    row.insert(row.end(), std::make_move_iterator(cells.begin()), std::make_move_iterator(cells.end()));
    d.quantity_rows += copy_row(row);
  }
  d.batch_ids.insert(key.id);
  ++(out.outcome == StoreOutcome::kInserted ? d.batch_counts.inserted : d.batch_counts.replaced);
  if (d.batch_ids.size() >= d.options.batch)
    if (Status f = d.flush(); !f) return f.error();
  return out;
}

Status PostgresStore::finish(bool completed) {
  Impl& d = *impl_;
  std::lock_guard lock(d.mutex);
  if (d.finished) return {};
  d.finished = true;
  Status flushed = d.flush();
  Status closed = d.close_run(completed && flushed.ok());
  return flushed ? closed : flushed;
}

StoreCounts PostgresStore::counts() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->counts;
}
const std::string& PostgresStore::name() const { return impl_->name; }
int64_t PostgresStore::run_id() const { return impl_->run; }

}  // namespace solieu
