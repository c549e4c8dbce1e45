// Lookup keys for vocabulary: lower case, runs of spaces collapsed to one.
//
// Tables in patterns/ are matched against slices of normalized article text,
// which may be capitalized ("Trên", "KM") or spaced oddly ("lượt   người").
// Pure function; safe from any thread.
//
//   text_key("Lượt  Người") == "lượt người"
#pragma once

#include <string>
#include <string_view>

namespace solieu {

std::string text_key(std::string_view text);
// The same key written into `out` (cleared first), reusing its storage: for
// lookups that run once per match.
void text_key_into(std::string_view text, std::string& out);

// True when every letter of `text` is ASCII (a sign it was typed without
// diacritics, when the same word has a Vietnamese spelling).
bool is_ascii(std::string_view text);

}  // namespace solieu
