#pragma once
// Habits people bring from git and most command-line tools that CLI11 does not have on its
// own: `help [COMMAND]`, and `--version` after a command. Kept apart from main so each convention
// is one small function.

#include <string>
#include <vector>

namespace advisor::cli {

/// Rewrites the arguments (without the program name) into what CLI11 parses:
/// `help` → `--help`, `help COMMAND …` → `COMMAND --help`, and `COMMAND … --version` →
/// `--version` (the version is the program's, whichever command it follows). Anything after
/// `--` is left alone: it is an operand, not a request.
std::vector<std::string> apply_argv_conventions(std::vector<std::string> args);

}  // namespace advisor::cli
