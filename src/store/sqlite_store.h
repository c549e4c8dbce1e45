// The SQLite sink: articles and their figures into an embedded database,
// schema src/store/schema.sql (documented in docs/database.md).
//
// Writing:
//   - Each article is written whole or not at all: its articles row, its
//     places and its quantities go in under one savepoint, inside a batch
//     transaction committed every `batch` articles and by finish().
//   - A re-run is idempotent. An article whose id is stored with the same
//     content_hash and extraction_hash (ArticleKey, store/hash.h) is
//     unchanged: nothing is written and it is counted as skipped. A changed
//     one has all its rows replaced. Articles the run does not see are left
//     alone.
//   - An interrupted run (a crash, a kill, a full disk) loses at most the
//     open batch, which SQLite rolls back; the database stays consistent and
//     the next run redoes what is missing and skips the rest.
//   - WAL journal, synchronous=NORMAL, foreign keys on, a 5 s busy timeout
//     (docs/database.md says why).
// Errors (cannot open, not a database, a schema newer than this solieu,
// disk full) come back as Error values naming the database file.
//
// Ownership: owns its connection; move-only. Calls are serialized by a
// mutex, so one thread may ask unchanged() while another puts.
//
//   auto store = SqliteStore::open("out.sqlite", {.settings = settings});
//   if (!store) report(store.error());
//   Result<Stored> w = store->put(result.extracted->facts());
//   Status s = store->finish(w.ok());
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/error.h"
#include "io/article.h"
#include "record/record.h"
#include "store/hash.h"
#include "store/store.h"

namespace solieu {

class SqliteStore final : public Store {
 public:
  // Opens or creates the database at `path`, checks or creates the schema,
  // and starts a run (a row in `runs`).
  static Result<SqliteStore> open(const std::string& path, StoreOptions options);

  SqliteStore(SqliteStore&&) noexcept;
  SqliteStore& operator=(SqliteStore&&) noexcept;
  // Without finish(), rolls the open batch back, as a crash would.
  ~SqliteStore();

  // Writes one article's rows (the pipeline's facts), replacing any it had;
  // does nothing and says kUnchanged when its ArticleKey is stored already.
  // On an error the article's partial rows are undone; the caller should
  // stop and finish(false).
  Result<Stored> put(const ArticleFacts& facts) override;

  // Store::unchanged, skipped_unchanged: skipping before extraction.
  Result<bool> unchanged(const Article& article) override;
  void skipped_unchanged() override;

  // Commits the last batch and closes the run, marked done (`completed`) or
  // failed. The store takes no more articles after it.
  Status finish(bool completed = true) override;

  StoreCounts counts() const override;
  const std::string& name() const override { return path(); }
  int64_t run_id() const;
  const std::string& path() const;

 private:
  struct Impl;
  explicit SqliteStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace solieu
