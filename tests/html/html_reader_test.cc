// The HTML reader: the pages of corpus/html/ (portal, newspaper, legacy
// table layout, undeclared charset, entities, VNI and TCVN3 font pages) give
// exactly the paragraphs written there and the metadata beside them; and the
// helpers as tables of input -> output.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "encoding/figures_of.h"
#include "html/charset_prescan.h"
#include "html/html_reader.h"
#include "html/main_text.h"
#include "html/metadata.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace solieu;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string without_final_newline(std::string s) {
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

}  // namespace

TEST_CASE("html corpus: main text, metadata, charset and figures", "[html][corpus]") {
  const fs::path dir = fs::path(SOLIEU_SOURCE_DIR) / "corpus" / "html";
  size_t pages = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".html") continue;
    const std::string stem = e.path().stem().string();
    INFO(stem);
    const json want = json::parse(read(dir / (stem + ".expected.json")));
    const std::string want_text = without_final_newline(read(dir / (stem + ".expected.txt")));
    const std::string bytes = read(e.path());
    CHECK(looks_like_html(bytes));
    Result<Article> a = read_html_article(bytes, {}, stem, e.path().string());
    REQUIRE(a);
    CHECK(a->text == want_text);
    CHECK(a->encoding == want["encoding"].get<std::string>());
    CHECK(a->encoding_repairs.size() == want["repairs"].get<size_t>());
    CHECK(a->title == want["title"].get<std::string>());
    CHECK(a->published == (want["published"].is_null() ? std::nullopt
                                                        : std::optional<std::string>(want["published"].get<std::string>())));
    CHECK(a->lang == want["lang"].get<std::string>());
    CHECK(a->author == want["author"].get<std::string>());
    CHECK(a->url == want["url"].get<std::string>());
    // Every figure of the text as written is found in the page, same value, unit and text.
    auto& finder = testing::FigureFinder::get();
    auto want_figures = finder.figures(want_text, stem + " (plain)");
    auto got_figures = finder.figures(a->text, stem);
    CHECK(!want_figures.empty());
    for (const auto& f : want_figures) {
      INFO("figure " << std::get<0>(f) << " " << std::get<1>(f) << " \"" << std::get<2>(f) << "\"");
      CHECK(std::find(got_figures.begin(), got_figures.end(), f) != got_figures.end());
    }
    ++pages;
  }
  CHECK(pages >= 6);
}

TEST_CASE("html: the charset from HTTP beats the page's own", "[html]") {
  // windows-1258 bytes for "Việt Nam có 25 km" on a page that claims utf-8.
  const std::string page = "<html><head><meta charset=\"utf-8\"></head><body><p>Vi\xea\xf2t Nam co\xec 25 km "
                           "\xf0\xfd\xf5\xccng giao th\xf4ng n\xf4ng th\xf4n</p></body></html>";
  HtmlHints hints;
  hints.http_charset = "text/html; charset=windows-1258";
  Result<Article> a = read_html_article(page, hints, "x", "x.html");
  REQUIRE(a);
  CHECK(a->text == "Việt Nam có 25 km đường giao thông nông thôn");
  CHECK(a->encoding == "windows-1258");
  // Without the header, the page's claim fails (not UTF-8) and detection finds it.
  Result<Article> b = read_html_article(page, {}, "x", "x.html");
  REQUIRE(b);
  CHECK(b->text == a->text);
  CHECK(b->encoding == "windows-1258");
  CHECK(b->encoding_repairs.size() == 1);
}

TEST_CASE("html: fallback date, URL from the caller, errors", "[html]") {
  HtmlHints hints;
  hints.url = "https://example.vn/a.html";
  hints.fallback_date = "2020-01-02T03:04:05Z";
  Result<Article> a = read_html_article("<html><body><p>Xã đã làm 5 km đường.</p></body></html>", hints, "a", "s");
  REQUIRE(a);
  CHECK(a->published == std::optional<std::string>("2020-01-02T03:04:05Z"));
  CHECK(a->url == "https://example.vn/a.html");
  CHECK(a->title == "");
  Result<Article> h1 = read_html_article("<html><body><h1> Tiêu đề  bài </h1><p>Xã đã làm 5 km đường.</p></body></html>",
                                         {}, "h", "s");
  REQUIRE(h1);
  CHECK(h1->title == "Tiêu đề bài");
  Result<Article> empty = read_html_article("<html><body><nav>Trang chủ</nav><script>x=1</script></body></html>",
                                            {}, "e", "empty.html");
  REQUIRE(!empty);
  CHECK(empty.error().code == ErrorCode::kEmpty);
  CHECK(empty.error().where.file == "empty.html");
}

TEST_CASE("html: no external entities, no network", "[html][hostile]") {
  const std::string page =
      "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\"><!ENTITY y SYSTEM \"http://127.0.0.1:9/\">]>"
      "<html><body><p>A &x; B &y; C, 12 km</p><img src=\"http://127.0.0.1:9/i.png\"></body></html>";
  Result<Article> a = read_html_article(page, {}, "x", "x.html");
  REQUIRE(a);
  CHECK(a->text.find("root:") == std::string::npos);
  CHECK(a->text.find("12 km") != std::string::npos);
}

TEST_CASE("html: 100,000 nested elements finish without overflowing the stack", "[html][hostile]") {
  for (const char* tag : {"div", "b", "table"}) {
    INFO(tag);
    std::string page = "<html><body>";
    for (int i = 0; i < 100000; ++i) page += std::string("<") + tag + ">";
    page += "<p>Xã đã làm 5 km đường giao thông nông thôn với 120 hộ tham gia.</p>";
    Result<Article> a = read_html_article(page, {}, "deep", "deep.html");
    // Either a result or a clear error; never a crash.
    if (a) {
      CHECK(a->text.find("5 km") != std::string::npos);
    } else {
      CHECK(a.error().code == ErrorCode::kEmpty);
      CHECK(a.error().message.find("deeper") != std::string::npos);
      CHECK(a.error().where.file == "deep.html");
    }
  }
}

TEST_CASE("html: looks_like_html", "[html]") {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"<!DOCTYPE html><html>", true}, {"<!doctype HTML>", true}, {"\xEF\xBB\xBF<html lang=vi>", true},
      {"  \n<!-- saved by wget --><html>", true}, {"<head><title>x</title>", true}, {"<BODY>", true},
      {"<?xml version=\"1.0\"?><html xmlns=\"x\">", true}, {"{\"id\": 1}", false}, {"Xã đã làm 5 km", false},
      {"<htmlx>", false}, {"<!-- unterminated", false}, {"", false}, {"<p>fragment</p>", false}};
  for (const auto& [in, want] : cases) {
    INFO(in);
    CHECK(looks_like_html(in) == want);
  }
}

TEST_CASE("html: charset prescan", "[html]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<meta charset=\"windows-1258\">", "windows-1258"},
      {"<META CHARSET=utf-8>", "utf-8"},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=VISCII\">", "VISCII"},
      {"<meta content='text/html;charset=x-viet-vni' http-equiv='content-type'>", "x-viet-vni"},
      {"<!-- <meta charset=\"koi8-r\"> --><meta charset=\"utf-8\">", "utf-8"},
      {"<meta name=\"description\" content=\"charset=fake\">", ""},
      {"<metadata charset=\"x\">", ""},
      {std::string(5000, ' ') + "<meta charset=\"utf-8\">", ""},  // beyond the prescan window
      {"", ""}};
  for (const auto& [in, want] : cases) {
    INFO(in.substr(0, 80));
    CHECK(html::prescan_charset(in) == want);
  }
  CHECK(html::charset_of_content_type("text/html; charset=\"UTF-8\"") == "UTF-8");
  CHECK(html::charset_of_content_type("text/html") == "");
}

TEST_CASE("html: class and id words that mark boilerplate", "[html]") {
  const std::vector<std::pair<const char*, bool>> cases = {
      {"menu-left", true},   {"box-tin-lien-quan", true}, {"social share", true}, {"breadcrumb", true},
      {"ads ads-top", true}, {"comment-box", true},       {"related-news", true}, {"tags", true},
      {"site-footer", true}, {"banner_top", true},        {"content-detail", false}, {"fck_detail", false},
      {"main-content", false}, {"article-body", false},   {"loadshare", false},   {"navigator-text", false},
      {"heading", false},    {"", false}};
  for (const auto& [in, want] : cases) {
    INFO(in);
    CHECK(html::names_boilerplate(in) == want);
  }
}

TEST_CASE("html: titles and JSON-LD", "[html]") {
  CHECK(html::strip_site_name("Bảo Thắng mở mới 15 km đường | Báo Lào Cai") == "Bảo Thắng mở mới 15 km đường");
  CHECK(html::strip_site_name("Báo X - Tin tức - Xã A đạt chuẩn nông thôn mới năm 2024") ==
        "Xã A đạt chuẩn nông thôn mới năm 2024");
  CHECK(html::strip_site_name("Không có tên trang") == "Không có tên trang");
  struct LdCase {
    const char* json;
    const char* headline;
    const char* published;
    const char* author;
  };
  const std::vector<LdCase> cases = {
      {R"({"@type":"NewsArticle","headline":"H","datePublished":"2024-01-02","author":"A"})", "H", "2024-01-02", "A"},
      {R"([{"@type":"Organization","name":"O"},{"@type":"Article","headline":"H2","author":{"name":"B"}}])", "H2", "",
       "B"},
      {R"({"@graph":[{"@type":"WebPage","headline":"Site"},{"@type":["NewsArticle"],"headline":"H3"}]})", "H3", "", ""},
      {R"({"@type":"NewsArticle","headline":"H4","author":[{"name":"C"},"D",{"x":1}]})", "H4", "", "C, D"},
      {R"({"@type":"NewsArticle","headline":)", "", "", ""},  // broken JSON: ignored
      {R"({"@type":"NewsArticle","headline":"H5","x":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]})",
       "", "", ""},  // nested past the bound: ignored
  };
  for (const auto& c : cases) {
    INFO(c.json);
    html::PageMetadata m;
    html::read_json_ld(c.json, m);
    CHECK(m.ld_headline == c.headline);
    CHECK(m.ld_published == c.published);
    CHECK(m.ld_author == c.author);
  }
}
