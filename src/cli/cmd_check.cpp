#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "acct_advisor/check.hpp"
#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/number_words.hpp"
#include "acct_advisor/render/check_report.hpp"
#include "cli_support.hpp"
#include "cmd_check.hpp"
#include "commands.hpp"

namespace advisor::cli {

bool read_input_file(const std::string& path, std::string& text, std::string& error) {
  std::FILE* in = stdin;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, &std::fclose);
  if (path != "-") {
    file.reset(std::fopen(path.c_str(), "rb"));
    if (!file) {
      error = msg(run_lang(), Msg::kErrCannotOpen, fmt::arg("path", path),
                  fmt::arg("reason", std::strerror(errno)));
      return false;
    }
    struct stat st {};
    if (::fstat(::fileno(file.get()), &st) == 0 && S_ISDIR(st.st_mode)) {
      error = msg(run_lang(), Msg::kErrIsDirectory, fmt::arg("path", path));
      return false;
    }
    in = file.get();
  }
  text.clear();
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0) text.append(buffer, n);
  if (std::ferror(in) != 0) {
    const std::string shown = path == "-" ? std::string(msg(run_lang(), Msg::kErrStandardInput)) : path;
    error = msg(run_lang(), Msg::kErrReadError, fmt::arg("path", shown));
    return false;
  }
  return true;
}

CheckOutput parse_check_output(const std::string& output) {
  if (output == "json") return CheckOutput::kJson;
  if (output == "junit") return CheckOutput::kJunit;
  if (output == "github") return CheckOutput::kGithub;
  if (output == "tap") return CheckOutput::kTap;
  return CheckOutput::kText;
}

void finish_check(const CheckReport& report, CheckOutput output, Lang lang) {
  for (const auto& warning : report.warnings)
    std::fprintf(stderr, "acct-advisor: warning: %s\n", warning.c_str());
  write_out(render_check_report(report, output, lang));
  auto count = [lang](std::size_t n) { return format_count(static_cast<std::int64_t>(n), lang); };
  const std::string total = count(report.cases.size());
  // A bad record outranks a failed one: the run did not check everything it was given, so a
  // gate must not read "the answers changed" when the real news is "the test file is broken".
  if (report.bad > 0) {
    flush_out();
    throw UsageError(
        msg(lang, Msg::kCheckExitBad, fmt::arg("bad", count(report.bad)), fmt::arg("total", total)));
  }
  if (report.failed > 0) {
    throw ExpectationError(
        msg(lang, Msg::kCheckExitFailed, fmt::arg("failed", count(report.failed)), fmt::arg("total", total)));
  }
}

namespace {

struct CheckArgs {
  CommonOptions common;
  std::vector<std::string> files;
  std::string output = "text";
  std::string rules_file;
};

void run_check(const CheckArgs& args) {
  const auto source = open_data(args.common);
  const DataSet data = load_data_set(*source, args.rules_file);
  const Engine engine(data.features, data.industries, data.rules);
  const Lang lang = resolve_lang(args.common);
  CheckReport report;
  std::string text;
  for (const auto& file : args.files) {
    std::string error;
    if (!read_input_file(file, text, error)) {
      add_unreadable_file(report, file, error);
      continue;
    }
    check_file(data, engine, file, text, report);
  }
  finish_check(report, parse_check_output(args.output), lang);
}

}  // namespace

void setup_check(CLI::App& app) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* sub = app.add_subcommand("check", text(Msg::kHelpCheck));
  sub->add_option("files", args->files, text(Msg::kHelpCheckFiles))->required()->type_name("FILE");
  sub->add_option("--output", args->output, text(Msg::kHelpCheckOutput))
      ->check(CLI::IsMember({"text", "json", "junit", "github", "tap"}));
  sub->add_option("--rules", args->rules_file, text(Msg::kHelpRulesScore))->type_name("FILE");
  add_common_options(*sub, args->common);
  sub->footer(text(Msg::kHelpCheckFooter));
  sub->callback([args] { run_check(*args); });
}

}  // namespace advisor::cli
