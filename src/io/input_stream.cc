// InputStream: walks the named paths and turns each file (or stdin) into
// articles and errors, one item per call.
//
// The walk is lazy: a stack of directory frames, each holding the sorted
// names of one directory, so that errors come out in walk order and only one
// directory listing per level is held at a time. JSON Lines sources stay open
// between calls and are read one line at a time into a reused buffer; plain
// text and HTML files are read whole. An archive stays open between calls and
// hands out one member at a time; a JSON Lines member is split into lines
// from the member's bytes.

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <deque>
#include <exception>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <set>
#include <sys/stat.h>
#include <utility>
#include <vector>

#include "core/utf8.h"
#include "io/archive.h"
#include "io/document.h"
#include "io/input.h"

namespace solieu {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
// Same probe as for plain text: a NUL this early means not text.
constexpr uint64_t kBinaryProbeBytes = 8 * 1024;

bool is_space_byte(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return is_space_byte(c); });
}

Error io_error(std::string message, std::string file) {
  return Error{ErrorCode::kIo, std::move(message), Location{std::move(file), 0, 0}, ""};
}

// "empty file" for paths, "empty input" for stdin and other streams.
const char* empty_message(bool is_stream) { return is_stream ? "empty input" : "empty file"; }

// A directory's identity, so that a walk never enters one twice.
using DirId = std::pair<dev_t, ino_t>;

std::optional<DirId> dir_id(const fs::path& dir) {
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0) return std::nullopt;
  return DirId{st.st_dev, st.st_ino};
}

const char* special_file_kind(const fs::file_status& st) {
  switch (st.type()) {
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    default: return "not a regular file";
  }
}

// Reads the rest of `in` onto `out`, but never more than `limit` bytes in
// all (`over` is set when there were more). False on a read error (not at EOF).
bool read_all(std::istream& in, std::string& out, uint64_t limit, bool& over) {
  constexpr size_t kChunk = 64 * 1024;
  while (in && out.size() <= limit) {
    size_t old = out.size();
    out.resize(old + kChunk);
    in.read(out.data() + old, kChunk);
    out.resize(old + static_cast<size_t>(in.gcount()));
  }
  over = out.size() > limit;
  if (over) std::string().swap(out);  // nothing of it is kept
  return !in.bad();
}

// One line of `in` (without its '\n') onto `out`, keeping at most `limit`
// bytes of it; `length` is the whole line's length, read through to its end
// either way. False at the end of input with nothing read (like getline).
bool read_line(std::istream& in, std::string& out, uint64_t limit, uint64_t& length) {
  constexpr std::streamsize kChunk = 64 * 1024;
  char chunk[kChunk];
  out.clear();
  length = 0;
  bool any = false;
  auto keep = [&](std::streamsize stored) {
    length += static_cast<uint64_t>(stored);
    if (out.size() + static_cast<uint64_t>(stored) <= limit) out.append(chunk, static_cast<size_t>(stored));
  };
  for (;;) {
    // getline, not get: libstdc++ finds the newline in the stream's buffer
    // with memchr, where get() reads a character at a time.
    in.getline(chunk, kChunk, '\n');
    const std::streamsize got = in.gcount();
    if (in.bad() || in.eof()) {  // a read error, or the last line without a newline
      if (got > 0) keep(got);
      if (!in.bad()) in.clear(std::ios::eofbit);
      return any || got > 0;
    }
    if (!in.fail()) {  // the newline was read (and counted in `got`, not stored)
      keep(got - 1);
      return true;
    }
    // The chunk is full and the line goes on.
    keep(got);
    any = true;
    in.clear();
  }
}

// Input past a documented limit (InputOptions::max_document_bytes); `size`
// when it is known.
Error over_limit(std::string_view what, std::optional<uint64_t> size, uint64_t limit, std::string file,
                 int line = 0) {
  return Error{ErrorCode::kParse,
               std::string(what) + " is " + (size ? std::to_string(*size) : "over " + std::to_string(limit)) +
                   " bytes, over the reader's limit of " + std::to_string(limit) + " bytes; not read",
               Location{std::move(file), line, line ? 1 : 0}, ""};
}

// For stdin under kAuto: consumes a UTF-8 BOM and whitespace so that the
// first real byte can be peeked. The consumed bytes are returned; they still
// belong to the input.
std::string consume_leading_space(std::istream& in) {
  std::string prefix;
  for (;;) {
    int c = in.peek();
    if (c == std::char_traits<char>::eof()) break;
    const bool bom_byte = prefix.size() < kUtf8Bom.size() &&
                          std::string_view(prefix) == kUtf8Bom.substr(0, prefix.size()) &&
                          c == static_cast<unsigned char>(kUtf8Bom[prefix.size()]);
    if (!bom_byte && !is_space_byte(c)) break;
    prefix.push_back(static_cast<char>(in.get()));
  }
  return prefix;
}

// One directory being walked.
struct DirFrame {
  fs::path dir;                    // as it would be opened
  std::string rel;                 // relative to the named root; "" for the root
  std::vector<std::string> names;  // not hidden, in byte order
  size_t next = 0;
};

// Something named by the user: a path, or an already-open stream.
struct Named {
  std::string path;
  std::istream* stream = nullptr;
};

// A JSON Lines archive member being split into lines.
struct MemberLines {
  bool active = false;
  std::string bytes;
  size_t pos = 0;
  int line_no = 0;
  std::string source;   // archive#member
  std::string id_base;
};

// The archive being read, if any.
struct OpenArchive {
  std::unique_ptr<ArchiveReader> reader;
  std::string path;
  std::string id_base;  // the archive's id: its path relative to a walked root
  MemberLines lines;
};

// The JSON Lines source being read, if any.
struct LineSource {
  bool active = false;
  std::unique_ptr<std::ifstream> file;  // owns the stream for files
  std::istream* in = nullptr;
  bool is_stream = false;               // stdin or a given istream
  std::string source;
  std::string id_base;
  std::string pending;     // bytes already consumed that start the next line
  int line_no = 0;
  uint64_t offset = 0;     // bytes before the next line
  bool any_content = false;
};

InputOptions with_format(InputFormat format) {
  InputOptions options;
  options.format = format;
  return options;
}

}  // namespace

struct InputStream::State {
  InputOptions options;
  std::deque<Named> named;
  std::vector<DirFrame> dirs;
  std::set<DirId> seen_dirs;
  LineSource lines;
  OpenArchive archive;
  std::string buffer;  // reused for every JSON line

  // Each returns true when it put an article or an error into `item`.
  bool step(InputItem& item, InputCounts& counts);
  bool start_named(Named n, InputItem& item, InputCounts& counts);
  bool walk_entry(InputItem& item, InputCounts& counts);
  bool push_dir(const fs::path& dir, std::string rel, InputItem& item, InputCounts& counts);
  bool open_file(const std::string& path, std::string id, InputItem& item, InputCounts& counts);
  bool open_stream(std::istream& in, const std::string& source, InputItem& item,
                   InputCounts& counts);
  bool next_line(InputItem& item);
  bool next_member(InputItem& item, InputCounts& counts);
  bool member_line(InputItem& item);
  void close_archive(InputCounts& counts);
  void skip(InputCounts& counts, const std::string& reason, Error notice) {
    ++counts.skipped[reason];
    if (options.on_skip) options.on_skip(notice);
  }
  void put(InputItem& item, Result<Article> r) {
    if (r)
      item.article = std::move(r).value();
    else
      item.error = r.error();
  }
};

InputStream::InputStream(std::vector<std::string> paths, InputFormat format)
    : InputStream(std::move(paths), with_format(format)) {}

InputStream::InputStream(std::istream& in, std::string source, InputFormat format)
    : InputStream(in, std::move(source), with_format(format)) {}

InputStream::InputStream(std::vector<std::string> paths, InputOptions options)
    : state_(std::make_unique<State>()) {
  state_->options = std::move(options);
  if (paths.empty()) paths.push_back("-");
  for (auto& p : paths) {
    if (p == "-")
      state_->named.push_back(Named{"-", &std::cin});
    else
      state_->named.push_back(Named{std::move(p), nullptr});
  }
}

InputStream::InputStream(std::istream& in, std::string source, InputOptions options)
    : state_(std::make_unique<State>()) {
  state_->options = std::move(options);
  state_->named.push_back(Named{std::move(source), &in});
}

InputStream::~InputStream() = default;

bool InputStream::next(InputItem& item) {
  item.article.reset();
  item.error.reset();
  bool produced = false;
  try {
    produced = state_->step(item, counts_);
  } catch (const std::exception& ex) {
    // Nothing should throw here, but a bad_alloc on a huge line or an
    // unexpected filesystem error must not end the run: report it against
    // what we were reading and drop that one thing so we cannot loop on it.
    std::string where;
    if (state_->lines.active) {
      where = state_->lines.source;
      state_->lines = LineSource{};
    } else if (state_->archive.reader) {
      where = state_->archive.path;
      state_->close_archive(counts_);
    } else if (!state_->dirs.empty()) {
      where = state_->dirs.back().dir.string();
      state_->dirs.pop_back();
    }
    item.article.reset();
    item.error = io_error(std::string("cannot read: ") + ex.what(), where);
    produced = true;
  }
  if (produced) {
    if (item.article)
      ++counts_.articles;
    else
      ++counts_.errors;
  }
  return produced;
}

bool InputStream::State::step(InputItem& item, InputCounts& counts) {
  for (;;) {
    if (lines.active) {
      if (next_line(item)) return true;
      continue;
    }
    if (archive.reader) {
      if (next_member(item, counts)) return true;
      continue;
    }
    if (!dirs.empty()) {
      if (walk_entry(item, counts)) return true;
      continue;
    }
    if (named.empty()) return false;
    Named n = std::move(named.front());
    named.pop_front();
    if (start_named(std::move(n), item, counts)) return true;
  }
}

bool InputStream::State::start_named(Named n, InputItem& item, InputCounts& counts) {
  if (n.stream) return open_stream(*n.stream, n.path, item, counts);
  std::error_code ec;
  // Follows symlinks: a link the user names is what they meant.
  fs::file_status st = fs::status(n.path, ec);
  if (ec || !fs::exists(st)) {
    item.error = io_error("cannot open: " + (ec ? ec.message() : std::string("No such file or directory")),
                          n.path);
    return true;
  }
  if (fs::is_directory(st)) {
    // Each named directory is a walk of its own: naming one twice reads it
    // twice, as asked; within a walk no directory is entered twice.
    seen_dirs.clear();
    return push_dir(n.path, "", item, counts);
  }
  std::string id = fs::path(n.path).filename().string();
  if (id.empty()) id = n.path;
  return open_file(n.path, std::move(id), item, counts);
}

// Lists `dir` (sorted, hidden names left out) onto the walk stack, or
// reports why it cannot be read; the walk then goes on without it.
bool InputStream::State::push_dir(const fs::path& dir, std::string rel, InputItem& item, InputCounts& counts) {
  std::error_code ec;
  if (auto id = dir_id(dir)) {
    // Links may lead back to an ancestor (a loop) or to a directory read
    // already: either way its articles have been, or are being, read.
    if (!seen_dirs.insert(*id).second) {
      skip(counts, "directory seen before",
           io_error("directory already read (a link loop, or a second link to it); skipped", dir.string()));
      return false;
    }
  }
  fs::directory_iterator it(dir, ec);
  DirFrame frame{dir, std::move(rel), {}, 0};
  const fs::directory_iterator end;
  while (!ec && it != end) {
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] != '.') frame.names.push_back(std::move(name));
    it.increment(ec);
  }
  if (ec) {
    item.error = io_error("cannot read directory: " + ec.message(), dir.string());
    return true;
  }
  // std::string's ordering compares bytes as unsigned char: byte order.
  std::sort(frame.names.begin(), frame.names.end());
  dirs.push_back(std::move(frame));
  return false;
}

bool InputStream::State::walk_entry(InputItem& item, InputCounts& counts) {
  DirFrame& top = dirs.back();
  if (top.next == top.names.size()) {
    dirs.pop_back();
    return false;
  }
  // Copies: pushing a frame below may move `top`.
  const std::string name = top.names[top.next++];
  const fs::path full = top.dir / name;
  std::string rel = top.rel.empty() ? name : top.rel + "/" + name;

  std::error_code ec;
  fs::file_status link_st = fs::symlink_status(full, ec);
  if (ec) {
    item.error = io_error("cannot read: " + ec.message(), full.string());
    return true;
  }
  fs::file_status st = link_st;
  if (fs::is_symlink(link_st)) {
    st = fs::status(full, ec);
    if (ec) {
      item.error = io_error(ec == std::errc::no_such_file_or_directory
                                ? std::string("broken symbolic link")
                                : "cannot read: " + ec.message(),
                            full.string());
      return true;
    }
  }
  // Directory links are followed; push_dir's device-and-inode check keeps a
  // link to an ancestor from looping and a second link from reading twice.
  if (fs::is_directory(st)) return push_dir(full, std::move(rel), item, counts);
  // FIFOs, sockets and devices could block or never end; only named ones
  // (e.g. a process substitution on the command line) are read.
  if (!fs::is_regular_file(st)) {
    skip(counts, "special file",
         io_error(std::string(special_file_kind(st)) + ", not a regular file; skipped", full.string()));
    return false;
  }
  return open_file(full.string(), std::move(rel), item, counts);
}

bool InputStream::State::open_file(const std::string& path, std::string id, InputItem& item,
                                   InputCounts& counts) {
  const InputFormat format = options.format;
  // An archive is one by its name whatever the format; a forced format
  // applies to its members.
  if (archive_kind(path) != ArchiveKind::kNone) {
    ++counts.files;
    ++counts.archives;
    archive = OpenArchive{};
    archive.reader = open_archive(path, options.limits);
    archive.path = path;
    archive.id_base = std::move(id);
    return false;
  }
  const bool jsonl = document_kind(path, {}, format, false) == DocumentKind::kJsonLines;
  errno = 0;
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!file->is_open()) {
    const int err = errno;
    item.error = io_error(std::string("cannot open: ") + (err ? std::strerror(err) : "unknown error"), path);
    return true;
  }
  ++counts.files;

  if (jsonl) {
    lines = LineSource{};
    lines.active = true;
    lines.in = file.get();
    lines.file = std::move(file);
    lines.source = path;
    lines.id_base = std::move(id);
    return false;
  }

  std::string bytes;
  std::error_code ec;
  const uint64_t limit = options.max_document_bytes;
  if (auto size = fs::file_size(path, ec); !ec) {
    if (size > limit) {
      item.error = over_limit("the file", size, limit, path);
      return true;
    }
    bytes.reserve(size);
  }
  bool over = false;
  if (!read_all(*file, bytes, limit, over)) {
    item.error = io_error("read error", path);
    return true;
  }
  if (over) {
    item.error = over_limit("the file", std::nullopt, limit, path);
    return true;
  }
  const DocumentKind kind = document_kind(path, bytes, format, false);
  put(item, read_document(std::move(bytes), kind, DocumentInfo{std::move(id), path, "", "", std::nullopt}));
  return true;
}

// The next article or error from the open archive; false when it is done.
bool InputStream::State::next_member(InputItem& item, InputCounts& counts) {
  if (archive.lines.active) {
    if (member_line(item)) return true;
  }
  ArchiveItem a;
  if (!archive.reader->next(a)) {
    close_archive(counts);
    return false;
  }
  if (a.error) {
    ++counts.members_failed;
    item.error = std::move(a.error);
    return true;
  }
  ++counts.members;
  ArchiveMember& m = *a.member;
  std::string source = archive.path + "#" + m.name;
  std::string id = archive.id_base + "#" + m.name;
  const DocumentKind kind = document_kind(m.name, m.bytes, options.format, m.is_html);
  if (kind == DocumentKind::kJsonLines) {
    archive.lines = MemberLines{true, std::move(m.bytes), 0, 0, std::move(source), std::move(id)};
    if (member_line(item)) return true;
    return false;
  }
  put(item, read_document(std::move(m.bytes), kind,
                          DocumentInfo{std::move(id), std::move(source), std::move(m.http_charset),
                                       std::move(m.url), std::move(m.date)}));
  return true;
}

// The next JSON line of a JSON Lines member; false when the member is done.
bool InputStream::State::member_line(InputItem& item) {
  MemberLines& L = archive.lines;
  while (L.pos < L.bytes.size()) {
    size_t end = L.bytes.find('\n', L.pos);
    if (end == std::string::npos) end = L.bytes.size();
    std::string_view line(L.bytes.data() + L.pos, end - L.pos);
    L.pos = end + 1;
    ++L.line_no;
    if (L.line_no == 1 && line.starts_with(kUtf8Bom)) line.remove_prefix(kUtf8Bom.size());
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (is_blank(line)) continue;
    put(item, parse_jsonl_article(line, L.source, L.line_no, L.id_base, options.fields));
    return true;
  }
  archive.lines = MemberLines{};
  return false;
}

void InputStream::State::close_archive(InputCounts& counts) {
  if (archive.reader)
    for (const auto& [reason, n] : archive.reader->counts().skipped) counts.skipped["WARC " + reason] += n;
  archive = OpenArchive{};
}

bool InputStream::State::open_stream(std::istream& in, const std::string& source, InputItem& item,
                                     InputCounts& counts) {
  ++counts.files;
  std::string prefix;
  const InputFormat format = options.format;
  bool jsonl = format == InputFormat::kJsonLines;
  if (format == InputFormat::kAuto) {
    // No name to go by: a JSON Lines stream starts with an object.
    prefix = consume_leading_space(in);
    jsonl = in.peek() == '{';
  }
  if (!jsonl) {
    bool over = false;
    if (!read_all(in, prefix, options.max_document_bytes, over)) {
      item.error = io_error("read error", source);
      return true;
    }
    if (over) {
      item.error = over_limit("the document", std::nullopt, options.max_document_bytes, source);
      return true;
    }
    put(item, read_text_document(std::move(prefix), source, source));
    return true;
  }

  lines = LineSource{};
  lines.active = true;
  lines.in = &in;
  lines.is_stream = true;
  lines.source = source;
  lines.id_base = source;
  // The sniffed whitespace may hold whole blank lines; count them, and keep
  // what follows the last newline so columns on the first line stay right.
  size_t last_nl = prefix.rfind('\n');
  if (last_nl != std::string::npos) {
    lines.line_no = static_cast<int>(std::count(prefix.begin(), prefix.end(), '\n'));
    lines.offset = last_nl + 1;
    lines.pending = prefix.substr(last_nl + 1);
  } else {
    lines.pending = std::move(prefix);
  }
  return false;
}

bool InputStream::State::next_line(InputItem& item) {
  LineSource& L = lines;
  for (;;) {
    uint64_t length = 0;
    bool got = read_line(*L.in, buffer, options.max_document_bytes, length);
    if (!L.pending.empty()) {
      length += L.pending.size();
      if (length <= options.max_document_bytes) buffer.insert(0, L.pending);
      L.pending.clear();
      got = true;
    }
    if (!got) {
      const bool bad = L.in->bad();
      const bool empty = !L.any_content;
      std::string source = L.source;
      const bool is_stream = L.is_stream;
      lines = LineSource{};  // closes the file
      if (bad) {
        item.error = io_error("read error", source);
        return true;
      }
      if (empty) {
        item.error = Error{ErrorCode::kEmpty, empty_message(is_stream), Location{source, 0, 0}, ""};
        return true;
      }
      return false;
    }

    ++L.line_no;
    const uint64_t line_start = L.offset;
    L.offset += length + 1;
    if (length > options.max_document_bytes) {
      // Read through and dropped: the next line is still read.
      L.any_content = true;
      buffer.clear();
      buffer.shrink_to_fit();
      item.error = over_limit("the line", length, options.max_document_bytes, L.source, L.line_no);
      return true;
    }
    std::string_view line = buffer;
    if (L.line_no == 1) {
      if (line.starts_with(kUtf8Bom)) line.remove_prefix(kUtf8Bom.size());
      if (has_utf16_bom(line)) {
        // Every line would fail to parse; one error says why.
        Error e{ErrorCode::kEncoding, "JSON Lines must be UTF-8 (found a UTF-16 byte order mark)",
                Location{L.source, 1, 1}, ""};
        lines = LineSource{};
        item.error = std::move(e);
        return true;
      }
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_start < kBinaryProbeBytes &&
        line.substr(0, kBinaryProbeBytes - line_start).find('\0') != std::string_view::npos) {
      // A binary file would otherwise give one parse error per "line".
      Error e{ErrorCode::kBinary, "binary file (NUL byte in the first 8 KiB)",
              Location{L.source, 0, 0}, ""};
      lines = LineSource{};
      item.error = std::move(e);
      return true;
    }
    if (is_blank(line)) continue;
    L.any_content = true;
    put(item, parse_jsonl_article(line, L.source, L.line_no, L.id_base, options.fields));
    return true;
  }
}

}  // namespace solieu
