// Pattern files: the syntax of patterns/<lang>/*.pat, parsed into plain data.
//
// A pattern file is a list of blocks. A block starts at column 1 with a
// keyword; its properties follow on indented lines. '#' starts a comment
// outside quotes. The format is documented, with examples, in
// patterns/README.md; in short:
//
//   define NUM = [0-9]+(?:[.,][0-9]+)*      a macro: {NUM}, or {NUM:slot}
//   table UNIT                               a table; its keys are macro {UNIT}
//     km, ki-lô-mét = length km 1 m 1000     keys = fields
//   pattern length.measure                   a rule
//     regex {QUAL:qual}?\s*{NUM:num}\s*{UNIT:unit}
//     dimension length
//     example "trên 25 km" value=25 unit=km qualifier=more_than
//     reject "Km 15+200"
//   indicator road_length                    an indicator rule (see context.h)
//     cue đường|tuyến
//
// This file only parses: it does not expand macros, compile regexes or check
// that properties make sense; PatternSet does. The parser is a pure function
// of its input and never throws.
//
//   Result<PatternFile> f = parse_pattern_file(text, "patterns/vi/money.pat");
//   if (!f) report(f.error());            // "patterns/vi/money.pat:12:3: ..."
//   for (const Block& b : f->blocks) ...
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace solieu {

// A value as written in the file, with where it was written.
struct Located {
  std::string text;
  Location where;       // line and column of the first character of `text`
  std::string line;     // the whole source line, for caret messages
};

// One `example` or `reject` line: a quoted text and key=value expectations.
struct Example {
  bool reject = false;
  Located text;
  std::vector<std::pair<std::string, std::string>> expect;  // value=25 unit=km ...
};

// One `keys = fields` row of a table.
struct TableRow {
  std::vector<Located> keys;
  std::vector<std::string> fields;
  Location where;
};

struct Block {
  std::string kind;  // define, table, pattern, indicator
  Located name;
  Located value;     // for define: the regex after '='
  std::vector<std::pair<std::string, Located>> properties;  // in file order
  std::vector<TableRow> rows;                               // for table
  std::vector<Example> examples;

  // The first property with this key, or nullptr.
  const Located* property(std::string_view key) const;
};

struct PatternFile {
  std::string path;
  std::vector<Block> blocks;
};

Result<PatternFile> parse_pattern_file(std::string_view text, std::string_view path);

}  // namespace solieu
