#include <sys/stat.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "acct_advisor/batch.hpp"
#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/error.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace advisor::cli {
namespace {

struct BatchArgs {
  CommonOptions common;
  std::string input = "-";
  std::string input_format = "auto";
  std::string format = "jsonl";
  std::string rules_file;
  bool explain = false;
};

void run_batch(const BatchArgs& args) {
  const auto source = open_data(args.common);
  const DataSet data = load_data_set(*source, args.rules_file);
  const Engine engine(data.features, data.industries, data.rules);
  BatchOptions options;
  options.input = args.input_format == "jsonl" ? BatchInputFormat::kJsonl
                  : args.input_format == "csv" ? BatchInputFormat::kCsv
                                               : BatchInputFormat::kAuto;
  options.output = args.format == "csv" ? BatchOutputFormat::kCsv : BatchOutputFormat::kJsonl;
  options.explain = args.explain;
  if (options.explain && options.output == BatchOutputFormat::kCsv) {
    throw UsageError("--explain: needs --format jsonl (a CSV cell cannot hold the explanation)");
  }

  std::FILE* in = stdin;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, &std::fclose);
  if (args.input != "-") {
    file.reset(std::fopen(args.input.c_str(), "rb"));
    if (!file)
      throw UsageError(fmt::format("--input: cannot open '{}': {}", args.input, std::strerror(errno)));
    struct stat st {};
    if (::fstat(::fileno(file.get()), &st) == 0 && S_ISDIR(st.st_mode)) {
      throw UsageError(
          fmt::format("--input: '{}' is a directory; give a file, or - for standard input", args.input));
    }
    in = file.get();
  }
  BatchRunner runner(data, engine, options);
  const BatchStats stats = runner.run(in, [](std::string_view chunk) { write_out(chunk); });
  if (std::ferror(in)) throw UsageError(fmt::format("--input: read error on '{}'", args.input));
  if (stats.bad > 0) {
    flush_out();
    throw UsageError(fmt::format("{} of {} record{} could not be scored; see the error records in the output",
                                 stats.bad, stats.records, stats.records == 1 ? "" : "s"));
  }
}

}  // namespace

void setup_batch(CLI::App& app) {
  auto args = std::make_shared<BatchArgs>();
  CLI::App* sub = app.add_subcommand(
      "batch",
      "Score many profiles (JSON Lines or CSV with a header), one result per input record, streaming");
  sub->add_option("--input", args->input, "Input file, or - for standard input (default)")
      ->type_name("FILE|-");
  sub->add_option("--input-format", args->input_format,
                  "auto (default: '{' on the first line means JSON Lines, else CSV), jsonl or csv")
      ->check(CLI::IsMember({"auto", "jsonl", "csv"}));
  sub->add_option("--format", args->format, "Output: jsonl (default) or csv")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  sub->add_flag("--explain", args->explain, "Add the full 'recommend' JSON to each record (jsonl only)");
  sub->add_option("--rules", args->rules_file, "Score with this rules file instead of the data's rules.json")
      ->type_name("FILE");
  add_common_options(*sub, args->common);
  sub->footer(
      "Input records: {\"id\": \"c1\", \"users\": 30000, \"industry\": \"fruit\", \"adding\": \"active\"}\n"
      "  (or \"barrier\" instead of \"industry\"); CSV: a header naming users, industry|barrier, adding, "
      "id.\n"
      "A bad record gives {\"line\": N, \"error\": \"...\"} and the run goes on; exit 2 if any was bad.\n"
      "Examples:\n"
      "  acct-advisor batch --input profiles.jsonl > results.jsonl\n"
      "  acct-advisor batch --input clients.csv --format csv > report.csv\n"
      "  printf '{\"users\":\"3万\",\"industry\":\"水果\",\"adding\":\"active\"}\\n' | acct-advisor batch");
  sub->callback([args] { run_batch(*args); });
}

}  // namespace advisor::cli
