#include "acct_advisor/terminal_text.hpp"

#include <iterator>

#include <fmt/format.h>

#include "acct_advisor/utf8.hpp"

namespace advisor {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";     // U+2026, "…"

// The visible form of the ASCII control byte c: the C escapes a reader knows, else \xNN.
void append_control(std::string& out, unsigned char c) {
  switch (c) {
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default:
      fmt::format_to(std::back_inserter(out), "\\x{:02x}", c);
  }
}

// U+0080..U+009F, encoded C2 80..C2 9F: C1 controls (0x9B is CSI, as ESC [ ).
bool c1_control(std::string_view seq) {
  return seq.size() == 2 && static_cast<unsigned char>(seq[0]) == 0xC2 &&
         static_cast<unsigned char>(seq[1]) <= 0x9F;
}

}  // namespace

void append_terminal_safe(std::string& out, std::string_view text, std::size_t max_bytes,
                          TerminalLines lines) {
  const bool keep_lines = lines == TerminalLines::kKeep;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t length = c < 0x80 ? 1 : utf8_sequence_length(text, i);
    const std::size_t n = length == 0 ? 1 : length;  // an invalid byte is one character, U+FFFD
    if (i + n > max_bytes) break;                    // i + n <= text.size(): no overflow
    if (length == 0) {
      out += kReplacement;
    } else if (c < 0x80) {
      if ((c >= 0x20 && c != 0x7F) || (keep_lines && (c == '\n' || c == '\t')))
        out += static_cast<char>(c);
      else
        append_control(out, c);
    } else if (const std::string_view seq = text.substr(i, n); c1_control(seq)) {
      fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned char>(seq[1]));
    } else {
      out += seq;
    }
    i += n;
  }
  if (i < text.size()) out += kEllipsis;
}

std::string terminal_safe(std::string_view text, std::size_t max_bytes) {
  std::string out;
  out.reserve(text.size());
  append_terminal_safe(out, text, max_bytes, TerminalLines::kKeep);
  return out;
}

std::string terminal_value(std::string_view text, std::size_t max_bytes) {
  std::string out;
  append_terminal_safe(out, text, max_bytes, TerminalLines::kEscape);
  return out;
}

}  // namespace advisor
