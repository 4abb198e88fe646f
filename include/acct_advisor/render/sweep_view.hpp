#pragma once
// `sweep`: the recommendation across a range of customer counts, as a terminal table with its
// flip points, CSV (flip rows marked among the points) or JSON.

#include <string>

#include <nlohmann/json.hpp>

#include "acct_advisor/lang.hpp"
#include "acct_advisor/profile.hpp"
#include "acct_advisor/render/text_layout.hpp"
#include "acct_advisor/sweep.hpp"

namespace advisor {

std::string render_sweep_text(const Sweep& sweep, Lang lang, std::size_t width, const TableStyle& style);
std::string render_sweep_csv(const Sweep& sweep);
nlohmann::ordered_json sweep_to_json(const Sweep& sweep, const Profile& profile);

}  // namespace advisor
