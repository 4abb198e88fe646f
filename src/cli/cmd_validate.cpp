#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/error.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace advisor::cli {
namespace {

struct ValidateArgs {
  CommonOptions common;
  std::string rules_file;
};

void run_validate(const ValidateArgs& args) {
  const auto data = open_data(args.common);
  const ValidationReport report = validate_data_set(*data, args.rules_file);
  if (!report.problems.empty()) {
    std::fflush(stdout);
    for (const auto& problem : report.problems)
      std::fprintf(stderr, "acct-advisor: error: %s\n", problem.c_str());
    throw DataError(
        {fmt::format("{} problem{} found", report.problems.size(), report.problems.size() == 1 ? "" : "s")});
  }
  write_out(report.summary);
}

}  // namespace

void setup_validate(CLI::App& app) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* sub = app.add_subcommand(
      "validate",
      "Check the data and rules files, and run the rules file's examples; exit 3 listing every problem");
  sub->add_option("--rules", args->rules_file, "Validate this rules file instead of the data's rules.json")
      ->type_name("FILE");
  add_common_options(*sub, args->common);
  sub->footer(
      "Examples:\n"
      "  acct-advisor validate\n"
      "  acct-advisor validate --data ./data\n"
      "  acct-advisor validate --rules my-rules.json");
  sub->callback([args] { run_validate(*args); });
}

}  // namespace advisor::cli
