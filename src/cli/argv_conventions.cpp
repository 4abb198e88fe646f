#include "argv_conventions.hpp"

#include <algorithm>

#include "acct_advisor/edit_distance.hpp"

namespace advisor::cli {
namespace {

bool is_option(std::string_view arg) {
  return arg.size() > 1 && arg.front() == '-';
}

/// The options a command takes, by their long names (`--users`), help excluded: suggesting
/// `--help` for `--hlp` is right, but for `--helo` it would hide a real option.
std::vector<std::string> long_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options())
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
  return names;
}

/// The deepest command the parse reached: the one whose options the user meant.
const CLI::App& parsed_command(const CLI::App& app) {
  for (const CLI::App* sub : app.get_subcommands())
    if (sub->parsed()) return *sub;
  return app;
}

}  // namespace

std::vector<std::string> apply_argv_conventions(std::vector<std::string> args) {
  const auto end_of_options = std::find(args.begin(), args.end(), "--");
  if (std::find(args.begin(), end_of_options, "--version") != end_of_options) return {"--version"};
  if (!args.empty() && args.front() == "help") {
    args.erase(args.begin());
    // `help` alone, or `help --anything`: the program's help; `help COMMAND`: that command's.
    if (args.empty() || is_option(args.front())) return {"--help"};
    return {args.front(), "--help"};
  }
  return args;
}

OptionSuggestion suggest_option(const CLI::App& app) {
  const CLI::App& command = parsed_command(app);
  std::vector<std::string> extras = command.remaining();
  if (&command != &app) {
    const auto top = app.remaining();
    extras.insert(extras.end(), top.begin(), top.end());
  }
  OptionSuggestion result;
  result.command = &command == &app ? app.get_name() : app.get_name() + " " + command.get_name();
  for (const std::string& arg : extras) {
    if (!is_option(arg)) continue;
    // `--users=5` is one argument: compare the name only.
    result.option = arg.substr(0, arg.find('='));
    break;
  }
  if (result.option.empty()) return result;
  std::size_t best = 3;  // at most two edits, as the industry and command suggestions
  for (const std::string& name : long_names(command)) {
    if (const std::size_t d = edit_distance(result.option, name); d < best) {
      best = d;
      result.suggestion = name;
    }
  }
  return result;
}

}  // namespace advisor::cli
