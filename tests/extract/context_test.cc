// ContextReader (context.cc), the cases that broke it. The figure tables
// (figures_*_test.cc) cover what it reads in ordinary sentences.

#include <catch2/catch.hpp>

#include <string>

#include "figures_support.h"

using namespace solieu;
using namespace solieu::figures_test;

TEST_CASE("a figure that runs past its sentence's end: its status cues are read up to the figure's end") {
  // Found by the number fuzzer (minimized): "1" ends a sentence at the line
  // break, the open count runs on to "hiện" on the next line, and a status
  // cue after the sentence's end was looked up in the sentence alone
  // (std::out_of_range). The cues are now read in the sentence up to the
  // figure's end.
  for (const std::string text : {"1\n hiện", "-122-\n\n\n2025  0. hse0.\n\n1\n\n cpt hiện tại 9 đệ 9"}) {
    INFO(text);
    std::vector<Quantity> qs;
    REQUIRE_NOTHROW(qs = extractor().extract(text, {}));
    for (const Quantity& q : qs) {
      CHECK(q.span.end <= text.size());
      CHECK(q.sentence >= 0);
      CHECK(q.sentence_span.start <= q.span.start);
    }
  }
  const std::vector<Quantity> qs = extractor().extract("1\n hiện", {});
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].span.start == 0);
  CHECK(qs[0].span.end == 9);
  CHECK(qs[0].sentence_span.end < qs[0].span.end);  // the case itself: past its sentence
}

TEST_CASE("indicator cues: a sentence that is not valid UTF-8 is searched by RE2, with the same answer") {
  // The phrase finder reads only valid UTF-8 (extract/phrase_finder.h); an
  // invalid byte in the sentence sends its windows to find_word instead. The
  // indicator must be the one the same sentence gets without the byte.
  const std::string clean = "Xã đã tuyên truyền được 252 buổi cho nhân dân.";
  for (const std::string& text : std::vector<std::string>{clean, "Xã \xFF đã tuyên truyền được 252 buổi cho nhân dân.",
                                  "Xã đã tuyên truyền được 252 buổi cho nhân dân \xC3."}) {
    INFO(text);
    const std::vector<Quantity> qs = extractor().extract(text, {});
    REQUIRE(qs.size() == 1);
    CHECK(text.substr(qs[0].span.start, qs[0].span.end - qs[0].span.start) == "252 buổi");
    CHECK(qs[0].indicator == "sessions_held");
  }
}
