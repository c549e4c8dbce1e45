// Bytes -> the pattern-file parser and the pattern compiler. Whatever the
// bytes, the answer is a PatternFile or an Error (a value), never a crash, a
// hang or a huge allocation; an error names the file and a line inside it.
//
// The fuzzed file loads after the shipped _macros.pat, so the macros it uses
// ({NUM}, {L}, ...) exist and the compiler gets past "unknown macro"; the
// examples of what compiles are then checked, as `solieu patterns check`
// does.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/examples.h"
#include "extract/pattern_file.h"
#include "fuzz_support.h"

using namespace solieu;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

size_t line_count(std::string_view s) {
  size_t n = 1;
  for (char c : s) n += c == '\n';
  return n;
}

void check_error(const Error& e, const std::string& file, std::string_view text) {
  if (e.where.file != file) return;  // an error in _macros.pat or the lexicon
  SOLIEU_FUZZ_CHECK(e.where.line >= 0 && static_cast<size_t>(e.where.line) <= line_count(text) + 1,
                    static_cast<size_t>(e.where.line), line_count(text));
  SOLIEU_FUZZ_CHECK(!e.message.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string macros = slurp(fuzz::patterns_dir() + "/_macros.pat");
  static const std::string lexicon = slurp(fuzz::patterns_dir() + "/number-words.tsv");
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::string file = "fuzz.pat";

  Result<PatternFile> parsed = parse_pattern_file(text, file);
  if (!parsed) {
    check_error(parsed.error(), file, text);
    return 0;
  }
  const std::vector<std::pair<std::string, std::string>> files{{"_macros.pat", macros}, {file, text}};
  Result<PatternSet> set = PatternSet::load_texts(files, lexicon, fuzz::normalizer());
  if (!set) {
    check_error(set.error(), file, fuzz::normalizer().normalize_text(text));
    return 0;
  }
  (void)check_examples(*set);
  return 0;
}
