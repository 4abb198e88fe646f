#pragma once
// `diff` output: how many decisions two data sets give differently and in which direction,
// then the changed profiles (a profile file) or the flip points that moved (the grid), as
// terminal text, Markdown (for a pull-request comment) or JSON.

#include <cstddef>
#include <string>

#include "acct_advisor/decision_diff.hpp"
#include "acct_advisor/industry_catalog.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/render/text_layout.hpp"

namespace advisor {

enum class DiffFormat { kText, kMarkdown, kJson };

/// What was compared, as the user named it.
struct DiffLabels {
  std::string before;  ///< The baseline, e.g. "the built-in data" or "data/rules.json".
  std::string after;   ///< The change under review.
  std::string file;    ///< The profile file; empty for the grid.
  /// Names the grid's industries in the output language (the change's catalogue); without it,
  /// their ids.
  const IndustryCatalog* industries = nullptr;
};

std::string render_diff(const DecisionDiff& diff, const DiffLabels& labels, DiffFormat format, Lang lang,
                        std::size_t width = 100, const TableStyle& style = {});

}  // namespace advisor
