#include "extract/phrase_finder.h"

#include <algorithm>

#include <unicode/uchar.h>

#include "core/utf8.h"
#include "extract/pattern_set.h"  // is_word_char: find_word's word characters

namespace solieu {

namespace {

// More phrases than this and RE2 keeps the regex (the expansion of nested
// alternations multiplies).
constexpr size_t kMaxPhrases = 4096;

// FNV-1a over code points; never 0 (an empty slot).
constexpr uint64_t kHashStart = 0xcbf29ce484222325ULL;
inline uint64_t mix(uint64_t h, char32_t c) { return (h ^ c) * 0x100000001b3ULL; }
inline uint64_t finish(uint64_t h) { return h ? h : 1; }

// The hash of the folded code points of text[b, e).
uint64_t hash_range(std::string_view text, size_t b, size_t e) {
  uint64_t h = kHashStart;
  for (size_t pos = b; pos < e;) h = mix(h, PhraseFinder::fold(read_code_point(text, pos)));
  return finish(h);
}

// A recursive-descent reader of the plain alternations, expanding them.
//   alt := seq ('|' seq)*      seq := (character | '(?:' alt ')')*
class LiteralReader {
 public:
  explicit LiteralReader(std::string_view s) : s_(s) {}

  std::optional<std::vector<std::string>> read() {
    std::vector<std::string> out = alt();
    if (failed_ || i_ != s_.size()) return std::nullopt;
    return out;
  }

 private:
  static bool is_meta(char c) {
    return std::string_view("\\.+*?()[]{}^$|").find(c) != std::string_view::npos;
  }

  std::vector<std::string> alt() {
    std::vector<std::string> out = seq();
    while (!failed_ && i_ < s_.size() && s_[i_] == '|') {
      ++i_;
      std::vector<std::string> more = seq();
      out.insert(out.end(), more.begin(), more.end());
      if (out.size() > kMaxPhrases) failed_ = true;
    }
    return out;
  }

  std::vector<std::string> seq() {
    std::vector<std::string> out{std::string()};
    while (!failed_ && i_ < s_.size() && s_[i_] != '|' && s_[i_] != ')') {
      if (s_.substr(i_, 3) == "(?:") {
        i_ += 3;
        std::vector<std::string> inner = alt();
        if (failed_ || i_ >= s_.size() || s_[i_] != ')') {
          failed_ = true;
          break;
        }
        ++i_;
        if (out.size() * inner.size() > kMaxPhrases) {
          failed_ = true;
          break;
        }
        std::vector<std::string> product;
        product.reserve(out.size() * inner.size());
        for (const std::string& head : out)
          for (const std::string& tail : inner) product.push_back(head + tail);
        out = std::move(product);
      } else if (is_meta(s_[i_])) {
        failed_ = true;
      } else {
        for (std::string& p : out) p += s_[i_];
        ++i_;
      }
    }
    return out;
  }

  std::string_view s_;
  size_t i_ = 0;
  bool failed_ = false;
};

}  // namespace

char32_t PhraseFinder::fold(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
  // Vietnamese letters with two marks come in pairs, capital first.
  if (c >= 0x1EA0 && c <= 0x1EFF) return c | 1;
  if (c == kInvalidCodePoint) return c;
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

uint64_t SentenceWords::hash_of(std::string_view text, size_t b, size_t e) { return hash_range(text, b, e); }

void SentenceWords::assign(std::string_view sentence) {
  words_.clear();
  valid_ = sentence.size() < (uint64_t{1} << 32) && is_valid_utf8(sentence);
  re2_exact_ = valid_;
  if (!valid_) return;
  bool in_word = false;
  Word w{};
  uint64_t h = kHashStart;
  for (size_t pos = 0; pos < sentence.size();) {
    const size_t at = pos;
    const char32_t c = read_code_point(sentence, pos);
    if (!re2_agrees(c)) re2_exact_ = false;
    if (is_word_char(c)) {
      if (!in_word) {
        in_word = true;
        w.start = static_cast<uint32_t>(at);
        h = kHashStart;
      }
      h = mix(h, PhraseFinder::fold(c));
    } else if (in_word) {
      in_word = false;
      w.end = static_cast<uint32_t>(at);
      w.hash = finish(h);
      words_.push_back(w);
    }
  }
  if (in_word) {
    w.end = static_cast<uint32_t>(sentence.size());
    w.hash = finish(h);
    words_.push_back(w);
  }
}

std::optional<std::vector<std::string>> PhraseFinder::literal_phrases(std::string_view regex) {
  return LiteralReader(regex).read();
}

std::optional<PhraseFinder::FoldedPhrase> PhraseFinder::fold_phrase(std::string_view phrase) {
  FoldedPhrase p;
  uint64_t h = kHashStart;
  bool first_word = true;
  for (size_t pos = 0; pos < phrase.size();) {
    char32_t c = kInvalidCodePoint;
    next_code_point(phrase, pos, c);
    if (c == kInvalidCodePoint || !is_safe(c)) return std::nullopt;
    const char32_t folded = fold(c);
    p.folded.push_back(folded);
    if (first_word && is_word_char(c)) h = mix(h, folded);
    else first_word = false;
  }
  if (p.folded.empty() || !is_word_char(p.folded.front()) || !is_word_char(p.folded.back())) return std::nullopt;
  p.first_word = finish(h);
  return p;
}

std::optional<PhraseFinder> PhraseFinder::from_regex(std::string_view regex) {
  auto literals = literal_phrases(regex);
  if (!literals) return std::nullopt;
  PhraseFinder f;
  for (const std::string& text : *literals) {
    std::optional<Phrase> p = fold_phrase(text);
    if (!p) return std::nullopt;
    f.phrases_.push_back(*std::move(p));
  }
  // By first word, each phrase once (macros repeat words across lists);
  // find() asks only whether any phrase of a bucket matches, so order within
  // one does not matter.
  std::sort(f.phrases_.begin(), f.phrases_.end(), [](const Phrase& a, const Phrase& b) {
    return a.first_word != b.first_word ? a.first_word < b.first_word : a.folded < b.folded;
  });
  f.phrases_.erase(std::unique(f.phrases_.begin(), f.phrases_.end(),
                               [](const Phrase& a, const Phrase& b) { return a.folded == b.folded; }),
                   f.phrases_.end());
  f.by_first_word_.assign(f.phrases_, [](const Phrase& p) { return p.first_word; });
  return f;
}

bool PhraseFinder::matches_at(std::string_view sentence, size_t at, size_t e, const Phrase& p) const {
  size_t pos = at;
  for (char32_t want : p.folded) {
    if (pos >= e || fold(read_code_point(sentence, pos)) != want) return false;
  }
  // e is a character boundary, so pos never passes it.
  if (pos == e) return true;
  size_t next = pos;
  return !is_word_char(read_code_point(sentence, next));
}

bool PhraseFinder::try_start(std::string_view sentence, size_t at, size_t e, uint64_t hash) const {
  const FirstWordIndex::Run* slot = by_first_word_.find(hash);
  if (!slot) return false;
  for (uint32_t i = slot->begin; i < slot->end; ++i)
    if (matches_at(sentence, at, e, phrases_[i])) return true;
  return false;
}

bool PhraseFinder::find(std::string_view sentence, const SentenceWords& words, size_t b, size_t e) const {
  const std::vector<SentenceWords::Word>& ws = words.words();
  auto it = std::partition_point(ws.begin(), ws.end(), [&](const SentenceWords::Word& w) { return w.end <= b; });
  // A window that starts inside a word starts a word there.
  if (it != ws.end() && it->start < b) {
    if (b < e && try_start(sentence, b, e, hash_range(sentence, b, std::min<size_t>(it->end, e)))) return true;
    ++it;
  }
  for (; it != ws.end() && it->start < e; ++it) {
    // A window that ends inside a word ends the word there.
    const uint64_t h = it->end <= e ? it->hash : hash_range(sentence, it->start, e);
    if (try_start(sentence, it->start, e, h)) return true;
  }
  return false;
}

}  // namespace solieu
