#pragma once
// Everything a run needs from data/: the feature table, the industries and the rules, loaded
// together because the rules refer to both.

#include <optional>
#include <string>
#include <vector>

#include "acct_advisor/data_source.hpp"
#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/industry_catalog.hpp"
#include "acct_advisor/rule_set.hpp"

namespace advisor {

struct DataSet {
  FeatureTable features;
  IndustryCatalog industries;
  RuleSet rules;
};

/// Loads all three files; `rules_file` (if not empty) replaces the source's rules.json.
/// Throws DataError.
DataSet load_data_set(const DataSource& source, const std::string& rules_file = "");

/// Runs the rules file's examples; one message per example whose answer differs.
std::vector<std::string> failing_examples(const DataSet& data, Lang lang = Lang::kEn);

/// `validate --max-age`: which rows to warn about.
struct AgeCheck {
  int max_months = 0;  ///< Warn about rows published more than this many months before today.
  SourceDate today;    ///< Today, to the month at least.
};

/// A row whose figures are older than AgeCheck allows (a copy: the data is gone by then).
struct AgedFeature {
  int no = 0;
  LocalizedText name;
  SourceDate published;
  int months = 0;  ///< months_between(published, today)
};

/// What a clean run checked, for validate's summary (worded by the message catalogue).
struct ValidationCounts {
  std::size_t features = 0, industries = 0, rules = 0, advice = 0, examples = 0;
};

struct ValidationReport {
  std::vector<std::string> problems;  ///< Every problem in every file, and every failing example.
  ValidationCounts counts;            ///< What was checked, for a clean run.
  std::vector<AgedFeature> aged;      ///< With an AgeCheck, once features.json loads; not problems.
};

/// Checks everything and collects all problems rather than stopping at the first. With `age`,
/// also lists the rows older than it allows.
ValidationReport validate_data_set(const DataSource& source, const std::string& rules_file = "",
                                   const std::optional<AgeCheck>& age = std::nullopt);

}  // namespace advisor
