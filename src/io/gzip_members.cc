#include "io/gzip_members.h"

#include <cstring>

#include "io/expansion_guard.h"

namespace solieu {
namespace {

constexpr size_t kInChunk = 256 * 1024;
constexpr size_t kOutChunk = 256 * 1024;
constexpr unsigned char kMagic[3] = {0x1f, 0x8b, 0x08};  // gzip, deflate

}  // namespace

GzipMembers::GzipMembers(ByteSource& source, const ArchiveLimits& limits)
    : source_(source), limits_(limits), in_(kInChunk), out_(kOutChunk) {
  // One member may hold a whole WARC file (some tools gzip it as one
  // stream): the size limit is the WARC reader's, per record; only the
  // expansion ratio is checked here.
  limits_.max_member_bytes = UINT64_MAX;
  // 16 + 15: gzip framing only, the largest window.
  z_ready_ = inflateInit2(&z_, 16 + 15) == Z_OK;
  if (!z_ready_) state_ = State::kDone;
}

GzipMembers::~GzipMembers() {
  if (z_ready_) inflateEnd(&z_);
}

bool GzipMembers::fill() {
  // Keep what is not yet consumed at the front.
  if (in_pos_ > 0) {
    std::memmove(in_.data(), in_.data() + in_pos_, in_len_ - in_pos_);
    in_offset_ += in_pos_;
    in_len_ -= in_pos_;
    in_pos_ = 0;
  }
  size_t got = source_.read(in_.data() + in_len_, in_.size() - in_len_);
  in_len_ += got;
  return got > 0;
}

bool GzipMembers::seek_to(uint64_t offset) {
  if (offset >= in_offset_ && offset <= in_offset_ + in_len_) {
    in_pos_ = static_cast<size_t>(offset - in_offset_);
    return true;
  }
  if (!source_.seek(offset)) return false;
  in_offset_ = offset;
  in_len_ = in_pos_ = 0;
  return true;
}

GzipMembers::Chunk GzipMembers::bad(std::string message, bool resync) {
  Chunk c;
  c.event = kBad;
  c.message = std::move(message);
  if (resync && seek_to(member_start_ + 1))
    state_ = State::kResync;
  else
    state_ = State::kDone;
  return c;
}

GzipMembers::Chunk GzipMembers::next() {
  if (pending_bad_) {
    std::string message = std::move(*pending_bad_);
    pending_bad_.reset();
    return bad(std::move(message), true);
  }
  if (pending_end_) {
    pending_end_ = false;
    Chunk c;
    c.event = kMemberEnd;
    return c;
  }
  for (;;) {
    switch (state_) {
      case State::kDone:
        return Chunk{};

      case State::kBetween: {
        while (in_len_ - in_pos_ < 3 && fill()) {
        }
        const size_t avail = in_len_ - in_pos_;
        if (avail == 0) {
          state_ = State::kDone;
          if (!source_.error().empty()) return bad(source_.error(), false);
          return Chunk{};
        }
        if (avail < 3 || std::memcmp(in_.data() + in_pos_, kMagic, 3) != 0) {
          member_start_ = offset();
          return bad("bytes that are not a gzip member at offset " + std::to_string(offset()) +
                         " (after member " + std::to_string(member_) + ")",
                     true);
        }
        ++member_;
        member_start_ = offset();
        member_in_ = member_out_ = 0;
        inflateReset(&z_);
        state_ = State::kInMember;
        break;
      }

      case State::kResync: {
        // Look for the next gzip header; the last two bytes of a buffer are
        // kept so that a header split across two reads is still seen.
        for (;;) {
          const char* begin = in_.data() + in_pos_;
          const char* end = in_.data() + in_len_;
          const char* hit = nullptr;
          for (const char* p = begin; p + 3 <= end; ++p)
            if (std::memcmp(p, kMagic, 3) == 0) {
              hit = p;
              break;
            }
          if (hit) {
            in_pos_ = static_cast<size_t>(hit - in_.data());
            state_ = State::kBetween;
            break;
          }
          if (in_len_ - in_pos_ > 2) in_pos_ = in_len_ - 2;
          if (!fill()) {
            state_ = State::kDone;
            return Chunk{};
          }
        }
        break;
      }

      case State::kInMember: {
        if (in_pos_ == in_len_ && !fill()) {
          if (!source_.error().empty()) return bad(source_.error(), false);
          return bad("truncated: the file ends inside gzip member " + std::to_string(member_) +
                         " (starting at offset " + std::to_string(member_start_) + ")",
                     false);
        }
        z_.next_in = reinterpret_cast<Bytef*>(in_.data() + in_pos_);
        z_.avail_in = static_cast<uInt>(in_len_ - in_pos_);
        z_.next_out = reinterpret_cast<Bytef*>(out_.data());
        z_.avail_out = static_cast<uInt>(out_.size());
        const int rc = inflate(&z_, Z_NO_FLUSH);
        const size_t used = (in_len_ - in_pos_) - z_.avail_in;
        const size_t made = out_.size() - z_.avail_out;
        in_pos_ += used;
        member_in_ += used;
        member_out_ += made;
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
          std::string message = "corrupt gzip member " + std::to_string(member_) + " at offset " +
                                std::to_string(member_start_) + ": " + (z_.msg ? z_.msg : "inflate failed");
          if (made > 0) {
            // What came out before the damage goes first, so that the WARC
            // reader can name the record it cuts.
            pending_bad_ = std::move(message);
            Chunk c;
            c.event = kData;
            c.data = std::string_view(out_.data(), made);
            return c;
          }
          return bad("corrupt gzip member " + std::to_string(member_) + " at offset " +
                         std::to_string(member_start_) + ": " + (z_.msg ? z_.msg : "inflate failed"),
                     true);
        }
        // The header and trailer count as compressed bytes too; a member
        // is small when it is honest, so this hardly matters for the ratio.
        if (auto why = expansion_problem(member_out_, member_in_, limits_))
          return bad("gzip member " + std::to_string(member_) + " at offset " +
                         std::to_string(member_start_) + " " + *why,
                     true);
        if (rc == Z_STREAM_END) state_ = State::kBetween;
        if (made > 0) {
          Chunk c;
          c.event = kData;
          c.data = std::string_view(out_.data(), made);
          if (rc == Z_STREAM_END) pending_end_ = true;
          return c;
        }
        if (rc == Z_STREAM_END) {
          Chunk c;
          c.event = kMemberEnd;
          return c;
        }
        break;
      }
    }
  }
}

}  // namespace solieu
