// The encoded corpus (corpus/encoded/, written by scripts/make_encoded_corpus.py):
// every article of corpus/articles/ in each legacy encoding and as mojibake.
// Detection must name the right encoding, decoding must give the article back,
// and every figure of the plain text must be found in the decoded text.
#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "encoding/decode.h"
#include "encoding/figures_of.h"

namespace fs = std::filesystem;
using namespace solieu;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// What every encoding can hold: NFC, NBSP as a space, straight quotes, no
// soft hyphens, nothing outside the BMP; TCVN3 also loses toned capitals, so
// there the comparison is in lower case.
std::string fold(const std::string& utf8, bool lower) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::Normalizer2::getNFCInstance(status)->normalize(
      icu::UnicodeString::fromUTF8(utf8.substr(utf8.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0)), status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0xA0) c = ' ';
    if (c == 0x201C || c == 0x201D) c = '"';
    if (c == 0xAD || c > 0xFFFF) continue;
    out.append(c);
  }
  if (lower) out.toLower();
  std::string s;
  out.toUTF8String(s);
  return s;
}

struct Expect {
  const char* encoding;
  const char* repair_word;  // a word the repair must mention; "" for none
};

const std::map<std::string, Expect> kExpect = {
    {"windows-1258", {"windows-1258", ""}}, {"viscii", {"viscii", ""}},       {"vni", {"vni", ""}},
    {"tcvn3", {"tcvn3", ""}},               {"utf-16le", {"utf-16le", ""}},   {"tcvn3-as-1252", {"utf-8", "tcvn3"}},
    {"utf-8-twice", {"utf-8", "twice"}}};

}  // namespace

TEST_CASE("encoded corpus: detection, text and figures survive every encoding", "[encoding][corpus]") {
  const fs::path root = SOLIEU_SOURCE_DIR;
  size_t files = 0, figures = 0;
  for (const auto& e : fs::directory_iterator(root / "corpus" / "encoded")) {
    const std::string name = e.path().filename().string();  // NAME.ENC.txt
    const std::string stem = e.path().stem().string();
    const size_t dot = stem.find('.');
    REQUIRE(dot != std::string::npos);
    const std::string article = stem.substr(0, dot), enc = stem.substr(dot + 1);
    REQUIRE(kExpect.count(enc));
    const Expect& want = kExpect.at(enc);
    INFO(name);
    Result<Decoded> d = decode_to_utf8(read(e.path()), "");
    REQUIRE(d);
    CHECK(d->encoding == want.encoding);
    if (*want.repair_word) {
      REQUIRE(d->repairs.size() == 1);
      CHECK(d->repairs[0].find(want.repair_word) != std::string::npos);
    } else {
      CHECK(d->repairs.empty());
    }
    const bool lower = enc.find("tcvn3") != std::string::npos;
    const std::string plain = fold(read(root / "corpus" / "articles" / (article + ".txt")), lower);
    CHECK(fold(d->text, lower) == plain);

    auto& finder = testing::FigureFinder::get();
    auto want_figures = finder.figures(plain, article);
    auto got_figures = finder.figures(d->text, name);
    for (auto& f : got_figures) std::get<2>(f) = fold(std::get<2>(f), lower);
    for (auto& f : want_figures) std::get<2>(f) = fold(std::get<2>(f), lower);
    for (const auto& f : want_figures) {
      INFO("figure " << std::get<0>(f) << " " << std::get<1>(f) << " \"" << std::get<2>(f) << "\"");
      CHECK(std::find(got_figures.begin(), got_figures.end(), f) != got_figures.end());
    }
    figures += want_figures.size();
    ++files;
  }
  CHECK(files >= 70);
  CHECK(figures > 0);
}
