#include "store/hash.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

namespace solieu {

uint64_t fnv1a64(std::string_view bytes, uint64_t state) {
  for (unsigned char c : bytes) {
    state ^= c;
    state *= kFnvPrime;
  }
  return state;
}

FieldHash& FieldHash::add(std::string_view field) {
  // The length as 8 little-endian bytes, then the bytes; a leading 0x01
  // keeps a present field apart from an absent one.
  char len[9];
  len[0] = 1;
  uint64_t n = field.size();
  for (int i = 1; i < 9; ++i, n >>= 8) len[i] = static_cast<char>(n & 0xff);
  state_ = fnv1a64(std::string_view(len, sizeof len), state_);
  state_ = fnv1a64(field, state_);
  return *this;
}

FieldHash& FieldHash::add_absent() {
  state_ = fnv1a64(std::string_view("\0", 1), state_);
  return *this;
}

std::string hex64(uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<size_t>(i)] = kDigits[v & 0xf];
  return out;
}

ArticleKey article_key(const Article& article, std::string_view settings) {
  ArticleKey key;
  key.id = article.id;
  key.content_hash = hex64(fnv1a64(article.text));
  FieldHash h;
  h.add(settings).add(article.title).add(article.url);
  if (article.published) h.add(*article.published);
  else h.add_absent();
  h.add(article.category).add(article.author);
  if (article.page_views) h.add(std::to_string(*article.page_views));
  else h.add_absent();
  key.extraction_hash = hex64(h.digest());
  return key;
}

Result<std::string> directory_fingerprint(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file(ec)) files.push_back(it->path());
  }
  if (ec) return Error{ErrorCode::kIo, "cannot read the pattern directory: " + ec.message(), {dir, 0, 0}, ""};
  std::sort(files.begin(), files.end());
  FieldHash h;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Error{ErrorCode::kIo, "cannot read " + f.string(), {dir, 0, 0}, ""};
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    h.add(fs::relative(f, dir, ec).generic_string()).add(bytes);
  }
  return "fnv1a64:" + hex64(h.digest());
}

}  // namespace solieu
