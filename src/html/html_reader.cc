// read_html_article: charset, decode, parse with libxml2, then metadata and
// main text (see html_reader.h).
#include "html/html_reader.h"

#include <libxml/HTMLparser.h>

#include <climits>
#include <memory>

#include "encoding/decode.h"
#include "html/charset_prescan.h"
#include "html/main_text.h"
#include "html/metadata.h"

namespace solieu {
namespace {

bool starts_with_ci(std::string_view s, size_t at, std::string_view word) {
  if (at + word.size() > s.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = s[at + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

// Never the network, never external entities (the HTML parser expands only
// HTML's own named entities), no error output: problems are values here.
// IGNORE_ENC: the bytes are UTF-8 by now, whatever a <meta> says.
constexpr int kParseOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS |
                              HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct ContextFree {
  void operator()(htmlParserCtxt* c) const { htmlFreeParserCtxt(c); }
};

xmlNode* body_of(xmlDoc* doc) {
  xmlNode* root = xmlDocGetRootElement(doc);
  for (xmlNode* c = root ? root->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && c->name && std::string_view(reinterpret_cast<const char*>(c->name)) == "body")
      return c;
  return root;
}

}  // namespace

bool looks_like_html(std::string_view b) {
  size_t i = 0;
  if (b.size() >= 3 && b.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  while (i < b.size()) {
    const char c = b[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      ++i;
    } else if (b.compare(i, 4, "<!--") == 0) {
      size_t end = b.find("-->", i + 4);
      if (end == std::string_view::npos) return false;
      i = end + 3;
    } else if (b.compare(i, 5, "<?xml") == 0) {  // XHTML's declaration
      size_t end = b.find("?>", i);
      if (end == std::string_view::npos) return false;
      i = end + 2;
    } else {
      for (std::string_view start : {"<!doctype html", "<html", "<head", "<body"})
        if (starts_with_ci(b, i, start)) {
          const size_t after = i + start.size();
          return after >= b.size() || !std::isalnum(static_cast<unsigned char>(b[after]));
        }
      return false;
    }
  }
  return false;
}

Result<Article> read_html_article(std::string_view bytes, const HtmlHints& hints, std::string id,
                                  std::string source) {
  const std::string where = source;  // `source` moves into the article below
  auto error = [&](ErrorCode code, std::string message) { return Error{code, std::move(message), {where, 0, 0}, {}}; };
  // The charset: the HTTP header, then the page's <meta>, then detection.
  std::string declared = std::string(hints.http_charset);
  if (declared.find('=') != std::string::npos || declared.find(';') != std::string::npos)
    declared = html::charset_of_content_type(declared);  // a whole Content-Type value
  if (declared.empty()) declared = html::prescan_charset(bytes);
  Result<Decoded> decoded = decode_to_utf8(bytes, declared);
  if (!decoded) {
    Error e = decoded.error();
    e.where.file = source;
    return e;
  }
  const std::string& utf8 = decoded->text;
  if (utf8.size() > static_cast<size_t>(INT_MAX)) return error(ErrorCode::kParse, "HTML page larger than 2 GB");

  std::unique_ptr<htmlParserCtxt, ContextFree> ctxt(htmlNewParserCtxt());
  if (!ctxt) return error(ErrorCode::kParse, "out of memory for the HTML parser");
  std::unique_ptr<xmlDoc, DocFree> doc(
      htmlCtxtReadMemory(ctxt.get(), utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", kParseOptions));
  if (!doc) return error(ErrorCode::kParse, "the HTML parser could not build a document from this page");
  // libxml2 stops reading elements nested deeper than its limit (256 without
  // XML_PARSE_HUGE, which stays off); say so if that is why text is missing.
  const xmlError* last = xmlCtxtGetLastError(ctxt.get());
  const bool too_deep = last && last->message && std::string_view(last->message).find("depth") != std::string_view::npos;

  html::PageMetadata meta = html::read_metadata(doc.get());
  Article a;
  a.id = std::move(id);
  a.source = std::move(source);
  a.text = html::main_text(body_of(doc.get()));
  if (a.text.empty())
    return error(ErrorCode::kEmpty, too_deep ? "no main text found in the HTML page: it nests elements deeper than "
                                               "the parser's limit of 256 levels, and the rest was not read"
                                             : "no main text found in the HTML page");
  a.title = meta.title();
  a.published = meta.published();
  if (!a.published) a.published = hints.fallback_date;
  a.author = meta.author();
  a.url = !meta.canonical.empty() ? meta.canonical : std::string(hints.url);
  a.lang = meta.lang;
  a.encoding = decoded->encoding;
  a.encoding_repairs = std::move(decoded->repairs);
  a.encoding_losses = std::move(decoded->losses);
  return a;
}

}  // namespace solieu
