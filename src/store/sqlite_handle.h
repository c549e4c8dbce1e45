// RAII handles for the SQLite C API, shared by the store (which writes the
// database) and aggregate (which reads it): a connection closed on
// destruction (an open transaction rolled back first) and a prepared
// statement finalized on destruction. Not thread-safe; one owner each.
//
//   sqlite::Connection c;  sqlite3_open_v2(path, &c.db, flags, nullptr);
//   sqlite::Statement s;   s.prepare(c.db, "SELECT id FROM articles");
//   while (s.step() == SQLITE_ROW) use(s.column_text(0));
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "store/flat.h"

namespace solieu::sqlite {

struct Connection {
  sqlite3* db = nullptr;
  Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() {
    if (!db) return;
    if (!sqlite3_get_autocommit(db)) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close_v2(db);
  }
};

class Statement {
 public:
  Statement() = default;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement() { sqlite3_finalize(s_); }

  int prepare(sqlite3* db, const std::string& sql) {
    sqlite3_finalize(s_);
    s_ = nullptr;
    return sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &s_, nullptr);
  }
  // Text is bound without a copy: it must live until reset().
  void bind(int i, const Cell& c) {
    if (const auto* n = std::get_if<int64_t>(&c)) sqlite3_bind_int64(s_, i, *n);
    else if (const auto* d = std::get_if<double>(&c)) sqlite3_bind_double(s_, i, *d);
    else if (const auto* s = std::get_if<std::string>(&c)) bind_text(i, *s);
    else sqlite3_bind_null(s_, i);
  }
  void bind_text(int i, const std::string& s) {
    sqlite3_bind_text(s_, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
  }
  void bind_int(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  int step() { return sqlite3_step(s_); }
  void reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }

  bool column_null(int i) const { return sqlite3_column_type(s_, i) == SQLITE_NULL; }
  std::string column_text(int i) const {
    const unsigned char* t = sqlite3_column_text(s_, i);
    return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(s_, i)))
             : std::string();
  }
  std::optional<std::string> column_optional_text(int i) const {
    if (column_null(i)) return std::nullopt;
    return column_text(i);
  }
  std::optional<double> column_optional_real(int i) const {
    if (column_null(i)) return std::nullopt;
    return sqlite3_column_double(s_, i);
  }
  int64_t column_int(int i) const { return sqlite3_column_int64(s_, i); }

 private:
  sqlite3_stmt* s_ = nullptr;
};

}  // namespace solieu::sqlite
