#include <memory>

#include <fmt/format.h>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/error.hpp"
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
  options.box_drawing = use_box_drawing();
  options.explain = args.explain;
  write_out(render_recommendation(r, data, options, &plan));
  if (!args.expect.empty() && account_id(r.account) != args.expect) {
    throw ExpectationError(
        fmt::format("expected {}, but the recommendation is {} (wecom {}, personal {}, margin {})",
                    args.expect, account_id(r.account), r.scores.wecom, r.scores.personal, r.margin()));
  }
}

}  // namespace

void add_profile_options(CLI::App& sub, ProfileInput& input) {
  sub.add_option("--users", input.users, "Customers expected: 30000, 30,000, 30k or 3万")->type_name("N");
  sub.add_option("--industry", input.industry,
                 "Industry id, name or alias (see 'industries'), e.g. fruit, 水果, law")
      ->type_name("NAME");
  sub.add_option("--barrier", input.barrier, "Knowledge barrier instead of an industry: low or high")
      ->type_name("low|high");
  sub.add_option("--adding", input.adding,
                 "Who mostly starts the friend request: active (the company adds users) or passive (users "
                 "add the company)")
      ->type_name("active|passive");
  sub.add_flag_function(
         "--regulated", [&input](std::int64_t) { input.regulated = "true"; },
         "With --barrier: the unlisted industry is strictly regulated (chats must be archived)")
      ->needs(sub.get_option("--barrier"));
  sub.add_option("--entities", input.entities,
                 "Company entities the WeCom accounts may be registered under (default 1)")
      ->type_name("N");
  sub.add_option("--within", input.within,
                 "Days to add the customers in (default: the rules' own, a year); weighs adding speed")
      ->type_name("DAYS");
}

void setup_recommend(CLI::App& app) {
  auto args = std::make_shared<RecommendArgs>();
  CLI::App* sub = app.add_subcommand(
      "recommend", "Recommend WeCom or personal WeChat for a business profile, with reasons");
  add_profile_options(*sub, args->input);
  sub->add_option("--format", args->format, "text (default), markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  sub->add_option("--expect", args->expect, "Exit 1 unless the recommendation is this (a CI gate)")
      ->check(CLI::IsMember({"wecom", "personal"}))
      ->type_name("wecom|personal");
  sub->add_option("--output", args->output,
                  "With --expect: print the check result instead of the report: text, json, junit, github "
                  "or tap (as 'check --output')")
      ->check(CLI::IsMember({"text", "json", "junit", "github", "tap"}))
      ->type_name("FORMAT")
      ->needs("--expect")
      ->excludes("--format");
  sub->add_option("--rules", args->rules_file, "Score with this rules file instead of the data's rules.json")
      ->type_name("FILE");
  sub->add_flag("--explain", args->explain,
                "Text: also list every rule, fired or not, with the condition that decided it (Markdown and "
                "JSON always carry this trace)");
  add_common_options(*sub, args->common);
  sub->footer(
      "Examples:\n"
      "  acct-advisor recommend --users 30000 --industry fruit --adding active\n"
      "  acct-advisor recommend --users 8000 --industry law --adding active --explain\n"
      "  acct-advisor recommend --users 3万 --industry 保险 --adding passive --lang zh\n"
      "  acct-advisor recommend --users 8k --barrier high --adding active --format json --expect wecom\n"
      "  acct-advisor recommend --users 20万 --barrier high --regulated --adding passive --entities 4\n"
      "  acct-advisor recommend --users 5000 --industry 律师 --adding active --within 180\n"
      "  acct-advisor recommend          (at a terminal: asks for each missing answer)");
  sub->callback([args] { run_recommend(*args); });
}

}  // namespace advisor::cli
