#include <sys/stat.h>
#include <algorithm>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "acct_advisor/check.hpp"
#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/file_error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/number_words.hpp"
#include "acct_advisor/render/check_report.hpp"
#include "acct_advisor/terminal_text.hpp"
#include "cli_support.hpp"
#include "cmd_check.hpp"
#include "commands.hpp"
#include "diagnostics.hpp"

namespace advisor::cli {

bool read_input_file(const std::string& path, std::string& text, std::string& error) {
  std::FILE* in = stdin;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, &std::fclose);
  if (path != "-") {
    file.reset(std::fopen(path.c_str(), "rb"));
    if (!file) {
      error = msg(run_lang(), Msg::kErrCannotOpen, fmt::arg("path", terminal_value(path, kShownPathBytes)),
                  fmt::arg("reason", open_error_reason(errno, run_lang())));
      return false;
    }
    struct stat st {};
    if (::fstat(::fileno(file.get()), &st) == 0 && S_ISDIR(st.st_mode)) {
      error = msg(run_lang(), Msg::kErrIsDirectory, fmt::arg("path", terminal_value(path, kShownPathBytes)));
      return false;
    }
    in = file.get();
  }
  text.clear();
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0) text.append(buffer, n);
  if (std::ferror(in) != 0) {
    const std::string shown = path == "-" ? std::string(msg(run_lang(), Msg::kErrStandardInput))
                                          : terminal_value(path, kShownPathBytes);
    error = msg(run_lang(), Msg::kErrReadError, fmt::arg("path", shown));
    return false;
  }
  return true;
}

const Choices<CheckOutput>& check_output_choices() {
  static const Choices<CheckOutput> choices{{"text", CheckOutput::kText},
                                            {"json", CheckOutput::kJson},
                                            {"junit", CheckOutput::kJunit},
                                            {"github", CheckOutput::kGithub},
                                            {"tap", CheckOutput::kTap}};
  return choices;
}

namespace {
std::optional<CheckOutput> check_form(const std::string& name) {
  for (const auto& [form_name, form] : check_output_choices())
    if (form_name == name) return form;
  return std::nullopt;
}
}  // namespace

bool is_check_form(const std::string& name) {
  return check_form(name).has_value();
}

CheckOutput resolve_check_form(std::optional<CheckOutput> format, const std::string& given,
                               DocumentOutput& output, Lang lang) {
  const auto form = check_form(output.path);
  if (!form) return format.value_or(CheckOutput::kText);
  if (!given.empty()) {
    throw UsageError(msg(lang, Msg::kOutputFormAndFormat, fmt::arg("output", "--output"),
                         fmt::arg("form", output.path), fmt::arg("format", "--format " + given)));
  }
  output.path = "-";
  return *form;
}

void finish_check(const CheckReport& report, CheckOutput form, Lang lang, const DocumentOutput& output,
                  const CommonOptions& common, const std::string& rules_file, bool quiet,
                  const std::vector<std::string>& inputs) {
  for (const auto& warning : report.warnings) print_warning(warning);
  if (!quiet)
    write_document(output, render_check_report(report, form, lang, terminal_width()), common, /*csv=*/false,
                   rules_file, inputs);
  auto count = [lang](std::size_t n) { return format_count(static_cast<std::int64_t>(n), lang); };
  const std::string total = count(report.cases.size());
  // A bad record outranks a failed one: the run did not check everything it was given, so a
  // gate must not read "the answers changed" when the real news is "the test file is broken".
  if (report.bad > 0) {
    flush_out();
    if (quiet) {  // no report to point to: name the first bad record itself
      const auto& first = *std::find_if(report.cases.begin(), report.cases.end(),
                                        [](const CheckCase& c) { return c.status == CheckStatus::kBad; });
      throw UsageError(msg(lang, Msg::kCheckExitBadQuiet, fmt::arg("where", check_case_location(first, lang)),
                           fmt::arg("error", first.error), fmt::arg("bad", count(report.bad)),
                           fmt::arg("total", total)));
    }
    throw UsageError(
        msg(lang, Msg::kCheckExitBad, fmt::arg("bad", count(report.bad)), fmt::arg("total", total)));
  }
  if (report.failed > 0) {
    if (quiet) throw ExpectationError("");  // the exit code is the whole answer
    throw ExpectationError(
        msg(lang, Msg::kCheckExitFailed, fmt::arg("failed", count(report.failed)), fmt::arg("total", total)));
  }
}

namespace {

struct CheckArgs {
  CommonOptions common;
  std::vector<std::string> files;
  std::optional<CheckOutput> format;  ///< unset: text, unless --output names a form (issue 10's spelling)
  DocumentOutput output;
  std::string rules_file;
  std::optional<TextEncoding> input_encoding;  ///< unset: auto
  bool quiet = false;
};

// The first record of a file with bytes that are not UTF-8 says how to name the encoding.
void hint_encoding(CheckReport& report, std::size_t first_case, Lang lang) {
  for (std::size_t i = first_case; i < report.cases.size(); ++i) {
    std::string& error = report.cases[i].error;
    if (error.starts_with(msg(lang, Msg::kInputFieldUtf8))) {
      error =
          msg(lang, Msg::kWithHint, fmt::arg("message", error), fmt::arg("hint", invalid_utf8_hint(lang)));
      return;
    }
  }
}

void run_check(const CheckArgs& args) {
  const auto source = open_data(args.common);
  const DataSet data = load_data_set(*source, args.rules_file);
  const Engine engine(data.features, data.industries, data.rules);
  const Lang lang = resolve_lang(args.common);
  DocumentOutput output = args.output;
  const std::string given = args.format ? choice_name(check_output_choices(), *args.format) : "";
  const CheckOutput form = resolve_check_form(args.format, given, output, lang);
  const std::optional<TextEncoding> encoding = args.input_encoding;
  CheckReport report;
  std::string text;
  for (const auto& file : args.files) {
    std::string error;
    if (!read_input_file(file, text, error)) {
      add_unreadable_file(report, file, error);
      continue;
    }
    bool gb18030 = false;
    text = decode_text(std::move(text), encoding, gb18030);
    if (gb18030) note_read_as_gb18030(file, lang);
    const std::size_t first_case = report.cases.size();
    check_file(data, engine, file, text, report, lang);
    if (encoding != TextEncoding::kGb18030) hint_encoding(report, first_case, lang);
  }
  std::vector<std::string> inputs;
  for (const auto& file : args.files)
    if (file != "-") inputs.push_back(file);
  finish_check(report, form, lang, output, args.common, args.rules_file, args.quiet, inputs);
}

}  // namespace

void setup_check(CLI::App& app) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* sub = app.add_subcommand("check", text(Msg::kHelpCheck));
  sub->add_option("files", args->files, text(Msg::kHelpCheckFiles))->required()->type_name("FILE");
  sub->add_option_function<CheckOutput>(
         "--format", [args](const CheckOutput& form) { args->format = form; }, text(Msg::kHelpCheckOutput))
      ->transform(choice_of(check_output_choices()));
  add_output_options(*sub, args->output);
  add_input_encoding_option(*sub, args->input_encoding);
  sub->add_option("--rules", args->rules_file, text(Msg::kHelpRulesScore))->type_name("FILE");
  sub->add_flag("--quiet,-q", args->quiet, text(Msg::kHelpCheckQuiet));
  add_common_options(*sub, args->common);
  sub->footer(text(Msg::kHelpCheckFooter));
  sub->callback([args] { run_check(*args); });
}

}  // namespace advisor::cli
