#include "extract/group_reader.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <re2/re2.h>

#include <algorithm>

#include "core/utf8.h"
#include "extract/pattern_set.h"
#include "extract/regex_syntax.h"

namespace solieu {
namespace {

// PCRE2's backtracking is bounded: past this many steps (or its JIT stack)
// it gives up and RE2 reads the groups. Real matches take a few hundred.
constexpr uint32_t kMatchLimit = 100000;

// RE2's \s: no vertical tab, no Unicode spaces.
constexpr std::string_view kSpaces = "\\t\\n\\f\\r ";

// Unicode properties whose members do not change under case folding, so
// that RE2 (which folds a property under (?i)) and PCRE2 (which does not)
// agree on them whatever the case mode.
bool fold_stable_property(std::string_view name) { return name == "L" || name == "N" || name == "Nd"; }

// The case-insensitive mode at each point of a regex: a stack of groups,
// each with the mode that holds inside it ((?i) and (?-i) change it for the
// rest of their group, (?i:...) for theirs).
class CaseMode {
 public:
  explicit CaseMode(bool insensitive) : stack_{insensitive} {}
  bool insensitive() const { return stack_.back(); }
  // A group opening at re[i] ("(", "(?:", "(?-i:", "(?P<n>").
  void open(std::string_view re, size_t i) { stack_.push_back(with_flags(re, i)); }
  // A flags group "(?i)" at re[i]: for the rest of the enclosing group.
  void set(std::string_view re, size_t i) { stack_.back() = with_flags(re, i); }
  void close() {
    if (stack_.size() > 1) stack_.pop_back();
  }

 private:
  // The enclosing mode, changed by the flags after "(?" at re[i], if any.
  bool with_flags(std::string_view re, size_t i) const {
    bool mode = stack_.back(), on = true;
    if (re.compare(i, 2, "(?") != 0) return mode;
    for (size_t k = i + 2; k < re.size() && std::string_view("imsU-").find(re[k]) != std::string_view::npos; ++k) {
      if (re[k] == '-') on = false;
      if (re[k] == 'i') mode = on;
    }
    return mode;
  }
  std::vector<bool> stack_;
};

}  // namespace

struct GroupReader::Compiled {
  pcre2_code* code = nullptr;
  ~Compiled() { pcre2_code_free(code); }
};

struct GroupReader::Scratch::Data {
  pcre2_match_data* match = nullptr;
  pcre2_match_context* context = nullptr;
  ~Data() {
    pcre2_match_data_free(match);
    pcre2_match_context_free(context);
  }
};

GroupReader::Scratch::Scratch(const GroupReader& reader) : data_(std::make_unique<Data>()) {
  data_->match = pcre2_match_data_create(static_cast<uint32_t>(reader.max_groups_), nullptr);
  data_->context = pcre2_match_context_create(nullptr);
  if (data_->context) pcre2_set_match_limit(data_->context, kMatchLimit);
}

GroupReader::Scratch::~Scratch() = default;

GroupReader::GroupReader() = default;
GroupReader::~GroupReader() = default;

std::optional<std::string> GroupReader::pcre2_syntax(std::string_view re) {
  std::string out;
  out.reserve(re.size() + 16);
  bool representable = true;
  for_each_regex_piece(re, [&](const RegexPiece& p) {
    const std::string_view piece = re.substr(p.begin, p.end - p.begin);
    if (p.kind != RegexPiece::kEscape || piece.size() != 2) {
      out += piece;
    } else if (piece[1] == 's') {
      if (!p.in_class) out += '[';
      out += kSpaces;
      if (!p.in_class) out += ']';
    } else if (piece[1] == 'S') {
      representable = representable && !p.in_class;  // a class cannot hold "not a space" as ranges
      out += "[^";
      out += kSpaces;
      out += ']';
    } else if (piece[1] == 'v') {
      out += "\\x0B";  // RE2: the vertical tab; PCRE2: any vertical space
    } else {
      representable = representable && piece[1] != 'C';
      out += piece;
    }
  });
  if (!representable) return std::nullopt;
  return out;
}

namespace {

// The ')' of a flags group "(?i)", "(?-i)", "(?sm)" opening at re[i], or npos.
size_t flags_end(std::string_view re, size_t i) {
  if (re.compare(i, 2, "(?") != 0) return std::string_view::npos;
  size_t k = i + 2;
  while (k < re.size() && std::string_view("imsU-").find(re[k]) != std::string_view::npos) ++k;
  return k < re.size() && re[k] == ')' ? k : std::string_view::npos;
}

// Whether the quantifier at re[i] (if any) lets its atom repeat: *, +, or
// {n,m} with m > 1 (a `?` or {0,1} does not).
bool repeats(std::string_view re, size_t i) {
  if (i >= re.size()) return false;
  if (re[i] == '*' || re[i] == '+') return true;
  if (re[i] != '{') return false;
  const size_t close = re.find('}', i);
  if (close == std::string_view::npos) return false;
  const std::string_view body = re.substr(i + 1, close - i - 1);
  const size_t comma = body.find(',');
  if (comma == std::string_view::npos) return body != "0" && body != "1";
  const std::string_view max = body.substr(comma + 1);
  return max.empty() || (max != "0" && max != "1");
}

}  // namespace

std::string GroupReader::pcre2_refuses(std::string_view re, bool case_insensitive) {
  CaseMode mode(case_insensitive);
  // Per open group: whether it captures, and whether a capture is inside it.
  struct Open {
    bool captures, holds_capture;
  };
  std::vector<Open> open;
  size_t flags_close = std::string_view::npos;  // the ')' of a (?flags) just opened
  std::string why;
  for_each_regex_piece(re, [&](const RegexPiece& p) {
    if (!why.empty()) return;
    const std::string_view piece = re.substr(p.begin, p.end - p.begin);
    if (p.kind == RegexPiece::kEscape) {
      // Where the text continues past what PCRE2 is shown, these would see
      // its end where RE2 sees more text.
      if (piece == "\\b" || piece == "\\B" || piece == "\\z") {
        why = std::string(piece) + " (tests the text beyond the match)";
      } else if (piece.size() > 2 && (piece[1] == 'p' || piece[1] == 'P')) {
        std::string_view name = piece[2] == '{' ? piece.substr(3, piece.size() - 4) : piece.substr(2);
        if (!name.empty() && name[0] == '^') name.remove_prefix(1);
        // RE2 folds a property under (?i); PCRE2 does not.
        if (mode.insensitive() && !fold_stable_property(name)) why = "\\p{" + std::string(name) + "} ignoring case";
      }
      return;
    }
    if (p.kind != RegexPiece::kSyntax) return;
    const size_t i = p.begin;
    if (re[i] == '(') {
      flags_close = flags_end(re, i);
      if (flags_close != std::string_view::npos) {
        mode.set(re, i);  // (?flags) opens no group
      } else {
        mode.open(re, i);
        open.push_back({re.compare(i, 2, "(?") != 0 || re.compare(i, 4, "(?P<") == 0, false});
      }
    } else if (re[i] == ')') {
      if (i == flags_close) return;
      mode.close();
      if (open.empty()) return;
      const Open group = open.back();
      open.pop_back();
      const bool holds = group.captures || group.holds_capture;
      // A capture repeated: which pass it keeps is where the engines may
      // differ (an empty last pass).
      if (holds && repeats(re, i + 1)) why = "a capture inside a repeated group";
      if (holds && !open.empty()) open.back().holds_capture = true;
    }
  });
  return why;
}

namespace {

// PCRE2's compiled form of a pattern, or null with the reason in `why` when
// it cannot mean what the RE2 does (other RE2 options, syntax or properties
// that differ) or PCRE2 cannot take it.
pcre2_code* compile_pcre2(const CompiledPattern& p, std::string& why) {
  const RE2::Options& o = p.re->options();
  if (o.longest_match() || o.posix_syntax() || o.literal() || o.never_nl() || o.dot_nl() ||
      o.encoding() != RE2::Options::EncodingUTF8) {
    why = "RE2 options PCRE2 does not have";
    return nullptr;
  }
  why = GroupReader::pcre2_refuses(p.expanded, !o.case_sensitive());
  if (!why.empty()) return nullptr;
  const std::optional<std::string> source = GroupReader::pcre2_syntax(p.expanded);
  if (!source) {
    why = "\\S or \\C in a class";
    return nullptr;
  }
  pcre2_compile_context* context = pcre2_compile_context_create(nullptr);
  if (!context) {
    why = "out of memory";
    return nullptr;
  }
  pcre2_set_newline(context, PCRE2_NEWLINE_LF);
  // Group names may repeat (RE2 allows it); groups are read by number.
  uint32_t options = PCRE2_UTF | PCRE2_ANCHORED | PCRE2_DOLLAR_ENDONLY | PCRE2_NEVER_BACKSLASH_C | PCRE2_DUPNAMES;
  if (!o.case_sensitive()) options |= PCRE2_CASELESS;
  int error = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source->data()), source->size(), options, &error,
                                   &offset, context);
  pcre2_compile_context_free(context);
  if (!code) {
    PCRE2_UCHAR message[160];
    pcre2_get_error_message(error, message, sizeof message);
    why = "PCRE2 refuses it: " + std::string(reinterpret_cast<const char*>(message));
    return nullptr;
  }
  uint32_t groups = 0;
  pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &groups);
  if (groups + 1 != p.slot_of_group.size()) {
    why = "PCRE2 counts its groups otherwise";
  } else if (pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) != 0) {
    why = "no PCRE2 JIT on this machine";  // PCRE2's interpreter is no faster than RE2
  } else {
    return code;
  }
  pcre2_code_free(code);
  return nullptr;
}

}  // namespace

std::unique_ptr<GroupReader> GroupReader::build(const std::vector<const CompiledPattern*>& patterns) {
  std::unique_ptr<GroupReader> reader(new GroupReader());
  reader->patterns_ = patterns;
  for (const CompiledPattern* p : patterns) {
    reader->max_groups_ = std::max(reader->max_groups_, p->slot_of_group.size());
    auto compiled = std::make_unique<Compiled>();
    std::string why;
    compiled->code = compile_pcre2(*p, why);
    reader->compiled_.push_back(compiled->code ? std::move(compiled) : nullptr);
  }
  return reader;
}

std::string GroupReader::why_re2(const CompiledPattern& p) {
  std::string why;
  pcre2_code_free(compile_pcre2(p, why));
  return why;
}

bool GroupReader::uses_pcre2(size_t i) const { return i < compiled_.size() && compiled_[i]; }

bool GroupReader::text_fits(std::string_view text) {
  // core/utf8's decoder refuses what PCRE2 would: overlong forms, surrogates,
  // code points past U+10FFFF, truncated sequences.
  return is_valid_utf8(text);
}

bool GroupReader::match(size_t i, std::string_view text, size_t at, size_t stop,
                        std::vector<re2::StringPiece>& groups, Scratch& scratch) const {
  const CompiledPattern& p = *patterns_[i];
  const int n = static_cast<int>(p.slot_of_group.size());
  groups.assign(n, re2::StringPiece());
  auto boundary = [&](size_t k) { return k >= text.size() || (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80; };
  if (uses_pcre2(i) && scratch.data_->match && scratch.data_->context && at <= stop && boundary(at) &&
      boundary(stop)) {
    // PCRE2 sees text[0, stop) as RE2 does, with the text before `at` as
    // context; where the text goes on past `stop`, its `$` must not hold
    // there (NOTEOL), as RE2's does not.
    const uint32_t options = PCRE2_NO_UTF_CHECK | (stop < text.size() ? PCRE2_NOTEOL : 0);
    const int rc = pcre2_match(compiled_[i]->code, reinterpret_cast<PCRE2_SPTR>(text.data()), stop, at, options,
                               scratch.data_->match, scratch.data_->context);
    if (rc == PCRE2_ERROR_NOMATCH) return false;
    if (rc > 0) {
      const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(scratch.data_->match);
      for (int g = 0; g < n && g < rc; ++g)
        if (ovector[2 * g] != PCRE2_UNSET)
          groups[g] = re2::StringPiece(text.data() + ovector[2 * g], ovector[2 * g + 1] - ovector[2 * g]);
      return true;
    }
    // Over its limits (or any other error): RE2 answers.
  }
  const re2::StringPiece whole(text.data(), text.size());
  return p.re->Match(whole, at, stop, RE2::ANCHOR_START, groups.data(), n);
}

}  // namespace solieu
