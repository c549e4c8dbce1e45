// solieu aggregate: records in, figures summed by group out.
//
// usage: solieu aggregate [FILE...|-] [--by LIST] [--period month|quarter|year]
//                         [--format jsonl|csv|table] [--partial] [--merge] [-o FILE]
//
// Reads JSON Lines records (either shape of `solieu extract`) from the files
// named, or stdin ("-", or when none is named), and SQLite databases written
// by `solieu extract --db` (a named file that starts with the SQLite header,
// whatever its name; the same groups as from the run's JSON Lines), and
// writes one line per group. --partial writes mergeable partial states instead; --merge also
// reads them. A line that cannot be used, or a file that cannot be read, is
// reported on stderr with its file and line; the rest is used, and the exit
// code is 1. docs/aggregate.md has the rules.
#include <boost/program_options.hpp>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <unistd.h>

#include "aggregate/aggregate.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "cli/config.h"

namespace po = boost::program_options;

namespace solieu::cli {
namespace {

enum class OutputFormat { kJsonLines, kCsv, kTable };

struct AggregateConfig {
  std::vector<std::string> paths;  // empty: stdin
  AggregateOptions options;
  OutputFormat format = OutputFormat::kJsonLines;
  bool partial = false;
  std::string output;  // "" or "-": stdout
  bool quiet = false;
};

Result<AggregateConfig> parse_options(int argc, char** argv, bool& help) {
  AggregateConfig c;
  std::string by = group_by_text(GroupBy{}), period = "year", format = "jsonl";
  po::options_description opts("solieu aggregate [FILE...|-] [options]\n(FILE: JSON Lines records, or an SQLite database from extract --db)");
  opts.add_options()
      ("help,h", "show this help")
      ("by", po::value<std::string>(&by), "group by these, comma-separated (default indicator,place,period,status); the unit always groups")
      ("period", po::value<std::string>(&period), "period buckets: month, quarter or year (default)")
      ("format", po::value<std::string>(&format), "jsonl (default), csv or table")
      ("partial", po::bool_switch(&c.partial), "write mergeable partial states (JSON Lines) instead of the result")
      ("merge", po::bool_switch(&c.options.merge), "also read partial states, from --partial runs")
      ("output,o", po::value<std::string>(&c.output), "write to FILE (atomically); default stdout")
      ("quiet,q", po::bool_switch(&c.quiet), "no summary on stderr");
  auto parsed = parse_command_line(argc, argv, opts, c.paths);
  if (!parsed) return parsed.error();
  if (parsed->help) {
    help = true;
    return c;
  }
  const bool format_given = parsed->given.count("format") > 0;
  Result<GroupBy> grouping = parse_group_by(by);
  if (!grouping) return grouping.error();
  c.options.by = *grouping;
  std::optional<PeriodBucket> bucket = parse_period_bucket(period);
  if (!bucket) return Error{ErrorCode::kInvalidArgument, "unknown --period '" + period + "' (month, quarter, year)", {}, ""};
  c.options.bucket = *bucket;
  if (format == "jsonl" || format == "ndjson" || format == "jsonlines") c.format = OutputFormat::kJsonLines;
  else if (format == "csv") c.format = OutputFormat::kCsv;
  else if (format == "table") c.format = OutputFormat::kTable;
  else return Error{ErrorCode::kInvalidArgument, "unknown --format '" + format + "' (jsonl, csv, table)", {}, ""};
  if (c.partial && format_given && c.format != OutputFormat::kJsonLines)
    return Error{ErrorCode::kInvalidArgument, "--partial writes JSON Lines only", {}, ""};
  return c;
}

// A name that says "database" (.sqlite, .sqlite3, .db, any case), as extract
// reads -o: such a file without the SQLite header is reported as not a
// database rather than as lines of bad JSON.
bool has_database_extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return ext == ".sqlite" || ext == ".sqlite3" || ext == ".db";
}

}  // namespace

int run_aggregate(int argc, char** argv, const char* program) {
  (void)program;
  bool help = false;
  auto parsed = parse_options(argc, argv, help);
  if (!parsed) {
    std::cerr << "solieu aggregate: " << parsed.error().message << "\n";
    return kExitUsage;
  }
  if (help) return kExitOk;
  const AggregateConfig config = std::move(*parsed);

  OutputFile out(config.output);
  if (!out.error().empty()) {
    std::cerr << "solieu: " << out.error() << "\n";
    return kExitUsage;
  }

  Aggregator aggregator(config.options);
  std::vector<Error> problems;
  size_t unreadable = 0;
  const std::vector<std::string> paths = config.paths.empty() ? std::vector<std::string>{"-"} : config.paths;
  for (const std::string& path : paths) {
    if (path == "-") {
      aggregator.add_stream(std::cin, "-", problems);
      continue;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      problems.push_back(Error{ErrorCode::kIo, "is a directory (name the .jsonl or .sqlite files)", {path, 0, 0}, ""});
      ++unreadable;
      continue;
    }
    if (is_sqlite_file(path) || has_database_extension(path)) {  // by its header, whatever its name
      if (Status s = aggregator.add_database(path, problems); !s) {
        problems.push_back(s.error());
        ++unreadable;
      }
      continue;
    }
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      problems.push_back(Error{ErrorCode::kIo, errno ? std::strerror(errno) : "cannot open", {path, 0, 0}, ""});
      ++unreadable;
      continue;
    }
    aggregator.add_stream(in, path, problems);
  }
  for (const Error& e : problems) std::cerr << "solieu: " << e.to_string() << "\n";

  const std::vector<GroupResult> results = config.partial ? std::vector<GroupResult>{} : aggregator.results();
  if (config.partial) aggregator.write_partial(out.stream());
  else if (config.format == OutputFormat::kCsv) write_csv(results, config.options.by, out.stream());
  else if (config.format == OutputFormat::kTable) write_table(results, config.options.by, out.stream());
  else write_jsonl(results, config.options.by, out.stream());
  if (!out.commit()) {
    std::cerr << "solieu: " << out.error() << "\n";
    return kExitSomeFailed;
  }

  const AggregateCounts& n = aggregator.counts();
  if (!config.quiet || !problems.empty())
    std::cerr << "solieu aggregate: " << n.articles << " articles (" << n.figures << " figures with an indicator), "
              << n.partials << " partial states read; " << aggregator.groups().size() << " groups; " << n.failed
              << " lines failed" << (unreadable ? ", " + std::to_string(unreadable) + " files unreadable" : "")
              << "\n";
  return problems.empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace solieu::cli
