// parse_jsonl_article: one line of JSON Lines to an Article or an Error.

#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "io/input.h"

using namespace solieu;

namespace {

struct GoodCase {
  const char* name;
  std::string line;
  std::string id;
  std::string text;
  std::string title;
  std::string url;
  std::optional<std::string> published;
};

struct BadCase {
  const char* name;
  std::string line;
  ErrorCode code;
  std::string message_part;  // the message must contain this
  int column;                // expected where.column (0 = unknown)
};

}  // namespace

TEST_CASE("parse_jsonl_article: good lines", "[io][jsonl]") {
  const std::vector<GoodCase> cases = {
      {"all fields", R"({"id":"a1","title":"T","url":"http://x","published":"2024-05-01","text":"Lúa 5 tấn"})",
       "a1", "Lúa 5 tấn", "T", "http://x", "2024-05-01"},
      {"missing id is derived from file name and line", R"({"text":"x"})", "news.jsonl:7", "x", "", "",
       std::nullopt},
      {"null id is derived too", R"({"id":null,"text":"x"})", "news.jsonl:7", "x", "", "", std::nullopt},
      {"empty id is derived too", R"({"id":"","text":"x"})", "news.jsonl:7", "x", "", "", std::nullopt},
      {"integer id", R"({"id":42,"text":"x"})", "42", "x", "", "", std::nullopt},
      {"negative id", R"({"id":-3,"text":"x"})", "-3", "x", "", "", std::nullopt},
      {"float id keeps its spelling", R"({"id":1.50,"text":"x"})", "1.50", "x", "", "", std::nullopt},
      {"date alone", R"({"id":"d","date":"2024-01-02","text":"x"})", "d", "x", "", "", "2024-01-02"},
      {"published wins over date", R"({"id":"d","date":"2024-01-02","published":"2023-12-31","text":"x"})",
       "d", "x", "", "", "2023-12-31"},
      {"published wins whatever the order", R"({"published":"P","date":"D","id":"d","text":"x"})", "d",
       "x", "", "", "P"},
      {"null published falls back to date", R"({"published":null,"date":"D","id":"d","text":"x"})", "d",
       "x", "", "", "D"},
      {"escapes are decoded", R"({"id":"e","text":"a\nb \u0110\u1ed3ng \"q\""})", "e",
       "a\nb Đồng \"q\"", "", "", std::nullopt},
      {"unknown and nested fields are ignored",
       R"({"id":"n","meta":{"text":5,"id":[1]},"tags":["a",{"b":1}],"text":"ok"})", "n", "ok", "", "",
       std::nullopt},
      {"surrounding whitespace", "  \t{\"id\":\"w\",\"text\":\"x\"}  ", "w", "x", "", "", std::nullopt},
      {"a trailing CR is whitespace to JSON", "{\"id\":\"cr\",\"text\":\"x\"}\r", "cr", "x", "", "",
       std::nullopt},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      auto r = parse_jsonl_article(c.line, "data/news.jsonl", 7);
      INFO(c.line);
      REQUIRE(r.ok());
      CHECK(r->id == c.id);
      CHECK(r->text == c.text);
      CHECK(r->title == c.title);
      CHECK(r->url == c.url);
      CHECK(r->published == c.published);
      CHECK(r->source == "data/news.jsonl");
      CHECK(r->line == 7);
    }
  }
}

TEST_CASE("parse_jsonl_article: bad lines", "[io][jsonl]") {
  const std::vector<BadCase> cases = {
      {"unexpected end of input", R"({"id":"a","text":"x")", ErrorCode::kParse,
       "malformed JSON: unexpected end of input", 21},
      {"bad value", R"({"text":})", ErrorCode::kParse, "malformed JSON: unexpected '}'", 9},
      {"trailing comma", R"({"text":"x",})", ErrorCode::kParse, "malformed JSON", 13},
      {"garbage after the object", R"({"text":"x"} y)", ErrorCode::kParse, "expected end of input", 14},
      {"column counts characters, not bytes", R"({"text":"Đà Nẵng", })", ErrorCode::kParse,
       "malformed JSON", 20},
      {"array", R"([{"text":"x"}])", ErrorCode::kParse, "not a JSON object (found array)", 1},
      {"string", R"(  "text")", ErrorCode::kParse, "not a JSON object (found string)", 3},
      {"number", "12", ErrorCode::kParse, "not a JSON object (found number)", 1},
      {"null", "null", ErrorCode::kParse, "not a JSON object (found null)", 1},
      {"missing text", R"({"id":"a","title":"t"})", ErrorCode::kParse, "missing \"text\" string", 0},
      {"null text", R"({"id":"a","text":null})", ErrorCode::kParse, "missing \"text\" string", 0},
      {"text is a number", R"({"id":"a","text":12})", ErrorCode::kParse,
       "\"text\" must be a string, not number", 0},
      {"text is an array", R"({"id":"a","text":["x"]})", ErrorCode::kParse,
       "\"text\" must be a string, not array", 0},
      {"text is an object", R"({"id":"a","text":{"x":1}})", ErrorCode::kParse,
       "\"text\" must be a string, not object", 0},
      {"empty text", R"({"id":"a","text":"  \n "})", ErrorCode::kEmpty, "empty \"text\"", 0},
      {"id is a boolean", R"({"id":true,"text":"x"})", ErrorCode::kParse,
       "\"id\" must be a string or a number, not boolean", 0},
      {"title is a number", R"({"title":1,"text":"x"})", ErrorCode::kParse,
       "\"title\" must be a string, not number", 0},
      {"published is an object", R"({"published":{},"text":"x"})", ErrorCode::kParse,
       "\"published\" must be a string", 0},
      {"invalid UTF-8 in a string", "{\"id\":\"a\",\"text\":\"ab\xC3(\"}", ErrorCode::kEncoding,
       "invalid UTF-8", 21},
      {"invalid UTF-8: a lone continuation byte", "{\"text\":\"a\x80" "b\"}", ErrorCode::kEncoding,
       "invalid UTF-8", 11},
      {"invalid UTF-8: a surrogate encoded in UTF-8", "{\"text\":\"\xED\xA0\x80\"}",
       ErrorCode::kEncoding, "invalid UTF-8", 10},
      {"control character in a string", "{\"text\":\"a\tb\"}", ErrorCode::kParse,
       "control character", 11},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      auto r = parse_jsonl_article(c.line, "in/x.jsonl", 3);
      INFO(c.line);
      REQUIRE_FALSE(r.ok());
      const Error& e = r.error();
      CHECK(e.code == c.code);
      CHECK_THAT(e.message, Catch::Contains(c.message_part));
      CHECK(e.where.file == "in/x.jsonl");
      CHECK(e.where.line == 3);
      CHECK(e.where.column == c.column);
      CHECK(e.excerpt == c.line);
    }
  }
}

TEST_CASE("parse_jsonl_article: error messages do not echo the token", "[io][jsonl]") {
  // nlohmann appends "; last read: '...'", which for a long string is the
  // whole string; our message leaves it out.
  std::string line = "{\"text\":\"" + std::string(1000, 'a') + "\xFF\"}";
  auto r = parse_jsonl_article(line, "x.jsonl", 1);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::kEncoding);
  CHECK(r.error().message.size() < 100);
  CHECK(r.error().where.column == 1010);
}

TEST_CASE("parse_jsonl_article: excerpt is cut on a UTF-8 boundary", "[io][jsonl]") {
  // 199 ASCII bytes, then 'Đ' (2 bytes) straddling byte 200.
  std::string line = "{" + std::string(198, ' ') + "\xC4\x90 broken";
  auto r = parse_jsonl_article(line, "x.jsonl", 1);
  REQUIRE_FALSE(r.ok());
  const std::string& ex = r.error().excerpt;
  CHECK(ex.size() == 199);
  CHECK(ex == line.substr(0, 199));
  auto r2 = parse_jsonl_article("{" + std::string(300, ' '), "x.jsonl", 1);
  REQUIRE_FALSE(r2.ok());
  CHECK(r2.error().excerpt.size() == 200);
}

TEST_CASE("parse_jsonl_article: derived ids", "[io][jsonl]") {
  auto r = parse_jsonl_article(R"({"text":"x"})", "-", 2);
  REQUIRE(r.ok());
  CHECK(r->id == "-:2");
  auto r2 = parse_jsonl_article(R"({"text":"x"})", "corpus/sub/a.jsonl", 5, "sub/a.jsonl");
  REQUIRE(r2.ok());
  CHECK(r2->id == "sub/a.jsonl:5");
}

TEST_CASE("parse_jsonl_article: long text is kept byte for byte", "[io][jsonl]") {
  std::string text(5 * 1024 * 1024, 'x');
  text[17] = '\xC3';  // stays valid UTF-8: "Ã" is C3 83
  text[18] = '\x83';
  auto r = parse_jsonl_article("{\"id\":\"big\",\"text\":\"" + text + "\"}", "x.jsonl", 1);
  REQUIRE(r.ok());
  CHECK(r->text == text);
}

TEST_CASE("parse_jsonl_article: fields named by the user", "[io][jsonl][fields]") {
  JsonlFields trafilatura;
  trafilatura.text = "content";
  trafilatura.title = "headline";
  trafilatura.date = {"published_at"};
  trafilatura.id = "url";
  trafilatura.url = "url";
  JsonlFields nested;
  nested.text = "body.text";
  nested.title = "meta.title";
  nested.date = {"meta.dates.published"};
  nested.id = "meta.id";
  struct Case {
    const char* name;
    const JsonlFields* fields;
    std::string line;
    std::string id, text, title, url;
    std::optional<std::string> published;
  };
  const std::vector<Case> cases = {
      {"crawler names", &trafilatura,
       R"({"url":"https://a.vn/1","headline":"H","published_at":"2024-05-01","content":"Lúa 5 tấn","text":"not this"})",
       "https://a.vn/1", "Lúa 5 tấn", "H", "https://a.vn/1", "2024-05-01"},
      {"the default names are not read when others are named", &trafilatura,
       R"({"content":"x","title":"T","published":"2024-01-01","id":"i"})", "news.jsonl:7", "x", "", "",
       std::nullopt},
      {"nested paths", &nested,
       R"({"meta":{"id":"n1","title":"T","dates":{"published":"2024-02-03"}},"body":{"text":"x"}})", "n1", "x",
       "T", "", "2024-02-03"},
      {"a key spelled with dots matches too", &nested, R"({"body.text":"x","meta.title":"T"})", "news.jsonl:7",
       "x", "T", "", std::nullopt},
      {"nothing inside arrays matches", &nested, R"({"meta":[{"title":"no"}],"body":{"text":"x"}})",
       "news.jsonl:7", "x", "", "", std::nullopt},
      {"a sibling of the same name at another depth", &nested,
       R"({"title":"top","meta":{"x":{"title":"deep"},"title":"T"},"body":{"text":"x"}})", "news.jsonl:7", "x",
       "T", "", std::nullopt},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      auto r = parse_jsonl_article(c.line, "data/news.jsonl", 7, "news.jsonl", *c.fields);
      INFO(c.line);
      REQUIRE(r.ok());
      CHECK(r->id == c.id);
      CHECK(r->text == c.text);
      CHECK(r->title == c.title);
      CHECK(r->url == c.url);
      CHECK(r->published == c.published);
    }
  }
}

TEST_CASE("parse_jsonl_article: a missing named text field names the field, file and line",
          "[io][jsonl][fields]") {
  JsonlFields f;
  f.text = "content";
  f.title = "meta.headline";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"text":"the default name is not read"})", "missing \"content\" string"},
      {R"({"content":7})", "\"content\" must be a string, not number"},
      {R"({"content":"x","meta":{"headline":["a"]}})", "\"meta.headline\" must be a string, not array"},
      {R"({"content":"  "})", "empty \"content\""},
  };
  for (const auto& [line, message] : cases) {
    INFO(line);
    auto r = parse_jsonl_article(line, "in/c.jsonl", 12, "c.jsonl", f);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == message);
    CHECK(r.error().where.file == "in/c.jsonl");
    CHECK(r.error().where.line == 12);
  }
}

TEST_CASE("parse_jsonl_article: deeply nested arrays and objects finish and keep the text",
          "[io][jsonl][hostile]") {
  // Issue 8: a JSON line with deeply nested arrays. The SAX parser and the
  // field handler keep their own stacks; nothing recurses on the depth.
  const size_t depth = 200000;
  JsonlFields nested;
  nested.title = "meta.title";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"arrays", "{\"a\":" + std::string(depth, '[') + std::string(depth, ']') + ",\"text\":\"x\"}"},
      {"objects", "{\"meta\":" + [&] {
         std::string s;
         for (size_t i = 0; i < depth; ++i) s += "{\"k\":";
         s += "1";
         s += std::string(depth, '}');
         return s;
       }() + ",\"text\":\"x\"}"},
  };
  for (const auto& [name, line] : cases) {
    INFO(name);
    auto r = parse_jsonl_article(line, "deep.jsonl", 1, "deep.jsonl", nested);
    REQUIRE(r.ok());
    CHECK(r->text == "x");
    CHECK(r->title.empty());
  }
  // Unclosed: an error, not a crash.
  auto bad = parse_jsonl_article("{\"a\":" + std::string(depth, '['), "deep.jsonl", 2);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().where.line == 2);
}
