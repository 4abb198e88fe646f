#include "acct_advisor/render/text_layout.hpp"

#include <algorithm>
#include <numeric>

#include <utf8proc.h>

namespace advisor {
namespace {

struct Glyph {
  std::size_t begin;  // byte offset
  std::size_t length;
  std::size_t width;
  utf8proc_int32_t cp;
};

std::vector<Glyph> glyphs(std::string_view text) {
  std::vector<Glyph> out;
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {  // invalid byte: one column, so it is visible and progress is guaranteed
      out.push_back({i, 1, 1, 0xFFFD});
      ++i;
      continue;
    }
    const int w = utf8proc_charwidth(cp);
    out.push_back({i, static_cast<std::size_t>(n), static_cast<std::size_t>(std::max(w, 0)), cp});
    i += static_cast<std::size_t>(n);
  }
  return out;
}

bool is_wide(const Glyph& g) {
  return g.width >= 2;
}

// Characters a line must not start with (Chinese and ASCII closing punctuation).
bool no_break_before(utf8proc_int32_t cp) {
  static const utf8proc_int32_t kClosers[] = {0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0xFF09,
                                              0x300D, 0x300F, 0x201D, 0x2019, 0x3011, ',',    '.',    ';',
                                              ':',    '!',    '?',    ')',    ']',    '%'};
  return std::find(std::begin(kClosers), std::end(kClosers), cp) != std::end(kClosers);
}

bool is_ascii_alnum(utf8proc_int32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

// Characters a line must not end with (opening brackets and quotes).
bool no_break_after(utf8proc_int32_t cp) {
  static const utf8proc_int32_t kOpeners[] = {0xFF08, 0x300C, 0x300E, 0x201C, 0x2018,
                                              0x3010, 0x300A, '(',    '['};
  return std::find(std::begin(kOpeners), std::end(kOpeners), cp) != std::end(kOpeners);
}

// Where a line may break before glyph i: at spaces, after a hyphen or slash inside a word, and
// between CJK characters (which need no spaces); never inside a number with its CJK unit
// ("1万") or an ordinal ("第4项"), before closing punctuation or after an opening bracket.
bool can_break_before(const std::vector<Glyph>& gs, std::size_t i) {
  if (i == 0 || i >= gs.size()) return false;
  const Glyph& prev = gs[i - 1];
  const Glyph& cur = gs[i];
  if (no_break_before(cur.cp) || no_break_after(prev.cp)) return false;
  if (prev.cp == ' ' || cur.cp == ' ') return true;
  if ((prev.cp == '-' || prev.cp == '/') && is_ascii_alnum(cur.cp) && i >= 2 && is_ascii_alnum(gs[i - 2].cp))
    return true;
  if (prev.cp >= '0' && prev.cp <= '9' && is_wide(cur)) return false;
  // An ordinal stays whole: 第4项, not 第|4项.
  constexpr utf8proc_int32_t kOrdinal = 0x7B2C;  // 第
  if (prev.cp == kOrdinal && cur.cp >= '0' && cur.cp <= '9') return false;
  return is_wide(cur) || is_wide(prev);
}

void wrap_paragraph(std::string_view text, std::size_t width, std::vector<std::string>& lines) {
  const auto gs = glyphs(text);
  std::size_t start = 0;  // glyph index where the current line begins
  while (start < gs.size()) {
    while (start < gs.size() && gs[start].cp == ' ') ++start;  // no leading blanks on a wrapped line
    if (start == gs.size()) break;
    std::size_t used = 0;
    std::size_t end = start;
    std::size_t last_break = 0;  // glyph index to break before; 0 = none found yet
    while (end < gs.size() && used + gs[end].width <= width) {
      if (end > start && can_break_before(gs, end)) last_break = end;
      used += gs[end].width;
      ++end;
    }
    if (end < gs.size()) {
      if (can_break_before(gs, end)) last_break = end;
      if (last_break > start) {
        end = last_break;
      } else {
        // No break opportunity: cut the word, but not right before closing punctuation.
        while (end > start + 1 && no_break_before(gs[end].cp)) --end;
      }
      if (end == start) end = start + 1;  // a glyph wider than the column: emit it alone
    }
    std::size_t trim = end;
    while (trim > start && gs[trim - 1].cp == ' ') --trim;
    const std::size_t from = gs[start].begin;
    const std::size_t to = trim > start ? gs[trim - 1].begin + gs[trim - 1].length : from;
    lines.emplace_back(text.substr(from, to - from));
    start = end;
  }
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t total = 0;
  for (const auto& g : glyphs(text)) total += g.width;
  return total;
}

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
  width = std::max<std::size_t>(width, 1);
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (true) {
    const auto nl = text.find('\n', pos);
    const auto paragraph = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    const auto before = lines.size();
    wrap_paragraph(paragraph, width, lines);
    if (lines.size() == before) lines.emplace_back();
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

std::string pad_right(std::string_view text, std::size_t width) {
  std::string out(text);
  const auto w = display_width(text);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::size_t TextTable::longest_word(std::size_t column) const {
  std::size_t longest = 0;
  auto scan = [&](const std::vector<std::string>& row) {
    if (column >= row.size()) return;
    std::size_t run = 0;  // width of the current run that has no break opportunity
    for (const auto& g : glyphs(row[column])) {
      if (g.cp == ' ' || g.cp == '\n' || g.cp == '-' || g.cp == '/' || is_wide(g)) {
        longest = std::max({longest, run, is_wide(g) ? g.width : 0});
        run = 0;
      } else {
        run += g.width;
      }
    }
    longest = std::max(longest, run);
  };
  scan(header_);
  for (const auto& row : rows_) scan(row);
  return longest;
}

std::vector<std::size_t> TextTable::fit_widths(std::size_t max_width) const {
  const std::size_t n = header_.size();
  std::vector<std::size_t> natural(n, 1);
  auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t c = 0; c < n && c < row.size(); ++c) {
      for (const auto& line : wrap(row[c], 1000000)) natural[c] = std::max(natural[c], display_width(line));
    }
  };
  measure(header_);
  for (const auto& row : rows_) measure(row);
  const std::size_t chrome = 3 * n + 1;  // "| " + " | " between + " |"
  const std::size_t total = std::accumulate(natural.begin(), natural.end(), chrome);
  if (total <= max_width) return natural;
  // Too wide. Narrow columns (numbers, short labels) keep their natural width; the room left is
  // shared among the wide ones in proportion to how much text they hold, so a column of long
  // descriptions gets more than a column of short names.
  const std::size_t budget = max_width > chrome ? max_width - chrome : 0;
  constexpr std::size_t kNarrow = 10;
  std::vector<std::size_t> widths = natural;
  std::vector<double> weight(n, 0);
  std::size_t fixed = 0;
  double weight_sum = 0;
  for (std::size_t c = 0; c < n; ++c) {
    if (natural[c] <= kNarrow) {
      fixed += natural[c];
      continue;
    }
    for (const auto& row : rows_)
      weight[c] += c < row.size() ? static_cast<double>(display_width(row[c])) : 0;
    weight[c] = std::max(weight[c], 1.0);
    weight_sum += weight[c];
  }
  const std::size_t room = budget > fixed ? budget - fixed : 0;
  std::vector<std::size_t> min_widths(n, 0);
  for (std::size_t c = 0; c < n; ++c) {
    if (weight[c] == 0) continue;
    const auto share = static_cast<std::size_t>(static_cast<double>(room) * weight[c] / weight_sum);
    // Never so narrow that an ordinary word must be cut in two.
    const std::size_t min_width =
        std::clamp<std::size_t>(longest_word(c), kNarrow, std::max<std::size_t>(16, budget / 4));
    min_widths[c] = std::min(min_width, natural[c]);
    widths[c] = std::clamp<std::size_t>(share, min_widths[c], natural[c]);
  }
  // Minimum widths may have pushed past the budget: take the excess from the column with the
  // most room for its text, so the column holding the most text keeps the most width. Columns
  // at their minimum give way last, so an id or a word is cut only when nothing else can give.
  while (std::accumulate(widths.begin(), widths.end(), std::size_t{0}) > budget) {
    std::size_t pick = n;
    double most = 0;
    for (const bool below_minimum : {false, true}) {
      for (std::size_t c = 0; c < n; ++c) {  // narrow columns (weight 0) are left whole
        if (weight[c] == 0 || widths[c] <= 8 || (!below_minimum && widths[c] <= min_widths[c])) continue;
        const double room_per_text = static_cast<double>(widths[c]) / weight[c];
        if (pick == n || room_per_text > most) pick = c, most = room_per_text;
      }
      if (pick != n) break;
    }
    if (pick == n) {
      const auto widest = std::max_element(widths.begin(), widths.end());
      if (*widest <= 4) break;  // a terminal this narrow gets an overflowing table, not an unreadable one
      pick = static_cast<std::size_t>(widest - widths.begin());
    }
    --widths[pick];
  }
  return widths;
}

std::string TextTable::render(std::size_t max_width, const TableStyle& style) const {
  const auto widths = fit_widths(max_width);
  std::string rule = "+";
  for (auto w : widths) rule += std::string(w + 2, '-') + "+";
  rule += '\n';
  std::string out = rule;
  auto emit = [&](const std::vector<std::string>& row, bool header) {
    std::vector<std::vector<std::string>> cells;
    std::size_t height = 1;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      cells.push_back(wrap(c < row.size() ? row[c] : "", widths[c]));
      height = std::max(height, cells.back().size());
    }
    for (std::size_t l = 0; l < height; ++l) {
      out += '|';
      for (std::size_t c = 0; c < widths.size(); ++c) {
        const std::string text = l < cells[c].size() ? cells[c][l] : "";
        out += ' ';
        if (header && style.color) out += "\x1b[1m";
        out += pad_right(text, widths[c]);
        if (header && style.color) out += "\x1b[0m";
        out += " |";
      }
      out += '\n';
    }
    out += rule;
  };
  emit(header_, true);
  for (const auto& row : rows_) emit(row, false);
  return out;
}

// Indents wrapped text under a label, so long reasons stay readable in a narrow terminal: the
// first line starts with `first_prefix`, the others with as many spaces.
void append_wrapped(std::string& out, std::string_view first_prefix, std::string_view text,
                    std::size_t width) {
  const std::size_t indent = display_width(first_prefix);
  const std::size_t room = width > indent + 20 ? width - indent : 20;
  bool first = true;
  for (const auto& line : wrap(text, room)) {
    out += first ? std::string(first_prefix) : std::string(indent, ' ');
    out += line + "\n";
    first = false;
  }
}

}  // namespace advisor
