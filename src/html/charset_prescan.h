// The charset a page declares in its first bytes (internal to src/html/):
// <meta charset="..."> or <meta http-equiv="Content-Type" content="...;
// charset=...">, found by scanning tags, attribute by attribute, the way
// browsers prescan before parsing (the parser needs the charset first).
// Comments are skipped. Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace solieu::html {

// How far into the page the prescan looks.
inline constexpr size_t kPrescanBytes = 4096;

// The declared label ("windows-1258"), or "" when none.
std::string prescan_charset(std::string_view bytes);

// The charset parameter of a Content-Type value ("text/html; charset=UTF-8"),
// or "".
std::string charset_of_content_type(std::string_view content_type);

}  // namespace solieu::html
