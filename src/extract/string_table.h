// StringTable: an immutable map from strings to values, for look-ups in hot
// loops (the place finder looks up a word for every token of a text, a name
// for every run of capitalized words, most of them in vain).
//
// Made once from all its entries, then only read, so it can be laid out for
// reading: open addressing in a power-of-two table at most a quarter full,
// indexed by the high bits of a multiplicative hash, and the keys in one
// buffer. A look-up costs a hash of the key, about one probe and one
// comparison. std::unordered_map divides the hash by a prime bucket count
// and walks separately allocated nodes, most of the cost of a look-up that
// finds nothing.
//
// Thread safety: const methods only read; any number of threads may call
// them at once.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace solieu {

template <typename Value>
class StringTable {
 public:
  StringTable() = default;  // holds nothing

  // `entries`: no two with the same key. The keys are copied.
  explicit StringTable(std::vector<std::pair<std::string_view, Value>> entries) {
    int bits = 1;
    while ((size_t{1} << bits) < 4 * entries.size()) ++bits;
    shift_ = 64 - bits;
    slots_.assign(size_t{1} << bits, 0);
    key_starts_.reserve(entries.size() + 1);
    values_.reserve(entries.size());
    for (auto& [key, value] : entries) {
      size_t i = home(key);
      while (slots_[i] != 0) i = next(i);
      slots_[i] = static_cast<uint32_t>(values_.size() + 1);
      key_starts_.push_back(static_cast<uint32_t>(keys_.size()));
      keys_ += key;
      values_.push_back(std::move(value));
    }
    key_starts_.push_back(static_cast<uint32_t>(keys_.size()));
  }

  // The value of `key`, or nullptr.
  const Value* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = home(key);; i = next(i)) {
      const uint32_t k = slots_[i];
      if (k == 0) return nullptr;
      if (key_of(k - 1) == key) return &values_[k - 1];
    }
  }

  size_t size() const { return values_.size(); }

  // The hash of a key: FxHash's (rotate, xor, multiply) over its 8-byte
  // pieces and its length. Public for its test.
  static uint64_t hash(std::string_view key) {
    const char* p = key.data();
    size_t n = key.size();
    uint64_t h = mix(0, n);
    for (; n >= 8; p += 8, n -= 8) h = mix(h, load<uint64_t>(p));
    return n == 0 ? h : mix(h, tail(p, n));
  }

 private:
  static uint64_t mix(uint64_t h, uint64_t piece) {
    return (std::rotl(h, 5) ^ piece) * 0x9E3779B97F4A7C15u;  // 2^64 / golden ratio
  }
  // The last 1 to 7 bytes, read in whole loads: copying them into a zeroed
  // integer would store them piece by piece, and the load of the integer
  // would then stall until they are stored.
  static uint64_t tail(const char* p, size_t n) {
    if (n >= 4) return uint64_t{load<uint32_t>(p)} << 32 | load<uint32_t>(p + n - 4);  // overlapping
    const auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
    return byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1);
  }
  template <typename T>
  static T load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }

  size_t home(std::string_view key) const { return static_cast<size_t>(hash(key) >> shift_); }
  size_t next(size_t i) const { return (i + 1) & (slots_.size() - 1); }
  std::string_view key_of(size_t k) const {
    return std::string_view(keys_.data() + key_starts_[k], key_starts_[k + 1] - key_starts_[k]);
  }

  std::string keys_;                 // the keys, one after another
  std::vector<uint32_t> key_starts_; // per entry, where its key starts in keys_; then keys_.size()
  std::vector<Value> values_;        // per entry
  std::vector<uint32_t> slots_;      // 1 + an entry; 0: free
  int shift_ = 63;
};

}  // namespace solieu
