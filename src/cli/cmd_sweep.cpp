#include <memory>

#include <fmt/format.h>

#include "acct_advisor/csv.hpp"
#include "acct_advisor/data_set.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/render/feature_table_view.hpp"
#include "acct_advisor/sweep.hpp"
#include "acct_advisor/render/text_layout.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace advisor::cli {
namespace {

struct SweepArgs {
  CommonOptions common;
  ProfileInput input;
  int steps = 20;
  std::string format = "text";
  std::string rules_file;
};

std::string render_text(const Sweep& sweep, Lang lang) {
  const bool zh = lang == Lang::kZh;
  TextTable t({zh ? "客户数" : "Customers", zh ? "推荐" : "Recommendation", zh ? "企微得分" : "WeCom score",
               zh ? "个微得分" : "Personal score"});
  for (const auto& p : sweep.points) {
    t.add_row({format_number(static_cast<double>(p.users)),
               std::string(account_title(p.recommendation, lang)), std::to_string(p.scores.wecom),
               std::to_string(p.scores.personal)});
  }
  std::string out = t.render(terminal_width(), TableStyle{use_color()});
  out += zh ? "\n结论变化点：\n" : "\nWhere the answer flips:\n";
  if (sweep.flips.empty()) out += zh ? "  在这个范围内结论不变。\n" : "  Nowhere in this range.\n";
  for (const auto& f : sweep.flips) {
    out += zh ? fmt::format("  从{}个客户起：{} → {}\n", format_number(static_cast<double>(f.users)),
                            account_name(f.from, lang), account_name(f.to, lang))
              : fmt::format("  from {} customers: {} -> {}\n", format_number(static_cast<double>(f.users)),
                            account_name(f.from, lang), account_name(f.to, lang));
  }
  return out;
}

std::string render_csv(const Sweep& sweep) {
  std::string out = csv_record({"users", "recommendation", "wecom_score", "personal_score", "flip"});
  std::size_t next_flip = 0;
  for (const auto& p : sweep.points) {
    // Flip rows sit in order among the points, marked, so a spreadsheet plot shows them.
    while (next_flip < sweep.flips.size() && sweep.flips[next_flip].users < p.users) {
      const auto& f = sweep.flips[next_flip++];
      out += csv_record({std::to_string(f.users), std::string(account_id(f.to)), "", "", "yes"});
    }
    out += csv_record({std::to_string(p.users), std::string(account_id(p.recommendation)),
                       std::to_string(p.scores.wecom), std::to_string(p.scores.personal), ""});
  }
  return out;
}

void run_sweep(const SweepArgs& args) {
  if (args.input.users.empty()) throw UsageError("missing --users FROM..TO");
  // More points than this is no longer a table anyone reads; it is a typo.
  constexpr std::int64_t kMaxSteps = 10'000;
  if (args.steps < 2 || args.steps > kMaxSteps)
    throw UsageError(fmt::format("--steps: {} is out of range; give 2 to {}", args.steps, kMaxSteps));
  const auto [from, to] = parse_user_range(args.input.users);
  const auto source = open_data(args.common);
  const DataSet data = load_data_set(*source, args.rules_file);
  ProfileInput input = args.input;
  input.users = std::to_string(from);  // resolved for the other answers; users varies below
  const Profile profile = resolve_profile(input, data.industries);
  const Engine engine(data.features, data.industries, data.rules);
  const Sweep sweep = sweep_users(engine, profile, from, to, args.steps);
  if (args.format == "json")
    write_out(sweep_to_json(sweep, profile).dump(2) + "\n");
  else if (args.format == "csv")
    write_out(render_csv(sweep));
  else
    write_out(render_text(sweep, resolve_lang(args.common)));
}

}  // namespace

void setup_sweep(CLI::App& app) {
  auto args = std::make_shared<SweepArgs>();
  CLI::App* sub = app.add_subcommand(
      "sweep", "Show the recommendation across a range of customer counts and where it flips");
  add_profile_options(*sub, args->input);
  sub->get_option("--users")
      ->description("Range of customers FROM..TO, e.g. 1000..1000000 or 1k..100万")
      ->type_name("FROM..TO");
  sub->add_option("--steps", args->steps, "Points on a log scale (default 20)")->type_name("N");
  sub->add_option("--format", args->format, "text (default), json or csv")
      ->check(CLI::IsMember({"text", "json", "csv"}));
  sub->add_option("--rules", args->rules_file, "Score with this rules file instead of the data's rules.json")
      ->type_name("FILE");
  add_common_options(*sub, args->common);
  sub->footer(
      "Examples:\n"
      "  acct-advisor sweep --users 1000..1000000 --industry law --adding passive\n"
      "  acct-advisor sweep --users 1k..100万 --barrier high --adding active --format csv");
  sub->callback([args] { run_sweep(*args); });
}

}  // namespace advisor::cli
