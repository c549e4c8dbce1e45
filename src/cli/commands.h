// The subcommands, one file each. Each takes the arguments after the
// command name (argv[0] is the command) and returns an exit code.
#pragma once

namespace solieu::cli {

int run_extract(int argc, char** argv, const char* program);
int run_patterns(int argc, char** argv, const char* program);
int run_aggregate(int argc, char** argv, const char* program);
int run_validate(int argc, char** argv, const char* program);

}  // namespace solieu::cli
