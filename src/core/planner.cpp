#include "acct_advisor/planner.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "acct_advisor/error.hpp"
#include "acct_advisor/input_error.hpp"
#include "acct_advisor/number_words.hpp"

namespace advisor {

std::string_view estimate_id(Estimate estimate) {
  switch (estimate) {
    case Estimate::kExact:
      return "exact";
    case Estimate::kAtLeast:
      return "at_least";
    case Estimate::kAbout:
      return "about";
  }
  return "exact";
}

namespace {

// Real figures give quotients below 1e9; bigger ones come only from absurd figures in a
// hand-edited features.json (a pass rate of 1e-300). They are capped here because converting a
// double that does not fit std::int64_t is undefined behaviour; plan_for reports such a plan
// as infeasible.
constexpr double kMaxWhole = 1e15;

FigureRef figure_of(const QuantityRef& q, Account account) {
  return {q.feature->no, fmt::format("{}.{}", account_id(account), q.quantity->name), q.value(),
          q.quantity->bound};
}

double optional_figure(const FeatureTable& features, std::string_view name) {
  const auto q = features.quantity(Account::kWecom, name);
  return q && q->quantity->value && q->value() > 0 ? q->value() : 0;
}

}  // namespace

std::int64_t ceil_div(double numerator, double denominator) {
  const double q = std::ceil(numerator / denominator - 1e-9);
  if (!(q < kMaxWhole)) return static_cast<std::int64_t>(kMaxWhole);  // also infinity and NaN
  return std::max<std::int64_t>(1, static_cast<std::int64_t>(q));
}

WholeDivisor whole_divisor(double divisor) {
  constexpr double kMaxDivisor = 1 << 20;
  if (!(divisor >= 2 && divisor <= kMaxDivisor) || divisor != std::floor(divisor)) return {};
  const auto d = static_cast<std::uint32_t>(divisor);
  return {UINT64_C(0xFFFFFFFFFFFFFFFF) / d + 1, d};  // ceil(2^64 / d)
}

std::int64_t ceil_div(std::int64_t n, double divisor, WholeDivisor whole) {
  // With n < 2^31 and d <= 2^20, ceil_div's double arithmetic is exact enough to give the true
  // rounded-up quotient: a remainder leaves a fraction of at least 2^-20, far above its rounding
  // error (2^-22) and the 1e-9 it subtracts. (n + d - 1) < 2^32, where ceil(2^64/d)·x >> 64 is
  // floor(x/d) for every d >= 2 (Lemire, Kaser & Kurz 2019).
  constexpr std::int64_t kMaxFast = std::int64_t{1} << 31;
  if (whole.m == 0 || n < 0 || n >= kMaxFast) return ceil_div(static_cast<double>(n), divisor);
  const auto x = static_cast<std::uint64_t>(n) + whole.d - 1;
  // (m·x) >> 64 from 32-bit halves of m (x < 2^32): neither product nor sum overflows.
  const std::uint64_t hi = (whole.m >> 32) * x + (((whole.m & 0xFFFFFFFFU) * x) >> 32);
  const auto q = static_cast<std::int64_t>(hi >> 32);
  return std::max<std::int64_t>(1, q);
}

DailyRate daily_rate(const FeatureTable& features, Account account, Adding adding) {
  DailyRate rate;
  // Active: requests sent a day times the share accepted. Passive: the most one can accept.
  if (adding == Adding::kActive) {
    const auto requests = features.need(account, "active_adds_per_day");
    const auto pass_rate = features.need(account, "add_pass_rate");
    rate.adds = requests.value() * pass_rate.value();
    rate.figures = {figure_of(requests, account), figure_of(pass_rate, account)};
  } else {
    rate.adds = features.need(account, "passive_adds_per_day").value();
    rate.figures = {figure_of(features.need(account, "passive_adds_per_day"), account)};
  }
  // Adds a day that rest on ceilings only (最多, 以内) make the days a best case: at least that
  // many. One approximate figure (约, 左右) makes them an estimate either way: about that many.
  for (const auto& f : rate.figures) {
    if (f.bound == Bound::kAtMost && rate.days_estimate == Estimate::kExact)
      rate.days_estimate = Estimate::kAtLeast;
    if (f.bound == Bound::kAbout) rate.days_estimate = Estimate::kAbout;
  }
  return rate;
}

SizingFigures sizing_figures(const FeatureTable& features) {
  SizingFigures f;
  f.wecom_capacity = features.need(Account::kWecom, "customers_per_account").value();
  f.personal_capacity = features.need(Account::kPersonal, "customers_per_account").value();
  f.personal_capacity_max = features.need(Account::kPersonal, "customers_per_account_max").value();
  f.customers_per_entity = optional_figure(features, "customers_per_entity");
  f.live_code_staff = optional_figure(features, "live_code_staff");
  f.wecom_whole = whole_divisor(f.wecom_capacity);
  f.personal_whole = whole_divisor(f.personal_capacity);
  f.personal_max_whole = whole_divisor(f.personal_capacity_max);
  f.entity_whole = whole_divisor(f.customers_per_entity);
  for (Account a : kAccounts) {
    for (Adding m : {Adding::kActive, Adding::kPassive}) {
      const DailyRate rate = daily_rate(features, a, m);
      f.rate[static_cast<int>(a)][static_cast<int>(m)] = rate.adds;
      f.estimate[static_cast<int>(a)][static_cast<int>(m)] = rate.days_estimate;
    }
  }
  return f;
}

Sizing size_profile(const SizingFigures& f, std::int64_t users, Adding adding, std::int64_t entities,
                    std::int64_t target_days, std::uint8_t parts) {
  Sizing s;
  const double u = static_cast<double>(users);
  const int m = static_cast<int>(adding);
  s.entities = entities;
  s.target_days = target_days;
  s.wecom_days_estimate = f.estimate[0][m];
  s.personal_days_estimate = f.estimate[1][m];
  if (parts & (kSizeWecom | kSizeLiveCodes)) {
    s.wecom_accounts = ceil_div(users, f.wecom_capacity, f.wecom_whole);
    s.wecom_days = ceil_div(u, f.rate[0][m] * static_cast<double>(s.wecom_accounts));
    s.wecom_in_time = s.wecom_days <= target_days;
  }
  if (parts & kSizePersonal) {
    s.personal_accounts = ceil_div(users, f.personal_capacity, f.personal_whole);
    s.personal_days = ceil_div(u, f.rate[1][m] * static_cast<double>(s.personal_accounts));
    s.personal_in_time = s.personal_days <= target_days;
  }
  if (parts & kSizePersonalMax)
    s.personal_accounts_max = ceil_div(users, f.personal_capacity_max, f.personal_max_whole);
  if (parts & kSizeEntities) {
    s.wecom_entities_needed =
        f.customers_per_entity > 0 ? ceil_div(users, f.customers_per_entity, f.entity_whole) : 1;
    s.expansion_needed = s.wecom_entities_needed > entities;
  }
  if (parts & kSizeLiveCodes) {
    s.live_codes =
        f.live_code_staff > 0 ? ceil_div(static_cast<double>(s.wecom_accounts), f.live_code_staff) : 0;
  }
  return s;
}

namespace {

AccountPlan plan_for(const FeatureTable& features, const PlanInput& in, Account account) {
  AccountPlan p;
  p.account = account;
  const auto capacity = features.need(account, "customers_per_account");
  const auto capacity_max = features.need(account, "customers_per_account_max");
  p.basis = {figure_of(capacity, account), figure_of(capacity_max, account)};
  p.accounts_for_capacity = ceil_div(static_cast<double>(in.users), capacity.value());
  p.accounts_for_capacity_max = ceil_div(static_cast<double>(in.users), capacity_max.value());

  const DailyRate rate = daily_rate(features, account, in.adding);
  p.daily_adds_per_account = rate.adds;
  p.days_estimate = rate.days_estimate;
  p.basis.insert(p.basis.end(), rate.figures.begin(), rate.figures.end());

  const double users = static_cast<double>(in.users);
  if (in.accounts) {
    p.accounts_needed = *in.accounts;
    if (*in.accounts < p.accounts_for_capacity_max) {
      p.feasible = false;
      const auto most = static_cast<std::int64_t>(static_cast<double>(*in.accounts) * capacity_max.value());
      p.note = {
          fmt::format("{}个号最多承接{}个客户，{}个客户至少需要{}个号", *in.accounts,
                      format_count(most, Lang::kZh), format_count(in.users, Lang::kZh),
                      p.accounts_for_capacity_max),
          fmt::format("{} {} at most {}; {} need at least {}",
                      count_noun(*in.accounts, "account", "accounts", Lang::kEn),
                      *in.accounts == 1 ? "holds" : "hold",
                      count_noun(most, "customer", "customers", Lang::kEn),
                      count_noun(in.users, "customer", "customers", Lang::kEn), p.accounts_for_capacity_max)};
    } else if (*in.accounts < p.accounts_for_capacity) {
      p.note = {
          fmt::format(
              "超出常规承接量：每个号需加到约{}个客户",
              format_count(static_cast<std::int64_t>(std::ceil(users / static_cast<double>(*in.accounts))),
                           Lang::kZh)),
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
  p.basis.push_back(figure_of(per_phone, account));
  std::int64_t phones = ceil_div(static_cast<double>(p.accounts_needed), per_phone.value());
  if (const auto same = features.quantity(account, "accounts_per_phone_same_entity");
      same && same->quantity->value) {
    const std::int64_t per_entity =
        ceil_div(static_cast<double>(p.accounts_needed), static_cast<double>(in.entities));
    phones = std::max(phones, ceil_div(static_cast<double>(per_entity), same->value()));
    p.basis.push_back(figure_of(*same, account));
  }
  p.phones_needed = phones;

  // Row 4 caps customers per company entity too; past entities x cap, WeCom needs more
  // entities or an expansion application (扩容), which the lecture says is available.
  if (const auto per_entity = features.quantity(account, "customers_per_entity");
      per_entity && per_entity->quantity->value && per_entity->value() > 0) {
    p.basis.push_back(figure_of(*per_entity, account));
    p.entities_needed = ceil_div(static_cast<double>(in.users), per_entity->value());
    const double room = per_entity->value() * static_cast<double>(in.entities);
    if (static_cast<double>(in.users) > room)
      p.customers_over_cap = in.users - static_cast<std::int64_t>(room);
  }
  // Row 7: one live code binds a number of staff accounts, and at most a larger number.
  const auto staff = features.quantity(account, "live_code_staff");
  const auto staff_max = features.quantity(account, "live_code_staff_max");
  if (staff && staff->quantity->value && staff->value() > 0) {
    p.basis.push_back(figure_of(*staff, account));
    p.live_codes = ceil_div(static_cast<double>(p.accounts_needed), staff->value());
    p.live_codes_at_max = p.live_codes;
    if (staff_max && staff_max->quantity->value && staff_max->value() > 0) {
      p.basis.push_back(figure_of(*staff_max, account));
      p.live_codes_at_max = ceil_div(static_cast<double>(p.accounts_needed), staff_max->value());
    }
  }
  return p;
}

}  // namespace

Plan make_plan(const FeatureTable& features, const PlanInput& input) {
  // Typed errors naming the field: the command line words them with its flags.
  if (!kUsersBounds.contains(input.users)) throw RangeError(InputField::kUsers, input.users, kUsersBounds);
  if (input.days && !kDaysBounds.contains(*input.days))
    throw RangeError(InputField::kDays, *input.days, kDaysBounds);
  if (input.accounts && !kAccountsBounds.contains(*input.accounts))
    throw RangeError(InputField::kPlanAccounts, *input.accounts, kAccountsBounds);
  if (!kEntitiesBounds.contains(input.entities))
    throw RangeError(InputField::kEntities, input.entities, kEntitiesBounds);
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
      {"日添加量是上限（最多），企微通过率也是上限（以内），所以企微算出的是最少天数；个微通过率是约数（左右"
       "），主动添加的天数只是估算。",
       "Adds a day are ceilings (up to), and so is WeCom's pass rate (within), so WeCom's days are the "
       "fewest possible; personal WeChat's pass rate is approximate, so its active-adding days are an "
       "estimate."},
      {"个微按常规承接量计算账号数；单号上限只作为可行性的硬上限。",
       "Personal accounts are counted at the usual capacity; the per-account maximum is only the hard limit "
       "for feasibility."},
      {"不考虑客户流失和删好友；企微号平均分布在各企业主体下。",
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

PlanInput plan_input_for(const Profile& profile) {
  PlanInput input;
  input.users = profile.users;
  input.adding = profile.adding;
  input.entities = profile.entities;
  return input;
}

}  // namespace advisor
