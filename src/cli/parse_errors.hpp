#pragma once
// CLI11's parse errors, reworded at the edge in the run's language: CLI11 words its messages in
// English only, so each exception type is recognised by its type and the fixed shape of its
// text, and its parts (the flag's name, the user's value) are put into the catalogue's message.

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "acct_advisor/lang.hpp"

namespace advisor::cli {

/// The one-line message for a parse error, with a suggestion for a mistyped option. Unescaped:
/// the caller prints it through the terminal escaper.
std::string describe_parse_error(const CLI::ParseError& error, const CLI::App& app, Lang lang);

/// For a first word that is not a command (a mistyped one: CLI11 would only say a subcommand is
/// required), the message naming it with a suggestion; "" when the word is a command or a flag.
std::string unknown_command(const CLI::App& app, std::string_view word, Lang lang);

/// The command whose help answers a parse error: "acct-advisor completion" once CLI11 entered
/// that subcommand, else "acct-advisor".
std::string help_command(const CLI::App& app);

}  // namespace advisor::cli
