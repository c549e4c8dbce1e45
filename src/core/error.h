// Errors as values.
//
// Every stage reports what went wrong as an `Error`: a code, a message, and
// where (file, line, column; 1-based, 0 when unknown). Stages never print and
// never exit; only the CLI turns errors into text and exit codes. `Result<T>`
// carries either a value or an error.
//
// Thread safety: plain values, safe to copy and move between threads.
//
//   Result<int> r = parse_count("12a");
//   if (!r) std::cerr << r.error().to_string() << "\n";
//   else use(*r);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace solieu {

enum class ErrorCode {
  kIo,             // a file or directory could not be opened or read
  kEmpty,          // an input had no text
  kBinary,         // an input is not text
  kEncoding,       // bytes that are not valid in the detected encoding
  kParse,          // malformed input (a JSON line, a field of the wrong type)
  kPattern,        // an error in a pattern file
  kExample,        // a pattern example or reject that does not hold
  kInvalidArgument // a bad option or argument
};

std::string_view error_code_name(ErrorCode code);

struct Location {
  std::string file;  // a path, "-" for stdin, or "" when not from a file
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based, in characters; 0 when unknown
};

struct Error {
  ErrorCode code = ErrorCode::kParse;
  std::string message;
  Location where;
  // The offending source line, for a caret display; empty when there is none.
  std::string excerpt;

  // "file:line:col: message", with the parts that are known.
  std::string to_string() const;
  // to_string(), then the excerpt and a caret under `where.column`, as jq does.
  std::string to_string_with_caret() const;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }  // *load(...) moves, never copies
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// A result with no value: ok, or an error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

}  // namespace solieu
