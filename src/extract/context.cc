#include "extract/context.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "extract/cue_reader.h"
#include "extract/sentence_breaker.h"
#include "normalize/text_key.h"

namespace solieu {
namespace {

// How far after a figure an `after` status cue may stand, in bytes.
constexpr size_t kAfterCueWindow = 48;

// How far before a figure an indicator's `context` may stand in its
// sentence, in bytes. Real sentences are far shorter; the bound keeps an
// article that is one endless sentence linear (each figure would otherwise
// search the sentence from its start: docs/hardness.md).
constexpr size_t kContextReach = 2048;

// A window [b, e) of `text`, moved inward to code point boundaries.
std::string_view window(std::string_view text, size_t b, size_t e) {
  auto is_cont = [&](size_t i) { return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
  while (b < e && is_cont(b)) ++b;
  while (e > b && is_cont(e)) --e;
  return text.substr(b, e - b);
}

// The indicator rules that fit a figure, in rule order: those naming its
// dimension, its unit, or the unit's first words ("lượt" fits "lượt người").
void fitting_rules(const Quantity& q, const std::unordered_map<std::string, std::vector<size_t>>& by_dimension,
                   const std::unordered_map<std::string, std::vector<size_t>>& by_unit, std::string& key,
                   std::vector<size_t>& out) {
  out.clear();
  auto add = [&](const std::unordered_map<std::string, std::vector<size_t>>& index, const std::string& k) {
    if (auto it = index.find(k); it != index.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  };
  add(by_dimension, q.dimension);
  for (size_t space = q.unit.find(' '); space != std::string::npos; space = q.unit.find(' ', space + 1)) {
    key.assign(q.unit, 0, space);
    add(by_unit, key);
  }
  add(by_unit, q.unit);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::optional<PhraseFinder> finder_of(const std::shared_ptr<const re2::RE2>& re) {
  return re ? PhraseFinder::from_regex(re->pattern()) : std::nullopt;
}

// Every cue in `sentence`, left to right, as a scan that resumes after each
// cue finds them: read off the sentence's words where `finder` can, else by
// RE2.
void scan_cues(const CueReader& cues, const std::optional<CueFinder>& finder, std::string_view sentence,
               const SentenceWords& words, std::vector<CueHit>& hits) {
  if (finder && finder->scan(sentence, words, hits)) return;
  hits.clear();
  CueHit hit;
  for (size_t pos = 0; pos < sentence.size() && cues.next(sentence, pos, sentence.size(), hit); pos = hit.at + hit.size)
    hits.push_back(hit);
}

// One search of a cue table in a window of the sentence: read off the
// sentence's words where the finder answers for it (a window of a valid
// sentence cut at character boundaries), else by RE2.
struct CueSearch {
  const CueReader& reader;
  const std::optional<CueFinder>& finder;
  std::string_view sentence;
  const SentenceWords& words;  // of `sentence`, when the finder is there

  bool next(std::string_view text, size_t pos, size_t end, CueHit& hit) const {
    auto boundary = [&](size_t i) {
      return i >= sentence.size() || (static_cast<unsigned char>(sentence[i]) & 0xC0) != 0x80;
    };
    const size_t begin = static_cast<size_t>(text.data() - sentence.data());
    if (finder && text.data() >= sentence.data() && begin + end <= sentence.size() && words.re2_exact() &&
        boundary(begin) && boundary(begin + pos) && boundary(begin + end)) {
      if (!finder->next(sentence, words, begin, begin + pos, begin + end, hit)) return false;
      hit.at -= begin;
      hit.match_end -= begin;
      return true;
    }
    return reader.next(text, pos, end, hit);
  }
};

// What the cue hits of one sentence gave so far, carried from figure to
// figure: figures come in order, so each hit is applied once per sentence,
// not once per figure (an endless sentence stays linear).
template <class State>
struct CueFold {
  size_t applied = 0;  // hits[0, applied) are in `state`
  State state;
};

// The position `margin` non-space bytes before `pos` in `s` (or 0).
size_t back_solid(std::string_view s, size_t pos, size_t margin) {
  for (size_t solid = 0; pos > 0 && solid < margin;)
    if (s[--pos] != ' ') ++solid;
  return pos;
}

// The cues a scan of sentence[0, end) finds, in order, applied to a copy of
// the fold's state by `use(state, at, size)`; returns that state.
// Matches of the whole sentence that end before the last `margin` non-space
// bytes before `end` are exactly the truncated scan's: a match that differs
// must reach `end` (where the truncated text's `$` holds), so it lies within
// the longest cue of it, and cues differ from their table keys only in runs
// of spaces. Only the rest is searched again. `end` must not decrease from
// one call to the next with the same fold.
template <class State, class Use>
State cues_before(const CueSearch& cues, std::string_view sentence, const std::vector<CueHit>& hits, size_t end,
                  size_t margin, CueFold<State>& fold, Use use) {
  const size_t limit = back_solid(sentence, end, margin);
  while (fold.applied < hits.size() && hits[fold.applied].match_end <= limit) {
    use(fold.state, hits[fold.applied].at, hits[fold.applied].size);
    ++fold.applied;
  }
  State state = fold.state;
  // The scan of sentence[0, end) goes on after the last hit applied, and its
  // next match ends past `limit`: it is a cue of the whole sentence (no
  // longer than `margin`) or one that reaches `end`. Either way it starts at
  // most `margin` non-space bytes before `limit`, so the search starts there
  // (not at the sentence start: an endless sentence stays linear).
  size_t from = back_solid(sentence, limit, margin);
  while (from > 0 && (static_cast<unsigned char>(sentence[from]) & 0xC0) == 0x80) --from;
  size_t pos = std::max(from, fold.applied ? hits[fold.applied - 1].at + hits[fold.applied - 1].size : size_t{0});
  for (CueHit hit; pos < end && cues.next(sentence, pos, end, hit); pos = hit.at + hit.size) use(state, hit.at, hit.size);
  return state;
}

struct StatusCues {
  std::string strong, weak;  // the last cue of each strength
};

// The longest key of a table, in bytes, plus room for the boundary
// characters around it: how far before its end a cue match can start,
// not counting extra spaces.
size_t cue_margin(const Table* t) {
  size_t longest = 0;
  if (t)
    for (const auto& [key, row] : t->rows()) longest = std::max(longest, key.size());
  return longest + 16;
}

}  // namespace

ContextReader::ContextReader(const PatternSet& patterns)
    : patterns_(patterns),
      status_table_(patterns.table("STATUS")),
      detail_table_(patterns.table("STATUS_DETAIL")),
      object_stops_(patterns.table("OBJECT_STOP")),
      status_margin_(cue_margin(patterns.table("STATUS"))),
      detail_margin_(cue_margin(patterns.table("STATUS_DETAIL"))) {
  if (patterns.table("STATUS")) {
    auto re = patterns.compile(Located{"(?:^|[^\\pL\\pN])(?P<cue>{STATUS})(?:[^\\pL\\pN]|$)", {}, ""});
    if (re) {
      status_cue_.emplace(*re, patterns.table("STATUS"));
      status_words_ = CueFinder::from_regex((*re)->pattern());
    }
  }
  if (patterns.table("STATUS_DETAIL")) {
    auto re = patterns.compile(Located{"(?:^|[^\\pL\\pN])(?P<cue>{STATUS_DETAIL})(?:[^\\pL\\pN]|$)", {}, ""});
    if (re) {
      detail_cue_.emplace(*re, patterns.table("STATUS_DETAIL"));
      detail_words_ = CueFinder::from_regex((*re)->pattern());
    }
  }
  const std::vector<IndicatorRule>& rules = patterns.indicators();
  for (size_t r = 0; r < rules.size(); ++r) {
    for (const std::string& d : rules[r].dimensions) rules_by_dimension_[d].push_back(r);
    for (const std::string& u : rules[r].units) rules_by_unit_[u].push_back(r);
    finders_.push_back({finder_of(rules[r].cue), finder_of(rules[r].context), finder_of(rules[r].veto),
                        finder_of(rules[r].near_veto)});
  }
}

ContextReader::~ContextReader() = default;

std::vector<ByteSpan> ContextReader::sentences(std::string_view text) const {
  std::vector<ByteSpan> out;
  // ICU's boundaries: our own scan gives them for valid UTF-8
  // (extract/sentence_breaker.h), ICU itself for the rest.
  if (!text.empty() && !sentence_spans(text, out)) icu_sentences_.spans(text, out);
  if (out.empty()) out.push_back({0, text.size()});
  return out;
}

// The object of a figure: its counted noun and the words after it in its
// clause, up to punctuation, a digit or an OBJECT_STOP word (at most 8
// syllables). Pure; reads only `text`.
static std::string object_after(std::string_view text, size_t from, size_t limit, const Table* stops,
                                std::string phrase) {
  const size_t kMaxWords = 8;
  size_t words = 0, pos = from;
  while (words < kMaxWords) {
    size_t b = pos;
    while (b < limit && text[b] == ' ') ++b;
    size_t e = b;
    // A word: bytes up to a space or an ASCII punctuation mark or digit.
    while (e < limit && text[e] != ' ' && !std::ispunct(static_cast<unsigned char>(text[e])) &&
           !std::isdigit(static_cast<unsigned char>(text[e])) && text[e] != '\n')
      ++e;
    if (e == b) break;
    // Curly quotes and dashes (multi-byte punctuation) end the phrase too.
    std::string_view word = text.substr(b, e - b);
    if (word.rfind("\xE2\x80", 0) == 0) break;
    const std::vector<std::string>* row = stops ? stops->find(word) : nullptr;
    if (row && !row->empty() && (row->size() < 2 || (*row)[1] != "lead" || phrase.empty())) break;
    if (!phrase.empty()) phrase += ' ';
    phrase += text_key(word);
    ++words;
    pos = e;
  }
  return phrase;
}

void ContextReader::annotate(std::string_view text, std::vector<Quantity>& quantities) const {
  if (quantities.empty()) return;
  std::vector<ByteSpan> spans = sentences(text);
  const Table* status_table = status_table_;
  size_t s = 0;
  size_t scanned_sentence = std::string_view::npos;
  std::vector<CueHit> status_hits, detail_hits;
  CueFold<StatusCues> status_fold;
  CueFold<std::string> detail_fold;
  // Where the sentence's words start (after quotes, brackets, dashes), for
  // `initial` cues; npos when the sentence holds none.
  constexpr std::string_view kLeadingMarks = " \t\n\"'“‘(-–";
  size_t sentence_lead = std::string_view::npos;
  const std::vector<IndicatorRule>& rules = patterns_.indicators();
  std::vector<size_t> fitting;
  std::string unit_key;
  // The words of sentence `words_of`, read when a cue scan or a rule first asks.
  SentenceWords words;
  size_t words_of = std::string_view::npos;
  for (Quantity& q : quantities) {
    while (s + 1 < spans.size() && spans[s].end <= q.span.start) ++s;
    q.sentence = static_cast<int>(s);
    q.sentence_span = spans[s];
    const ByteSpan sent = spans[s];
    const std::string_view sentence = text.substr(sent.start, sent.end - sent.start);
    auto read_words = [&] {
      if (words_of != s) {
        words.assign(sentence);
        words_of = s;
      }
    };

    // Status: the cues between the sentence start and the figure's end (its
    // own words count: "ước đạt 9.850 tỷ đồng"); the sentence is scanned once.
    if (s != scanned_sentence) {
      scanned_sentence = s;
      if ((status_cue_ && status_words_) || (detail_cue_ && detail_words_)) read_words();
      if (status_cue_) scan_cues(*status_cue_, status_words_, sentence, words, status_hits);
      if (detail_cue_) scan_cues(*detail_cue_, detail_words_, sentence, words, detail_hits);
      status_fold = {};
      detail_fold = {};
      sentence_lead = sentence.find_first_not_of(kLeadingMarks);
    }
    // The sentence up to the figure's end, which may lie past the sentence's
    // (sentences are assigned by where a figure starts): cue offsets below are
    // into it.
    const std::string_view upto = text.substr(sent.start, q.span.end - std::min(q.span.end, sent.start));
    if (status_cue_ && status_table && q.span.end > sent.start) {
      const size_t lead = sentence_lead != std::string_view::npos
                              ? sentence_lead
                              : upto.find_first_not_of(kLeadingMarks, sentence.size());
      const CueSearch search{*status_cue_, status_words_, sentence, words};
      StatusCues cues = cues_before(search, upto, status_hits, upto.size(), status_margin_, status_fold,
                                    [&](StatusCues& st, size_t at, size_t size) {
                                      const std::vector<std::string>* row = status_table->find(upto.substr(at, size));
                                      if (!row || row->size() < 2) return;
                                      if (row->size() > 2 && (*row)[2] == "initial" && at != lead) return;
                                      if (row->size() > 2 && (*row)[2] == "after") return;
                                      ((*row)[1] == "strong" ? st.strong : st.weak) = (*row)[0];
                                    });
      q.status = !cues.strong.empty() ? cues.strong : cues.weak;
    }
    // Cues just after the figure ("57 xã đạt chuẩn"), when nothing strong came before.
    if (status_cue_ && status_table && q.status.empty() && q.span.end < sent.end) {
      std::string_view after = window(text, q.span.end, std::min(sent.end, q.span.end + kAfterCueWindow));
      CueHit cue;
      const CueSearch search{*status_cue_, status_words_, sentence, words};
      for (size_t pos = 0; pos < after.size() && search.next(after, pos, after.size(), cue);) {
        pos = cue.at + cue.size;
        const std::vector<std::string>* row = status_table->find(after.substr(cue.at, cue.size));
        if (row && row->size() > 2 && (*row)[2] == "after") {
          q.status = (*row)[0];
          break;
        }
      }
    }

    // Status detail: the last STATUS_DETAIL cue before the figure's end.
    if (detail_cue_ && !q.status.empty() && q.span.end > sent.start) {
      const Table* details = detail_table_;
      const CueSearch search{*detail_cue_, detail_words_, sentence, words};
      const std::string detail =
          cues_before(search, upto, detail_hits, upto.size(), detail_margin_, detail_fold,
                      [&](std::string& last, size_t at, size_t size) {
                        if (const std::vector<std::string>* row = details->find(upto.substr(at, size));
                            row && !row->empty())
                          last = (*row)[0];
                      });
      const bool fits = (detail == "plan" && q.status == "target") ||
                        ((detail == "cumulative" || detail == "ongoing") && q.status == "achieved");
      q.status_detail = fits ? detail : "";
    }

    // Object: for a count, its noun and what follows; for a measure, what
    // follows; with nothing after it, the object of a count written just
    // before it ("05 tuyến đường trên 25 km").
    if (q.dimension != "date" && q.dimension != "time" && q.dimension != "period" && q.dimension != "duration" &&
        q.dimension != "ordinal") {
      const bool counted = q.dimension == "count" || q.dimension == "fraction";
      q.object = object_after(text, q.span.end, sent.end, object_stops_, counted ? q.unit : "");
      if (q.object.empty() && &q != &quantities.front()) {
        const Quantity& prev = *(&q - 1);
        std::string_view gap = text.substr(prev.span.end, q.span.start - std::min(q.span.start, prev.span.end));
        if (prev.span.end <= q.span.start && gap.find_first_not_of(' ') == std::string_view::npos) q.object = prev.object;
      }
    }

    // Indicator: the first rule that fits the unit and finds its cue nearby.
    fitting_rules(q, rules_by_dimension_, rules_by_unit_, unit_key, fitting);
    // Whether `re` occurs as whole words in window `w` of the sentence.
    auto found = [&](const std::shared_ptr<const re2::RE2>& re, const std::optional<PhraseFinder>& finder,
                     std::string_view w) {
      if (!re) return false;
      if (finder) {
        read_words();
        // Windows lie inside the sentence; one that did not would go to RE2.
        if (words.valid() && w.data() >= sentence.data() && w.data() + w.size() <= sentence.data() + sentence.size()) {
          const size_t b = static_cast<size_t>(w.data() - sentence.data());
          return finder->find(sentence, words, b, b + w.size());
        }
      }
      return find_word(*re, w);
    };
    for (size_t ri : fitting) {
      const IndicatorRule& r = rules[ri];
      const RuleFinders& f = finders_[ri];
      auto around = [&](int before, int after) {
        size_t b = q.span.start > sent.start + before ? q.span.start - before : sent.start;
        size_t e = std::min(sent.end, q.span.end + after);
        return window(text, b, e);
      };
      if (!found(r.cue, f.cue, around(r.before, r.after))) continue;
      if (r.context &&
          !found(r.context, f.context,
                 window(text, std::max(sent.start, q.span.start - std::min(q.span.start, kContextReach)),
                        q.span.start)))
        continue;
      if (r.veto && found(r.veto, f.veto,
                          around(r.veto_before >= 0 ? r.veto_before : r.before,
                                 r.veto_after >= 0 ? r.veto_after : r.after)))
        continue;
      if (r.near_veto && found(r.near_veto, f.near_veto, around(r.near_before, 0))) continue;
      q.indicator = r.id;
      break;
    }
  }
}

}  // namespace solieu
