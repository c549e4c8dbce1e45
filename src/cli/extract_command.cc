// solieu extract: articles in, one JSON record per article out.
//
// usage: solieu extract [PATH...] [--text TEXT]... [-o FILE] [options]
//
// Reads files, directories (recursively, in name order) and stdin ("-", or
// when nothing is named); writes JSON Lines to stdout or, atomically, to -o
// FILE. A bad input (malformed JSON line, empty or binary file, unreadable
// directory, text that is not UTF-8) is reported on stderr with its file and
// line; the run goes on, and the exit code is 1 when anything failed.
//
// --db FILE (or -o FILE.sqlite) writes an SQLite database instead of, or with
// -o beside, the JSON Lines; --postgres URL writes the same into PostgreSQL;
// --format csv writes RFC 4180 CSV (src/store/). With a database as the only
// output, an article it holds unchanged is skipped before extraction. On a
// terminal a progress line is drawn on stderr (cli/progress.h).
#include <boost/program_options.hpp>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <future>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <system_error>
#include <unistd.h>
#include <unordered_set>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output_file.h"
#include "cli/progress.h"
#include "cli/config.h"
#include "extract/pattern_set.h"
#include "io/input.h"
#include "normalize/normalizer.h"
#include "pipeline/pipeline.h"
#include "pipeline/stream.h"
#include "store/csv.h"
#include "store/hash.h"
#include "store/postgres_sql.h"
#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace po = boost::program_options;

namespace solieu::cli {
namespace {

struct Counts {
  size_t read = 0, written = 0, skipped = 0, failed = 0, repaired = 0;
};

void report(const Error& e) { std::cerr << "solieu: " << e.to_string() << "\n"; }

// An -o FILE that names an SQLite database rather than JSON Lines.
bool is_database_path(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return ext == ".sqlite" || ext == ".sqlite3" || ext == ".db";
}

// "; archives: 2 read, 40 members, 1 member failed; passed over: 3 WARC
// request, 1 special file", or "" when there were no archives or skips. An
// archive member that failed is also one of the articles failed.
std::string input_summary(const InputCounts& c) {
  std::string out;
  if (c.archives > 0)
    out += "; archives: " + std::to_string(c.archives) + " read, " + std::to_string(c.members) + " members" +
           (c.members_failed ? ", " + std::to_string(c.members_failed) + " failed" : "");
  std::string skipped;
  for (const auto& [reason, n] : c.skipped) skipped += (skipped.empty() ? "" : ", ") + std::to_string(n) + " " + reason;
  if (!skipped.empty()) out += "; passed over: " + skipped;
  return out;
}

// Thrown from the result sink to stop the run when the database cannot be
// written (a full disk): the stream would only read on for nothing.
struct StopRun {};

Result<ExtractConfig> parse_options(int argc, char** argv, const char* program, bool& help) {
  ExtractConfig c;
  std::string format = "auto", shape = "articles", date_field;
  po::options_description opts("solieu extract [PATH...] [options]");
  opts.add_options()
      ("help,h", "show this help")
      ("text", po::value<std::vector<std::string>>(&c.texts), "extract from TEXT (may repeat)")
      ("input-format", po::value<std::string>(&format), "auto (by extension), text or jsonl")
      ("text-field", po::value<std::string>(&c.fields.text), "JSON Lines: the field holding the text (default text); a.b reaches into objects")
      ("title-field", po::value<std::string>(&c.fields.title), "JSON Lines: the title field (default title)")
      ("date-field", po::value<std::string>(&date_field), "JSON Lines: the publication date field (default published, then date)")
      ("id-field", po::value<std::string>(&c.fields.id), "JSON Lines: the id field (default id)")
      ("url-field", po::value<std::string>(&c.fields.url), "JSON Lines: the URL field (default url)")
      ("output,o", po::value<std::string>(&c.output), "write JSON Lines to FILE (atomically); default stdout; FILE.sqlite (.sqlite3, .db): as --db FILE")
      ("format", po::value<std::string>(&shape), "articles (one line per article, the default), quantities (one line per figure) or csv (one RFC 4180 row per figure)")
      ("db", po::value<std::string>(&c.db), "write an SQLite database FILE (no JSON Lines unless -o is given too); re-runs skip unchanged articles")
      ("postgres", po::value<std::string>(&c.postgres), "write into the PostgreSQL database at URL (postgresql://user@host/db, or libpq's key=value form); like --db")
      ("patterns", po::value<std::string>(&c.patterns_dir), "pattern directory (default: patterns/vi)")
      ("latent", po::bool_switch(&c.latent), "also report bare numerals with nothing counted")
      ("threads,j", po::value<int>(&c.threads), "articles processed in parallel (output identical to 1); default 1")
      ("quiet,q", po::bool_switch(&c.quiet), "no summary on stderr");
  auto parsed = parse_command_line(argc, argv, opts, c.paths);
  if (!parsed) return parsed.error();
  if (parsed->help) {
    help = true;
    return c;
  }
  const bool format_given = parsed->given.count("format") > 0;
  if (format == "auto") c.format = InputFormat::kAuto;
  else if (format == "text" || format == "txt") c.format = InputFormat::kText;
  else if (format == "jsonl" || format == "ndjson" || format == "jsonlines") c.format = InputFormat::kJsonLines;
  else return Error{ErrorCode::kInvalidArgument, "unknown --input-format '" + format + "' (auto, text, jsonl)", {}, ""};
  if (shape == "articles") c.shape = RecordShape::kArticles;
  else if (shape == "quantities") c.shape = RecordShape::kQuantities;
  else if (shape == "csv") c.csv = true;
  else return Error{ErrorCode::kInvalidArgument, "unknown --format '" + shape + "' (articles, quantities, csv)", {}, ""};
  // A database by -o's extension, or by --db; with --db alone it is the only output.
  if (is_database_path(c.output)) {
    if (!c.db.empty())
      return Error{ErrorCode::kInvalidArgument, "two databases: --db " + c.db + " and -o " + c.output, {}, ""};
    c.db = c.output;
    c.output.clear();
    c.stream = false;
  } else if ((!c.db.empty() || !c.postgres.empty()) && c.output.empty()) {
    c.stream = false;
  }
  if (!c.stream && format_given)
    return Error{ErrorCode::kInvalidArgument,
                 "--format applies to the JSON Lines or CSV output, and the database " +
                     (c.db.empty() ? redact_password(c.postgres) : c.db) +
                     " is the only output; add -o FILE (or -o - for stdout)",
                 {}, ""};
  if (!date_field.empty()) c.fields.date = {date_field};
  for (const std::string* f : {&c.fields.text, &c.fields.title, &c.fields.id, &c.fields.url})
    if (f->empty()) return Error{ErrorCode::kInvalidArgument, "a JSON Lines field name may not be empty", {}, ""};
  if (c.threads < 1) return Error{ErrorCode::kInvalidArgument, "--threads must be at least 1", {}, ""};
  if (c.patterns_dir.empty()) c.patterns_dir = default_patterns_dir(program);
  c.progress = !c.quiet && isatty(2);
  return c;
}

}  // namespace

int run_extract(int argc, char** argv, const char* program) {
  bool help = false;
  auto parsed = parse_options(argc, argv, program, help);
  if (!parsed) {
    std::cerr << "solieu extract: " << parsed.error().message << "\n";
    return kExitUsage;
  }
  if (help) return kExitOk;
  const ExtractConfig config = std::move(*parsed);

  const Normalizer normalizer;
  // The gazetteer sits beside the patterns; without one, no places are read.
  // With threads to spare it loads while the patterns compile.
  const std::string places_path = config.patterns_dir + "/places.tsv";
  std::future<Result<Gazetteer>> gazetteer_load;
  if (std::filesystem::exists(places_path)) {
    auto load = [&] { return Gazetteer::load(places_path); };
    try {
      gazetteer_load = std::async(config.threads > 1 ? std::launch::async : std::launch::deferred, load);
    } catch (const std::system_error&) {
      gazetteer_load = std::async(std::launch::deferred, load);  // no thread to be had: later, on this one
    }
  }
  auto patterns = PatternSet::load(config.patterns_dir, normalizer, config.threads);
  if (!patterns) {
    std::cerr << "solieu: " << patterns.error().to_string_with_caret() << "\n";
    return kExitUsage;
  }
  std::optional<Gazetteer> gazetteer;
  if (gazetteer_load.valid()) {
    auto g = gazetteer_load.get();
    if (!g) {
      std::cerr << "solieu: " << g.error().to_string_with_caret() << "\n";
      return kExitUsage;
    }
    gazetteer = std::move(*g);
  }
  ExtractOptions extract_options;
  extract_options.latent = config.latent;
  extract_options.build_threads = config.threads;
  const Pipeline pipeline(normalizer, *patterns, extract_options, config.shape, gazetteer ? &*gazetteer : nullptr);

  OutputFile out(config.output);
  if (!out.error().empty()) {
    std::cerr << "solieu: " << out.error() << "\n";
    return kExitUsage;
  }
  // The databases, opened (and their schemas checked) before anything is run.
  std::vector<std::unique_ptr<Store>> stores;
  if (!config.db.empty() || !config.postgres.empty()) {
    auto fingerprint = directory_fingerprint(config.patterns_dir);
    if (!fingerprint) {
      report(fingerprint.error());
      return kExitUsage;
    }
    // What besides an article decides its rows: a re-run with other
    // settings replaces the rows instead of skipping them.
    StoreOptions options;
    options.settings = std::string("solieu ") + SOLIEU_VERSION + "; latent " + (config.latent ? "on" : "off") +
                       "; patterns " + *fingerprint;
    if (!config.db.empty()) {
      auto opened = SqliteStore::open(config.db, options);
      if (!opened) {
        report(opened.error());
        return kExitUsage;
      }
      stores.push_back(std::make_unique<SqliteStore>(std::move(*opened)));
    }
    if (!config.postgres.empty()) {
      auto opened = PostgresStore::open(config.postgres, options);
      if (!opened) {
        report(opened.error());
        return kExitUsage;
      }
      stores.push_back(std::make_unique<PostgresStore>(std::move(*opened)));
    }
  }

  if (config.stream && config.csv) out.stream() << csv_header();
  Counts counts;
  size_t duplicates = 0;      // ids stored twice in this run
  bool store_failed = false;  // a database could not be written: the run stopped
  Progress progress(stderr, config.progress ? total_input_bytes(config.paths) : 0, config.progress);
  // Every result, in input order, whatever the number of threads.
  auto write = [&](const ArticleResult& r) {
    ++counts.read;
    if (r.problem) report(*r.problem);
    if (!r.record) {
      ++counts.failed;
      return;
    }
    if (r.problem) ++counts.repaired;
    if (config.stream) out.stream() << (config.csv ? csv_rows(r.extracted->facts()) : *r.record);
    bool stored_somewhere = stores.empty();
    for (auto& store : stores) {
      Result<Stored> stored = store->put(r.extracted->facts());
      if (!stored) {
        report(stored.error());
        store_failed = true;
        throw StopRun{};
      }
      if (stored->warning) {
        report(*stored->warning);
        ++duplicates;
      }
      if (stored->outcome != StoreOutcome::kUnchanged) stored_somewhere = true;
    }
    // With the databases as the only output, an article they all hold unchanged is not written.
    if (!config.stream && !stored_somewhere) ++counts.skipped;
    else ++counts.written;
  };
  // With the databases as the only output, an article they all hold
  // unchanged need not be extracted at all: its page layout is read (it is
  // part of the key), its key looked up, and it is passed over. Only the
  // first article of an id in this run is asked about; a later one is
  // processed and put(), which sees what this run wrote.
  std::unordered_set<std::string> seen;
  SkipArticle skip;
  if (!config.stream && !stores.empty())
    skip = [&](Article& article) {
      if (!seen.insert(article.id).second) return false;
      pipeline.read_layout(article);
      for (auto& store : stores) {
        Result<bool> same = store->unchanged(article);
        if (!same || !*same) return false;  // a failed lookup: put() will say why
      }
      for (auto& store : stores) store->skipped_unchanged();
      return true;
    };
  auto skipped = [&] {
    ++counts.read;
    ++counts.skipped;
  };
  auto process = [&](Article article) {
    const size_t bytes = article.text.size();
    if (skip && skip(article)) skipped();
    else write(pipeline.process(std::move(article)));
    progress.add(bytes);
  };

  InputCounts input_counts;  // archives and what was passed over, for the summary
  try {
    for (size_t i = 0; i < config.texts.size(); ++i) {
      Article a;
      a.id = config.texts.size() == 1 ? "text" : "text" + std::to_string(i + 1);
      a.source = kTextArgumentSource;
      a.text = config.texts[i];
      process(std::move(a));
    }
    if (!config.paths.empty() || config.texts.empty()) {
      InputOptions options;
      options.format = config.format;
      options.fields = config.fields;
      // Passed-over FIFOs, devices and link loops: said, not failed.
      options.on_skip = [&](const Error& e) {
        if (!config.quiet) std::cerr << "solieu: " << e.to_string() << "\n";
      };
      InputStream in(config.paths, std::move(options));
      run_stream(
          in, pipeline, config.threads,
          [&](const StreamItem& item) {
            if (item.input_error) {
              report(*item.input_error);
              ++counts.read;
              ++counts.failed;
            } else if (item.skipped) {
              skipped();
            } else if (item.result) {
              write(*item.result);
            }
            progress.add(item.bytes);
          },
          skip);
      input_counts = in.counts();
    }
  } catch (const StopRun&) {
    // Reported where it was thrown; the batch of whole articles is kept below.
  }
  progress.finish();
  std::string db_summary;
  for (auto& store : stores) {
    if (Status s = store->finish(!store_failed); !s) {
      report(s.error());
      store_failed = true;
    }
    const StoreCounts c = store->counts();
    db_summary += "; " + store->name() + ": " + std::to_string(c.inserted) + " new, " + std::to_string(c.replaced) +
                  " replaced, " + std::to_string(c.unchanged) + " skipped as unchanged";
  }
  // A run a database stopped is cut short: its JSON Lines or CSV file is not put in place.
  if (!store_failed && !out.commit()) {
    std::cerr << "solieu: " << out.error() << "\n";
    return kExitSomeFailed;
  }
  const bool problems = counts.failed > 0 || counts.repaired > 0 || duplicates > 0 || store_failed;
  // Every article read is accounted for: read = written + skipped + failed.
  if (!config.quiet || problems)
    std::cerr << "solieu: " << counts.read << " articles read, " << counts.written << " written, " << counts.skipped
              << " skipped, " << counts.failed << " failed (read = written + skipped + failed)"
              << (counts.repaired ? ", " + std::to_string(counts.repaired) + " repaired" : "")
              << input_summary(input_counts) << db_summary
              << (store_failed ? "; stopped: the database could not be written" : "") << "\n";
  return problems ? kExitSomeFailed : kExitOk;
}

}  // namespace solieu::cli
