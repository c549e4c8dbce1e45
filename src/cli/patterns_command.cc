// solieu patterns: look after the pattern files.
//
// usage: solieu patterns check [--patterns DIR]
//        solieu patterns explain ID [--patterns DIR]
//
// `check` loads every file (errors as file:line:col with a caret), then runs
// every example and reject beside the rules; exit 1 when any fails.
// `explain` prints a rule as written and as RE2 sees it after expansion, and
// whether PCRE2 or RE2 reads its slots (extract/group_reader.h).
#include <boost/program_options.hpp>

#include <iostream>
#include <re2/re2.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/config.h"
#include "extract/examples.h"
#include "extract/group_reader.h"
#include "extract/pattern_set.h"
#include "normalize/normalizer.h"

namespace po = boost::program_options;

namespace solieu::cli {

int run_patterns(int argc, char** argv, const char* program) {
  PatternsConfig c;
  po::options_description opts("solieu patterns check|explain ID [options]");
  opts.add_options()("help,h", "show this help")(
      "patterns", po::value<std::string>(&c.patterns_dir), "pattern directory (default: patterns/vi)");
  po::options_description hidden;
  hidden.add_options()("action", po::value<std::string>(&c.action))("id", po::value<std::string>(&c.id));
  po::positional_options_description pos;
  pos.add("action", 1).add("id", 1);
  auto parsed = parse_command_line(argc, argv, opts, hidden, pos);
  if (!parsed) {
    std::cerr << "solieu patterns: " << parsed.error().message << "\n";
    return kExitUsage;
  }
  if (parsed->help) return kExitOk;
  if (c.action != "check" && c.action != "explain") {
    std::cerr << "solieu patterns: expected 'check' or 'explain ID'\n";
    return kExitUsage;
  }
  if (c.action == "explain" && c.id.empty()) {
    std::cerr << "solieu patterns explain: which pattern? (an id such as length.measure)\n";
    return kExitUsage;
  }
  if (c.patterns_dir.empty()) c.patterns_dir = default_patterns_dir(program);
  const PatternsConfig config = c;

  const Normalizer normalizer;
  auto set = PatternSet::load(config.patterns_dir, normalizer);
  if (!set) {
    std::cerr << "solieu: " << set.error().to_string_with_caret() << "\n";
    return kExitUsage;
  }
  if (config.action == "explain") {
    const CompiledPattern* p = set->find(config.id);
    if (!p) {
      bool indicator = false;
      for (const IndicatorRule& r : set->indicators())
        if (r.id == config.id) {
          indicator = true;
          std::cout << "indicator " << r.id << "   (" << r.where.file << ":" << r.where.line << ")\n";
          if (r.cue) std::cout << "  cue      " << r.cue->pattern() << "\n";
          if (r.veto) std::cout << "  veto     " << r.veto->pattern() << "\n";
        }
      if (!indicator) {
        std::cerr << "solieu patterns explain: no pattern or indicator '" << config.id << "'\n";
        return kExitUsage;
      }
      return kExitOk;
    }
    std::cout << "pattern " << p->id << "   (" << p->where.file << ":" << p->where.line << ")\n"
              << "  dimension " << p->dimension << ", priority " << p->priority << (p->emit ? "" : ", blocks only")
              << (p->latent ? ", latent" : "") << "\n"
              << "  regex     " << p->source << "\n"
              << "  expanded  " << p->expanded << "\n";
    const std::string why = GroupReader::why_re2(*p);
    std::cout << "  slots     read by " << (why.empty() ? "PCRE2" : "RE2 (slower): " + why) << "\n";
    return kExitOk;
  }
  ExampleReport report = check_examples(*set);
  for (const Error& e : report.failures) std::cerr << e.to_string_with_caret() << "\n";
  std::cout << "patterns: " << report.checked << " examples checked, " << report.failures.size() << " failed\n";
  return report.failures.empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace solieu::cli
