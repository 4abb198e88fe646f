#pragma once
// `recommend` output: one line with the answer first, then why, in text, Markdown or JSON.

#include <string>

#include <nlohmann/json.hpp>

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
  bool explain = false;  ///< Text: add the trace of every rule (Markdown and JSON always have it).
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

/// "WeCom, 6 to 0" style one-line summary, also used in --expect messages.
std::string headline(const Recommendation& r, Lang lang);

}  // namespace advisor
