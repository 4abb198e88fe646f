// `diff`: the same data on both sides changes nothing; a changed weight changes decisions only
// in the direction it pushes, and the grid's flip points show where.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "acct_advisor/decision_diff.hpp"
#include "test_support.hpp"

using namespace advisor;

namespace {

/// A copy of the real data with one rule's weight changed.
DataSet with_weight(const std::string& rule_id, int weight) {
  DataSet data = test_support::real_data();
  auto it = std::find_if(data.rules.rules.begin(), data.rules.rules.end(),
                         [&](const Rule& r) { return r.id == rule_id; });
  REQUIRE(it != data.rules.rules.end());
  it->weight = weight;
  return data;
}

}  // namespace

TEST_CASE("diff: the grid spans 1 to 100,000,000 on a log scale") {
  CHECK(grid_steps() == 8 * kGridPointsPerDecade + 1);
}

TEST_CASE("diff: identical data on both sides changes no decision and moves no flip point") {
  const auto& data = test_support::real_data();
  const auto& engine = test_support::real_engine();
  const DiffSide side{data, engine};
  const DecisionDiff diff = diff_grid(side, side);
  CHECK(diff.grid);
  CHECK(diff.series == data.industries.industries().size() + 2);
  // Steps that round to the same small count are one point: 1, 2, 3, ... at the low end.
  CHECK(diff.users_points > 80);
  CHECK(diff.users_points <= static_cast<std::size_t>(grid_steps()));
  CHECK(diff.compared == diff.series * 2 * diff.users_points);
  CHECK(diff.changed() == 0);
  CHECK(diff.flips.empty());
  CHECK(diff.skipped.empty());
}

TEST_CASE("diff: a heavier WeCom vote flips decisions towards WeCom only, and moves flip points") {
  const auto& data = test_support::real_data();
  const DataSet changed = with_weight("adding-active", 5);
  const Engine changed_engine(changed.features, changed.industries, changed.rules);
  const DecisionDiff diff = diff_grid({data, test_support::real_engine()}, {changed, changed_engine});
  CHECK(diff.to_wecom > 0);
  CHECK(diff.to_personal == 0);
  REQUIRE_FALSE(diff.flips.empty());
  // Only active adding is touched by the rule.
  for (const auto& f : diff.flips) CHECK(f.series.adding == "active");
}

TEST_CASE("diff over a profile file: each changed record with its line; bad records kept apart") {
  const auto& data = test_support::real_data();
  const DataSet changed = with_weight("adding-active", 5);
  const Engine changed_engine(changed.features, changed.industries, changed.rules);
  const ProfileFile file = read_profile_file(
      "id,users,industry,adding\n"
      "lawyer,3000,law,active\n"
      "shop,30000,fruit,active\n"
      "counsel,800,consulting,active\n"
      "typo,5000,fruti,active\n",
      false);
  const DecisionDiff diff =
      diff_records({data, test_support::real_engine()}, {changed, changed_engine}, file);
  CHECK_FALSE(diff.grid);
  CHECK(diff.compared == 3);
  REQUIRE(diff.bad.size() == 1);
  CHECK(diff.bad[0].line == 5);
  // The small consulting firm adding actively was personal by a point; +3 for active adding
  // makes it WeCom.
  REQUIRE(diff.changes.size() >= 1);
  CHECK(diff.changes.back().id == "counsel");
  CHECK(diff.changes.back().line == 4);
  for (const auto& c : diff.changes) {
    CHECK(c.before != c.after);
    CHECK(c.line >= 2);
  }
}
