#include "acct_advisor/planner.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "acct_advisor/error.hpp"
#include "acct_advisor/feature_table_view.hpp"

namespace advisor {

namespace {

// Real figures give quotients below 1e9; bigger ones come only from absurd figures in a
// hand-edited features.json (a pass rate of 1e-300). They are capped here because converting a
// double that does not fit std::int64_t is undefined behaviour; plan_for reports such a plan
// as infeasible.
constexpr double kMaxWhole = 1e15;

// Whole accounts, days and phones: any fraction needs one more, and there is at least one.
std::int64_t ceil_div(double numerator, double denominator) {
  const double q = std::ceil(numerator / denominator - 1e-9);
  if (!(q < kMaxWhole)) return static_cast<std::int64_t>(kMaxWhole);  // also infinity and NaN
  return std::max<std::int64_t>(1, static_cast<std::int64_t>(q));
}

PlanFigure basis_of(const QuantityRef& q, Account account) {
  return {q.feature->no, fmt::format("{}.{}", account_id(account), q.quantity->name), q.value()};
}

AccountPlan plan_for(const FeatureTable& features, const PlanInput& in, Account account) {
  AccountPlan p;
  p.account = account;
  const auto capacity = features.need(account, "customers_per_account");
  const auto capacity_max = features.need(account, "customers_per_account_max");
  p.basis = {basis_of(capacity, account), basis_of(capacity_max, account)};
  p.accounts_for_capacity = ceil_div(static_cast<double>(in.users), capacity.value());
  p.accounts_for_capacity_max = ceil_div(static_cast<double>(in.users), capacity_max.value());

  // Active: requests sent a day times the share accepted. Passive: the most one can accept.
  if (in.adding == Adding::kActive) {
    const auto requests = features.need(account, "active_adds_per_day");
    const auto pass_rate = features.need(account, "add_pass_rate");
    p.daily_adds_per_account = requests.value() * pass_rate.value();
    p.basis.push_back(basis_of(requests, account));
    p.basis.push_back(basis_of(pass_rate, account));
  } else {
    const auto cap = features.need(account, "passive_adds_per_day");
    p.daily_adds_per_account = cap.value();
    p.basis.push_back(basis_of(cap, account));
  }

  const double users = static_cast<double>(in.users);
  if (in.accounts) {
    p.accounts_needed = *in.accounts;
    if (*in.accounts < p.accounts_for_capacity_max) {
      p.feasible = false;
      p.note = {
          fmt::format("{}个号最多承接{}个客户，{}个客户至少需要{}个号", *in.accounts,
                      format_number(static_cast<double>(*in.accounts) * capacity_max.value()),
                      format_number(users), p.accounts_for_capacity_max),
          fmt::format("{} accounts hold at most {} customers; {} customers need at least {}", *in.accounts,
                      format_number(static_cast<double>(*in.accounts) * capacity_max.value()),
                      format_number(users), p.accounts_for_capacity_max)};
    } else if (*in.accounts < p.accounts_for_capacity) {
      p.note = {fmt::format("超出常规承接量：每个号需加到约{}个客户",
                            format_number(std::ceil(users / static_cast<double>(*in.accounts)))),
                fmt::format("past the usual capacity: each account must hold about {} customers",
                            format_number(std::ceil(users / static_cast<double>(*in.accounts))))};
    }
  } else if (in.days) {
    const std::int64_t for_speed = ceil_div(users, p.daily_adds_per_account * static_cast<double>(*in.days));
    p.accounts_needed = std::max(p.accounts_for_capacity, for_speed);
  } else {
    p.accounts_needed = p.accounts_for_capacity;
  }
  if (p.feasible)
    p.days_to_target = ceil_div(users, p.daily_adds_per_account * static_cast<double>(p.accounts_needed));
  if (p.accounts_needed >= static_cast<std::int64_t>(kMaxWhole) ||
      p.days_to_target >= static_cast<std::int64_t>(kMaxWhole)) {
    p.feasible = false;
    p.days_to_target.reset();
    p.note = {
        "features.json中的添加速度或承接量数值不合常理，无法给出计划",
        "the adding rates or capacities in features.json are out of all proportion; no plan can be made"};
  }

  // Phones: at most accounts_per_phone accounts on one number, and within one company entity
  // only accounts_per_phone_same_entity (WeCom: 5 across entities, 1 within one).
  const auto per_phone = features.need(account, "accounts_per_phone");
  p.basis.push_back(basis_of(per_phone, account));
  std::int64_t phones = ceil_div(static_cast<double>(p.accounts_needed), per_phone.value());
  if (const auto same = features.quantity(account, "accounts_per_phone_same_entity");
      same && same->quantity->value) {
    const std::int64_t per_entity =
        ceil_div(static_cast<double>(p.accounts_needed), static_cast<double>(in.entities));
    phones = std::max(phones, ceil_div(static_cast<double>(per_entity), same->value()));
    p.basis.push_back(basis_of(*same, account));
  }
  p.phones_needed = phones;
  return p;
}

}  // namespace

Plan make_plan(const FeatureTable& features, const PlanInput& input) {
  if (input.users < 1 || input.users > kMaxUsers) throw UsageError("--users: out of range");
  if (input.days && (*input.days < 1 || *input.days > 36500)) {
    throw UsageError(
        fmt::format("--days: {} is out of range; give 1 to 36500 (a hundred years)", *input.days));
  }
  if (input.accounts && (*input.accounts < 1 || *input.accounts > 1'000'000)) {
    throw UsageError(fmt::format("--accounts: {} is out of range; give 1 to 1000000", *input.accounts));
  }
  if (input.entities < 1 || input.entities > 10'000) {
    throw UsageError(fmt::format("--entities: {} is out of range; give 1 to 10000", input.entities));
  }
  Plan plan;
  plan.input = input;
  plan.wecom = plan_for(features, input, Account::kWecom);
  plan.personal = plan_for(features, input, Account::kPersonal);
  plan.assumptions = {
      {"每个号每天都按上限添加，且每天都有足够多的潜在客户。",
       "Every account adds at its daily limit every day, and there are always enough prospects."},
      {"主动添加：每天发出的好友申请数 × 通过率；被动添加：每天可通过的上限。",
       "Active adding: requests sent a day times the pass rate; passive adding: the most that can be "
       "accepted a day."},
      {"个微按常规承接量计算账号数；单号上限只作为可行性的硬上限。",
       "Personal accounts are counted at the usual capacity; the per-account maximum is only the hard limit "
       "for feasibility."},
      {"客户不流失、不删除；企微号平均分布在各企业主体下。",
       "No customer is lost or deleted; WeCom accounts are spread evenly over the company entities."},
  };
  return plan;
}

std::int64_t customers_after(const AccountPlan& plan, std::int64_t target, std::int64_t day) {
  const double reached =
      plan.daily_adds_per_account * static_cast<double>(plan.accounts_needed) * static_cast<double>(day);
  if (!(reached < static_cast<double>(target))) return target;  // compared as doubles: no out-of-range cast
  return static_cast<std::int64_t>(std::floor(reached + 1e-9));
}

}  // namespace advisor
