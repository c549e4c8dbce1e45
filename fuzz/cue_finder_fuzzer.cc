// Bytes -> the cue finder against RE2 (differential). The input's first line
// is a cue table's keys, '|' between them, each run of spaces in a key
// written " +" as the pattern set writes it (other characters go into the
// regex as they are, so the line may also make regexes the finder refuses);
// the rest is the text. The regex has the context reader's cue shape; when
// the finder does not take it, a shipped cue table (STATUS or STATUS_DETAIL,
// by the line's length) is used instead. Wherever the finder answers, its
// hits must be those of a scan with a CueReader that has RE2 read the cue
// group, on the text and on every suffix and prefix of it, and each single
// search (CueFinder::next) from every start with every end must be its.
#include <re2/re2.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/cue_finder.h"
#include "extract/cue_reader.h"
#include "fuzz_support.h"

using namespace solieu;

namespace {

using Regex = std::shared_ptr<const re2::RE2>;

std::string cue_shape(std::string_view alternation) {
  return "(?:^|[^\\pL\\pN])(?P<cue>(?:" + std::string(alternation) + "))(?:[^\\pL\\pN]|$)";
}

const std::vector<Regex>& shipped() {
  static const std::vector<Regex> all = [] {
    std::vector<Regex> out;
    for (const char* table : {"{STATUS}", "{STATUS_DETAIL}"}) {
      std::string shape = cue_shape(table);
      auto re = fuzz::patterns().compile(Located{shape, {}, ""});
      if (!re) fuzz::fail("a shipped cue table does not compile");
      out.push_back(*re);
    }
    return out;
  }();
  return all;
}

void check(const CueReader& reader, const CueFinder& finder, std::string_view text) {
  const SentenceWords words(text);
  std::vector<CueHit> got;
  if (!finder.scan(text, words, got)) {
    SOLIEU_FUZZ_CHECK(got.empty());
    SOLIEU_FUZZ_CHECK(!words.re2_exact());
    return;
  }
  size_t n = 0;
  CueHit want;
  for (size_t pos = 0; pos < text.size() && reader.next(text, pos, text.size(), want); pos = want.at + want.size) {
    SOLIEU_FUZZ_CHECK(n < got.size(), n, want.at);
    SOLIEU_FUZZ_CHECK(got[n].at == want.at && got[n].size == want.size && got[n].match_end == want.match_end,
                      got[n].at, want.at);
    ++n;
  }
  SOLIEU_FUZZ_CHECK(n == got.size(), n, got.size());
}

// Single searches (cues_before's, the after window's): from every start of
// windows text[begin, end), where the finder answers.
void check_next(const CueReader& reader, const CueFinder& finder, std::string_view text) {
  const SentenceWords words(text);
  if (!words.re2_exact()) return;
  auto boundary = [&](size_t i) { return i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80; };
  // Windows [begin, end): all of them for short texts, else those from the
  // start and those of up to 48 bytes (the context reader's).
  const bool all = text.size() <= 64;
  for (size_t begin = 0; begin <= text.size(); ++begin)
    for (size_t end = begin; end <= text.size(); ++end) {
      if (!boundary(begin) || !boundary(end) || (!all && begin > 0 && end > begin + 48)) continue;
      const std::string_view window = text.substr(begin);
      for (size_t pos = begin; pos <= end; ++pos) {
        if (!boundary(pos)) continue;
        CueHit got, want;
        const bool found = finder.next(text, words, begin, pos, end, got);
        SOLIEU_FUZZ_CHECK(found == reader.next(window, pos - begin, end - begin, want), pos, end);
        if (!found) break;
        SOLIEU_FUZZ_CHECK(got.at == want.at + begin && got.size == want.size && got.match_end == want.match_end + begin,
                          pos, end);
        pos = got.at;
      }
    }
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

  Regex re;
  std::optional<CueFinder> finder;
  if (is_valid_utf8(line) && line.find_first_of("{}") == std::string_view::npos) {
    std::string alternation;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] != ' ') {
        alternation += line[i];
        continue;
      }
      while (i + 1 < line.size() && line[i + 1] == ' ') ++i;
      alternation += " +";
    }
    auto compiled = fuzz::patterns().compile(Located{cue_shape(alternation), {}, ""});
    if (compiled && (*compiled)->ok()) {
      re = *compiled;
      finder = CueFinder::from_regex(re->pattern());
    }
  }
  if (!finder) {
    re = shipped()[line.size() % shipped().size()];
    finder = CueFinder::from_regex(re->pattern());
    SOLIEU_FUZZ_CHECK(finder.has_value());
  }
  // No table: RE2 reads the cue group itself, the plainest reference.
  const CueReader reader(re, nullptr);

  check(reader, *finder, text);
  if (text.size() > 256) return 0;
  check_next(reader, *finder, text);
  for (size_t i = 1; i < text.size(); ++i) {
    // Texts of their own, cut anywhere (also inside a character: not valid
    // UTF-8 is the finder's to refuse).
    check(reader, *finder, text.substr(i));
    check(reader, *finder, text.substr(0, i));
  }
  return 0;
}
