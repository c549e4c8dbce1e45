// Internal to src/aggregate/: checked reading of JSON lines, and JSON text
// written by hand, so that every byte (key order, number form) is
// aggregate's own choice and the same on every platform and run.
//
// Reading: the checks throw LineProblem, which never leaves src/aggregate/:
// Aggregator::add_line turns it into an Error for the line.
#pragma once

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "aggregate/aggregate.h"

namespace solieu::aggregate_detail {

using json = nlohmann::json;

struct LineProblem {
  std::string message;
};

[[noreturn]] inline void fail(std::string message) { throw LineProblem{std::move(message)}; }

inline const json* member(const json& object, const char* name) {
  auto it = object.find(name);
  return it == object.end() ? nullptr : &*it;
}

// A string member that may be absent or null (both nullopt). `where`
// prefixes messages ("quantity 3: ").
inline std::optional<std::string> optional_string(const json& object, const char* name, const std::string& where) {
  const json* v = member(object, name);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_string()) fail(where + "\"" + name + "\" is not a string");
  return v->get<std::string>();
}

inline std::string required_string(const json& object, const char* name, const std::string& where) {
  const json* v = member(object, name);
  if (!v || !v->is_string()) fail(where + "\"" + name + "\" is missing or not a string");
  return v->get<std::string>();
}

// A finite number member that may be absent or null (both nullopt).
inline std::optional<double> optional_number(const json& object, const char* name, const std::string& where) {
  const json* v = member(object, name);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_number()) fail(where + "\"" + name + "\" is not a number");
  const double d = v->get<double>();
  if (!std::isfinite(d)) fail(where + "\"" + name + "\" is out of range");
  return d;
}

inline const json* optional_object(const json& object, const char* name, const std::string& where) {
  const json* v = member(object, name);
  if (!v || v->is_null()) return nullptr;
  if (!v->is_object()) fail(where + "\"" + name + "\" is not an object");
  return v;
}

// A JSON string literal; bytes that are not UTF-8 become U+FFFD.
inline std::string json_string(std::string_view s) {
  return nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

inline std::string json_number(double v) { return format_number(v); }

// An object whose members come out sorted by key, whatever the order added.
class ObjectText {
 public:
  ObjectText& raw(std::string key, std::string json_text) {
    members_.emplace_back(std::move(key), std::move(json_text));
    return *this;
  }
  ObjectText& string(std::string key, std::string_view value) { return raw(std::move(key), json_string(value)); }
  ObjectText& number(std::string key, double value) { return raw(std::move(key), json_number(value)); }
  ObjectText& count(std::string key, uint64_t value) { return raw(std::move(key), std::to_string(value)); }
  std::string text() const {
    std::vector<std::pair<std::string, std::string>> sorted = members_;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string out = "{";
    for (size_t i = 0; i < sorted.size(); ++i) {
      if (i) out += ',';
      out += json_string(sorted[i].first);
      out += ':';
      out += sorted[i].second;
    }
    return out + "}";
  }

 private:
  std::vector<std::pair<std::string, std::string>> members_;
};

// The key fields that are grouped by (and the unit), as members of `o`.
inline void add_key_fields(ObjectText& o, const GroupKey& key, const GroupBy& by) {
  if (by.indicator) o.string("indicator", key.indicator);
  if (by.place) o.string("place", key.place);
  if (by.period) o.string("period", key.period);
  if (by.status) o.string("status", key.status);
  o.string("unit", key.unit);
}

}  // namespace solieu::aggregate_detail
