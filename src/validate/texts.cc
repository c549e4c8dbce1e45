// The article texts behind the records, read back from each record's
// "source" through the same reader extract used (src/io: plain text, JSON
// Lines, HTML, archives, legacy encodings), so that cue words between figures
// can be read and sentences quoted. Offsets in the records are into exactly
// these texts.
#include <filesystem>
#include <map>
#include <set>
#include <utility>

#include "core/utf8.h"
#include "io/input.h"
#include "validate/validate.h"

namespace solieu::validate {
namespace {

// The file a source names: the source itself, or for an archive member
// ("site.warc.gz#https://…") the part before the first '#' that is a file.
std::string file_of(const std::string& source) {
  std::error_code ec;
  if (std::filesystem::is_regular_file(source, ec)) return source;
  for (size_t hash = source.find('#'); hash != std::string::npos; hash = source.find('#', hash + 1))
    if (std::filesystem::is_regular_file(source.substr(0, hash), ec)) return source.substr(0, hash);
  return source;
}

}  // namespace

void attach_texts(std::vector<ArticleRecord>& articles, std::vector<Error>& problems) {
  std::map<std::string, std::vector<size_t>> by_file;
  for (size_t i = 0; i < articles.size(); ++i)
    if (!articles[i].text) by_file[file_of(articles[i].source)].push_back(i);
  for (const auto& [file, indices] : by_file) {
    if (file.empty() || file == "-" || file == "<text>") {
      problems.push_back(Error{ErrorCode::kIo,
                               "the text of " + std::to_string(indices.size()) +
                                   " article(s) read from stdin or --text is not available: cue-word checks skip them",
                               {file.empty() ? "(no source)" : file, 0, 0}, ""});
      continue;
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
      problems.push_back(Error{ErrorCode::kIo,
                               "cannot read the articles' source: cue-word checks skip its " +
                                   std::to_string(indices.size()) + " article(s)",
                               {file, 0, 0}, ""});
      continue;
    }
    // (source, id) of each wanted article; the reader gives them back with their texts.
    std::map<std::pair<std::string, std::string>, std::vector<size_t>> wanted;
    for (size_t i : indices) wanted[{articles[i].source, articles[i].id}].push_back(i);
    size_t found = 0;
    InputStream in({file}, InputFormat::kAuto);
    InputItem item;
    while (found < wanted.size() && in.next(item)) {
      if (!item.article) continue;  // the extract run already reported it
      auto it = wanted.find({item.article->source, item.article->id});
      if (it == wanted.end() || articles[it->second.front()].text) continue;
      ++found;
      // UTF-16 input: the record's offsets are into its UTF-16 bytes, which
      // the UTF-8 checks cannot read; those articles go without their text.
      const std::string& t = item.article->text;
      if (has_utf16_bom(t)) continue;
      for (size_t i : it->second) articles[i].text = t;
    }
    if (found < wanted.size())
      problems.push_back(Error{ErrorCode::kIo,
                               std::to_string(wanted.size() - found) + " article id(s) not found in the source",
                               {file, 0, 0}, ""});
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
