#include "acct_advisor/sweep.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "acct_advisor/error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/terminal_text.hpp"

namespace advisor {

Sweep sweep_users(const Engine& engine, Profile profile, std::int64_t from, std::int64_t to, int steps) {
  Sweep sweep;
  const double lo = std::log(static_cast<double>(from));
  const double hi = std::log(static_cast<double>(to));
  for (int i = 0; i < steps; ++i) {
    const double t = steps == 1 ? 0.0 : static_cast<double>(i) / (steps - 1);
    std::int64_t users =
        i == steps - 1 ? to : static_cast<std::int64_t>(std::llround(std::exp(lo + t * (hi - lo))));
    users = std::clamp(users, from, to);
    if (!sweep.points.empty() && sweep.points.back().users >= users) continue;
    profile.users = users;
    SweepPoint p{users, Account::kWecom, {}};
    p.recommendation = engine.decide(profile, p.scores);
    sweep.points.push_back(p);
  }
  for (std::size_t i = 1; i < sweep.points.size(); ++i) {
    const auto& a = sweep.points[i - 1];
    const auto& b = sweep.points[i];
    if (a.recommendation == b.recommendation) continue;
    sweep.flips.push_back({engine.find_flip(profile, a.users, b.users), a.recommendation, b.recommendation});
  }
  return sweep;
}

std::pair<std::int64_t, std::int64_t> parse_user_range(std::string_view text, std::string_view what,
                                                       Lang lang) {
  const auto dots = text.find("..");
  if (dots == std::string_view::npos) {
    throw UsageError(msg(lang, Msg::kInputRangeNotRange, fmt::arg("field", what),
                         fmt::arg("value", terminal_value(text, 40))));
  }
  const auto from =
      parse_users(text.substr(0, dots), msg(lang, Msg::kRangeFrom, fmt::arg("field", what)), lang);
  const auto to = parse_users(text.substr(dots + 2), msg(lang, Msg::kRangeTo, fmt::arg("field", what)), lang);
  if (from >= to) {
    throw UsageError(msg(lang, Msg::kInputRangeNotUp, fmt::arg("field", what), fmt::arg("from", from),
                         fmt::arg("to", to)));
  }
  return {from, to};
}

}  // namespace advisor
