#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "acct_advisor/batch.hpp"
#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/file_error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/render/recommendation_json_writer.hpp"
#include "acct_advisor/terminal_text.hpp"
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
  bool raw_csv = false;
  DocumentOutput output;
  std::string input_encoding = "auto";
};

// At a terminal, batch waits for lines typed: say what it wants and how to stop, before reading.
void hint_at_terminal(Lang lang) {
  std::fprintf(
      stderr, "acct-advisor: %s\n",
      msg(lang, Msg::kOutputTerminalHint, fmt::arg("command", "batch"), fmt::arg("option", "--input FILE"))
          .c_str());
}

void run_batch(const BatchArgs& args) {
  const auto source = open_data(args.common);
  const DataSet data = load_data_set(*source, args.rules_file);
  const Engine engine(data.features, data.industries, data.rules);
  BatchOptions options;
  options.input = args.input_format == "jsonl" ? BatchInputFormat::kJsonl
                  : args.input_format == "csv" ? BatchInputFormat::kCsv
                                               : BatchInputFormat::kAuto;
  options.output = args.format == "csv" ? BatchOutputFormat::kCsv : BatchOutputFormat::kJsonl;
  options.guard_csv = !args.raw_csv;
  const Lang lang = resolve_lang(args.common);
  const bool csv = options.output == BatchOutputFormat::kCsv;
  check_bom_applies(args.output, csv, lang);
  options.encoding = parse_input_encoding(args.input_encoding);
  options.on_gb18030 = [&args, lang] { note_read_as_gb18030(args.input, lang); };
  if (options.encoding != TextEncoding::kGb18030) options.invalid_utf8_hint = invalid_utf8_hint(lang);
  options.lang = lang;
  if (args.explain && options.output == BatchOutputFormat::kCsv) {
    throw UsageError("--explain: needs --format jsonl (a CSV cell cannot hold the explanation)");
  }
  std::optional<RecommendationJsonWriter> explain_writer;
  if (args.explain) {
    explain_writer.emplace(data);
    options.explain = [&explain_writer](const Recommendation& r, std::string& out) {
      explain_writer->append(r, out);
    };
  }

  std::FILE* in = stdin;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, &std::fclose);
  if (args.input != "-") {
    file.reset(std::fopen(args.input.c_str(), "rb"));
    if (!file) {
      throw UsageError(fmt::format("--input: cannot open '{}': {}",
                                   terminal_value(args.input, kShownPathBytes),
                                   open_error_reason(errno, resolve_lang(args.common))));
    }
    struct stat st {};
    if (::fstat(::fileno(file.get()), &st) == 0 && S_ISDIR(st.st_mode)) {
      throw UsageError(fmt::format("--input: '{}' is a directory; give a file, or - for standard input",
                                   terminal_value(args.input, kShownPathBytes)));
    }
    in = file.get();
  }
  struct stat in_st {
  }, out_st{};
  const bool in_known = ::fstat(::fileno(in), &in_st) == 0;
  const bool out_known = ::fstat(STDOUT_FILENO, &out_st) == 0;
  // `batch --input f.jsonl >> f.jsonl` would read its own output for ever. (--output FILE is
  // checked by the writer.)
  if (args.output.to_stdout() && in_known && out_known && S_ISREG(in_st.st_mode) &&
      in_st.st_dev == out_st.st_dev && in_st.st_ino == out_st.st_ino) {
    throw UsageError(fmt::format(
        "--input: '{}' is also the standard output; write the results to another file",
        args.input == "-" ? std::string("standard input") : terminal_value(args.input, kShownPathBytes)));
  }
  // Live input to a live reader (tail -f log | acct-advisor batch | ...): each result as it
  // is made. Files keep the big buffers.
  auto live = [](bool known, const struct stat& st, int fd) {
    return ::isatty(fd) == 1 || (known && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)));
  };
  options.flush_each_record = live(in_known, in_st, ::fileno(in)) && args.output.to_stdout() &&
                              live(out_known, out_st, STDOUT_FILENO);
  options.warn = [](const std::string& message) {
    std::fprintf(stderr, "acct-advisor: warning: %s\n", terminal_value(message, kNoLengthCap).c_str());
  };
  std::vector<std::string> inputs;
  if (args.input != "-") inputs.push_back(args.input);
  const auto out = open_document(args.output, args.common, args.rules_file, inputs);
  if (csv && args.output.bom_for_csv()) out->write("\xEF\xBB\xBF");
  if (args.input == "-" && stdin_is_tty()) hint_at_terminal(lang);
  BatchRunner runner(data, engine, options);
  const bool flush_each = options.flush_each_record;
  const BatchStats stats = runner.run(in, [flush_each, &out](std::string_view chunk) {
    out->write(chunk);
    if (flush_each) flush_out();
  });
  // A read error leaves a file as it was (the results would be cut short); bad records are in
  // the results, which are then complete.
  if (stats.read_error)
    throw UsageError(fmt::format("--input: read error on '{}'", terminal_value(args.input, kShownPathBytes)));
  out->commit();
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
  add_output_options(*sub, args->output, /*csv=*/true);
  add_input_encoding_option(*sub, args->input_encoding);
  sub->add_flag("--explain", args->explain,
                "Add the full 'recommend --format json' output, with its trace of every rule, to each record "
                "(jsonl only)");
  sub->add_flag("--raw-csv", args->raw_csv,
                "CSV output: write ids and error messages exactly as given (by default a cell starting with "
                "= + - @ is quoted and prefixed with ', so a spreadsheet does not run it as a formula)");
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
      "  acct-advisor batch --input clients.csv --format csv --output report.csv   (with a BOM, for Excel)\n"
      "  printf '{\"users\":\"3万\",\"industry\":\"水果\",\"adding\":\"active\"}\\n' | acct-advisor batch");
  sub->callback([args] { run_batch(*args); });
}

}  // namespace advisor::cli
