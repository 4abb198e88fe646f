#pragma once
// `report`: the decision as one self-contained HTML page to send to whoever signs it off. The
// answer first, then why (each criterion's vote and basis), what would change it, the plan for
// both account types with its chart, the advice, the full comparison with the cited rows
// highlighted, and a footer that says how to make the same page again. No scripts and no
// external requests: the style sheet and the chart are inline, links are only ones a reader may
// follow. Every string from the user or a data file is escaped (html_writer.hpp).

#include <string>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/planner.hpp"
#include "acct_advisor/sweep.hpp"

namespace advisor {

struct HtmlReportOptions {
  Lang lang = Lang::kEn;
  /// The command line that makes this report again, as the reader should type it (the CLI
  /// builds it; the render layer knows no flag names). Shown as text.
  std::string command;
  /// The day the report is dated (SOURCE_DATE_EPOCH makes it reproducible).
  SourceDate generated;
  /// The program's version, for the footer.
  std::string version;
};

/// What the report is made from: the recommendation, the plan for its profile, and a sweep of
/// customer counts with everything else the same (for where the answer flips).
struct HtmlReportInput {
  const Recommendation& recommendation;
  const DataSet& data;
  const Plan& plan;
  const Sweep& sweep;
};

/// The whole page. The same input gives the same bytes.
std::string render_html_report(const HtmlReportInput& input, const HtmlReportOptions& options);

}  // namespace advisor
