#include "acct_advisor/render/diff_view.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "acct_advisor/messages.hpp"
#include "acct_advisor/number_words.hpp"
#include "acct_advisor/render/check_report.hpp"
#include "acct_advisor/render/text_layout.hpp"

namespace advisor {
namespace {

using json = nlohmann::ordered_json;

// A grid series: its industry's name, or the barrier in words.
std::string series_name(const ProfileInput& series, const IndustryCatalog* industries, Lang lang) {
  if (!series.industry.empty()) {
    const Industry* industry = industries != nullptr ? industries->find(series.industry) : nullptr;
    return industry != nullptr ? industry->name.in(lang) : series.industry;
  }
  return std::string(msg(lang, series.barrier == "high" ? Msg::kBarrierHigh : Msg::kBarrierLow));
}

std::string adding_name(const ProfileInput& series, Lang lang) {
  return std::string(msg(lang, series.adding == "passive" ? Msg::kAddingPassive : Msg::kAddingActive));
}

// "personal WeChat, WeCom from 5,001": the answer at 1 customer, then each flip in order.
std::string flips_text(Account start, const std::vector<SweepFlip>& flips, Lang lang) {
  if (flips.empty()) return msg(lang, Msg::kDiffAlways, fmt::arg("account", account_name(start, lang)));
  std::string out(account_name(start, lang));
  for (const auto& f : flips) {
    out += msg(lang, Msg::kListSeparator);
    out += msg(lang, Msg::kDiffFlipAt, fmt::arg("to", account_name(f.to, lang)),
               fmt::arg("users", format_count(f.users, lang)));
  }
  return out;
}

std::string scores_text(Account account, const Scores& scores, Lang lang) {
  return msg(lang, Msg::kDiffScores, fmt::arg("account", account_title(account, lang)),
             fmt::arg("wecom", scores.wecom), fmt::arg("personal", scores.personal));
}

std::string change_where(const DecisionChange& c) {
  return c.id.empty() ? std::to_string(c.line) : fmt::format("{} ({})", c.line, c.id);
}

/// The sentences above the table, one per line.
std::vector<std::string> summary_lines(const DecisionDiff& diff, const DiffLabels& labels, Lang lang) {
  std::vector<std::string> lines;
  lines.push_back(
      msg(lang, Msg::kDiffSides, fmt::arg("after", labels.after), fmt::arg("before", labels.before)));
  if (diff.grid) {
    lines.push_back(msg(lang, Msg::kDiffGridWhat,
                        fmt::arg("total", format_count(static_cast<std::int64_t>(diff.compared), lang)),
                        fmt::arg("series", diff.series), fmt::arg("points", diff.users_points),
                        fmt::arg("max", format_count(kGridMaxUsers, lang))));
  } else {
    lines.push_back(msg(lang, Msg::kDiffFileWhat,
                        fmt::arg("total", format_count(static_cast<std::int64_t>(diff.compared), lang)),
                        fmt::arg("file", labels.file)));
  }
  if (diff.changed() == 0) {
    lines.emplace_back(msg(lang, Msg::kDiffNoChange));
  } else {
    auto count = [lang](std::size_t n) { return format_count(static_cast<std::int64_t>(n), lang); };
    lines.push_back(msg(lang, Msg::kDiffChanged, fmt::arg("changed", count(diff.changed())),
                        fmt::arg("to_personal", count(diff.to_personal)),
                        fmt::arg("to_wecom", count(diff.to_wecom))));
  }
  if (!diff.skipped.empty()) {
    std::string ids;
    for (const auto& id : diff.skipped) ids += (ids.empty() ? "" : ", ") + id;
    lines.push_back(msg(lang, Msg::kDiffSkipped, fmt::arg("ids", ids)));
  }
  return lines;
}

struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

// Series whose flip points moved the same way share a row (a weight change usually moves a
// whole group of industries alike), so the table stays short enough to review.
Table flips_table(const DecisionDiff& diff, const IndustryCatalog* industries, Lang lang) {
  Table t{{std::string(msg(lang, Msg::kDiffColProfile)), std::string(msg(lang, Msg::kDiffColAdding)),
           std::string(msg(lang, Msg::kDiffColBefore)), std::string(msg(lang, Msg::kDiffColAfter))},
          {}};
  const std::string separator(msg(lang, Msg::kListSeparator));
  for (const auto& f : diff.flips) {
    std::vector<std::string> row = {series_name(f.series, industries, lang), adding_name(f.series, lang),
                                    flips_text(f.before_start, f.before, lang),
                                    flips_text(f.after_start, f.after, lang)};
    auto same = std::find_if(t.rows.begin(), t.rows.end(), [&row](const std::vector<std::string>& r) {
      return r[1] == row[1] && r[2] == row[2] && r[3] == row[3];
    });
    if (same == t.rows.end())
      t.rows.push_back(std::move(row));
    else
      (*same)[0] += separator + row[0];
  }
  return t;
}

Table changes_table(const DecisionDiff& diff, Lang lang) {
  Table t{{std::string(msg(lang, Msg::kDiffColLine)), std::string(msg(lang, Msg::kDiffColProfile)),
           std::string(msg(lang, Msg::kDiffColBefore)), std::string(msg(lang, Msg::kDiffColAfter))},
          {}};
  for (const auto& c : diff.changes)
    t.rows.push_back({change_where(c), profile_input_text(c.input),
                      scores_text(c.before, c.before_scores, lang),
                      scores_text(c.after, c.after_scores, lang)});
  return t;
}

std::string table_heading(const DecisionDiff& diff, Lang lang) {
  return diff.grid ? msg(lang, Msg::kDiffFlipsHeading, fmt::arg("count", diff.flips.size()))
                   : msg(lang, Msg::kDiffChangesHeading, fmt::arg("count", diff.changes.size()));
}

std::string bad_heading(const DecisionDiff& diff, Lang lang) {
  return msg(lang, Msg::kDiffBadHeading, fmt::arg("count", diff.bad.size()));
}

std::string render_text(const DecisionDiff& diff, const DiffLabels& labels, Lang lang, std::size_t width,
                        const TableStyle& style) {
  std::string out;
  for (const auto& line : summary_lines(diff, labels, lang)) append_wrapped(out, "", line, width);
  if (diff.grid) {
    // A group's industries can be many: a line for how its flips moved, then the names wrapped
    // under it, reads better in a terminal than a table with one very wide column.
    const Table t = flips_table(diff, labels.industries, lang);
    if (!t.rows.empty()) out += "\n" + table_heading(diff, lang) + "\n";
    for (const auto& row : t.rows) {
      append_wrapped(out, "  ",
                     msg(lang, Msg::kDiffFlipGroup, fmt::arg("adding", row[1]), fmt::arg("before", row[2]),
                         fmt::arg("after", row[3])),
                     width);
      append_wrapped(out, "    ", row[0], width);
    }
  }
  const Table t = diff.grid ? Table{} : changes_table(diff, lang);
  if (!t.rows.empty()) {
    out += "\n" + table_heading(diff, lang) + "\n";
    TextTable table(t.header);
    for (const auto& row : t.rows) table.add_row(row);
    out += table.render(width, style);
  }
  if (!diff.bad.empty()) {
    out += "\n" + bad_heading(diff, lang) + "\n";
    for (const auto& b : diff.bad)
      append_wrapped(out, fmt::format("  {}{}", b.line, msg(lang, Msg::kColon)), b.error, width);
  }
  return out;
}

std::string md_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

std::string render_markdown(const DecisionDiff& diff, const DiffLabels& labels, Lang lang) {
  std::string out = fmt::format("## {}\n\n", msg(lang, Msg::kDiffTitle));
  for (const auto& line : summary_lines(diff, labels, lang)) out += md_cell(line) + "\n\n";
  const Table t = diff.grid ? flips_table(diff, labels.industries, lang) : changes_table(diff, lang);
  if (!t.rows.empty()) {
    out += md_cell(table_heading(diff, lang)) + "\n\n|";
    for (const auto& h : t.header) out += " " + md_cell(h) + " |";
    out += "\n|";
    for (std::size_t i = 0; i < t.header.size(); ++i) out += "---|";
    out += "\n";
    for (const auto& row : t.rows) {
      out += "|";
      for (const auto& cell : row) out += " " + md_cell(cell) + " |";
      out += "\n";
    }
  }
  if (!diff.bad.empty()) {
    out += (t.rows.empty() ? "" : "\n") + md_cell(bad_heading(diff, lang)) + "\n\n";
    for (const auto& b : diff.bad)
      out += fmt::format("- {}{}{}\n", b.line, msg(lang, Msg::kColon), md_cell(b.error));
  }
  return out;
}

json flips_json(Account start, const std::vector<SweepFlip>& flips) {
  json list = json::array();
  for (const auto& f : flips)
    list.push_back({{"users", f.users}, {"from", account_id(f.from)}, {"to", account_id(f.to)}});
  return {{"start", account_id(start)}, {"flips", list}};
}

json profile_json(const ProfileInput& input) {
  json j = json::object();
  auto add = [&j](const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
  };
  for_each_answer(input, add);
  return j;
}

std::string render_json(const DecisionDiff& diff, const DiffLabels& labels) {
  json doc = {{"schema_version", 1},       {"before", labels.before},
              {"after", labels.after},     {"source", diff.grid ? json("grid") : json(labels.file)},
              {"compared", diff.compared}, {"changed", diff.changed()},
              {"to_wecom", diff.to_wecom}, {"to_personal", diff.to_personal}};
  if (diff.grid) {
    doc["grid"] = {{"series", diff.series},
                   {"adding_modes", 2},
                   {"users_points", diff.users_points},
                   {"users_from", 1},
                   {"users_to", kGridMaxUsers}};
    json shifts = json::array();
    for (const auto& f : diff.flips) {
      json s = profile_json(f.series);
      shifts.push_back({{"profile", s},
                        {"before", flips_json(f.before_start, f.before)},
                        {"after", flips_json(f.after_start, f.after)}});
    }
    doc["flip_shifts"] = shifts;
    doc["skipped_industries"] = diff.skipped;
  } else {
    json changes = json::array();
    for (const auto& c : diff.changes) {
      changes.push_back(
          {{"line", c.line},
           {"id", c.id.empty() ? json(nullptr) : json(c.id)},
           {"profile", profile_json(c.input)},
           {"before",
            {{"recommendation", account_id(c.before)},
             {"scores", {{"wecom", c.before_scores.wecom}, {"personal", c.before_scores.personal}}}}},
           {"after",
            {{"recommendation", account_id(c.after)},
             {"scores", {{"wecom", c.after_scores.wecom}, {"personal", c.after_scores.personal}}}}}});
    }
    doc["changes"] = changes;
    json bad = json::array();
    for (const auto& b : diff.bad)
      bad.push_back(
          {{"line", b.line}, {"id", b.id.empty() ? json(nullptr) : json(b.id)}, {"error", b.error}});
    doc["errors"] = bad;
  }
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string render_diff(const DecisionDiff& diff, const DiffLabels& labels, DiffFormat format, Lang lang,
                        std::size_t width, const TableStyle& style) {
  switch (format) {
    case DiffFormat::kJson:
      return render_json(diff, labels);
    case DiffFormat::kMarkdown:
      return terminal_safe(render_markdown(diff, labels, lang));
    case DiffFormat::kText:
      break;
  }
  return terminal_safe(render_text(diff, labels, lang, width, style));
}

}  // namespace advisor
