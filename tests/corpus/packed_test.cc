// The packed corpus (corpus/packed/, made by scripts/pack_corpus.py): every
// figure of every article in corpus/articles/ and page in corpus/html/ is
// found, with the same text and the same offsets, in each packed version
// (tar.gz, zip, and for the pages WARC), and the offsets slice the member's
// article text to the figure's text. Then the packed WARC damaged on purpose:
// a corrupt middle gzip member, and the archive cut short.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/pattern_set.h"
#include "extract/places.h"
#include "io/archive.h"
#include "io/input.h"
#include "normalize/normalizer.h"
#include "pipeline/pipeline.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace solieu;

namespace {

const fs::path kRoot = SOLIEU_SOURCE_DIR;

struct Packed {
  Normalizer normalizer;
  PatternSet patterns;
  Gazetteer gazetteer;
  Packed()
      : patterns(std::move(*PatternSet::load((kRoot / "patterns" / "vi").string(), normalizer))),
        gazetteer(std::move(*Gazetteer::load((kRoot / "patterns" / "vi" / "places.tsv").string()))) {}
};

Packed& fixture() {
  static Packed p;
  return p;
}

// One figure as compared across versions.
struct Figure {
  std::string text;
  size_t start, end;
  std::string value;
  bool operator==(const Figure&) const = default;
};

struct Extracted {
  std::string text;  // the article's text, as the offsets refer to it
  std::vector<Figure> figures;
};

// Every article of `path` (a file or an archive), keyed by "member:line" for
// archives and "file:line" for files, where member and file are the path
// relative to corpus/ ("articles/01-….txt", "html/02-….html").
std::map<std::string, Extracted> extract(const std::string& path, std::vector<std::string>& errors) {
  Pipeline pipeline(fixture().normalizer, fixture().patterns, {}, RecordShape::kArticles, &fixture().gazetteer);
  InputStream in({path}, InputFormat::kAuto);
  std::map<std::string, Extracted> out;
  InputItem item;
  while (in.next(item)) {
    if (item.error) {
      errors.push_back(item.error->to_string());
    } else {
      std::string source = item.article->source;
      std::string key;
      if (size_t hash = source.find('#'); hash != std::string::npos) {
        key = source.substr(hash + 1);
        if (key.starts_with("https://corpus.solieu.test/")) key = key.substr(27);
      } else {
        key = fs::relative(source, kRoot / "corpus").string();
      }
      key += ":" + std::to_string(item.article->line);
      Extracted e;
      e.text = item.article->text;
      ArticleResult r = pipeline.process(std::move(*item.article));
      REQUIRE(r.record);
      // The parsed record is kept: a range-for over a member of a temporary
      // reads freed memory (ASan found it).
      const json record = json::parse(*r.record);
      for (const json& q : record["quantities"])
        e.figures.push_back(Figure{q["text"], q["start"], q["end"], q["value"].dump()});
      out[key] = std::move(e);
    }
    item = InputItem{};
  }
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("packed corpus: every figure is found in every packed version, at the same offsets",
          "[corpus][packed]") {
  fs::current_path(kRoot);
  std::vector<std::string> errors;
  std::map<std::string, Extracted> plain = extract("corpus/articles", errors);
  for (auto& [k, v] : extract("corpus/html", errors))
    if (k.ends_with(".html:0") && k.find('/', 5) == std::string::npos) plain[k] = std::move(v);  // pages, not html/source/
  REQUIRE(plain.size() >= 11);

  for (const std::string archive : {"articles.tar.gz", "articles.zip", "site.warc.gz"}) {
    SECTION(archive) {
      std::vector<std::string> packed_errors;
      std::map<std::string, Extracted> packed = extract("corpus/packed/" + archive, packed_errors);
      const bool pages_only = archive == "site.warc.gz";
      size_t compared = 0;
      for (const auto& [key, want] : plain) {
        if (pages_only && !key.starts_with("html/")) continue;
        if (key.find(".jsonl:") != std::string::npos) continue;  // not packed (scripts/pack_corpus.py)
        INFO(archive << " " << key);
        auto it = packed.find(key);
        REQUIRE(it != packed.end());
        const Extracted& got = it->second;
        CHECK(got.figures == want.figures);
        for (const Figure& f : got.figures) {
          REQUIRE(f.end <= got.text.size());
          CHECK(got.text.substr(f.start, f.end - f.start) == f.text);
        }
        ++compared;
      }
      CHECK(compared > 0);
      CHECK(packed.size() == compared);
    }
  }
}

TEST_CASE("packed corpus: the WARC's other records are skipped and counted", "[corpus][packed]") {
  const std::string bytes = read(kRoot / "corpus" / "packed" / "site.warc.gz");
  auto reader = open_archive_memory(bytes, "site.warc.gz", {});
  ArchiveItem item;
  size_t members = 0;
  while (reader->next(item)) {
    CHECK_FALSE(item.error);
    members += item.member ? 1 : 0;
    item = ArchiveItem{};
  }
  CHECK(members > 0);
  const auto& skipped = reader->counts().skipped;
  CHECK(skipped.at("warcinfo") == 1);
  CHECK(skipped.at("request") == members);
  CHECK(skipped.at("metadata") == members);
  CHECK(skipped.at("non-HTML response") == 1);
  CHECK(skipped.at("HTTP status not 2xx") == 1);
}

TEST_CASE("packed corpus: a corrupt middle member and a cut archive", "[corpus][packed]") {
  const std::string bytes = read(kRoot / "corpus" / "packed" / "site.warc.gz");
  // The gzip members, found by the offsets where each starts.
  std::vector<size_t> starts;
  for (size_t at = bytes.find("\x1f\x8b\x08"); at != std::string::npos; at = bytes.find("\x1f\x8b\x08", at + 1))
    starts.push_back(at);
  starts.push_back(bytes.size());
  std::vector<std::string> whole;
  {
    auto reader = open_archive_memory(bytes, "site.warc.gz", {});
    ArchiveItem item;
    while (reader->next(item)) {
      if (item.member) whole.push_back(item.member->name);
      item = ArchiveItem{};
    }
  }
  REQUIRE(whole.size() >= 3);

  auto names_and_errors = [](const std::string& b, std::vector<std::string>& errors) {
    std::vector<std::string> names;
    auto reader = open_archive_memory(b, "site.warc.gz", {});
    ArchiveItem item;
    while (reader->next(item)) {
      if (item.member) names.push_back(item.member->name);
      else errors.push_back(item.error->where.file + ": " + item.error->message);
      item = ArchiveItem{};
    }
    return names;
  };

  SECTION("the second page's response member corrupted") {
    // Members: warcinfo, then request/response/metadata per page: the
    // second page's response is member 6 (index 5).
    std::string bad = bytes;
    for (size_t i = starts[5] + 20; i < starts[6] - 12; i += 5) bad[i] = static_cast<char>(bad[i] ^ 0x55);
    std::vector<std::string> errors;
    std::vector<std::string> names = names_and_errors(bad, errors);
    std::vector<std::string> want = whole;
    want.erase(want.begin() + 1);
    CHECK(names == want);
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0], Catch::Contains("site.warc.gz") && Catch::Contains("gzip member 6"));
  }
  SECTION("the archive cut inside the last page's response") {
    const size_t last_response = starts.size() - 1 - 4;  // before: metadata, logo, 404, end
    std::string cut = bytes.substr(0, (starts[last_response] + starts[last_response + 1]) / 2);
    std::vector<std::string> errors;
    std::vector<std::string> names = names_and_errors(cut, errors);
    std::vector<std::string> want(whole.begin(), whole.end() - 1);
    CHECK(names == want);
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0], Catch::Contains("truncated"));
  }
}
