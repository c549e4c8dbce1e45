// The CLI's frozen configuration: options are parsed once, here, into plain
// structs that the commands read and never change. Boost stays in cli/.
#pragma once

#include <string>
#include <vector>

#include "io/input.h"
#include "record/record.h"

namespace solieu::cli {

// Exit codes, as named constants.
inline constexpr int kExitOk = 0;
inline constexpr int kExitSomeFailed = 1;  // the run finished, but some inputs failed
inline constexpr int kExitUsage = 2;       // bad options or pattern files: nothing was run

struct ExtractConfig {
  std::vector<std::string> paths;  // empty: stdin
  std::vector<std::string> texts;  // --text
  InputFormat format = InputFormat::kAuto;
  JsonlFields fields;              // --text-field, --title-field, --date-field, --id-field, --url-field
  std::string patterns_dir;
  std::string output;              // "" or "-": stdout
  bool latent = false;
  bool quiet = false;
  int threads = 1;
  RecordShape shape = RecordShape::kArticles;
  // The store (src/store/, docs/database.md):
  std::string db;                  // --db FILE or -o FILE.sqlite: the SQLite database to write; "" none
  std::string postgres;            // --postgres URL: the PostgreSQL database to write; "" none
  bool csv = false;                // --format csv: RFC 4180 rows, one per figure, instead of JSON Lines
  bool stream = true;              // false when the database (or databases) is the only output
  bool progress = false;           // draw the progress line: stderr is a terminal and not --quiet
};

struct PatternsConfig {
  std::string action;              // check, explain
  std::string id;                  // for explain
  std::string patterns_dir;
};

// solieu validate (docs/validate.md).
struct ValidateConfig {
  std::vector<std::string> paths;  // record files (JSON Lines); empty: stdin
  std::string reference;           // --reference official.csv; "" none
  std::string report;              // --report report.html; "" none
  std::string output;              // -o findings.jsonl; "" or "-": stdout
  std::string ranges;              // --ranges FILE; default <patterns>/ranges.tsv
  bool texts = true;               // --no-texts: do not read the articles' sources
  double reprint_threshold = 0.6;  // --reprint-threshold
  bool quiet = false;
};

// The pattern directory: --patterns, else $SOLIEU_PATTERNS, else the one
// beside the executable (../patterns/vi), else the source tree's.
std::string default_patterns_dir(const char* argv0);

}  // namespace solieu::cli
