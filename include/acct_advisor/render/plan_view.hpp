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

// The plan table's cells, one per row and account type, each figure with the row it rests on;
// shared by `plan` and the HTML report.
std::string accounts_cell(const Plan& plan, const AccountPlan& p, Lang lang);
std::string daily_cell(const Plan& plan, const AccountPlan& p, Lang lang);
/// "at least 167" where the days rest on a ceiling; needs p.days_to_target.
std::string days_value(const AccountPlan& p, Lang lang);
std::string days_cell(const Plan& plan, const AccountPlan& p, Lang lang);
std::string entities_cell(const Plan& plan, const AccountPlan& p, Lang lang);
std::string live_codes_cell(const Plan& plan, const AccountPlan& p, Lang lang);
std::string phones_cell(const Plan& plan, const AccountPlan& p, Lang lang);

/// One line for `recommend`: the accounts each type would need.
std::string capacity_summary(const Plan& plan, Lang lang);

}  // namespace advisor
