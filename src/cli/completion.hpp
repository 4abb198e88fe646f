#pragma once
// Shell completion scripts generated from the CLI11 definitions themselves (subcommands,
// options, their value types and allowed values) plus the ids in the built-in data, so the
// completions cannot drift from the program. See `acct-advisor completion --help`.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace advisor::cli {

/// What the word after an option (or a positional argument) can be.
enum class ValueKind {
  kNone,     ///< a flag: no value
  kFree,     ///< any text (a number, a range): nothing to offer
  kChoices,  ///< one of `choices`
  kFile,     ///< a file name
  kDir,      ///< a directory name
};

struct CompletionOption {
  std::vector<std::string> names;  ///< "--users", "-h", ...
  std::string description;         ///< first line of the help text
  std::string value_name;          ///< e.g. "N", "FILE"; empty for flags
  ValueKind kind = ValueKind::kNone;
  std::vector<std::string> choices;
  bool repeats = false;  ///< a positional that takes any number of words (check FILE...)
};

struct CompletionCommand {
  std::string name;  ///< empty for the top level
  std::string description;
  std::vector<CompletionOption> options;
  std::vector<CompletionOption> positionals;  ///< in order; names hold the positional's name
};

struct CompletionModel {
  CompletionCommand top;
  std::vector<CompletionCommand> commands;
};

/// Walks the app: every subcommand, option and allowed value, and the built-in data's ids for
/// options whose values come from data (--industry, --dimension).
CompletionModel build_completion_model(const CLI::App& app);

std::string render_bash_completion(const CompletionModel& model);
std::string render_zsh_completion(const CompletionModel& model);

/// Adds `completion bash|zsh`. Register it after every other subcommand; it reads the app
/// when it runs, so its output covers every subcommand including itself.
void setup_completion(CLI::App& app);

}  // namespace advisor::cli
