// solieu validate: records in, findings out.
//
// usage: solieu validate [FILE...|-] [--reference official.csv] [--report report.html]
//                        [-o findings.jsonl] [--ranges FILE] [--patterns DIR] [--no-texts] [-q]
//
// Reads the JSON Lines records of `solieu extract` from the files named, or
// stdin, reads the article texts back from the records' sources (for cue
// words and quotes), runs the checks of src/validate/ and writes one JSON
// line per finding, and with --report one self-contained HTML file. A line or
// file that cannot be used is reported on stderr and the rest is checked
// (exit 1); bad options, ranges or reference header exit 2. Findings do not
// change the exit code. docs/validate.md has the kinds and rules.
#include <boost/program_options.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/config.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "validate/validate.h"

namespace po = boost::program_options;

namespace solieu::cli {
namespace {

Result<ValidateConfig> parse_options(int argc, char** argv, const char* program, bool& help) {
  ValidateConfig c;
  std::string patterns_dir;
  bool no_texts = false;
  po::options_description opts("solieu validate [FILE...|-] [options]\n(FILE: JSON Lines records of solieu extract)");
  opts.add_options()
      ("help,h", "show this help")
      ("reference", po::value<std::string>(&c.reference), "a CSV of official figures: indicator,place_code,period,value,unit[,tolerance]")
      ("report", po::value<std::string>(&c.report), "also write a self-contained HTML report to FILE")
      ("output,o", po::value<std::string>(&c.output), "write the findings (JSON Lines) to FILE; default stdout")
      ("ranges", po::value<std::string>(&c.ranges), "plausible ranges (default: ranges.tsv in the pattern directory)")
      ("patterns", po::value<std::string>(&patterns_dir), "pattern directory (default: patterns/vi)")
      ("no-texts", po::bool_switch(&no_texts), "do not read the articles' texts from their sources (no cue-word checks, no quotes)")
      ("reprint-threshold", po::value<double>(&c.reprint_threshold), "shingle Jaccard from which two articles are one report (default 0.6)")
      ("quiet,q", po::bool_switch(&c.quiet), "no summary on stderr");
  auto parsed = parse_command_line(argc, argv, opts, c.paths);
  if (!parsed) return parsed.error();
  if (parsed->help) {
    help = true;
    return c;
  }
  c.texts = !no_texts;
  if (c.reprint_threshold <= 0 || c.reprint_threshold > 1)
    return Error{ErrorCode::kInvalidArgument, "--reprint-threshold must be above 0 and at most 1", {}, ""};
  if (c.ranges.empty()) c.ranges = (patterns_dir.empty() ? default_patterns_dir(program) : patterns_dir) + "/ranges.tsv";
  return c;
}

void read_inputs(const ValidateConfig& config, std::vector<validate::ArticleRecord>& articles,
                 std::vector<Error>& problems) {
  const std::vector<std::string> paths = config.paths.empty() ? std::vector<std::string>{"-"} : config.paths;
  for (const std::string& path : paths) {
    if (path == "-") {
      validate::read_records(std::cin, "-", articles, problems);
      continue;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      problems.push_back(Error{ErrorCode::kIo, "is a directory (name the .jsonl files of solieu extract)", {path, 0, 0}, ""});
      continue;
    }
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      problems.push_back(Error{ErrorCode::kIo, errno ? std::strerror(errno) : "cannot open", {path, 0, 0}, ""});
      continue;
    }
    validate::read_records(in, path, articles, problems);
  }
}

}  // namespace

int run_validate(int argc, char** argv, const char* program) {
  bool help = false;
  auto parsed = parse_options(argc, argv, program, help);
  if (!parsed) {
    std::cerr << "solieu validate: " << parsed.error().message << "\n";
    return kExitUsage;
  }
  if (help) return kExitOk;
  const ValidateConfig config = std::move(*parsed);

  auto ranges = validate::load_ranges(config.ranges);
  if (!ranges) {
    std::cerr << "solieu: " << ranges.error().to_string() << "\n";
    return kExitUsage;
  }
  std::vector<Error> problems;
  std::vector<validate::ReferenceRow> reference;
  if (!config.reference.empty()) {
    auto rows = validate::load_reference(config.reference, problems);
    if (!rows) {
      std::cerr << "solieu: " << rows.error().to_string() << "\n";
      return kExitUsage;
    }
    reference = std::move(*rows);
  }

  std::vector<validate::ArticleRecord> articles;
  read_inputs(config, articles, problems);
  const size_t failed = problems.size();  // inputs and reference rows; missing texts only weaken the checks
  std::vector<Error> notes;
  if (config.texts) validate::attach_texts(articles, notes);
  for (const Error& e : problems) std::cerr << "solieu: " << e.to_string() << "\n";
  if (!config.quiet)
    for (const Error& e : notes) std::cerr << "solieu: " << e.to_string() << "\n";

  const validate::Validation result =
      validate::validate(articles, *ranges, reference, {.reprint_threshold = config.reprint_threshold});

  OutputFile out(config.output);
  if (!out.error().empty()) {
    std::cerr << "solieu: " << out.error() << "\n";
    return kExitUsage;
  }
  validate::write_findings_jsonl(result, articles, out.stream());
  if (!out.commit()) {
    std::cerr << "solieu: " << out.error() << "\n";
    return kExitSomeFailed;
  }
  if (!config.report.empty()) {
    OutputFile report(config.report);
    if (report.error().empty()) validate::write_report_html(result, articles, report.stream());
    if (!report.error().empty() || !report.commit()) {
      std::cerr << "solieu: " << report.error() << "\n";
      return kExitSomeFailed;
    }
  }

  if (!config.quiet) {
    std::map<std::string, size_t> by_kind;
    for (const auto& f : result.findings) ++by_kind[f.kind];
    std::cerr << "solieu validate: " << articles.size() << " articles, " << result.summary.figures << " figures ("
              << result.summary.with_text << " articles with their text); " << result.findings.size() << " findings";
    for (const auto& [kind, n] : by_kind) std::cerr << (kind == by_kind.begin()->first ? ": " : ", ") << kind << " " << n;
    std::cerr << (failed ? "; " + std::to_string(failed) + " input problems" : "") << "\n";
  }
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace solieu::cli
