// `report`: the recommendation, its plan and the comparison as one HTML page to share.

#include <memory>
#include <string>

#include <fmt/format.h>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/planner.hpp"
#include "acct_advisor/render/html_report.hpp"
#include "acct_advisor/sweep.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "wizard.hpp"

namespace advisor::cli {
namespace {

struct ReportArgs {
  CommonOptions common;
  ProfileInput input;
  std::string output = "-";
  std::string rules_file;
};

// The customer counts the report sweeps for where the answer flips: from a small shop to ten
// million customers, ten points a decade (each flip is then found exactly by bisection). A
// display range, not a WeCom or WeChat limit.
constexpr std::int64_t kSweepFrom = 100;
constexpr std::int64_t kSweepTo = 10'000'000;
constexpr int kSweepSteps = 51;

// The command that makes the same report: the resolved profile (so answers given to the
// questions are in it too), the language and the data it was computed from. Not --output: where
// the page is written does not change it.
std::string reproducing_command(const Profile& p, const ReportArgs& args, Lang lang) {
  std::string out = fmt::format("acct-advisor report --users {}", p.users);
  if (!p.industry.empty()) {
    out += " --industry " + shell_word(p.industry);
  } else {
    out += fmt::format(" --barrier {}", barrier_id(p.barrier));
    if (p.regulated) out += " --regulated";
  }
  out += fmt::format(" --adding {}", adding_id(p.adding));
  if (p.entities != 1) out += fmt::format(" --entities {}", p.entities);
  if (p.within_days) out += fmt::format(" --within {}", *p.within_days);
  out += fmt::format(" --lang {}", lang_code(lang));
  if (!args.rules_file.empty()) out += " --rules " + shell_word(args.rules_file);
  if (!args.common.data_dir.empty()) out += " --data " + shell_word(args.common.data_dir);
  return out;
}

void run_report(const ReportArgs& args) {
  const Lang lang = resolve_lang(args.common);
  const SourceDate generated = today();  // first: a bad SOURCE_DATE_EPOCH fails before any work
  const auto source = open_data(args.common);
  const DataSet data = load_data_set(*source, args.rules_file);
  ProfileInput input = args.input;
  const Profile profile = profile_from_answers(input, data.industries, lang);
  const Engine engine(data.features, data.industries, data.rules);
  const Recommendation r = engine.recommend(profile);
  const Plan plan = make_plan(data.features, plan_input_for(profile));
  const Sweep sweep = sweep_users(engine, profile, kSweepFrom, kSweepTo, kSweepSteps);

  HtmlReportOptions options;
  options.lang = lang;
  options.command = reproducing_command(profile, args, lang);
  options.generated = generated;
  options.version = ACCT_ADVISOR_VERSION;
  const std::string page = render_html_report({r, data, plan, sweep}, options);
  write_output_file(args.output, page, args.common, args.rules_file);
}

}  // namespace

void setup_report(CLI::App& app) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* sub = app.add_subcommand("report", text(Msg::kHelpReport));
  add_profile_options(*sub, args->input);
  sub->add_option("--output", args->output, text(Msg::kHelpReportOutput))->type_name("FILE");
  sub->add_option("--rules", args->rules_file, text(Msg::kHelpRulesScore))->type_name("FILE");
  add_common_options(*sub, args->common);
  sub->footer(text(Msg::kHelpReportFooter));
  sub->callback([args] { run_report(*args); });
}

}  // namespace advisor::cli
