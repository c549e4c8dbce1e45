#include "cli/progress.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace solieu::cli {
namespace {

// 1234567 -> "1,234,567": counts read at a glance.
std::string grouped(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string fixed1(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// 65 -> "1m05s", 3700 -> "1h01m".
std::string duration(double seconds) {
  const long s = std::lround(seconds);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, (s % 3600) / 60);
  else if (s >= 60) std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%lds", s);
  return buf;
}

}  // namespace

std::string progress_line(size_t articles, uint64_t bytes, double seconds, uint64_t total_bytes) {
  const double mb = static_cast<double>(bytes) / 1e6;
  std::string line = grouped(articles) + (articles == 1 ? " article  " : " articles  ") + fixed1(mb) + " MB";
  const double rate = seconds > 0 ? mb / seconds : 0;
  line += "  " + (seconds > 0 ? fixed1(rate) : std::string("-")) + " MB/s";
  if (total_bytes > 0) {
    // Article text is a little smaller than its file (JSON, a BOM): never past 100%.
    const double share = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(total_bytes));
    line += "  " + std::to_string(static_cast<int>(share * 100)) + "%";
    if (rate > 0) {
      const double left = static_cast<double>(total_bytes > bytes ? total_bytes - bytes : 0) / 1e6 / rate;
      line += "  ETA " + duration(left);
    }
  }
  return line;
}

uint64_t total_input_bytes(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  if (paths.empty()) return 0;
  uint64_t total = 0;
  for (const std::string& p : paths) {
    if (p == "-") return 0;
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec)) total += it->file_size(ec);
    } else if (fs::is_regular_file(p, ec)) {
      total += fs::file_size(p, ec);
    }
  }
  return total;
}

Progress::Progress(std::FILE* out, uint64_t total_bytes, bool enabled)
    : out_(out), total_(total_bytes), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void Progress::add(uint64_t bytes) {
  ++articles_;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  // Five redraws a second are plenty, and keep the terminal out of the profile.
  if (articles_ > 1 && now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  const std::string line = progress_line(articles_, bytes_, std::chrono::duration<double>(now - start_).count(), total_);
  // Pad over a longer previous line rather than clear it: no flicker.
  std::string padded = line;
  if (padded.size() < drawn_width_) padded.append(drawn_width_ - padded.size(), ' ');
  drawn_width_ = line.size();
  std::fprintf(out_, "\r%s", padded.c_str());
  std::fflush(out_);
}

void Progress::finish() {
  if (!enabled_ || drawn_width_ == 0) return;
  std::fprintf(out_, "\r%s\r", std::string(drawn_width_, ' ').c_str());
  std::fflush(out_);
  drawn_width_ = 0;
}

}  // namespace solieu::cli
