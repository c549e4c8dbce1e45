// Sentence breaks of valid UTF-8 text: the boundaries ICU's sentence break
// iterator gives (root rules, which Vietnamese uses), found by a forward scan
// over the bytes instead of ICU's rule-based iterator on a UText.
//
// The context reader splits every article into sentences, and each figure's
// record counts them: the boundaries must be ICU's exactly. ICU's iterator was
// a twentieth of a run. After the UTF-8 check, this scan skips to the next
// terminator or separator by pairs of bytes, without decoding characters on
// the way, decodes only around those, and allocates only the spans: a fifth
// of ICU's time over news-vi (docs/performance.md, session 8).
//
// What it implements: UAX #29's sentence rules as ICU 72 states them (its
// sent.txt), with each character's Sentence_Break class read from ICU's own
// property data (u_getIntPropertyValue), cached for U+0000-U+206F (ASCII,
// Latin, combining marks, Vietnamese, general punctuation):
//   - SB3/SB4: break after a paragraph separator (Sep, LF, CR, CR LF);
//   - SB5: Extend and Format belong to the character before them, except
//     after a paragraph separator or at the start of the text;
//   - SB6-SB8a: after a full stop (ATerm) no break before a digit, before an
//     uppercase letter when a letter precedes the stop ("U.S"), nor when a
//     lowercase letter follows past closing marks, spaces and other
//     non-letters (an unbounded look ahead: "v.v. (và) các"); after any
//     terminator no break before a comma-like SContinue or another terminator;
//   - SB9-SB11: a terminator takes its closing marks, spaces and one paragraph
//     separator; the break follows them.
// ICU starts each sentence afresh, and so does the scan: SB7 looks back no
// further than the sentence's start. tests/extract/sentence_breaker_test.cc
// compares it with ICU on every short string over all classes, random
// strings, every character at a text's end, the corpus and Vietnamese texts;
// fuzz/sentence_breaker_fuzzer.cc does on any input.
//
// Text that is not valid UTF-8 gets no answer: sentence_spans checks it with
// core/utf8.h's is_valid_utf8 and returns false, and the caller asks ICU,
// which reads such bytes its own way. IcuSentenceBreaker is that ICU
// iterator, kept for this and as the reference the tests and the fuzz target
// compare with.
//
// What it does not do: apply locale exceptions such as ICU's "ss"
// suppressions ("Mr."; the "vi" iterator has none), or report rule statuses.
//
// Thread safety: sentence_spans is a pure function; its tables are built once,
// on first use, under the thread-safe initialization of a function-local
// static. An IcuSentenceBreaker is immutable once built, and spans() may run
// on many threads at once (each call clones the iterator).
//
//   std::vector<ByteSpan> spans;
//   if (!sentence_spans(text, spans)) icu.spans(text, spans);
//   for (ByteSpan s : spans) use(text.substr(s.start, s.end - s.start));
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

#include "normalize/normalizer.h"  // ByteSpan

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace solieu {

// Replaces `out` with the sentences of `text`, in order, as byte spans that
// tile it: [0, b1), [b1, b2), ..., [bk, text.size()); empty text has none.
// Returns false, with `out` empty, when `text` is not valid UTF-8.
bool sentence_spans(std::string_view text, std::vector<ByteSpan>& out);

// ICU's sentence break iterator for Vietnamese, over a UTF-8 UText (no copy
// of the text).
class IcuSentenceBreaker {
 public:
  IcuSentenceBreaker();
  ~IcuSentenceBreaker();
  IcuSentenceBreaker(const IcuSentenceBreaker&) = delete;
  IcuSentenceBreaker& operator=(const IcuSentenceBreaker&) = delete;

  // False when ICU could not build the iterator (its data missing).
  bool ok() const { return prototype_ != nullptr; }

  // Replaces `out` with ICU's sentences of `text`, as sentence_spans gives
  // them: any bytes (ICU reads an ill-formed sequence as U+FFFD). Returns
  // false, with `out` empty, when ICU cannot (!ok(), or an error).
  bool spans(std::string_view text, std::vector<ByteSpan>& out) const;

 private:
  std::unique_ptr<icu::BreakIterator> prototype_;
};

}  // namespace solieu
