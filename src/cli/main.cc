// solieu: figures from Vietnamese news reports, as JSON records.
//
//   solieu extract [PATH...] [options]     find figures, write JSON Lines
//   solieu patterns check|explain ID       run the pattern examples, show a rule
//   solieu validate [FILE...] [options]    check the figures of records
//   solieu --version
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/config.h"

namespace {

constexpr const char* kUsage =
    "usage: solieu <command> [options]\n"
    "\n"
    "commands:\n"
    "  extract [PATH...]        find the figures in articles; JSON Lines to stdout or -o FILE\n"
    "  patterns check           run every example and reject in the pattern files\n"
    "  patterns explain ID      print a rule's regular expression, expanded\n"
    "  aggregate [FILE...]      sum the figures of records by indicator, place, period, status\n"
    "  validate [FILE...]       check the figures of records; findings as JSON Lines, --report HTML\n"
    "\n"
    "Run 'solieu <command> --help' for a command's options.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace solieu::cli;
  if (argc < 2) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (command == "--version") {
    std::cout << "solieu " << SOLIEU_VERSION << "\n";
    return kExitOk;
  }
  if (command == "extract") return run_extract(argc - 1, argv + 1, argv[0]);
  if (command == "patterns") return run_patterns(argc - 1, argv + 1, argv[0]);
  if (command == "aggregate") return run_aggregate(argc - 1, argv + 1, argv[0]);
  if (command == "validate") return run_validate(argc - 1, argv + 1, argv[0]);
  std::cerr << "solieu: unknown command '" << command << "'\n\n" << kUsage;
  return kExitUsage;
}
