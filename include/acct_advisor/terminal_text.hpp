#pragma once
// The one escaper for text that reaches a terminal or a log: what users typed (flags, paths,
// batch ids, wizard answers) and what data files hold. In core, because core's messages quote
// user input; render/escape.hpp re-exports it beside the markup escaper.
//
// Control characters become visible escapes instead of acting: ESC shows as \x1b, BEL as \x07,
// CR as \r, DEL as \x7f, and the C1 controls (U+0080..U+009F, which some terminals obey as
// ESC sequences) as \u009b. Invalid UTF-8 becomes U+FFFD, so the result is always valid text.
// A length cap cuts between characters, never inside one or inside an escape, and ends with
// "…" so the reader knows there was more.

#include <cstddef>
#include <string>
#include <string_view>

namespace advisor {

inline constexpr std::size_t kNoLengthCap = static_cast<std::size_t>(-1);
/// How much of a path a message quotes: enough to recognise it, never a 10 KB line.
inline constexpr std::size_t kShownPathBytes = 200;
/// How much of a typed value (a flag's value, a wizard answer, a field) a message quotes.
inline constexpr std::size_t kShownValueBytes = 60;

/// What terminal_safe keeps as it is.
enum class TerminalLines {
  kKeep,    ///< a block of text (a report): line feeds and tabs stay
  kEscape,  ///< one value or one line (a quoted answer, an error line): \n and \t escaped too
};

/// Appends `text` made safe for a terminal to `out`. At most `max_bytes` bytes of `text` are
/// shown (cut at a character boundary, then "…").
void append_terminal_safe(std::string& out, std::string_view text, std::size_t max_bytes = kNoLengthCap,
                          TerminalLines lines = TerminalLines::kKeep);

/// A block of text for a terminal: line feeds and tabs kept, everything else as above.
std::string terminal_safe(std::string_view text, std::size_t max_bytes = kNoLengthCap);

/// One value to quote in a message ("got '...'"): nothing in it can start a new line.
std::string terminal_value(std::string_view text, std::size_t max_bytes);

}  // namespace advisor
