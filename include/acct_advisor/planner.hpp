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
struct FigureRef {
  int row = 0;
  std::string quantity;  ///< e.g. "personal.customers_per_account"
  double value = 0;
  Bound bound = Bound::kExact;
};

/// How a computed count relates to what will happen: exactly, at least (it rests on a ceiling
/// such as 以内 or 最多, so it is a best case), or roughly (it rests on a 约 figure).
enum class Estimate { kExact, kAtLeast, kAbout };
std::string_view estimate_id(Estimate estimate);

/// Customers one account adds a day, from rows 5 and 6: active = requests a day x pass rate,
/// passive = the most it can accept a day. The estimate is that of days computed from it.
struct DailyRate {
  double adds = 0;
  Estimate days_estimate = Estimate::kExact;
  std::vector<FigureRef> figures;
};
DailyRate daily_rate(const FeatureTable& features, Account account, Adding adding);

/// What each account type needs for a number of customers, from the figures of rows 4-7.
/// Computed for every scored profile, so the figures are read once (SizingFigures) and the
/// arithmetic is a few divisions.
struct Sizing {
  std::int64_t wecom_accounts = 0;
  std::int64_t personal_accounts = 0;      ///< at the usual capacity
  std::int64_t personal_accounts_max = 0;  ///< at the most one account can hold
  std::int64_t entities = 1;               ///< given
  std::int64_t wecom_entities_needed = 1;  ///< at the per-entity cap (row 4)
  bool expansion_needed = false;           ///< more entities, or an expansion application
  std::int64_t live_codes = 0;             ///< for the WeCom accounts, at the usual staff per code (row 7)
  std::int64_t wecom_days = 0;             ///< to reach the customers with wecom_accounts (at least)
  std::int64_t personal_days = 0;          ///< with personal_accounts (at least)
  Estimate wecom_days_estimate = Estimate::kExact;
  Estimate personal_days_estimate = Estimate::kExact;
  std::int64_t target_days = 0;  ///< the user's deadline or the rules' default
  bool wecom_in_time = false;
  bool personal_in_time = false;
};

/// A whole divisor (2 to 2^20) with its reciprocal scaled by 2^64, so that size_profile's
/// rounded-up quotients of users by a capacity are a multiplication instead of a double
/// division (the divisions were ~8% of a batch's cycles). m == 0: the divisor is not whole or
/// not in that range, and the quotient is computed in doubles as ceil_div does.
struct WholeDivisor {
  std::uint64_t m = 0;
  std::uint32_t d = 0;
};
WholeDivisor whole_divisor(double divisor);
/// Exactly ceil_div(static_cast<double>(n), divisor) for the divisor whole_divisor was made from.
std::int64_t ceil_div(std::int64_t n, double divisor, WholeDivisor whole);

struct SizingFigures {
  double wecom_capacity = 0, personal_capacity = 0, personal_capacity_max = 0;
  WholeDivisor wecom_whole, personal_whole, personal_max_whole, entity_whole;  ///< of the four above
  double customers_per_entity = 0;  ///< 0: features.json sets no per-entity cap
  double live_code_staff = 0;       ///< 0: no live-code figure
  double rate[2][2] = {};           ///< [account][adding] customers a day per account
  Estimate estimate[2][2] = {};     ///< [account][adding] what days computed from rate are
};
SizingFigures sizing_figures(const FeatureTable& features);

/// Which of Sizing's figures size_profile computes (bits, or'ed). Scoring asks only for those
/// its rules read (Engine::decide, on every record of a batch): each of the others costs a
/// division and a rounding for nothing. Figures not asked for stay at Sizing's defaults.
enum SizingParts : std::uint8_t {
  kSizeWecom = 1,        ///< wecom_accounts, wecom_days, wecom_in_time
  kSizePersonal = 2,     ///< personal_accounts, personal_days, personal_in_time
  kSizePersonalMax = 4,  ///< personal_accounts_max
  kSizeEntities = 8,     ///< wecom_entities_needed, expansion_needed
  kSizeLiveCodes = 16,   ///< live_codes (and wecom_accounts, which they are counted from)
  kSizeAll = 31,
};
Sizing size_profile(const SizingFigures& figures, std::int64_t users, Adding adding, std::int64_t entities,
                    std::int64_t target_days, std::uint8_t parts = kSizeAll);

/// Whole accounts, days, phones: any fraction needs one more, and there is at least one.
/// Capped at 1e15 so absurd figures in a hand-edited features.json give defined answers.
std::int64_t ceil_div(double numerator, double denominator);

struct AccountPlan {
  Account account = Account::kWecom;
  std::int64_t accounts_for_capacity = 0;      ///< To hold the customers at the usual capacity.
  std::int64_t accounts_for_capacity_max = 0;  ///< At the most one account can hold.
  double daily_adds_per_account = 0;           ///< Customers actually added per account per day.
  std::int64_t accounts_needed = 0;            ///< What the plan uses (capacity, --days or --accounts).
  std::optional<std::int64_t> days_to_target;  ///< nullopt when infeasible.
  Estimate days_estimate = Estimate::kExact;   ///< kAtLeast when the daily rate is a ceiling.
  std::int64_t phones_needed = 0;
  bool feasible = true;
  // WeCom only (0 for personal WeChat, which has neither):
  std::int64_t entities_needed = 0;     ///< At the per-entity cap (row 4).
  std::int64_t customers_over_cap = 0;  ///< Beyond entities x cap: needs an expansion application.
  std::int64_t live_codes = 0;  ///< Live codes for accounts_needed at the usual staff per code (row 7).
  std::int64_t live_codes_at_max = 0;  ///< At the most staff one code binds.
  LocalizedText note;                  ///< Why infeasible, or a caveat; empty if none.
  std::vector<FigureRef> basis;
};

struct Plan {
  PlanInput input;
  AccountPlan wecom;
  AccountPlan personal;
  std::vector<LocalizedText> assumptions;

  const AccountPlan& of(Account account) const { return account == Account::kWecom ? wecom : personal; }
};

/// The plan a recommendation comes with: the profile's users, way of adding and entities, with
/// no deadline and no fixed number of accounts.
PlanInput plan_input_for(const Profile& profile);

/// Throws UsageError for inputs out of range (days or accounts < 1, entities < 1).
Plan make_plan(const FeatureTable& features, const PlanInput& input);

/// Customers reached after `day` days with the plan's accounts (capped at the target).
std::int64_t customers_after(const AccountPlan& plan, std::int64_t target, std::int64_t day);

}  // namespace advisor
