#include <memory>

#include <fmt/format.h>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/render/sweep_view.hpp"
#include "acct_advisor/sweep.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace advisor::cli {
namespace {

enum class SweepFormat { kText, kJson, kCsv };

struct SweepArgs {
  CommonOptions common;
  ProfileInput input;
  int steps = 20;
  SweepFormat format = SweepFormat::kText;
  std::string rules_file;
  DocumentOutput output;
};

void run_sweep(const SweepArgs& args) {
  const Lang lang = resolve_lang(args.common);
  if (args.input.users.empty()) throw UsageError(std::string(msg(lang, Msg::kErrSweepMissingUsers)));
  // More points than this is no longer a table anyone reads; it is a typo.
  constexpr std::int64_t kMaxSteps = 10'000;
  if (args.steps < 2 || args.steps > kMaxSteps)
    throw UsageError(msg(lang, Msg::kErrOptionProblem, fmt::arg("name", "--steps"),
                         fmt::arg("problem", msg(lang, Msg::kErrOutOfRange, fmt::arg("value", args.steps),
                                                 fmt::arg("lo", 2), fmt::arg("hi", kMaxSteps)))));
  const auto [from, to] = parse_user_range(args.input.users, "--users", lang);
  const auto source = open_data(args.common);
  const DataSet data = load_data_set(*source, args.rules_file);
  ProfileInput input = args.input;
  input.users = std::to_string(from);  // resolved for the other answers; users varies below
  const Profile profile = resolve_profile(input, data.industries, "--", lang);
  const Engine engine(data.features, data.industries, data.rules);
  const Sweep sweep = sweep_users(engine, profile, from, to, args.steps);
  const bool csv = args.format == SweepFormat::kCsv;
  std::string text;
  if (args.format == SweepFormat::kJson)
    text = sweep_to_json(sweep, profile).dump(2) + "\n";
  else if (csv)
    text = render_sweep_csv(sweep);
  else
    text = render_sweep_text(sweep, resolve_lang(args.common), terminal_width(), table_style(args.output));
  write_document(args.output, text, args.common, csv, args.rules_file);
}

}  // namespace

void setup_sweep(CLI::App& app) {
  auto args = std::make_shared<SweepArgs>();
  CLI::App* sub = app.add_subcommand("sweep", text(Msg::kHelpSweep));
  add_profile_options(*sub, args->input);
  sub->get_option("--users")->description(text(Msg::kHelpSweepUsers))->type_name("FROM..TO");
  sub->add_option("--steps", args->steps, text(Msg::kHelpSweepSteps))->type_name("N");
  sub->add_option("--format", args->format, text(Msg::kHelpSweepFormat))
      ->transform(choice_of(Choices<SweepFormat>{
          {"text", SweepFormat::kText}, {"json", SweepFormat::kJson}, {"csv", SweepFormat::kCsv}}));
  sub->add_option("--rules", args->rules_file, text(Msg::kHelpRulesScore))->type_name("FILE");
  add_output_options(*sub, args->output, /*csv=*/true);
  add_common_options(*sub, args->common);
  sub->footer(text(Msg::kHelpSweepFooter));
  sub->callback([args] { run_sweep(*args); });
}

}  // namespace advisor::cli
