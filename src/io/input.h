// The reader stage: paths in, a stream of articles (or errors) out.
//
// `InputStream` walks what the user named, in a stable order: files as given,
// directories recursively with entries sorted by name, "-" for stdin. Each
// file is read as plain text (one article per file) or as JSON Lines (one
// article per line: {"id","text"} plus optional "title", "url", "published"
// or "date"). A name ending in .jsonl or .ndjson is JSON Lines unless the
// format is forced.
//
// Errors are items in the stream, never exceptions: an unreadable directory,
// an empty or binary file, a malformed JSON line each come out as one Error
// with file and line, and the stream goes on with the next thing. Only one
// article is held at a time, so memory does not grow with the input.
//
// Not thread-safe: one consumer pulls from one stream.
//
//   InputStream in({"corpus/", "-"}, InputFormat::kAuto);
//   InputItem item;
//   while (in.next(item)) if (item.article) use(*item.article); else report(*item.error);
#pragma once

#include <cstdio>
#include <fstream>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "io/article.h"

namespace solieu {

enum class InputFormat { kAuto, kText, kJsonLines };

struct InputItem {
  std::optional<Article> article;
  std::optional<Error> error;
};

struct InputCounts {
  size_t files = 0;     // files opened
  size_t articles = 0;  // articles produced
  size_t errors = 0;    // error items produced
};

class InputStream {
 public:
  InputStream(std::vector<std::string> paths, InputFormat format);
  // Reads one already-open stream exactly as stdin is read for "-": named
  // `source` in articles and errors, and under kAuto JSON Lines when its
  // first non-space byte is '{'. `in` must outlive the stream. Lets tests
  // (and other callers) feed any std::istream.
  InputStream(std::istream& in, std::string source, InputFormat format);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Fills `item` with the next article or error; false when all is read.
  bool next(InputItem& item);
  const InputCounts& counts() const { return counts_; }

 private:
  struct State;
  std::unique_ptr<State> state_;
  InputCounts counts_;
};

// One JSON Lines line to an article; `source` and `line` go into errors.
// Exposed for tests and for other readers that carry JSON.
// A missing "id" becomes "<file name of source>:<line_no>".
Result<Article> parse_jsonl_article(std::string_view line, const std::string& source, int line_no);
// The same, but a missing "id" becomes "<id_base>:<line_no>" (the reader
// passes the path relative to a walked directory, so ids stay unique).
Result<Article> parse_jsonl_article(std::string_view line, const std::string& source, int line_no,
                                    std::string_view id_base);

// One plain-text article from bytes already read (id and source as given,
// title empty, line 0). Errors: kEmpty when there are no bytes or only
// whitespace ("empty file", or "empty input" when source is "-" or "<...>"),
// kBinary when a NUL byte is in the first 8 KiB and the bytes do not start
// with a UTF-16 byte order mark.
Result<Article> make_text_article(std::string bytes, std::string id, std::string source);

}  // namespace solieu
