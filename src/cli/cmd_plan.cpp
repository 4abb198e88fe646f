#include <memory>

#include <fmt/format.h>

#include "acct_advisor/error.hpp"
#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/planner.hpp"
#include "acct_advisor/render/plan_chart.hpp"
#include "acct_advisor/render/plan_view.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "wizard.hpp"

namespace advisor::cli {
namespace {

struct PlanArgs {
  CommonOptions common;
  std::string users;
  std::string adding;
  std::int64_t days = 0;
  std::int64_t accounts = 0;
  std::int64_t entities = 1;
  std::string format = "text";
  std::string svg;
  DocumentOutput output;
};

void run_plan(const PlanArgs& args, const CLI::App& sub) {
  if (sub.count("--days") && sub.count("--accounts"))
    throw UsageError("--days and --accounts: give one or the other");
  ProfileInput answers;
  answers.users = args.users;
  answers.adding = args.adding;
  const WizardScope scope{.industry = false};
  if (stdin_is_tty() && has_missing_answers(answers, scope)) {
    ask_missing_answers(answers, IndustryCatalog{}, resolve_lang(args.common), scope);
  }
  const Lang lang = resolve_lang(args.common);
  std::string missing;
  if (answers.users.empty()) missing += "--users";
  if (answers.adding.empty())
    missing += missing.empty() ? "--adding" : std::string(msg(lang, Msg::kListSeparator)) + "--adding";
  if (!missing.empty()) throw UsageError(msg(lang, Msg::kInputMissing, fmt::arg("fields", missing)));
  PlanInput input;
  input.users = parse_users(answers.users, "--users", lang);
  const auto adding = parse_adding(answers.adding);
  if (!adding) {
    throw UsageError(msg(lang, Msg::kInputAddingExpected, fmt::arg("field", "--adding"),
                         fmt::arg("value", answers.adding.substr(0, 60))));
  }
  input.adding = *adding;
  if (sub.count("--days")) input.days = args.days;
  if (sub.count("--accounts")) input.accounts = args.accounts;
  input.entities = args.entities;

  const auto source = open_data(args.common);
  const FeatureTable features = FeatureTable::load(*source);
  const Plan plan = make_plan(features, input);
  ReportOptions options;
  options.format = args.format == "json"       ? ReportFormat::kJson
                   : args.format == "markdown" ? ReportFormat::kMarkdown
                                               : ReportFormat::kText;
  options.lang = resolve_lang(args.common);
  options.width = terminal_width();
  options.color = use_color(args.output);
  options.box_drawing = use_box_drawing();
  if (!args.svg.empty()) write_output_file(args.svg, render_plan_svg(plan, options.lang), args.common);
  write_document(args.output, render_plan(plan, features, options), args.common);
}

}  // namespace

void setup_plan(CLI::App& app) {
  auto args = std::make_shared<PlanArgs>();
  CLI::App* sub = app.add_subcommand(
      "plan", "Plan accounts, days and phone numbers to reach a customer target, for both account types");
  sub->add_option("--users", args->users, "Customers to reach: 30000, 30,000, 30k or 3万")->type_name("N");
  sub->add_option("--adding", args->adding,
                  "active (the company adds users) or passive (users add the company)")
      ->type_name("active|passive");
  sub->add_option("--days", args->days, "Reach the target within D days: how many accounts that takes")
      ->type_name("D")
      ->check(whole_number(1, kMaxDays));
  sub->add_option("--accounts", args->accounts, "Use K accounts of each type: how many days that takes")
      ->type_name("K")
      ->check(whole_number(1, kMaxPlanAccounts));
  sub->add_option("--entities", args->entities,
                  "Company entities the WeCom accounts are registered under (default 1)")
      ->type_name("E")
      ->check(whole_number(1, kMaxEntities));
  sub->add_option("--format", args->format, "text (default), markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  sub->add_option("--svg", args->svg,
                  "Also write a chart of customers reached over days to FILE (SVG; - for stdout)")
      ->type_name("FILE");
  add_output_options(*sub, args->output);
  add_common_options(*sub, args->common);
  sub->footer(
      "Examples:\n"
      "  acct-advisor plan --users 30000 --adding passive\n"
      "  acct-advisor plan --users 3万 --adding active --days 90 --lang zh\n"
      "  acct-advisor plan --users 30000 --adding active --accounts 4 --svg plan.svg\n"
      "  acct-advisor plan               (at a terminal: asks for each missing answer)");
  sub->callback([args, sub] { run_plan(*args, *sub); });
}

}  // namespace advisor::cli
