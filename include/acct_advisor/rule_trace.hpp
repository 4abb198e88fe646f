#pragma once
// Why each scoring rule did or did not fire, for `recommend --explain`, the JSON `trace` and
// `batch --explain`. Typed: the rule, whether it fired, and the comparison that decided it
// with the fact's value; the render layer words it.

#include "acct_advisor/condition.hpp"

namespace advisor {

struct Rule;

/// One scoring rule, fired or not.
struct RuleTrace {
  const Rule* rule = nullptr;
  bool fired = false;
  /// The innermost comparison that made the rule's condition true or false (see
  /// Condition::explain); nullptr when no comparison decided it.
  const Condition* decider = nullptr;
  /// The comparison's own result: the opposite of `fired` when it sits under a `not`.
  bool decider_holds = false;
  /// decider->fact's value for the profile (strings are static or catalog-owned text).
  FactValue value;
};

}  // namespace advisor
