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

/// An input change that would change the answer.
struct Flip {
  std::string change;  ///< "users", "adding" or "barrier"
  std::string from;
  std::string to;  ///< the new value ("passive", "high", or a user count)
  Account recommendation = Account::kWecom;
};

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
