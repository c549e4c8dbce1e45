#include "io/document.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "core/utf8.h"
#include "encoding/decode.h"
#include "html/html_reader.h"

namespace solieu {
namespace {

std::string lower_extension(std::string_view name) {
  size_t slash = name.find_last_of('/');
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos) return "";
  std::string ext(name.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// How many valid multi-byte UTF-8 sequences the bytes hold, and how many
// bytes that are not valid UTF-8.
struct Utf8Shape {
  size_t multibyte = 0;
  size_t invalid = 0;
  size_t toned = 0;  // of them, Vietnamese toned letters (U+1EA0–U+1EF9: E1 BA/BB xx)
};

Utf8Shape utf8_shape(std::string_view b) {
  Utf8Shape s;
  size_t i = 0;
  while (i < b.size()) {
    const unsigned char c = static_cast<unsigned char>(b[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    bool ok = n > 0 && i + n <= b.size();
    for (size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(b[i + k]) & 0xC0) == 0x80;
    // Overlong three-byte forms and surrogates are not UTF-8 either.
    if (ok && n == 3) {
      const unsigned char c1 = static_cast<unsigned char>(b[i + 1]);
      ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);
    }
    if (ok) {
      ++s.multibyte;
      if (n == 3 && c == 0xE1 && (b[i + 1] == '\xBA' || b[i + 1] == '\xBB')) ++s.toned;
      i += n;
    } else {
      ++s.invalid;
      ++i;
    }
  }
  return s;
}

// How far into a document to look for an HTML start.
constexpr size_t kSniffBytes = 4096;

}  // namespace

DocumentKind document_kind(std::string_view name, std::string_view bytes, InputFormat format, bool declared_html) {
  if (format == InputFormat::kText) return DocumentKind::kText;
  if (format == InputFormat::kJsonLines) return DocumentKind::kJsonLines;
  const std::string ext = lower_extension(name);
  if (ext == ".jsonl" || ext == ".ndjson") return DocumentKind::kJsonLines;
  if (declared_html || ext == ".html" || ext == ".htm" || ext == ".xhtml") return DocumentKind::kHtml;
  if (looks_like_html(bytes.substr(0, kSniffBytes))) return DocumentKind::kHtml;
  return DocumentKind::kText;
}

Result<Article> read_text_document(std::string bytes, std::string id, std::string source) {
  Result<Article> a = make_text_article(std::move(bytes), std::move(id), std::move(source));
  if (!a || has_utf16_bom(a->text)) return a;
  // Text that is mostly UTF-8 is UTF-8, however damaged: the normalizer
  // repairs a stray byte or refuses the article with the line and column of
  // the first bad one. Converting it whole from a legacy code page would turn
  // every good letter into mojibake. Legacy Vietnamese text (TCVN3, VNI,
  // VISCII, Windows-1258) forms a valid UTF-8 sequence only by accident (in
  // VISCII "ườ" is one), far less often than it breaks one, and never a
  // three-byte toned letter (E1 BA/BB xx would take three accented letters in
  // a row), which UTF-8 Vietnamese is full of.
  const Utf8Shape shape = utf8_shape(a->text);
  if (shape.invalid > 0 && (shape.multibyte > shape.invalid || shape.toned > 0)) return a;
  Result<Decoded> d = decode_to_utf8(a->text, "");
  if (!d) {
    Error e = d.error();
    e.where = Location{a->source, 0, 0};
    return e;
  }
  // UTF-8 as given stays byte for byte, so offsets refer to the input; only
  // a real conversion or repair replaces the text (and is recorded).
  if (d->encoding == "utf-8" && d->repairs.empty()) return a;
  a->text = std::move(d->text);
  a->encoding = std::move(d->encoding);
  a->encoding_repairs = std::move(d->repairs);
  a->encoding_losses = std::move(d->losses);
  return a;
}

Result<Article> read_document(std::string bytes, DocumentKind kind, DocumentInfo info) {
  if (kind == DocumentKind::kHtml) {
    HtmlHints hints;
    hints.http_charset = info.http_charset;
    hints.url = info.url;
    hints.fallback_date = info.fallback_date;
    Result<Article> a = read_html_article(bytes, hints, std::move(info.id), info.source);
    if (!a && a.error().where.file.empty()) {
      Error e = a.error();
      e.where.file = info.source;
      return e;
    }
    return a;
  }
  return read_text_document(std::move(bytes), std::move(info.id), std::move(info.source));
}

}  // namespace solieu
