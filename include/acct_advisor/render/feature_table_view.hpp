#pragma once
// `table`: the comparison rendered as a terminal table, Markdown, CSV or JSON; where each row
// comes from and how old it is (`table --sources`, the provenance line, `--version`).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/number_words.hpp"

namespace advisor {

enum class TableFormat { kText, kMarkdown, kCsv, kJson };

struct TableOptions {
  TableFormat format = TableFormat::kText;
  Lang lang = Lang::kEn;
  std::optional<std::string> dimension;  ///< Only rows bearing on this dimension.
  bool differences_only = false;         ///< Only rows that favour one side.
  std::size_t width = 100;               ///< Text only: terminal columns.
  bool color = false;                    ///< Text only.
  bool box_drawing = false;              ///< Text only: box-drawing lines (TableStyle).
  /// Text and Markdown: per row, its source, dates, note and references instead of the
  /// comparison. CSV and JSON always carry those, so it changes nothing there.
  bool sources = false;
};

/// Rows the options select, in table order. Throws UsageError for an unknown dimension.
std::vector<const Feature*> select_features(const FeatureTable& table, const TableOptions& options);

std::string render_feature_table(const FeatureTable& table, const TableOptions& options);

/// The JSON form of one row (both languages), shared by `table --format json` and `recommend`.
nlohmann::ordered_json feature_to_json(const Feature& feature);

/// A date as an operator reads it: zh 2022年, 2025年11月, 2025年11月17日; en as written
/// (2022, 2025-11, 2025-11-17).
std::string date_text(const SourceDate& date, Lang lang);

/// One part of a source kind ("lecture", "public", "assumption") in running text.
std::string source_part_label(std::string_view part, Lang lang);
/// A row's source kind as --sources shows it: "lecture + public pages" / "讲座、公开资料".
std::string source_kind_label(const FeatureSource& source, Lang lang);
/// A row's published date as date_text gives it, or "undated".
std::string published_text(const AsOf& as_of, Lang lang);
/// The side a row favours, short ("WeCom", "企微", "-").
std::string favours_label(Favours favours, Lang lang);

/// One line (no trailing newline) saying where the given rows' figures come from (the lecture,
/// public pages, unverified assumptions: row numbers, or a count past six rows), the oldest
/// published date with its rows, which rows have no dated source, when they were last checked,
/// and that Tencent changes these limits. `rows` are row numbers ("no"); empty means every row;
/// numbers the table does not have are ignored; empty string when none is left. For rows 3, 4, 8:
///   数据来源：讲座（第4项）、公开资料（第3、8项）；最早的数据为2022年（第4项），
///   第3项的来源未注明日期，最近核对于2026年11月。腾讯会调整这些限制，请以官方最新规则为准。
///   Sources: the lecture (row 4), public pages (rows 3, 8); oldest figures from 2022 (row 4),
///   row 3 undated; last checked 2026-11. Tencent changes these limits: check them against its
///   current rules.
/// (each one line). Plain text: wrap it for a terminal, escape it for Markdown.
std::string provenance_line(const FeatureTable& table, const std::vector<int>& rows, Lang lang);

/// What `--version` says of the data after the program's own line, one fact a line, each
/// ending in a newline: the data_version, the oldest and newest published dates (and which rows
/// are undated), and the last check date, in `lang` (dates in ISO form in both).
std::string data_version_lines(const FeatureTable& table, Lang lang);

}  // namespace advisor
