// Test helper: the figures solieu finds in a UTF-8 text, through the whole
// pipeline (normalizer, patterns, gazetteer loaded once), as comparable
// (value, unit, text) triples. Also checks that each figure's offsets slice
// the text to the figure's own text.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "extract/pattern_set.h"
#include "extract/places.h"
#include "normalize/normalizer.h"
#include "pipeline/pipeline.h"

namespace solieu::testing {

using Figure = std::tuple<std::string, std::string, std::string>;  // value, unit, text

struct FigureFinder {
  Normalizer normalizer;
  PatternSet patterns;
  Gazetteer gazetteer;
  Pipeline pipeline;

  static std::filesystem::path root() { return SOLIEU_SOURCE_DIR; }
  FigureFinder()
      : patterns(std::move(*PatternSet::load((root() / "patterns" / "vi").string(), normalizer))),
        gazetteer(std::move(*Gazetteer::load((root() / "patterns" / "vi" / "places.tsv").string()))),
        pipeline(normalizer, patterns, {}, RecordShape::kArticles, &gazetteer) {}

  static FigureFinder& get() {
    static FigureFinder f;
    return f;
  }

  std::vector<Figure> figures(const std::string& text, const std::string& id) const {
    Article a;
    a.id = id;
    a.source = id;
    a.text = text;
    ArticleResult r = pipeline.process(a);
    std::vector<Figure> out;
    if (!r.record) return out;
    nlohmann::json rec = nlohmann::json::parse(*r.record);
    for (const auto& q : rec["quantities"]) {
      const std::string t = q["text"].get<std::string>();
      const size_t start = q["start"].get<size_t>(), end = q["end"].get<size_t>();
      INFO(id << ": figure \"" << t << "\" at " << start << ".." << end);
      REQUIRE(end <= text.size());
      CHECK(text.substr(start, end - start) == t);
      out.emplace_back(q["value"].dump(), q.contains("unit") && q["unit"].is_string() ? q["unit"].get<std::string>() : "", t);
    }
    return out;
  }
};

}  // namespace solieu::testing
