// The corpus tests: the articles in corpus/articles/ through the whole
// pipeline, against (1) their checked-in records in corpus/expected/ (golden
// files, byte for byte) and (2) the figures annotated by hand in
// corpus/annotations/ (what a careful reader finds, under the gold
// guidelines). Refresh the golden files after a deliberate change with
//   SOLIEU_UPDATE_GOLDEN=1 build/tests/test_corpus
// and review the diff before committing it.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/pattern_set.h"
#include "extract/places.h"
#include "io/input.h"
#include "normalize/normalizer.h"
#include "pipeline/pipeline.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace solieu;

namespace {

const fs::path kRoot = SOLIEU_SOURCE_DIR;

struct Fixture {
  Normalizer normalizer;
  PatternSet patterns;
  Gazetteer gazetteer;
  Fixture() : patterns(load(normalizer)), gazetteer(load_places()) {}
  static Gazetteer load_places() {
    auto g = Gazetteer::load((kRoot / "patterns" / "vi" / "places.tsv").string());
    if (!g) FAIL(g.error().to_string_with_caret());
    return std::move(*g);
  }
  static PatternSet load(const Normalizer& n) {
    auto set = PatternSet::load((kRoot / "patterns" / "vi").string(), n);
    if (!set) FAIL(set.error().to_string_with_caret());
    return std::move(*set);
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

std::vector<fs::path> article_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(kRoot / "corpus" / "articles")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

// The records of one article file, as the CLI writes them (sources relative to the root;
// the gazetteer beside the patterns, as the CLI loads it).
std::vector<std::string> records_of(const fs::path& file) {
  fs::current_path(kRoot);
  std::string rel = fs::relative(file, kRoot).string();
  Pipeline pipeline(fixture().normalizer, fixture().patterns, {}, RecordShape::kArticles, &fixture().gazetteer);
  InputStream in({rel}, InputFormat::kAuto);
  std::vector<std::string> out;
  InputItem item;
  while (in.next(item)) {
    if (item.error) FAIL(item.error->to_string());
    if (item.article) {
      ArticleResult r = pipeline.process(std::move(*item.article));
      REQUIRE(r.record);
      out.push_back(*r.record);
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

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream s(text);
  std::string line;
  while (std::getline(s, line))
    if (!line.empty()) out.push_back(line);
  return out;
}

const std::set<std::string> kFigureDimensions = {"count", "length", "area", "volume", "mass", "money", "percent",
                                                 "ratio", "rate", "fraction", "number"};

bool same_value(const json& q, double want) {
  auto near = [&](const json& v) {
    return v.is_number() && std::fabs(v.get<double>() - want) <= 1e-6 * std::max(1.0, std::fabs(want));
  };
  return near(q["value"]) || near(q["normalized"]["value"]);
}

std::string first_word(std::string s) {
  size_t sp = s.find(' ');
  return sp == std::string::npos ? s : s.substr(0, sp);
}

// The byte span of the `occurrence`-th `needle` in `text`, or npos.
std::pair<size_t, size_t> find_span(const std::string& text, const std::string& needle, int occurrence) {
  size_t at = std::string::npos;
  for (int i = 0; i < occurrence; ++i) {
    at = text.find(needle, at == std::string::npos ? 0 : at + 1);
    if (at == std::string::npos) return {std::string::npos, 0};
  }
  return {at, at + needle.size()};
}

}  // namespace

TEST_CASE("corpus: every article's records match its golden file", "[corpus][golden]") {
  const bool update = std::getenv("SOLIEU_UPDATE_GOLDEN") != nullptr;
  for (const fs::path& file : article_files()) {
    std::vector<std::string> got = records_of(file);
    fs::path golden = kRoot / "corpus" / "expected" / (file.filename().string() + ".jsonl");
    if (update) {
      fs::create_directories(golden.parent_path());
      std::ofstream out(golden, std::ios::binary);
      for (const auto& line : got) out << line << '\n';
      continue;
    }
    INFO("article " << file.filename().string() << " vs " << golden.string());
    REQUIRE(fs::exists(golden));
    std::vector<std::string> want = lines_of(read(golden));
    REQUIRE(got.size() == want.size());
    for (size_t i = 0; i < got.size(); ++i) {
      // Compare as JSON, and show the first quantity that differs.
      json g = json::parse(got[i]), w = json::parse(want[i]);
      for (size_t k = 0; k < std::max(g["quantities"].size(), w["quantities"].size()); ++k) {
        json gq = k < g["quantities"].size() ? g["quantities"][k] : json();
        json wq = k < w["quantities"].size() ? w["quantities"][k] : json();
        INFO("quantity " << k << ": got " << gq.dump() << "\n   expected " << wq.dump());
        CHECK(gq == wq);
        if (gq != wq) break;
      }
      g.erase("quantities");
      w.erase("quantities");
      CHECK(g == w);
    }
  }
}

TEST_CASE("corpus: figures agree with the hand annotations", "[corpus][annotations]") {
  size_t found = 0, missed = 0, extra = 0, traps_hit = 0, qualifier_ok = 0, unit_ok = 0;
  for (const auto& entry : fs::directory_iterator(kRoot / "corpus" / "annotations")) {
    json ann = json::parse(read(entry.path()));
    std::string stem = entry.path().stem().string();
    fs::path file;
    for (const fs::path& f : article_files())
      if (f.stem() == stem) file = f;
    REQUIRE(!file.empty());
    std::vector<std::string> records = records_of(file);
    // One annotation block per article: a .txt file has one, a .jsonl file lists them.
    std::vector<std::pair<json, json>> pairs;  // record, annotation
    if (ann.contains("articles")) {
      for (const json& a : ann["articles"])
        for (const auto& r : records)
          if (json::parse(r)["id"] == a["id"]) pairs.emplace_back(json::parse(r), a);
    } else {
      pairs.emplace_back(json::parse(records.at(0)), ann);
    }
    for (auto& [rec, a] : pairs) {
      // The article's text as given, in NFC when the annotation says the file is NFD.
      std::string text;
      if (file.extension() == ".jsonl") {
        for (const auto& l : lines_of(read(file)))
          if (json::parse(l)["id"] == rec["id"]) text = json::parse(l)["text"].get<std::string>();
      } else {
        text = read(file);
      }
      std::vector<json> qs;
      for (const json& q : rec["quantities"])
        if (kFigureDimensions.count(q["dimension"].get<std::string>())) qs.push_back(q);
      // NFD files: find spans by normalizing the quantity text instead (the normalizer maps back).
      const bool nfd = a.value("nfd", false);
      std::vector<bool> used(qs.size(), false);
      for (const json& fig : a["figures"]) {
        std::string want_text = fig["text"];
        double want = fig["value"].get<double>();
        bool hit = false;
        for (size_t i = 0; i < qs.size() && !hit; ++i) {
          if (used[i] || !same_value(qs[i], want)) continue;
          bool overlaps;
          if (nfd) {
            std::string q_text = fixture().normalizer.normalize_text(qs[i]["text"].get<std::string>());
            std::string w_text = fixture().normalizer.normalize_text(want_text);
            overlaps = q_text.find(w_text) != std::string::npos || w_text.find(q_text) != std::string::npos;
          } else {
            auto [b, e] = find_span(text, want_text, fig.value("occurrence", 1));
            overlaps = b != std::string::npos && qs[i]["start"].get<size_t>() < e && b < qs[i]["end"].get<size_t>();
          }
          if (!overlaps) continue;
          used[i] = hit = true;
          qualifier_ok += qs[i]["qualifier"] == fig.value("qualifier", "exact");
          std::string unit = qs[i]["unit"].is_string() ? qs[i]["unit"].get<std::string>() : "";
          std::string want_unit = fixture().normalizer.normalize_text(fig.value("unit", ""));
          unit_ok += first_word(unit) == first_word(want_unit) || unit == want_unit ||
                     qs[i]["normalized"]["unit"] == want_unit || (want_unit == "l" && unit == "l");
        }
        found += hit;
        missed += !hit;
        if (!hit) WARN("missed in " << stem << ": " << fig.dump());
      }
      for (size_t i = 0; i < qs.size(); ++i)
        if (!used[i]) {
          ++extra;
          WARN("extra in " << stem << ": " << qs[i]["text"] << " " << qs[i]["value"] << " " << qs[i]["unit"]);
        }
      if (!nfd && a.contains("not_figures"))
        for (const json& trap : a["not_figures"]) {
          auto [b, e] = find_span(text, trap["text"].get<std::string>(), 1);
          if (b == std::string::npos) continue;
          for (const json& q : qs)
            if (q["start"].get<size_t>() < e && b < q["end"].get<size_t>()) {
              ++traps_hit;
              WARN("a trap came out as a figure in " << stem << ": " << trap.dump() << " -> " << q.dump());
            }
        }
    }
  }
  const double precision = double(found) / double(found + extra);
  const double recall = double(found) / double(found + missed);
  INFO("found " << found << ", missed " << missed << ", extra " << extra << ", traps hit " << traps_hit);
  CHECK(found > 250);
  CHECK(precision >= 0.97);
  CHECK(recall >= 0.97);
  CHECK(traps_hit == 0);
  CHECK(double(qualifier_ok) / double(found) >= 0.97);
  CHECK(double(unit_ok) / double(found) >= 0.95);
}
