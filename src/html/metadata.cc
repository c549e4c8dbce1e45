// Page metadata (see metadata.h).
#include "html/metadata.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

#include "core/json_depth.h"
#include "html/dom.h"

namespace solieu::html {
namespace {

using nlohmann::json;

std::string trimmed(std::string_view s) {
  std::string out;
  bool space = false;
  append_collapsed(out, s, space);
  return out;
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// JSON-LD nested deeper than this is not an article description; refusing it
// before parsing keeps hostile pages cheap.
constexpr int kMaxJsonDepth = 64;

bool too_deep(std::string_view s) { return json_too_deep_at(s, static_cast<size_t>(kMaxJsonDepth)) != std::string_view::npos; }

bool is_article_type(const json& type) {
  static constexpr std::array<std::string_view, 6> kTypes = {"NewsArticle", "Article", "ReportageNewsArticle",
                                                             "AnalysisNewsArticle", "BlogPosting", "WebPage"};
  auto one = [](const json& t) {
    return t.is_string() && std::find(kTypes.begin(), kTypes.end(), t.get<std::string>()) != kTypes.end();
  };
  if (one(type)) return true;
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return false;
}

std::string author_names(const json& a) {
  if (a.is_string()) return a.get<std::string>();
  if (a.is_object() && a.contains("name") && a["name"].is_string()) return a["name"].get<std::string>();
  if (a.is_array()) {
    std::string out;
    for (const json& x : a) {
      std::string n = author_names(x.is_array() ? json() : x);
      if (n.empty()) continue;
      if (!out.empty()) out += ", ";
      out += n;
    }
    return out;
  }
  return {};
}

// Visits the objects of a JSON-LD value: arrays and @graph, bounded depth
// (the text was checked against kMaxJsonDepth already). WebPage is the last
// resort: an article type found anywhere wins over it.
void visit(const json& j, PageMetadata& meta, int depth, bool& found_article) {
  if (depth > kMaxJsonDepth) return;
  if (j.is_array()) {
    for (const json& x : j) visit(x, meta, depth + 1, found_article);
    return;
  }
  if (!j.is_object()) return;
  if (j.contains("@graph")) visit(j["@graph"], meta, depth + 1, found_article);
  if (!j.contains("@type") || !is_article_type(j["@type"])) return;
  const bool web_page = j["@type"].is_string() && j["@type"] == "WebPage";
  if (web_page && found_article) return;
  if (!web_page && !found_article) {  // a real article replaces what a WebPage gave
    found_article = true;
    meta.ld_headline.clear();
    meta.ld_published.clear();
    meta.ld_author.clear();
  }
  auto take = [&](const char* key, std::string& into) {
    if (into.empty() && j.contains(key) && j[key].is_string()) into = trimmed(j[key].get<std::string>());
  };
  take("headline", meta.ld_headline);
  take("datePublished", meta.ld_published);
  if (meta.ld_author.empty() && j.contains("author")) meta.ld_author = trimmed(author_names(j["author"]));
}

}  // namespace

void read_json_ld(std::string_view text, PageMetadata& meta) {
  if (too_deep(text)) return;
  json j = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return;
  bool found_article = !meta.ld_headline.empty();
  visit(j, meta, 0, found_article);
}

std::string strip_site_name(std::string_view title) {
  std::string t = trimmed(title);
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i < t.size();) {
    size_t sep_len = 0;
    for (std::string_view sep : {" - ", " | ", " – ", " — ", " :: "})
      if (t.compare(i, sep.size(), sep) == 0) sep_len = sep.size();
    if (sep_len) {
      parts.push_back(t.substr(start, i - start));
      i += sep_len;
      start = i;
    } else {
      ++i;
    }
  }
  parts.push_back(t.substr(start));
  return *std::max_element(parts.begin(), parts.end(),
                           [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
}

std::string PageMetadata::title() const {
  if (!ld_headline.empty()) return ld_headline;
  if (!og_title.empty()) return og_title;
  if (!title_tag.empty()) return strip_site_name(title_tag);
  return first_h1;
}

std::optional<std::string> PageMetadata::published() const {
  if (!ld_published.empty()) return ld_published;
  if (!meta_published.empty()) return meta_published;
  return std::nullopt;
}

PageMetadata read_metadata(xmlDoc* doc) {
  PageMetadata meta;
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return meta;
  meta.lang = trimmed(attr(root, "lang"));
  std::string pubdate;  // <meta name="pubdate"> and kin, weaker than article:published_time
  walk(
      root,
      [&](xmlNode* n) {
        if (n->type != XML_ELEMENT_NODE) return false;
        std::string_view t = tag_of(n);
        if (t == "title" && meta.title_tag.empty()) {
          meta.title_tag = trimmed(own_text(n));
        } else if (t == "h1" && meta.first_h1.empty()) {
          meta.first_h1 = trimmed(own_text(n));
        } else if (t == "meta") {
          const std::string key = lower(attr(n, "property").empty() ? (attr(n, "name").empty() ? attr(n, "itemprop")
                                                                                                 : attr(n, "name"))
                                                                    : attr(n, "property"));
          const std::string content = trimmed(attr(n, "content"));
          if (content.empty()) return false;
          if (key == "og:title" && meta.og_title.empty()) meta.og_title = content;
          else if (key == "article:published_time" && meta.meta_published.empty()) meta.meta_published = content;
          else if ((key == "pubdate" || key == "publishdate" || key == "datepublished" || key == "dc.date.issued" ||
                    key == "date") && pubdate.empty())
            pubdate = content;
          else if (key == "author" && meta.meta_author.empty()) meta.meta_author = content;
        } else if (t == "link" && meta.canonical.empty()) {
          std::string rel = lower(attr(n, "rel"));
          if (rel == "canonical") meta.canonical = trimmed(attr(n, "href"));
        } else if (t == "script" && lower(attr(n, "type")) == "application/ld+json") {
          read_json_ld(own_text(n), meta);
        }
        return true;
      },
      [](xmlNode*) {});
  if (meta.meta_published.empty()) meta.meta_published = pubdate;
  return meta;
}

}  // namespace solieu::html
