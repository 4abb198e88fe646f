#pragma once
// Scoring a profile against a rule set: every rule whose condition holds adds its weight to
// the account it votes for; the higher score wins, a tie goes to the rule set's tie account.

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/planner.hpp"
#include "acct_advisor/profile.hpp"
#include "acct_advisor/rule_program.hpp"
#include "acct_advisor/rule_set.hpp"
#include "acct_advisor/rule_trace.hpp"
#include "acct_advisor/text_template.hpp"

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
  /// The profile's industry in the catalog; nullptr when it gave a barrier alone.
  const Industry* industry = nullptr;
  Account account = Account::kWecom;
  Scores scores;
  bool tie = false;
  Sizing sizing;
  std::vector<Vote> votes;
  std::vector<Suggestion> advice;
  std::vector<Flip> flips;
  /// Every scoring rule in the rules file's order, fired or not, with what decided it.
  std::vector<RuleTrace> trace;

  int margin() const { return scores.of(account) - scores.of(other(account)); }
  /// What the margin means (clear, close, toss-up), from the rules file's margin bands.
  const MarginBand* band = nullptr;
  /// False when recommend_into was asked to leave the texts (TextFill::kLeave): the votes'
  /// reasons and the advice's texts are empty, and Engine::append_text gives them.
  bool texts_filled = true;
};

/// Whether recommend_into fills the reasons and advice texts, or leaves them to a writer that
/// appends them straight into its output: filling strings only to copy them was a fifth of
/// `batch --explain`'s time.
enum class TextFill { kFill, kLeave };

class Engine {
 public:
  /// All three must outlive the engine.
  Engine(const FeatureTable& features, const IndustryCatalog& industries, const RuleSet& rules);

  /// The fast path for batch: account and scores only, no text.
  Account decide(const Profile& profile, Scores& scores) const;
  /// The full answer: votes with reasons, advice, the flips and the trace of every rule.
  Recommendation recommend(const Profile& profile) const;
  /// The same into `r`, reusing its vectors' and strings' memory: batch --explain calls it for
  /// every record with one Recommendation.
  void recommend_into(const Profile& profile, Recommendation& r, TextFill texts = TextFill::kFill) const;
  /// A vote's reason or an advice's text for `r` in `lang`, appended to `out`: the text
  /// recommend_into puts in the vote or suggestion when it fills them. `r` comes from this engine.
  void append_text(const Recommendation& r, const Vote& vote, Lang lang, AppendBuffer& out) const;
  void append_text(const Recommendation& r, const Suggestion& suggestion, Lang lang, AppendBuffer& out) const;
  /// The rules this engine scores with.
  const RuleSet& rules() const { return rules_; }
  /// Every scoring rule for the profile, fired or not, with the comparison that decided it.
  std::vector<RuleTrace> trace(const Profile& profile) const;
  /// What the rules see of the profile (scoring rules: `recommendation` is empty).
  FactValues facts(const Profile& profile) const;

  /// What each account type needs for the profile (accounts, entities, live codes, days).
  Sizing size(const Profile& profile) const;
  /// The deadline the profile's days are judged against: its own, or the rules' default.
  std::int64_t target_days(const Profile& profile) const;
  /// The smallest user count in (lo, hi] whose answer differs from lo's, given that hi's does.
  /// Bisection on the engine, so it is exact whatever shape the rules give the score.
  std::int64_t find_flip(Profile profile, std::int64_t lo, std::int64_t hi) const;
  /// The nearest user counts, below and above, where the answer changes (none if it never does).
  std::vector<Flip> flips(const Profile& profile) const;
  void flips_into(const Profile& profile, std::vector<Flip>& out) const;

 private:
  /// The answer as a function of the customer count, for one set of the profile's other
  /// answers: the answer at 1 user and the counts at which it changes. Found by bounding each
  /// rule over ranges of counts (Condition::bound), so flips() answers each bisection step by a
  /// lookup instead of scoring the profile again; the result is the same.
  struct AnswerSteps {
    Account first = Account::kWecom;
    std::vector<std::int64_t> changes;  ///< Ascending: answer(n) differs from answer(n - 1).
    Account at(std::int64_t users) const;
  };
  using StepsKey = std::tuple<int, int, bool, std::int64_t, std::int64_t, std::string>;
  /// nullptr when the rules change answer too often over the counts for a table to pay off.
  const AnswerSteps* answer_steps(const Profile& profile) const;
  bool build_steps(const Profile& profile, AnswerSteps& steps) const;
  FactRanges fact_ranges(const Profile& profile, std::int64_t lo, std::int64_t hi) const;
  template <typename AnswerAt>
  static std::int64_t bisect(std::int64_t lo, std::int64_t hi, const AnswerAt& answer_at);

  /// The scores, given whether rule i holds (`holds(i)`: the program's value in decide(), the
  /// trace's in recommend()), calling `fired` for each rule that holds: the one scoring loop
  /// that decide() and recommend() share.
  template <typename Holds, typename OnFired>
  Scores score(const Holds& holds, OnFired&& fired) const;
  /// The facts the scoring rules read, and only those (scoring_parts_): decide() runs on every
  /// record of a batch, and sizing the rest was a tenth of its cost. The others are left at 0.
  FactValues scoring_facts(const Profile& profile) const;
  Account pick(const Scores& scores) const;

  /// A rule's reason or an advice's text, parsed once: [zh, en].
  struct Texts {
    TextTemplate zh, en;
    explicit Texts(const LocalizedText& text) : zh(text.zh, Lang::kZh), en(text.en, Lang::kEn) {}
    void fill(LocalizedText& out, const Profile& profile, const Sizing& sizing,
              const Industry* industry) const;
    const TextTemplate& in(Lang lang) const { return lang == Lang::kZh ? zh : en; }
  };

  const IndustryCatalog& industries_;
  const RuleSet& rules_;
  SizingFigures figures_;
  RuleProgram program_;              ///< rules_.rules' conditions, compiled.
  RuleProgram advice_program_;       ///< rules_.advice's conditions, compiled.
  std::uint8_t scoring_parts_ = 0;   ///< The SizingParts the scoring rules' facts need.
  std::vector<Texts> reasons_;       ///< By position in rules_.rules.
  std::vector<Texts> advice_;        ///< By position in rules_.advice.
  bool rules_use_industry_ = false;  ///< Whether the industry itself, not only its barrier, is a fact.
  mutable std::mutex steps_mutex_;   // flips() may be called from several threads
  mutable std::map<StepsKey, std::unique_ptr<AnswerSteps>> steps_;  // nullptr: not worth a table
  /// A direct-mapped cache in front of steps_: flips() looks up three tables a record, and
  /// building a StepsKey (a string) and searching the map was most of its cost. An entry points
  /// into steps_, so the cache is emptied whenever steps_ is.
  struct CachedSteps {
    StepsKey key;
    const AnswerSteps* steps = nullptr;
    bool valid = false;
  };
  static constexpr std::size_t kCachedSteps = 1024;  // a power of two
  mutable std::vector<CachedSteps> steps_cache_ = std::vector<CachedSteps>(kCachedSteps);
};

}  // namespace advisor
