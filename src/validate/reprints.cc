// Near-duplicate articles: the same report reprinted by several sites, so
// that a reprint is never taken as a second, independent source.
//
// Each article becomes the set of its word 5-shingles over its title and its
// whole text (the figures' own texts when the article text is unknown): a
// reprint shares nearly all of them, two reports of one event only some. Candidate pairs come from MinHash (128 hashes in 32 bands
// of 4: a pair with Jaccard 0.6 is a candidate with probability 0.99, one
// with 0.2 with 0.05); each candidate is confirmed by exact Jaccard.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>

#include "validate/article_text.h"
#include "validate/validate.h"

namespace solieu::validate {
namespace {

using namespace detail;

constexpr int kShingle = 5;
constexpr int kBands = 32, kRows = 4;
constexpr size_t kMaxBucket = 300;  // a bucket this full is boilerplate, not copies

uint64_t fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

uint64_t mix(uint64_t x) {  // splitmix64's finalizer: a fresh hash per seed
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

void add_words(std::string_view text, std::vector<std::string>& words) {
  std::string w;
  for (char ch : lower_ascii(text)) {
    const unsigned char c = static_cast<unsigned char>(ch);
    const bool separator = c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    if (!separator) w += ch;
    else if (!w.empty()) words.push_back(std::move(w)), w.clear();
  }
  if (!w.empty()) words.push_back(std::move(w));
}

// The sorted distinct shingle hashes of an article.
std::vector<uint64_t> shingles(const ArticleRecord& a) {
  std::vector<std::string> words;
  add_words(a.title, words);
  const bool text = text_matches(a);
  if (text) add_words(*a.text, words);
  else
    for (const Figure& f : a.figures) add_words(f.text, words);
  std::vector<uint64_t> out;
  if (words.empty()) return out;
  const size_t n = words.size() < kShingle ? 1 : words.size() - kShingle + 1;
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = 1469598103934665603ull;
    for (size_t k = i; k < std::min(words.size(), i + kShingle); ++k) h = fnv1a(words[k] + " ", h);
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t common = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) ++common, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

}  // namespace

double shingle_jaccard(const ArticleRecord& a, const ArticleRecord& b) { return jaccard(shingles(a), shingles(b)); }

std::vector<std::pair<size_t, size_t>> find_reprints(const std::vector<ArticleRecord>& articles, double threshold) {
  std::vector<std::vector<uint64_t>> sets(articles.size());
  for (size_t i = 0; i < articles.size(); ++i)
    if (!articles[i].figures.empty()) sets[i] = shingles(articles[i]);
  std::set<std::pair<size_t, size_t>> candidates;
  for (int band = 0; band < kBands; ++band) {
    std::unordered_map<uint64_t, std::vector<size_t>> buckets;
    for (size_t i = 0; i < sets.size(); ++i) {
      if (sets[i].empty()) continue;
      uint64_t key = 1469598103934665603ull;
      for (int r = 0; r < kRows; ++r) {
        const uint64_t seed = mix(static_cast<uint64_t>(band * kRows + r) + 1);
        uint64_t least = UINT64_MAX;
        for (uint64_t s : sets[i]) least = std::min(least, mix(s ^ seed));
        key = (key ^ least) * 1099511628211ull;
      }
      buckets[key].push_back(i);
    }
    for (const auto& [key, members] : buckets) {
      if (members.size() < 2 || members.size() > kMaxBucket) continue;
      for (size_t x = 0; x < members.size(); ++x)
        for (size_t y = x + 1; y < members.size(); ++y) candidates.insert({members[x], members[y]});
    }
  }
  std::vector<std::pair<size_t, size_t>> out;
  for (const auto& [i, j] : candidates)
    if (jaccard(sets[i], sets[j]) >= threshold) out.push_back({i, j});
  return out;
}

}  // namespace solieu::validate
