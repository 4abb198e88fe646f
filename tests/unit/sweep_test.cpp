// `sweep`: points on a log scale, one per step, and flips that agree with direct decisions on
// both sides (users f-1 and f give different answers).

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "acct_advisor/engine.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/sweep.hpp"
#include "test_support.hpp"

using namespace advisor;

namespace {

const Engine& engine() {
  return test_support::real_engine();
}

Profile profile(const std::string& industry_or_barrier, Adding adding) {
  ProfileInput input;
  input.users = "1";
  if (industry_or_barrier == "low" || industry_or_barrier == "high")
    input.barrier = industry_or_barrier;
  else
    input.industry = industry_or_barrier;
  input.adding = std::string(adding_id(adding));
  return resolve_profile(input, test_support::real_data().industries);
}

Account answer_at(Profile p, std::int64_t users) {
  p.users = users;
  Scores s;
  return engine().decide(p, s);
}

// Every flip must sit between two points of the sweep, have the answers it claims on each side,
// and be the first count with the new answer.
void check_flips(const Profile& p, const Sweep& sweep) {
  for (const SweepFlip& f : sweep.flips) {
    INFO("flip at " << f.users);
    REQUIRE(f.users > sweep.points.front().users);
    REQUIRE(f.users <= sweep.points.back().users);
    CHECK(f.from != f.to);
    CHECK(answer_at(p, f.users - 1) == f.from);
    CHECK(answer_at(p, f.users) == f.to);
  }
  // Between two neighbouring points with different answers there is a flip; with the same,
  // none is reported.
  std::size_t expected = 0;
  for (std::size_t i = 1; i < sweep.points.size(); ++i) {
    if (sweep.points[i].recommendation != sweep.points[i - 1].recommendation) ++expected;
  }
  CHECK(sweep.flips.size() == expected);
  for (std::size_t i = 1; i < sweep.flips.size(); ++i) CHECK(sweep.flips[i - 1].users < sweep.flips[i].users);
}

}  // namespace

TEST_CASE("sweep: points on a log scale, one per step", "[sweep]") {
  const Profile p = profile("fruit", Adding::kActive);
  const Sweep s = sweep_users(engine(), p, 1000, 1000000, 4);
  REQUIRE(s.points.size() == 4);
  // 1,000 to 1,000,000 in 3 equal log steps: each point 10x the one before.
  CHECK(s.points[0].users == 1000);
  CHECK(s.points[1].users == 10000);
  CHECK(s.points[2].users == 100000);
  CHECK(s.points[3].users == 1000000);

  const Sweep twenty = sweep_users(engine(), p, 1000, 1000000, 20);
  REQUIRE(twenty.points.size() == 20);
  CHECK(twenty.points.front().users == 1000);
  CHECK(twenty.points.back().users == 1000000);
  // Equal ratios between neighbours (to rounding): 1000^(1/19) ~ 1.4384.
  const double ratio = std::pow(1000.0, 1.0 / 19);
  for (std::size_t i = 1; i < twenty.points.size(); ++i) {
    INFO("point " << i);
    CHECK(static_cast<double>(twenty.points[i].users) ==
          Approx(1000.0 * std::pow(ratio, static_cast<double>(i))).epsilon(0.001));
    CHECK(twenty.points[i].users > twenty.points[i - 1].users);
  }
  // Every point carries the engine's own answer and scores.
  for (const SweepPoint& pt : twenty.points) {
    Profile q = p;
    q.users = pt.users;
    Scores scores;
    CHECK(engine().decide(q, scores) == pt.recommendation);
    CHECK(scores.wecom == pt.scores.wecom);
    CHECK(scores.personal == pt.scores.personal);
  }
}

TEST_CASE("sweep: the count of points equals --steps while the range is wide enough", "[sweep]") {
  const Profile p = profile("law", Adding::kPassive);
  for (int steps : {2, 3, 7, 20, 100, 1000, 10000}) {
    INFO(steps << " steps");
    CHECK(sweep_users(engine(), p, 1000, kMaxUsers, steps).points.size() == static_cast<std::size_t>(steps));
    CHECK(sweep_users(engine(), p, 1, 1000, std::min(steps, 10)).points.size() ==
          static_cast<std::size_t>(std::min(steps, 10)));
  }
  // From 1, the first log steps are below one customer apart, and rounding makes duplicates,
  // which are dropped (as sweep.hpp says): 100 steps over 1..1e9 give 96 distinct counts.
  const Sweep from_one = sweep_users(engine(), p, 1, kMaxUsers, 100);
  CHECK(from_one.points.size() == 96);
  CHECK(from_one.points.front().users == 1);
  CHECK(from_one.points.back().users == kMaxUsers);
  for (std::size_t i = 1; i < from_one.points.size(); ++i)
    CHECK(from_one.points[i].users > from_one.points[i - 1].users);
  // Two steps are the two ends.
  const Sweep two = sweep_users(engine(), p, 7, 8, 2);
  REQUIRE(two.points.size() == 2);
  CHECK(two.points[0].users == 7);
  CHECK(two.points[1].users == 8);
  // A narrow range cannot hold more distinct counts than it has: duplicates are dropped.
  const Sweep narrow = sweep_users(engine(), p, 10, 15, 100);
  CHECK(narrow.points.size() == 6);
  CHECK(narrow.points.front().users == 10);
  CHECK(narrow.points.back().users == 15);
}

TEST_CASE("sweep: flips match direct decisions on both sides", "[sweep][flip]") {
  // High barrier, active: personal up to 2,190, WeCom from 2,191 (see engine_test).
  const Profile high = profile("high", Adding::kActive);
  const Sweep s = sweep_users(engine(), high, 1000, 1000000, 20);
  REQUIRE(s.flips.size() == 1);
  CHECK(s.flips[0].users == 2191);
  CHECK(s.flips[0].from == Account::kPersonal);
  CHECK(s.flips[0].to == Account::kWecom);
  check_flips(high, s);
  // Passive law: personal until 50,000, WeCom from 50,001.
  const Profile law = profile("law", Adding::kPassive);
  const Sweep l = sweep_users(engine(), law, 1000, 1000000, 20);
  REQUIRE(l.flips.size() == 1);
  CHECK(l.flips[0].users == 50001);
  check_flips(law, l);
  // A range that starts or ends on the flip: 2,190..2,191 has it at its top end.
  const Sweep edge = sweep_users(engine(), high, 2190, 2191, 2);
  REQUIRE(edge.flips.size() == 1);
  CHECK(edge.flips[0].users == 2191);
  CHECK(sweep_users(engine(), high, 2191, 6000, 5).flips.empty());

  // Every industry and barrier, both adding modes, whole range.
  std::vector<std::string> who = {"low", "high"};
  for (const auto& industry : test_support::real_data().industries.industries()) who.push_back(industry.id);
  std::size_t with_flips = 0;
  for (const auto& w : who) {
    for (Adding adding : {Adding::kActive, Adding::kPassive}) {
      INFO(w << " " << adding_id(adding));
      const Profile p = profile(w, adding);
      const Sweep all = sweep_users(engine(), p, 1, kMaxUsers, 60);
      CHECK(all.points.size() == 59);  // 1 and 1.4 round to the same count
      check_flips(p, all);
      with_flips += all.flips.empty() ? 0U : 1U;
    }
  }
  CHECK(with_flips > 0);  // the check above ran on something
}

TEST_CASE("sweep: parse_user_range", "[sweep]") {
  CHECK(parse_user_range("1000..1000000", "--users") == std::pair<std::int64_t, std::int64_t>{1000, 1000000});
  CHECK(parse_user_range("1k..100万", "--users") == std::pair<std::int64_t, std::int64_t>{1000, 1000000});
  CHECK_THROWS_WITH(parse_user_range("100..10", "--users"),
                    "--users: the range must go up; 100 is not below 10");
  CHECK_THROWS_WITH(parse_user_range("10..10", "--users"),
                    "--users: the range must go up; 10 is not below 10");
  CHECK_THROWS_AS(parse_user_range("0..5", "--users"), UsageError);
  CHECK_THROWS_AS(parse_user_range("1000", "--users"), UsageError);
  CHECK_THROWS_AS(parse_user_range("..5", "--users"), UsageError);
  CHECK_THROWS_AS(parse_user_range("5..", "--users"), UsageError);
  CHECK_THROWS_AS(parse_user_range("1..99999999999999999999", "--users"), UsageError);
}
