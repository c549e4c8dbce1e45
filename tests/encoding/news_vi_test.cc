// The promise that valid UTF-8 Vietnamese is never "repaired", over the real
// articles of ../shared/data/news-vi/ (skipped where that is absent): every
// article's text decodes to itself, as utf-8, with no repairs.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "encoding/decode.h"

namespace fs = std::filesystem;

TEST_CASE("news-vi: no valid UTF-8 article is changed", "[encoding][shared]") {
  const fs::path dir = fs::path(SOLIEU_SOURCE_DIR) / ".." / "shared" / "data" / "news-vi";
  if (!fs::is_directory(dir)) {
    WARN("skipped: " << dir.string() << " is absent");
    SUCCEED();
    return;
  }
  size_t articles = 0, changed = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".jsonl") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
      const std::string text = j["text"].get<std::string>();
      solieu::Result<solieu::Decoded> d = solieu::decode_to_utf8(text, "");
      ++articles;
      if (!d || d->text != text || d->encoding != "utf-8" || !d->repairs.empty()) {
        ++changed;
        UNSCOPED_INFO(e.path().filename().string() << ": " << text.substr(0, 120));
      }
    }
  }
  INFO(articles << " articles, " << changed << " changed");
  CHECK(articles > 8000);
  CHECK(changed == 0);
}
