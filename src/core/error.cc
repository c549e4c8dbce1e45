#include "core/error.h"

namespace solieu {

std::string_view error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kIo: return "io";
    case ErrorCode::kEmpty: return "empty";
    case ErrorCode::kBinary: return "binary";
    case ErrorCode::kEncoding: return "encoding";
    case ErrorCode::kParse: return "parse";
    case ErrorCode::kPattern: return "pattern";
    case ErrorCode::kExample: return "example";
    case ErrorCode::kInvalidArgument: return "invalid-argument";
  }
  return "unknown";
}

std::string Error::to_string() const {
  std::string out;
  if (!where.file.empty()) {
    out += where.file;
    if (where.line > 0) {
      out += ':' + std::to_string(where.line);
      if (where.column > 0) out += ':' + std::to_string(where.column);
    }
    out += ": ";
  }
  out += message;
  return out;
}

std::string Error::to_string_with_caret() const {
  std::string out = to_string();
  if (excerpt.empty()) return out;
  out += "\n    " + excerpt + "\n    ";
  // Column counts characters; pad with one space per character before it.
  int col = 1;
  for (size_t i = 0; i < excerpt.size() && col < where.column; ++i) {
    unsigned char c = static_cast<unsigned char>(excerpt[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: same character
    out += excerpt[i] == '\t' ? '\t' : ' ';
    ++col;
  }
  out += '^';
  return out;
}

}  // namespace solieu
