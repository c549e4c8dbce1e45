#include "html/dom.h"

#include <libxml/xmlmemory.h>

namespace solieu::html {

std::string_view tag_of(const xmlNode* n) {
  if (!n || n->type != XML_ELEMENT_NODE || !n->name) return {};
  return reinterpret_cast<const char*>(n->name);  // the HTML parser lower-cases names
}

std::string attr(const xmlNode* n, const char* name) {
  if (!n || n->type != XML_ELEMENT_NODE) return {};
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

std::string own_text(const xmlNode* n) {
  std::string s;
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      s += reinterpret_cast<const char*>(c->content);
  return s;
}

void append_collapsed(std::string& out, std::string_view text, bool& pending_space) {
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool nbsp = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || nbsp) {
      pending_space = true;
      if (nbsp) ++i;
      continue;
    }
    if (pending_space && !out.empty() && out.back() != '\n') out += ' ';
    pending_space = false;
    out += static_cast<char>(c);
  }
}

}  // namespace solieu::html
