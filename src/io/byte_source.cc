#include "io/byte_source.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace solieu {
namespace {

class FileSource final : public ByteSource {
 public:
  explicit FileSource(const std::string& path) {
    errno = 0;
    f_ = std::fopen(path.c_str(), "rb");
    if (!f_) error_ = std::string("cannot open: ") + (errno ? std::strerror(errno) : "unknown error");
  }
  ~FileSource() override {
    if (f_) std::fclose(f_);
  }
  size_t read(char* buf, size_t n) override {
    if (!f_) return 0;
    size_t got = std::fread(buf, 1, n, f_);
    if (got < n && std::ferror(f_)) error_ = std::string("read error: ") + std::strerror(errno);
    return got;
  }
  bool seek(uint64_t offset) override {
    return f_ && fseeko(f_, static_cast<off_t>(offset), SEEK_SET) == 0;
  }

 private:
  std::FILE* f_ = nullptr;
};

class MemorySource final : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
  size_t read(char* buf, size_t n) override {
    size_t got = std::min(n, bytes_.size() - pos_);
    std::memcpy(buf, bytes_.data() + pos_, got);
    pos_ += got;
    return got;
  }
  bool seek(uint64_t offset) override {
    if (offset > bytes_.size()) return false;
    pos_ = static_cast<size_t>(offset);
    return true;
  }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

}  // namespace

std::unique_ptr<ByteSource> ByteSource::file(const std::string& path) {
  return std::make_unique<FileSource>(path);
}

std::unique_ptr<ByteSource> ByteSource::memory(std::string_view bytes) {
  return std::make_unique<MemorySource>(bytes);
}

}  // namespace solieu
