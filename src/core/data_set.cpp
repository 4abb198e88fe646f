#include "acct_advisor/data_set.hpp"

#include <fmt/format.h>

#include "acct_advisor/engine.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/messages.hpp"

namespace advisor {

namespace {

SourceFile rules_source(const DataSource& source, const std::string& rules_file) {
  return rules_file.empty() ? source.read("rules.json") : read_data_file(rules_file, source.lang());
}

// Runs `load`, adding its problems to `out` instead of throwing; returns whether it succeeded.
template <typename Load>
bool collect(std::vector<std::string>& out, Load&& load) {
  try {
    load();
    return true;
  } catch (const DataError& e) {
    out.insert(out.end(), e.problems().begin(), e.problems().end());
    return false;
  }
}

}  // namespace

DataSet load_data_set(const DataSource& source, const std::string& rules_file) {
  DataSet data;
  data.features = FeatureTable::load(source);
  data.industries = IndustryCatalog::load(source);
  data.rules = RuleSet::load(rules_source(source, rules_file), data.features, data.industries, source.lang());
  return data;
}

std::vector<std::string> failing_examples(const DataSet& data, Lang lang) {
  std::vector<std::string> failures;
  const Engine engine(data.features, data.industries, data.rules);
  for (const Example& example : data.rules.examples) {
    const std::string where =
        msg(lang, Msg::kDataAt, fmt::arg("file", data.rules.file), fmt::arg("pointer", example.pointer));
    Profile profile;
    try {
      profile = resolve_profile(example.profile, data.industries, "", lang);
    } catch (const UsageError& e) {
      failures.push_back(msg(lang, Msg::kDataExampleBadProfile, fmt::arg("at", where),
                             fmt::arg("id", example.id), fmt::arg("reason", e.what())));
      continue;
    }
    Scores scores;
    const Account got = engine.decide(profile, scores);
    if (got != example.expect) {
      failures.push_back(msg(lang, Msg::kDataExampleFails, fmt::arg("at", where), fmt::arg("id", example.id),
                             fmt::arg("expect", account_id(example.expect)), fmt::arg("got", account_id(got)),
                             fmt::arg("wecom", scores.wecom), fmt::arg("personal", scores.personal),
                             fmt::arg("source", example.source)));
    }
  }
  return failures;
}

ValidationReport validate_data_set(const DataSource& source, const std::string& rules_file,
                                   const std::optional<AgeCheck>& age) {
  ValidationReport report;
  DataSet data;
  const bool features_ok = collect(report.problems, [&] { data.features = FeatureTable::load(source); });
  if (features_ok && age) {
    for (const AgedRow& row : rows_older_than(data.features, age->max_months, age->today)) {
      report.aged.push_back({row.feature->no, row.feature->name, *row.feature->as_of.published, row.months});
    }
  }
  const bool industries_ok =
      collect(report.problems, [&] { data.industries = IndustryCatalog::load(source); });
  // The rules refer to rows and industries; checking them against a broken table would only
  // repeat its problems, so they wait until both load.
  if (!features_ok || !industries_ok) {
    report.problems.push_back(std::string(msg(source.lang(), Msg::kDataRulesNotChecked)));
    return report;
  }
  if (!collect(report.problems, [&] {
        data.rules =
            RuleSet::load(rules_source(source, rules_file), data.features, data.industries, source.lang());
      })) {
    return report;
  }
  const auto failures = failing_examples(data, source.lang());
  report.problems.insert(report.problems.end(), failures.begin(), failures.end());
  report.counts = {data.features.features().size(), data.industries.industries().size(),
                   data.rules.rules.size(), data.rules.advice.size(), data.rules.examples.size()};
  return report;
}

}  // namespace advisor
