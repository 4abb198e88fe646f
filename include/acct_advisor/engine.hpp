#pragma once
// Scoring a profile against a rule set: every rule whose condition holds adds its weight to
// the account it votes for; the higher score wins, a tie goes to the rule set's tie account.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/planner.hpp"
#include "acct_advisor/profile.hpp"
#include "acct_advisor/rule_set.hpp"

namespace advisor {

struct Scores {
  int wecom = 0;
  int personal = 0;
  int of(Account account) const { return account == Account::kWecom ? wecom : personal; }
};

/// A rule that fired, with its reason filled in.
struct Vote {
  const Rule* rule = nullptr;
  LocalizedText reason;
};

struct Suggestion {
  const Advice* advice = nullptr;
  LocalizedText text;
};

/// One input changed so that the answer changes: the other adding mode, the other barrier, or
/// the nearest customer count (below or above) with the other answer. Typed, so views and JSON
/// read the value without parsing it back.
struct Flip {
  enum class Change { kAdding, kBarrier, kUsers };
  Change change = Change::kUsers;
  Adding adding = Adding::kActive;  ///< kAdding: the mode that flips it.
  Barrier barrier = Barrier::kLow;  ///< kBarrier: the barrier that flips it.
  std::int64_t users = 0;           ///< kUsers: the nearest count with the other answer.
  Account recommendation = Account::kWecom;
};
/// "adding", "barrier", "users": the ids in JSON output.
std::string_view change_id(Flip::Change change);

struct Recommendation {
  Profile profile;
  Account account = Account::kWecom;
  Scores scores;
  bool tie = false;
  Sizing sizing;
  std::vector<Vote> votes;
  std::vector<Suggestion> advice;
  std::vector<Flip> flips;

  int margin() const { return scores.of(account) - scores.of(other(account)); }
  /// What the margin means (clear, close, toss-up), from the rules file's margin bands.
  const MarginBand* band = nullptr;
};

class Engine {
 public:
  /// All three must outlive the engine.
  Engine(const FeatureTable& features, const IndustryCatalog& industries, const RuleSet& rules);

  /// The fast path for batch: account and scores only, no text.
  Account decide(const Profile& profile, Scores& scores) const;
  /// The full answer: votes with reasons, advice and the flips.
  Recommendation recommend(const Profile& profile) const;

  /// What each account type needs for the profile (accounts, entities, live codes, days).
  Sizing size(const Profile& profile) const;
  /// The deadline the profile's days are judged against: its own, or the rules' default.
  std::int64_t target_days(const Profile& profile) const;
  /// The smallest user count in (lo, hi] whose answer differs from lo's, given that hi's does.
  /// Bisection on the engine, so it is exact whatever shape the rules give the score.
  std::int64_t find_flip(Profile profile, std::int64_t lo, std::int64_t hi) const;
  /// The nearest user counts, below and above, where the answer changes (none if it never does).
  std::vector<Flip> flips(const Profile& profile) const;

 private:
  FactValues facts(const Profile& profile) const;
  /// The scores from the facts, calling `fired` for each rule that holds: the one scoring loop
  /// that decide() and recommend() share.
  template <typename OnFired>
  Scores score(const FactValues& facts, OnFired&& fired) const;
  Account pick(const Scores& scores) const;

  LocalizedText fill(const LocalizedText& text, const Profile& profile, const Sizing& sizing) const;

  const IndustryCatalog& industries_;
  const RuleSet& rules_;
  SizingFigures figures_;
};

/// Fills {users}, {industry}, ... in a reason or advice text (see kTemplateFields), and
/// {field|singular|plural} with the count and the English noun that agrees with it.
std::string render_template(const std::string& text, const Profile& profile, const Sizing& sizing, Lang lang,
                            const Industry* industry);

}  // namespace advisor
