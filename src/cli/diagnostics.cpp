#include "diagnostics.hpp"

#include <cstdio>

#include <fmt/format.h>

#include "acct_advisor/messages.hpp"
#include "acct_advisor/terminal_text.hpp"
#include "cli_support.hpp"

namespace advisor::cli {
namespace {

// The program's name stays as it is typed in every language.
constexpr std::string_view kProgram = "acct-advisor";

// Messages echo what the user typed, which may be anything. Each value is escaped once, where a
// message quotes it (terminal_value: ESC, BEL or CR show as \x1b, \x07, \r, invalid UTF-8 as
// U+FFFD, the value capped). Here the whole message goes through the same escaper only as a
// guard for a raw control byte that slipped through and to cap the line: the escaper leaves
// backslashes and its own escapes as they are, so an escaped value is not escaped again (a
// backslash the user typed shows once; tests/cli usage.escape-once).
std::string line(Msg id, std::string_view message, Lang lang, std::size_t max_bytes) {
  return msg(lang, id, fmt::arg("program", kProgram),
             fmt::arg("message", terminal_value(message, max_bytes)));
}

void print(const std::string& text) {
  std::fflush(stdout);
  std::fprintf(stderr, "%s\n", text.c_str());
}

}  // namespace

std::string error_line(std::string_view message, Lang lang, std::size_t max_bytes) {
  return line(Msg::kLineError, message, lang, max_bytes);
}

std::string warning_line(std::string_view message, Lang lang) {
  return line(Msg::kLineWarning, message, lang, kNoLengthCap);
}

std::string note_line(std::string_view message, Lang lang) {
  return line(Msg::kLineNote, message, lang, kNoLengthCap);
}

void print_error(std::string_view message, std::size_t max_bytes) {
  print(error_line(message, run_lang(), max_bytes));
}

void print_warning(std::string_view message) {
  print(warning_line(message, run_lang()));
}

void print_note(std::string_view message) {
  print(note_line(message, run_lang()));
}

}  // namespace advisor::cli
