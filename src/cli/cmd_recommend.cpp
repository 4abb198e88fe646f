#include <memory>

#include <fmt/format.h>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/planner.hpp"
#include "acct_advisor/render/recommendation_view.hpp"
#include "cli_support.hpp"
#include "cmd_check.hpp"
#include "commands.hpp"
#include "wizard.hpp"

namespace advisor::cli {
namespace {

struct RecommendArgs {
  CommonOptions common;
  ProfileInput input;
  std::string format = "text";
  std::string expect;
  std::string output;  ///< With --expect: the check result in this form instead of the report.
  std::string rules_file;
  bool explain = false;
};

ReportFormat parse_format(const std::string& format) {
  if (format == "json") return ReportFormat::kJson;
  if (format == "markdown") return ReportFormat::kMarkdown;
  return ReportFormat::kText;
}

void run_recommend(const RecommendArgs& args) {
  const auto source = open_data(args.common);
  const DataSet data = load_data_set(*source, args.rules_file);
  ProfileInput input = args.input;  // with the answers typed at the questions, if any
  const Profile profile = profile_from_answers(input, data.industries, resolve_lang(args.common));
  const Engine engine(data.features, data.industries, data.rules);
  if (!args.output.empty()) {
    // The gate's answer in a CI form (JUnit, GitHub annotations, TAP, ...), as check gives it.
    CheckReport report;
    CheckCase c = check_profile(engine, profile, *parse_account(args.expect));
    c.input = input;
    report.add(std::move(c));
    finish_check(report, parse_check_output(args.output), resolve_lang(args.common));
    return;
  }
  const Recommendation r = engine.recommend(profile);
  PlanInput plan_input;
  plan_input.users = profile.users;
  plan_input.adding = profile.adding;
  plan_input.entities = profile.entities;
  const Plan plan = make_plan(data.features, plan_input);
  ReportOptions options;
  options.format = parse_format(args.format);
  options.lang = resolve_lang(args.common);
  options.width = terminal_width();
  options.color = use_color();
  options.explain = args.explain;
  write_out(render_recommendation(r, data, options, &plan));
  if (!args.expect.empty() && account_id(r.account) != args.expect) {
    throw ExpectationError(msg(options.lang, Msg::kErrExpectation, fmt::arg("expected", args.expect),
                               fmt::arg("got", account_id(r.account)), fmt::arg("wecom", r.scores.wecom),
                               fmt::arg("personal", r.scores.personal), fmt::arg("margin", r.margin())));
  }
}

}  // namespace

void add_profile_options(CLI::App& sub, ProfileInput& input) {
  sub.add_option("--users", input.users, text(Msg::kHelpUsers))->type_name("N");
  sub.add_option("--industry", input.industry, text(Msg::kHelpIndustry))->type_name("NAME");
  sub.add_option("--barrier", input.barrier, text(Msg::kHelpBarrier))->type_name("low|high");
  sub.add_option("--adding", input.adding, text(Msg::kHelpAdding))->type_name("active|passive");
  sub.add_flag_function(
         "--regulated", [&input](std::int64_t) { input.regulated = "true"; }, text(Msg::kHelpRegulated))
      ->needs(sub.get_option("--barrier"));
  sub.add_option("--entities", input.entities, text(Msg::kHelpEntities))->type_name("N");
  sub.add_option("--within", input.within, text(Msg::kHelpWithin))->type_name("DAYS");
}

void setup_recommend(CLI::App& app) {
  auto args = std::make_shared<RecommendArgs>();
  CLI::App* sub = app.add_subcommand("recommend", text(Msg::kHelpRecommend));
  add_profile_options(*sub, args->input);
  sub->add_option("--format", args->format, text(Msg::kHelpFormatTextMdJson))
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  sub->add_option("--expect", args->expect, text(Msg::kHelpRecommendExpect))
      ->check(CLI::IsMember({"wecom", "personal"}))
      ->type_name("wecom|personal");
  sub->add_option("--output", args->output, text(Msg::kHelpRecommendOutput))
      ->check(CLI::IsMember({"text", "json", "junit", "github", "tap"}))
      ->type_name("FORMAT")
      ->needs("--expect")
      ->excludes("--format");
  sub->add_option("--rules", args->rules_file, text(Msg::kHelpRulesScore))->type_name("FILE");
  sub->add_flag("--explain", args->explain, text(Msg::kHelpRecommendExplain));
  add_common_options(*sub, args->common);
  sub->footer(text(Msg::kHelpRecommendFooter));
  sub->callback([args] { run_recommend(*args); });
}

}  // namespace advisor::cli
