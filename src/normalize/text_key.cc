#include "normalize/text_key.h"

#include <unicode/uchar.h>

#include "core/utf8.h"

namespace solieu {

std::string text_key(std::string_view text) {
  std::string out;
  text_key_into(text, out);
  return out;
}

void text_key_into(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  size_t i = 0;
  char32_t c;
  bool pending_space = false;
  while (next_code_point(text, i, c)) {
    if (c == ' ' || c == '\t' || c == '\n') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    if (c == kInvalidCodePoint) c = 0xFFFD;
    append_utf8(out, c < 0x80 ? static_cast<char32_t>((c >= 'A' && c <= 'Z') ? c + 32 : c)
                              : static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
  }
}

bool is_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace solieu
