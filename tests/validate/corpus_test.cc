// The validation corpus (corpus/validation/): articles with planted
// inconsistencies of every kind and consistent traps. Through the real
// binary, extract then validate must find exactly the findings listed in
// expected.tsv: every planted issue, and nothing else.
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "cli/cli_support.h"

using namespace solieu::test;
using json = nlohmann::json;

namespace {

const fs::path kCorpus = fs::path(SOLIEU_SOURCE_DIR) / "corpus" / "validation";

// A finding as expected.tsv writes it.
std::string projection(const json& f) {
  std::string figures;
  for (const json& x : f["figures"])
    figures += (figures.empty() ? "" : " | ") + x["article"].get<std::string>() + ": " + x["text"].get<std::string>();
  const std::string ref = f.contains("reference") ? std::to_string(f["reference"]["line"].get<int>()) : "-";
  return f["kind"].get<std::string>() + "\t" + f["severity"].get<std::string>() + "\t" + ref + "\t" +
         (figures.empty() ? "-" : figures);
}

std::vector<std::string> expected_lines() {
  std::vector<std::string> out;
  std::istringstream in(read_file(kCorpus / "expected.tsv"));
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("validate: the validation corpus gives exactly its expected findings", "[validate][corpus]") {
  TempDir tmp;
  RunResult ex = run_extract(tmp.path(), "-q " + quote((kCorpus / "articles.jsonl").string()) + " -o records.jsonl");
  INFO(ex.command << "\n" << ex.err);
  REQUIRE(ex.exit_code == 0);
  RunResult v = run_solieu(tmp.path(), "validate -q records.jsonl --patterns " + quote(patterns_dir()) +
                                           " --reference " + quote((kCorpus / "official.csv").string()) +
                                           " --report report.html");
  INFO(v.command << "\n" << v.err);
  REQUIRE(v.exit_code == 0);
  std::vector<std::string> got;
  for (const json& f : records(v.out)) got.push_back(projection(f));
  std::vector<std::string> want = expected_lines();
  std::sort(got.begin(), got.end());
  std::sort(want.begin(), want.end());
  std::vector<std::string> missing, extra;
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(missing));
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(extra));
  for (const auto& m : missing) UNSCOPED_INFO("missing: " << m);
  for (const auto& e : extra) UNSCOPED_INFO("not expected: " << e);
  CHECK(missing.empty());
  CHECK(extra.empty());
  // Every kind the corpus plants is there (a check that the list above is not empty by accident).
  for (const char* kind : {"parts_exceed_total", "parts_short_of_total", "fraction_percent_mismatch", "growth_mismatch",
                           "share_over_100", "fraction_over_whole", "fractional_count", "implausible_value", "conflict",
                           "cumulative_decrease", "agreement", "reprint", "reference_match", "reference_mismatch",
                           "reference_uncovered"})
    CHECK(std::any_of(want.begin(), want.end(), [&](const std::string& l) { return l.rfind(std::string(kind) + "\t", 0) == 0; }));

  const std::string html = read_file(tmp / "report.html");
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("http://") == html.find("http://www.w3.org/2000/svg"));  // the SVG namespace is the only URL
  CHECK(html.find("https://") == std::string::npos);
  CHECK(html.find("<svg") != std::string::npos);
  for (size_t n = 1; n <= want.size(); ++n) CHECK(html.find("id=\"F" + std::to_string(n) + "\"") != std::string::npos);
  CHECK(html.find("<mark>14/19 tiêu chí</mark>") != std::string::npos);
}

TEST_CASE("validate: bad lines are reported with file and line, the rest is checked", "[validate][cli]") {
  TempDir tmp;
  tmp.write("bad.jsonl", "{\"format\": \"solieu.record/2\", \"id\": \"a\", \"quantities\": []}\nnot json\n"
                         "{\"format\": \"solieu.record/2\", \"id\": \"b\", \"quantities\": \"x\"}\n");
  RunResult v = run_solieu(tmp.path(), "validate --no-texts bad.jsonl --patterns " + quote(patterns_dir()));
  INFO(v.command << "\n" << v.err);
  CHECK(v.exit_code == 1);
  CHECK(v.err.find("bad.jsonl:2:") != std::string::npos);
  CHECK(v.err.find("bad.jsonl:3:") != std::string::npos);
  CHECK(v.err.find("\"quantities\"") != std::string::npos);
  CHECK(v.err.find("2 articles") == std::string::npos);
  CHECK(v.err.find("1 articles") != std::string::npos);

  RunResult usage = run_solieu(tmp.path(), "validate --reprint-threshold 2 bad.jsonl");
  CHECK(usage.exit_code == 2);
  tmp.write("ref.csv", "indicator,value\nx,1\n");
  RunResult ref = run_solieu(tmp.path(), "validate bad.jsonl --reference ref.csv --patterns " + quote(patterns_dir()));
  CHECK(ref.exit_code == 2);
  CHECK(ref.err.find("ref.csv:1") != std::string::npos);
}
