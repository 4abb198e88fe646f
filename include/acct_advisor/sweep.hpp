#pragma once
// `sweep`: the recommendation across a range of customer counts, and the exact counts where
// it flips.

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "acct_advisor/engine.hpp"
#include "acct_advisor/lang.hpp"

namespace advisor {

struct SweepPoint {
  std::int64_t users = 0;
  Account recommendation = Account::kWecom;
  Scores scores;
};

struct SweepFlip {
  std::int64_t users = 0;  ///< The first count with the new answer.
  Account from = Account::kWecom;
  Account to = Account::kWecom;
};

struct Sweep {
  std::vector<SweepPoint> points;
  std::vector<SweepFlip> flips;
};

/// `steps` points spaced evenly on a log scale from `from` to `to` (both included, duplicates
/// after rounding dropped). Flips are found by bisection between neighbouring points whose
/// answers differ, so each is exact; a change and change back between two neighbours is found
/// only if a point lands between them, which more steps ensure.
Sweep sweep_users(const Engine& engine, Profile profile, std::int64_t from, std::int64_t to, int steps);

/// "FROM..TO" with each end as parse_users reads it (1k..10万). Throws UsageError naming the
/// input `what` (the caller's name for it: the flag on the command line), in `lang`.
std::pair<std::int64_t, std::int64_t> parse_user_range(std::string_view text, std::string_view what,
                                                       Lang lang = Lang::kEn);

}  // namespace advisor
