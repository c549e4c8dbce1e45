// Main-text extraction by text density (see main_text.h).
#include "html/main_text.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

#include "html/dom.h"

namespace solieu::html {
namespace {

bool one_of(std::string_view s, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

bool is_dropped_tag(std::string_view t) {
  return one_of(t, {"nav", "header", "footer", "aside", "script", "style", "form", "iframe", "noscript", "button",
                    "select", "textarea", "svg", "template", "object", "embed", "menu", "head", "title"});
}

// Elements that end a paragraph: a blank line before and after their text.
bool is_block(std::string_view t) {
  return one_of(t, {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "tbody", "thead",
                    "ul", "ol", "dl", "dt", "dd", "blockquote", "section", "article", "main", "pre", "figure",
                    "figcaption", "center", "body", "hr", "address", "caption"});
}

// Blocks whose own text counts as a paragraph for the density score.
bool is_paragraph_like(std::string_view t) {
  return one_of(t, {"p", "div", "td", "li", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6", "dd", "center",
                    "article", "section"});
}

// Minimum own text (bytes, spaces not counted) for a block to count as a
// paragraph: a caption, a byline or a date line is shorter than this.
constexpr size_t kMinParagraph = 60;
// Minimum score for a sibling of the container to come along with it.
constexpr double kMinSibling = 80;

}  // namespace

bool names_boilerplate(std::string_view value) {
  static constexpr std::array<std::string_view, 20> kWords = {
      "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "share", "social", "comment", "comments",
      "related", "tag", "tags", "banner", "ads", "advert", "advertisement", "footer", "sidebar", "quangcao"};
  std::string lower;
  for (char c : value) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  // Multi-word names first, wherever they sit inside a class name.
  for (std::string_view phrase : {"tin-lien-quan", "tinlienquan", "tin_lien_quan", "tin-khac", "binh-luan"})
    if (lower.find(phrase) != std::string::npos) return true;
  // Then single words, split on space, '-' and '_' ("box-related", "menu_left").
  size_t i = 0;
  while (i < lower.size()) {
    size_t j = lower.find_first_of(" \t-_", i);
    if (j == std::string::npos) j = lower.size();
    std::string_view word(lower.data() + i, j - i);
    if (std::find(kWords.begin(), kWords.end(), word) != kWords.end()) return true;
    i = j + 1;
  }
  return false;
}

bool is_boilerplate(const xmlNode* n) {
  if (!n || n->type != XML_ELEMENT_NODE) return false;
  if (is_dropped_tag(tag_of(n))) return true;
  // A hidden element is not read either.
  if (attr(n, "hidden").size() || attr(n, "aria-hidden") == "true") return true;
  return names_boilerplate(attr(n, "class")) || names_boilerplate(attr(n, "id")) ||
         names_boilerplate(attr(n, "role") == "navigation" ? "nav" : "");
}

std::string main_text(xmlNode* root) {
  if (!root) return {};
  // Pass 1: each element's own text (through inline children, not through
  // blocks), link text left out.
  std::unordered_map<const xmlNode*, size_t> own;
  std::vector<const xmlNode*> blocks;  // the element each text belongs to, innermost last
  std::unordered_map<const xmlNode*, size_t> order;  // document order, for ties
  int in_link = 0;
  walk(
      root,
      [&](xmlNode* n) {
        if (n->type == XML_ELEMENT_NODE) {
          if (n != root && is_boilerplate(n)) return false;
          if (tag_of(n) == "a") ++in_link;
          order.emplace(n, order.size());
          if (is_paragraph_like(tag_of(n)) || is_block(tag_of(n)) || n == root) blocks.push_back(n);
          return true;
        }
        if (n->type == XML_TEXT_NODE && n->content && in_link == 0 && !blocks.empty()) {
          size_t len = 0;
          for (const xmlChar* c = n->content; *c; ++c) len += !(*c == ' ' || *c == '\n' || *c == '\t' || *c == '\r');
          own[blocks.back()] += len;
        }
        return false;
      },
      [&](xmlNode* n) {
        if (n->type != XML_ELEMENT_NODE) return;
        if (tag_of(n) == "a") --in_link;
        if (!blocks.empty() && blocks.back() == n) blocks.pop_back();
      });

  // Density: a paragraph's text counts for its element, its parent and (a quarter)
  // its grandparent; the container is the element with the highest score.
  std::unordered_map<const xmlNode*, double> score;
  for (const auto& [node, len] : own) {
    if (len < kMinParagraph || !is_paragraph_like(tag_of(node))) continue;
    score[node] += static_cast<double>(len);
    if (node->parent && node != root) {
      score[node->parent] += static_cast<double>(len);
      // A quarter, not Readability's half: a lead paragraph beside the body
      // must not pull the choice up to the wrapper that also holds the
      // headline and byline (the lead comes along as a sibling below).
      if (node->parent->parent && node->parent != root) score[node->parent->parent] += static_cast<double>(len) / 4;
    }
  }
  const xmlNode* best = root;
  double best_score = 0;
  for (const auto& [node, s] : score)
    if (s > best_score || (s == best_score && order[node] < order[best])) {
      best = node;
      best_score = s;
    }
  // The lead paragraph often sits beside the body, not in it (a "sapo" <p>
  // before <article class="fck_detail">): siblings of the container that are
  // paragraphs of their own come along, in document order.
  std::vector<const xmlNode*> parts;
  if (best != root && best->parent) {
    for (const xmlNode* s = best->parent->children; s; s = s->next) {
      if (s == best) {
        parts.push_back(s);
        continue;
      }
      if (s->type != XML_ELEMENT_NODE || is_boilerplate(s) || tag_of(s) == "h1") continue;
      auto it = score.find(s);
      if (is_paragraph_like(tag_of(s)) && it != score.end() && it->second >= kMinSibling) parts.push_back(s);
    }
  } else {
    parts.push_back(best);
  }

  // Pass 2: the container's text, paragraph by paragraph.
  std::string out, para;
  bool pending_space = false;
  auto flush = [&] {
    while (!para.empty() && (para.back() == ' ' || para.back() == '\n')) para.pop_back();
    size_t start = para.find_first_not_of(" \n");
    if (start != std::string::npos) {
      if (!out.empty()) out += "\n\n";
      out.append(para, start);
    }
    para.clear();
    pending_space = false;
  };
  for (const xmlNode* part : parts)
  walk(
      const_cast<xmlNode*>(part),
      [&](xmlNode* n) {
        if (n->type == XML_ELEMENT_NODE) {
          if (n != part && is_boilerplate(n)) return false;
          std::string_view t = tag_of(n);
          if (t == "br") {  // a line break; two in a row end the paragraph
            while (!para.empty() && para.back() == ' ') para.pop_back();
            if (!para.empty() && para.back() == '\n') flush();
            else if (!para.empty()) para += '\n';
            pending_space = false;
          } else if (t == "td" || t == "th") {
            pending_space = true;  // cells of a row: one line, apart
          } else if (is_block(t)) {
            flush();
          }
          return true;
        }
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
          append_collapsed(para, reinterpret_cast<const char*>(n->content), pending_space);
        return false;
      },
      [&](xmlNode* n) {
        if (n->type == XML_ELEMENT_NODE && (is_block(tag_of(n)) || n == part)) flush();
      });
  flush();
  return out;
}

}  // namespace solieu::html
