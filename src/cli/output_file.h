// The CLI's output file: stdout, or a temporary file beside FILE renamed
// over it by commit(), so a reader never sees half a result. A FILE that
// exists and is not a regular file (/dev/null, a FIFO, a terminal) is written
// in place: renaming over it would replace the device itself.
//
// Used by the subcommands that write one result file; not thread-safe.
//
//   OutputFile out(path);               // "" or "-" for stdout
//   if (!out.error().empty()) fail(out.error());
//   out.stream() << ...;  if (!out.commit()) fail(out.error());
#pragma once

#include <fstream>
#include <memory>
#include <ostream>
#include <string>

namespace solieu::cli {

class OutputFile {
 public:
  explicit OutputFile(const std::string& path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Why opening or writing failed ("cannot write out.jsonl: Permission denied"); empty when all is well.
  const std::string& error() const { return error_; }
  std::ostream& stream();
  // Flushes, and puts the file in place; false (with error()) when that fails.
  bool commit();

 private:
  std::string path_, target_;
  std::unique_ptr<std::ofstream> file_;
  std::string error_;
  bool committed_ = false;
};

}  // namespace solieu::cli
