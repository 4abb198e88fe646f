#pragma once
// A plan drawn as a chart: customers reached over the days for WeCom and personal WeChat,
// as a self-contained SVG document (no scripts, no external fonts or images).

#include <string>

#include "acct_advisor/lang.hpp"
#include "acct_advisor/planner.hpp"

namespace advisor {

/// Renders the plan as a fixed-size SVG (kWidth x kHeight in plan_chart.cpp). Each feasible account type is a
/// line that grows at its accounts' daily adds until it reaches the target (plan.input.users), then stays
/// flat; its finish is marked with the day count. An infeasible type is not drawn and the legend says why.
/// When the slower type takes more than 20 times as long as the faster one, the day axis stops well short of
/// it and a note says so. The output depends only on the arguments: the same plan gives byte-identical text.
std::string render_plan_svg(const Plan& plan, Lang lang);

}  // namespace advisor
