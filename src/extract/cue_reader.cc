#include "extract/cue_reader.h"

#include <re2/re2.h>

#include <string>

#include "core/utf8.h"
#include "extract/pattern_set.h"

namespace solieu {
namespace {

// Whether every key of `table` begins and ends with a plain end.
bool keys_have_plain_ends(const Table* table) {
  if (!table || table->rows().empty()) return false;
  for (const auto& [key, row] : table->rows()) {
    if (key.empty()) return false;
    size_t pos = 0, end = key.size();
    char32_t first = kInvalidCodePoint, last = kInvalidCodePoint;
    next_code_point(key, pos, first);
    prev_code_point(key, end, last);
    if (!CueReader::plain_end(first) || !CueReader::plain_end(last)) return false;
  }
  return true;
}

}  // namespace

bool CueReader::plain_end(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  // Vietnamese letters of Latin-1 and Latin Extended-A/B; the rest are in
  // Latin Extended Additional, U+1EA0-U+1EF9. Each one's case partner is here too.
  static constexpr std::u32string_view kLatin = U"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư";
  return kLatin.find(c) != std::u32string_view::npos || (c >= 0x1EA0 && c <= 0x1EF9) || c == 0x212A ||
         c == 0x017F;
}

CueReader::CueReader(std::shared_ptr<const re2::RE2> re, const Table* table, bool read_groups)
    : re_(std::move(re)), plain_ends_(!read_groups && keys_have_plain_ends(table)) {}

bool CueReader::next(std::string_view text, size_t pos, size_t end, CueHit& hit) const {
  const re2::StringPiece input(text.data(), end);
  re2::StringPiece groups[2];
  if (!re_->Match(input, pos, end, RE2::UNANCHORED, groups, plain_ends_ ? 1 : 2)) return false;
  const size_t start = static_cast<size_t>(groups[0].data() - text.data());
  hit.match_end = start + groups[0].size();
  if (!plain_ends_) {
    hit.at = static_cast<size_t>(groups[1].data() - text.data());
    hit.size = groups[1].size();
    return true;
  }
  // A boundary character is one of [^\pL\pN], never a plain end; the cue's
  // first and last characters always are. So each end of the match is the
  // cue's own where its character is plain, a boundary where it is not.
  size_t cue_start = start, after_first = start;
  char32_t first = kInvalidCodePoint;
  next_code_point(text, after_first, first);
  if (!plain_end(first)) cue_start = after_first;
  size_t cue_end = hit.match_end, last_start = cue_end;
  char32_t last = kInvalidCodePoint;
  if (cue_end > cue_start && prev_code_point(text, last_start, last) && !plain_end(last)) cue_end = last_start;
  hit.at = cue_start;
  hit.size = cue_end - cue_start;
  return true;
}

}  // namespace solieu
