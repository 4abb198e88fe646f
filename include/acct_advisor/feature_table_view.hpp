#pragma once
// `table`: the comparison rendered as a terminal table, Markdown, CSV or JSON.

#include <optional>
#include <string>

#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/lang.hpp"

namespace advisor {

enum class TableFormat { kText, kMarkdown, kCsv, kJson };

struct TableOptions {
  TableFormat format = TableFormat::kText;
  Lang lang = Lang::kEn;
  std::optional<std::string> dimension;  ///< Only rows bearing on this dimension.
  bool differences_only = false;         ///< Only rows that favour one side.
  std::size_t width = 100;               ///< Text only: terminal columns.
  bool color = false;                    ///< Text only.
};

/// Rows the options select, in table order. Throws UsageError for an unknown dimension.
std::vector<const Feature*> select_features(const FeatureTable& table, const TableOptions& options);

std::string render_feature_table(const FeatureTable& table, const TableOptions& options);

/// The JSON form of one row (both languages), shared by `table --format json` and `recommend`.
nlohmann::ordered_json feature_to_json(const Feature& feature);

/// A figure as the table prints it: whole numbers with thousands separators (1234567 gives
/// "1,234,567"), fractions as they are.
std::string format_number(double value);

}  // namespace advisor
