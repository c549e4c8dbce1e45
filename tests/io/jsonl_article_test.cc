// parse_jsonl_article: one line of JSON Lines to an Article or an Error.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "io/input.h"
#include "io/jsonl_article_internal.h"

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

// --- The fast path held to nlohmann's ------------------------------------
//
// parse_jsonl_article reads a line with its own parser (io/json_scan.h) and
// lets nlohmann read it again whenever that parser is unsure. Both must give
// the same article or the same error, to the byte; where the fast parser
// reads a line alone it must make nlohmann's callbacks exactly; and it must
// really read the ordinary lines alone, or the comparison proves nothing.

namespace {

enum class Path { kFast, kFallback, kEither };

struct DiffCase {
  std::string name;
  std::string line;
  Path path;  // whether the fast parser reads it alone (default fields)
};

const JsonlFields& plain_fields() {
  static const JsonlFields f;
  return f;
}

const JsonlFields& nested_fields() {
  static const JsonlFields f = [] {
    JsonlFields n;
    n.text = "body.text";
    n.title = "meta.title";
    n.id = "url";
    n.url = "url";
    n.date = {"meta.dates.published", "date"};
    return n;
  }();
  return f;
}

// Where the two paths differ on `line` with `fields` ("" when they agree);
// `fell_back` says whether the fast one needed nlohmann.
std::string compare_paths(const std::string& line, const JsonlFields& fields, bool& fell_back) {
  auto fast = jsonl_internal::parse_line(jsonl_internal::Parser::kFast, line, "in/d.jsonl", 4,
                                         "d.jsonl", fields, &fell_back);
  auto ref = jsonl_internal::parse_line(jsonl_internal::Parser::kReference, line, "in/d.jsonl", 4,
                                        "d.jsonl", fields);
  return jsonl_internal::difference(fast, ref);
}

// Where the callbacks differ ("" when the fast parser is unsure, or makes
// exactly nlohmann's callbacks).
std::string compare_callbacks(const std::string& line) {
  const auto fast = jsonl_internal::sax_trace(jsonl_internal::Parser::kFast, line);
  if (!fast) return "";
  const auto ref = jsonl_internal::sax_trace(jsonl_internal::Parser::kReference, line);
  if (*fast == *ref) return "";
  size_t at = 0;
  while (at < fast->size() && at < ref->size() && (*fast)[at] == (*ref)[at]) ++at;
  const size_t from = at > 100 ? at - 100 : 0;
  return "callbacks differ at byte " + std::to_string(at) + " of the trace; fast: ..." +
         fast->substr(from, 200) + " nlohmann: ..." + ref->substr(from, 200);
}

std::string with_id(const std::string& spelling) { return "{\"id\":" + spelling + ",\"text\":\"x\"}"; }
std::string with_text(const std::string& raw) { return "{\"id\":\"t\",\"text\":\"" + raw + "\"}"; }

std::vector<DiffCase> diff_cases() {
  using P = Path;
  std::vector<DiffCase> c = {
      // Read by the fast parser alone.
      {"all fields", R"({"id":"a1","title":"T","url":"http://x","published":"2024-05-01","text":"Lúa 5 tấn"})", P::kFast},
      {"every short escape", with_text(R"(a\"b\\c\/d\be\ff\ng\rh\ti)"), P::kFast},
      {"\\u escapes, hex in both cases", with_text(R"(\u0110\u1ed3ng \u00E9\u0041\u007f\u0080\u07ff\u0800\uffff\uFFFE)"), P::kFast},
      {"surrogate pairs", with_text(R"(\ud83d\ude00 \uD834\uDD1E \uDBFF\uDFFF \uD800\uDC00)"), P::kFast},
      {"\\u0000 is a NUL byte", with_text(R"(a\u0000b)"), P::kFast},
      {"DEL and raw UTF-8 of every length",
       with_text("\x7F \xC3\xA4 \xC4\x90 \xF0\x9D\x84\x9E \xEF\xBF\xBF \xF4\x8F\xBF\xBF \xE0\xA0\x80 \xF0\x90\x80\x80 \xED\x9F\xBF"), P::kFast},
      {"whitespace everywhere", " \t\r\n{ \"text\" : \"x\" ,\n\"id\"\t:\r1 , \"a\" : [ 1 , { } , [ ] ] } \r\n", P::kFast},
      {"empty object", "{}", P::kFast},
      {"blank text after escapes", with_text(R"( \n\t\r)"), P::kFast},
      {"nested objects and dotted paths",
       R"({"meta":{"title":"T","dates":{"published":"P"},"x":{"title":"no"}},"body":{"text":"x"},"url":"u","date":"D"})", P::kFast},
      {"arrays of everything", R"({"a":[1,[2,{"text":"no"}],[],{},"s",true,false,null,-1.5e3],"text":"x","meta":[{"title":"no"}]})", P::kFast},
      {"a duplicate key: the last wins", R"({"text":"a","text":"b","id":"x","id":null})", P::kFast},
      {"a duplicate object", R"({"body":{"text":"a"},"body":{"x":1},"text":"t"})", P::kFast},
      {"a key with escapes names a field", R"({"te\u0078t":"x","t\"":"q","\/":1})", P::kFast},
      {"empty keys", R"({"":1,"text":"x","":{"":[]}})", P::kFast},
      {"dotted keys", R"({"body.text":"x","meta.title":"T","text":"y"})", P::kFast},
      {"text is a number", R"({"text":1.5})", P::kFast},
      {"id is a boolean", R"({"id":true,"text":"x"})", P::kFast},
      {"title is an array", R"({"title":["x"],"text":"x"})", P::kFast},
      {"an array line", "[1]", P::kFast},
      {"an unclosed array line stops at once", "[", P::kFast},
      {"a string line", "\"s\"", P::kFast},
      {"a string line with garbage after it", "\"s\" x", P::kFast},
      {"a number line", "12", P::kFast},
      {"a number line with garbage after it", "12abc", P::kFast},
      {"a negative number line", " -1 ", P::kFast},
      {"null", "null", P::kFast},
      {"true", "true", P::kFast},
      {"false", "false ", P::kFast},
      {"a byte order mark is skipped", "\xEF\xBB\xBF{\"text\":\"x\"}", P::kFast},
      {"a byte order mark before an array", "\xEF\xBB\xBF[", P::kFast},
      {"trailing CR", "{\"text\":\"x\"}\r", P::kFast},
      // Errors: the fast parser gives up and nlohmann says what is wrong.
      {"invalid UTF-8 in the text", with_text("ab\xC3(c"), P::kFallback},
      {"invalid UTF-8 in a key", "{\"te\xFFxt\":\"x\",\"text\":\"y\"}", P::kFallback},
      {"invalid UTF-8 in a skipped value", "{\"a\":[\"\x80\"],\"text\":\"y\"}", P::kFallback},
      {"a lone continuation byte", with_text("a\x80" "b"), P::kFallback},
      {"an overlong NUL", with_text("\xC0\x80"), P::kFallback},
      {"an overlong three-byte form", with_text("\xE0\x80\x80"), P::kFallback},
      {"a surrogate encoded in UTF-8", with_text("\xED\xA0\x80"), P::kFallback},
      {"past U+10FFFF", with_text("\xF4\x90\x80\x80"), P::kFallback},
      {"F5", with_text("\xF5\x80\x80\x80"), P::kFallback},
      {"a sequence cut by the closing quote", with_text("\xE1\xBA"), P::kFallback},
      {"a sequence cut by an escape", with_text("\xC3\\n"), P::kFallback},
      {"a sequence cut by the line's end", "{\"text\":\"\xE1\xBA", P::kFallback},
      {"invalid UTF-8 outside strings", "{\"text\":\"x\"}\xC3\xA4", P::kFallback},
      {"a lone high surrogate", with_text(R"(\ud800)"), P::kFallback},
      {"a high surrogate and a letter", with_text(R"(\ud800x)"), P::kFallback},
      {"a high surrogate and \\u0041", with_text(R"(\ud800\u0041)"), P::kFallback},
      {"a high surrogate and \\n", with_text(R"(\ud800\n)"), P::kFallback},
      {"two high surrogates", with_text(R"(\ud800\ud800)"), P::kFallback},
      {"a high surrogate at the line's end", "{\"text\":\"\\ud800", P::kFallback},
      {"a high surrogate and a cut \\u", "{\"text\":\"\\ud800\\udc0", P::kFallback},
      {"a lone low surrogate", with_text(R"(\udc00)"), P::kFallback},
      {"a low surrogate first", with_text(R"(\udc00\ud800)"), P::kFallback},
      {"a non-hex digit in \\u", with_text(R"(\u12g4)"), P::kFallback},
      {"\\u cut by the quote", with_text(R"(\u12)"), P::kFallback},
      {"\\u at the line's end", "{\"text\":\"\\u", P::kFallback},
      {"\\x", with_text(R"(\x41)"), P::kFallback},
      {"\\'", with_text(R"(\')"), P::kFallback},
      {"\\U", with_text(R"(\U0041)"), P::kFallback},
      {"\\0", with_text(R"(\0)"), P::kFallback},
      {"a backslash at the line's end", "{\"text\":\"a\\", P::kFallback},
      {"a raw tab in a string", with_text("a\tb"), P::kFallback},
      {"a raw newline in a string", with_text("a\nb"), P::kFallback},
      {"U+0001 in a string", with_text("a\x01"), P::kFallback},
      {"U+001F in a string", with_text("a\x1F"), P::kFallback},
      {"a raw NUL in a string", with_text(std::string("a\0b", 3)), P::kFallback},
      {"a control character in a key", "{\"te\x02xt\":\"x\"}", P::kFallback},
      {"garbage after the object", R"({"text":"x"} y)", P::kFallback},
      {"a second closing brace", R"({"text":"x"}})", P::kFallback},
      {"a comma after the object", R"({"text":"x"},)", P::kFallback},
      {"a second object", R"({"text":"x"}{})", P::kFallback},
      {"a NUL after the object", std::string("{\"text\":\"x\"}\0", 13), P::kFallback},
      {"a vertical tab after the object", "{\"text\":\"x\"}\v", P::kFallback},
      {"a form feed before the object", "\f{\"text\":\"x\"}", P::kFallback},
      {"no closing quote", "{\"text\":\"x", P::kFallback},
      {"no closing brace", "{\"text\":\"x\"", P::kFallback},
      {"no closing brace after space", "{\"text\":\"x\"  ", P::kFallback},
      {"a trailing comma in an object", R"({"text":"x",})", P::kFallback},
      {"a trailing comma in an array", R"({"a":[1,],"text":"x"})", P::kFallback},
      {"no colon", R"({"text" "x"})", P::kFallback},
      {"no comma", R"({"a":1 "text":"x"})", P::kFallback},
      {"single quotes", R"({'text':'x'})", P::kFallback},
      {"an unquoted key", R"({text:"x"})", P::kFallback},
      {"a number as key", R"({1:"x"})", P::kFallback},
      {"a line comment", R"({"text":"x"} // c)", P::kFallback},
      {"a block comment", R"(/* c */{"text":"x"})", P::kFallback},
      {"a bracket for a brace", R"({"text":"x"])", P::kFallback},
      {"a brace for a bracket", R"({"a":[1},"text":"x"})", P::kFallback},
      {"a lone comma in an object", "{,}", P::kFallback},
      {"a lone colon", "{:}", P::kFallback},
      {"a lone comma in an array", R"({"a":[,],"text":"x"})", P::kFallback},
      {"an array line stops before its errors", "[,]", P::kFast},
      {"an empty line", "", P::kFallback},
      {"a line of spaces", "  \t ", P::kFallback},
      {"a lone opening brace", "{", P::kFallback},
      {"tru", R"({"a":tru,"text":"x"})", P::kFallback},
      {"nul", R"({"a":nul,"text":"x"})", P::kFallback},
      {"True", R"({"a":True,"text":"x"})", P::kFallback},
      {"nulll", R"({"a":nulll,"text":"x"})", P::kFallback},
      {"falsey", R"({"a":falsey,"text":"x"})", P::kFallback},
      {"a literal cut by the line's end", R"({"a":fals)", P::kFallback},
      {"half a byte order mark", "\xEF\xBB{\"text\":\"x\"}", P::kFallback},
      {"a byte order mark alone", "\xEF\xBB\xBF", P::kFallback},
      {"a byte order mark after a space", " \xEF\xBB\xBF{\"text\":\"x\"}", P::kFallback},
      {"two byte order marks", "\xEF\xBB\xBF\xEF\xBB\xBF{\"text\":\"x\"}", P::kFallback},
      {"a top-level number that overflows", "1e400", P::kFallback},
  };

  // Numbers in the id, which keeps nlohmann's integer, unsigned or float
  // reading (and the float's spelling).
  for (const char* n : {"0", "-0", "7", "-7", "10", "100000", "1.5", "1.50", "-0.0", "0.0", "1e5", "1E5",
                        "1e+5", "1E-5", "2.5e-3", "0e0", "-0e-0", "0.000001", "12345678901234567890",
                        "18446744073709551615", "18446744073709551616", "9223372036854775807",
                        "9223372036854775808", "-9223372036854775807", "-9223372036854775808",
                        "-9223372036854775809", "123456789012345678901234567890", "1e308",
                        "1.7976931348623157e308", "-1.7976931348623157e308", "2.2250738585072014e-308"})
    c.push_back({std::string("id ") + n, with_id(n), P::kFast});
  c.push_back({"id of 300 digits", with_id("1" + std::string(300, '0')), P::kFast});
  for (const char* n : {"1e309", "-1e309", "1e400", "1.8e308", "01", "-01", "00", "1.", ".5", "+1", "1e", "1e+",
                        "1E-", "0x1", "1.5.3", "Infinity", "-Infinity", "NaN", "-", "--1", "1ee5", "1e5.5",
                        "1.e5", "-.5", "1e5e", "0.5.", "1 2"})
    c.push_back({std::string("id ") + n, with_id(n), P::kFallback});
  c.push_back({"id of 400 digits (nlohmann: overflow)", with_id("1" + std::string(400, '0')), P::kFallback});
  // Underflow and denormals: from_chars may say out of range where strtod
  // gives a finite number; the fast parser then leaves them to nlohmann.
  for (const char* n : {"1e-400", "-1e-400", "4.9e-324", "5e-324", "2.2250738585072011e-308"})
    c.push_back({std::string("id ") + n, with_id(n), P::kEither});

  // Runs of every length up to past two words before what ends them, so
  // that the eight-byte search meets it at every offset.
  for (int k = 0; k <= 20; ++k) {
    const std::string a(k, 'a');
    std::string viet;
    while (viet.size() < static_cast<size_t>(k)) viet += "\xE1\xBA\xA1";  // ạ
    const std::string n = std::to_string(k);
    c.push_back({"run of " + n + " before the quote", with_text(a), P::kFast});
    c.push_back({"run of " + n + " before an escape", with_text(a + "\\\"" + a), P::kFast});
    c.push_back({"UTF-8 run of " + n + " before a \\u", with_text(viet + "\\u1ea1" + viet), P::kFast});
    c.push_back({"run of " + n + " before a control character", with_text(a + "\x1F" + a), P::kFallback});
    c.push_back({"run of " + n + " before a bad byte", with_text(a + "\xFF" + a), P::kFallback});
    c.push_back({"UTF-8 run of " + n + " cut", with_text(viet.substr(0, viet.size() ? viet.size() - 1 : 0)),
                 k == 0 ? P::kFast : P::kFallback});
    c.push_back({"run of " + n + " before the line's end", "{\"text\":\"" + a, P::kFallback});
  }

  // Deep nesting: no recursion on either side.
  const size_t depth = 20000;
  c.push_back({"deep arrays", "{\"a\":" + std::string(depth, '[') + std::string(depth, ']') + ",\"text\":\"x\"}",
               P::kFast});
  std::string objects;
  for (size_t i = 0; i < depth; ++i) objects += "{\"body\":";
  objects += "{\"text\":\"deep\"}" + std::string(depth, '}');
  c.push_back({"deep objects", "{\"meta\":" + objects + ",\"text\":\"x\"}", P::kFast});
  c.push_back({"deep and unclosed", "{\"a\":" + std::string(depth, '['), P::kFallback});

  // A long text: Vietnamese, escapes every so often, a bad byte at the end.
  std::string big;
  while (big.size() < (1u << 20)) big += "Sản lượng lúa đạt 5,2 tấn/ha \\\"tăng\\\" \\u0110\\n";
  c.push_back({"a long text", with_text(big), P::kFast});
  c.push_back({"a long text with a bad byte at its end", with_text(big + "\xC3"), P::kFallback});
  return c;
}

}  // namespace

TEST_CASE("parse_jsonl_article: the fast parser and nlohmann agree on tricky lines",
          "[io][jsonl][differential]") {
  for (const auto& c : diff_cases()) {
    INFO(c.name);
    INFO(c.line.substr(0, 200));
    CHECK(compare_callbacks(c.line) == "");
    for (const JsonlFields* fields : {&plain_fields(), &nested_fields()}) {
      bool fell_back = false;
      CHECK(compare_paths(c.line, *fields, fell_back) == "");
      if (fields == &plain_fields() && c.path != Path::kEither) CHECK(fell_back == (c.path == Path::kFallback));
    }
  }
}

TEST_CASE("parse_jsonl_article: the fast parser and nlohmann agree on every byte changed",
          "[io][jsonl][differential]") {
  // Each short case line with one byte deleted, or replaced by a byte that
  // means something to JSON or UTF-8 (the last is a NUL).
  const std::string replacements("\"\\{}[],:0-e.\x80\xC3 \x1F/u\0", 19);
  size_t lines = 0, fell_back_count = 0;
  for (const auto& c : diff_cases()) {
    if (c.line.size() > 120) continue;
    for (size_t i = 0; i < c.line.size(); ++i) {
      std::vector<std::string> variants = {c.line.substr(0, i) + c.line.substr(i + 1)};
      for (char r : replacements) {
        std::string v = c.line;
        v[i] = r;
        variants.push_back(std::move(v));
      }
      for (const auto& v : variants) {
        if (const std::string diff = compare_callbacks(v); !diff.empty()) {
          INFO(c.name);
          INFO(v);
          CHECK(diff == "");
        }
        for (const JsonlFields* fields : {&plain_fields(), &nested_fields()}) {
          bool fell_back = false;
          const std::string diff = compare_paths(v, *fields, fell_back);
          if (!diff.empty()) {
            INFO(c.name);
            INFO(v);
            CHECK(diff == "");
          }
          ++lines;
          fell_back_count += fell_back;
        }
      }
    }
  }
  // Most changes break the line, but not all: both paths were used.
  CHECK(lines > 10000);
  CHECK(fell_back_count > 0);
  CHECK(fell_back_count < lines);
}

TEST_CASE("parse_jsonl_article: the fast parser and nlohmann agree on every JSON Lines file shipped",
          "[io][jsonl][differential]") {
  // corpus/ (articles, validation, expected records) and the jsonl fuzz
  // target's seeds, line by line, as the reader splits them.
  namespace fs = std::filesystem;
  const fs::path root = SOLIEU_SOURCE_DIR;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(root / "corpus"))
    if (e.is_regular_file() && e.path().extension() == ".jsonl") files.push_back(e.path());
  for (const auto& e : fs::directory_iterator(root / "fuzz" / "seeds" / "jsonl"))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 3);
  size_t lines = 0;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    int line_no = 0;
    size_t fell_back_in_file = 0;
    while (std::getline(in, line)) {
      ++line_no;
      INFO(path.string() << ":" << line_no);
      CHECK(compare_callbacks(line) == "");
      for (const JsonlFields* fields : {&plain_fields(), &nested_fields()}) {
        bool fell_back = false;
        CHECK(compare_paths(line, *fields, fell_back) == "");
        // Blank lines are errors to the parser; the reader never sends them.
        const bool blank = line.find_first_not_of(" \t\r\n\v\f") == std::string::npos;
        if (fields == &plain_fields() && !blank) fell_back_in_file += fell_back;
      }
      ++lines;
    }
    // The shipped articles are well-formed: the fast parser reads them alone.
    if (path.string().find("/corpus/") != std::string::npos) CHECK(fell_back_in_file == 0);
  }
  CHECK(lines > 20);
}
