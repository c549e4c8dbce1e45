// Metadata read from the text of a plain-text article, and publication dates
// normalized to ISO 8601.
//
// Portal pages saved as text start with a few short lines: a category, the
// title, then a date line such as "06/06/2024 10:12 31 lượt xem". This guesses
// the title and the publication date from those lines. It reads only the
// first lines and never changes the text.
//
// Pure functions; safe from any thread.
//
//   TextMetadata m = guess_text_metadata(bytes);   // m.title, m.published
//   iso_date("06/06/2024 10:12") == "2024-06-06T10:12:00+07:00"
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace solieu {

struct TextMetadata {
  std::string title;
  std::optional<std::string> published;  // ISO 8601
};

TextMetadata guess_text_metadata(std::string_view text);

// "2024-06-06", "2024-06-06T10:12:00+07:00", "2024-06-06 10:12:00",
// "06/06/2024", "06/06/2024 10:12", "6-6-2024" -> ISO 8601 (Vietnam time,
// +07:00, when a clock time is given without a zone); nullopt otherwise.
std::optional<std::string> iso_date(std::string_view text);

}  // namespace solieu
