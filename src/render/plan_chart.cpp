#include "acct_advisor/render/plan_chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "acct_advisor/account.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/render/escape.hpp"
#include "acct_advisor/render/font_stack.hpp"
#include "acct_advisor/render/text_layout.hpp"

namespace advisor {

namespace {

// --- Geometry (SVG user units; the document is kWidth x kHeight).
constexpr double kWidth = 800;
constexpr double kHeight = 480;
constexpr double kMinPlotLeft = 92;  // grows with the widest customer label
constexpr double kPlotRight = 768;
constexpr double kPlotBottom = 360;
constexpr double kTitleY = 32;
constexpr double kNoteY = 54;  // first note line under the title
constexpr double kNoteStep = 17;
constexpr double kFontSize = 13;
constexpr double kSmallFont = 12;
constexpr int kMaxNoteLines = 3;
// The slower series is cut off when it takes more than this many times as long as the faster.
constexpr std::int64_t kCapRatio = 20;
// A capped axis shows about this many times the faster series' days.
constexpr std::int64_t kCappedSpan = 5;

// The same stack as the HTML report's, so Chinese labels find a CJK font on every platform.
constexpr std::string_view kFontFamily = kFontStack;

struct SeriesStyle {
  std::string_view id;     // element id and class suffix
  std::string_view color;  // Okabe-Ito palette: distinguishable with colour-blindness
  std::string_view dash;   // empty: solid
};

SeriesStyle style_of(Account account) {
  if (account == Account::kWecom) return {"wecom", "#0072B2", ""};
  return {"personal", "#D55E00", "9 5"};
}

// Fixed precision keeps the output byte-identical across runs and platforms.
std::string num(double value) {
  const std::string s = fmt::format("{:.1f}", value);
  return s == "-0.0" ? "0.0" : s;
}

std::string group_thousands(std::int64_t value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
    digits.insert(static_cast<std::size_t>(i), ",");
  return value < 0 ? "-" + digits : digits;
}

// 1 decimal at most, none when whole: "60", "36.5".
std::string format_rate(double value) {
  const double rounded = std::round(value * 10) / 10;
  if (rounded == std::floor(rounded) && std::fabs(rounded) < 1e15)
    return group_thousands(static_cast<std::int64_t>(rounded));
  return fmt::format("{:.1f}", rounded);
}

// Chinese axis labels in 万 / 亿 units once the axis reaches them: 35,000 -> "3.5万".
std::string zh_quantity(std::int64_t value, std::int64_t axis_max) {
  if (value == 0) return "0";
  const auto in_unit = [&](double unit, std::string_view name) {
    std::string s = fmt::format("{:.4f}", static_cast<double>(value) / unit);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s + std::string(name);
  };
  if (axis_max >= 100'000'000) return in_unit(1e8, "亿");
  if (axis_max >= 10'000) return in_unit(1e4, "万");
  return group_thousands(value);
}

// Rough rendered width of a text: CJK glyphs are about one em wide, Latin about half.
double text_width(std::string_view text, double font_size) {
  return static_cast<double>(display_width(text)) * font_size * 0.55;
}

// A round step (1, 2, 2.5, 5 x 10^k, whole numbers only) giving at most max_intervals
// intervals from 0 to at least raw_max.
std::int64_t nice_step(std::int64_t raw_max, std::int64_t max_intervals) {
  raw_max = std::max<std::int64_t>(raw_max, 1);
  for (std::int64_t power = 1;; power *= 10) {
    for (const double m : {1.0, 2.0, 2.5, 5.0}) {
      if (m == 2.5 && power == 1) continue;
      const auto step = static_cast<std::int64_t>(m * static_cast<double>(power));
      if ((raw_max + step - 1) / step <= max_intervals) return step;
    }
  }
}

struct Axis {
  std::int64_t max = 1;
  std::int64_t step = 1;
};

Axis nice_axis(std::int64_t raw_max, std::int64_t max_intervals) {
  Axis axis;
  axis.step = nice_step(raw_max, max_intervals);
  axis.max =
      std::max<std::int64_t>(1, (std::max<std::int64_t>(raw_max, 1) + axis.step - 1) / axis.step) * axis.step;
  return axis;
}

std::string accounts_phrase(const AccountPlan& p, Lang lang) {
  return msg(lang, Msg::kChartAccounts, fmt::arg("name", account_title(p.account, lang)),
             fmt::arg("n", Count{p.accounts_needed, lang}));
}

std::string days_phrase(std::int64_t days, Lang lang) {
  return msg(lang, Msg::kChartDays, fmt::arg("n", Count{days, lang}));
}

// Customer counts on the vertical axis: Chinese in 万 / 亿 units once the axis reaches them.
std::string axis_quantity(std::int64_t value, std::int64_t axis_max, Lang lang) {
  return lang == Lang::kZh ? zh_quantity(value, axis_max) : group_thousands(value);
}

bool drawn(const AccountPlan& p) {
  return p.feasible && p.days_to_target.has_value();
}

std::int64_t days_of(const AccountPlan& p) {
  return std::max<std::int64_t>(1, *p.days_to_target);
}

// Labels above the target line, placed in rows so none overlaps another.
struct Label {
  double left = 0;  // horizontal extent
  double right = 0;
  int row = 0;
};

class LabelRows {
 public:
  int place(double left, double right) {
    for (int row = 0;; ++row) {
      bool free = true;
      for (const auto& l : placed_) {
        if (l.row == row && left < l.right + 8 && l.left < right + 8) free = false;
      }
      if (free) {
        placed_.push_back({left, right, row});
        return row;
      }
    }
  }

 private:
  std::vector<Label> placed_;
};

class Svg {
 public:
  void line(std::string_view text) {
    out_ += indent_;
    out_ += text;
    out_ += '\n';
  }
  void open(std::string_view tag) {
    line(tag);
    indent_ += "  ";
  }
  void close(std::string_view tag) {
    indent_.resize(indent_.size() - 2);
    line(tag);
  }
  std::string text() const { return out_; }

 private:
  std::string out_;
  std::string indent_;
};

// Where everything goes: the two axes, the plot area and the series that can be drawn.
struct Layout {
  std::array<const AccountPlan*, 2> series{};
  std::vector<const AccountPlan*> feasible;
  const AccountPlan* slow_plan = nullptr;
  const AccountPlan* fast_plan = nullptr;
  bool capped = false;  // the slower series runs off the day axis
  Axis x_axis, y_axis;
  std::int64_t target = 1;
  double plot_left = kMinPlotLeft, plot_top = 0;

  double px(double day) const {
    return plot_left + day / static_cast<double>(x_axis.max) * (kPlotRight - plot_left);
  }
  double py(double customers) const {
    return kPlotBottom - customers / static_cast<double>(y_axis.max) * (kPlotBottom - plot_top);
  }
};

// The day axis runs to the slower feasible series, unless it dwarfs the faster one.
Layout axes_for(const Plan& plan) {
  Layout l;
  l.target = std::max<std::int64_t>(1, plan.input.users);
  l.series = {&plan.wecom, &plan.personal};
  for (const auto* p : l.series) {
    if (drawn(*p)) l.feasible.push_back(p);
  }
  std::int64_t fast = 0, slow = 0;
  for (const auto* p : l.feasible) {
    if (!l.slow_plan || days_of(*p) > slow) slow = days_of(*p), l.slow_plan = p;
    if (!l.fast_plan || days_of(*p) < fast) fast = days_of(*p), l.fast_plan = p;
  }
  l.capped = l.feasible.size() == 2 && slow > kCapRatio * fast;
  std::int64_t raw_days = 10;  // nothing drawn: a token axis
  if (l.capped) {
    raw_days = fast * kCappedSpan;
  } else if (!l.feasible.empty()) {
    raw_days =
        static_cast<std::int64_t>(std::ceil(static_cast<double>(slow) * 1.06));  // room after the finish
  }
  l.x_axis = nice_axis(raw_days, 10);
  // Headroom above the target line for the finish labels.
  l.y_axis = nice_axis(static_cast<std::int64_t>(std::ceil(static_cast<double>(l.target) * 1.15)), 7);
  return l;
}

// Notes under the title, wrapped: a capped axis, and why a type cannot be used.
std::vector<std::string> note_lines(const Layout& l, Lang lang) {
  std::vector<std::string> notes;
  if (l.capped) {
    notes.push_back(msg(lang, Msg::kChartCapped, fmt::arg("slow", account_title(l.slow_plan->account, lang)),
                        fmt::arg("days", Count{days_of(*l.slow_plan), lang}),
                        fmt::arg("fast", account_name(l.fast_plan->account, lang)),
                        fmt::arg("ratio", kCapRatio), fmt::arg("max", Count{l.x_axis.max, lang})));
  }
  for (const auto* p : l.series) {
    if (drawn(*p) || p->note.in(lang).empty()) continue;
    notes.push_back(std::string(account_title(p->account, lang)) + std::string(msg(lang, Msg::kColon)) +
                    p->note.in(lang));
  }
  std::vector<std::string> lines;
  const auto columns = static_cast<std::size_t>((kWidth - 48) / (kSmallFont * 0.55));
  for (const auto& note : notes) {
    for (auto& line : wrap(note, columns)) lines.push_back(std::move(line));
  }
  if (lines.size() > static_cast<std::size_t>(kMaxNoteLines)) {
    lines.resize(kMaxNoteLines);
    lines.back() += "…";
  }
  return lines;
}

// The text alternative: each type's accounts and when it reaches the target.
std::string description(const Layout& l, Lang lang) {
  std::string desc;
  for (const auto* p : l.series) {
    if (!desc.empty()) desc += msg(lang, Msg::kChartDescSeparator);
    desc += accounts_phrase(*p, lang);
    desc += drawn(*p) ? msg(lang, Msg::kChartDescReaches, fmt::arg("days", days_phrase(days_of(*p), lang)))
                      : std::string(msg(lang, Msg::kChartDescCannot));
  }
  return desc + std::string(msg(lang, Msg::kChartDescEnd));
}

void draw_grid_and_axes(Svg& svg, const Layout& l, Lang lang) {
  svg.open(R"(<g class="grid" stroke="#e4e4e4" stroke-width="1">)");
  for (std::int64_t v = l.y_axis.step; v <= l.y_axis.max; v += l.y_axis.step) {
    svg.line(fmt::format(R"(<line x1="{0}" y1="{2}" x2="{1}" y2="{2}"/>)", num(l.plot_left), num(kPlotRight),
                         num(l.py(static_cast<double>(v)))));
  }
  for (std::int64_t d = l.x_axis.step; d <= l.x_axis.max; d += l.x_axis.step) {
    svg.line(fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}"/>)", num(l.px(static_cast<double>(d))),
                         num(l.plot_top), num(kPlotBottom)));
  }
  svg.close("</g>");

  svg.open(R"(<g class="axes" stroke="#333333" stroke-width="1.2">)");
  svg.line(fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}"/>)", num(l.plot_left), num(l.plot_top),
                       num(kPlotBottom)));
  svg.line(fmt::format(R"(<line x1="{0}" y1="{2}" x2="{1}" y2="{2}"/>)", num(l.plot_left), num(kPlotRight),
                       num(kPlotBottom)));
  for (std::int64_t v = 0; v <= l.y_axis.max; v += l.y_axis.step) {
    svg.line(fmt::format(R"(<line x1="{0}" y1="{2}" x2="{1}" y2="{2}"/>)", num(l.plot_left - 5),
                         num(l.plot_left), num(l.py(static_cast<double>(v)))));
  }
  for (std::int64_t d = 0; d <= l.x_axis.max; d += l.x_axis.step) {
    svg.line(fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}"/>)", num(l.px(static_cast<double>(d))),
                         num(kPlotBottom), num(kPlotBottom + 5)));
  }
  svg.close("</g>");

  svg.open(fmt::format(R"(<g class="tick-labels" font-size="{}" fill="#333333">)", kSmallFont));
  for (std::int64_t v = 0; v <= l.y_axis.max; v += l.y_axis.step) {
    svg.line(fmt::format(R"(<text x="{}" y="{}" text-anchor="end">{}</text>)", num(l.plot_left - 9),
                         num(l.py(static_cast<double>(v)) + 4),
                         markup_escape(axis_quantity(v, l.y_axis.max, lang))));
  }
  for (std::int64_t d = 0; d <= l.x_axis.max; d += l.x_axis.step) {
    svg.line(fmt::format(R"(<text x="{}" y="{}" text-anchor="middle">{}</text>)",
                         num(l.px(static_cast<double>(d))), num(kPlotBottom + 20),
                         markup_escape(group_thousands(d))));
  }
  svg.close("</g>");

  svg.line(fmt::format(R"(<text class="axis-title" x="{}" y="{}" text-anchor="middle">{}</text>)",
                       num((l.plot_left + kPlotRight) / 2), num(kPlotBottom + 42),
                       markup_escape(msg(lang, Msg::kChartAxisDays))));
  const double cx = 22, cy = (l.plot_top + kPlotBottom) / 2;
  svg.line(fmt::format(
      R"~(<text class="axis-title" x="{0}" y="{1}" text-anchor="middle" transform="rotate(-90 {0} {1})">{2}</text>)~",
      num(cx), num(cy), markup_escape(msg(lang, Msg::kChartAxisCustomers))));
}

// The target line and its label (left end, above the line).
void draw_target(Svg& svg, const Layout& l, Lang lang, LabelRows& rows) {
  const double target_y = l.py(static_cast<double>(l.target));
  svg.line(fmt::format(
      R"(<line class="target" x1="{0}" y1="{2}" x2="{1}" y2="{2}" stroke="#555555" stroke-width="1.2" stroke-dasharray="2 4"/>)",
      num(l.plot_left), num(kPlotRight), num(target_y)));
  const std::string label = msg(lang, Msg::kChartTarget, fmt::arg("target", group_thousands(l.target)));
  const double x = l.plot_left + 6;
  const int row = rows.place(x, x + text_width(label, kSmallFont));
  svg.line(fmt::format(R"(<text class="target-label" x="{}" y="{}" font-size="{}" fill="#444444">{}</text>)",
                       num(x), num(target_y - 7 - 16 * row), kSmallFont, markup_escape(label)));
}

// One series: straight growth to the target, then flat; its finish marked with the day count,
// or an arrow at the edge when it runs off the axis.
void draw_series(Svg& svg, const Layout& l, const AccountPlan& p, Lang lang, LabelRows& rows) {
  const auto style = style_of(p.account);
  const std::int64_t days = days_of(p);
  const double target_y = l.py(static_cast<double>(l.target));
  const std::string dash = style.dash.empty() ? "" : fmt::format(R"( stroke-dasharray="{}")", style.dash);
  const bool clipped = days > l.x_axis.max;
  const double end_y = clipped ? static_cast<double>(customers_after(p, l.target, l.x_axis.max))
                               : static_cast<double>(l.target);
  const std::string points =
      clipped
          ? fmt::format("{},{} {},{}", num(l.px(0)), num(l.py(0)),
                        num(l.px(static_cast<double>(l.x_axis.max))), num(l.py(end_y)))
          : fmt::format("{},{} {},{} {},{}", num(l.px(0)), num(l.py(0)), num(l.px(static_cast<double>(days))),
                        num(target_y), num(l.px(static_cast<double>(l.x_axis.max))), num(target_y));
  svg.open(fmt::format(R"(<g id="series-{0}" class="series series-{0}">)", style.id));
  svg.line(fmt::format(
      R"(<polyline class="series-line" points="{}" fill="none" stroke="{}" stroke-width="2.5" stroke-linejoin="round"{}/>)",
      points, style.color, dash));
  if (!clipped) {
    const double fx = l.px(static_cast<double>(days));
    svg.line(fmt::format(
        R"(<line class="finish-drop" x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="{3}" stroke-width="1" stroke-dasharray="1 3"/>)",
        num(fx), num(target_y), num(kPlotBottom), style.color));
    if (p.account == Account::kWecom) {
      svg.line(fmt::format(
          R"(<circle class="finish" cx="{}" cy="{}" r="5" fill="{}" stroke="#ffffff" stroke-width="1.5"/>)",
          num(fx), num(target_y), style.color));
    } else {
      svg.line(fmt::format(
          R"(<rect class="finish" x="{}" y="{}" width="9" height="9" fill="{}" stroke="#ffffff" stroke-width="1.5"/>)",
          num(fx - 4.5), num(target_y - 4.5), style.color));
    }
    const std::string label = days_phrase(days, lang);
    const double w = text_width(label, kSmallFont);
    const double cx = std::clamp(fx, l.plot_left + w / 2, kPlotRight - w / 2 + 12);
    const int row = rows.place(cx - w / 2, cx + w / 2);
    svg.line(fmt::format(
        R"(<text class="finish-label" x="{}" y="{}" text-anchor="middle" font-size="{}" font-weight="bold" fill="{}">{}</text>)",
        num(cx), num(target_y - 9 - 16 * row), kSmallFont, style.color, markup_escape(label)));
  } else {
    const double ex = l.px(static_cast<double>(l.x_axis.max)), ey = l.py(end_y);
    svg.line(fmt::format(R"(<path class="off-chart" d="M{},{} l-9,-6 l0,12 z" fill="{}"/>)", num(ex + 4),
                         num(ey), style.color));
    const std::string label = msg(lang, Msg::kChartOffChart, fmt::arg("day", group_thousands(days)));
    svg.line(fmt::format(
        R"(<text class="finish-label" x="{}" y="{}" text-anchor="end" font-size="{}" font-weight="bold" fill="{}">{}</text>)",
        num(ex - 4), num(ey - 12), kSmallFont, style.color, markup_escape(label)));
  }
  svg.close("</g>");
}

// Under the axis title: a sample of each line, the accounts and the daily pace.
void draw_legend(Svg& svg, const Layout& l, Lang lang) {
  svg.open(R"(<g class="legend">)");
  for (std::size_t i = 0; i < l.series.size(); ++i) {
    const auto& p = *l.series[i];
    const auto style = style_of(p.account);
    const double y = kPlotBottom + 72 + 24 * static_cast<double>(i);
    const double x = l.plot_left;
    std::string text = accounts_phrase(p, lang);
    if (drawn(p)) {
      const double pace = p.daily_adds_per_account * static_cast<double>(p.accounts_needed);
      text += msg(lang, Msg::kChartLegendPace, fmt::arg("pace", format_rate(pace)));
    } else {
      text += msg(lang, Msg::kChartLegendCannot);
    }
    svg.open(fmt::format(R"(<g class="legend-item legend-{}">)", style.id));
    if (drawn(p)) {
      const std::string dash = style.dash.empty() ? "" : fmt::format(R"( stroke-dasharray="{}")", style.dash);
      svg.line(
          fmt::format(R"(<line x1="{0}" y1="{2}" x2="{1}" y2="{2}" stroke="{3}" stroke-width="2.5"{4}/>)",
                      num(x), num(x + 36), num(y - 4), style.color, dash));
      if (p.account == Account::kWecom) {
        svg.line(
            fmt::format(R"(<circle cx="{}" cy="{}" r="4.5" fill="{}" stroke="#ffffff" stroke-width="1.5"/>)",
                        num(x + 18), num(y - 4), style.color));
      } else {
        svg.line(fmt::format(
            R"(<rect x="{}" y="{}" width="8" height="8" fill="{}" stroke="#ffffff" stroke-width="1.5"/>)",
            num(x + 14), num(y - 8), style.color));
      }
    } else {
      // No line to show: a grey cross where the sample would be.
      svg.line(fmt::format(R"(<path d="M{},{} l10,10 m0,-10 l-10,10" stroke="#888888" stroke-width="2"/>)",
                           num(x + 13), num(y - 9)));
    }
    svg.line(fmt::format(R"(<text x="{}" y="{}">{}</text>)", num(x + 46), num(y), markup_escape(text)));
    svg.close("</g>");
  }
  svg.close("</g>");
}

}  // namespace

std::string render_plan_svg(const Plan& plan, Lang lang) {
  Layout l = axes_for(plan);
  const std::vector<std::string> notes = note_lines(l, lang);
  double widest_y_label = 0;
  for (std::int64_t v = 0; v <= l.y_axis.max; v += l.y_axis.step) {
    widest_y_label = std::max(widest_y_label, text_width(axis_quantity(v, l.y_axis.max, lang), kSmallFont));
  }
  // The rotated axis title takes the first 36 units; the labels end 9 before the axis.
  l.plot_left = std::max(kMinPlotLeft, 45 + widest_y_label);
  l.plot_top = kNoteY + 6 + kNoteStep * static_cast<double>(notes.size());

  const std::string title = msg(
      lang, Msg::kChartTitle, fmt::arg("target", Count{l.target, lang}),
      fmt::arg("adding",
               msg(lang, plan.input.adding == Adding::kActive ? Msg::kAddingActive : Msg::kAddingPassive)));
  Svg svg;
  svg.open(
      fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}" )"
                  R"(role="img" aria-labelledby="chart-title chart-desc" lang="{2}">)",
                  kWidth, kHeight, language_tag(lang)));
  svg.line(fmt::format(R"(<title id="chart-title">{}</title>)", markup_escape(title)));
  svg.line(fmt::format(R"(<desc id="chart-desc">{}</desc>)", markup_escape(description(l, lang))));
  svg.line(R"(<rect width="100%" height="100%" fill="#ffffff"/>)");
  svg.open(fmt::format(R"(<g font-family="{}" font-size="{}" fill="#222222">)", kFontFamily, kFontSize));
  svg.line(fmt::format(
      R"(<text class="title" x="{}" y="{}" text-anchor="middle" font-size="18" font-weight="bold">{}</text>)",
      num(kWidth / 2), num(kTitleY), markup_escape(title)));
  for (std::size_t i = 0; i < notes.size(); ++i) {
    svg.line(fmt::format(
        R"(<text class="note" x="{}" y="{}" text-anchor="middle" font-size="{}" fill="#444444">{}</text>)",
        num(kWidth / 2), num(kNoteY + kNoteStep * static_cast<double>(i)), kSmallFont,
        markup_escape(notes[i])));
  }
  draw_grid_and_axes(svg, l, lang);
  LabelRows rows;
  draw_target(svg, l, lang, rows);
  for (const auto* p : l.series) {
    if (drawn(*p)) draw_series(svg, l, *p, lang, rows);
  }
  if (l.feasible.empty()) {
    svg.line(fmt::format(
        R"(<text class="no-series" x="{}" y="{}" text-anchor="middle" font-size="15" fill="#555555">{}</text>)",
        num((l.plot_left + kPlotRight) / 2), num((l.py(static_cast<double>(l.target)) + kPlotBottom) / 2),
        markup_escape(msg(lang, Msg::kChartNeither))));
  }
  draw_legend(svg, l, lang);
  svg.close("</g>");
  svg.close("</svg>");
  return svg.text();
}

}  // namespace advisor
