#include "extract/pattern_scan.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <future>
#include <map>
#include <system_error>

#include "extract/match_start.h"
#include "extract/pattern_set.h"
#include "extract/regex_syntax.h"

namespace solieu {
namespace {

// RE2's budget for the union and for the set. Their automata are built lazily
// and only as far as the text needs; on news text they stay far below this.
constexpr int64_t kScanMaxMem = 96 << 20;

// How much of each pattern the union keeps: its parts up to the second that
// cannot match empty. On the first 1,000 news-vi articles, one part made the
// union match 6.0 times as often as the whole patterns, two 1.6 times, three
// 1.1 times; two ran fastest (docs/performance.md, session 9).
constexpr int kUnionParts = 2;

// Whether a regex tests an ASCII word boundary (\b or \B), which depends on
// the character before the position the set starts reading at.
bool tests_word_boundary(std::string_view re) {
  for (size_t i = 0; i + 1 < re.size(); ++i)
    if (re[i] == '\\') {
      if (re[i + 1] == 'b' || re[i + 1] == 'B') return true;
      ++i;  // an escaped character, whatever it is
    }
  return false;
}

// A regex as head, body and tail, where head and tail are whole top-level
// groups "(?:...)" (no quantifier) and the rest has no top-level '|': then the
// regex is head·body·tail, and patterns that share head and tail can be
// written head(?:body1|body2|...)tail. Empty head or tail when there is none.
struct Split {
  std::string_view head, body, tail;
};

Split split_ends(std::string_view re) {
  // Top-level groups as [open, close] and whether a top-level '|' occurs.
  std::vector<std::pair<size_t, size_t>> groups;
  std::vector<size_t> open;
  bool alternation = false, unbalanced = false;
  for_each_syntax_byte(re, [&](size_t i) {
    if (re[i] == '(') {
      open.push_back(i);
    } else if (re[i] == ')') {
      if (open.empty()) {
        unbalanced = true;  // RE2 would have refused it
        return;
      }
      if (open.size() == 1) groups.emplace_back(open.back(), i);
      open.pop_back();
    } else if (re[i] == '|' && open.empty()) {
      alternation = true;
    }
  });
  if (alternation || unbalanced || !open.empty()) return {{}, re, {}};
  auto plain_group = [&](size_t b, size_t e) {
    const bool quantified = e + 1 < re.size() && std::string_view("*+?{").find(re[e + 1]) != std::string_view::npos;
    return re.compare(b, 3, "(?:") == 0 && !quantified;
  };
  Split out{{}, re, {}};
  if (!groups.empty() && groups.front().first == 0 && plain_group(0, groups.front().second)) {
    out.head = re.substr(0, groups.front().second + 1);
    out.body = re.substr(out.head.size());
  }
  if (groups.size() > 1 && groups.back().second + 1 == re.size() && plain_group(groups.back().first, groups.back().second)) {
    out.tail = re.substr(groups.back().first);
    out.body = out.body.substr(0, out.body.size() - out.tail.size());
  }
  return out;
}

// The union of the regexes, written so that RE2 holds one copy of each shared
// head and tail: most patterns begin and end with the same word-boundary
// group, whose Unicode class is most of each pattern's automaton. The union
// is only asked where a match starts, which the factored form keeps.
std::string union_of(const std::vector<std::string>& regexes) {
  std::map<std::pair<std::string_view, std::string_view>, std::vector<std::string_view>> by_ends;
  std::vector<std::pair<std::string_view, std::string_view>> order;  // first-seen order of the ends
  for (const std::string& re : regexes) {
    const Split s = split_ends(re);
    auto [it, fresh] = by_ends.try_emplace({s.head, s.tail});
    if (fresh) order.push_back({s.head, s.tail});
    it->second.push_back(s.body);
  }
  std::string out;
  for (const auto& ends : order) {
    if (!out.empty()) out += '|';
    out += "(?:";
    out += ends.first;
    out += "(?:";
    const std::vector<std::string_view>& bodies = by_ends[ends];
    for (size_t i = 0; i < bodies.size(); ++i) {
      if (i) out += '|';
      out += bodies[i];
    }
    out += ')';
    out += ends.second;
    out += ')';
  }
  return out;
}

}  // namespace

struct PatternScan::Compiled {
  std::unique_ptr<RE2> any;  // (?:p1)|(?:p2)|...
  std::unique_ptr<RE2::Set> at;  // p1, p2, ... anchored at the start
};

PatternScan::PatternScan() = default;
PatternScan::~PatternScan() = default;

namespace {

// A Unicode property the union and the set replace by a few ranges that
// hold at least its members (or, inside a negated class, at most them).
struct WideProperty {
  std::string_view name;      // as in \pL or \p{Ll}
  std::string_view members;   // a superset, to stand inside a class
  std::string_view ascii;     // its ASCII members: a subset, for negated classes
};

// \x{80}-\x{10FFFF} is "any non-ASCII character": RE2 compiles these ranges
// into a handful of instructions, the exact properties into hundreds or
// thousands (docs/performance.md).
constexpr WideProperty kWideProperties[] = {
    {"L", "A-Za-z\\x{80}-\\x{10FFFF}", "A-Za-z"},
    {"Ll", "a-z\\x{80}-\\x{10FFFF}", "a-z"},
    {"N", "0-9\\x{80}-\\x{10FFFF}", "0-9"},
};

// The widened form of a property escape ("\\pL", "\\p{Ll}") when it names one
// of kWideProperties, else null.
const WideProperty* wide_property(std::string_view escape) {
  if (escape.size() < 3 || escape[1] != 'p') return nullptr;
  const std::string_view name = escape[2] == '{' ? escape.substr(3, escape.size() - 4) : escape.substr(2);
  for (const WideProperty& w : kWideProperties)
    if (w.name == name) return &w;
  return nullptr;
}

}  // namespace

std::string PatternScan::widened(std::string_view re) {
  std::string out;
  out.reserve(re.size());
  for_each_regex_piece(re, [&](const RegexPiece& p) {
    const std::string_view piece = re.substr(p.begin, p.end - p.begin);
    const WideProperty* w = p.kind == RegexPiece::kEscape ? wide_property(piece) : nullptr;
    if (!w) {
      out += piece;
    } else if (!p.in_class) {
      out += '[';  // a class of its own
      out += w->members;
      out += ']';
    } else {
      out += p.negated ? w->ascii : w->members;  // in a negated class only its ASCII members stay out
    }
  });
  return out;
}

std::string PatternScan::without_group_names(std::string_view re) {
  std::string out;
  out.reserve(re.size());
  size_t copied = 0;  // re[0, copied) is in `out`
  for_each_syntax_byte(re, [&](size_t i) {
    if (i < copied || re.compare(i, 4, "(?P<") != 0) return;
    const size_t close = re.find('>', i + 4);
    if (close == std::string_view::npos) return;
    out.append(re, copied, i - copied);
    out += "(?:";
    copied = close + 1;
  });
  out.append(re, copied);
  return out;
}

std::unique_ptr<PatternScan> PatternScan::build(const std::vector<const CompiledPattern*>& patterns, int threads) {
  if (patterns.empty()) return nullptr;
  RE2::Options options = patterns.front()->re->options();
  options.set_max_mem(kScanMaxMem);
  options.set_log_errors(false);
  for (const CompiledPattern* p : patterns) {
    const RE2::Options& o = p->re->options();
    // One union needs one set of options; the pattern set compiles all alike.
    if (o.case_sensitive() != options.case_sensitive() || o.encoding() != options.encoding()) return nullptr;
  }

  std::unique_ptr<PatternScan> scan(new PatternScan());
  scan->compiled_ = std::make_unique<Compiled>();
  scan->compiled_->at = std::make_unique<RE2::Set>(options, RE2::ANCHOR_START);
  std::vector<std::string> plain;
  for (size_t i = 0; i < patterns.size(); ++i) {
    const std::string exact = without_group_names(patterns[i]->expanded);
    plain.push_back(widened(exact));
    std::string error;
    int index = scan->compiled_->at->Add(plain.back(), &error);
    if (index < 0) {  // RE2 refuses the widened regex (it should not): the exact one, then
      plain.back() = exact;
      index = scan->compiled_->at->Add(plain.back(), &error);
    }
    if (index != static_cast<int>(i)) return nullptr;
    if (tests_word_boundary(plain.back())) scan->always_run_.push_back(static_cast<int>(i));
  }
  // The union is asked only where a match starts: each pattern cut after its
  // second part that must consume a character (match_start.h) holds the
  // union's automaton to a fraction of the full patterns' states.
  std::vector<std::string> starts;
  starts.reserve(plain.size());
  for (const std::string& re : plain) starts.push_back(match_start_regex(re, kUnionParts));
  const std::string any = union_of(starts);
  // Leftmost-first, as the patterns: only where the match starts is used,
  // and a leftmost-longest union makes RE2's automaton far larger.
  auto compile_union = [&] { return std::make_unique<RE2>(any, options); };
  std::future<std::unique_ptr<RE2>> union_ahead;
  if (threads > 1) {
    try {
      union_ahead = std::async(std::launch::async, compile_union);
    } catch (const std::system_error&) {
      // No thread to be had: compiled below, after the set.
    }
  }
  const bool set_ok = scan->compiled_->at->Compile();
  scan->compiled_->any = union_ahead.valid() ? union_ahead.get() : set_ok ? compile_union() : nullptr;
  if (!set_ok || !scan->compiled_->any->ok()) return nullptr;
  return scan;
}

std::optional<size_t> PatternScan::next(std::string_view text, size_t from, size_t end) const {
  re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece match;
  if (from > end || !compiled_->any->Match(whole, from, end, RE2::UNANCHORED, &match, 1)) return std::nullopt;
  return static_cast<size_t>(match.data() - text.data());
}

bool PatternScan::candidates_at(std::string_view text, size_t at, size_t end, std::vector<int>& out) const {
  RE2::Set::ErrorInfo info{};
  const bool any = compiled_->at->Match(re2::StringPiece(text.data() + at, end - at), &out, &info);
  if (!any && info.kind != RE2::Set::kNoError) return false;
  std::sort(out.begin(), out.end());
  return true;
}

}  // namespace solieu
