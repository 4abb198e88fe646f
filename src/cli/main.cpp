// acct-advisor: which account type (WeCom or personal WeChat) should staff use to add and
// serve customers? See README.md.

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <exception>
#include <memory>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "acct_advisor/edit_distance.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/render/escape.hpp"
#include "acct_advisor/render/feature_table_view.hpp"
#include "acct_advisor/utf8.hpp"
#include "argv_conventions.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "completion.hpp"
#include "help_formatter.hpp"

namespace {

constexpr const char* kExitCodes =
    "Exit codes:\n"
    "  0  success\n"
    "  1  an expectation was not met (recommend --expect, check), or diff found a changed decision\n"
    "  2  usage or input error (unknown flag, bad value, a bad batch, check or diff record)\n"
    "  3  data or rules file unreadable or invalid\n"
    "  4  output could not be written\n"
    "  5  out of memory\n"
    " 70  internal error (a bug: please report it with the command line)\n"
    "  (a reader that stops early, as in '| head', is not an error: the run ends quietly, exit 0)\n"
    "\n"
    "Environment: ACCT_ADVISOR_DATA (as --data), LC_ALL/LC_MESSAGES/LANG (zh_* gives Chinese),\n"
    "COLUMNS (text width; 40 at least), NO_COLOR or TERM=dumb (no colour), SOURCE_DATE_EPOCH (today,\n"
    "for validate --max-age and the date of a report).";

// An error line never grows past this, whatever it quotes (each quoted value is capped where
// it is quoted; this catches the rest, such as CLI11 quoting a whole 10 KB argument).
constexpr std::size_t kMaxErrorBytes = 1000;

// Messages echo what the user typed, which may be anything: through the one terminal escaper,
// so ESC, BEL or CR in a flag's value shows as \x1b, \x07, \r instead of recolouring the
// terminal or forging a line, invalid UTF-8 shows as U+FFFD, and the line is capped.
void print_error(const std::string& message, std::size_t max_bytes = kMaxErrorBytes) {
  std::fflush(stdout);
  std::fprintf(stderr, "acct-advisor: error: %s\n", advisor::terminal_value(message, max_bytes).c_str());
}

// CLI11 quotes whole arguments; a 10 KB one would make a 10 KB line.
constexpr std::size_t kMaxCli11Bytes = 300;

// CLI11 messages sometimes span lines; the contract is one line per error.
std::string one_line(std::string message) {
  for (char& c : message)
    if (c == '\n') c = ' ';
  while (!message.empty() && message.back() == ' ') message.pop_back();
  return message;
}

// A first word that is not a command is a mistyped one: CLI11 would only say "A subcommand is
// required". Returns the message, or "" when the word is a command (or a flag).
std::string unknown_command(const CLI::App& app, std::string_view word) {
  if (word.empty() || word.front() == '-') return "";
  std::string best, names;
  std::size_t best_distance = 3;  // at most two edits away, as the industry suggestions
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    const std::string& name = sub->get_name();
    if (name == word) return "";
    names += (names.empty() ? "" : ", ") + name;
    if (const std::size_t d = advisor::edit_distance(word, name); d < best_distance)
      best_distance = d, best = name;
  }
  std::string message = "unknown command '" + advisor::terminal_value(word, advisor::kShownValueBytes) + "'";
  message += best.empty() ? "; the commands are " + names : "; did you mean '" + best + "'?";
  return message;
}

// The program's version, then the built-in data's: its data_version, how old its figures are
// and when they were last checked. Built only when asked for, so other runs do not pay for it.
std::string version_text() {
  std::string out = std::string("acct-advisor ") + ACCT_ADVISOR_VERSION;
  try {
    const auto table = advisor::FeatureTable::load(*advisor::embedded_data_source());
    std::string data = advisor::data_version_lines(table);
    if (!data.empty() && data.back() == '\n') data.pop_back();  // CLI11 adds the last newline
    out += "\n" + data;
  } catch (const advisor::Error&) {
    out += "\ndata: the built-in features.json does not load (run 'acct-advisor validate')";
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "acct-advisor: choose between WeCom (企业微信) and personal WeChat (个人微信) for private-domain\n"
      "customer operations, from user scale, industry knowledge barrier and adding mode."};
  app.name("acct-advisor");
  app.set_version_flag("--version", version_text);
  app.require_subcommand(1);
  app.footer(kExitCodes);
  // Before the subcommands are added, which take the formatter from here.
  auto formatter = std::make_shared<advisor::cli::HelpFormatter>(advisor::cli::terminal_width);
  formatter->column_width(30);
  app.formatter(formatter);

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

  // A closed pipe is reported by write errors (EPIPE, see write_out), not by a signal.
  std::signal(SIGPIPE, SIG_IGN);
  advisor::cli::remember_command_line(argc, argv);

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
        if (const std::string message = unknown_command(app, args.front()); !message.empty()) {
          print_error(message + " (run 'acct-advisor --help')");
          return static_cast<int>(advisor::ExitCode::kUsage);
        }
      }
      std::reverse(args.begin(), args.end());  // CLI11 takes a vector last argument first
      app.parse(args);
    } catch (const CLI::CallForHelp& e) {
      return print_help(e);
    } catch (const CLI::CallForAllHelp& e) {
      return print_help(e);
    } catch (const CLI::CallForVersion& e) {
      return print_help(e);
    } catch (const CLI::ExtrasError& e) {
      // CLI11 says only "not expected"; name the option meant, as git does.
      if (const auto guess = advisor::cli::suggest_option(app); !guess.option.empty()) {
        std::string message =
            "unknown option '" + advisor::terminal_value(guess.option, advisor::kShownValueBytes) + "'";
        if (!guess.suggestion.empty()) message += "; did you mean '" + guess.suggestion + "'?";
        print_error(message + " (run '" + guess.command + " --help')");
      } else {
        print_error(advisor::terminal_value(one_line(e.what()), kMaxCli11Bytes) +
                    " (run 'acct-advisor --help')");
      }
      return static_cast<int>(advisor::ExitCode::kUsage);
    } catch (const CLI::ParseError& e) {
      // CLI11's own codes (100+) are mapped to the documented usage code.
      print_error(advisor::terminal_value(one_line(e.what()), kMaxCli11Bytes) +
                  " (run 'acct-advisor --help')");
      return static_cast<int>(advisor::ExitCode::kUsage);
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
    print_error("out of memory");
    return static_cast<int>(advisor::ExitCode::kResources);
  } catch (const std::exception& e) {
    print_error(std::string("internal error: ") + e.what());
    return static_cast<int>(advisor::ExitCode::kInternal);  // a bug, not the user's input
  }
}
