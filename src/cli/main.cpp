// acct-advisor: which account type (WeCom or personal WeChat) should staff use to add and
// serve customers? See README.md.

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <exception>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "acct_advisor/error.hpp"
#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/render/escape.hpp"
#include "acct_advisor/render/feature_table_view.hpp"
#include "acct_advisor/terminal_text.hpp"
#include "acct_advisor/utf8.hpp"
#include "argv_conventions.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "completion.hpp"
#include "diagnostics.hpp"
#include "help_formatter.hpp"
#include "parse_errors.hpp"

namespace {

using advisor::cli::print_error;

// CLI11 quotes whole arguments; a 10 KB one would make a 10 KB line.
constexpr std::size_t kMaxCli11Bytes = 300;

// CLI11 messages sometimes span lines; the contract is one line per error.
std::string one_line(std::string message) {
  for (char& c : message)
    if (c == '\n') c = ' ';
  while (!message.empty() && message.back() == ' ') message.pop_back();
  return message;
}

// A usage error, with the help that tells how `command` is used.
int usage_error(const std::string& message, const std::string& command, advisor::Lang lang) {
  print_error(advisor::msg(lang, advisor::Msg::kErrRunHelp, fmt::arg("message", message),
                           fmt::arg("command", command)));
  return static_cast<int>(advisor::ExitCode::kUsage);
}

// The program's version, then the built-in data's: its data_version, how old its figures are
// and when they were last checked. Built only when asked for, so other runs do not pay for it.
std::string version_text() {
  std::string out = std::string("acct-advisor ") + ACCT_ADVISOR_VERSION;
  try {
    const auto table = advisor::FeatureTable::load(*advisor::embedded_data_source());
    std::string data = advisor::data_version_lines(table, advisor::cli::run_lang());
    if (!data.empty() && data.back() == '\n') data.pop_back();  // CLI11 adds the last newline
    out += "\n" + data;
  } catch (const advisor::Error&) {
    out += "\n" + advisor::cli::text(advisor::Msg::kVersionDataBroken);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  using advisor::Msg;
  using advisor::cli::text;
  // The language first: every description, heading and error of the run is worded in it.
  const advisor::Lang lang = advisor::cli::lang_from_args(argc, argv);
  advisor::cli::set_run_lang(lang);
  advisor::cli::set_command_line(argc, argv);
  CLI::App app{text(Msg::kHelpProgram)};
  app.name("acct-advisor");
  // Before any option is added (--help too), which takes its group from here.
  app.option_defaults()->group(text(Msg::kHelpGroupOptions));
  app.set_help_flag("-h,--help", text(Msg::kHelpHelpFlag));
  app.set_version_flag("--version", version_text, text(Msg::kHelpVersionFlag));
  app.require_subcommand(1);
  app.footer(text(Msg::kHelpExitCodes));
  // Before the subcommands are added, which take the formatter from here.
  auto formatter = std::make_shared<advisor::cli::HelpFormatter>(advisor::cli::terminal_width, lang);
  formatter->column_width(30);
  app.formatter(formatter);
  // `acct-advisor --lang zh` (no command yet) is read by lang_from_args above; taking it here too
  // keeps it from being reported as an unknown option before the missing command.
  std::optional<advisor::Lang> top_lang;
  advisor::cli::add_lang_option(app, top_lang);

  advisor::cli::setup_recommend(app);
  advisor::cli::setup_batch(app);
  advisor::cli::setup_plan(app);
  advisor::cli::setup_sweep(app);
  advisor::cli::setup_check(app);
  advisor::cli::setup_diff(app);
  advisor::cli::setup_report(app);
  advisor::cli::setup_table(app);
  advisor::cli::setup_industries(app);
  advisor::cli::setup_validate(app);
  advisor::cli::setup_completion(app);  // last: it describes every subcommand above
  // A subcommand makes its --help before it can take the group from option_defaults.
  for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    sub->get_option("--help")->group(text(Msg::kHelpGroupOptions));

  // A closed pipe is reported by write errors (EPIPE, see write_out), not by a signal.
  std::signal(SIGPIPE, SIG_IGN);

  try {
    // Help and version text go to stdout too, and must fail as loudly when it cannot be written.
    auto print_help = [&](const CLI::Error& e) {
      const int rc = app.exit(e);
      advisor::cli::flush_out();
      return rc;
    };
    try {
      auto args = advisor::cli::apply_argv_conventions(std::vector<std::string>(argv + 1, argv + argc));
      if (!args.empty()) {
        if (const std::string message = advisor::cli::unknown_command(app, args.front(), lang);
            !message.empty())
          return usage_error(message, app.get_name(), lang);
      }
      std::reverse(args.begin(), args.end());  // CLI11 takes a vector last argument first
      app.parse(args);
    } catch (const CLI::CallForHelp& e) {
      return print_help(e);
    } catch (const CLI::CallForAllHelp& e) {
      return print_help(e);
    } catch (const CLI::CallForVersion& e) {
      return print_help(e);
    } catch (const CLI::ParseError& e) {
      // CLI11's own codes (100+) are mapped to the documented usage code, its English words to
      // the catalogue's.
      return usage_error(
          advisor::terminal_value(one_line(advisor::cli::describe_parse_error(e, app, lang)), kMaxCli11Bytes),
          advisor::cli::help_command(app), lang);
    }
    advisor::cli::flush_out();
    return 0;
  } catch (const advisor::cli::StdoutClosed&) {
    return 0;  // the reader has all it wanted
  } catch (const advisor::ExpectationError& e) {
    // The result itself was printed; the gate's reason goes to stderr.
    try {
      advisor::cli::flush_out();
    } catch (const advisor::cli::StdoutClosed&) {
      // The reader stopped early; the gate's verdict still stands.
    } catch (const advisor::Error& out) {
      print_error(out.what());
      return static_cast<int>(out.code());
    }
    if (*e.what() != '\0') print_error(e.what());  // empty under --quiet
    return static_cast<int>(e.code());
  } catch (const advisor::Error& e) {
    print_error(one_line(e.what()));
    return static_cast<int>(e.code());
  } catch (const std::bad_alloc&) {
    print_error(text(Msg::kErrOutOfMemory));
    return static_cast<int>(advisor::ExitCode::kResources);
  } catch (const std::exception& e) {
    print_error(advisor::msg(lang, Msg::kErrInternal, fmt::arg("detail", e.what())));
    return static_cast<int>(advisor::ExitCode::kInternal);  // a bug, not the user's input
  }
}
