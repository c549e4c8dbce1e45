// Hashes for the database sink: what tells an unchanged article from a
// changed one on a re-run.
//
// FNV-1a, 64 bits (Fowler, Noll, Vo), written here: fast, no dependency, and
// plenty to notice that one article's text changed. It is not a
// cryptographic hash; do not use it where someone could forge a collision.
// Digests are written as 16 lower-case hex digits.
//
// Pure functions and plain values; safe from any thread.
//
//   std::string h = hex64(fnv1a64("...article bytes..."));
//   ArticleKey key = article_key(extracted.article, settings);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.h"
#include "io/article.h"

namespace solieu {

inline constexpr uint64_t kFnvOffsetBasis = 0xcbf29ce484222325ULL;
inline constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

// FNV-1a over `bytes`, continuing from `state` (kFnvOffsetBasis to start).
uint64_t fnv1a64(std::string_view bytes, uint64_t state = kFnvOffsetBasis);

// An incremental FNV-1a 64 over a sequence of fields. Each field is hashed
// with its length first, so ("ab", "c") and ("a", "bc") differ.
class FieldHash {
 public:
  FieldHash& add(std::string_view field);
  FieldHash& add_absent();  // a field that is not there (not the same as "")
  uint64_t digest() const { return state_; }

 private:
  uint64_t state_ = kFnvOffsetBasis;
};

// 16 lower-case hex digits.
std::string hex64(uint64_t v);

// What decides whether an article already in the database is current.
struct ArticleKey {
  std::string id;
  // FNV-1a 64 of the article text as given (Article::text: the file's bytes,
  // or the JSON Lines "text" after decoding). Syndicated copies share it.
  std::string content_hash;
  // FNV-1a 64 of everything else that decides the article's rows: its
  // metadata (title, url, published, category, author, page views, as the
  // record gives them: from the input or from the page layout) and the run's
  // `settings` (solieu version, options, the patterns' fingerprint).
  std::string extraction_hash;
};

ArticleKey article_key(const Article& article, std::string_view settings);

// A fingerprint of every regular file under `dir` (their paths relative to
// `dir` and their bytes, in name order): "fnv1a64:<16 hex digits>". An error
// when the directory cannot be read.
Result<std::string> directory_fingerprint(const std::string& dir);

}  // namespace solieu
