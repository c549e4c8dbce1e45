// Helpers for the store tests: the real pipeline over sentences written for
// these tests, and a small reader of SQLite files through the C API.
#pragma once

#include <sqlite3.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "extract/pattern_set.h"
#include "extract/places.h"
#include "normalize/normalizer.h"
#include "pipeline/pipeline.h"
#include "store/flat.h"

namespace solieu::test {

inline const std::string kStorePatterns = std::string(SOLIEU_SOURCE_DIR) + "/patterns/vi";

// The patterns and gazetteer, loaded once for all tests.
struct StoreFixture {
  Normalizer normalizer;
  PatternSet patterns;
  Gazetteer gazetteer;
  Pipeline pipeline;
  StoreFixture()
      : patterns(load_patterns(normalizer)),
        gazetteer(load_places()),
        pipeline(normalizer, patterns, {}, RecordShape::kArticles, &gazetteer) {}
  static PatternSet load_patterns(const Normalizer& n) {
    auto set = PatternSet::load(kStorePatterns, n);
    if (!set) FAIL(set.error().to_string_with_caret());
    return std::move(*set);
  }
  static Gazetteer load_places() {
    auto g = Gazetteer::load(kStorePatterns + "/places.tsv");
    if (!g) FAIL(g.error().to_string_with_caret());
    return std::move(*g);
  }
  static StoreFixture& get() {
    static StoreFixture f;
    return f;
  }
};

// Three short reports, written for these tests: figures with qualifiers,
// units, places and periods, and a title with a comma and quotes.
struct Input {
  std::string id, title, published, text;
};
inline std::vector<Input> sample_inputs() {
  return {
      {"bac-me-1", "", "2024-06-06T10:12:00+07:00",
       "Trong 5 tháng đầu năm, huyện Bắc Mê đã tuyên truyền được 252 buổi với gần 14 nghìn lượt người nghe; "
       "mở mới 05 tuyến đường trên 25 km."},
      {"yen-minh-2", "Yên Minh: \"về đích\" sớm, vượt kế hoạch", "2024-11-20",
       "Năm 2024, huyện Yên Minh đã làm được 2.800 mét đường giao thông nông thôn. "
       "Nhân dân đã hiến 14.500 m2 đất và đóng góp 1.200 ngày công."},
      {"meo-vac-3", "", "2023-12-01",
       "Đến nay, xã Pải Lủng có 15/19 tiêu chí đạt chuẩn nông thôn mới; toàn huyện Mèo Vạc huy động "
       "trên 8 tỉ đồng xây 37 nhà tắm."},
  };
}

inline Article make_article(const Input& in, const std::string& source = "test.jsonl", int line = 0) {
  Article a;
  a.id = in.id;
  a.source = source;
  a.line = line;
  a.title = in.title;
  if (!in.published.empty()) a.published = in.published;
  a.text = in.text;
  return a;
}

inline ArticleResult run_pipeline(const Article& a) {
  ArticleResult r = StoreFixture::get().pipeline.process(a);
  REQUIRE(r.record);
  REQUIRE(r.extracted);
  return r;
}

// A read connection to a database file, closed at the end of the scope.
class SqlReader {
 public:
  explicit SqlReader(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
      FAIL("cannot open " << path << ": " << sqlite3_errmsg(db_));
  }
  ~SqlReader() { sqlite3_close_v2(db_); }
  SqlReader(const SqlReader&) = delete;
  SqlReader& operator=(const SqlReader&) = delete;

  // Every row of `sql`, each cell typed as SQLite returns it.
  std::vector<std::vector<Cell>> rows(const std::string& sql) const {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
      FAIL(sql << ": " << sqlite3_errmsg(db_));
    std::vector<std::vector<Cell>> out;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      std::vector<Cell> row;
      for (int i = 0; i < sqlite3_column_count(s); ++i) {
        switch (sqlite3_column_type(s, i)) {
          case SQLITE_INTEGER: row.emplace_back(static_cast<int64_t>(sqlite3_column_int64(s, i))); break;
          case SQLITE_FLOAT: row.emplace_back(sqlite3_column_double(s, i)); break;
          case SQLITE_NULL: row.emplace_back(); break;
          default:
            row.emplace_back(std::string(reinterpret_cast<const char*>(sqlite3_column_text(s, i)),
                                         static_cast<size_t>(sqlite3_column_bytes(s, i))));
        }
      }
      out.push_back(std::move(row));
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) FAIL(sql << ": " << sqlite3_errmsg(db_));
    return out;
  }
  int64_t count(const std::string& sql) const {
    auto r = rows(sql);
    REQUIRE(r.size() == 1);
    return std::get<int64_t>(r[0][0]);
  }
  std::string text(const std::string& sql) const {
    auto r = rows(sql);
    REQUIRE(r.size() == 1);
    return std::holds_alternative<std::string>(r[0][0]) ? std::get<std::string>(r[0][0]) : "<not text>";
  }
  // The rows of the article tables, in key order, as text (for comparing two
  // states of a database); `where` filters on the article id.
  std::string dump(const std::string& where = "1") const {
    std::string out;
    for (const char* sql :
         {"SELECT * FROM articles WHERE %W ORDER BY id", "SELECT * FROM places WHERE %W ORDER BY article_id, ordinal",
          "SELECT * FROM quantities WHERE %W ORDER BY article_id, ordinal"}) {
      std::string q = sql;
      const std::string column = q.find("FROM articles") != std::string::npos ? "id" : "article_id";
      q.replace(q.find("%W"), 2, "(" + replace_all(where, "ID", column) + ")");
      for (const auto& row : rows(q)) {
        for (const Cell& c : row) out += show(c) + "|";
        out += "\n";
      }
      out += "--\n";
    }
    return out;
  }
  sqlite3* handle() const { return db_; }

  static std::string show(const Cell& c) {
    if (const auto* i = std::get_if<int64_t>(&c)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&c)) return "r" + number_text(*d);
    if (const auto* s = std::get_if<std::string>(&c)) return "'" + *s + "'";
    return "NULL";
  }

 private:
  static std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
    return s;
  }
  sqlite3* db_ = nullptr;
};

// A cell as JSON, for comparing with the record: NULL is null.
inline nlohmann::json cell_json(const Cell& c) {
  if (const auto* i = std::get_if<int64_t>(&c)) return *i;
  if (const auto* d = std::get_if<double>(&c)) return *d;
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  return nullptr;
}

// Runs SQL on a database file through a fresh read-write connection.
inline void exec_sql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  std::string message = err ? err : "";
  sqlite3_free(err);
  sqlite3_close(db);
  INFO(sql << ": " << message);
  REQUIRE(rc == SQLITE_OK);
}

}  // namespace solieu::test
