#pragma once
// Laying out text in a terminal: display width (CJK characters take two columns), wrapping
// to a width, and a bordered table. Every table the tool prints goes through TextTable.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace advisor {

/// Columns the text occupies in a terminal. Invalid UTF-8 bytes count one column each, so
/// bad input can never make a width negative or a loop stall.
std::size_t display_width(std::string_view text);

/// Splits text into lines no wider than width. Breaks at spaces, after a hyphen or slash, or
/// between the characters of a CJK sentence (which needs no spaces), never before closing
/// punctuation. Only when a line holds no such break: an id breaks after `_`, then a short CJK
/// word (a run without spaces of at most eight characters, "水果店") between its characters, then
/// a word is cut where it must be. Explicit newlines are kept. Always returns at least one line.
/// labels: the text is a label (a name, a row's heading), so a CJK run without clause
/// punctuation of up to twelve characters ("企业身份展示与认证") is a word too, broken only when
/// it cannot fit: first at a natural break (after 、 ／ /, at a zero-width space, before a
/// bracket), then between any two characters.
std::vector<std::string> wrap(std::string_view text, std::size_t width, bool labels = false);

/// Pads with spaces on the right to the given display width.
std::string pad_right(std::string_view text, std::size_t width);

/// Whether the locale's character set is UTF-8, by the POSIX order: the first of LC_ALL,
/// LC_CTYPE and LANG that is set and not empty decides ("zh_CN.UTF-8", "C.utf8"; "C" or none:
/// no). Arguments may be null.
bool locale_is_utf8(const char* lc_all, const char* lc_ctype, const char* lang);

struct TableStyle {
  bool color = false;  ///< ANSI bold header; only on a terminal, never with NO_COLOR.
  /// Box-drawing lines (─│┌┼┘) for a UTF-8 terminal; ASCII (+-|) otherwise, or for --ascii.
  /// They are "ambiguous width" in Unicode: a CJK terminal set to draw them two columns wide
  /// misaligns them, which is what --ascii is for.
  bool box_drawing = false;
};

/// A bordered table. Cells wrap within their column; the widths are chosen by content to fit
/// max_width (see fit_widths).
class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
  void add_row(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  /// Column widths (text only, without borders and padding) for a table at most max_width wide.
  /// A table that fits keeps each column's natural width. Otherwise each column gets at least
  /// its longest id, word or CJK label (where the terminal is too narrow for all of those, the
  /// widest column gives way first: ids split at `_` and labels at a natural break, after 、／
  /// or before a bracket, then CJK words anywhere, then anything); the rest goes where it saves
  /// the most lines. No column is ever wider than its
  /// widest line.
  std::vector<std::size_t> fit_widths(std::size_t max_width) const;
  std::string render(std::size_t max_width, const TableStyle& style) const;

 private:
  /// What a column needs: its widest line unwrapped, and the least width with which wrapping
  /// needs no break worse than each level (good breaks only; `_` and natural breaks in CJK
  /// labels too; CJK words anywhere too; any).
  struct Needs {
    static constexpr std::size_t kLevels = 4;
    std::size_t natural = 0;
    std::size_t least[kLevels] = {};
  };
  Needs needs(std::size_t column, bool labels) const;
  /// For each column, whether it holds labels: every line of every cell is a CJK run short
  /// enough for a label and without clause punctuation (a column of names or row headings), so
  /// its labels are kept whole as words (see wrap).
  std::vector<bool> label_columns() const;
  /// Lines of a cell at a width; row 0 is the header.
  std::size_t lines_at(std::size_t row, std::size_t column, std::size_t width, bool labels) const;
  void share_out(std::vector<std::size_t>& widths, const std::vector<std::size_t>& natural,
                 std::size_t budget, const std::vector<bool>& labels) const;

  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

/// Appends `text` wrapped to `width`: the first line after `first_prefix`, the others indented
/// as far (a label with its text hanging under it).
void append_wrapped(std::string& out, std::string_view first_prefix, std::string_view text,
                    std::size_t width);

/// Appends `text` wrapped to `width`: the first line after `first_prefix`, the others after
/// `indent` spaces whatever the prefix's length, so the text of a section lines up however
/// long its labels are.
void append_hanging(std::string& out, std::string_view first_prefix, std::string_view text, std::size_t width,
                    std::size_t indent);

}  // namespace advisor
