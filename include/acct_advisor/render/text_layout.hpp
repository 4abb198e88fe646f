#pragma once
// Laying out text in a terminal: display width (CJK characters take two columns), wrapping
// to a width, and a bordered table. Borders are ASCII because box-drawing characters are
// "ambiguous width" and render two columns wide in many CJK terminals, breaking alignment.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace advisor {

/// Columns the text occupies in a terminal. Invalid UTF-8 bytes count one column each, so
/// bad input can never make a width negative or a loop stall.
std::size_t display_width(std::string_view text);

/// Splits text into lines no wider than width. Breaks at spaces, or between CJK characters
/// (which need no spaces), never before closing punctuation; a word longer than the width is
/// broken where it must be. Explicit newlines are kept. Always returns at least one line.
std::vector<std::string> wrap(std::string_view text, std::size_t width);

/// Pads with spaces on the right to the given display width.
std::string pad_right(std::string_view text, std::size_t width);

struct TableStyle {
  bool color = false;  ///< ANSI bold header; only on a terminal, never with NO_COLOR.
};

/// A bordered table. Cells wrap within their column; the widths are chosen to fit max_width
/// where possible (each column keeps at least min_widths[i] columns).
class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
  void add_row(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  /// Column widths that fit max_width: narrow columns keep their natural width; the space left
  /// is shared among the wide ones in proportion to their content.
  std::vector<std::size_t> fit_widths(std::size_t max_width) const;
  std::string render(std::size_t max_width, const TableStyle& style) const;

 private:
  /// The widest run that wrapping cannot break (a word; CJK breaks anywhere).
  std::size_t longest_word(std::size_t column) const;

  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

/// Appends `text` wrapped to `width`: the first line after `first_prefix`, the others indented
/// as far (a label with its text hanging under it).
void append_wrapped(std::string& out, std::string_view first_prefix, std::string_view text,
                    std::size_t width);

}  // namespace advisor
