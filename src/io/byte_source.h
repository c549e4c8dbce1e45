// Where an archive's bytes come from: a file read in chunks, or bytes already
// in memory (tests, fuzzers). Both can seek, so that a reader can go back to
// just after a bad gzip header and look for the next one.
//
// Internal to the reader stage. Not thread-safe.
//
//   auto src = ByteSource::file("site.warc.gz");
//   char buf[4096];
//   size_t n = src->read(buf, sizeof buf);   // 0 at the end or on an error; see error()
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace solieu {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Up to `n` bytes into `buf`; 0 at the end or on a read error.
  virtual size_t read(char* buf, size_t n) = 0;
  // To an absolute offset; false when that is not possible.
  virtual bool seek(uint64_t offset) = 0;
  // Non-empty after a read or open error.
  const std::string& error() const { return error_; }

  // A file, or a source whose error() says why it could not be opened.
  static std::unique_ptr<ByteSource> file(const std::string& path);
  // `bytes` must outlive the source.
  static std::unique_ptr<ByteSource> memory(std::string_view bytes);

 protected:
  std::string error_;
};

}  // namespace solieu
