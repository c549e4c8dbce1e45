#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "cli/config.h"

namespace solieu::cli {

std::string default_patterns_dir(const char* argv0) {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("SOLIEU_PATTERNS"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::canonical("/proc/self/exe", ec);
  if (ec) exe = fs::absolute(argv0, ec);
  // An installed or built binary: look for patterns/vi above it.
  for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
    fs::path candidate = dir / "patterns" / "vi";
    if (fs::is_directory(candidate, ec)) return candidate.string();
    candidate = dir / "share" / "solieu" / "patterns" / "vi";
    if (fs::is_directory(candidate, ec)) return candidate.string();
  }
  return std::string(SOLIEU_DEFAULT_PATTERNS) + "/vi";
}

}  // namespace solieu::cli
