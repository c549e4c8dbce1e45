// The PostgreSQL sink against a real server: the one scripts/with_postgres.sh
// starts for CTest (scripts/test.sh, .ci/run) and names in
// $SOLIEU_TEST_POSTGRES. Each test works in a schema of its own, dropped
// first. Without the variable every test here says so and passes (skipped):
// no server could be started.
#include <catch2/catch.hpp>

#include <libpq-fe.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>

#include "cli/cli_support.h"
#include "store/postgres_store.h"
#include "store/sqlite_store.h"
#include "store/store_support.h"

using namespace solieu;
using namespace solieu::test;
namespace fs = std::filesystem;

namespace {

// The server's URL, or nullopt (and a message saying the test is skipped).
std::optional<std::string> server() {
  const char* url = std::getenv("SOLIEU_TEST_POSTGRES");
  if (url && *url) return std::string(url);
  WARN("skipped: SOLIEU_TEST_POSTGRES is not set, so no PostgreSQL server was started for this run "
       "(scripts/test.sh starts one with scripts/with_postgres.sh; it says on stderr why it could not)");
  return std::nullopt;
}

// A connection for checking what the store wrote; rows as text, NULL as nullopt.
class PgReader {
 public:
  explicit PgReader(const std::string& url) : conn_(PQconnectdb(url.c_str())) {
    if (PQstatus(conn_) != CONNECTION_OK) FAIL("cannot connect to " << url << ": " << PQerrorMessage(conn_));
    PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);  // "schema ... does not exist, skipping"
  }
  ~PgReader() { PQfinish(conn_); }
  PgReader(const PgReader&) = delete;
  PgReader& operator=(const PgReader&) = delete;

  using Row = std::vector<std::optional<std::string>>;
  std::vector<Row> rows(const std::string& sql, const std::vector<std::string>& params = {}) const {
    std::vector<const char*> values;
    for (const auto& p : params) values.push_back(p.c_str());
    PGresult* r = PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                               nullptr, 0);
    const ExecStatusType s = PQresultStatus(r);
    if (s != PGRES_TUPLES_OK && s != PGRES_COMMAND_OK) {
      std::string why = PQresultErrorMessage(r);
      PQclear(r);
      FAIL(sql << ": " << why);
    }
    std::vector<Row> out;
    for (int i = 0; i < PQntuples(r); ++i) {
      Row row;
      for (int c = 0; c < PQnfields(r); ++c)
        row.push_back(PQgetisnull(r, i, c) ? std::nullopt : std::optional<std::string>(PQgetvalue(r, i, c)));
      out.push_back(std::move(row));
    }
    PQclear(r);
    return out;
  }
  void exec(const std::string& sql) const { rows(sql); }
  std::string value(const std::string& sql, const std::vector<std::string>& params = {}) const {
    auto r = rows(sql, params);
    REQUIRE(r.size() == 1);
    REQUIRE(r[0].size() == 1);
    return r[0][0].value_or("NULL");
  }
  int64_t count(const std::string& sql, const std::vector<std::string>& params = {}) const {
    return std::stoll(value(sql, params));
  }
  // The article tables in key order, as text, without run ids; `where` on the article id.
  std::string dump(const std::string& where = "true") const {
    std::string out;
    for (const auto& [table, key] : std::vector<std::pair<std::string, std::string>>{
             {"articles", "id"}, {"places", "article_id, ordinal"}, {"quantities", "article_id, ordinal"}}) {
      const std::string id = table == "articles" ? "id" : "article_id";
      std::string w = where;
      for (size_t at = w.find("ID"); at != std::string::npos; at = w.find("ID", at + id.size())) w.replace(at, 2, id);
      for (const Row& row : rows("SELECT * FROM " + table + " WHERE " + w + " ORDER BY " + key)) {
        for (const auto& c : row) out += (c ? "'" + *c + "'" : "NULL") + "|";
        out += "\n";
      }
      out += "--\n";
    }
    return out;
  }

 private:
  PGconn* conn_;
};

// A URL whose search_path is a new, empty schema `name`.
std::string fresh_schema(const std::string& url, const std::string& name) {
  PgReader db(url);
  db.exec("DROP SCHEMA IF EXISTS " + name + " CASCADE");
  db.exec("CREATE SCHEMA " + name);
  return url + (url.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + name;
}

PostgresStore open_pg(const std::string& url, size_t batch = 256) {
  auto s = PostgresStore::open(url, {.settings = "test settings", .batch = batch});
  if (!s) FAIL(s.error().to_string());
  return std::move(*s);
}

// Every article has all its rows: quantity_count matches, places JSON matches the places rows.
void check_consistent(const PgReader& db) {
  CHECK(db.count("SELECT count(*) FROM articles a WHERE quantity_count <> "
                 "(SELECT count(*) FROM quantities q WHERE q.article_id = a.id)") == 0);
  CHECK(db.count("SELECT count(*) FROM articles a WHERE json_array_length(places::json) <> "
                 "(SELECT count(*) FROM places p WHERE p.article_id = a.id)") == 0);
}

std::string explain(const RunResult& r) {
  return "$ " + r.command + "\nexit " + std::to_string(r.exit_code) + "\n--- stdout\n" + r.out + "--- stderr\n" + r.err;
}

}  // namespace

TEST_CASE("postgres: the schema's tables and columns are SQLite's, typed for PostgreSQL", "[store][postgres]") {
  auto url = server();
  if (!url) return;
  const std::string pg_url = fresh_schema(*url, "solieu_t_schema");
  TempDir tmp;
  const std::string sqlite_path = (tmp / "a.sqlite").string();
  REQUIRE(open_pg(pg_url).finish());
  {
    auto s = SqliteStore::open(sqlite_path, {.settings = "x"});
    REQUIRE(s);
    REQUIRE(s->finish());
  }
  // table.column -> declared type, in both.
  std::map<std::string, std::string> sqlite_cols, pg_cols;
  SqlReader lite(sqlite_path);
  for (const auto& t : lite.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")) {
    const std::string table = std::get<std::string>(t[0]);
    for (const auto& c : lite.rows("SELECT name, type FROM pragma_table_info('" + table + "')"))
      sqlite_cols[table + "." + std::get<std::string>(c[0])] = std::get<std::string>(c[1]);
  }
  PgReader db(pg_url);
  for (const auto& c : db.rows("SELECT table_name, column_name, data_type FROM information_schema.columns "
                               "WHERE table_schema = current_schema()"))
    pg_cols[*c[0] + "." + *c[1]] = *c[2];
  REQUIRE(sqlite_cols.size() > 60);
  REQUIRE(pg_cols.size() == sqlite_cols.size());
  const std::map<std::string, std::string> type_for = {
      {"TEXT", "text"}, {"INTEGER", "bigint"}, {"REAL", "double precision"}};
  for (const auto& [column, type] : sqlite_cols) {
    INFO(column);
    REQUIRE(pg_cols.count(column));
    CHECK(pg_cols[column] == type_for.at(type));
  }
  // The same indexes, by name.
  std::set<std::string> lite_indexes, pg_indexes;
  for (const auto& r : lite.rows("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    lite_indexes.insert(std::get<std::string>(r[0]));
  for (const auto& r : db.rows("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                               "AND indexname NOT LIKE '%_pkey'"))
    pg_indexes.insert(*r[0]);
  CHECK(pg_indexes == lite_indexes);
  CHECK(db.value("SELECT version FROM schema_version") == "1");
  CHECK(db.value("SELECT status FROM runs") == "done");
}

TEST_CASE("postgres: rows hold the same values as SQLite's, hostile strings included", "[store][postgres]") {
  auto url = server();
  if (!url) return;
  const std::string pg_url = fresh_schema(*url, "solieu_t_values");
  TempDir tmp;
  const std::string sqlite_path = (tmp / "a.sqlite").string();
  std::vector<Input> inputs = sample_inputs();
  // Tabs, line breaks, backslashes, quotes, "\N", "\." and astral Unicode in
  // the id, the title and the text: COPY must carry each byte as it is.
  inputs.push_back({"hostile\t\\N\n'\"\\.", "Tiêu đề\t\"trích\" \\ 'dẫn'\r\n😀 \\.",
                    "2024-01-02", "Tab\there \\N \\. \"q\" 'q'\r\nNăm 2024, xã Pải Lủng làm được 12 km đường 😀."});
  std::vector<ArticleResult> results;
  for (const Input& in : inputs) results.push_back(run_pipeline(make_article(in)));
  {
    PostgresStore pg = open_pg(pg_url, 2);
    auto lite = SqliteStore::open(sqlite_path, {.settings = "test settings", .batch = 2});
    REQUIRE(lite);
    for (const ArticleResult& r : results) {
      REQUIRE(pg.put(r.extracted->facts()));
      REQUIRE(lite->put(r.extracted->facts()));
    }
    REQUIRE(pg.finish());
    REQUIRE(lite->finish());
  }
  PgReader db(pg_url);
  CHECK(db.count("SELECT count(*) FROM articles") == 4);
  CHECK(db.value("SELECT title FROM articles WHERE id = $1", {inputs[3].id}) == inputs[3].title);
  CHECK(db.count("SELECT text_bytes FROM articles WHERE id = $1", {inputs[3].id}) ==
        static_cast<int64_t>(inputs[3].text.size()));
  CHECK(db.value("SELECT text FROM quantities WHERE article_id = $1 AND unit = 'km'", {inputs[3].id}) == "12 km");
  // Every cell of every table equals SQLite's, compared as text.
  SqlReader lite(sqlite_path);
  for (const std::string& table : {std::string("articles"), std::string("places"), std::string("quantities")}) {
    const std::string key = table == "articles" ? "id" : "article_id, ordinal";
    // places JSON is checked below: PostgreSQL spaces its JSON differently.
    const std::string cols = table == "articles" ? "id, source, url, title, published, category, author, page_views, "
                                                   "encoding, invalid_bytes, text_bytes, content_hash, extraction_hash, "
                                                   "report_period_start, report_period_end, report_period_text, "
                                                   "quantity_count"
                                                 : "*";
    // Rows in one order in both: by id bytes (COLLATE "C" in PostgreSQL).
    const std::string order = table == "articles" ? "id" : "article_id";
    auto pg_rows = db.rows("SELECT " + cols + " FROM " + table + " ORDER BY " + order + " COLLATE \"C\", " + key);
    auto lite_rows = lite.rows("SELECT " + cols + " FROM " + table + " ORDER BY " + key);
    REQUIRE(pg_rows.size() == lite_rows.size());
    for (size_t i = 0; i < pg_rows.size(); ++i) {
      REQUIRE(pg_rows[i].size() == lite_rows[i].size());
      for (size_t c = 0; c < pg_rows[i].size(); ++c) {
        INFO(table << " row " << i << " column " << c);
        const Cell& l = lite_rows[i][c];
        if (std::holds_alternative<std::monostate>(l)) CHECK_FALSE(pg_rows[i][c]);
        else if (const auto* d = std::get_if<double>(&l)) CHECK(std::stod(pg_rows[i][c].value_or("nan")) == *d);
        else if (const auto* n = std::get_if<int64_t>(&l)) CHECK(pg_rows[i][c] == std::to_string(*n));
        else CHECK(pg_rows[i][c] == std::get<std::string>(l));
      }
    }
  }
  // The places JSON: the same array of the same objects.
  for (const auto& row : lite.rows("SELECT id, places FROM articles")) {
    const std::string id = std::get<std::string>(row[0]);
    INFO(id);
    CHECK(nlohmann::json::parse(db.value("SELECT places FROM articles WHERE id = $1", {id})) ==
          nlohmann::json::parse(std::get<std::string>(row[1])));
  }
  check_consistent(db);
}

TEST_CASE("postgres: re-runs skip unchanged articles, replace changed ones, and keep one id's later article",
          "[store][postgres]") {
  auto url = server();
  if (!url) return;
  const std::string pg_url = fresh_schema(*url, "solieu_t_rerun");
  std::vector<Input> inputs = sample_inputs();
  std::vector<ArticleResult> results;
  for (const Input& in : inputs) results.push_back(run_pipeline(make_article(in)));
  {
    PostgresStore pg = open_pg(pg_url);
    for (const ArticleResult& r : results) CHECK(pg.put(r.extracted->facts())->outcome == StoreOutcome::kInserted);
    REQUIRE(pg.finish());
  }
  const std::string first = PgReader(pg_url).dump();
  {
    PostgresStore pg = open_pg(pg_url);
    for (const ArticleResult& r : results) {
      CHECK(*pg.unchanged(r.extracted->article));
      CHECK(pg.put(r.extracted->facts())->outcome == StoreOutcome::kUnchanged);
    }
    REQUIRE(pg.finish());
    CHECK(pg.counts().unchanged == 3);
  }
  CHECK(PgReader(pg_url).dump() == first);

  // A changed text: its rows are replaced, the others untouched.
  Input changed = inputs[1];
  changed.text += " Toàn huyện có thêm 12 lớp tập huấn.";
  ArticleResult changed_result = run_pipeline(make_article(changed));
  const std::string others = PgReader(pg_url).dump("ID <> 'yen-minh-2'");
  {
    PostgresStore pg = open_pg(pg_url);
    CHECK_FALSE(*pg.unchanged(changed_result.extracted->article));
    CHECK(pg.put(changed_result.extracted->facts())->outcome == StoreOutcome::kReplaced);
    REQUIRE(pg.finish());
    CHECK(pg.counts().replaced == 1);
  }
  PgReader db(pg_url);
  CHECK(db.dump("ID <> 'yen-minh-2'") == others);
  CHECK(db.count("SELECT count(*) FROM quantities WHERE article_id = 'yen-minh-2' AND text = '12 lớp tập huấn'") == 1);
  CHECK(db.count("SELECT quantity_count FROM articles WHERE id = 'yen-minh-2'") ==
        static_cast<int64_t>(changed_result.extracted->quantities.size()));

  // One id twice in one batch: a warning, and the later article is kept.
  {
    PostgresStore pg = open_pg(pg_url);
    REQUIRE(pg.put(results[1].extracted->facts())->outcome == StoreOutcome::kReplaced);
    auto again = pg.put(changed_result.extracted->facts());
    REQUIRE(again);
    REQUIRE(again->warning);
    CHECK_THAT(again->warning->to_string(), Catch::Contains("already stored in this run"));
    REQUIRE(pg.finish());
  }
  check_consistent(db);
  CHECK(db.count("SELECT count(*) FROM quantities WHERE article_id = 'yen-minh-2' AND text = '12 lớp tập huấn'") == 1);
  auto runs = db.rows("SELECT inserted, replaced, unchanged, status FROM runs ORDER BY id");
  REQUIRE(runs.size() == 4);
  CHECK(*runs[0][0] + *runs[1][2] + *runs[2][1] + *runs[3][3] == "331done");
}

TEST_CASE("postgres: a killed run leaves whole batches only, and a re-run completes it", "[store][postgres]") {
  auto url = server();
  if (!url) return;
  const std::string pg_url = fresh_schema(*url, "solieu_t_killed");
  std::vector<Input> inputs = sample_inputs();
  for (int i = 0; i < 2; ++i) {
    Input more = inputs[static_cast<size_t>(i)];
    more.id += "-copy";
    inputs.push_back(more);
  }
  std::vector<ArticleResult> results;
  for (const Input& in : inputs) results.push_back(run_pipeline(make_article(in)));

  // A child writes in batches of two and is killed (SIGKILL) after its
  // fifth put: two batches committed, the fifth article never sent.
  int ready[2];
  REQUIRE(pipe(ready) == 0);
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    close(ready[0]);
    auto s = PostgresStore::open(pg_url, {.settings = "test settings", .batch = 2});
    if (!s) _exit(3);
    for (const ArticleResult& r : results)
      if (!s->put(r.extracted->facts())) _exit(4);
    if (write(ready[1], "k", 1) != 1) _exit(5);
    pause();
    _exit(0);
  }
  close(ready[1]);
  char c = 0;
  REQUIRE(read(ready[0], &c, 1) == 1);
  close(ready[0]);
  kill(child, SIGKILL);
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  REQUIRE(WIFSIGNALED(status));

  PgReader db(pg_url);
  check_consistent(db);
  CHECK(db.count("SELECT count(*) FROM articles") == 4);
  CHECK(db.count("SELECT count(*) FROM articles WHERE id = 'yen-minh-2-copy'") == 0);
  CHECK(db.value("SELECT status || ' ' || coalesce(finished, 'NULL') || ' ' || inserted FROM runs") ==
        "running NULL 4");
  {
    PostgresStore pg = open_pg(pg_url);
    std::vector<StoreOutcome> got;
    for (const ArticleResult& r : results) got.push_back(pg.put(r.extracted->facts())->outcome);
    const auto U = StoreOutcome::kUnchanged;
    CHECK(got == std::vector<StoreOutcome>{U, U, U, U, StoreOutcome::kInserted});
    REQUIRE(pg.finish());
  }
  check_consistent(db);
  CHECK(db.count("SELECT count(*) FROM articles") == 5);
}

TEST_CASE("postgres: cli --postgres loads the corpus like --db, re-runs skip, a changed file is replaced",
          "[store][postgres][cli]") {
  auto url = server();
  if (!url) return;
  const std::string pg_url = fresh_schema(*url, "solieu_t_cli");
  TempDir tmp;
  fs::copy(fs::path(SOLIEU_SOURCE_DIR) / "corpus" / "articles", tmp / "in", fs::copy_options::recursive);
  const std::string target = "--postgres " + quote(pg_url) + " --db out.sqlite";
  RunResult first = run_extract(tmp.path(), "in " + target);
  INFO(explain(first));
  REQUIRE(first.exit_code == 0);
  RunResult json_run = run_extract(tmp.path(), "in -q");
  const auto recs = records(json_run.out);
  size_t figures = 0;
  for (const auto& r : recs) figures += r["quantities"].size();
  REQUIRE(recs.size() >= 10);

  PgReader db(pg_url);
  SqlReader lite((tmp / "out.sqlite").string());
  CHECK(db.count("SELECT count(*) FROM articles") == static_cast<int64_t>(recs.size()));
  CHECK(db.count("SELECT count(*) FROM quantities") == static_cast<int64_t>(figures));
  CHECK(db.count("SELECT count(*) FROM places") == lite.count("SELECT count(*) FROM places"));
  // A sum per indicator: the same numbers in both databases.
  const std::string sums =
      "SELECT indicator, count(*), sum(normalized_value) FROM quantities WHERE indicator IS NOT NULL "
      "GROUP BY indicator ORDER BY indicator";
  auto pg_sums = db.rows(sums + " COLLATE \"C\"");
  auto lite_sums = lite.rows(sums);
  REQUIRE(pg_sums.size() == lite_sums.size());
  REQUIRE(pg_sums.size() > 3);
  for (size_t i = 0; i < pg_sums.size(); ++i) {
    INFO(std::get<std::string>(lite_sums[i][0]));
    CHECK(*pg_sums[i][0] == std::get<std::string>(lite_sums[i][0]));
    CHECK(std::stoll(*pg_sums[i][1]) == std::get<int64_t>(lite_sums[i][1]));
    if (std::holds_alternative<double>(lite_sums[i][2]))
      CHECK(std::stod(*pg_sums[i][2]) == Approx(std::get<double>(lite_sums[i][2])).epsilon(1e-12));
  }
  const std::string before = db.dump();

  RunResult again = run_extract(tmp.path(), "in " + target + " --threads 2");
  INFO(explain(again));
  CHECK(again.exit_code == 0);
  const std::string n = std::to_string(recs.size());
  CHECK_THAT(again.err, Catch::Contains(n + " articles read, 0 written, " + n + " skipped, 0 failed"));
  CHECK_THAT(again.err, Catch::Contains("0 new, 0 replaced, " + n + " skipped as unchanged"));
  CHECK(db.dump() == before);

  // One file changed (a line added): its rows are replaced, the rest skipped before extraction.
  const fs::path first_file = *fs::directory_iterator(tmp / "in");
  const std::string id = first_file.filename().string();
  {
    std::ofstream out(first_file, std::ios::app);
    out << "\nToàn huyện có thêm 12 lớp tập huấn.\n";
  }
  const std::string others = db.dump("ID <> '" + id + "'");
  const std::string old_hash = db.value("SELECT content_hash FROM articles WHERE id = $1", {id});
  RunResult changed = run_extract(tmp.path(), "in " + target);
  INFO(explain(changed));
  CHECK(changed.exit_code == 0);
  CHECK_THAT(changed.err, Catch::Contains(n + " articles read, 1 written, " + std::to_string(recs.size() - 1) +
                                          " skipped, 0 failed"));
  CHECK(db.dump("ID <> '" + id + "'") == others);
  CHECK_THAT(changed.err, Catch::Contains("0 new, 1 replaced, " + std::to_string(recs.size() - 1) + " skipped"));
  CHECK(db.value("SELECT content_hash FROM articles WHERE id = $1", {id}) != old_hash);
  CHECK(db.count("SELECT count(*) FROM articles WHERE id = $1", {id}) == 1);
  check_consistent(db);
}

TEST_CASE("postgres: a server that cannot be reached is a usage error naming it, password hidden",
          "[store][postgres][cli]") {
  TempDir tmp;
  tmp.write("a.txt", "Năm 2024, huyện Bắc Mê làm được 12 km đường.\n");
  RunResult r = run_extract(tmp.path(),
                            "a.txt --postgres 'postgresql://solieu:hunter2@/solieu?host=/nonexistent-solieu-dir'");
  INFO(explain(r));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("postgresql://solieu:***@/solieu?host=/nonexistent-solieu-dir"));
  CHECK_THAT(r.err, Catch::Contains("cannot connect to PostgreSQL"));
  CHECK(r.err.find("hunter2") == std::string::npos);
  CHECK(r.out.empty());
}
