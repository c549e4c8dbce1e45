// Helpers for the CLI tests: a temporary directory, files in it, and runs of
// the real `solieu` binary (SOLIEU_BINARY) through /bin/sh with stdout and
// stderr captured to files.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace solieu::test {

namespace fs = std::filesystem;

// The patterns shipped in the repository; every run names them explicitly,
// so neither $SOLIEU_PATTERNS nor the binary's location matters.
inline std::string patterns_dir() { return std::string(SOLIEU_SOURCE_DIR) + "/patterns/vi"; }

// A string literal's bytes, embedded NULs included (not the terminator).
template <size_t N>
std::string bytes(const char (&s)[N]) {
  return std::string(s, N - 1);
}

// Single-quoted for /bin/sh.
inline std::string quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_file(const fs::path& path, std::string_view data) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

// The names in a directory (not recursive), sorted.
inline std::set<std::string> list_dir(const fs::path& dir) {
  std::set<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
  return out;
}

// A fresh directory under the system temp dir, removed (with everything in
// it, permissions restored first) when the test ends.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    path_ = fs::temp_directory_path() / ("solieu-cli-test-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(stamp) + "-" + std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(path_, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_directory(ec) && !it->is_symlink(ec))
        fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    }
    // Directories locked with chmod 000 are not entered above: open them first.
    for (const auto& p : locked_) fs::permissions(p, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

  // Writes `data` at `name` (parents created); returns the full path.
  fs::path write(const std::string& name, std::string_view data) const {
    fs::path p = path_ / name;
    write_file(p, data);
    return p;
  }
  // A directory nobody may read (chmod 000), unlocked again on removal.
  fs::path locked_dir(const std::string& name) {
    fs::path p = path_ / name;
    fs::create_directories(p);
    fs::permissions(p, fs::perms::none, fs::perm_options::replace);
    locked_.push_back(p);
    return p;
  }

 private:
  fs::path path_;
  std::vector<fs::path> locked_;
};

struct RunResult {
  int exit_code = -1;  // the process's exit status; -1 when it did not exit normally
  std::string out;
  std::string err;
  std::string command;
};

// Runs `solieu ARGS` in `cwd` through /bin/sh; `stdin_from` is a shell
// command piped in ("printf ..."), or "" for no stdin (/dev/null). `args` is
// pasted into the shell command as is: quote paths with quote().
inline RunResult run_solieu(const fs::path& cwd, const std::string& args, const std::string& stdin_from = "") {
  static std::atomic<int> counter{0};
  const std::string tag = std::to_string(::getpid()) + "-" + std::to_string(counter++);
  const fs::path out = fs::temp_directory_path() / ("solieu-cli-out-" + tag);
  const fs::path err = fs::temp_directory_path() / ("solieu-cli-err-" + tag);
  RunResult r;
  r.command = "cd " + quote(cwd.string()) + " && " + (stdin_from.empty() ? "" : stdin_from + " | ") +
              quote(SOLIEU_BINARY) + " " + args + (stdin_from.empty() ? " </dev/null" : "") + " >" +
              quote(out.string()) + " 2>" + quote(err.string());
  const int status = std::system(r.command.c_str());
  if (status != -1 && WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  r.out = read_file(out);
  r.err = read_file(err);
  std::error_code ec;
  fs::remove(out, ec);
  fs::remove(err, ec);
  return r;
}

// `solieu extract ARGS --patterns <repo patterns>`.
inline RunResult run_extract(const fs::path& cwd, const std::string& args, const std::string& stdin_from = "") {
  return run_solieu(cwd, "extract " + args + " --patterns " + quote(patterns_dir()), stdin_from);
}

// Every non-empty stdout line as JSON (a parse error throws, failing the test).
inline std::vector<nlohmann::json> records(const std::string& out) {
  std::vector<nlohmann::json> rs;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) rs.push_back(nlohmann::json::parse(line));
  return rs;
}

inline std::vector<std::string> ids(const std::vector<nlohmann::json>& rs) {
  std::vector<std::string> out;
  for (const auto& r : rs) out.push_back(r.at("id").get<std::string>());
  return out;
}

// The quantity of a record whose "text" is `text`, or nullptr.
inline const nlohmann::json* quantity(const nlohmann::json& record, const std::string& text) {
  for (const auto& q : record.at("quantities"))
    if (q.at("text") == text) return &q;
  return nullptr;
}

inline std::string summary(size_t read, size_t written, size_t failed, size_t skipped = 0) {
  return "solieu: " + std::to_string(read) + " articles read, " + std::to_string(written) + " written, " +
         std::to_string(skipped) + " skipped, " + std::to_string(failed) + " failed (read = written + skipped + failed)";
}

}  // namespace solieu::test
