// A plain-text article: the bytes as read, checked only for being there and
// for being text. No decoding happens here; the normalizer owns encodings,
// so BOMs and legacy code pages pass through untouched.

#include <string>
#include <string_view>
#include <utility>

#include "core/utf8.h"
#include "io/input.h"

namespace solieu {
namespace {

// How far to look for a NUL: enough to catch real binaries (their headers
// are full of NULs) without scanning a whole large file.
constexpr size_t kBinaryProbeBytes = 8 * 1024;

bool is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Nothing but whitespace, after an optional byte order mark. UTF-16 is
// checked code unit by code unit so that a BOM followed by spaces counts as
// empty too, not as text.
bool is_blank(std::string_view b) {
  if (has_utf16_bom(b)) {
    const bool little = b[0] == '\xFF';
    if (b.size() % 2 != 0) return false;
    for (size_t i = 2; i < b.size(); i += 2) {
      unsigned char lo = static_cast<unsigned char>(little ? b[i] : b[i + 1]);
      unsigned char hi = static_cast<unsigned char>(little ? b[i + 1] : b[i]);
      if (hi != 0 || !is_ascii_space(lo)) return false;
    }
    return true;
  }
  if (b.starts_with("\xEF\xBB\xBF")) b.remove_prefix(3);
  for (char c : b)
    if (!is_ascii_space(static_cast<unsigned char>(c))) return false;
  return true;
}

// UTF-16 text is full of NULs and is still text; anything else with a NUL
// near the start is not something we can read as an article.
bool looks_binary(std::string_view b) {
  if (has_utf16_bom(b)) return false;
  return b.substr(0, kBinaryProbeBytes).find('\0') != std::string_view::npos;
}

}  // namespace

Result<Article> make_text_article(std::string bytes, std::string id, std::string source) {
  if (is_blank(bytes)) {
    // A file is called a file; stdin and --text are inputs.
    const bool stream = source == "-" || source.starts_with("<");
    return Error{ErrorCode::kEmpty, stream ? "empty input" : "empty file", Location{source, 0, 0}, ""};
  }
  if (looks_binary(bytes))
    return Error{ErrorCode::kBinary, "binary file (NUL byte in the first 8 KiB)",
                 Location{source, 0, 0}, ""};
  Article a;
  a.id = std::move(id);
  a.source = std::move(source);
  a.text = std::move(bytes);
  return a;
}

}  // namespace solieu
