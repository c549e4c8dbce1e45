// A gzip file read as what it is: a sequence of gzip members (a .warc.gz has
// one per record), inflated with zlib one member at a time.
//
// Unlike a plain gzip stream reader, it survives damage: a member that does
// not inflate (bad data, bad checksum) or that passes the expansion limits
// is reported as a kBad chunk naming the member, and reading resumes at the
// next gzip header (bytes 1f 8b 08) after the bad member's start. A file
// that ends inside a member gives a kBad chunk ("truncated") and then kEnd.
//
// Internal to the reader stage. Not thread-safe.
//
//   GzipMembers gz(*source, limits);
//   for (auto c = gz.next(); c.event != GzipMembers::kEnd; c = gz.next())
//     if (c.event == GzipMembers::kData) consume(c.data);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <zlib.h>

#include "io/archive.h"
#include "io/byte_source.h"

namespace solieu {

class GzipMembers {
 public:
  enum Event { kData, kMemberEnd, kBad, kEnd };
  struct Chunk {
    Event event = kEnd;
    std::string_view data;  // kData: valid until the next call
    std::string message;    // kBad: what went wrong, naming the member
  };

  GzipMembers(ByteSource& source, const ArchiveLimits& limits);
  ~GzipMembers();
  GzipMembers(const GzipMembers&) = delete;
  GzipMembers& operator=(const GzipMembers&) = delete;

  Chunk next();
  // 1-based number of the member being read (or last read).
  uint64_t member() const { return member_; }

 private:
  enum class State { kBetween, kInMember, kResync, kDone };
  bool fill();  // more input; false at the end of the source
  uint64_t offset() const { return in_offset_ + in_pos_; }  // file offset of the next input byte
  Chunk bad(std::string message, bool resync);
  bool seek_to(uint64_t offset);

  ByteSource& source_;
  ArchiveLimits limits_;
  z_stream z_{};
  bool z_ready_ = false;
  std::vector<char> in_, out_;
  size_t in_len_ = 0, in_pos_ = 0;
  uint64_t in_offset_ = 0;  // file offset of in_[0]
  State state_ = State::kBetween;
  bool pending_end_ = false;
  std::optional<std::string> pending_bad_;  // kBad owed after the last kData  // kMemberEnd is owed after the last kData
  uint64_t member_ = 0, member_start_ = 0, member_in_ = 0, member_out_ = 0;
};

}  // namespace solieu
