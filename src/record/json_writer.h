// JsonWriter: compact JSON text appended straight to a string.
//
// The record is ~60 MB of JSON for 37 MB of news; building an nlohmann tree
// for every figure and dumping it cost more than writing the text directly.
// The bytes are the ones nlohmann's dump(-1, ' ', false,
// error_handler_t::replace) gives for the same values (tests/record/
// json_writer_test.cc holds the writer to that):
//   - strings as UTF-8, with '"', '\\', \b \f \n \r \t escaped, the other
//     controls below 0x20 as \u00xx, and each ill-formed UTF-8 sequence (its
//     maximal subpart, as Unicode defines it) replaced by one U+FFFD;
//   - integers in plain decimal; doubles through nlohmann itself (shortest
//     round trip by Grisu2, "2.5", "1e+20", "14000.0", null when not finite).
//
// The caller writes keys and values in order; the writer places the commas.
//
//   std::string out;
//   JsonWriter w(out);
//   w.begin_object();
//   w.key("id").string(id);
//   w.key("end").integer(span.end);
//   w.end_object();
#pragma once

#include <charconv>
#include <concepts>
#include <string>
#include <string_view>

namespace solieu {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }

  // A key of the record's own: ASCII with nothing to escape.
  JsonWriter& key(std::string_view k);

  JsonWriter& string(std::string_view s);
  JsonWriter& null();
  JsonWriter& number(double v);

  template <std::integral T>
  JsonWriter& integer(T v) {
    separate();
    char buf[24];  // 20 digits and a sign at most
    out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
    return *this;
  }

 private:
  // A comma before any value or key but the first of its object or array.
  void separate() {
    if (need_comma_) out_ += ',';
    need_comma_ = true;
  }
  JsonWriter& open(char bracket) {
    separate();
    out_ += bracket;
    need_comma_ = false;
    return *this;
  }
  JsonWriter& close(char bracket) {
    out_ += bracket;
    need_comma_ = true;
    return *this;
  }

  std::string& out_;
  bool need_comma_ = false;
};

}  // namespace solieu
