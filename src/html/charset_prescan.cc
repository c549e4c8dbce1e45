// The <meta> charset prescan (see charset_prescan.h).
#include "html/charset_prescan.h"

#include <cctype>
#include <utility>
#include <vector>

namespace solieu::html {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/'; }

bool starts_with_ci(std::string_view s, size_t at, std::string_view word) {
  if (at + word.size() > s.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (lower(s[at + i]) != word[i]) return false;
  return true;
}

// Reads the attributes of a tag from `i` (just after its name) to its '>';
// returns them lower-cased by name, and moves `i` past the tag.
std::vector<std::pair<std::string, std::string>> attributes(std::string_view s, size_t& i) {
  std::vector<std::pair<std::string, std::string>> out;
  while (i < s.size() && s[i] != '>') {
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size() || s[i] == '>') break;
    std::string name, value;
    while (i < s.size() && !is_space(s[i]) && s[i] != '=' && s[i] != '>') name += lower(s[i++]);
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    if (i < s.size() && s[i] == '=') {
      ++i;
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
      if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
        const char q = s[i++];
        while (i < s.size() && s[i] != q) value += s[i++];
        if (i < s.size()) ++i;
      } else {
        while (i < s.size() && !is_space(s[i]) && s[i] != '>') value += s[i++];
      }
    }
    if (!name.empty()) out.emplace_back(std::move(name), std::move(value));
  }
  if (i < s.size()) ++i;
  return out;
}

}  // namespace

std::string charset_of_content_type(std::string_view ct) {
  for (size_t at = 0; at + 7 <= ct.size(); ++at) {
    if (!starts_with_ci(ct, at, "charset")) continue;
    size_t i = at + 7;
    while (i < ct.size() && ct[i] == ' ') ++i;
    if (i >= ct.size() || ct[i] != '=') continue;
    ++i;
    while (i < ct.size() && ct[i] == ' ') ++i;
    if (i < ct.size() && (ct[i] == '"' || ct[i] == '\'')) ++i;
    std::string label;
    while (i < ct.size() && ct[i] != ';' && ct[i] != '"' && ct[i] != '\'' && ct[i] != ' ') label += ct[i++];
    return label;
  }
  return {};
}

std::string prescan_charset(std::string_view bytes) {
  const std::string_view s = bytes.substr(0, kPrescanBytes);
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '<') {
      ++i;
      continue;
    }
    if (s.compare(i, 4, "<!--") == 0) {
      size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) return {};
      i = end + 3;
      continue;
    }
    if (starts_with_ci(s, i + 1, "meta") && i + 5 < s.size() && is_space(s[i + 5])) {
      i += 5;
      std::string charset, http_equiv, content;
      for (auto& [name, value] : attributes(s, i)) {
        if (name == "charset" && charset.empty()) charset = value;
        else if (name == "http-equiv") http_equiv = value;
        else if (name == "content") content = value;
      }
      if (!charset.empty()) return charset;
      std::string equiv;
      for (char c : http_equiv) equiv += lower(c);
      if (equiv == "content-type") {
        std::string from_content = charset_of_content_type(content);
        if (!from_content.empty()) return from_content;
      }
      continue;
    }
    ++i;
  }
  return {};
}

}  // namespace solieu::html
