// JsonWriter against nlohmann's dump(-1, ' ', false, error_handler_t::replace),
// the writer the record used before: every case here must give the same bytes.

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include "record/json_writer.h"

using namespace solieu;
using ordered_json = nlohmann::ordered_json;

namespace {

std::string dump(const ordered_json& j) { return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace); }

std::string written_string(const std::string& s) {
  std::string out;
  JsonWriter(out).string(s);
  return out;
}

std::string written_number(double v) {
  std::string out;
  JsonWriter(out).number(v);
  return out;
}

// Printable bytes for failure messages.
std::string show(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    char buf[8];
    std::snprintf(buf, sizeof buf, c >= 0x20 && c < 0x7F ? "%c" : "\\x%02X", c);
    out += buf;
  }
  return out;
}

void check_string(const std::string& s) {
  INFO("string " << show(s));
  CHECK(show(written_string(s)) == show(dump(s)));
}

}  // namespace

TEST_CASE("JsonWriter: strings are escaped and repaired as nlohmann dumps them", "[record][json]") {
  const std::vector<std::string> rows = {
      "",
      "plain ASCII, with / and ' and ~",
      "quote \" backslash \\ both \\\"",
      "\b\f\n\r\t named escapes",
      std::string("\0 a NUL", 7),
      "\x01\x1F\x1B controls as \\u00xx, \x7F (DEL) as it is",
      "Xã đã xây 37 nhà tắm",                        // two- and three-byte sequences
      "2.800\xC2\xA0mét, 25\xE2\x80\xAF" "km",        // NBSP, narrow NBSP
      "emoji \xF0\x9F\x98\x80 and U+10FFFF \xF4\x8F\xBF\xBF",
      "U+FEFF \xEF\xBB\xBF, U+FFFF \xEF\xBF\xBF, U+0080 \xC2\x80, U+0800 \xE0\xA0\x80",
      // Ill-formed: each maximal subpart is one U+FFFD, the byte after it read afresh.
      "lone continuation \x80 and \xBF",
      "overlong \xC0\x80 \xC1\xBF \xE0\x80\x80 \xE0\x9F\xBF \xF0\x80\x80\x80 \xF0\x8F\xBF\xBF",
      "surrogates \xED\xA0\x80 \xED\xBF\xBF",
      "past U+10FFFF \xF4\x90\x80\x80 \xF5\x80\x80\x80 \xF8\x88\x80\x80\x80 \xFF \xFE",
      "truncated \xE1\x80 then ASCII, \xF0\x9F\x98 then \"",
      "truncated then a lead: \xE1\x80\xE1\x80\x80 \xC3\xC3\xA0",
      "Latin-1 bytes: Nh\xE0 c\xF3 t\xE1m",
      "ends truncated \xF0\x9F\x98",
      "ends on a lead \xC3",
      "ends on a continuation \x80",
      "\xE0",
      "\xED\x9F\xBF valid U+D7FF, \xEE\x80\x80 valid U+E000",
  };
  for (const std::string& s : rows) check_string(s);
}

TEST_CASE("JsonWriter: every string of one and two bytes", "[record][json]") {
  for (int a = 0; a < 256; ++a) {
    check_string(std::string(1, static_cast<char>(a)));
    for (int b = 0; b < 256; ++b) {
      const std::string s = {static_cast<char>(a), static_cast<char>(b)};
      if (written_string(s) != dump(s)) check_string(s);  // CHECK only failures: 65,536 cases
    }
  }
}

TEST_CASE("JsonWriter: random strings of bytes that matter to UTF-8", "[record][json]") {
  // Leads of each length and their range boundaries, continuations, ASCII
  // that is escaped and ASCII that is not.
  const std::vector<unsigned char> alphabet = {0x00, 0x1F, 0x20, '"', '\\', 'a',  0x7F, 0x80, 0x8F, 0x90,
                                               0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
                                               0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
  std::mt19937 random(20261129);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(1, 9);
  for (int n = 0; n < 200000; ++n) {
    std::string s(length(random), '\0');
    for (char& c : s) c = static_cast<char>(alphabet[pick(random)]);
    if (written_string(s) != dump(s)) check_string(s);
  }
}

TEST_CASE("JsonWriter: doubles as nlohmann formats them", "[record][json]") {
  const double inf = std::numeric_limits<double>::infinity();
  const std::vector<double> rows = {
      0.0, -0.0, 0.1, 0.5, 2.5, -1.5, 14000.0, 1e15, 1e16, 1e20, 1e-5, 7.000000000000001e-05, 1.1e15 + 0.125,
      9007199254740992.0, 9007199254740993.0, 1.057e16, 123456789012345678901234.0, 1e300, 5e-324,
      std::numeric_limits<double>::min(), std::numeric_limits<double>::max(), std::nextafter(1.0, 2.0),
      inf, -inf, std::nan(""),
  };
  for (double v : rows) {
    INFO("double " << v);
    CHECK(written_number(v) == dump(v));
  }
  std::mt19937_64 random(20261129);
  for (int n = 0; n < 10000; ++n) {
    double v;
    const uint64_t bits = random();
    std::memcpy(&v, &bits, sizeof v);
    INFO("bits " << bits);
    CHECK(written_number(v) == dump(v));
  }
}

TEST_CASE("JsonWriter: integers as nlohmann formats them", "[record][json]") {
  for (int64_t v : {int64_t{0}, int64_t{-1}, int64_t{37}, int64_t{-1200000}, std::numeric_limits<int64_t>::min(),
                    std::numeric_limits<int64_t>::max()}) {
    std::string out;
    JsonWriter(out).integer(v);
    CHECK(out == dump(v));
  }
  for (uint64_t v : {uint64_t{0}, uint64_t{2800}, std::numeric_limits<uint64_t>::max()}) {
    std::string out;
    JsonWriter(out).integer(v);
    CHECK(out == dump(v));
  }
  std::string out;
  JsonWriter(out).integer(std::numeric_limits<int>::min());
  CHECK(out == dump(std::numeric_limits<int>::min()));
}

TEST_CASE("JsonWriter: objects and arrays, nested and empty, with commas where dump puts them", "[record][json]") {
  ordered_json want;
  want["a"] = "x";
  want["empty_object"] = ordered_json::object();
  want["empty_array"] = ordered_json::array();
  want["null"] = nullptr;
  want["nested"] = {{"value", 2.5}, {"unit", nullptr}, {"list", {1, "two", nullptr, ordered_json::array()}}};
  want["span"] = {3u, 9u};
  want["last"] = -4;

  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("a").string("x");
  w.key("empty_object").begin_object().end_object();
  w.key("empty_array").begin_array().end_array();
  w.key("null").null();
  w.key("nested").begin_object();
  w.key("value").number(2.5);
  w.key("unit").null();
  w.key("list").begin_array().integer(1).string("two").null().begin_array().end_array().end_array();
  w.end_object();
  w.key("span").begin_array().integer(3u).integer(9u).end_array();
  w.key("last").integer(-4);
  w.end_object();
  CHECK(out == dump(want));
}

TEST_CASE("JsonWriter: appends to what the string holds", "[record][json]") {
  std::string out = "{\"x\":1}\n";
  JsonWriter(out).begin_object().key("y").integer(2).end_object();
  CHECK(out == "{\"x\":1}\n{\"y\":2}");
}
