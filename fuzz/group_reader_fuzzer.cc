// Bytes -> the group reader against RE2 (differential). The input, when it
// is valid UTF-8, is the text; at every character of it, every shipped
// pattern is matched anchored there, with the match read to the text end
// and to 48 bytes on (as the extractor cuts it), by RE2 alone and by
// GroupReader (PCRE2). Both must agree on whether it matches and on every
// group, to the byte; any difference stops the run.
#include <re2/re2.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "extract/group_reader.h"
#include "fuzz_support.h"

using namespace solieu;

namespace {

const std::vector<const CompiledPattern*>& shipped() {
  static const std::vector<const CompiledPattern*> all = [] {
    std::vector<const CompiledPattern*> out;
    for (const CompiledPattern& p : fuzz::patterns().patterns()) out.push_back(&p);
    return out;
  }();
  return all;
}

const GroupReader& reader() {
  static const std::unique_ptr<GroupReader> r = GroupReader::build(shipped());
  return *r;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  reader();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (size > 4096 || !GroupReader::text_fits(text)) return 0;
  GroupReader::Scratch scratch(reader());
  std::vector<re2::StringPiece> expected, got;
  const re2::StringPiece whole(text.data(), text.size());
  for (size_t at = 0; at <= size; ++at) {
    if (at < size && (data[at] & 0xC0) == 0x80) continue;
    size_t cut = std::min(size, at + 48);
    while (cut > at && cut < size && (data[cut] & 0xC0) == 0x80) --cut;
    for (size_t stop : {size, cut})
      for (size_t i = 0; i < shipped().size(); ++i) {
        const CompiledPattern& p = *shipped()[i];
        const int n = static_cast<int>(p.slot_of_group.size());
        expected.assign(n, re2::StringPiece());
        const bool want = p.re->Match(whole, at, stop, RE2::ANCHOR_START, expected.data(), n);
        const bool have = reader().match(i, text, at, stop, got, scratch);
        SOLIEU_FUZZ_CHECK(have == want, i, at);
        if (!want) continue;
        for (int g = 0; g < n; ++g) {
          SOLIEU_FUZZ_CHECK(got[g].data() == expected[g].data(), i, at);
          SOLIEU_FUZZ_CHECK(got[g].size() == expected[g].size(), i, at);
        }
      }
  }
  return 0;
}
