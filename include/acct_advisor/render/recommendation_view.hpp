#pragma once
// `recommend` output: one line with the answer first, then why, in text, Markdown or JSON.

#include <set>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "acct_advisor/basis.hpp"
#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/planner.hpp"

namespace advisor {

enum class ReportFormat { kText, kMarkdown, kJson };

struct ReportOptions {
  ReportFormat format = ReportFormat::kText;
  Lang lang = Lang::kEn;
  std::size_t width = 100;
  bool color = false;
  bool box_drawing = false;  ///< Text tables: box-drawing lines instead of ASCII (TableStyle).
  bool explain = false;      ///< Text: add the trace of every rule (Markdown and JSON always have it).
};

/// `plan`, when given, adds the planner's capacity line (accounts and days for each type).
std::string render_recommendation(const Recommendation& r, const DataSet& data, const ReportOptions& options,
                                  const Plan* plan = nullptr);

/// The JSON contract (schema_version 1; data/schema/recommendation.schema.json).
nlohmann::ordered_json recommendation_to_json(const Recommendation& r, const DataSet& data,
                                              const Plan* plan = nullptr);
/// recommendation_to_json as compact text appended to `out` (invalid UTF-8 replaced): the
/// `explain` of a batch record.
void append_recommendation_json(const Recommendation& r, const DataSet& data, std::string& out);

// The pieces of the text and Markdown views that other views (the HTML report) show too, so
// every format words a fact the same way.

/// A criterion's name from the table's dimensions ("User scale"); its id when unknown.
std::string criterion_name(const DataSet& data, const std::string& id, Lang lang);
/// "Fruit (low barrier)", "高门槛，强监管": the profile's industry as a reader sees it.
std::string industry_label(const Profile& p, const DataSet& data, Lang lang);
/// One flip as a sentence: "with mostly passive adding: personal WeChat".
std::string flip_text(const Flip& f, const Recommendation& r, Lang lang);
/// The feature rows the votes cite.
std::set<int> cited_rows(const Recommendation& r);
/// The rows the votes and the advice cite, sorted.
std::vector<int> all_cited_rows(const Recommendation& r);
/// " (rows 5, 6)" / "（第5、6项）"; empty for no rows.
std::string rows_label(const std::vector<int>& rows, Lang lang);
/// The basis as a label ("Basis (lecture): ") and the text under it (the quote, the why).
std::pair<std::string, std::string> basis_parts(const Basis& b, Lang lang);
/// The basis in one line: "lecture: 「…」", "table rows 5, 6".
std::string basis_text(const Basis& b, Lang lang);
/// "30,000 customers · Fruit (low barrier) · mostly active adding".
std::string profile_line(const Recommendation& r, const DataSet& data, Lang lang);

/// "WeCom, 6 to 0" style one-line summary, also used in --expect messages.
std::string headline(const Recommendation& r, Lang lang);

}  // namespace advisor
