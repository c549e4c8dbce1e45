// NumberLexicon: loading the TSV, its errors (with file, line and column),
// and lookups.
#include "number_test_support.h"

namespace solieu::test {
namespace {

struct BadLexicon {
  std::string_view name;
  std::string_view text;
  int line;
  int column;
  std::string_view message_part;
  std::string_view excerpt;
};

const BadLexicon kBad[] = {
    {"unknown role", "nghìn\tscal\t1000", 1, 7, "unknown role 'scal'", "nghìn\tscal\t1000"},
    {"non-numeric value", "# a comment\nhai\tdigit\tx", 2, 11, "bad value 'x'", "hai\tdigit\tx"},
    {"digit out of range", "hai\tdigit\t12", 1, 11, "0 to 9", "hai\tdigit\t12"},
    {"fractional digit", "hai\tdigit\t2.5", 1, 11, "0 to 9", "hai\tdigit\t2.5"},
    {"missing value", "hai\tdigit", 1, 10, "missing value", "hai\tdigit"},
    {"missing role", "hai", 1, 4, "missing role", "hai"},
    {"empty role", "hai\t\t2", 1, 5, "missing role", "hai\t\t2"},
    {"empty value", "hai\tdigit\t", 1, 11, "missing value", "hai\tdigit\t"},
    {"duplicate word", "hai\tdigit\t2\n\nHai\tdigit\t2", 3, 1, "duplicate word 'Hai' (first on line 1)",
     "Hai\tdigit\t2"},
    {"duplicate across case", "M\tsuffix\t1e6\tcase\nm\tsuffix\t1e6", 2, 1, "duplicate word 'm'",
     "m\tsuffix\t1e6"},
    {"unknown flag", "hai\tdigit\t2\tfoo", 1, 13, "unknown flag 'foo'", "hai\tdigit\t2\tfoo"},
    {"second flag unknown", "hai\tdigit\t2\tplain,bar", 1, 19, "unknown flag 'bar'",
     "hai\tdigit\t2\tplain,bar"},
    {"too many columns", "hai\tdigit\t2\tplain\tx", 1, 19, "too many columns",
     "hai\tdigit\t2\tplain\tx"},
    {"empty word", "\tdigit\t2", 1, 1, "empty word", "\tdigit\t2"},
    {"word with a space", "hai mươi\ttens\t10", 1, 1, "cannot contain a space", "hai mươi\ttens\t10"},
    {"word starting with a digit", "5k\tsuffix\t5000", 1, 1, "cannot start with a digit",
     "5k\tsuffix\t5000"},
    {"scale below a thousand", "nghìn\tscale\t100", 1, 13, "at least 1000", "nghìn\tscale\t100"},
    {"ten that is not ten", "mười\tten\t11", 1, 10, "must be 10", "mười\tten\t11"},
    {"hundred that is not a hundred", "trăm\thundred\t1000", 1, 14, "must be 100",
     "trăm\thundred\t1000"},
    {"infinite value", "nghìn\tscale\tinf", 1, 13, "bad value 'inf'", "nghìn\tscale\tinf"},
    {"trailing garbage in value", "nghìn\tscale\t1e3x", 1, 13, "bad value '1e3x'",
     "nghìn\tscale\t1e3x"},
    {"half out of range", "rưỡi\thalf\t1.5", 1, 11, "between 0 and 1", "rưỡi\thalf\t1.5"},
    {"negative suffix", "k\tsuffix\t-1000", 1, 10, "positive", "k\tsuffix\t-1000"},
    {"after_tens zero", "mốt\tafter_tens\t0", 1, 16, "1 to 9", "mốt\tafter_tens\t0"},
    {"CRLF line endings", "hai\tdigit\t2\r\nba\tdigit\tx\r\n", 2, 10, "bad value 'x'", "ba\tdigit\tx"},
    {"error after a BOM", "\xEF\xBB\xBFhai\tdigt\t2", 1, 5, "unknown role 'digt'", "hai\tdigt\t2"},
};

TEST_CASE("lexicon errors point at file, line and column", "[number][lexicon]") {
  for (const BadLexicon& c : kBad) {
    INFO(c.name);
    Result<NumberLexicon> r = NumberLexicon::parse(c.text, "words.tsv");
    REQUIRE_FALSE(r.ok());
    const Error& e = r.error();
    INFO(e.to_string_with_caret());
    CHECK(e.code == ErrorCode::kPattern);
    CHECK(e.where.file == "words.tsv");
    CHECK(e.where.line == c.line);
    CHECK(e.where.column == c.column);
    CHECK(e.message.find(c.message_part) != std::string::npos);
    CHECK(e.excerpt == c.excerpt);
  }
}

TEST_CASE("lexicon: comments, blank lines, spaces and flags", "[number][lexicon]") {
  Result<NumberLexicon> r = NumberLexicon::parse(
      "  \n# heading\n\nhai\tdigit\t2  # two\nbẩy\tdigit\t7\t# trailing tab\n"
      "nghin\tscale\t1e3\tplain\nM\tsuffix\t1e6\tcase\nK2\tsuffix\t1000\tplain,case\n",
      "x.tsv");
  REQUIRE(r.ok());
  const NumberLexicon& lex = *r;
  REQUIRE(lex.find("hai"));
  CHECK(lex.find("hai")->role == WordRole::kDigit);
  CHECK(lex.find("hai")->value == 2);
  CHECK_FALSE(lex.find("hai")->plain);
  REQUIRE(lex.find("BẨY"));
  CHECK(lex.find("BẨY")->value == 7);
  REQUIRE(lex.find("Nghin"));
  CHECK(lex.find("Nghin")->plain);
  CHECK(lex.find("M"));
  CHECK_FALSE(lex.find("m"));
  CHECK(lex.find("K2"));
  CHECK_FALSE(lex.find("k2"));
  CHECK(lex.find("K2")->plain);
  CHECK_FALSE(lex.find("ba"));
  CHECK_FALSE(lex.find(""));
}

TEST_CASE("lexicon: an empty file is an empty lexicon", "[number][lexicon]") {
  Result<NumberLexicon> r = NumberLexicon::parse("", "x.tsv");
  REQUIRE(r.ok());
  CHECK(r->words().empty());
  CHECK_FALSE(parse_number("hai", *r));
}

TEST_CASE("the shipped lexicon loads and knows every role", "[number][lexicon]") {
  const NumberLexicon& lex = lexicon();
  for (WordRole role : {WordRole::kDigit, WordRole::kTen, WordRole::kTens, WordRole::kAfterTens,
                        WordRole::kZeroTens, WordRole::kHundred, WordRole::kScale, WordRole::kHalf,
                        WordRole::kPoint, WordRole::kMinus, WordRole::kSuffix, WordRole::kFraction}) {
    INFO(word_role_name(role));
    CHECK_FALSE(lex.words_with_role(role).empty());
  }
  CHECK(lex.find("nghìn")->value == 1000);
  CHECK(lex.find("NGHÌN")->value == 1000);
  CHECK(lex.find("Triệu")->value == 1e6);
  CHECK(lex.find("tỷ")->value == 1e9);
  CHECK(lex.find("tỉ")->value == 1e9);
  CHECK(lex.find("vạn")->value == 1e4);
  CHECK(lex.find("mốt")->role == WordRole::kAfterTens);
  CHECK(lex.find("linh")->role == WordRole::kZeroTens);
  CHECK(lex.find("K")->role == WordRole::kSuffix);
  CHECK(lex.find("M")->value == 1e6);
  // "500m" is metres: only the capital M is a million.
  CHECK_FALSE(lex.find("m"));
  CHECK(lex.find("ty")->plain);
  CHECK_FALSE(lex.find("hai")->plain);
}

TEST_CASE("words() lists every word, longest first", "[number][lexicon]") {
  std::vector<std::string> words = lexicon().words();
  REQUIRE(words.size() > 50);
  for (size_t i = 1; i < words.size(); ++i) {
    INFO(words[i - 1] << " before " << words[i]);
    CHECK(words[i - 1].size() >= words[i].size());
  }
  CHECK(std::find(words.begin(), words.end(), "M") != words.end());
  CHECK(std::find(words.begin(), words.end(), "nghìn") != words.end());
  std::vector<std::string> scales = lexicon().words_with_role(WordRole::kScale);
  CHECK(scales.front() == "triệu");  // 8 bytes: the longest scale
  CHECK(std::find(scales.begin(), scales.end(), "tỷ") != scales.end());
  CHECK(std::find(scales.begin(), scales.end(), "trăm") == scales.end());
}

TEST_CASE("add() makes a lexicon by hand", "[number][lexicon]") {
  NumberLexicon lex;
  lex.add("Hai", WordRole::kDigit, 2);
  lex.add("nghìn", WordRole::kScale, 1000);
  REQUIRE(lex.find("hai"));
  std::optional<NumberReading> r = parse_number("hai nghìn", lex);
  REQUIRE(r);
  CHECK(r->value == 2000);
  lex.add("hai", WordRole::kDigit, 3);  // replaces
  CHECK(parse_number("hai nghìn", lex)->value == 3000);
}

TEST_CASE("role names round-trip", "[number][lexicon]") {
  CHECK(word_role_name(WordRole::kAfterTens) == "after_tens");
  CHECK(word_role_name(WordRole::kZeroTens) == "zero_tens");
  CHECK(word_role_name(WordRole::kFraction) == "fraction");
}

}  // namespace
}  // namespace solieu::test
