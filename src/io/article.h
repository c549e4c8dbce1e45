// An article as read from the input, before any normalization.
//
// `text` holds the article's bytes exactly as given (for JSON Lines, the
// decoded "text" field, which is UTF-8); every offset in the output refers to
// these bytes. Plain values; safe to move between threads.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace solieu {

// The source of an article given on the command line with --text.
inline constexpr const char* kTextArgumentSource = "<text>";

struct Article {
  std::string id;         // from the input, or derived from the path
  std::string source;     // the path, or "-" for stdin, or "<text>" for --text
  int line = 0;           // 1-based line in `source` for JSON Lines; 0 otherwise
  std::string title;      // may be empty
  std::string url;        // may be empty
  std::optional<std::string> published;  // as given; the record normalizes it
  std::string category;   // from the page layout, when there is one
  std::string author;
  std::optional<long> page_views;
  // How the bytes became UTF-8 (encoding/decode.h): the charset, and every
  // repair or loss on the way. Empty encoding: UTF-8 as given.
  std::string encoding;
  std::vector<std::string> encoding_repairs;
  std::vector<std::string> encoding_losses;
  std::string lang;       // <html lang>, when the input was a page
  std::string text;       // the article bytes as given (for HTML: the main text)
};

}  // namespace solieu
