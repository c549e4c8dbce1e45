// Bytes -> match_start_regex against the regex it cuts (a property). The
// input's first line is a regex, the rest the text; a first line "#N" stands
// for the N-th shipped pattern (counting round) as the one-pass search writes it (group names
// plain, letter and digit properties widened), so that real patterns meet
// arbitrary text. When RE2 compiles the regex, its cut after 1, 2 and 3
// parts must compile too, be no longer, and match (anchored) at every
// position of the text where the whole regex has a match.
#include <re2/re2.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/match_start.h"
#include "extract/pattern_scan.h"
#include "fuzz_support.h"

using namespace solieu;

namespace {

// The shipped patterns as the union sees them, with their options.
struct Shipped {
  std::string regex;
  RE2::Options options;
};

const std::vector<Shipped>& shipped() {
  static const std::vector<Shipped> all = [] {
    std::vector<Shipped> out;
    for (const CompiledPattern& p : fuzz::patterns().patterns())
      out.push_back({PatternScan::widened(PatternScan::without_group_names(p.expanded)), p.re->options()});
    return out;
  }();
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  shipped();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto parts = fuzz::split_first_line(data, size, 512, 1024);
  if (!parts) return 0;
  const std::string_view line = parts->line, text = parts->rest;
  std::string regex(line);
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(8 << 20);
  if (line.size() > 1 && line[0] == '#') {
    size_t n = 0;
    for (char c : line.substr(1)) n = n * 10 + static_cast<unsigned char>(c) % 10;
    const Shipped& s = shipped()[n % shipped().size()];
    regex = s.regex;
    options = s.options;
    options.set_log_errors(false);
  } else {
    options.set_case_sensitive(!(line.size() % 2));
    options.set_encoding(is_valid_utf8(line) ? RE2::Options::EncodingUTF8 : RE2::Options::EncodingLatin1);
  }
  const RE2 whole(regex, options);
  if (!whole.ok()) return 0;
  const re2::StringPiece all(text.data(), text.size());
  for (int parts = 1; parts <= 3; ++parts) {
    const std::string cut = match_start_regex(regex, parts);
    SOLIEU_FUZZ_CHECK(cut.size() <= regex.size(), parts);
    const RE2 start(cut, options);
    SOLIEU_FUZZ_CHECK(start.ok(), parts);
    for (size_t at = 0; at <= text.size(); ++at) {
      if (!whole.Match(all, at, text.size(), RE2::ANCHOR_START, nullptr, 0)) continue;
      SOLIEU_FUZZ_CHECK(start.Match(all, at, text.size(), RE2::ANCHOR_START, nullptr, 0), parts, at);
    }
  }
  return 0;
}
