// Articles over 64 KB are matched window by window (extractor.h). The windows
// are cut at line breaks where there are any, so a long article made of real
// reports finds exactly the figures each report finds alone, none lost or
// doubled at a window's edge; without line breaks the cut falls after a
// sentence end or a comma, and a figure-dense endless line loses nothing.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "figures_support.h"

using namespace solieu;
using namespace solieu::figures_test;

namespace {

// What must agree: where, what and how much.
using Figure = std::tuple<size_t, size_t, std::string, std::string, double>;

std::vector<Figure> figures(std::string_view text, size_t shift = 0) {
  std::vector<Figure> out;
  for (const Quantity& q : extractor().extract(text, {}))
    out.emplace_back(q.span.start + shift, q.span.end + shift, q.dimension, q.unit, q.value.value_or(-1));
  return out;
}

}  // namespace

TEST_CASE("a long article of whole reports: each report's figures, at its offsets, none lost at a window edge") {
  const std::vector<std::string> reports = corpus_reports();
  REQUIRE(reports.size() >= 5);
  std::string all;
  std::vector<Figure> expected;
  while (all.size() < 5 * 64 * 1024) {  // several windows
    for (const std::string& r : reports) {
      const std::vector<Figure> alone = figures(r, all.size());
      expected.insert(expected.end(), alone.begin(), alone.end());
      all += r;
      all += "\n\n";
    }
  }
  const std::vector<Figure> together = figures(all);
  REQUIRE(together.size() == expected.size());
  CHECK(together == expected);
}

TEST_CASE("a long line without line breaks: cut after a comma, every figure found") {
  std::string line;
  size_t n = 0;
  while (line.size() < 3 * 64 * 1024) {
    line += "xã Yên Phú làm mới " + std::to_string(n % 90 + 10) + " km đường, ";
    ++n;
  }
  const std::vector<Figure> found = figures(line);
  REQUIRE(found.size() == n);
  for (size_t i = 0; i < n; ++i) {
    CHECK(std::get<3>(found[i]) == "km");
    CHECK(std::get<4>(found[i]) == static_cast<double>(i % 90 + 10));
  }
}
