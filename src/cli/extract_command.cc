// solieu extract: articles in, one JSON record per article out.
//
// usage: solieu extract [PATH...] [--text TEXT]... [-o FILE] [options]
//
// Reads files, directories (recursively, in name order) and stdin ("-", or
// when nothing is named); writes JSON Lines to stdout or, atomically, to -o
// FILE. A bad input (malformed JSON line, empty or binary file, unreadable
// directory, text that is not UTF-8) is reported on stderr with its file and
// line; the run goes on, and the exit code is 1 when anything failed.
#include <boost/program_options.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <unistd.h>

#include "cli/commands.h"
#include "cli/config.h"
#include "extract/pattern_set.h"
#include "io/input.h"
#include "normalize/normalizer.h"
#include "pipeline/pipeline.h"
#include "pipeline/stream.h"

namespace po = boost::program_options;

namespace solieu::cli {
namespace {

struct Counts {
  size_t read = 0, written = 0, failed = 0, repaired = 0;
};

// Writes to stdout, or to a temporary file renamed over FILE at the end, so
// that a reader never sees half a file. A FILE that exists and is not a
// regular file (/dev/null, a FIFO, a terminal) is written in place: renaming
// over it would replace the device itself.
class Output {
 public:
  explicit Output(const std::string& path) : path_(path) {
    if (path.empty() || path == "-") return;
    std::filesystem::path p(path);
    std::error_code ec;
    auto status = std::filesystem::status(p, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status) &&
        !std::filesystem::is_directory(status)) {
      errno = 0;
      file_ = std::make_unique<std::ofstream>(p, std::ios::binary);
      if (!*file_) open_error_ = errno ? std::strerror(errno) : "cannot open";
      in_place_ = true;
      return;
    }
    tmp_ = (p.parent_path().empty() ? std::filesystem::path(".") : p.parent_path()) /
           ("." + p.filename().string() + ".tmp." + std::to_string(::getpid()));
    errno = 0;
    file_ = std::make_unique<std::ofstream>(tmp_, std::ios::binary | std::ios::trunc);
    if (!*file_) open_error_ = errno ? std::strerror(errno) : "cannot open";
  }
  // Why the output could not be opened ("Permission denied"), when it could not.
  const std::string& open_error() const { return open_error_; }
  ~Output() {
    if (file_ && !committed_ && !in_place_) std::filesystem::remove(tmp_, ec_);
  }
  bool ok() const { return !file_ || file_->good(); }
  std::ostream& stream() { return file_ ? *file_ : std::cout; }
  bool commit(std::string& error) {
    if (!file_) {
      std::cout.flush();
      return std::cout.good();
    }
    file_->close();
    if (!*file_) {
      error = "cannot write " + (in_place_ ? path_ : tmp_.string());
      return false;
    }
    if (in_place_) {
      committed_ = true;
      return true;
    }
    std::filesystem::rename(tmp_, path_, ec_);
    if (ec_) {
      error = "cannot rename " + tmp_.string() + " to " + path_ + ": " + ec_.message();
      return false;
    }
    committed_ = true;
    return true;
  }

 private:
  std::string path_;
  std::filesystem::path tmp_;
  std::unique_ptr<std::ofstream> file_;
  std::error_code ec_;
  std::string open_error_;
  bool committed_ = false;
  bool in_place_ = false;  // a device or FIFO: written directly
};

void report(const Error& e) { std::cerr << "solieu: " << e.to_string() << "\n"; }

Result<ExtractConfig> parse_options(int argc, char** argv, const char* program, bool& help) {
  ExtractConfig c;
  std::string format = "auto", shape = "articles";
  po::options_description opts("solieu extract [PATH...] [options]");
  opts.add_options()
      ("help,h", "show this help")
      ("text", po::value<std::vector<std::string>>(&c.texts), "extract from TEXT (may repeat)")
      ("input-format", po::value<std::string>(&format), "auto (by extension), text or jsonl")
      ("output,o", po::value<std::string>(&c.output), "write JSON Lines to FILE (atomically); default stdout")
      ("format", po::value<std::string>(&shape), "articles (one line per article, the default) or quantities (one line per figure)")
      ("patterns", po::value<std::string>(&c.patterns_dir), "pattern directory (default: patterns/vi)")
      ("latent", po::bool_switch(&c.latent), "also report bare numerals with nothing counted")
      ("threads,j", po::value<int>(&c.threads), "articles processed in parallel (output identical to 1); default 1")
      ("quiet,q", po::bool_switch(&c.quiet), "no summary on stderr");
  po::options_description hidden;
  hidden.add_options()("path", po::value<std::vector<std::string>>(&c.paths));
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("path", -1);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
      std::cout << opts << "\n";
      help = true;
      return c;
    }
  } catch (const po::error& e) {
    return Error{ErrorCode::kInvalidArgument, e.what(), {}, ""};
  }
  if (format == "auto") c.format = InputFormat::kAuto;
  else if (format == "text" || format == "txt") c.format = InputFormat::kText;
  else if (format == "jsonl" || format == "ndjson" || format == "jsonlines") c.format = InputFormat::kJsonLines;
  else return Error{ErrorCode::kInvalidArgument, "unknown --input-format '" + format + "' (auto, text, jsonl)", {}, ""};
  if (shape == "articles") c.shape = RecordShape::kArticles;
  else if (shape == "quantities") c.shape = RecordShape::kQuantities;
  else return Error{ErrorCode::kInvalidArgument, "unknown --format '" + shape + "' (articles, quantities)", {}, ""};
  if (c.threads < 1) return Error{ErrorCode::kInvalidArgument, "--threads must be at least 1", {}, ""};
  if (c.patterns_dir.empty()) c.patterns_dir = default_patterns_dir(program);
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
  auto patterns = PatternSet::load(config.patterns_dir, normalizer);
  if (!patterns) {
    std::cerr << "solieu: " << patterns.error().to_string_with_caret() << "\n";
    return kExitUsage;
  }
  // The gazetteer sits beside the patterns; without one, no places are read.
  std::optional<Gazetteer> gazetteer;
  const std::string places_path = config.patterns_dir + "/places.tsv";
  if (std::filesystem::exists(places_path)) {
    auto g = Gazetteer::load(places_path);
    if (!g) {
      std::cerr << "solieu: " << g.error().to_string_with_caret() << "\n";
      return kExitUsage;
    }
    gazetteer = std::move(*g);
  }
  const Pipeline pipeline(normalizer, *patterns, ExtractOptions{config.latent}, config.shape,
                          gazetteer ? &*gazetteer : nullptr);

  Output out(config.output);
  if (!out.ok()) {
    std::cerr << "solieu: cannot write " << config.output << ": " << out.open_error() << "\n";
    return kExitUsage;
  }
  Counts counts;
  // Every result, in input order, whatever the number of threads.
  auto write = [&](const ArticleResult& r) {
    ++counts.read;
    if (r.problem) report(*r.problem);
    if (!r.record) {
      ++counts.failed;
      return;
    }
    if (r.problem) ++counts.repaired;
    out.stream() << *r.record;
    ++counts.written;
  };
  auto process = [&](Article article) { write(pipeline.process(std::move(article))); };

  for (size_t i = 0; i < config.texts.size(); ++i) {
    Article a;
    a.id = config.texts.size() == 1 ? "text" : "text" + std::to_string(i + 1);
    a.source = kTextArgumentSource;
    a.text = config.texts[i];
    process(std::move(a));
  }
  if (!config.paths.empty() || config.texts.empty()) {
    InputStream in(config.paths, config.format);
    run_stream(in, pipeline, config.threads, [&](const StreamItem& item) {
      if (item.input_error) {
        report(*item.input_error);
        ++counts.read;
        ++counts.failed;
      } else if (item.result) {
        write(*item.result);
      }
    });
  }
  std::string error;
  if (!out.commit(error)) {
    std::cerr << "solieu: " << error << "\n";
    return kExitSomeFailed;
  }
  if (!config.quiet || counts.failed > 0 || counts.repaired > 0)
    std::cerr << "solieu: " << counts.read << " articles read, " << counts.written << " written, " << counts.failed
              << " failed" << (counts.repaired ? ", " + std::to_string(counts.repaired) + " repaired" : "") << "\n";
  return (counts.failed > 0 || counts.repaired > 0) ? kExitSomeFailed : kExitOk;
}

}  // namespace solieu::cli
