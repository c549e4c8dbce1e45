// The PostgreSQL sink: the SQLite sink's schema and rules, over libpq.
//
// `--postgres URL` takes any libpq connection string: a URI
// (postgresql://user@host:5432/db, postgresql:///db?host=/run/postgresql)
// or keyword/value pairs ("host=/tmp dbname=solieu"). The tables are made
// in the connection's current schema (search_path; `options=-csearch_path=x`
// in the URL picks another) from src/store/schema.sql, translated by
// postgres_schema() (store/postgres_sql.h).
//
// Writing:
//   - Articles are held in memory and sent a batch at a time, in one
//     transaction: the batch's ids go into a temporary table, their old rows
//     are deleted (the foreign keys cascade), and the new rows are loaded
//     with COPY ... FROM STDIN (text format, store/postgres_sql.h); then the
//     `places` JSON of the batch's articles is filled and the run's counts
//     updated. Everything else (the lookups of stored keys, the run's row)
//     goes through bound parameters (PQexecParams); no value is ever
//     spliced into SQL text.
//   - A re-run is idempotent: an article stored with the same ArticleKey is
//     skipped; a changed one has its rows replaced.
//   - An interrupted run loses at most its open batch, which was never
//     committed; the database stays consistent and a re-run completes it.
// Errors (cannot connect, not a solieu schema, a newer schema version, a
// failed batch) come back as Error values naming the URL (password hidden).
//
// Ownership: owns its connection; move-only. Calls are serialized by a
// mutex, so one thread may ask unchanged() while another puts.
//
//   auto store = PostgresStore::open("postgresql:///solieu", {.settings = s});
//   if (!store) report(store.error());
//   Result<Stored> w = store->put(result.extracted->facts());
//   Status done = store->finish(w.ok());
#pragma once

#include <memory>
#include <string>

#include "core/error.h"
#include "store/store.h"

namespace solieu {

class PostgresStore final : public Store {
 public:
  // Connects, checks or creates the schema, and starts a run (a row in `runs`).
  static Result<PostgresStore> open(const std::string& url, StoreOptions options);

  PostgresStore(PostgresStore&&) noexcept;
  PostgresStore& operator=(PostgresStore&&) noexcept;
  // Without finish(), drops the unsent batch, as a crash would.
  ~PostgresStore() override;

  Result<bool> unchanged(const Article& article) override;
  void skipped_unchanged() override;
  Result<Stored> put(const ArticleFacts& facts) override;
  Status finish(bool completed = true) override;
  StoreCounts counts() const override;
  const std::string& name() const override;
  int64_t run_id() const;

 private:
  struct Impl;
  explicit PostgresStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace solieu
