#pragma once
// data/rules.json: the scoring rules (each votes for one account type with a weight and a
// reason), advice rules (actions that complement the choice), the tie rule, and examples
// that pin the rules to the lecture's answers.

#include <optional>
#include <string>
#include <vector>

#include "acct_advisor/account.hpp"
#include "acct_advisor/basis.hpp"
#include "acct_advisor/condition.hpp"
#include "acct_advisor/data_source.hpp"
#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/industry_catalog.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/profile.hpp"

namespace advisor {

struct Rule {
  std::string id;
  std::string criterion;  ///< A dimension id from features.json (scale, barrier, adding, ...).
  Condition when;
  Account vote = Account::kWecom;
  int weight = 1;
  LocalizedText reason;       ///< May hold {placeholders}; see render_template().
  std::vector<int> features;  ///< Rows cited: those listed plus those the condition's refs used.
  Basis basis;                ///< Why the vote holds: a lecture quote, table rows or an inference.
};

struct Advice {
  std::string id;
  Condition when;
  LocalizedText text;
  std::vector<int> features;
  Basis basis;
};

/// What a margin means to an operator: margins up to `up_to` fall in this band (the last band
/// has no bound).
struct MarginBand {
  std::string id;  ///< toss_up, close, clear
  std::optional<int> up_to;
  LocalizedText name;
  LocalizedText meaning;
};

/// A profile with the answer the rules must give, traced to its source.
struct Example {
  std::string id;
  ProfileInput profile;
  Account expect = Account::kWecom;
  std::string source;
  std::string pointer;  ///< Where it is in the file, for failure messages.
};

struct RuleSet {
  std::string file;  ///< Display name, for messages.
  std::vector<Rule> rules;
  std::vector<Advice> advice;
  std::vector<Example> examples;
  Account tie = Account::kWecom;
  LocalizedText tie_reason;
  Basis tie_basis;
  std::vector<MarginBand> margins;       ///< In increasing order; at least one.
  std::int64_t default_target_days = 0;  ///< Days to reach the customers in, when the user gives none.
  Basis target_basis;

  /// The band a margin falls in.
  const MarginBand& band(int margin) const;

  static RuleSet parse(const nlohmann::json& doc, const FeatureTable& features,
                       const IndustryCatalog& industries, Problems& problems);
  /// Parses a whole file (with its size, depth and syntax checks); throws DataError with the
  /// problems worded in `lang`.
  static RuleSet load(const SourceFile& file, const FeatureTable& features, const IndustryCatalog& industries,
                      Lang lang = Lang::kEn);
};

/// Placeholders a reason or advice text may use; each is a fact of the profile.
inline constexpr std::string_view kTemplateFields[] = {
    "users",
    "wecom_accounts",
    "personal_accounts",
    "personal_accounts_max",
    "entities",
    "wecom_entities_needed",
    "live_codes",
    "wecom_days",
    "personal_days",
    "target_days",
    "industry",
    "barrier",
    "adding",
    "wecom_days_bound",
    "personal_days_bound",
};

}  // namespace advisor
