// InputStream over real files in a temporary directory, and over an
// std::istream standing in for stdin.

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <map>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "io/archive_support.h"
#include "io/input.h"

using namespace solieu;
namespace fs = std::filesystem;

namespace {

// A string literal's bytes, embedded NULs included (not the terminator).
template <size_t N>
std::string bytes(const char (&s)[N]) {
  return std::string(s, N - 1);
}

// A fresh directory under the system temp dir, removed (with everything in
// it, permissions restored first) when the test ends.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    path_ = fs::temp_directory_path() /
            ("solieu-io-test-" + std::to_string(::getpid()) + "-" + std::to_string(stamp) + "-" +
             std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(path_, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_directory(ec) && !it->is_symlink(ec))
        fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    }
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  std::string str() const { return path_.string(); }

  // Writes `bytes` to `rel`, creating parent directories.
  fs::path write(const std::string& rel, const std::string& bytes) const {
    fs::path p = path_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  fs::path mkdir(const std::string& rel) const {
    fs::path p = path_ / rel;
    fs::create_directories(p);
    return p;
  }

 private:
  fs::path path_;
};

std::vector<InputItem> read_all(InputStream& in) {
  std::vector<InputItem> items;
  InputItem item;
  while (in.next(item)) items.push_back(item);
  return items;
}

std::vector<InputItem> read_paths(std::vector<std::string> paths, InputFormat f = InputFormat::kAuto) {
  InputStream in(std::move(paths), f);
  return read_all(in);
}

std::vector<InputItem> read_stream(const std::string& bytes, InputFormat f = InputFormat::kAuto) {
  std::istringstream s(bytes);
  InputStream in(s, "-", f);
  return read_all(in);
}

// A compact view of an item for comparing sequences: "A id" or "E code file".
std::string brief(const InputItem& item) {
  if (item.article) return "A " + item.article->id;
  return "E " + std::string(error_code_name(item.error->code)) + " " + item.error->where.file;
}

std::vector<std::string> briefs(const std::vector<InputItem>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(brief(i));
  return out;
}

}  // namespace

TEST_CASE("InputStream: a plain text file is one article", "[io][stream]") {
  TempDir t;
  const std::string bytes = "\xEF\xBB\xBFSản lượng lúa đạt 5,2 triệu tấn.\r\n";
  fs::path p = t.write("bac-me-ntm-2024.txt", bytes);
  InputStream in({p.string()}, InputFormat::kAuto);
  auto items = read_all(in);
  REQUIRE(items.size() == 1);
  REQUIRE(items[0].article);
  const Article& a = *items[0].article;
  CHECK(a.id == "bac-me-ntm-2024.txt");
  CHECK(a.source == p.string());
  CHECK(a.text == bytes);  // BOM, CRLF and all
  CHECK(a.title.empty());
  CHECK(a.line == 0);
  CHECK_FALSE(a.published);
  CHECK(in.counts().files == 1);
  CHECK(in.counts().articles == 1);
  CHECK(in.counts().errors == 0);
}

TEST_CASE("InputStream: directories are walked in stable byte order", "[io][stream]") {
  TempDir t;
  t.write("corpus/b.txt", "b");
  t.write("corpus/a.txt", "a");
  t.write("corpus/B.txt", "B");  // uppercase sorts first in byte order
  t.write("corpus/a/z.txt", "z");
  t.write("corpus/a/m/n.txt", "n");
  t.write("corpus/a-b.txt", "ab");  // names compare whole: "a" < "a-b.txt" < "a.txt"
  t.write("corpus/\xC4\x90.txt", "D");  // non-ASCII after ASCII
  t.write("corpus/.hidden.txt", "h");
  t.write("corpus/.git/config.txt", "g");
  t.write("corpus/c/.secret/x.txt", "s");
  t.write("corpus/c/y.txt", "y");

  const std::string root = (t.path() / "corpus").string();
  auto items = read_paths({root});
  std::vector<std::string> expected = {"A B.txt", "A a/m/n.txt", "A a/z.txt", "A a-b.txt",
                                       "A a.txt", "A b.txt",     "A c/y.txt", "A \xC4\x90.txt"};
  CHECK(briefs(items) == expected);
  REQUIRE(items.size() == expected.size());
  CHECK(items[1].article->source == (fs::path(root) / "a" / "m" / "n.txt").string());
  CHECK(items[1].article->text == "n");

  // Same order again, and with a trailing slash on the root.
  CHECK(briefs(read_paths({root + "/"})) == expected);
  CHECK(read_paths({root + "/"})[0].article->source == root + "/B.txt");
}

TEST_CASE("InputStream: paths are read in the order given", "[io][stream]") {
  TempDir t;
  fs::path z = t.write("z.txt", "z");
  fs::path d = t.mkdir("d");
  t.write("d/x.txt", "x");
  fs::path a = t.write("a.txt", "a");
  fs::path hidden = t.write(".named.txt", "h");  // hidden but named: read
  auto items = read_paths({z.string(), d.string(), a.string(), hidden.string()});
  CHECK(briefs(items) == std::vector<std::string>{"A z.txt", "A x.txt", "A a.txt", "A .named.txt"});
}

TEST_CASE("InputStream: empty, binary and UTF-16 files", "[io][stream]") {
  TempDir t;
  fs::path empty = t.write("d/1-empty.txt", "");
  fs::path blank = t.write("d/2-blank.txt", " \n\t\r\n");
  fs::path bom_only = t.write("d/3-bom-only.txt", "\xEF\xBB\xBF\n");
  fs::path binary = t.write("d/4-binary.txt", bytes("GIF89a\0\0\x01"));
  std::string utf16le = bytes("\xFF\xFE" "A\0" "B\0\n\0");
  fs::path u16le = t.write("d/5-utf16le.txt", utf16le);
  std::string utf16be = bytes("\xFE\xFF" "\0A" "\0B");
  fs::path u16be = t.write("d/6-utf16be.txt", utf16be);
  std::string late_nul = std::string(9000, 'x') + '\0';  // past the 8 KiB probe
  fs::path late = t.write("d/7-late-nul.txt", late_nul);
  fs::path u16blank = t.write("d/8-utf16-blank.txt", bytes("\xFF\xFE \0\n\0"));

  InputStream in({(t.path() / "d").string()}, InputFormat::kAuto);
  auto items = read_all(in);
  REQUIRE(items.size() == 8);
  auto error_is = [&](size_t i, ErrorCode code, const std::string& message, const fs::path& file) {
    INFO("item " << i);
    REQUIRE(items[i].error);
    CHECK(items[i].error->code == code);
    CHECK_THAT(items[i].error->message, Catch::Contains(message));
    CHECK(items[i].error->where.file == file.string());
  };
  error_is(0, ErrorCode::kEmpty, "empty file", empty);
  error_is(1, ErrorCode::kEmpty, "empty file", blank);
  error_is(2, ErrorCode::kEmpty, "empty file", bom_only);
  error_is(3, ErrorCode::kBinary, "binary", binary);
  REQUIRE(items[4].article);
  CHECK(items[4].article->text == utf16le);
  REQUIRE(items[5].article);
  CHECK(items[5].article->text == utf16be);
  REQUIRE(items[6].article);
  CHECK(items[6].article->text == late_nul);
  error_is(7, ErrorCode::kEmpty, "empty file", u16blank);
  CHECK(in.counts().files == 8);
  CHECK(in.counts().articles == 3);
  CHECK(in.counts().errors == 5);
}

TEST_CASE("InputStream: a path that does not exist is an error item", "[io][stream]") {
  TempDir t;
  fs::path a = t.write("a.txt", "a");
  const std::string missing = (t.path() / "no-such.txt").string();
  InputStream in({missing, a.string()}, InputFormat::kAuto);
  auto items = read_all(in);
  REQUIRE(items.size() == 2);
  REQUIRE(items[0].error);
  CHECK(items[0].error->code == ErrorCode::kIo);
  CHECK(items[0].error->where.file == missing);
  CHECK_THAT(items[0].error->to_string(), Catch::Contains(missing));
  REQUIRE(items[1].article);
  CHECK(in.counts().files == 1);
  CHECK(in.counts().errors == 1);
}

TEST_CASE("InputStream: an unreadable directory is an error item and the walk goes on",
          "[io][stream]") {
  TempDir t;
  t.write("c/a.txt", "a");
  t.write("c/b-locked/secret.txt", "s");
  t.write("c/c.txt", "c");
  fs::path locked = t.path() / "c" / "b-locked";
  fs::permissions(locked, fs::perms::none);

  auto items = read_paths({(t.path() / "c").string()});
  fs::permissions(locked, fs::perms::owner_all);  // before any assertion can throw
  if (::geteuid() == 0) {
    // Root reads through permission bits; the error cannot be provoked.
    WARN("running as root: chmod 000 does not stop reads; skipping the permission assertion");
    CHECK(briefs(items) == std::vector<std::string>{"A a.txt", "A b-locked/secret.txt", "A c.txt"});
  } else {
    CHECK(briefs(items) ==
          std::vector<std::string>{"A a.txt", "E io " + locked.string(), "A c.txt"});
  }
}

TEST_CASE("InputStream: symlinks", "[io][stream]") {
  TempDir t;
  t.write("root/a.txt", "a");
  t.write("root/sub/b.txt", "b");
  std::error_code ec;
  fs::create_directory_symlink(t.path() / "root", t.path() / "root" / "sub" / "loop", ec);
  if (ec) {
    WARN("cannot create symlinks here: " << ec.message());
    return;
  }
  fs::create_symlink(t.path() / "root" / "a.txt", t.path() / "root" / "sub" / "link.txt");
  fs::create_symlink(t.path() / "nowhere.txt", t.path() / "root" / "sub" / "broken.txt");

  // Must terminate: directory links inside a walk are not followed. File
  // links are read; a broken link is an error.
  auto items = read_paths({(t.path() / "root").string()});
  CHECK(briefs(items) == std::vector<std::string>{
                             "A a.txt", "A sub/b.txt",
                             "E io " + (t.path() / "root" / "sub" / "broken.txt").string(),
                             "A sub/link.txt"});
  // A directory link named on the command line is followed.
  auto named = read_paths({(t.path() / "root" / "sub" / "loop").string()});
  CHECK(briefs(named).size() == 4);
}

TEST_CASE("InputStream: format by extension, and forced", "[io][stream]") {
  TempDir t;
  const std::string jsonl = "{\"id\":\"j1\",\"text\":\"one\"}\n{\"text\":\"two\"}\n";
  t.write("d/a.jsonl", jsonl);
  t.write("d/b.NDJSON", jsonl);
  t.write("d/c.json", jsonl);  // not JSON Lines by name
  t.write("d/d.txt", jsonl);
  const std::string dir = (t.path() / "d").string();

  SECTION("auto") {
    auto items = read_paths({dir});
    CHECK(briefs(items) == std::vector<std::string>{"A j1", "A a.jsonl:2", "A j1", "A b.NDJSON:2",
                                                    "A c.json", "A d.txt"});
    REQUIRE(items.size() == 6);
    CHECK(items[1].article->line == 2);
    CHECK(items[1].article->text == "two");
    CHECK(items[1].article->source == dir + "/a.jsonl");
    CHECK(items[4].article->text == jsonl);
  }
  SECTION("forced text") {
    auto items = read_paths({dir}, InputFormat::kText);
    CHECK(briefs(items) ==
          std::vector<std::string>{"A a.jsonl", "A b.NDJSON", "A c.json", "A d.txt"});
  }
  SECTION("forced JSON Lines") {
    auto items = read_paths({dir}, InputFormat::kJsonLines);
    CHECK(briefs(items) == std::vector<std::string>{"A j1", "A a.jsonl:2", "A j1", "A b.NDJSON:2",
                                                    "A j1", "A c.json:2", "A j1", "A d.txt:2"});
  }
}

TEST_CASE("InputStream: JSON Lines files", "[io][stream][jsonl]") {
  TempDir t;
  SECTION("BOM, CRLF, blank lines, errors in the middle") {
    fs::path p = t.write("news.jsonl",
                         "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\"}\r\n"
                         "\r\n"
                         "   \n"
                         "{\"id\":\"b\",\"text\":\r\n"
                         "[1]\n"
                         "{\"id\":\"c\",\"text\":\"y\"}");  // no final newline
    InputStream in({p.string()}, InputFormat::kAuto);
    auto items = read_all(in);
    REQUIRE(items.size() == 4);
    REQUIRE(items[0].article);
    CHECK(items[0].article->id == "a");
    CHECK(items[0].article->line == 1);
    REQUIRE(items[1].error);
    CHECK(items[1].error->code == ErrorCode::kParse);
    CHECK(items[1].error->where.file == p.string());
    CHECK(items[1].error->where.line == 4);
    CHECK(items[1].error->where.column == 18);
    CHECK(items[1].error->excerpt == "{\"id\":\"b\",\"text\":");  // no '\r'
    CHECK_THAT(items[1].error->message, Catch::StartsWith("malformed JSON: unexpected end of input"));
    REQUIRE(items[2].error);
    CHECK(items[2].error->where.line == 5);
    CHECK_THAT(items[2].error->message, Catch::Contains("not a JSON object"));
    REQUIRE(items[3].article);
    CHECK(items[3].article->id == "c");
    CHECK(items[3].article->line == 6);
    CHECK(in.counts().files == 1);
    CHECK(in.counts().articles == 2);
    CHECK(in.counts().errors == 2);
  }
  SECTION("a BOM on a later line (files joined with cat) is tolerated") {
    fs::path p = t.write("x.jsonl", "{\"text\":\"a\"}\n\xEF\xBB\xBF{\"text\":\"b\"}\n");
    auto items = read_paths({p.string()});
    CHECK(briefs(items) == std::vector<std::string>{"A x.jsonl:1", "A x.jsonl:2"});
    CHECK(items[1].article->text == "b");
  }
  SECTION("empty and blank JSON Lines files") {
    fs::path e = t.write("e.jsonl", "");
    fs::path b = t.write("f.jsonl", "\n  \r\n\n");
    auto items = read_paths({e.string(), b.string()});
    CHECK(briefs(items) ==
          std::vector<std::string>{"E empty " + e.string(), "E empty " + b.string()});
  }
  SECTION("binary and UTF-16 JSON Lines files give one error, not one per line") {
    fs::path bin = t.write("bin.jsonl", bytes("\x7f" "ELF\0\0\n\0\n\0\n"));
    fs::path u16 = t.write("u16.jsonl", bytes("\xFF\xFE{\0}\0\n\0{\0}\0\n\0"));
    auto items = read_paths({bin.string(), u16.string()});
    CHECK(briefs(items) ==
          std::vector<std::string>{"E binary " + bin.string(), "E encoding " + u16.string()});
  }
  SECTION("invalid UTF-8 in one line, the next line still read") {
    fs::path p = t.write("u.jsonl", "{\"text\":\"a\xFF\"}\n{\"text\":\"ok\"}\n");
    auto items = read_paths({p.string()});
    CHECK(briefs(items) == std::vector<std::string>{"E encoding " + p.string(), "A u.jsonl:2"});
    CHECK(items[0].error->where.column == 11);
  }
  SECTION("a long line") {
    std::string text(3 * 1024 * 1024, 'y');
    fs::path p = t.write("long.jsonl", "{\"text\":\"" + text + "\"}\n{\"text\":\"z\"}\n");
    auto items = read_paths({p.string()});
    REQUIRE(items.size() == 2);
    REQUIRE(items[0].article);
    CHECK(items[0].article->text == text);
    CHECK(items[1].article->text == "z");
  }
  SECTION("lines whose length falls on the line reader's 64 KiB chunk, with and without a last newline") {
    const std::string head = "{\"text\":\"", tail = "\"}";
    for (size_t line_length : {65534u, 65535u, 65536u, 65537u, 131070u, 131071u}) {
      const std::string text(line_length - head.size() - tail.size(), 'k');
      for (bool last_newline : {true, false}) {
        INFO(line_length << (last_newline ? " with" : " without") << " a last newline");
        fs::path p = t.write("chunk.jsonl", head + text + tail + "\n\n" + head + "z" + tail + (last_newline ? "\n" : ""));
        auto items = read_paths({p.string()});
        REQUIRE(items.size() == 2);
        REQUIRE(items[0].article);
        CHECK(items[0].article->text == text);
        REQUIRE(items[1].article);
        CHECK(items[1].article->text == "z");
        CHECK(items[1].article->line == 3);
      }
    }
  }
}

TEST_CASE("InputStream: a stream stands in for stdin", "[io][stream][stdin]") {
  SECTION("plain text under auto") {
    auto items = read_stream("  \n Giá lúa {tăng}\n");
    REQUIRE(items.size() == 1);
    REQUIRE(items[0].article);
    CHECK(items[0].article->text == "  \n Giá lúa {tăng}\n");  // leading space kept
    CHECK(items[0].article->id == "-");
    CHECK(items[0].article->source == "-");
  }
  SECTION("JSON Lines under auto when the first non-space byte is '{'") {
    auto items = read_stream("\xEF\xBB\xBF\n\n  {\"text\":\"a\"}\n {\"text\":}\n");
    REQUIRE(items.size() == 2);
    REQUIRE(items[0].article);
    CHECK(items[0].article->id == "-:3");
    CHECK(items[0].article->line == 3);
    CHECK(items[0].article->source == "-");
    REQUIRE(items[1].error);
    CHECK(items[1].error->where.file == "-");
    CHECK(items[1].error->where.line == 4);
    CHECK(items[1].error->where.column == 10);
  }
  SECTION("columns on the first line count the sniffed spaces") {
    auto items = read_stream("  {\"text\":}");
    REQUIRE(items.size() == 1);
    REQUIRE(items[0].error);
    CHECK(items[0].error->where.line == 1);
    CHECK(items[0].error->where.column == 11);
  }
  SECTION("forced text on JSON") {
    auto items = read_stream("{\"text\":\"a\"}\n", InputFormat::kText);
    REQUIRE(items.size() == 1);
    REQUIRE(items[0].article);
    CHECK(items[0].article->text == "{\"text\":\"a\"}\n");
  }
  SECTION("forced JSON Lines on text") {
    auto items = read_stream("hello\n", InputFormat::kJsonLines);
    REQUIRE(items.size() == 1);
    REQUIRE(items[0].error);
    CHECK(items[0].error->code == ErrorCode::kParse);
    CHECK(items[0].error->where.line == 1);
  }
  SECTION("empty input") {
    for (const char* in : {"", " \n\t"}) {
      auto items = read_stream(in);
      REQUIRE(items.size() == 1);
      REQUIRE(items[0].error);
      CHECK(items[0].error->code == ErrorCode::kEmpty);
      CHECK(items[0].error->message == "empty input");
      CHECK(items[0].error->where.file == "-");
    }
  }
  SECTION("binary input") {
    auto items = read_stream(bytes("ab\0cd"));
    REQUIRE(items.size() == 1);
    REQUIRE(items[0].error);
    CHECK(items[0].error->code == ErrorCode::kBinary);
  }
}

TEST_CASE("InputStream: counts and the end of the stream", "[io][stream]") {
  std::istringstream s("{\"text\":\"a\"}\nnope\n{\"text\":\"b\"}\n");
  InputStream in(s, "stdin-copy", InputFormat::kAuto);
  InputItem item;
  int n = 0;
  while (in.next(item)) ++n;
  CHECK(n == 3);
  CHECK_FALSE(in.next(item));  // stays at the end
  CHECK_FALSE(item.article);
  CHECK_FALSE(item.error);
  CHECK(in.counts().files == 1);
  CHECK(in.counts().articles == 2);
  CHECK(in.counts().errors == 1);
}

TEST_CASE("make_text_article", "[io][text]") {
  auto r = make_text_article("abc", "id", "<text>");
  REQUIRE(r.ok());
  CHECK(r->id == "id");
  CHECK(r->source == "<text>");
  auto e = make_text_article("   ", "id", "<text>");
  REQUIRE_FALSE(e.ok());
  CHECK(e.error().message == "empty input");
  auto f = make_text_article("", "a.txt", "dir/a.txt");
  REQUIRE_FALSE(f.ok());
  CHECK(f.error().message == "empty file");
  CHECK(f.error().where.file == "dir/a.txt");
}

// Issue 8: hostile directory trees. Each special kind of entry is made in a
// temporary directory; the walk must end, read every article once, and tell
// on_skip (not the error stream) what it passed over.
namespace {

struct Walk {
  std::vector<std::string> briefs;
  std::vector<std::string> skips;  // "file: message"
  InputCounts counts;
};

Walk walk(const std::vector<std::string>& paths, InputOptions options = {}) {
  Walk w;
  options.on_skip = [&w](const Error& e) { w.skips.push_back(e.to_string()); };
  InputStream in(paths, std::move(options));
  for (const auto& item : read_all(in)) w.briefs.push_back(brief(item));
  w.counts = in.counts();
  return w;
}

}  // namespace

TEST_CASE("InputStream: link loops and second links to a directory are read once", "[io][stream][hostile]") {
  TempDir t;
  t.write("root/a.txt", "a");
  t.write("root/sub/b.txt", "b");
  t.write("outside/c.txt", "c");
  std::error_code ec;
  fs::create_directory_symlink(t.path() / "root", t.path() / "root" / "sub" / "loop", ec);
  if (ec) {
    WARN("cannot create symlinks here: " << ec.message());
    return;
  }
  fs::create_directory_symlink(t.path() / "root" / "sub", t.path() / "root" / "z-again");
  fs::create_directory_symlink(t.path() / "outside", t.path() / "root" / "linked");
  fs::create_directory_symlink("self", t.path() / "root" / "self");  // a link to itself

  Walk w = walk({(t.path() / "root").string()});
  CHECK(w.briefs == std::vector<std::string>{"A a.txt", "A linked/c.txt",
                                             "E io " + (t.path() / "root" / "self").string(), "A sub/b.txt"});
  CHECK(w.counts.skipped == std::map<std::string, size_t>{{"directory seen before", 2}});
  REQUIRE(w.skips.size() == 2);
  CHECK_THAT(w.skips[0], Catch::Contains("sub/loop") && Catch::Contains("already read"));
  CHECK_THAT(w.skips[1], Catch::Contains("z-again"));
}

TEST_CASE("InputStream: FIFOs, sockets and devices in a walk are passed over with a message",
          "[io][stream][hostile]") {
  TempDir t;
  t.write("d/a.txt", "a");
  t.write("d/z.txt", "z");
  std::vector<std::string> made;
  if (::mkfifo((t.path() / "d" / "fifo").c_str(), 0644) == 0) made.push_back("fifo");
  // A socket: bind a UNIX socket to a path inside the directory.
  int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  const std::string sock = (t.path() / "d" / "sock").string();
  if (fd >= 0 && sock.size() < sizeof addr.sun_path) {
    std::strncpy(addr.sun_path, sock.c_str(), sizeof addr.sun_path - 1);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) made.push_back("sock");
  }
  // A character device (the same as /dev/null); needs root, else skipped.
  if (::mknod((t.path() / "d" / "null-dev").c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0)
    made.push_back("null-dev");
  // A link to a FIFO counts as the FIFO.
  if (!made.empty() && made[0] == "fifo") {
    fs::create_symlink(t.path() / "d" / "fifo", t.path() / "d" / "link-to-fifo");
    made.push_back("link-to-fifo");
  }
  if (made.size() < 4) WARN("made only " << made.size() << " of 4 special files here");

  Walk w = walk({(t.path() / "d").string()});
  if (fd >= 0) ::close(fd);
  CHECK(w.briefs == std::vector<std::string>{"A a.txt", "A z.txt"});
  CHECK(w.counts.skipped["special file"] == made.size());
  std::sort(made.begin(), made.end());
  REQUIRE(w.skips.size() == made.size());
  for (size_t i = 0; i < made.size(); ++i) {
    CHECK_THAT(w.skips[i], Catch::Contains("/d/" + made[i]) && Catch::Contains("not a regular file; skipped"));
  }
}

TEST_CASE("InputStream: archives in a walk, members read by their kind", "[io][stream][archive]") {
  TempDir t;
  using solieu::test::gzip;
  t.write("in/a.txt", "một");
  t.write("in/b.tar.gz", solieu::test::make_archive(
                             "tar.gz", {{"x.txt", "Hai 5 km"}, {"n/y.jsonl", "{\"text\":\"l1\"}\n\n{\"id\":\"q\",\"text\":\"l3\"}\n"},
                                        {"empty.txt", ""}}));
  t.write("in/c.warc.gz",
          gzip(solieu::test::warc_record("request", "https://a.vn/1", "GET / HTTP/1.1\r\n\r\n", "2024-01-01T00:00:00Z",
                                         "application/http; msgtype=request")) +
              gzip(solieu::test::warc_record(
                  "response", "https://a.vn/1",
                  solieu::test::http_response("text/html", "<html><body><p>Ba 7 hộ.</p></body></html>"))));
  const std::string dir = (t.path() / "in").string();
  Walk w = walk({dir});
  REQUIRE(w.briefs.size() == 6);
  CHECK(w.briefs[0] == "A a.txt");
  CHECK(w.briefs[1] == "A b.tar.gz#x.txt");
  CHECK(w.briefs[2] == "A b.tar.gz#n/y.jsonl:1");
  CHECK(w.briefs[3] == "A q");
  CHECK(w.briefs[4] == "E empty " + dir + "/b.tar.gz#empty.txt");
  // The WARC response goes to the HTML reader: an article or its error, under the archive#URI source.
  CHECK_THAT(w.briefs[5], Catch::Contains("c.warc.gz#https://a.vn/1"));
  CHECK(w.counts.archives == 2);
  CHECK(w.counts.members == 4);
  CHECK(w.counts.skipped == std::map<std::string, size_t>{{"WARC request", 1}});

  InputStream in({dir + "/b.tar.gz"}, InputFormat::kAuto);
  auto items = read_all(in);
  REQUIRE(items.size() == 4);
  REQUIRE(items[2].article);
  CHECK(items[2].article->source == dir + "/b.tar.gz#n/y.jsonl");
  CHECK(items[2].article->line == 3);
  CHECK(items[2].article->text == "l3");
}

// Regression: VISCII text holds accidental UTF-8 sequences ("ườ" is DF B6),
// and the reader once took any such file for damaged UTF-8 and refused it.
TEST_CASE("InputStream: every legacy-encoded corpus file is decoded, none refused", "[io][stream]") {
  const fs::path dir = fs::path(SOLIEU_SOURCE_DIR) / "corpus" / "encoded";
  REQUIRE(fs::is_directory(dir));
  InputStream in({dir.string()}, InputFormat::kAuto);
  size_t decoded = 0;
  for (const InputItem& item : read_all(in)) {
    REQUIRE(item.article);
    const Article& a = *item.article;
    // 01-ntm-ham-yen.viscii.txt: the encoding named before ".txt".
    const std::string stem = fs::path(a.source).stem().string();
    const std::string named = stem.substr(stem.rfind('.') + 1);
    INFO(a.source << " read as '" << a.encoding << "'");
    if (named == "viscii" || named == "vni" || named == "tcvn3" || named == "windows-1258") {
      CHECK(a.encoding == named);
      ++decoded;
    }
    if (named != "utf-16le") CHECK(a.text.find("đ") != std::string::npos);  // UTF-16 is the normalizer's
  }
  CHECK(decoded >= 40);
}

TEST_CASE("InputStream: UTF-8 with one stray byte stays UTF-8 for the normalizer", "[io][stream]") {
  TempDir t;
  const std::string bytes = "Huyện đã làm được 25 km đường \xFF giao thông nông thôn.";
  fs::path p = t.write("stray.txt", bytes);
  InputStream in({p.string()}, InputFormat::kAuto);
  auto items = read_all(in);
  REQUIRE(items.size() == 1);
  REQUIRE(items[0].article);
  CHECK(items[0].article->text == bytes);
  CHECK(items[0].article->encoding.empty());
}

TEST_CASE("InputStream: a document over the reader's limit is refused by name, the rest read",
          "[io][stream][hostile][limits]") {
  TempDir t;
  InputOptions options;
  options.max_document_bytes = 64;
  const std::string big(100, 'x');
  SECTION("a file larger than the limit is refused by its size, the next file read") {
    fs::path a = t.write("a.txt", "Làm " + big + " km.");
    fs::path b = t.write("b.txt", "Làm 5 km đường.");
    InputStream in({a.string(), b.string()}, options);
    auto items = read_all(in);
    REQUIRE(items.size() == 2);
    REQUIRE(items[0].error);
    CHECK(items[0].error->where.file == a.string());
    CHECK_THAT(items[0].error->message, Catch::Contains("over the reader's limit of 64 bytes"));
    REQUIRE(items[1].article);
    CHECK(items[1].article->text == "Làm 5 km đường.");
  }
  SECTION("a file exactly at the limit is read") {
    fs::path a = t.write("a.txt", std::string(64, 'y'));
    InputStream in({a.string()}, options);
    auto items = read_all(in);
    REQUIRE(items.size() == 1);
    REQUIRE(items[0].article);
    CHECK(items[0].article->text.size() == 64);
  }
  SECTION("a JSON line over the limit is dropped with its line number; the lines around it are read") {
    fs::path p = t.write("news.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"big\",\"text\":\"" + big +
                                           "\"}\n{\"id\":\"c\",\"text\":\"y\"}\n");
    InputStream in({p.string()}, options);
    auto items = read_all(in);
    REQUIRE(items.size() == 3);
    REQUIRE(items[0].article);
    CHECK(items[0].article->id == "a");
    REQUIRE(items[1].error);
    CHECK(items[1].error->where.file == p.string());
    CHECK(items[1].error->where.line == 2);
    CHECK_THAT(items[1].error->message, Catch::Contains("the line is 122 bytes"));
    REQUIRE(items[2].article);
    CHECK(items[2].article->id == "c");
    CHECK(items[2].article->line == 3);
  }
  SECTION("a line longer than the reader's 64 KiB chunk is read whole when under the limit") {
    options.max_document_bytes = 1 << 20;
    const std::string long_text(200000, 'z');
    fs::path p = t.write("long.jsonl", "{\"text\":\"" + long_text + "\"}\n{\"text\":\"b\"}");
    InputStream in({p.string()}, options);
    auto items = read_all(in);
    REQUIRE(items.size() == 2);
    REQUIRE(items[0].article);
    CHECK(items[0].article->text == long_text);
    REQUIRE(items[1].article);
    CHECK(items[1].article->text == "b");
  }
  SECTION("a document on a stream over the limit is refused") {
    std::istringstream s("Làm " + big + " km.");
    InputStream in(s, "-", options);
    auto items = read_all(in);
    REQUIRE(items.size() == 1);
    REQUIRE(items[0].error);
    CHECK(items[0].error->where.file == "-");
    CHECK_THAT(items[0].error->message, Catch::Contains("over the reader's limit"));
  }
}
