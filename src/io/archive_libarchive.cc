// tar and zip archives through libarchive, one member at a time.
//
// Only regular files are members; directories, links, devices and hidden
// names (a path part starting with '.', or macOS's __MACOSX folder) are
// passed over. A member's data is read in chunks and checked against the
// expansion limits as it comes, with the compressed bytes taken from
// libarchive's count of raw bytes read (plus a read-ahead allowance, since
// libarchive reads in blocks).
//
// After a fatal error libarchive can read nothing more from that handle. A
// zip has a central directory, so the reader opens it again and carries on
// with the member after the bad one; a tar stream cannot be entered in the
// middle, so the error ends the archive (docs/inputs.md).

#include <archive.h>
#include <archive_entry.h>

#include <string>
#include <string_view>
#include <vector>

#include "io/archive_readers.h"
#include "io/expansion_guard.h"

namespace solieu {
namespace {

// libarchive reads ahead in blocks (10 KiB for files, more through
// filters); a member's compressed size is only known to within this.
constexpr uint64_t kReadAheadAllowance = 64 * 1024;
constexpr size_t kDataChunk = 64 * 1024;

bool is_hidden_member(std::string_view name) {
  size_t start = 0;
  while (start < name.size()) {
    size_t slash = name.find('/', start);
    std::string_view part = name.substr(start, slash == std::string_view::npos ? name.npos : slash - start);
    if ((!part.empty() && part[0] == '.' && part != "." && part != "..") || part == "__MACOSX") return true;
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return false;
}

class LibarchiveReader final : public ArchiveReader {
 public:
  LibarchiveReader(std::string path, std::string_view memory, std::string name, const ArchiveLimits& limits,
                   ArchiveKind kind)
      : path_(std::move(path)), memory_(memory), name_(std::move(name)), limits_(limits), kind_(kind),
        chunk_(kDataChunk) {}
  ~LibarchiveReader() override { close(); }

  bool next(ArchiveItem& item) override {
    if (done_) return false;
    if (!a_ && !open(item)) return true;
    for (;;) {
      archive_entry* entry = nullptr;
      int rc = archive_read_next_header(a_, &entry);
      if (rc == ARCHIVE_EOF) {
        done_ = true;
        close();
        return false;
      }
      if (rc == ARCHIVE_RETRY && ++retries_ < 3) continue;
      if (rc < ARCHIVE_WARN) {
        // The archive's structure is broken here: nothing after it can be
        // trusted to be found.
        std::string message = error_text("cannot read the next member");
        done_ = true;
        close();
        return fail(item, Error{ErrorCode::kParse,
                                message + (last_name_.empty() ? "" : " (after member " + last_name_ + ")"),
                                Location{name_, 0, 0}, ""});
      }
      retries_ = 0;
      ++index_;
      if (index_ <= resume_after_) {  // reopened: members already handed out
        archive_read_data_skip(a_);
        continue;
      }
      const char* raw = archive_entry_pathname_utf8(entry);
      if (!raw) raw = archive_entry_pathname(entry);
      std::string member = raw ? raw : "member " + std::to_string(index_);
      last_name_ = member;
      if (archive_entry_filetype(entry) != AE_IFREG || is_hidden_member(member)) {
        archive_read_data_skip(a_);
        continue;
      }
      const std::string where = name_ + "#" + member;
      if (archive_entry_size_is_set(entry) &&
          static_cast<uint64_t>(archive_entry_size(entry)) > limits_.max_member_bytes) {
        archive_read_data_skip(a_);
        return fail(item, Error{ErrorCode::kParse,
                                "member of " + std::to_string(archive_entry_size(entry)) +
                                    " bytes, past the member size limit of " +
                                    std::to_string(limits_.max_member_bytes >> 20) + " MiB; skipped",
                                Location{where, 0, 0}, ""});
      }
      ArchiveMember m;
      m.name = member;
      std::string problem;
      const int data_rc = read_data(m.bytes, problem);
      if (data_rc == ARCHIVE_FATAL) {
        // A zip can be entered again after the bad member; tar cannot.
        if (kind_ == ArchiveKind::kZip) {
          resume_after_ = index_;
          index_ = 0;
          close();
        } else {
          done_ = true;
          close();
          problem += "; the rest of the archive cannot be read";
        }
        return fail(item, Error{ErrorCode::kParse, problem, Location{where, 0, 0}, ""});
      }
      if (!problem.empty()) {
        archive_read_data_skip(a_);
        return fail(item, Error{ErrorCode::kParse, problem, Location{where, 0, 0}, ""});
      }
      ++counts_.members;
      item.member = std::move(m);
      return true;
    }
  }

 private:
  bool open(ArchiveItem& item) {
    a_ = archive_read_new();
    archive_read_support_filter_all(a_);
    if (kind_ == ArchiveKind::kZip) {
      archive_read_support_format_zip(a_);
    } else if (kind_ == ArchiveKind::kTar) {
      archive_read_support_format_tar(a_);
      archive_read_support_format_gnutar(a_);
    } else {
      archive_read_support_format_tar(a_);
      archive_read_support_format_gnutar(a_);
      archive_read_support_format_zip(a_);
    }
    const int rc = path_.empty() ? archive_read_open_memory(a_, memory_.data(), memory_.size())
                                 : archive_read_open_filename(a_, path_.c_str(), 64 * 1024);
    if (rc != ARCHIVE_OK) {
      std::string message = error_text("cannot open the archive");
      done_ = true;
      close();
      fail(item, Error{ErrorCode::kIo, message, Location{name_, 0, 0}, ""});
      return false;
    }
    return true;
  }

  // The member's data onto `out`. ARCHIVE_OK, or a problem: ARCHIVE_FATAL
  // when the handle is dead, else ARCHIVE_FAILED with the data skipped.
  int read_data(std::string& out, std::string& problem) {
    const int64_t raw_before = archive_filter_bytes(a_, -1);
    for (;;) {
      la_ssize_t n = archive_read_data(a_, chunk_.data(), chunk_.size());
      if (n == 0) return ARCHIVE_OK;
      if (n < 0) {
        if (n == ARCHIVE_WARN) continue;  // e.g. a bad CRC was already reported as an error below
        problem = error_text("the member's data cannot be read");
        return n == ARCHIVE_FATAL ? ARCHIVE_FATAL : ARCHIVE_FAILED;
      }
      out.append(chunk_.data(), static_cast<size_t>(n));
      const int64_t raw = archive_filter_bytes(a_, -1) - raw_before;
      if (auto why = expansion_problem(out.size(), static_cast<uint64_t>(raw > 0 ? raw : 0) + kReadAheadAllowance,
                                       limits_)) {
        problem = "member " + *why;
        out.clear();
        return ARCHIVE_FAILED;
      }
    }
  }

  std::string error_text(const char* fallback) const {
    const char* e = a_ ? archive_error_string(a_) : nullptr;
    return e && *e ? std::string(e) : std::string(fallback);
  }

  bool fail(ArchiveItem& item, Error e) {
    ++counts_.failed;
    item.error = std::move(e);
    return true;
  }

  void close() {
    if (a_) archive_read_free(a_);
    a_ = nullptr;
  }

  std::string path_;
  std::string_view memory_;
  std::string name_;
  ArchiveLimits limits_;
  ArchiveKind kind_;
  std::vector<char> chunk_;
  archive* a_ = nullptr;
  bool done_ = false;
  int retries_ = 0;
  uint64_t index_ = 0;         // headers read since (re)opening
  uint64_t resume_after_ = 0;  // after a reopen: headers to pass over
  std::string last_name_;
};

}  // namespace

std::unique_ptr<ArchiveReader> make_libarchive_reader(std::string path, std::string_view memory, std::string name,
                                                      const ArchiveLimits& limits, ArchiveKind kind) {
  return std::make_unique<LibarchiveReader>(std::move(path), memory, std::move(name), limits, kind);
}

}  // namespace solieu
