#pragma once
// `plan` output: the accounts, daily adds, days and phone numbers for each type, each figure
// with the row it rests on; a bar chart of days in a terminal.

#include <string>

#include <nlohmann/json.hpp>

#include "acct_advisor/planner.hpp"
#include "acct_advisor/render/recommendation_view.hpp"

namespace advisor {

/// `features` is the table the plan was made from: text and Markdown end with where its
/// figures come from and how old they are.
std::string render_plan(const Plan& plan, const FeatureTable& features, const ReportOptions& options);
nlohmann::ordered_json plan_to_json(const Plan& plan);

/// One line for `recommend`: the accounts each type would need.
std::string capacity_summary(const Plan& plan, Lang lang);

}  // namespace advisor
