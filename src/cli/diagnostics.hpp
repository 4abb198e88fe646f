#pragma once
// The lines the program writes on stderr about the run itself: an error, a warning or a note,
// each one line starting with the program's name and worded in the run's language (--lang, else
// the locale): "acct-advisor: error: ..." in English, "acct-advisor：错误：..." in Chinese, as a
// Chinese user's other tools (git, gcc) say it. The words are the catalogue's; these are the only
// places the lines are put together. Scripts rely on the exit code, or ask for the English text
// with --lang en or LC_ALL=C.

#include <cstddef>
#include <string>
#include <string_view>

#include "acct_advisor/lang.hpp"

namespace advisor::cli {

/// An error line never grows past this, whatever it quotes (each quoted value is capped where
/// it is quoted; this catches the rest, such as CLI11 quoting a whole 10 KB argument).
inline constexpr std::size_t kMaxErrorBytes = 1000;

/// The line for an error, a warning or a note in `lang`, without its newline. `message` is shown
/// as terminal_value shows it (control bytes escaped, capped at `max_bytes`).
std::string error_line(std::string_view message, Lang lang, std::size_t max_bytes = kMaxErrorBytes);
std::string warning_line(std::string_view message, Lang lang);
std::string note_line(std::string_view message, Lang lang);

/// Prints the line on stderr in the run's language (run_lang()), after flushing stdout so the
/// line comes after what the run printed before it.
void print_error(std::string_view message, std::size_t max_bytes = kMaxErrorBytes);
void print_warning(std::string_view message);
void print_note(std::string_view message);

}  // namespace advisor::cli
