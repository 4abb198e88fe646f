#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/render/feature_table_view.hpp"
#include "acct_advisor/terminal_text.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "diagnostics.hpp"

namespace advisor::cli {
namespace {

// --max-age: from a month to a thousand years.
constexpr std::int64_t kMaxAgeMonths = 12000;

struct ValidateArgs {
  CommonOptions common;
  std::string rules_file;
  std::int64_t max_age = 0;  // 0: not given
};

std::string age_warning(const AgedFeature& row, Lang lang) {
  return msg(lang, Msg::kAgeWarning, fmt::arg("file", "features.json"), fmt::arg("no", row.no),
             fmt::arg("name", row.name.in(lang)), fmt::arg("date", date_text(row.published, lang)),
             fmt::arg("months", row.months));
}

void run_validate(const ValidateArgs& args) {
  const auto data = open_data(args.common);
  std::optional<AgeCheck> age;
  if (args.max_age > 0) age = AgeCheck{static_cast<int>(args.max_age), today()};
  const ValidationReport report = validate_data_set(*data, args.rules_file, age);
  const Lang lang = resolve_lang(args.common);
  auto print_warnings = [&] {
    for (const auto& row : report.aged) print_warning(age_warning(row, lang));
  };
  if (!report.problems.empty()) {
    print_warnings();
    for (const auto& problem : report.problems) print_error(problem, kNoLengthCap);
    throw DataError({msg(lang, Msg::kErrValidateProblems,
                         fmt::arg("count", Count{static_cast<std::int64_t>(report.problems.size()), lang}))});
  }
  const ValidationCounts& n = report.counts;
  write_out(msg(lang, Msg::kValidateSummary, fmt::arg("features", n.features),
                fmt::arg("industries", n.industries), fmt::arg("rules", n.rules),
                fmt::arg("advice", n.advice), fmt::arg("examples", n.examples)));
  flush_out();
  print_warnings();
}

}  // namespace

void setup_validate(CLI::App& app) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* sub = app.add_subcommand("validate", text(Msg::kHelpValidate));
  sub->add_option("--rules", args->rules_file, text(Msg::kHelpValidateRules))->type_name("FILE");
  sub->add_option("--max-age", args->max_age, text(Msg::kHelpValidateMaxAge))
      ->type_name("MONTHS")
      ->check(whole_number(1, kMaxAgeMonths));
  add_common_options(*sub, args->common);
  sub->footer(text(Msg::kHelpValidateFooter));
  sub->callback([args] { run_validate(*args); });
}

}  // namespace advisor::cli
