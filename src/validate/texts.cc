// The article texts behind the records, read back from each record's
// "source" so that cue words between figures can be read and sentences
// quoted. Offsets in the records are into exactly these bytes (a plain-text
// file's bytes, or the decoded "text" of a JSON Lines input).
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "validate/validate.h"

namespace solieu::validate {
namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_jsonl(const std::string& path) {
  return ends_with(path, ".jsonl") || ends_with(path, ".ndjson") || ends_with(path, ".JSONL");
}

// id → text for the wanted ids of one JSON Lines file. Lines that are not
// JSON objects with a string "id" and "text" are passed over: the extract run
// already reported them.
std::map<std::string, std::string> jsonl_texts(std::istream& in, const std::set<std::string>& wanted) {
  std::map<std::string, std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    if (out.size() == wanted.size()) break;
    if (line.find("\"id\"") == std::string::npos) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object()) continue;
    auto id = j.find("id"), text = j.find("text");
    if (id == j.end() || text == j.end() || !id->is_string() || !text->is_string()) continue;
    const std::string key = id->get<std::string>();
    if (wanted.count(key) && !out.count(key)) out[key] = text->get<std::string>();
  }
  return out;
}

}  // namespace

void attach_texts(std::vector<ArticleRecord>& articles, std::vector<Error>& problems) {
  std::map<std::string, std::vector<size_t>> by_source;
  for (size_t i = 0; i < articles.size(); ++i)
    if (!articles[i].text) by_source[articles[i].source].push_back(i);
  for (const auto& [source, indices] : by_source) {
    if (source.empty() || source == "-" || source == "<text>") {
      problems.push_back(Error{ErrorCode::kIo,
                               "the text of " + std::to_string(indices.size()) +
                                   " article(s) read from stdin or --text is not available: cue-word checks skip them",
                               {source.empty() ? "(no source)" : source, 0, 0}, ""});
      continue;
    }
    std::ifstream in(source, std::ios::binary);
    if (!in) {
      problems.push_back(Error{ErrorCode::kIo,
                               "cannot read the articles' source: cue-word checks skip its " +
                                   std::to_string(indices.size()) + " article(s)",
                               {source, 0, 0}, ""});
      continue;
    }
    if (is_jsonl(source)) {
      std::set<std::string> wanted;
      for (size_t i : indices) wanted.insert(articles[i].id);
      auto texts = jsonl_texts(in, wanted);
      size_t missing = 0;
      for (size_t i : indices) {
        auto it = texts.find(articles[i].id);
        if (it == texts.end()) ++missing;
        else articles[i].text = it->second;
      }
      if (missing)
        problems.push_back(Error{ErrorCode::kIo, std::to_string(missing) + " article id(s) not found in the source",
                                 {source, 0, 0}, ""});
    } else {
      std::ostringstream bytes;
      bytes << in.rdbuf();
      for (size_t i : indices) articles[i].text = bytes.str();
    }
  }
}

std::optional<Quote> quote(const ArticleRecord& article, const Figure& f) {
  if (!article.text || !f.sentence_span) return std::nullopt;
  const auto [s, e] = *f.sentence_span;
  const std::string& t = *article.text;
  if (s > e || e > t.size() || f.start < s || f.end > e || f.start > f.end) return std::nullopt;
  if (t.compare(f.start, f.end - f.start, f.text) != 0) return std::nullopt;  // not the text the record was made from
  return Quote{t.substr(s, e - s), f.start - s, f.end - s};
}

}  // namespace solieu::validate
