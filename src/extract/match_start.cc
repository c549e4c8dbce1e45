#include "extract/match_start.h"

#include <optional>
#include <vector>

#include "extract/regex_syntax.h"

namespace solieu {
namespace {

// Pieces [first, last) of the regex: the unit everything below works on.
struct Range {
  size_t first, last;
};

// One part of a concatenation: pieces [first, body_end) and its repetition
// [body_end, last), if any.
struct Part {
  enum Kind { kGroup, kZeroWidth, kOther };
  Kind kind = kOther;
  size_t first = 0, body_end = 0, last = 0;
  bool optional = false;  // its repetition admits zero copies
  bool empty = false;     // matches only the empty string (\Q\E)
  bool chars = false;     // literal characters (or '.'): a run of them is one part
  // For a group: its opening text ("(", "(?:", "(?i:") and its contents.
  std::string_view open;
  Range inner{0, 0};
};

class Cutter {
 public:
  explicit Cutter(std::string_view re) : re_(re) {
    for_each_regex_piece(re, [&](const RegexPiece& p) { pieces_.push_back(p); });
  }

  std::optional<std::string> cut_all(int parts) { return cut(Range{0, pieces_.size()}, parts); }

 private:
  bool syntax(size_t i, char c) const {
    return i < pieces_.size() && pieces_[i].kind == RegexPiece::kSyntax && re_[pieces_[i].begin] == c;
  }
  std::string_view text(size_t first, size_t last) const {
    if (first >= last) return {};
    return re_.substr(pieces_[first].begin, pieces_[last - 1].end - pieces_[first].begin);
  }

  // The alternatives of r, split at its top-level '|'; nullopt if its
  // groups do not balance.
  std::optional<std::vector<Range>> alternatives(Range r) const {
    std::vector<Range> out;
    int depth = 0;
    size_t start = r.first;
    for (size_t i = r.first; i < r.last; ++i) {
      if (syntax(i, '(')) ++depth;
      if (syntax(i, ')') && --depth < 0) return std::nullopt;
      if (depth == 0 && syntax(i, '|')) {
        out.push_back({start, i});
        start = i + 1;
      }
    }
    if (depth != 0) return std::nullopt;
    out.push_back({start, r.last});
    return out;
  }

  // The repetition that starts at piece i, if any: one past its end, and
  // whether it admits zero copies.
  std::optional<std::pair<size_t, bool>> repetition(size_t i, size_t last) const {
    if (i >= last || pieces_[i].kind != RegexPiece::kSyntax) return std::nullopt;
    const char c = re_[pieces_[i].begin];
    size_t end;
    bool zero;
    if (c == '*' || c == '?' || c == '+') {
      end = i + 1;
      zero = c != '+';
    } else if (c == '{') {
      // {n}, {n,} or {n,m}; anything else is a literal '{' to RE2.
      size_t j = i + 1;
      std::string min;
      while (j < last && pieces_[j].kind == RegexPiece::kSyntax && re_[pieces_[j].begin] >= '0' &&
             re_[pieces_[j].begin] <= '9')
        min += re_[pieces_[j++].begin];
      if (min.empty()) return std::nullopt;
      if (syntax(j, ',')) {
        ++j;
        while (j < last && pieces_[j].kind == RegexPiece::kSyntax && re_[pieces_[j].begin] >= '0' &&
               re_[pieces_[j].begin] <= '9')
          ++j;
      }
      if (j >= last || !syntax(j, '}')) return std::nullopt;
      end = j + 1;
      zero = min.find_first_not_of('0') == std::string::npos;
    } else {
      return std::nullopt;
    }
    if (end < last && syntax(end, '?')) ++end;  // lazy
    return std::make_pair(end, zero);
  }

  // The parts of an alternative (no top-level '|'); nullopt on what this
  // reader does not follow (a flag group without contents, an unclosed class).
  std::optional<std::vector<Part>> parts(Range r) const {
    std::vector<Part> out;
    for (size_t i = r.first; i < r.last;) {
      Part p;
      p.first = i;
      const RegexPiece& piece = pieces_[i];
      if (piece.kind == RegexPiece::kClassOpen) {
        while (i < r.last && pieces_[i].kind != RegexPiece::kClassClose) ++i;
        if (i == r.last) return std::nullopt;
        p.body_end = ++i;
      } else if (piece.kind == RegexPiece::kEscape) {
        const std::string_view e = re_.substr(piece.begin, piece.end - piece.begin);
        if (e == "\\b" || e == "\\B" || e == "\\A" || e == "\\z") p.kind = Part::kZeroWidth;
        p.body_end = ++i;
      } else if (piece.kind == RegexPiece::kLiteral) {
        p.empty = piece.end - piece.begin <= 4;  // "\Q\E", or "\Q" at the end
        p.body_end = ++i;
      } else if (syntax(i, '(')) {
        size_t j = i + 1;
        if (syntax(j, '?')) {
          // Flags up to ':'. A group of flags alone ("(?i)") changes the
          // rest of the regex, and a named group should be gone by now:
          // not followed.
          while (j < r.last && !syntax(j, ':')) {
            const char c = re_[pieces_[j].begin];
            if (pieces_[j].kind != RegexPiece::kSyntax || c == ')' || c == '<' || c == 'P' || c == '(') {
              return std::nullopt;
            }
            ++j;
          }
          if (j == r.last) return std::nullopt;
        } else {
          j = i;  // a plain capturing group: "(" alone
        }
        p.kind = Part::kGroup;
        p.open = text(i, j + 1);
        int depth = 0;
        size_t k = i;
        for (; k < r.last; ++k) {
          if (syntax(k, '(')) ++depth;
          if (syntax(k, ')') && --depth == 0) break;
        }
        if (k == r.last) return std::nullopt;
        p.inner = {j + 1, k};
        p.body_end = i = k + 1;
      } else if (syntax(i, ')') || syntax(i, '|')) {
        return std::nullopt;  // not within one alternative
      } else if (syntax(i, '^') || syntax(i, '$')) {
        p.kind = Part::kZeroWidth;
        p.body_end = ++i;
      } else {
        // A literal character (its UTF-8 bytes), '.', or a '{' RE2 reads literally.
        ++i;
        while (i < r.last && pieces_[i].kind == RegexPiece::kSyntax &&
               (static_cast<unsigned char>(re_[pieces_[i].begin]) & 0xC0) == 0x80)
          ++i;
        p.body_end = i;
        p.chars = true;
      }
      if (const auto rep = repetition(p.body_end, r.last)) {
        // RE2 repeats the last character of a quoted literal, or, when it is
        // empty ("\Q\E"), whatever stands before it: not followed.
        if (piece.kind == RegexPiece::kLiteral) return std::nullopt;
        p.last = rep->first;
        p.optional = rep->second;
      } else {
        p.last = p.body_end;
      }
      i = p.last;
      // A word is one part: characters join the run before them, unless
      // either is repeated ("ab+" is "a" then "b+").
      if (p.chars && p.last == p.body_end && !out.empty() && out.back().chars && out.back().last == out.back().body_end) {
        out.back().body_end = out.back().last = p.last;
        continue;
      }
      out.push_back(p);
    }
    return out;
  }

  // Whether a part can match the empty string (conservatively: true when unsure).
  std::optional<bool> nullable(const Part& p) const {
    if (p.optional || p.empty || p.kind == Part::kZeroWidth) return true;
    if (p.kind != Part::kGroup) return false;
    const auto alts = alternatives(p.inner);
    if (!alts) return std::nullopt;
    for (const Range& a : *alts) {
      const auto ps = parts(a);
      if (!ps) return std::nullopt;
      bool all = true;
      for (const Part& q : *ps) {
        const auto n = nullable(q);
        if (!n) return std::nullopt;
        all = all && *n;
      }
      if (all) return true;
    }
    return false;
  }

  // The regex r, each alternative cut after its `keep`-th part that cannot
  // match empty; that part is cut inside in turn (after its first) when it
  // is a group.
  std::optional<std::string> cut(Range r, int keep) const {
    const auto alts = alternatives(r);
    if (!alts) return std::nullopt;
    std::string out;
    for (size_t a = 0; a < alts->size(); ++a) {
      if (a) out += '|';
      const auto ps = parts((*alts)[a]);
      if (!ps) return std::nullopt;
      size_t k = 0;
      int seen = 0;
      for (; k < ps->size(); ++k) {
        const auto n = nullable((*ps)[k]);
        if (!n) return std::nullopt;
        if (!*n && ++seen == keep) break;
      }
      if (k == ps->size()) {  // every part may match empty: nothing to cut
        out += text((*alts)[a].first, (*alts)[a].last);
        continue;
      }
      const Part& p = (*ps)[k];
      out += text((*alts)[a].first, p.first);
      if (p.kind == Part::kGroup) {
        const auto inner = cut(p.inner, 1);
        if (!inner) return std::nullopt;
        out += p.open;
        out += *inner;
        out += ')';
      } else {
        out += text(p.first, p.body_end);
      }
    }
    return out;
  }

  std::string_view re_;
  std::vector<RegexPiece> pieces_;
};

}  // namespace

std::string match_start_regex(std::string_view regex, int parts) {
  std::optional<std::string> cut = parts > 0 ? Cutter(regex).cut_all(parts) : std::nullopt;
  return cut ? *std::move(cut) : std::string(regex);
}

}  // namespace solieu
