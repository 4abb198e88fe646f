#pragma once
// Habits people bring from git and most command-line tools that CLI11 does not have on its
// own: `help [COMMAND]`, `--version` after a command, and "did you mean" for a mistyped
// option. Kept apart from main so each convention is one small function with its own test.

#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace advisor::cli {

/// Rewrites the arguments (without the program name) into what CLI11 parses:
/// `help` → `--help`, `help COMMAND …` → `COMMAND --help`, and `COMMAND … --version` →
/// `--version` (the version is the program's, whichever command it follows). Anything after
/// `--` is left alone: it is an operand, not a request.
std::vector<std::string> apply_argv_conventions(std::vector<std::string> args);

/// For arguments CLI11 did not expect: the first that looks like an option (`--user`) and the
/// parsed command's option nearest to it (`--users`), at most two edits away. Empty `option`
/// when none looks like an option; empty `suggestion` when none is near.
struct OptionSuggestion {
  std::string option;
  std::string suggestion;
  std::string command;  ///< "acct-advisor recommend": whose --help lists the options
};
OptionSuggestion suggest_option(const CLI::App& app);

}  // namespace advisor::cli
