// `solieu extract --format`: the nested articles shape (the default) and the
// flat quantities shape, run through the real binary on files in a temp dir.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "cli/cli_support.h"

using namespace solieu::test;
using json = nlohmann::json;

namespace {

std::string explain(const RunResult& r) {
  return "$ " + r.command + "\nexit " + std::to_string(r.exit_code) + "\n--- stdout\n" + r.out + "--- stderr\n" +
         r.err;
}

// A small portal page: three figures in the report, one in the tail.
const std::string kArticle =
    "Giao thông\n"
    "Bắc Mê làm mới đường thôn\n"
    "06/06/2024 10:12 31 lượt xem\n"
    "\n"
    "Năm 2023, huyện Bắc Mê đã làm được 2.800 mét đường giao thông nông thôn.\n"
    "Nhân dân đã đóng góp 1.200 ngày công và hiến 14.500 m2 đất.\n"
    "Tin khác\n"
    "Xã Minh Ngọc tổ chức 12 lớp tập huấn\n";

}  // namespace

TEST_CASE("cli: the default format is solieu.record/2, one line per article", "[cli]") {
  TempDir tmp;
  tmp.write("a.txt", kArticle);
  tmp.write("b.txt", "Huyện Bắc Mê đã xây 37 nhà tắm.\n");
  for (const std::string& args : {std::string("a.txt b.txt"), std::string("--format articles a.txt b.txt")}) {
    RunResult r = run_extract(tmp.path(), args);
    INFO(explain(r));
    CHECK(r.exit_code == 0);
    auto rs = records(r.out);
    REQUIRE(rs.size() == 2);
    CHECK(ids(rs) == std::vector<std::string>{"a.txt", "b.txt"});
    for (const json& rec : rs) {
      CHECK(rec["format"] == "solieu.record/2");
      CHECK(rec["quantities"].is_array());
      CHECK(rec["places"].is_array());
      CHECK(rec.contains("report_period"));
    }
    CHECK(rs[0]["title"] == "Bắc Mê làm mới đường thôn");
    CHECK(rs[0]["category"] == "Giao thông");
    CHECK(rs[0]["page_views"] == 31);
  }
}

TEST_CASE("cli: --format quantities writes one flat line per figure", "[cli]") {
  TempDir tmp;
  tmp.write("a.txt", kArticle);
  RunResult nested = run_extract(tmp.path(), "a.txt");
  RunResult flat = run_extract(tmp.path(), "--format quantities a.txt");
  INFO(explain(nested));
  INFO(explain(flat));
  CHECK(nested.exit_code == 0);
  CHECK(flat.exit_code == 0);
  CHECK_THAT(flat.err, Catch::Contains(summary(1, 1, 0)));

  auto rs = records(nested.out);
  REQUIRE(rs.size() == 1);
  const json& qs = rs[0]["quantities"];
  auto lines = records(flat.out);
  REQUIRE(lines.size() == qs.size());
  REQUIRE(lines.size() >= 4);  // "Năm 2023", and the three figures of the report

  std::vector<std::string> texts;
  for (size_t i = 0; i < lines.size(); ++i) {
    const json& l = lines[i];
    INFO(l.dump());
    CHECK(l["format"] == "solieu.quantity/2");
    CHECK(l["article"] == "a.txt");
    CHECK(l["source"] == "a.txt");
    CHECK(l["title"] == "Bắc Mê làm mới đường thôn");
    CHECK(l["published"] == "2024-06-06T10:12:00+07:00");
    CHECK_FALSE(l.contains("quantities"));
    CHECK(l["text"] == qs[i]["text"]);
    CHECK(l["start"] == qs[i]["start"]);
    CHECK(l["end"] == qs[i]["end"]);
    CHECK(l["value"] == qs[i]["value"]);
    CHECK(l["period"] == qs[i]["period"]);
    CHECK(l["place"] == qs[i]["place"]);
    texts.push_back(l["text"].get<std::string>());
  }
  for (const char* t : {"2.800 mét", "1.200 ngày công", "14.500 m2"})
    CHECK(std::count(texts.begin(), texts.end(), t) == 1);
  CHECK(std::count(texts.begin(), texts.end(), "12 lớp tập huấn") == 0);  // the tail
}

TEST_CASE("cli: --format quantities over several files and an article without figures", "[cli]") {
  TempDir tmp;
  tmp.write("a.txt", "Huyện Bắc Mê đã xây 37 nhà tắm.\n");
  tmp.write("b.txt", "Huyện Bắc Mê tiếp tục xây dựng nông thôn mới.\n");
  tmp.write("c.txt", "Xã Minh Ngọc có 25 hộ thoát nghèo và 12 hộ làm nhà mới.\n");
  RunResult r = run_extract(tmp.path(), "--format quantities a.txt b.txt c.txt");
  INFO(explain(r));
  CHECK(r.exit_code == 0);
  auto lines = records(r.out);
  std::vector<std::string> articles;
  for (const json& l : lines) articles.push_back(l.at("article").get<std::string>());
  CHECK(articles == std::vector<std::string>{"a.txt", "c.txt", "c.txt"});
  CHECK_THAT(r.err, Catch::Contains(summary(3, 3, 0)));
}

TEST_CASE("cli: --format quantities with -o writes the file", "[cli]") {
  TempDir tmp;
  tmp.write("a.txt", kArticle);
  RunResult r = run_extract(tmp.path(), "-q --format quantities -o out.jsonl a.txt");
  INFO(explain(r));
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  auto lines = records(read_file(tmp / "out.jsonl"));
  REQUIRE_FALSE(lines.empty());
  for (const json& l : lines) CHECK(l["format"] == "solieu.quantity/2");
}

TEST_CASE("cli: an unknown --format is a usage error", "[cli]") {
  TempDir tmp;
  tmp.write("a.txt", kArticle);
  struct Case {
    std::string value;
  };
  for (const Case& c : std::vector<Case>{{"nonsense"}, {"Quantities"}, {"jsonl"}, {""}}) {
    RunResult r = run_extract(tmp.path(), "--format " + quote(c.value) + " a.txt");
    INFO(explain(r));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains("--format '" + c.value + "'"));
    CHECK_THAT(r.err, Catch::Contains("articles, quantities"));
  }
  // Nothing is written to -o either.
  RunResult r = run_extract(tmp.path(), "--format nonsense -o out.jsonl a.txt");
  INFO(explain(r));
  CHECK(r.exit_code == 2);
  CHECK_FALSE(fs::exists(tmp / "out.jsonl"));
}

TEST_CASE("cli: --format without a value is a usage error", "[cli]") {
  TempDir tmp;
  RunResult r = run_extract(tmp.path(), "--text " + quote("xây 37 nhà tắm") + " --format");
  INFO(explain(r));
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK_FALSE(r.err.empty());
}

TEST_CASE("cli: --threads 2 writes exactly what one thread writes", "[cli]") {
  TempDir tmp;
  const std::string corpus = quote(std::string(SOLIEU_SOURCE_DIR) + "/corpus/articles");
  RunResult one = run_extract(tmp.path(), corpus + " -q");
  RunResult two = run_extract(tmp.path(), corpus + " -q --threads 2");
  INFO(explain(two));
  CHECK(one.exit_code == 0);
  CHECK(two.exit_code == 0);
  CHECK(records(one.out).size() == 14);
  CHECK(two.out == one.out);
  RunResult zero = run_extract(tmp.path(), corpus + " --threads 0");
  CHECK(zero.exit_code == 2);
}
