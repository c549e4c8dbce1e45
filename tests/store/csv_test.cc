// CSV (RFC 4180): quoting, line ends, numbers, and the rows of real articles
// read back with a small RFC 4180 reader written here.
#include <catch2/catch.hpp>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "store/csv.h"
#include "store/store_support.h"

using namespace solieu;
using namespace solieu::test;

namespace {

// Reads RFC 4180 text into records of fields; fails the test on anything
// the RFC does not allow (a bare CR or LF as a line end, a quote inside an
// unquoted field, text after a closing quote).
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '"') {
      ++i;
      for (;;) {
        REQUIRE(i < text.size());  // an unterminated quoted field
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        REQUIRE(text[i] != '"');
        field += text[i++];
      }
    }
    REQUIRE(i < text.size());  // every record ends with CRLF
    if (text[i] == ',') {
      record.push_back(std::move(field));
      field.clear();
      ++i;
      continue;
    }
    REQUIRE(text.compare(i, 2, "\r\n") == 0);
    record.push_back(std::move(field));
    field.clear();
    records.push_back(std::move(record));
    record.clear();
    i += 2;
  }
  return records;
}

}  // namespace

TEST_CASE("store: CSV fields are quoted when they must be, quotes doubled", "[store]") {
  struct Case {
    std::string in, out;
  };
  const std::vector<Case> cases = {
      {"", ""},
      {"252 buổi", "252 buổi"},
      {"Huyện Bắc Mê", "Huyện Bắc Mê"},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"\"", "\"\"\"\""},
      {"line\nbreak", "\"line\nbreak\""},
      {"cr\rhere", "\"cr\rhere\""},
      {"crlf\r\n", "\"crlf\r\n\""},
      {"Yên Minh: \"về đích\", sớm", "\"Yên Minh: \"\"về đích\"\", sớm\""},
      {" leading and trailing ", " leading and trailing "},
      {"semi;colon\ttab", "semi;colon\ttab"},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(csv_field(c.in) == c.out);
    // And each reads back as it was.
    auto back = read_csv(csv_line({csv_field(c.in), "x"}));
    REQUIRE(back.size() == 1);
    CHECK(back[0] == std::vector<std::string>{c.in, "x"});
  }
}

TEST_CASE("store: CSV numbers are written as the JSON record writes them", "[store]") {
  struct Case {
    Cell cell;
    std::string out;
  };
  const std::vector<Case> cases = {
      {Cell{}, ""},
      {Cell{int64_t{0}}, "0"},
      {Cell{int64_t{-12}}, "-12"},
      {Cell{25.0}, "25"},
      {Cell{25000.0}, "25000"},
      {Cell{8000000000.0}, "8000000000"},
      {Cell{1.5}, "1.5"},
      {Cell{0.1}, "0.1"},
      {Cell{2.55}, "2.55"},
      {Cell{-0.0}, "0"},
      {Cell{std::string("a,b")}, "\"a,b\""},
  };
  for (const Case& c : cases) {
    INFO(c.out);
    CHECK(csv_cell(c.cell) == c.out);
  }
  // The same text as nlohmann/json for doubles that are not whole.
  for (double d : {0.1, 1.5, 2.55, 1.0 / 3.0, 123456.789, 1e-7})
    CHECK(number_text(d) == nlohmann::json(d).dump());
}

TEST_CASE("store: the CSV header is the flat columns, and each figure one CRLF row", "[store]") {
  const std::string header = csv_header();
  CHECK(header ==
        "article,source,title,published,url,text,span_start,span_end,value,unit,dimension,normalized_value,"
        "normalized_unit,qualifier,low,high,of_total,indicator,status,status_detail,object,period_start,period_end,"
        "period_text,place_text,place_name,place_type,place_code,place_era,place_start,place_end,pattern,sentence,"
        "sentence_start,sentence_end,flags,alternative\r\n");
  const std::vector<std::string> columns = csv_columns();
  REQUIRE(columns.size() == 5 + quantity_columns().size());

  std::string out = header;
  size_t figures = 0;
  std::vector<Input> inputs = sample_inputs();
  // Commas, quotes and a newline in a title; Vietnamese throughout.
  inputs[2].title = "Mèo Vạc, \"đích\" đến\nnông thôn mới";
  for (const Input& in : inputs) {
    ArticleResult r = run_pipeline(make_article(in, "dir/nguồn, \"một\".jsonl"));
    figures += r.extracted->quantities.size();
    out += csv_rows(r.extracted->facts());
  }
  auto records = read_csv(out);
  REQUIRE(records.size() == 1 + figures);
  CHECK(records[0] == columns);
  auto col = [&](const std::string& name) {
    return static_cast<size_t>(std::find(columns.begin(), columns.end(), name) - columns.begin());
  };
  bool saw_title = false, saw_km = false;
  for (size_t i = 1; i < records.size(); ++i) {
    const auto& r = records[i];
    REQUIRE(r.size() == columns.size());
    CHECK(r[col("source")] == "dir/nguồn, \"một\".jsonl");
    if (r[col("article")] == "meo-vac-3") {
      CHECK(r[col("title")] == "Mèo Vạc, \"đích\" đến\nnông thôn mới");
      saw_title = true;
    }
    if (r[col("text")] == "trên 25 km") {
      saw_km = true;
      CHECK(r[col("article")] == "bac-me-1");
      CHECK(r[col("published")] == "2024-06-06T10:12:00+07:00");
      CHECK(r[col("value")] == "25");
      CHECK(r[col("unit")] == "km");
      CHECK(r[col("normalized_value")] == "25000");
      CHECK(r[col("normalized_unit")] == "m");
      CHECK(r[col("qualifier")] == "more_than");
      CHECK(r[col("indicator")] == "road_length");
      CHECK(r[col("period_start")] == "2024-01-01");
      CHECK(r[col("period_end")] == "2024-05-31");
      CHECK(r[col("place_code")] == "031");
      CHECK(r[col("span_start")] == "164");
      CHECK(r[col("span_end")] == "175");
      CHECK(r[col("low")] == "");
      CHECK(r[col("url")] == "");
    }
  }
  CHECK(saw_title);
  CHECK(saw_km);
}

TEST_CASE("store: an article without figures gives no CSV rows", "[store]") {
  ArticleResult r = run_pipeline(make_article({"empty", "Tiêu đề", "", "Không có số liệu nào ở đây."}));
  CHECK(r.extracted->quantities.empty());
  CHECK(csv_rows(r.extracted->facts()).empty());
}
