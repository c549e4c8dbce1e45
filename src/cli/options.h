// Parsing a subcommand's command line with Boost.Program_options, the one
// way every subcommand does it: visible options (shown by --help), hidden
// ones for the positional arguments, and --help printed to stdout.
// Boost stays in cli/; the commands copy the values into their frozen config.
//
//   auto parsed = parse_command_line(argc, argv, visible, hidden, positional);
//   if (!parsed) return usage_error(parsed.error());
//   if (parsed->help) return kExitOk;
#pragma once

#include <boost/program_options.hpp>

#include <set>
#include <string>
#include <vector>

#include "core/error.h"

namespace solieu::cli {

struct ParsedCommandLine {
  bool help = false;            // --help was given (and the help was printed)
  std::set<std::string> given;  // the options given on the command line
};

Result<ParsedCommandLine> parse_command_line(int argc, char** argv,
                                             const boost::program_options::options_description& visible,
                                             const boost::program_options::options_description& hidden,
                                             const boost::program_options::positional_options_description& positional);

// The common case: every positional argument is an input path, gathered
// into `paths`.
Result<ParsedCommandLine> parse_command_line(int argc, char** argv,
                                             const boost::program_options::options_description& visible,
                                             std::vector<std::string>& paths);

}  // namespace solieu::cli
