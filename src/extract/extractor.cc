#include "extract/extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <future>
#include <iterator>
#include <mutex>
#include <system_error>

#include "core/utf8.h"
#include "extract/context.h"
#include "extract/group_reader.h"
#include "extract/pattern_scan.h"
#include "normalize/text_key.h"

namespace solieu {
namespace {

// A refused match longer than this is not searched inside again (see
// match_pattern). The longest real figure, words and unit, is ~80 bytes;
// docs/hardness.md.
constexpr size_t kMaxRefusedMatchBytes = 256;

// After a refused match the search resumes one character further, but looks
// at most this far ahead: inside a long number-shaped run RE2 must otherwise
// read to the run's end before it can settle each shorter match, and the run
// is read again for every retry (docs/hardness.md).
constexpr size_t kRetryReach = 2048;
// The longest match honoured across a retry window's end: when a bounded
// retry finds nothing, the unbounded search resumes this far before the
// window's end, so a match starting there is still seen whole. The one-pass
// search reads no match further than this from its start (extractor.h).
constexpr size_t kMaxMatchBytes = 512;
// How far ahead the one-pass search looks for the next match at once.
constexpr size_t kScanReach = 4096;

// Dimensions that are not figures: typed, so that nobody counts them.
bool is_time_like(const std::string& d) {
  return d == "date" || d == "time" || d == "period" || d == "duration" || d == "ordinal" || d == "metadata";
}

struct Slots {
  const CompiledPattern& pattern;
  const std::vector<re2::StringPiece>& groups;
  std::vector<bool> dropped;  // by group index

  // The first participating group of that slot name (a name may repeat).
  std::optional<std::string_view> get(std::string_view name) const {
    for (size_t i = 1; i < groups.size(); ++i)
      if (groups[i].data() && !dropped[i] && pattern.slot_of_group[i] == name)
        return std::string_view(groups[i].data(), groups[i].size());
    return std::nullopt;
  }
};

double parse_plain_double(const std::string& s, bool& ok) {
  try {
    size_t used = 0;
    double v = std::stod(s, &used);
    ok = used == s.size();
    return v;
  } catch (...) {
    ok = false;
    return 0;
  }
}

// Applies one UNIT-table row (`dimension unit factor normalized_unit normalized_factor`).
bool apply_unit(const std::vector<std::string>& row, Quantity& q, bool take_dimension) {
  if (row.size() < 5 || row[0] == "none") return false;
  bool ok1, ok2;
  double factor = parse_plain_double(row[2], ok1);
  double nfactor = parse_plain_double(row[4], ok2);
  if (!ok1 || !ok2) return false;
  if (take_dimension) q.dimension = row[0];
  q.unit = row[1];
  auto scale = [&](std::optional<double>& v) {
    if (v) *v *= factor;
  };
  scale(q.value);
  scale(q.low);
  scale(q.high);
  if (q.value) q.normalized_value = *q.value * nfactor;
  q.normalized_unit = row[3];
  return true;
}

// Advances `pos` by one code point.
size_t next_char(std::string_view text, size_t pos) {
  char32_t c;
  size_t p = pos;
  if (!next_code_point(text, p, c)) return pos + 1;
  return p;
}

// Articles longer than this are matched window by window (extractor.h).
constexpr size_t kWindowBytes = 64 * 1024;

// The end of the window that starts at `begin`: just past the last line
// break in its second half, else past the last ". ", else past the last ", ",
// else past the last space, else at a character boundary; the text's end
// when the rest fits.
size_t window_end(std::string_view text, size_t begin) {
  if (text.size() - begin <= kWindowBytes) return text.size();
  const size_t limit = begin + kWindowBytes;
  const std::string_view half = text.substr(begin + kWindowBytes / 2, kWindowBytes / 2);
  const size_t base = begin + kWindowBytes / 2;
  if (size_t nl = half.rfind('\n'); nl != std::string_view::npos) return base + nl + 1;
  for (std::string_view sep : {". ", "? ", "! ", ", ", "; "})
    if (size_t at = half.rfind(sep); at != std::string_view::npos) return base + at + sep.size();
  if (size_t sp = half.rfind(' '); sp != std::string_view::npos) return base + sp + 1;
  size_t cut = limit;
  while (cut > begin + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

}  // namespace

Extractor::Extractor(const PatternSet& patterns)
    : patterns_(patterns),
      tables_{patterns.lexicon(), patterns.table("VAGUE"), patterns.table("UNIT"), patterns.table("QUAL"),
              patterns.table("QUAL2")},
      context_(std::make_unique<ContextReader>(patterns)), scans_(std::make_unique<Scans>()) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;

// One match to one figure, or nullopt when the slots do not make one (the
// number grammar refuses the span, an excluded noun, an unknown unit).
static std::optional<Quantity> build(const CompiledPattern& p, const Extractor::SetTables& set, std::string_view text,
                                     const std::vector<re2::StringPiece>& groups, SeparatorStyle style) {
  Slots slots{p, groups, std::vector<bool>(groups.size(), false)};
  Quantity q;
  q.pattern = p.id;
  q.dimension = p.dimension;

  // Slots whose words the pattern says to leave out ("drop noun2 NOTNOUN").
  for (const auto& [slot, t] : p.drops) {
    for (size_t i = 1; i < groups.size(); ++i)
      if (t && groups[i].data() && p.slot_of_group[i] == slot && t->find({groups[i].data(), groups[i].size()}))
        slots.dropped[i] = true;
  }

  // The figure's span: every named slot that took part, without the boundary
  // characters the regex consumed around it.
  size_t start = std::string_view::npos, end = 0;
  for (size_t i = 1; i < groups.size(); ++i) {
    if (!groups[i].data() || slots.dropped[i] || p.slot_of_group[i].empty() || groups[i].empty()) continue;
    size_t b = static_cast<size_t>(groups[i].data() - text.data());
    start = std::min(start, b);
    end = std::max(end, b + groups[i].size());
  }
  if (start == std::string_view::npos) {
    start = static_cast<size_t>(groups[0].data() - text.data());
    end = start + groups[0].size();
  }
  q.span = {start, end};

  for (const auto& [slot, t] : p.excludes) {
    auto s = slots.get(slot);
    if (s && t && t->find(*s)) return std::nullopt;
  }

  auto number = [&](std::string_view s) -> std::optional<NumberReading> {
    auto r = parse_number(s, set.lexicon, style);
    if (r && !std::isfinite(r->value)) return std::nullopt;
    // One word typed without diacritics is too weak to be a number: "Nam"
    // (south), "sau" (after), "bay" (fly) are far likelier than five, six, seven.
    if (r && r->no_diacritics && !r->has_digits && s.find(' ') == std::string_view::npos) return std::nullopt;
    return r;
  };

  if (auto num = slots.get("num")) {
    auto r = number(*num);
    if (!r) return std::nullopt;
    q.value = r->value;
    q.no_diacritics = r->no_diacritics;
    if (r->ambiguous_separator) {
      q.ambiguous_separator = true;
      q.alternative = r->alternative;
    } else if (r->other_style) {
      // Only English thousands ("1,500,000", "1,234.5") outvote Vietnamese:
      // a lone English decimal ("2.5 lít") is common in Vietnamese text too.
      if (style == SeparatorStyle::kVietnamese && num->find(',') != std::string_view::npos) q.separator_vote = -1;
      if (style == SeparatorStyle::kEnglish) q.separator_vote = -1;
    } else if (num->find_first_of(".,") != std::string_view::npos && r->has_digits) {
      q.separator_vote = 1;
    }
    if (auto cents = slots.get("cents")) {
      auto c = number(*cents);
      if (!c) return std::nullopt;
      *q.value += c->value / 100.0;
    }
    if (auto num2 = slots.get("num2")) {
      auto r2 = number(*num2);
      if (!r2) return std::nullopt;
      q.low = q.value;
      q.high = r2->value;
      // "80 – 100 triệu": the scale written once belongs to both bounds.
      if (r2->has_words && *q.low > 0 && *q.low < 1000 && *q.low < *q.high) {
        for (double scale : {1e12, 1e9, 1e6, 1e3})
          if (scale <= *q.high && *q.low * scale <= *q.high) {
            *q.low *= scale;
            break;
          }
        q.value = q.low;
      }
      q.qualifier = "range";
    }
  } else if (auto vague = slots.get("vague")) {
    const Table* t = set.vague;
    const std::vector<std::string>* row = t ? t->find(*vague) : nullptr;
    if (!row || row->size() < 2) return std::nullopt;
    bool ok1, ok2;
    q.low = parse_plain_double((*row)[0], ok1);
    q.high = parse_plain_double((*row)[1], ok2);
    if (!ok1 || !ok2) return std::nullopt;
    q.value = q.low;
    q.qualifier = "approximately";
  } else if (p.value) {
    q.value = p.value;
  }

  if (auto neg = slots.get("minus"); neg && q.value) {
    q.value = -*q.value;
  }

  if (auto unit = slots.get("unit")) {
    const Table* t = p.units;
    const std::vector<std::string>* row = t ? t->find(*unit) : nullptr;
    if (!row || !apply_unit(*row, q, p.dimension == "unit")) return std::nullopt;
    for (size_t f = 5; f < row->size(); ++f) {
      if ((*row)[f] == "plain") q.no_diacritics = true;
      if ((*row)[f] == "lower" && text_key(*unit) != *unit) return std::nullopt;
    }
  } else if (auto noun = slots.get("noun")) {
    q.unit = text_key(*noun);
    if (auto noun2 = slots.get("noun2")) q.unit += " " + text_key(*noun2);
    q.normalized_value = q.value;
    q.normalized_unit = q.unit;
  } else if (!p.unit.empty()) {
    const Table* t = p.units;
    const std::vector<std::string>* row = t ? t->find(p.unit) : nullptr;
    if (row) {
      if (!apply_unit(*row, q, p.dimension == "unit")) return std::nullopt;
    } else {
      q.unit = p.unit;
      q.normalized_value = q.value;
      q.normalized_unit = q.unit;
    }
  }
  if (q.dimension == "unit") return std::nullopt;  // a unit slot was required to type it

  if (auto per = slots.get("per")) {
    // Each part after a '/' in its canonical spelling: "đồng/lít" -> "VND/l".
    const Table* units = set.units;
    std::string per_unit;
    std::string_view rest = *per;
    while (!rest.empty()) {
      size_t slash = rest.find('/');
      std::string part = text_key(rest.substr(0, slash));
      rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
      if (part.empty()) continue;
      const std::vector<std::string>* row = units ? units->find(part) : nullptr;
      per_unit += "/" + (row && row->size() > 1 ? (*row)[1] : part);
    }
    q.unit += per_unit;
    q.normalized_unit += per_unit;
    q.dimension = "rate";
  }
  if (auto den = slots.get("den")) {
    auto d = number(*den);
    if (!d) return std::nullopt;
    q.of = d->value;
  }

  // Qualifier: the pattern's own, then the words before and after the
  // number; a range with both bounds stays a range whatever words surround it.
  if (!p.qualifier.empty()) q.qualifier = p.qualifier;
  for (const auto& [slot, t] : {std::pair{"qual", set.qual}, std::pair{"qual2", set.qual2}}) {
    auto s = slots.get(slot);
    if (!s || !t) continue;
    const std::vector<std::string>* row = t->find(*s);
    if (row && !row->empty()) q.qualifier = (*row)[0];
  }
  if (q.low && q.high && slots.get("num2")) q.qualifier = "range";
  // Counted things are whole: "1,500 người" is 1500 people, never 1.5.
  if (q.dimension == "count" && q.ambiguous_separator && q.value && q.alternative &&
      *q.value != std::floor(*q.value) && *q.alternative == std::floor(*q.alternative)) {
    std::swap(*q.value, *q.alternative);
    q.normalized_value = q.value;
    q.ambiguous_separator = false;
    q.alternative.reset();
  }
  if (q.qualifier == "range" && (!q.low || !q.high)) q.qualifier = "exact";
  return q;
}

namespace {

// A found match taken: its figure appended to `out` unless refused, and
// where the pattern's next match may start.
struct Taken {
  size_t next;
  bool refused;
};

Taken take(const CompiledPattern& p, const Extractor::SetTables& set, std::string_view text,
           const std::vector<re2::StringPiece>& groups, SeparatorStyle style, std::vector<Quantity>& out) {
  const size_t match_start = static_cast<size_t>(groups[0].data() - text.data());
  auto q = build(p, set, text, groups, style);
  if (q && q->span.end > q->span.start) {
    const size_t next = std::max(q->span.end, next_char(text, match_start));
    out.push_back(std::move(*q));
    return {next, false};
  }
  if (groups[0].size() > kMaxRefusedMatchBytes) {
    // A long number-shaped run the grammar refused ("1 nghìn 2 triệu 1
    // nghìn ..."): looking again one character further would match the
    // rest of it again, and again, quadratic in its length. Past its end.
    return {std::max(static_cast<size_t>(groups[0].data() + groups[0].size() - text.data()),
                     next_char(text, match_start)),
            false};
  }
  // Refused: look again one character further, so a later start can match.
  return {next_char(text, match_start), true};
}

}  // namespace

std::vector<Quantity> Extractor::match_pattern(const CompiledPattern& p, std::string_view text,
                                               SeparatorStyle style) const {
  std::vector<Quantity> out;
  match_window(p, text, 0, text.size(), style, out);
  return out;
}

void Extractor::match_window(const CompiledPattern& p, std::string_view text, size_t begin, size_t end,
                             SeparatorStyle style, std::vector<Quantity>& out) const {
  const int n = static_cast<int>(p.slot_of_group.size());
  std::vector<re2::StringPiece> groups(n);
  size_t pos = begin;
  bool retrying = false;  // the last match was refused: search within kRetryReach only
  re2::StringPiece whole(text.data(), text.size());
  while (pos <= end) {
    const size_t stop = retrying ? std::min(end, pos + kRetryReach) : end;
    const bool found = p.re->Match(whole, pos, stop, RE2::UNANCHORED, groups.data(), n);
    if (stop != end) {
      // Where a match could begin that the bound might cut short.
      size_t resume = stop - kMaxMatchBytes;  // stop - pos is kRetryReach, larger
      while (resume > pos && (static_cast<unsigned char>(text[resume]) & 0xC0) == 0x80) --resume;
      if (!found || static_cast<size_t>(groups[0].data() - text.data()) >= resume) {
        // Nothing starts near the refused match, or only a match the bound
        // may have cut: resume unbounded where such a match could begin.
        pos = std::max(resume, next_char(text, pos));
        retrying = false;
        continue;
      }
    }
    if (!found) break;
    const Taken taken = take(p, tables_, text, groups, style, out);
    pos = taken.next;
    retrying = taken.refused;
  }
}

void Extractor::scan_window(const PatternScan& scan, const GroupReader* reader, std::string_view text, size_t begin,
                            size_t end, SeparatorStyle style, std::vector<Lane>& lanes) const {
  for (Lane& lane : lanes) {
    lane.pos = begin;
    lane.found.clear();
  }
  std::vector<int> candidates;
  std::vector<re2::StringPiece> groups;
  const re2::StringPiece whole(text.data(), text.size());
  std::optional<GroupReader::Scratch> scratch;
  if (reader) scratch.emplace(*reader);
  for (;;) {
    // Every lane's next match starts at or after the lowest lane position;
    // a lane past `end` is done (match_window's loop condition).
    size_t from = std::string_view::npos;
    for (const Lane& lane : lanes)
      if (lane.pos <= end) from = std::min(from, lane.pos);
    if (from == std::string_view::npos) return;
    // The union is searched kScanReach ahead at most, so that a long
    // number-shaped run is not read again for every start inside it.
    const size_t bound = std::min(end, from + kScanReach);
    const std::optional<size_t> hit = scan.next(text, from, bound);
    if (bound < end) {
      size_t resume = bound - kMaxMatchBytes;
      while (resume > from && (static_cast<unsigned char>(text[resume]) & 0xC0) == 0x80) --resume;
      if (!hit || *hit >= resume) {
        // No match starts before `resume`: one that did would end inside
        // the bound. Later starts are looked for with a bound of their own.
        for (Lane& lane : lanes) lane.pos = std::max(lane.pos, resume);
        continue;
      }
    } else if (!hit) {
      return;  // no pattern matches again in this window
    }
    // No lane has a match before `at`, so a lane at or before it either
    // matches at `at` (its leftmost match) or not before the next character.
    const size_t at = *hit;
    // At a character boundary: the group reader hands text[0, stop) to PCRE2 as UTF-8.
    size_t stop = std::min(end, at + kMaxMatchBytes);
    while (stop > at && stop < text.size() && (static_cast<unsigned char>(text[stop]) & 0xC0) == 0x80) --stop;
    const bool known = scan.candidates_at(text, at, stop, candidates);
    const size_t after = next_char(text, at);
    for (size_t i = 0; i < lanes.size(); ++i) {
      Lane& lane = lanes[i];
      if (lane.pos > at) continue;
      lane.pos = after;  // unless the lane matches here
      const int index = static_cast<int>(i);
      const bool may_match = !known || std::binary_search(candidates.begin(), candidates.end(), index) ||
                             std::binary_search(scan.always_run().begin(), scan.always_run().end(), index);
      if (!may_match) continue;
      const CompiledPattern& p = *lane.pattern;
      bool matched;
      if (reader) {
        matched = reader->match(i, text, at, stop, groups, *scratch);
      } else {
        const int n = static_cast<int>(p.slot_of_group.size());
        groups.assign(n, re2::StringPiece());
        matched = p.re->Match(whole, at, stop, RE2::ANCHOR_START, groups.data(), n);
      }
      if (matched) lane.pos = take(p, tables_, text, groups, style, lane.found).next;
    }
  }
}

struct Extractor::Scans {
  std::once_flag once[2];  // by options.latent
  std::unique_ptr<PatternScan> scan[2];
  std::unique_ptr<GroupReader> reader[2];
};

const PatternScan* Extractor::scan_for(const ExtractOptions& options) const {
  const int k = options.latent ? 1 : 0;
  std::call_once(scans_->once[k], [&] {
    std::vector<const CompiledPattern*> lanes;
    for (const CompiledPattern& p : patterns_.patterns())
      if (!p.latent || options.latent) lanes.push_back(&p);
    // With threads to spare, the group reader compiles beside the scan: they
    // share nothing. Without a thread to be had, one after the other.
    std::future<std::unique_ptr<GroupReader>> reader;
    if (options.build_threads > 1) {
      try {
        reader = std::async(std::launch::async, [&] { return GroupReader::build(lanes); });
      } catch (const std::system_error&) {
      }
    }
    scans_->scan[k] = PatternScan::build(lanes, options.build_threads);
    scans_->reader[k] = reader.valid() ? reader.get() : GroupReader::build(lanes);
  });
  return scans_->scan[k].get();
}

const GroupReader* Extractor::reader_for(const ExtractOptions& options) const {
  scan_for(options);
  return scans_->reader[options.latent ? 1 : 0].get();
}

std::vector<Quantity> Extractor::extract(std::string_view text, const ExtractOptions& options) const {
  std::vector<Quantity> out = resolve(text, options, SeparatorStyle::kVietnamese);
  int votes = 0;
  for (const Quantity& q : out) votes += q.separator_vote;
  if (votes < 0) {
    // The article writes numbers the English way: read it again so.
    out = resolve(text, options, SeparatorStyle::kEnglish);
    votes = -votes;
  }
  if (votes != 0)
    for (Quantity& q : out)
      if (q.ambiguous_separator) {
        q.ambiguous_separator = false;  // settled by the article's other numbers
        q.alternative.reset();
      }
  context_->annotate(text, out);
  for (Quantity& q : out)
    if (is_time_like(q.dimension)) {
      q.status.clear();
      q.status_detail.clear();
      q.indicator.clear();
    }
  return out;
}

std::vector<Quantity> Extractor::resolve(std::string_view text, const ExtractOptions& options,
                                         SeparatorStyle style) const {
  std::vector<Quantity> out;
  std::vector<Candidate> candidates;
  const PatternScan* scan = options.one_pass ? scan_for(options) : nullptr;
  const GroupReader* reader = scan && GroupReader::text_fits(text) ? reader_for(options) : nullptr;
  std::vector<Lane> lanes;
  for (const CompiledPattern& p : patterns_.patterns())
    if (!p.latent || options.latent) lanes.push_back({&p, 0, {}});
  for (size_t begin = 0;;) {
    const size_t end = window_end(text, begin);
    // Each window but the first starts at the separator its cut left, the
    // one character a pattern's left boundary may consume there.
    const size_t from = begin == 0 ? 0 : begin - 1;
    if (scan) {
      scan_window(*scan, reader, text, from, end, style, lanes);
    } else {
      for (Lane& lane : lanes) {
        lane.found.clear();
        match_window(*lane.pattern, text, from, end, style, lane.found);
      }
    }
    // Candidates in pattern order, each pattern's in text order: choose()
    // breaks ties by that order.
    candidates.clear();
    for (Lane& lane : lanes)
      for (Quantity& q : lane.found) candidates.push_back({&q, lane.pattern->priority, lane.pattern->emit});
    choose(candidates, out);
    if (end >= text.size()) break;
    begin = end;
  }
  return out;
}

void Extractor::choose(std::vector<Candidate>& candidates, std::vector<Quantity>& out) {
  // Best first: higher priority, then the longer span, then the earlier one.
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.priority != b.priority) return a.priority > b.priority;
    size_t la = a.q->span.end - a.q->span.start, lb = b.q->span.end - b.q->span.start;
    if (la != lb) return la > lb;
    return a.q->span.start < b.q->span.start;
  });
  // Chosen spans by start; they never overlap, so only the neighbours of a
  // new span can collide with it. A sorted vector, not a map: a window holds
  // tens of figures, and a map allocated a node for each.
  thread_local std::vector<const Candidate*> chosen;
  chosen.clear();
  const auto starts_before = [](const Candidate* c, size_t at) { return c->q->span.start < at; };
  for (const Candidate& c : candidates) {
    auto next = std::lower_bound(chosen.begin(), chosen.end(), c.q->span.start, starts_before);
    if (next != chosen.end() && (*next)->q->span.start < c.q->span.end) continue;
    if (next != chosen.begin() && (*std::prev(next))->q->span.end > c.q->span.start) continue;
    chosen.insert(next, &c);
  }
  for (const Candidate* c : chosen)
    if (c->emit) out.push_back(std::move(*c->q));
}

}  // namespace solieu
