// The capacity planner on cases checked by hand against the figures in data/features.json:
//   WeCom:    20,000 customers an account (also the maximum), 300 requests a day x 10% pass rate
//             = 30 active adds a day, 800 passive adds a day, 5 accounts a phone but 1 within
//             one company entity;
//   personal: 5,000 customers an account (10,000 at most), 30 requests a day x 20% = 6 active
//             adds a day, 200 passive adds a day, 1 account a phone.
// The first test pins those figures, so a data change fails there, not in the arithmetic below.

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "acct_advisor/error.hpp"
#include "acct_advisor/input_error.hpp"
#include "acct_advisor/planner.hpp"
#include "test_support.hpp"

using namespace advisor;

namespace {

const FeatureTable& features() {
  return test_support::real_data().features;
}

Plan plan(std::int64_t users, Adding adding, std::optional<std::int64_t> days = std::nullopt,
          std::optional<std::int64_t> accounts = std::nullopt, std::int64_t entities = 1) {
  PlanInput in;
  in.users = users;
  in.adding = adding;
  in.days = days;
  in.accounts = accounts;
  in.entities = entities;
  return make_plan(features(), in);
}

}  // namespace

TEST_CASE("planner: the figures the hand-checked cases rest on", "[planner]") {
  CHECK(features().need(Account::kWecom, "customers_per_account").value() == 20000);
  CHECK(features().need(Account::kWecom, "customers_per_account_max").value() == 20000);
  CHECK(features().need(Account::kPersonal, "customers_per_account").value() == 5000);
  CHECK(features().need(Account::kPersonal, "customers_per_account_max").value() == 10000);
  CHECK(features().need(Account::kWecom, "passive_adds_per_day").value() == 800);
  CHECK(features().need(Account::kPersonal, "passive_adds_per_day").value() == 200);
  CHECK(features().need(Account::kWecom, "active_adds_per_day").value() == 300);
  CHECK(features().need(Account::kWecom, "add_pass_rate").value() == Approx(0.1));
  CHECK(features().need(Account::kPersonal, "active_adds_per_day").value() == 30);
  CHECK(features().need(Account::kPersonal, "add_pass_rate").value() == Approx(0.2));
  CHECK(features().need(Account::kWecom, "accounts_per_phone").value() == 5);
  CHECK(features().need(Account::kPersonal, "accounts_per_phone").value() == 1);
  REQUIRE(features().quantity(Account::kWecom, "accounts_per_phone_same_entity"));
  CHECK(features().quantity(Account::kWecom, "accounts_per_phone_same_entity")->value() == 1);
}

TEST_CASE("planner: 30,000 customers", "[planner]") {
  const Plan p = plan(30000, Adding::kPassive);
  // WeCom: 30,000 / 20,000 = 1.5 -> 2 accounts.
  CHECK(p.wecom.accounts_for_capacity == 2);
  CHECK(p.wecom.accounts_for_capacity_max == 2);
  CHECK(p.wecom.accounts_needed == 2);
  // Personal: 30,000 / 5,000 = 6 at the usual capacity; 30,000 / 10,000 = 3 at the maximum.
  CHECK(p.personal.accounts_for_capacity == 6);
  CHECK(p.personal.accounts_for_capacity_max == 3);
  CHECK(p.personal.accounts_needed == 6);
  // Passive: 2 WeCom accounts x 800 a day = 1,600 a day; 30,000 / 1,600 = 18.75 -> 19 days.
  CHECK(p.wecom.daily_adds_per_account == 800);
  REQUIRE(p.wecom.days_to_target);
  CHECK(*p.wecom.days_to_target == 19);
  // Personal: 6 x 200 = 1,200 a day; 30,000 / 1,200 = 25 days exactly (no extra day).
  REQUIRE(p.personal.days_to_target);
  CHECK(*p.personal.days_to_target == 25);
  CHECK(p.wecom.feasible);
  CHECK(p.personal.feasible);
  CHECK(p.wecom.note.zh.empty());
  CHECK(p.wecom.note.en.empty());
  // The curve: 18 days reach 28,800, the 19th reaches the target and stays there.
  CHECK(customers_after(p.wecom, 30000, 0) == 0);
  CHECK(customers_after(p.wecom, 30000, 18) == 28800);
  CHECK(customers_after(p.wecom, 30000, 19) == 30000);
  CHECK(customers_after(p.wecom, 30000, 1000) == 30000);
}

TEST_CASE("planner: active adding uses requests times pass rate", "[planner]") {
  const Plan p = plan(30000, Adding::kActive);
  // WeCom: 300 x 0.1 = 30 a day per account, 2 accounts: 30,000 / 60 = 500 days.
  CHECK(p.wecom.daily_adds_per_account == Approx(30));
  REQUIRE(p.wecom.days_to_target);
  CHECK(*p.wecom.days_to_target == 500);
  // Personal: 30 x 0.2 = 6 a day, 6 accounts: 30,000 / 36 = 833.3 -> 834 days.
  CHECK(p.personal.daily_adds_per_account == Approx(6));
  REQUIRE(p.personal.days_to_target);
  CHECK(*p.personal.days_to_target == 834);
  // 500 x 60 is exactly the target: the 1e-9 tolerance must not let 30 x 0.1 rounding add a day.
  CHECK(customers_after(p.wecom, 30000, 499) == 29940);
  CHECK(customers_after(p.wecom, 30000, 500) == 30000);
}

TEST_CASE("planner: exact capacity edges", "[planner]") {
  CHECK(plan(20000, Adding::kPassive).wecom.accounts_needed == 1);
  CHECK(plan(20001, Adding::kPassive).wecom.accounts_needed == 2);
  CHECK(plan(40000, Adding::kPassive).wecom.accounts_needed == 2);
  CHECK(plan(40001, Adding::kPassive).wecom.accounts_needed == 3);
  CHECK(plan(5000, Adding::kPassive).personal.accounts_for_capacity == 1);
  CHECK(plan(5001, Adding::kPassive).personal.accounts_for_capacity == 2);
  CHECK(plan(10000, Adding::kPassive).personal.accounts_for_capacity_max == 1);
  CHECK(plan(10001, Adding::kPassive).personal.accounts_for_capacity_max == 2);
  // Days: 16,000 customers fit one WeCom account, 800 a day: exactly 20 days; one more takes 21.
  CHECK(*plan(16000, Adding::kPassive).wecom.days_to_target == 20);
  CHECK(*plan(16001, Adding::kPassive).wecom.days_to_target == 21);
}

TEST_CASE("planner: one customer", "[planner]") {
  for (Adding adding : {Adding::kActive, Adding::kPassive}) {
    const Plan p = plan(1, adding);
    for (const AccountPlan* side : {&p.wecom, &p.personal}) {
      INFO(account_id(side->account) << " " << adding_id(adding));
      CHECK(side->accounts_for_capacity == 1);
      CHECK(side->accounts_for_capacity_max == 1);
      CHECK(side->accounts_needed == 1);
      REQUIRE(side->days_to_target);
      CHECK(*side->days_to_target == 1);
      CHECK(side->phones_needed == 1);
      CHECK(side->feasible);
      CHECK(customers_after(*side, 1, 1) == 1);
    }
  }
}

TEST_CASE("planner: --accounts below the hard maximum is infeasible", "[planner]") {
  // Personal: 2 accounts hold at most 20,000 < 30,000, which needs 3 at the maximum.
  const Plan p = plan(30000, Adding::kPassive, std::nullopt, 2);
  CHECK_FALSE(p.personal.feasible);
  CHECK_FALSE(p.personal.days_to_target);
  CHECK(p.personal.accounts_needed == 2);
  CHECK(p.personal.note.en == "2 accounts hold at most 20,000 customers; 30,000 customers need at least 3");
  CHECK_FALSE(p.personal.note.zh.empty());
  // WeCom: 2 accounts hold 40,000, enough; 30,000 / 1,600 -> 19 days as without --accounts.
  CHECK(p.wecom.feasible);
  CHECK(*p.wecom.days_to_target == 19);

  // One WeCom account cannot hold 30,000 (its maximum is the usual 20,000).
  const Plan one = plan(30000, Adding::kPassive, std::nullopt, 1);
  CHECK_FALSE(one.wecom.feasible);
  CHECK_FALSE(one.wecom.days_to_target);
  CHECK_FALSE(one.personal.feasible);
}

TEST_CASE("planner: --accounts between the usual and the maximum capacity is feasible, with a note",
          "[planner]") {
  // Personal 4 accounts: 3 <= 4 < 6; each holds 7,500. 4 x 200 = 800 a day: 37.5 -> 38 days.
  const Plan p = plan(30000, Adding::kPassive, std::nullopt, 4);
  CHECK(p.personal.feasible);
  CHECK(p.personal.accounts_needed == 4);
  REQUIRE(p.personal.days_to_target);
  CHECK(*p.personal.days_to_target == 38);
  CHECK(p.personal.note.en == "past the usual capacity: each account must hold about 7,500 customers");
  // Exactly the maximum is feasible.
  CHECK(plan(30000, Adding::kPassive, std::nullopt, 3).personal.feasible);
  // More accounts than capacity needs: used as given, and faster.
  const Plan more = plan(30000, Adding::kPassive, std::nullopt, 10);
  CHECK(more.wecom.accounts_needed == 10);
  CHECK(*more.wecom.days_to_target == 4);  // 30,000 / 8,000 = 3.75
  CHECK(more.wecom.note.en.empty());
}

TEST_CASE("planner: --days never gives fewer accounts than capacity needs", "[planner]") {
  // A long deadline: speed alone would need 1 account, capacity needs 2 WeCom and 6 personal.
  const Plan slow = plan(30000, Adding::kPassive, 36500);
  CHECK(slow.wecom.accounts_needed == 2);
  CHECK(slow.personal.accounts_needed == 6);
  // A short one: 10 days x 800 = 8,000 per WeCom account -> 3.75 -> 4; personal 10 x 200 = 2,000
  // -> 15 accounts.
  const Plan fast = plan(30000, Adding::kPassive, 10);
  CHECK(fast.wecom.accounts_needed == 4);
  CHECK(fast.personal.accounts_needed == 15);
  CHECK(*fast.wecom.days_to_target <= 10);
  CHECK(*fast.personal.days_to_target <= 10);
  // Property over a spread of targets and deadlines.
  for (std::int64_t users : {1, 999, 20000, 20001, 30000, 123457, 1000000}) {
    for (std::int64_t days : {1, 7, 30, 365, 36500}) {
      for (Adding adding : {Adding::kActive, Adding::kPassive}) {
        const Plan p = plan(users, adding, days);
        for (const AccountPlan* side : {&p.wecom, &p.personal}) {
          INFO(users << " users in " << days << " days, " << account_id(side->account) << " "
                     << adding_id(adding));
          CHECK(side->accounts_needed >= side->accounts_for_capacity);
          REQUIRE(side->days_to_target);
          CHECK(*side->days_to_target <= days);
          // And no more accounts than needed: one fewer would miss the deadline or the capacity.
          if (side->accounts_needed > side->accounts_for_capacity) {
            const double one_fewer = side->daily_adds_per_account *
                                     static_cast<double>(side->accounts_needed - 1) *
                                     static_cast<double>(days);
            CHECK(one_fewer < static_cast<double>(users));
          }
        }
      }
    }
  }
}

TEST_CASE("planner: phones needed, with --entities", "[planner]") {
  // Personal: one account a phone.
  CHECK(plan(30000, Adding::kPassive).personal.phones_needed == 6);
  // WeCom, 4 accounts (10 days, passive): one entity allows 1 account a phone, so 4 phones.
  CHECK(plan(30000, Adding::kPassive, 10).wecom.accounts_needed == 4);
  CHECK(plan(30000, Adding::kPassive, 10, std::nullopt, 1).wecom.phones_needed == 4);
  // Spread over 2 entities: 2 accounts each, so 2 phones (each carries one account per entity).
  CHECK(plan(30000, Adding::kPassive, 10, std::nullopt, 2).wecom.phones_needed == 2);
  // 4 entities: 1 account each, and 5 accounts fit one phone: 1 phone.
  CHECK(plan(30000, Adding::kPassive, 10, std::nullopt, 4).wecom.phones_needed == 1);
  // 3 entities: 2, 1, 1 accounts, so 2 phones.
  CHECK(plan(30000, Adding::kPassive, 10, std::nullopt, 3).wecom.phones_needed == 2);
  // More entities than accounts changes nothing past one phone per 5 accounts.
  CHECK(plan(30000, Adding::kPassive, 10, std::nullopt, 100).wecom.phones_needed == 1);
  // 12 accounts over 12 entities: the 5-a-phone limit gives 3 phones.
  const Plan twelve = plan(30000, Adding::kPassive, std::nullopt, 12, 12);
  CHECK(twelve.wecom.phones_needed == 3);
  CHECK(twelve.personal.phones_needed == 12);
  // Entities do not change personal accounts' phones.
  CHECK(plan(30000, Adding::kPassive, std::nullopt, std::nullopt, 5).personal.phones_needed == 6);
}

TEST_CASE("planner: out-of-range input is a usage error", "[planner]") {
  CHECK_THROWS_AS(plan(0, Adding::kActive), UsageError);
  CHECK_THROWS_AS(plan(kMaxUsers + 1, Adding::kActive), UsageError);
  // Typed errors naming the field, its value and the bounds: the planner knows no flags.
  auto range_error = [](auto&& make) -> RangeError {
    try {
      make();
    } catch (const RangeError& e) {
      return e;
    }
    FAIL("no RangeError");
    throw;
  };
  const RangeError days = range_error([] { plan(30000, Adding::kActive, 36501); });
  CHECK(days.field() == InputField::kDays);
  CHECK(days.value() == 36501);
  CHECK(days.bounds().low == kDaysBounds.low);
  CHECK(days.bounds().high == kDaysBounds.high);
  CHECK(std::string(days.what()) == "days: 36501 is out of range; give 1 to 36500 (a hundred years)");
  CHECK(days.describe("--days", Lang::kEn) ==
        "--days: 36501 is out of range; give 1 to 36500 (a hundred years)");
  CHECK(days.describe("--days", Lang::kZh) ==
        "--days：36501超出范围；请给出 1 到 36500 之间的天数（一百年以内）");
  CHECK(range_error([] { plan(30000, Adding::kActive, 0); }).value() == 0);
  const RangeError accounts = range_error([] { plan(30000, Adding::kActive, std::nullopt, -3); });
  CHECK(accounts.field() == InputField::kPlanAccounts);
  CHECK(accounts.describe("--accounts", Lang::kEn) == "--accounts: -3 is out of range; give 1 to 1000000");
  CHECK(range_error([] { plan(30000, Adding::kActive, std::nullopt, 0); }).field() ==
        InputField::kPlanAccounts);
  const RangeError entities =
      range_error([] { plan(30000, Adding::kActive, std::nullopt, std::nullopt, 0); });
  CHECK(entities.field() == InputField::kEntities);
  CHECK(std::string(entities.what()) == "entities: 0 is out of range; give 1 to 10000");
  CHECK(range_error([] { plan(0, Adding::kActive); }).field() == InputField::kUsers);
  // The largest inputs are fine and their numbers stay whole and positive.
  const Plan big = plan(kMaxUsers, Adding::kActive, 1);
  CHECK(big.personal.accounts_needed == 166666667);  // 1e9 / 6 a day
  CHECK(big.personal.phones_needed == 166666667);
  CHECK(*big.personal.days_to_target == 1);
}

TEST_CASE("planner: absurd figures from a hand-edited features.json give an infeasible plan, not garbage",
          "[planner]") {
  // A pass rate of 1e-300 loads (it is a number > 0) but makes 30,000 / 6e-299 = 1e302 days,
  // which no integer holds; converting it was undefined behaviour (it came out as INT64_MIN).
  std::string text = test_support::read_bytes(test_support::data_dir() / "features.json");
  const std::string from = "\"add_pass_rate\": {\"value\": 0.2,";
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), "\"add_pass_rate\": {\"value\": 1e-300,");
  test_support::MemorySource source;
  source.add("features.json", {"features.json", text});
  const FeatureTable absurd = FeatureTable::load(source);
  PlanInput in;
  in.users = 30000;
  in.adding = Adding::kActive;
  for (const auto& days : {std::optional<std::int64_t>{}, std::optional<std::int64_t>{10}}) {
    in.days = days;
    const Plan p = make_plan(absurd, in);
    INFO((days ? "--days 10" : "no --days"));
    CHECK_FALSE(p.personal.feasible);
    CHECK_FALSE(p.personal.days_to_target);
    CHECK(p.personal.accounts_needed >= 1);
    CHECK(p.personal.phones_needed >= 1);
    CHECK_THAT(p.personal.note.en, Catch::Matchers::Contains("out of all proportion"));
    CHECK(customers_after(p.personal, 30000, 36500) >= 0);
    // WeCom's figures are untouched.
    CHECK(p.wecom.feasible);
    CHECK(p.wecom.days_to_target);
  }
}

TEST_CASE("planner: row 4's per-entity cap, and what past it needs", "[planner][entities]") {
  REQUIRE(features().quantity(Account::kWecom, "customers_per_entity"));
  CHECK(features().quantity(Account::kWecom, "customers_per_entity")->value() == 50000);
  SECTION("at the cap, one entity holds everyone") {
    const Plan p = plan(50000, Adding::kPassive);
    CHECK(p.wecom.entities_needed == 1);
    CHECK(p.wecom.customers_over_cap == 0);
  }
  SECTION("one customer past it needs a second entity or an expansion") {
    const Plan p = plan(50001, Adding::kPassive);
    CHECK(p.wecom.entities_needed == 2);
    CHECK(p.wecom.customers_over_cap == 1);
  }
  SECTION("200,000 customers on one entity: 4 needed, 150,000 over") {
    const Plan p = plan(200000, Adding::kPassive);
    CHECK(p.wecom.entities_needed == 4);
    CHECK(p.wecom.customers_over_cap == 150000);
    // The personal side has no entity cap.
    CHECK(p.personal.entities_needed == 0);
    CHECK(p.personal.customers_over_cap == 0);
  }
  SECTION("enough entities given: nothing over") {
    const Plan p = plan(200000, Adding::kPassive, std::nullopt, std::nullopt, 4);
    CHECK(p.wecom.entities_needed == 4);
    CHECK(p.wecom.customers_over_cap == 0);
  }
}

TEST_CASE("planner: live codes for the WeCom staff accounts (row 7)", "[planner][live-code]") {
  CHECK(features().quantity(Account::kWecom, "live_code_staff")->value() == 50);
  CHECK(features().quantity(Account::kWecom, "live_code_staff_max")->value() == 100);
  struct Row {
    std::int64_t accounts, codes, codes_at_max;
  };
  for (const Row& r :
       {Row{1, 1, 1}, Row{50, 1, 1}, Row{51, 2, 1}, Row{100, 2, 1}, Row{101, 3, 2}, Row{5000, 100, 50}}) {
    INFO(r.accounts << " accounts");
    const Plan p = plan(r.accounts * 20000, Adding::kPassive);
    REQUIRE(p.wecom.accounts_needed == r.accounts);
    CHECK(p.wecom.live_codes == r.codes);
    CHECK(p.wecom.live_codes_at_max == r.codes_at_max);
    // Never more staff on one code than it binds at most.
    CHECK(p.wecom.live_codes_at_max * 100 >= p.wecom.accounts_needed);
    CHECK(p.personal.live_codes == 0);  // personal WeChat has no live code
  }
}

TEST_CASE("planner: days rest on ceilings and approximations, and say so", "[planner][bounds]") {
  // 最多 / 以内 on every figure: the days are a best case.
  const Plan active = plan(30000, Adding::kActive);
  CHECK(active.wecom.days_estimate == Estimate::kAtLeast);   // 300 a day at most, pass rate within 10%
  CHECK(active.personal.days_estimate == Estimate::kAbout);  // pass rate about 20%
  const Plan passive = plan(30000, Adding::kPassive);
  CHECK(passive.wecom.days_estimate == Estimate::kAtLeast);
  CHECK(passive.personal.days_estimate == Estimate::kAtLeast);
  // The figures carry the bound their source's words give.
  for (const FigureRef& f : active.wecom.basis) {
    INFO(f.quantity);
    if (f.quantity == "wecom.add_pass_rate" || f.quantity == "wecom.active_adds_per_day")
      CHECK(f.bound == Bound::kAtMost);
  }
  const DailyRate rate = daily_rate(features(), Account::kPersonal, Adding::kActive);
  CHECK(rate.adds == Approx(6));
  CHECK(rate.days_estimate == Estimate::kAbout);
  CHECK(estimate_id(Estimate::kAtLeast) == "at_least");
}

TEST_CASE("planner: the sizing the engine scores with", "[planner][sizing]") {
  const SizingFigures f = sizing_figures(features());
  // 5,000 customers added actively within a year: one personal account needs 834 days, one
  // WeCom account 167; WeCom is in time and faster.
  const Sizing s = size_profile(f, 5000, Adding::kActive, 1, 365);
  CHECK(s.wecom_accounts == 1);
  CHECK(s.personal_accounts == 1);
  CHECK(s.wecom_days == 167);
  CHECK(s.personal_days == 834);
  CHECK(s.wecom_in_time);
  CHECK_FALSE(s.personal_in_time);
  CHECK(s.wecom_days_estimate == Estimate::kAtLeast);
  CHECK(s.personal_days_estimate == Estimate::kAbout);
  // 100 million customers on 3 entities: 2,000 entities at 50,000 each, so expansion.
  const Sizing big = size_profile(f, 100'000'000, Adding::kPassive, 3, 365);
  CHECK(big.wecom_entities_needed == 2000);
  CHECK(big.expansion_needed);
  CHECK(big.live_codes == 100);  // 5,000 staff accounts, 50 to a code
  CHECK(size_profile(f, 150000, Adding::kPassive, 3, 365).expansion_needed == false);
  CHECK(size_profile(f, 150001, Adding::kPassive, 3, 365).expansion_needed);
}

TEST_CASE("planner: rounding that mutants got wrong", "[planner][rounding]") {
  SECTION("customers reached after a day round down: a part customer is not a customer") {
    AccountPlan p;
    p.daily_adds_per_account = 2.5;
    p.accounts_needed = 1;
    CHECK(customers_after(p, 100, 1) == 2);
    CHECK(customers_after(p, 100, 2) == 5);
    CHECK(customers_after(p, 100, 1000) == 100);  // capped at the target
  }
  SECTION("ceil_div forgives floating-point noise just above a whole number") {
    // 7.7 / 0.7 is 11.000000000000002 in doubles: 11 accounts, not 12.
    CHECK(ceil_div(7.7, 0.7) == 11);
    CHECK(ceil_div(4.9, 0.7) == 7);
    CHECK(ceil_div(30000, 300 * 0.1) == 1000);
    CHECK(ceil_div(11.5, 1) == 12);
    CHECK(ceil_div(0.1, 1) == 1);  // at least one
  }
}

TEST_CASE("planner: whole divisors give exactly ceil_div's quotients", "[planner][sizing]") {
  // size_profile divides by the capacities through whole_divisor; every answer must be the one
  // the double arithmetic of ceil_div gives, for the figures in data/ and for any whole divisor,
  // at the edges of the fast path (2^31 users, 2^20) and beyond it (huge users, negative ones).
  const SizingFigures f = sizing_figures(features());
  std::vector<double> divisors = {f.wecom_capacity,
                                  f.personal_capacity,
                                  f.personal_capacity_max,
                                  f.customers_per_entity,
                                  f.live_code_staff,
                                  1,
                                  2,
                                  3,
                                  7,
                                  1000,
                                  (1 << 20) - 1,
                                  1 << 20,
                                  (1 << 20) + 1,
                                  1.5,
                                  0,
                                  -3};
  std::uint64_t state = 20261130;
  const auto next = [&state] {  // xorshift64: the same sweep every run
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int i = 0; i < 200; ++i) divisors.push_back(static_cast<double>(2 + next() % (1 << 20)));
  const std::int64_t two31 = std::int64_t{1} << 31;
  std::vector<std::int64_t> users = {0,
                                     1,
                                     2,
                                     two31 - 2,
                                     two31 - 1,
                                     two31,
                                     two31 + 1,
                                     std::int64_t{1} << 53,
                                     (std::int64_t{1} << 53) + 1,
                                     INT64_MAX,
                                     -1,
                                     INT64_MIN + 1};
  for (const double d : divisors) {
    const WholeDivisor whole = whole_divisor(d);
    const auto check = [&](std::int64_t n) {
      INFO("users " << n << " divisor " << d);
      REQUIRE(ceil_div(n, d, whole) == ceil_div(static_cast<double>(n), d));
    };
    for (const std::int64_t n : users) check(n);
    if (d >= 1) {
      const auto di = static_cast<std::int64_t>(d);
      for (const std::int64_t k :
           {std::int64_t{1}, std::int64_t{2}, std::int64_t{1000}, two31 / std::max<std::int64_t>(di, 1) - 1})
        for (std::int64_t delta = -1; delta <= 1; ++delta) check(k * di + delta);
    }
    for (int i = 0; i < 2000; ++i) check(static_cast<std::int64_t>(next() % (std::uint64_t{1} << 32)));
  }
}
