#include "cli/output_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <system_error>
#include <unistd.h>

namespace solieu::cli {

OutputFile::OutputFile(const std::string& path) : path_(path) {
  if (path.empty() || path == "-") return;
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (!ec && fs::exists(st) && !fs::is_regular_file(st) && !fs::is_directory(st)) {
    target_ = path;
  } else {
    const fs::path p(path);
    const fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    target_ = (dir / ("." + p.filename().string() + ".tmp." + std::to_string(::getpid()))).string();
  }
  errno = 0;
  file_ = std::make_unique<std::ofstream>(target_, std::ios::binary | std::ios::trunc);
  if (!*file_) error_ = "cannot write " + path + ": " + (errno ? std::strerror(errno) : "cannot open");
}

OutputFile::~OutputFile() {
  std::error_code ec;
  if (file_ && !committed_ && target_ != path_) std::filesystem::remove(target_, ec);
}

std::ostream& OutputFile::stream() { return file_ ? *file_ : std::cout; }

bool OutputFile::commit() {
  if (!file_) {
    std::cout.flush();
    if (!std::cout) error_ = "cannot write to stdout";
    return std::cout.good();
  }
  file_->close();
  if (!*file_) {
    error_ = "cannot write " + path_;
    return false;
  }
  std::error_code ec;
  if (target_ != path_) std::filesystem::rename(target_, path_, ec);
  if (ec) {
    error_ = "cannot rename " + target_ + " to " + path_ + ": " + ec.message();
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace solieu::cli
