// The reader stage: paths in, a stream of articles (or errors) out.
//
// `InputStream` walks what the user named, in a stable order: files as given,
// directories recursively with entries sorted by name, "-" for stdin. Each
// file is a document read by its kind (docs/inputs.md):
//   - JSON Lines (.jsonl, .ndjson): one article per line, from the fields
//     named in JsonlFields ({"id","text"} plus optional "title", "url",
//     "published" or "date" by default);
//   - HTML (.html, .htm, or by content): the HTML reader's main text;
//   - archives (.tar, .tar.gz, .tgz, .zip, .warc, .warc.gz): each member is a
//     document of its own, read by the same rules, its source
//     "archive#member" (for WARC, "site.warc.gz#<target URI>");
//   - anything else: plain text, one article, converted to UTF-8 when it is
//     in a legacy encoding.
// A forced format (text, jsonl) applies to files and archive members alike.
//
// Directory walks follow links but never enter a directory twice (device and
// inode are remembered), and pass over FIFOs, sockets and devices; both are
// told to InputOptions::on_skip and counted, and are not errors.
//
// Errors are items in the stream, never exceptions: an unreadable directory,
// an empty or binary file, a malformed JSON line, a corrupt archive member
// each come out as one Error with file and line, and the stream goes on with
// the next thing. Only one article (and one archive member) is held at a
// time, so memory does not grow with the input.
//
// Not thread-safe: one consumer pulls from one stream.
//
//   InputStream in({"corpus/", "-"}, InputFormat::kAuto);
//   InputItem item;
//   while (in.next(item)) if (item.article) use(*item.article); else report(*item.error);
#pragma once

#include <cstdio>
#include <fstream>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "io/archive.h"
#include "io/article.h"

namespace solieu {

enum class InputFormat { kAuto, kText, kJsonLines };

// The JSON Lines fields an article is read from, so that the output of other
// crawlers (trafilatura, news-please, ...) goes straight in. A name with dots
// is a path into nested objects ("meta.published_at"); a top-level key
// spelled with the dots matches too. Only "text" must be present.
struct JsonlFields {
  std::string text = "text";
  std::string id = "id";
  std::string title = "title";
  std::string url = "url";
  // Tried in order; the first that holds a string is the publication date.
  std::vector<std::string> date = {"published", "date"};
};

struct InputOptions {
  InputFormat format = InputFormat::kAuto;
  JsonlFields fields;
  ArchiveLimits limits;
  // A file, a document on a stream, or a JSON line larger than this is
  // refused with an error naming it, without holding it in memory (a file by
  // its size, unread; a line read through and dropped). docs/hardness.md.
  uint64_t max_document_bytes = 64ull << 20;
  // Told about what is passed over on purpose and is not a failure: a FIFO,
  // socket or device in a walked directory, a directory reached a second
  // time (a link loop). Called from next(); may be empty.
  std::function<void(const Error&)> on_skip;
};

struct InputItem {
  std::optional<Article> article;
  std::optional<Error> error;
};

struct InputCounts {
  size_t files = 0;     // files opened
  size_t articles = 0;  // articles produced
  size_t errors = 0;    // error items produced
  size_t archives = 0;        // archives opened
  size_t members = 0;         // archive members (WARC: HTML responses) read
  size_t members_failed = 0;  // archive members that could not be read
  // Things passed over on purpose, by reason: "WARC request",
  // "WARC non-HTML response", "special file", "directory seen before", ...
  std::map<std::string, size_t> skipped;
};

class InputStream {
 public:
  InputStream(std::vector<std::string> paths, InputFormat format);
  InputStream(std::vector<std::string> paths, InputOptions options);
  // Reads one already-open stream exactly as stdin is read for "-": named
  // `source` in articles and errors, and under kAuto JSON Lines when its
  // first non-space byte is '{'. `in` must outlive the stream. Lets tests
  // (and other callers) feed any std::istream.
  InputStream(std::istream& in, std::string source, InputFormat format);
  InputStream(std::istream& in, std::string source, InputOptions options);
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
// The same, with the fields named by the user. A missing text field is an
// error naming it ("missing \"content\" string"); the others are optional.
Result<Article> parse_jsonl_article(std::string_view line, const std::string& source, int line_no,
                                    std::string_view id_base, const JsonlFields& fields);

// One plain-text article from bytes already read (id and source as given,
// title empty, line 0). Errors: kEmpty when there are no bytes or only
// whitespace ("empty file", or "empty input" when source is "-" or "<...>"),
// kBinary when a NUL byte is in the first 8 KiB and the bytes do not start
// with a UTF-16 byte order mark.
Result<Article> make_text_article(std::string bytes, std::string id, std::string source);

}  // namespace solieu
