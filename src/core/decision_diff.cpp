#include "acct_advisor/decision_diff.hpp"

#include <algorithm>

#include "acct_advisor/error.hpp"

namespace advisor {
namespace {

void count(DecisionDiff& diff, Account before, Account after) {
  ++diff.compared;
  if (before == after) return;
  if (after == Account::kWecom)
    ++diff.to_wecom;
  else
    ++diff.to_personal;
}

bool same_flips(const std::vector<SweepFlip>& a, const std::vector<SweepFlip>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const SweepFlip& x, const SweepFlip& y) {
    return x.users == y.users && x.from == y.from && x.to == y.to;
  });
}

// The series of the grid: every industry both sides know, in the first side's order, then
// each barrier on its own (an industry the catalogue does not list).
std::vector<ProfileInput> grid_series(const DiffSide& before, const DiffSide& after,
                                      std::vector<std::string>& skipped) {
  std::vector<ProfileInput> series;
  for (const auto& industry : before.data.industries.industries()) {
    if (after.data.industries.find(industry.id) == nullptr) {
      skipped.push_back(industry.id);
      continue;
    }
    ProfileInput input;
    input.industry = industry.id;
    series.push_back(input);
  }
  for (const auto& industry : after.data.industries.industries())
    if (before.data.industries.find(industry.id) == nullptr) skipped.push_back(industry.id);
  for (const Barrier barrier : {Barrier::kLow, Barrier::kHigh}) {
    ProfileInput input;
    input.barrier = std::string(barrier_id(barrier));
    series.push_back(input);
  }
  return series;
}

}  // namespace

int grid_steps() {
  int decades = 0;
  for (std::int64_t n = 1; n < kGridMaxUsers; n *= 10) ++decades;
  return decades * kGridPointsPerDecade + 1;
}

DecisionDiff diff_grid(const DiffSide& before, const DiffSide& after) {
  DecisionDiff diff;
  diff.grid = true;
  const auto series = grid_series(before, after, diff.skipped);
  for (const auto& base : series) {
    ++diff.series;
    for (const Adding adding : {Adding::kActive, Adding::kPassive}) {
      ProfileInput input = base;
      input.adding = std::string(adding_id(adding));
      input.users = "1";
      // Each side resolves the profile with its own catalogue: an edited industries.json may
      // give an industry another barrier, and that is part of what is compared.
      const Profile p_before = resolve_profile(input, before.data.industries, "");
      const Profile p_after = resolve_profile(input, after.data.industries, "");
      const Sweep s_before = sweep_users(before.engine, p_before, 1, kGridMaxUsers, grid_steps());
      const Sweep s_after = sweep_users(after.engine, p_after, 1, kGridMaxUsers, grid_steps());
      diff.users_points = s_before.points.size();
      for (std::size_t i = 0; i < s_before.points.size() && i < s_after.points.size(); ++i)
        count(diff, s_before.points[i].recommendation, s_after.points[i].recommendation);
      const Account start_before = s_before.points.front().recommendation;
      const Account start_after = s_after.points.front().recommendation;
      if (start_before != start_after || !same_flips(s_before.flips, s_after.flips)) {
        input.users.clear();
        diff.flips.push_back({input, start_before, start_after, s_before.flips, s_after.flips});
      }
    }
  }
  return diff;
}

DecisionDiff diff_records(const DiffSide& before, const DiffSide& after, const ProfileFile& file) {
  DecisionDiff diff;
  for (const ProfileRecord& record : file.records) {
    if (!record.error.empty()) {
      diff.bad.push_back(record);
      continue;
    }
    Profile p_before;
    Profile p_after;
    try {
      p_before = resolve_profile(record.input, before.data.industries, "");
      p_after = resolve_profile(record.input, after.data.industries, "");
    } catch (const UsageError& e) {
      ProfileRecord bad = record;
      bad.error = e.what();
      diff.bad.push_back(std::move(bad));
      continue;
    }
    DecisionChange change;
    change.before = before.engine.decide(p_before, change.before_scores);
    change.after = after.engine.decide(p_after, change.after_scores);
    count(diff, change.before, change.after);
    if (change.before == change.after) continue;
    change.line = record.line;
    change.id = record.id;
    change.input = record.input;
    diff.changes.push_back(std::move(change));
  }
  return diff;
}

}  // namespace advisor
