// A database sink, as the CLI sees it: SQLite (sqlite_store.h) or
// PostgreSQL (postgres_store.h), the same schema and the same rules.
//
// Both write every article whole or not at all, in batch transactions; skip
// an article stored with the same ArticleKey (id, content hash, extraction
// hash: store/hash.h) and replace a changed one; and leave a consistent
// database when interrupted, which a re-run completes.
//
// unchanged() lets a caller skip the extraction of an article that is
// stored already: it needs only the article with its page layout read
// (Pipeline::read_layout). It is a query; skipped_unchanged() then counts
// the article as the store's put() would have.
//
// Thread safety: a store may be used from two threads at once (the reading
// thread asks unchanged(), the writing thread puts); each serializes its
// calls with a mutex. Ownership: a store owns its connection.
//
//   std::unique_ptr<Store> store = std::make_unique<SqliteStore>(std::move(*opened));
//   if (store->unchanged(article).value_or(false)) store->skipped_unchanged();
//   else store->put(pipeline.process(article).extracted->facts());
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/error.h"
#include "io/article.h"
#include "record/record.h"

namespace solieu {

struct StoreOptions {
  // What besides an article decides its rows (solieu version, options, the
  // patterns' fingerprint); part of every ArticleKey's extraction_hash, so a
  // run with other settings replaces rather than skips.
  std::string settings;
  size_t batch = 256;     // articles per transaction
  int64_t max_pages = 0;  // SQLite: a cap on the file's size in pages (PRAGMA max_page_count); 0: none
};

enum class StoreOutcome { kInserted, kReplaced, kUnchanged };

struct Stored {
  StoreOutcome outcome = StoreOutcome::kInserted;
  // Set when the id was already written earlier in this same run (two
  // inputs with one id): the later article's rows are the ones kept.
  std::optional<Error> warning;
};

// Articles by outcome, as committed (an uncommitted batch is not counted).
struct StoreCounts {
  size_t inserted = 0, replaced = 0, unchanged = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Whether `article` (its page layout read) is stored with the same key, so
  // that its extraction can be skipped. Only meaningful for an id not yet
  // seen in this run: rows of this run may still sit in an unsent batch.
  virtual Result<bool> unchanged(const Article& article) = 0;
  // Counts one article skipped as unchanged without put().
  virtual void skipped_unchanged() = 0;

  // Writes one article's rows, replacing any it had; does nothing and says
  // kUnchanged when its ArticleKey is stored already. On an error the
  // caller should stop and finish(false).
  virtual Result<Stored> put(const ArticleFacts& facts) = 0;

  // Commits the last batch and closes the run, marked done (`completed`) or
  // failed. The store takes no more articles after it.
  virtual Status finish(bool completed = true) = 0;

  virtual StoreCounts counts() const = 0;
  // The file, or the URL without its password: for messages.
  virtual const std::string& name() const = 0;
};

}  // namespace solieu
