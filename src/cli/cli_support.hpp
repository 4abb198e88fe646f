#pragma once
// What every subcommand shares: the data source (--data / ACCT_ADVISOR_DATA), the language
// (--lang / locale), terminal facts, and output that fails loudly when it cannot be written.

#include <memory>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "acct_advisor/data_source.hpp"
#include "acct_advisor/lang.hpp"

namespace advisor::cli {

struct CommonOptions {
  std::string data_dir;  ///< empty: the data built into the binary
  std::string lang;      ///< empty: from the locale
};

/// Adds --data and --lang to a subcommand.
void add_common_options(CLI::App& sub, CommonOptions& options);

std::unique_ptr<DataSource> open_data(const CommonOptions& options);
Lang resolve_lang(const CommonOptions& options);

/// Terminal width: COLUMNS, else the terminal's, else 100.
std::size_t terminal_width();
/// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
bool use_color();
bool stdin_is_tty();

/// Writes to stdout; throws OutputError if the write fails (e.g. disk full).
void write_out(std::string_view text);
/// Flushes stdout; throws OutputError on failure. Called once before exit.
void flush_out();

/// Writes a file atomically: a temporary file beside it, then rename, so a reader never sees
/// half a file and a failed run leaves any old file as it was. Throws OutputError.
void write_file_atomically(const std::string& path, std::string_view contents);

}  // namespace advisor::cli
