// FNV-1a 64, the article key that decides skip or replace, and the
// fingerprint of a pattern directory.
#include <catch2/catch.hpp>

#include <functional>

#include "cli/cli_support.h"
#include "store/hash.h"

using namespace solieu;

TEST_CASE("store: FNV-1a 64 gives the published test vectors", "[store]") {
  struct Case {
    std::string in, hex;
  };
  for (const Case& c : std::vector<Case>{{"", "cbf29ce484222325"},
                                         {"a", "af63dc4c8601ec8c"},
                                         {"foobar", "85944171f73967e8"},
                                         {"Bắc Mê", "d11f51558abcca06"}}) {
    INFO(c.in);
    CHECK(hex64(fnv1a64(c.in)) == c.hex);
  }
  // Continuing from a state is hashing the concatenation.
  CHECK(fnv1a64("bar", fnv1a64("foo")) == fnv1a64("foobar"));
  CHECK(hex64(0) == "0000000000000000");
}

TEST_CASE("store: FieldHash keeps fields apart, and absent apart from empty", "[store]") {
  CHECK(FieldHash().add("ab").add("c").digest() != FieldHash().add("a").add("bc").digest());
  CHECK(FieldHash().add("").digest() != FieldHash().add_absent().digest());
  CHECK(FieldHash().add("x").digest() == FieldHash().add("x").digest());
}

TEST_CASE("store: the article key follows the text, the metadata and the settings, not the source", "[store]") {
  Article base;
  base.id = "a1";
  base.source = "dir/a.jsonl";
  base.title = "Tiêu đề";
  base.published = "2024-06-06";
  base.text = "Huyện Bắc Mê đã xây 37 nhà tắm.";
  const ArticleKey k = article_key(base, "settings");
  CHECK(k.id == "a1");
  CHECK(k.content_hash == hex64(fnv1a64(base.text)));

  struct Case {
    std::string name;
    std::function<void(Article&, std::string&)> change;
    bool content_changes, extraction_changes;
  };
  const std::vector<Case> cases = {
      {"nothing", [](Article&, std::string&) {}, false, false},
      {"source", [](Article& a, std::string&) { a.source = "/elsewhere/a.jsonl"; }, false, false},
      {"line", [](Article& a, std::string&) { a.line = 7; }, false, false},
      {"text", [](Article& a, std::string&) { a.text += " "; }, true, false},
      {"title", [](Article& a, std::string&) { a.title = "Khác"; }, false, true},
      {"url", [](Article& a, std::string&) { a.url = "https://example.vn/a"; }, false, true},
      {"published", [](Article& a, std::string&) { a.published = "2024-06-07"; }, false, true},
      {"no published", [](Article& a, std::string&) { a.published.reset(); }, false, true},
      {"category", [](Article& a, std::string&) { a.category = "Nông thôn mới"; }, false, true},
      {"author", [](Article& a, std::string&) { a.author = "Hoàng Long"; }, false, true},
      {"page views", [](Article& a, std::string&) { a.page_views = 31; }, false, true},
      {"settings", [](Article&, std::string& s) { s = "other settings"; }, false, true},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    Article a = base;
    std::string settings = "settings";
    c.change(a, settings);
    const ArticleKey other = article_key(a, settings);
    CHECK((other.content_hash != k.content_hash) == c.content_changes);
    CHECK((other.extraction_hash != k.extraction_hash) == c.extraction_changes);
  }
}

TEST_CASE("store: a directory's fingerprint changes with any file in it", "[store]") {
  solieu::test::TempDir tmp;
  tmp.write("p/a.pat", "one");
  tmp.write("p/sub/b.tsv", "two");
  const std::string dir = (tmp / "p").string();
  auto first = directory_fingerprint(dir);
  REQUIRE(first);
  CHECK(first->rfind("fnv1a64:", 0) == 0);
  CHECK(first->size() == 8 + 16);
  CHECK(*directory_fingerprint(dir) == *first);
  tmp.write("p/sub/b.tsv", "two!");
  CHECK(*directory_fingerprint(dir) != *first);
  tmp.write("p/sub/b.tsv", "two");
  CHECK(*directory_fingerprint(dir) == *first);
  tmp.write("p/c.pat", "");
  CHECK(*directory_fingerprint(dir) != *first);
  auto missing = directory_fingerprint((tmp / "nope").string());
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == ErrorCode::kIo);
}
