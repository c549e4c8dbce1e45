// Reading the records of `solieu extract`: the only JSON reading in
// src/validate/ besides the article texts (texts.cc). A field of the wrong
// type makes its line unusable, with a message that names the field.
#include <cmath>
#include <istream>
#include <nlohmann/json.hpp>

#include "validate/validate.h"

namespace solieu::validate {
namespace {

using json = nlohmann::json;

struct BadLine {
  std::string message;
};

std::string str(const json& o, const char* name, const std::string& where) {
  auto it = o.find(name);
  if (it == o.end() || it->is_null()) return "";
  if (!it->is_string()) throw BadLine{where + "\"" + name + "\" is not a string"};
  return it->get<std::string>();
}

std::optional<double> num(const json& o, const char* name, const std::string& where) {
  auto it = o.find(name);
  if (it == o.end() || it->is_null()) return std::nullopt;
  if (!it->is_number()) throw BadLine{where + "\"" + name + "\" is not a number"};
  double d = it->get<double>();
  if (!std::isfinite(d)) throw BadLine{where + "\"" + name + "\" is out of range"};
  return d;
}

size_t offset(const json& o, const char* name, const std::string& where) {
  auto it = o.find(name);
  if (it == o.end() || !it->is_number_unsigned()) throw BadLine{where + "\"" + name + "\" is missing or not an offset"};
  return it->get<size_t>();
}

const json* object(const json& o, const char* name, const std::string& where) {
  auto it = o.find(name);
  if (it == o.end() || it->is_null()) return nullptr;
  if (!it->is_object()) throw BadLine{where + "\"" + name + "\" is not an object"};
  return &*it;
}

Figure read_figure(const json& q, const std::string& where) {
  if (!q.is_object()) throw BadLine{where + "is not an object"};
  Figure f;
  f.text = str(q, "text", where);
  f.start = offset(q, "start", where);
  f.end = offset(q, "end", where);
  f.value = num(q, "value", where);
  f.unit = str(q, "unit", where);
  f.dimension = str(q, "dimension", where);
  f.qualifier = str(q, "qualifier", where);
  if (const json* n = object(q, "normalized", where)) {
    f.normalized = num(*n, "value", where + "normalized: ");
    f.normalized_unit = str(*n, "unit", where + "normalized: ");
  }
  f.low = num(q, "low", where);
  f.high = num(q, "high", where);
  f.of = num(q, "of", where);
  f.indicator = str(q, "indicator", where);
  f.status = str(q, "status", where);
  f.status_detail = str(q, "status_detail", where);
  f.object = str(q, "object", where);
  if (const json* p = object(q, "period", where)) {
    f.period.start = str(*p, "start", where + "period: ");
    f.period.end = str(*p, "end", where + "period: ");
    f.period.text = str(*p, "text", where + "period: ");
  }
  if (const json* p = object(q, "place", where)) {
    f.place_code = str(*p, "code", where + "place: ");
    f.place_text = str(*p, "text", where + "place: ");
  }
  if (auto s = q.find("sentence"); s != q.end() && s->is_number_integer()) f.sentence = s->get<int>();
  if (auto s = q.find("sentence_span"); s != q.end() && s->is_array() && s->size() == 2 &&
                                        (*s)[0].is_number_unsigned() && (*s)[1].is_number_unsigned())
    f.sentence_span = std::make_pair((*s)[0].get<size_t>(), (*s)[1].get<size_t>());
  return f;
}

void read_article_fields(const json& line, const char* id_field, ArticleRecord& a) {
  a.id = str(line, id_field, "");
  a.source = str(line, "source", "");
  a.title = str(line, "title", "");
  a.published = str(line, "published", "");
}

}  // namespace

void read_records(std::istream& in, const std::string& name, std::vector<ArticleRecord>& out,
                  std::vector<Error>& problems) {
  std::string line;
  int number = 0;
  bool in_run = false;  // the last article came from quantity lines and may continue
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const Location where{name, number, 0};
    try {
      json j;
      try {
        j = json::parse(line);
      } catch (const json::parse_error& e) {
        throw BadLine{std::string("not JSON: ") + e.what()};
      }
      if (!j.is_object()) throw BadLine{"not a JSON object"};
      const std::string format = str(j, "format", "");
      if (format == "solieu.record/2") {
        ArticleRecord a;
        read_article_fields(j, "id", a);
        a.where = where;
        if (auto it = j.find("places"); it != j.end() && it->is_array())
          for (const json& p : *it) a.place_codes.push_back(p.is_object() ? str(p, "code", "places: ") : "");
        auto qs = j.find("quantities");
        if (qs == j.end() || !qs->is_array()) throw BadLine{"\"quantities\" is missing or not an array"};
        for (size_t i = 0; i < qs->size(); ++i)
          a.figures.push_back(read_figure((*qs)[i], "quantity " + std::to_string(i + 1) + ": "));
        out.push_back(std::move(a));
        in_run = false;
      } else if (format == "solieu.quantity/2") {
        Figure f = read_figure(j, "");
        const std::string id = str(j, "article", "");
        if (!in_run || out.empty() || out.back().id != id) {
          ArticleRecord a;
          read_article_fields(j, "article", a);
          a.where = where;
          out.push_back(std::move(a));
        }
        out.back().figures.push_back(std::move(f));
        in_run = true;
      } else {
        throw BadLine{format.empty() ? "no \"format\" (expected solieu.record/2 or solieu.quantity/2)"
                                     : "unknown format '" + format + "'"};
      }
    } catch (const BadLine& bad) {
      problems.push_back(Error{ErrorCode::kParse, bad.message, where, ""});
    } catch (const json::exception& e) {
      problems.push_back(Error{ErrorCode::kParse, e.what(), where, ""});
    }
  }
}

}  // namespace solieu::validate
