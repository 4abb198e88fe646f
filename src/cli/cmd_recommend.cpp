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

// recommend's forms: the report's, and with --expect the gate's result in check's CI forms.
enum class RecommendFormat { kText, kMarkdown, kJson, kJunit, kGithub, kTap };

const Choices<RecommendFormat> kRecommendFormats{
    {"text", RecommendFormat::kText},     {"markdown", RecommendFormat::kMarkdown},
    {"json", RecommendFormat::kJson},     {"junit", RecommendFormat::kJunit},
    {"github", RecommendFormat::kGithub}, {"tap", RecommendFormat::kTap}};

const Choices<Account> kExpectChoices{{"wecom", Account::kWecom}, {"personal", Account::kPersonal}};

struct RecommendArgs {
  CommonOptions common;
  ProfileInput input;
  std::optional<RecommendFormat> format;  ///< unset: text (or the --output form with --expect)
  std::optional<Account> expect;
  DocumentOutput output;  ///< with --expect, a form's name selects that form (issue 10's spelling)
  std::string rules_file;
  bool explain = false;
  bool quiet = false;  ///< With --expect: the exit code only.
};

ReportFormat report_format(std::optional<RecommendFormat> format) {
  if (format == RecommendFormat::kJson) return ReportFormat::kJson;
  if (format == RecommendFormat::kMarkdown) return ReportFormat::kMarkdown;
  return ReportFormat::kText;
}

// The gate's CI forms; unset for the report's own.
std::optional<CheckOutput> gate_form(std::optional<RecommendFormat> format) {
  if (format == RecommendFormat::kJunit) return CheckOutput::kJunit;
  if (format == RecommendFormat::kGithub) return CheckOutput::kGithub;
  if (format == RecommendFormat::kTap) return CheckOutput::kTap;
  return std::nullopt;
}

void run_recommend(const RecommendArgs& args) {
  // The form and the file first: a usage error must not wait for the questions' answers.
  const Lang lang = resolve_lang(args.common);
  DocumentOutput output = args.output;
  const std::string format_given = args.format ? choice_name(kRecommendFormats, *args.format) : "";
  const bool gate_format = gate_form(args.format).has_value();
  if (gate_format && !args.expect)
    throw UsageError(msg(lang, Msg::kOutputFormNeedsExpect, fmt::arg("format", "--format " + format_given),
                         fmt::arg("expect", "--expect wecom|personal")));
  if (!args.expect && is_check_form(output.path)) {
    // Issue 10's --output FORM outside its gate: most likely --format meant, so not a file.
    throw UsageError(msg(lang, Msg::kOutputFormWithoutExpect, fmt::arg("output", "--output"),
                         fmt::arg("form", output.path), fmt::arg("expect", "--expect wecom|personal"),
                         fmt::arg("format", "--format")));
  }
  const auto source = open_data(args.common);
  const DataSet data = load_data_set(*source, args.rules_file);
  ProfileInput input = args.input;  // with the answers typed at the questions, if any
  const Profile profile = profile_from_answers(input, data.industries, lang);
  const Engine engine(data.features, data.industries, data.rules);
  if (args.expect && (gate_format || is_check_form(output.path))) {
    // The gate's answer in a CI form (JUnit, GitHub annotations, TAP, ...), as check gives it.
    const CheckOutput form = resolve_check_form(gate_form(args.format), format_given, output, lang);
    CheckReport report;
    CheckCase c = check_profile(engine, profile, *args.expect);
    c.input = input;
    report.add(std::move(c));
    finish_check(report, form, lang, output, args.common, args.rules_file, args.quiet);
    return;
  }
  const Recommendation r = engine.recommend(profile);
  const Plan plan = make_plan(data.features, plan_input_for(profile));
  ReportOptions options;
  options.format = report_format(args.format);
  options.lang = lang;
  options.width = terminal_width();
  options.color = use_color(output);
  options.box_drawing = use_box_drawing();
  options.explain = args.explain;
  if (!args.quiet)
    write_document(output, render_recommendation(r, data, options, &plan), args.common, /*csv=*/false,
                   args.rules_file);
  if (args.expect && r.account != *args.expect) {
    if (args.quiet) throw ExpectationError("");  // the exit code is the whole answer
    throw ExpectationError(msg(options.lang, Msg::kErrExpectation,
                               fmt::arg("expected", account_id(*args.expect)),
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
  sub->add_option_function<RecommendFormat>(
         "--format", [args](const RecommendFormat& format) { args->format = format; },
         text(Msg::kHelpRecommendFormat))
      ->transform(choice_of(kRecommendFormats));
  sub->add_option_function<Account>(
         "--expect", [args](const Account& account) { args->expect = account; },
         text(Msg::kHelpRecommendExpect))
      ->transform(choice_of(kExpectChoices))
      ->type_name("wecom|personal");
  add_output_options(*sub, args->output);
  sub->add_flag("--quiet,-q", args->quiet, text(Msg::kHelpRecommendQuiet))->needs("--expect");
  sub->add_option("--rules", args->rules_file, text(Msg::kHelpRulesScore))->type_name("FILE");
  sub->add_flag("--explain", args->explain, text(Msg::kHelpRecommendExplain));
  add_common_options(*sub, args->common);
  sub->footer(text(Msg::kHelpRecommendFooter));
  sub->callback([args] { run_recommend(*args); });
}

}  // namespace advisor::cli
