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
#include "diagnostics.hpp"

namespace advisor::cli {
namespace {

struct BatchArgs {
  CommonOptions common;
  std::string input = "-";
  BatchInputFormat input_format = BatchInputFormat::kAuto;
  BatchOutputFormat format = BatchOutputFormat::kJsonl;
  std::string rules_file;
  bool explain = false;
  bool raw_csv = false;
  DocumentOutput output;
  std::optional<TextEncoding> input_encoding;  ///< unset: auto
};

// At a terminal, batch waits for lines typed: say what it wants and how to stop, before reading.
void hint_at_terminal(Lang lang) {
  print_note(
      msg(lang, Msg::kOutputTerminalHint, fmt::arg("command", "batch"), fmt::arg("option", "--input FILE")));
}

// "--input: <problem>", in the run's language.
std::string input_problem(Lang lang, const std::string& problem) {
  return msg(lang, Msg::kErrOptionProblem, fmt::arg("name", "--input"), fmt::arg("problem", problem));
}

// Reads what `in` has, up to `size` bytes: with read(2) when it has a descriptor, so what a
// pipe has is scored at once rather than when a stdio buffer fills; with stdio otherwise.
std::ptrdiff_t read_some(std::FILE* in, char* buffer, std::size_t size) {
  const int fd = ::fileno(in);
  if (fd < 0) {
    const std::size_t n = std::fread(buffer, 1, size, in);
    return n > 0 || std::ferror(in) == 0 ? static_cast<std::ptrdiff_t>(n) : -1;
  }
  while (true) {
    const ssize_t n = ::read(fd, buffer, size);
    if (n >= 0 || errno != EINTR) return n < 0 ? -1 : static_cast<std::ptrdiff_t>(n);
  }
}

void run_batch(const BatchArgs& args) {
  const Lang lang = resolve_lang(args.common);
  const auto source = open_data(args.common);
  const DataSet data = load_data_set(*source, args.rules_file);
  const Engine engine(data.features, data.industries, data.rules);
  BatchOptions options;
  options.input = args.input_format;
  options.output = args.format;
  options.guard_csv = !args.raw_csv;
  const bool csv = options.output == BatchOutputFormat::kCsv;
  check_bom_applies(args.output, csv, lang);
  options.encoding = args.input_encoding;
  options.on_gb18030 = [&args, lang] { note_read_as_gb18030(args.input, lang); };
  if (options.encoding != TextEncoding::kGb18030) options.invalid_utf8_hint = invalid_utf8_hint(lang);
  options.lang = lang;
  if (args.explain && options.output == BatchOutputFormat::kCsv) {
    throw UsageError(std::string(msg(lang, Msg::kErrBatchExplainCsv)));
  }
  std::optional<RecommendationJsonWriter> explain_writer;
  if (args.explain) {
    explain_writer.emplace(data, engine);
    options.explain_texts = TextFill::kLeave;  // the writer fills them straight into each record
    options.explain = [&explain_writer](const Recommendation& r, std::string& out) {
      explain_writer->append(r, out);
    };
  }

  std::FILE* in = stdin;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, &std::fclose);
  if (args.input != "-") {
    file.reset(std::fopen(args.input.c_str(), "rb"));
    if (!file)
      throw UsageError(input_problem(
          lang, msg(lang, Msg::kErrCannotOpen, fmt::arg("path", terminal_value(args.input, kShownPathBytes)),
                    fmt::arg("reason", open_error_reason(errno, lang)))));
    struct stat st {};
    if (::fstat(::fileno(file.get()), &st) == 0 && S_ISDIR(st.st_mode)) {
      throw UsageError(input_problem(
          lang,
          msg(lang, Msg::kErrIsDirectory, fmt::arg("path", terminal_value(args.input, kShownPathBytes)))));
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
    const std::string path = args.input == "-" ? std::string(msg(lang, Msg::kErrStandardInput))
                                               : terminal_value(args.input, kShownPathBytes);
    throw UsageError(input_problem(lang, msg(lang, Msg::kErrInputIsOutput, fmt::arg("path", path))));
  }
  // Live input to a live reader (tail -f log | acct-advisor batch | ...): each result as it
  // is made. Files keep the big buffers.
  auto live = [](bool known, const struct stat& st, int fd) {
    return ::isatty(fd) == 1 || (known && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)));
  };
  options.flush_each_record = live(in_known, in_st, ::fileno(in)) && args.output.to_stdout() &&
                              live(out_known, out_st, STDOUT_FILENO);
  options.warn = [](const std::string& message) { print_warning(message); };
  std::vector<std::string> inputs;
  if (args.input != "-") inputs.push_back(args.input);
  const auto out = open_document(args.output, args.common, args.rules_file, inputs);
  if (csv && args.output.bom_for_csv()) out->write("\xEF\xBB\xBF");
  if (args.input == "-" && stdin_is_tty()) hint_at_terminal(lang);
  BatchRunner runner(data, engine, options);
  const bool flush_each = options.flush_each_record;
  const auto read = [in](char* buffer, std::size_t size) { return read_some(in, buffer, size); };
  const BatchStats stats = runner.run(read, [flush_each, &out](std::string_view chunk) {
    out->write(chunk);
    if (flush_each) flush_out();
  });
  // A read error leaves a file as it was (the results would be cut short); bad records are in
  // the results, which are then complete.
  if (stats.read_error)
    throw UsageError(input_problem(
        lang, msg(lang, Msg::kErrReadError, fmt::arg("path", terminal_value(args.input, kShownPathBytes)))));
  out->commit();
  if (stats.bad > 0) {
    flush_out();
    throw UsageError(msg(lang, Msg::kErrBatchBad,
                         fmt::arg("bad", Count{static_cast<std::int64_t>(stats.bad), lang}),
                         fmt::arg("total", Count{static_cast<std::int64_t>(stats.records), lang})));
  }
}

}  // namespace

void setup_batch(CLI::App& app) {
  auto args = std::make_shared<BatchArgs>();
  CLI::App* sub = app.add_subcommand("batch", text(Msg::kHelpBatch));
  sub->add_option("--input", args->input, text(Msg::kHelpBatchInput))->type_name("FILE|-");
  sub->add_option("--input-format", args->input_format, text(Msg::kHelpBatchInputFormat))
      ->transform(choice_of(Choices<BatchInputFormat>{{"auto", BatchInputFormat::kAuto},
                                                      {"jsonl", BatchInputFormat::kJsonl},
                                                      {"csv", BatchInputFormat::kCsv}}));
  sub->add_option("--format", args->format, text(Msg::kHelpBatchFormat))
      ->transform(choice_of(Choices<BatchOutputFormat>{{"jsonl", BatchOutputFormat::kJsonl},
                                                       {"csv", BatchOutputFormat::kCsv}}));
  add_output_options(*sub, args->output, /*csv=*/true);
  add_input_encoding_option(*sub, args->input_encoding);
  sub->add_flag("--explain", args->explain, text(Msg::kHelpBatchExplain));
  sub->add_flag("--raw-csv", args->raw_csv, text(Msg::kHelpBatchRawCsv));
  sub->add_option("--rules", args->rules_file, text(Msg::kHelpRulesScore))->type_name("FILE");
  add_common_options(*sub, args->common);
  sub->footer(text(Msg::kHelpBatchFooter));
  sub->callback([args] { run_batch(*args); });
}

}  // namespace advisor::cli
