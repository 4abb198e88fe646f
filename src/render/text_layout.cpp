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

// Chinese has no spaces, so which runs are words is a guess from their shape. A run of text
// without spaces that holds a CJK character is a word or a label, broken between its characters
// only when it cannot fit on a line, when it is no wider than this ("水果店", "高（讲座）"; eight
// characters at most) ...
constexpr std::size_t kShortCjkWord = 16;
// ... or, in a label (a name, a row's heading: see wrap's `labels`) and holding no clause
// punctuation (，；。：！？), no wider than this: "企业身份展示与认证", "每号每天可加客户数" (twelve
// characters at most). Other runs are sentences, broken between any two characters: in a
// sentence, a clause without punctuation is no word.
constexpr std::size_t kLongestCjkLabel = 24;

constexpr utf8proc_int32_t kEnumerationComma = 0x3001;  // 、

bool is_clause_punctuation(utf8proc_int32_t cp) {
  static const utf8proc_int32_t kClause[] = {0xFF0C, 0xFF1B, 0x3002, 0xFF1A, 0xFF01, 0xFF1F};
  return std::find(std::begin(kClause), std::end(kClause), cp) != std::end(kClause);
}

// Inside a word, the places where it divides naturally: after 、 ／ / or a zero-width space the
// data puts between words (U+200B), and before an opening bracket ("获客助手|（获客链接）").
bool natural_break(utf8proc_int32_t prev, utf8proc_int32_t cur) {
  constexpr utf8proc_int32_t kFullWidthSlash = 0xFF0F, kZeroWidthSpace = 0x200B;
  return prev == kEnumerationComma || prev == kFullWidthSlash || prev == '/' || prev == kZeroWidthSpace ||
         (no_break_after(cur) && cur >= 0x80);
}

// How good a place to break a line is. Better ones win; a worse one is used only when the line
// has no better one.
enum class Break {
  kNever,      // inside a number with its unit ("1万"), an ordinal ("第4项"), before a closer
  kCut,        // inside an ASCII word: only when a line holds nothing else
  kInCjkWord,  // between the characters of a short CJK word: the last resort before a cut
  kNatural,    // after `_` in an id (wealth_|management), at a natural break of a CJK word
               // (水果、|生鲜): before splitting a word between any two characters
  kGood,       // at a space, after a hyphen or slash, between the characters of a CJK sentence
};

// A paragraph's glyphs and, for each, the short CJK word it belongs to (npos: none).
struct Paragraph {
  std::vector<Glyph> gs;
  std::vector<std::size_t> word;

  explicit Paragraph(std::string_view text, bool labels = false) : gs(glyphs(text)), word(gs.size(), npos) {
    std::size_t i = 0;
    while (i < gs.size()) {
      if (gs[i].cp == ' ') {
        ++i;
        continue;
      }
      std::size_t end = i, width = 0;
      bool cjk = false, clause = false, enumeration = false;
      for (; end < gs.size() && gs[end].cp != ' '; ++end) {
        width += gs[end].width;
        cjk = cjk || is_wide(gs[end]);
        clause = clause || is_clause_punctuation(gs[end].cp);
        enumeration = enumeration || gs[end].cp == kEnumerationComma;
      }
      if (cjk && (width <= kShortCjkWord || (labels && !clause && width <= kLongestCjkLabel)))
        mark_word(i, end);
      else if (cjk && enumeration && !clause)
        mark_list_items(i, end);
      i = end;
    }
  }

  void mark_word(std::size_t from, std::size_t to) {
    std::fill(word.begin() + static_cast<std::ptrdiff_t>(from),
              word.begin() + static_cast<std::ptrdiff_t>(to), from);
  }

  // A long run that is a list, not a sentence ("生鲜食品、蔬菜、肉禽蛋、农产品": 、 and no clause
  // punctuation): each short item is a word of its own, so the list breaks between items.
  void mark_list_items(std::size_t from, std::size_t to) {
    for (std::size_t item = from; item < to;) {
      std::size_t end = item, width = 0;
      while (end < to && gs[end].cp != kEnumerationComma) width += gs[end++].width;
      if (end < to) width += gs[end++].width;  // the 、 stays with its item
      if (width <= kShortCjkWord) mark_word(item, end);
      item = end;
    }
  }

  bool lone_dash(std::size_t j) const {
    return gs[j].cp == '-' && (j == 0 || !is_ascii_alnum(gs[j - 1].cp)) && j + 1 < gs.size() &&
           gs[j + 1].cp == ' ';
  }

  // The kind of break before glyph i.
  Break before(std::size_t i) const {
    if (i == 0 || i >= gs.size()) return Break::kNever;
    const Glyph& prev = gs[i - 1];
    const Glyph& cur = gs[i];
    if (no_break_before(cur.cp) || no_break_after(prev.cp)) return Break::kNever;
    // A lone "-" (standard input or output, "- 表示标准输入") stays with the words it stands for.
    if ((cur.cp == ' ' && lone_dash(i - 1)) || (prev.cp == ' ' && i >= 2 && lone_dash(i - 2)))
      return Break::kNever;
    if (prev.cp == ' ' || cur.cp == ' ' || (lone_dash(i) && is_wide(prev))) return Break::kGood;
    if ((prev.cp == '-' || prev.cp == '/') && is_ascii_alnum(cur.cp) && i >= 2 &&
        is_ascii_alnum(gs[i - 2].cp))
      return Break::kGood;
    if (prev.cp >= '0' && prev.cp <= '9' && is_wide(cur)) return Break::kNever;
    // An ordinal stays whole: 第4项, not 第|4项; so does a date: 2026年1月5日, not 2026年1月|5日.
    constexpr utf8proc_int32_t kOrdinal = 0x7B2C, kYear = 0x5E74, kMonth = 0x6708;  // 第 年 月
    if ((prev.cp == kOrdinal || prev.cp == kYear || prev.cp == kMonth) && cur.cp >= '0' && cur.cp <= '9')
      return Break::kNever;
    if (is_wide(cur) || is_wide(prev)) {
      if (word[i] == npos) return Break::kGood;
      if (word[i - 1] != npos && word[i - 1] != word[i]) return Break::kGood;  // between list items
      return natural_break(prev.cp, cur.cp) ? Break::kNatural : Break::kInCjkWord;
    }
    if (prev.cp == '_' && cur.cp != '_') return Break::kNatural;
    return Break::kCut;
  }

  // The widest run that breaks of at least `allowed` do not split: the narrowest column that
  // needs nothing worse. Spaces at a break are dropped, so they do not count.
  std::size_t longest_run(Break allowed) const {
    std::size_t longest = 0, run = 0;
    for (std::size_t i = 0; i < gs.size(); ++i) {
      if (i > 0 && before(i) >= allowed) run = 0;
      run = gs[i].cp == ' ' ? 0 : run + gs[i].width;
      longest = std::max(longest, run);
    }
    return longest;
  }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

// Greedy wrapping: each line takes as much as fits and breaks at the best break it holds.
void wrap_paragraph(std::string_view text, std::size_t first_width, std::size_t width,
                    std::vector<std::string>& lines, bool labels) {
  const Paragraph p(text, labels);
  const auto& gs = p.gs;
  std::size_t start = 0;  // glyph index where the current line begins
  while (start < gs.size()) {
    while (start < gs.size() && gs[start].cp == ' ') ++start;  // no leading blanks on a wrapped line
    if (start == gs.size()) break;
    const std::size_t room = lines.empty() ? first_width : width;
    std::size_t used = 0;
    std::size_t end = start;
    // The last break of each kind on this line; 0: none.
    std::size_t last[static_cast<int>(Break::kGood) + 1] = {};
    auto note = [&](std::size_t i) {
      const Break b = p.before(i);
      if (b != Break::kNever) last[static_cast<int>(b)] = i;
    };
    while (end < gs.size() && used + gs[end].width <= room) {
      if (end > start) note(end);
      used += gs[end].width;
      ++end;
    }
    if (end < gs.size()) {
      note(end);
      std::size_t chosen = 0;
      for (const Break b : {Break::kGood, Break::kNatural, Break::kInCjkWord})
        if (chosen <= start) chosen = last[static_cast<int>(b)];
      if (chosen > start) {
        end = chosen;
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

std::vector<std::string> wrap_lines(std::string_view text, std::size_t first_width, std::size_t width,
                                    bool labels = false) {
  first_width = std::max<std::size_t>(first_width, 1);
  width = std::max<std::size_t>(width, 1);
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (true) {
    const auto nl = text.find('\n', pos);
    const auto paragraph = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    const auto before = lines.size();
    wrap_paragraph(paragraph, lines.empty() ? first_width : width, width, lines, labels);
    if (lines.size() == before) lines.emplace_back();
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

// Calls f on each paragraph (the text between explicit newlines) of a cell.
template <typename F>
void for_each_paragraph(std::string_view text, F f) {
  std::size_t pos = 0;
  while (true) {
    const auto nl = text.find('\n', pos);
    f(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t total = 0;
  for (const auto& g : glyphs(text)) total += g.width;
  return total;
}

std::vector<std::string> wrap(std::string_view text, std::size_t width, bool labels) {
  return wrap_lines(text, width, width, labels);
}

// Whether a line of a cell could be a label: each run without spaces that holds a CJK character
// is no wider than a label and has no clause punctuation.
bool label_line(std::string_view text) {
  std::size_t run = 0;
  for (const auto& g : glyphs(text)) {
    if (g.cp == ' ') {
      run = 0;
      continue;
    }
    run += g.width;
    if (is_clause_punctuation(g.cp) || (run > kLongestCjkLabel && is_wide(g))) return false;
  }
  return true;
}

bool locale_is_utf8(const char* lc_all, const char* lc_ctype, const char* lang) {
  for (const char* value : {lc_all, lc_ctype, lang}) {
    if (value == nullptr || *value == '\0') continue;
    std::string lower(value);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return lower.find("utf-8") != std::string::npos || lower.find("utf8") != std::string::npos;
  }
  return false;
}

std::string pad_right(std::string_view text, std::size_t width) {
  std::string out(text);
  const auto w = display_width(text);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::vector<bool> TextTable::label_columns() const {
  std::vector<bool> labels(header_.size(), true);
  for (std::size_t c = 0; c < labels.size(); ++c) {
    auto check = [&](const std::vector<std::string>& row) {
      if (c < row.size())
        for_each_paragraph(row[c], [&](std::string_view text) { labels[c] = labels[c] && label_line(text); });
    };
    for (const auto& row : rows_) check(row);  // the header is a label whatever the column holds
  }
  return labels;
}

TextTable::Needs TextTable::needs(std::size_t column, bool labels) const {
  Needs n;
  auto scan = [&](const std::vector<std::string>& row) {
    if (column >= row.size()) return;
    for_each_paragraph(row[column], [&](std::string_view text) {
      const Paragraph p(text, labels);
      n.natural = std::max(n.natural, display_width(text));
      for (std::size_t level = 0; level < Needs::kLevels; ++level) {
        static constexpr Break kAllowed[Needs::kLevels] = {Break::kGood, Break::kNatural, Break::kInCjkWord,
                                                           Break::kCut};
        n.least[level] = std::max(n.least[level], p.longest_run(kAllowed[level]));
      }
    });
  };
  scan(header_);
  for (const auto& row : rows_) scan(row);
  n.natural = std::max<std::size_t>(n.natural, 1);
  for (auto& least : n.least) least = std::clamp<std::size_t>(least, 1, n.natural);
  return n;
}

std::size_t TextTable::lines_at(std::size_t row, std::size_t column, std::size_t width, bool labels) const {
  const auto& cells = row == 0 ? header_ : rows_[row - 1];
  return column < cells.size() ? wrap(cells[column], width, labels).size() : 1;
}

std::vector<std::size_t> TextTable::fit_widths(std::size_t max_width) const {
  const std::size_t n = header_.size();
  const std::vector<bool> labels = label_columns();
  std::vector<Needs> need;
  need.reserve(n);
  for (std::size_t c = 0; c < n; ++c) need.push_back(needs(c, labels[c]));
  std::vector<std::size_t> natural;
  natural.reserve(n);
  for (const auto& x : need) natural.push_back(x.natural);
  const std::size_t chrome = 3 * n + 1;  // "| " + " | " between + " |"
  const std::size_t budget = max_width > chrome ? max_width - chrome : 0;
  if (std::accumulate(natural.begin(), natural.end(), std::size_t{0}) <= budget) return natural;

  // The least each column needs so that no id, word or short CJK label is split. While that
  // does not fit, the widest column gives way first, one kind of break at a time: ids split at
  // `_`, then CJK words between characters, then anything.
  std::vector<std::size_t> level(n, 0), widths(n);
  for (std::size_t c = 0; c < n; ++c) widths[c] = need[c].least[0];
  while (std::accumulate(widths.begin(), widths.end(), std::size_t{0}) > budget) {
    std::size_t pick = n;
    for (std::size_t c = 0; c < n; ++c)
      if (level[c] + 1 < Needs::kLevels && (pick == n || widths[c] > widths[pick])) pick = c;
    if (pick == n) return widths;  // a terminal this narrow gets an overflowing table, not an unreadable one
    widths[pick] = need[pick].least[++level[pick]];
  }
  share_out(widths, natural, budget, labels);
  // No column wider than the lines it ends up holding.
  for (std::size_t c = 0; c < n; ++c) {
    std::size_t used = 1;
    auto measure = [&](const std::vector<std::string>& row) {
      if (c < row.size())
        for (const auto& line : wrap(row[c], widths[c], labels[c]))
          used = std::max(used, display_width(line));
    };
    measure(header_);
    for (const auto& row : rows_) measure(row);
    widths[c] = std::min(widths[c], used);
  }
  return widths;
}

// Shares the room left over the minimum widths: first where a column more saves the most table
// lines, and among ways that save as many, the most wrapped cell lines (so a column whose text
// wraps gets room before one with a single long cell); then, when no column more saves either,
// in proportion to what each column still lacks of its natural width.
void TextTable::share_out(std::vector<std::size_t>& widths, const std::vector<std::size_t>& natural,
                          std::size_t budget, const std::vector<bool>& labels) const {
  const std::size_t n = widths.size(), rows = rows_.size() + 1;
  std::size_t room = budget - std::accumulate(widths.begin(), widths.end(), std::size_t{0});
  std::size_t lacking = 0;
  for (std::size_t c = 0; c < n; ++c) lacking += natural[c] - widths[c];
  // Counting lines re-wraps every cell for every width tried: fine for the tables this tool
  // prints (a few dozen rows), too slow for a 10,000-point sweep, which shares in proportion.
  constexpr std::size_t kMostWraps = 200'000;
  if (rows * lacking <= kMostWraps) {
    // lines[c][w - widths0[c]][r]: row r's lines when column c is w wide, computed when first asked.
    const std::vector<std::size_t> first = widths;
    std::vector<std::vector<std::vector<std::size_t>>> memo(n);
    auto lines = [&](std::size_t c, std::size_t w) -> const std::vector<std::size_t>& {
      auto& slot = memo[c];
      if (slot.size() <= w - first[c]) slot.resize(w - first[c] + 1);
      auto& v = slot[w - first[c]];
      if (v.empty())
        for (std::size_t r = 0; r < rows; ++r) v.push_back(lines_at(r, c, w, labels[c]));
      return v;
    };
    // Table lines first; cell lines only break ties (one table line outweighs them all).
    const std::size_t table_line = rows * n + 1;
    auto total = [&](std::size_t changed, std::size_t w) {
      std::size_t sum = 0;
      for (std::size_t r = 0; r < rows; ++r) {
        std::size_t height = 1;
        for (std::size_t c = 0; c < n; ++c) {
          const std::size_t cell = lines(c, c == changed ? w : widths[c])[r];
          height = std::max(height, cell);
          sum += cell;
        }
        sum += height * table_line;
      }
      return sum;
    };
    std::size_t current = total(n, 0);
    while (room > 0) {
      // For each column, the fewest extra columns that save a line, and the lines saved per column.
      std::size_t pick = n, pick_add = 0, pick_total = current;
      double best = 0;
      for (std::size_t c = 0; c < n; ++c) {
        const std::size_t limit = std::min(room, natural[c] - widths[c]);
        for (std::size_t add = 1; add <= limit; ++add) {
          const std::size_t t = total(c, widths[c] + add);
          if (t >= current) continue;
          const double gain = static_cast<double>(current - t) / static_cast<double>(add);
          // Ties go to the column furthest below its natural width.
          const auto squeezed = [&](std::size_t k) {
            return static_cast<double>(widths[k]) / static_cast<double>(natural[k]);
          };
          if (pick == n || gain > best || (gain == best && squeezed(c) < squeezed(pick)))
            pick = c, pick_add = add, pick_total = t, best = gain;
          break;
        }
      }
      if (pick == n) break;
      widths[pick] += pick_add;
      room -= pick_add;
      current = pick_total;
    }
    // Growing one column at a time can lock width into a column that an earlier step needed
    // more: move width between columns while that saves lines (each move lowers the total, so
    // this ends).
    const std::vector<std::size_t> least = first;
    for (bool moved = true; moved;) {
      moved = false;
      for (std::size_t from = 0; from < n && !moved; ++from) {
        for (std::size_t to = 0; to < n && !moved; ++to) {
          if (from == to) continue;
          for (std::size_t d = 1; d <= widths[from] - least[from] && widths[to] + d <= natural[to]; ++d) {
            widths[from] -= d;
            const std::size_t t = total(to, widths[to] + d);
            if (t < current) {
              widths[to] += d;
              current = t;
              moved = true;
              break;
            }
            widths[from] += d;
          }
        }
      }
    }
    lacking = 0;
    for (std::size_t c = 0; c < n; ++c) lacking += natural[c] - widths[c];
  }
  if (room == 0 || lacking == 0) return;
  const std::size_t share = std::min(room, lacking);
  std::size_t given = 0;
  for (std::size_t c = 0; c < n; ++c) {
    const std::size_t add = share * (natural[c] - widths[c]) / lacking;
    widths[c] += add;
    given += add;
  }
  // The remainder of the division, a column at a time, to those still short.
  for (std::size_t c = 0; c < n && given < share; ++c)
    if (widths[c] < natural[c]) ++widths[c], ++given;
}

namespace {

// The pieces of a table's lines: ASCII, or the box-drawing characters of a UTF-8 terminal.
struct Border {
  const char* horizontal;
  const char* vertical;
  const char* corners[3][3];  // [top, middle, bottom][left, between, right]
};

constexpr Border kAsciiBorder = {"-", "|", {{"+", "+", "+"}, {"+", "+", "+"}, {"+", "+", "+"}}};
constexpr Border kBoxBorder = {"─", "│", {{"┌", "┬", "┐"}, {"├", "┼", "┤"}, {"└", "┴", "┘"}}};

std::string rule(const Border& border, const std::vector<std::size_t>& widths, int position) {
  std::string out = border.corners[position][0];
  for (std::size_t c = 0; c < widths.size(); ++c) {
    for (std::size_t i = 0; i < widths[c] + 2; ++i) out += border.horizontal;
    out += border.corners[position][c + 1 < widths.size() ? 1 : 2];
  }
  return out + '\n';
}

}  // namespace

std::string TextTable::render(std::size_t max_width, const TableStyle& style) const {
  const auto widths = fit_widths(max_width);
  const std::vector<bool> labels = label_columns();
  const Border& border = style.box_drawing ? kBoxBorder : kAsciiBorder;
  std::string out = rule(border, widths, 0);
  auto emit = [&](const std::vector<std::string>& row, bool header) {
    std::vector<std::vector<std::string>> cells;
    std::size_t height = 1;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      cells.push_back(wrap(c < row.size() ? row[c] : "", widths[c], labels[c]));
      height = std::max(height, cells.back().size());
    }
    for (std::size_t l = 0; l < height; ++l) {
      out += border.vertical;
      for (std::size_t c = 0; c < widths.size(); ++c) {
        const std::string text = l < cells[c].size() ? cells[c][l] : "";
        out += ' ';
        if (header && style.color) out += "\x1b[1m";
        out += pad_right(text, widths[c]);
        if (header && style.color) out += "\x1b[0m";
        out += ' ';
        out += border.vertical;
      }
      out += '\n';
    }
  };
  emit(header_, true);
  for (const auto& row : rows_) {
    out += rule(border, widths, 1);
    emit(row, false);
  }
  return out + rule(border, widths, 2);
}

// Indents wrapped text under a label, so long reasons stay readable in a narrow terminal: the
// first line starts with `first_prefix`, the others with as many spaces.
void append_wrapped(std::string& out, std::string_view first_prefix, std::string_view text,
                    std::size_t width) {
  append_hanging(out, first_prefix, text, width, display_width(first_prefix));
}

void append_hanging(std::string& out, std::string_view first_prefix, std::string_view text, std::size_t width,
                    std::size_t indent) {
  // At least 20 columns of text on every line, however long the prefix or narrow the terminal.
  constexpr std::size_t kLeast = 20;
  const std::size_t first = display_width(first_prefix);
  auto room = [&](std::size_t used) { return width > used + kLeast ? width - used : kLeast; };
  bool first_line = true;
  for (const auto& line : wrap_lines(text, room(first), room(indent))) {
    out += first_line ? std::string(first_prefix) : std::string(indent, ' ');
    out += line + "\n";
    first_line = false;
  }
}

}  // namespace advisor
