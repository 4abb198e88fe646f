#include <memory>

#include <fmt/format.h>

#include "acct_advisor/error.hpp"
#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/planner.hpp"
#include "acct_advisor/render/plan_chart.hpp"
#include "acct_advisor/render/plan_view.hpp"
#include "acct_advisor/terminal_text.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "flag_names.hpp"
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
  ReportFormat format = ReportFormat::kText;
  std::string svg;
  DocumentOutput output;
};

void run_plan(const PlanArgs& args, const CLI::App& sub) {
  const Lang lang = resolve_lang(args.common);
  if (sub.count("--days") && sub.count("--accounts"))
    throw UsageError(std::string(msg(lang, Msg::kErrDaysOrAccounts)));
  // The data and the flags given are checked before any question, so nobody answers questions
  // for a run that cannot succeed.
  const auto source = open_data(args.common);
  const FeatureTable features = FeatureTable::load(*source);
  ProfileInput answers;
  answers.users = args.users;
  answers.adding = args.adding;
  const WizardScope scope{.industry = false};
  if (stdin_is_tty() && has_missing_answers(answers, scope)) {
    check_given_answers(answers, IndustryCatalog{}, scope);
    ask_missing_answers(answers, IndustryCatalog{}, lang, scope);
  }
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
                         fmt::arg("value", terminal_value(answers.adding, kShownValueBytes))));
  }
  input.adding = *adding;
  if (sub.count("--days")) input.days = args.days;
  if (sub.count("--accounts")) input.accounts = args.accounts;
  input.entities = args.entities;

  const Plan plan = with_flag_names(lang, [&] { return make_plan(features, input); });
  ReportOptions options;
  options.format = args.format;
  options.lang = lang;
  options.width = terminal_width();
  options.color = use_color(args.output);
  options.box_drawing = use_box_drawing();
  if (!args.svg.empty()) write_output_file(args.svg, render_plan_svg(plan, options.lang), args.common);
  write_document(args.output, render_plan(plan, features, options), args.common);
}

}  // namespace

void setup_plan(CLI::App& app) {
  auto args = std::make_shared<PlanArgs>();
  CLI::App* sub = app.add_subcommand("plan", text(Msg::kHelpPlan));
  sub->add_option("--users", args->users, text(Msg::kHelpPlanUsers))->type_name("N");
  sub->add_option("--adding", args->adding, text(Msg::kHelpPlanAdding))->type_name("active|passive");
  sub->add_option("--days", args->days, text(Msg::kHelpPlanDays))
      ->type_name("D")
      ->check(whole_number(kDaysBounds.low, kDaysBounds.high));
  sub->add_option("--accounts", args->accounts, text(Msg::kHelpPlanAccounts))
      ->type_name("K")
      ->check(whole_number(kAccountsBounds.low, kAccountsBounds.high));
  sub->add_option("--entities", args->entities, text(Msg::kHelpPlanEntities))
      ->type_name("E")
      ->check(whole_number(kEntitiesBounds.low, kEntitiesBounds.high));
  sub->add_option("--format", args->format, text(Msg::kHelpFormatTextMdJson))
      ->transform(choice_of(Choices<ReportFormat>{{"text", ReportFormat::kText},
                                                  {"markdown", ReportFormat::kMarkdown},
                                                  {"json", ReportFormat::kJson}}));
  sub->add_option("--svg", args->svg, text(Msg::kHelpPlanSvg))->type_name("FILE");
  add_output_options(*sub, args->output);
  add_common_options(*sub, args->common);
  sub->footer(text(Msg::kHelpPlanFooter));
  sub->callback([args, sub] { run_plan(*args, *sub); });
}

}  // namespace advisor::cli
