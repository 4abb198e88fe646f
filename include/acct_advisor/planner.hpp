#pragma once
// Capacity planning: how many accounts of each type, how many days to reach the target,
// and how many phone numbers to register them, from the figures in features.json only.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "acct_advisor/account.hpp"
#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/profile.hpp"

namespace advisor {

struct PlanInput {
  std::int64_t users = 0;
  Adding adding = Adding::kActive;
  std::optional<std::int64_t> days;      ///< Reach the target within this many days.
  std::optional<std::int64_t> accounts;  ///< Or: use this many accounts of each type.
  std::int64_t entities = 1;             ///< Company entities the WeCom accounts are spread over.
};

/// A figure from features.json that a computed number rests on.
struct PlanFigure {
  int row = 0;
  std::string quantity;  ///< e.g. "personal.customers_per_account"
  double value = 0;
};

struct AccountPlan {
  Account account = Account::kWecom;
  std::int64_t accounts_for_capacity = 0;      ///< To hold the customers at the usual capacity.
  std::int64_t accounts_for_capacity_max = 0;  ///< At the most one account can hold.
  double daily_adds_per_account = 0;           ///< Customers actually added per account per day.
  std::int64_t accounts_needed = 0;            ///< What the plan uses (capacity, --days or --accounts).
  std::optional<std::int64_t> days_to_target;  ///< nullopt when infeasible.
  std::int64_t phones_needed = 0;
  bool feasible = true;
  LocalizedText note;  ///< Why infeasible, or a caveat; empty if none.
  std::vector<PlanFigure> basis;
};

struct Plan {
  PlanInput input;
  AccountPlan wecom;
  AccountPlan personal;
  std::vector<LocalizedText> assumptions;

  const AccountPlan& of(Account account) const { return account == Account::kWecom ? wecom : personal; }
};

/// Throws UsageError for inputs out of range (days or accounts < 1, entities < 1).
Plan make_plan(const FeatureTable& features, const PlanInput& input);

/// Customers reached after `day` days with the plan's accounts (capped at the target).
std::int64_t customers_after(const AccountPlan& plan, std::int64_t target, std::int64_t day);

}  // namespace advisor
