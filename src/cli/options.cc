#include "cli/options.h"

#include <iostream>

namespace po = boost::program_options;

namespace solieu::cli {

Result<ParsedCommandLine> parse_command_line(int argc, char** argv, const po::options_description& visible,
                                             const po::options_description& hidden,
                                             const po::positional_options_description& positional) {
  po::options_description all;
  all.add(visible).add(hidden);
  ParsedCommandLine out;
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
    for (const auto& [name, value] : vm)
      if (!value.defaulted()) out.given.insert(name);
    if (vm.count("help")) {
      std::cout << visible << "\n";
      out.help = true;
    }
  } catch (const po::error& e) {
    return Error{ErrorCode::kInvalidArgument, e.what(), {}, ""};
  }
  return out;
}

Result<ParsedCommandLine> parse_command_line(int argc, char** argv, const po::options_description& visible,
                                             std::vector<std::string>& paths) {
  po::options_description hidden;
  hidden.add_options()("path", po::value<std::vector<std::string>>(&paths));
  po::positional_options_description positional;
  positional.add("path", -1);
  return parse_command_line(argc, argv, visible, hidden, positional);
}

}  // namespace solieu::cli
