#pragma once
// The bounds the core accepts for counts a user gives (customers, days, accounts, company
// entities): sanity bounds on input, not WeCom or WeChat limits (those are in data/). One set,
// read by the core's checks and by the command line's validators alike.

#include <cstdint>

namespace advisor {

struct InputBounds {
  std::int64_t low;
  std::int64_t high;
  constexpr bool contains(std::int64_t value) const { return value >= low && value <= high; }
};

/// Customers: more than a billion is a typo, not a business (WeChat itself has about 1.3 billion users).
inline constexpr InputBounds kUsersBounds{1, 1'000'000'000};
/// Days to reach the customers in: a hundred years.
inline constexpr InputBounds kDaysBounds{1, 36'500};
/// Accounts of each type a plan may be given.
inline constexpr InputBounds kAccountsBounds{1, 1'000'000};
/// Company entities the WeCom accounts are spread over.
inline constexpr InputBounds kEntitiesBounds{1, 10'000};

inline constexpr std::int64_t kMaxUsers = kUsersBounds.high;
inline constexpr std::int64_t kMaxDays = kDaysBounds.high;
inline constexpr std::int64_t kMaxPlanAccounts = kAccountsBounds.high;
inline constexpr std::int64_t kMaxEntities = kEntitiesBounds.high;

}  // namespace advisor
