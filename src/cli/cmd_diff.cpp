#include <memory>

#include <fmt/format.h>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/decision_diff.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/number_words.hpp"
#include "acct_advisor/render/diff_view.hpp"
#include "acct_advisor/terminal_text.hpp"
#include "cli_support.hpp"
#include "cmd_check.hpp"
#include "commands.hpp"
#include "diagnostics.hpp"

namespace advisor::cli {
namespace {

struct DiffArgs {
  CommonOptions common;  // --data: the changed data directory
  std::string rules_file;
  std::string against_rules;
  std::string against_data;
  std::string input;  // a profile file; empty: the built-in grid
  DiffFormat format = DiffFormat::kText;
  DocumentOutput output;
};

// How a side is named: its rules file if it has its own, else its data directory.
std::string side_label(const std::string& data_dir, const std::string& rules_file, Lang lang) {
  std::string data = data_dir.empty() ? std::string(msg(lang, Msg::kDiffBuiltIn)) : data_dir;
  if (rules_file.empty()) return data;
  if (data_dir.empty()) return rules_file;
  return msg(lang, Msg::kDiffRulesOf, fmt::arg("rules", rules_file), fmt::arg("data", data));
}

void run_diff(const DiffArgs& args) {
  const Lang lang = resolve_lang(args.common);
  if (args.common.data_dir.empty() && args.rules_file.empty() && args.against_rules.empty() &&
      args.against_data.empty()) {
    throw UsageError(std::string(msg(lang, Msg::kErrDiffNothing)));
  }
  // The change: --data (or the built-in data) with --rules (or that data's rules.json).
  const auto after_source = open_data(args.common);
  const DataSet after_data = load_data_set(*after_source, args.rules_file);
  // The baseline: --against-data; else, when only --against names other rules, the same data
  // as the change, so the rules are all that differ; else the built-in data.
  CommonOptions baseline = args.common;
  if (!args.against_data.empty())
    baseline.data_dir = args.against_data;
  else if (args.against_rules.empty())
    baseline.data_dir.clear();
  const auto before_source = open_data(baseline);
  const DataSet before_data = load_data_set(*before_source, args.against_rules);

  const Engine after_engine(after_data.features, after_data.industries, after_data.rules);
  const Engine before_engine(before_data.features, before_data.industries, before_data.rules);
  const DiffSide before{before_data, before_engine};
  const DiffSide after{after_data, after_engine};

  DiffLabels labels;
  labels.before = side_label(baseline.data_dir, args.against_rules, lang);
  labels.after = side_label(args.common.data_dir, args.rules_file, lang);
  labels.industries = &after_data.industries;
  DecisionDiff diff;
  if (args.input.empty()) {
    diff = diff_grid(before, after);
  } else {
    std::string text, error;
    if (!read_input_file(args.input, text, error))
      throw UsageError(
          msg(lang, Msg::kErrOptionProblem, fmt::arg("name", "--input"), fmt::arg("problem", error)));
    const ProfileFile file = read_profile_file(text, /*need_expect=*/false, RecordFormat::kAuto, lang);
    for (const auto& warning : file.warnings)
      print_warning(msg(lang, Msg::kErrOptionProblem,
                        fmt::arg("name", terminal_value(args.input, kShownPathBytes)),
                        fmt::arg("problem", warning)));
    labels.file = args.input;
    diff = diff_records(before, after, file);
  }
  std::vector<std::string> inputs;
  if (!args.against_rules.empty()) inputs.push_back(args.against_rules);
  if (!args.input.empty() && args.input != "-") inputs.push_back(args.input);
  if (!args.against_data.empty()) {
    for (const char* name : {"/features.json", "/industries.json", "/rules.json"})
      inputs.push_back(args.against_data + name);
  }
  write_document(
      args.output,
      render_diff(diff, labels, args.format, lang, terminal_width(), TableStyle{false, use_box_drawing()}),
      args.common, /*csv=*/false, args.rules_file, inputs);
  // As with check, a profile that could not be compared outranks a change: the review is
  // incomplete.
  if (!diff.bad.empty()) {
    flush_out();
    throw UsageError(msg(lang, Msg::kDiffExitBad, fmt::arg("bad", diff.bad.size())));
  }
  if (diff.changed() > 0) {
    auto count = [lang](std::size_t n) { return format_count(static_cast<std::int64_t>(n), lang); };
    throw ExpectationError(msg(lang, Msg::kDiffExitChanged, fmt::arg("changed", count(diff.changed())),
                               fmt::arg("total", count(diff.compared))));
  }
}

}  // namespace

void setup_diff(CLI::App& app) {
  auto args = std::make_shared<DiffArgs>();
  CLI::App* sub = app.add_subcommand("diff", text(Msg::kHelpDiff));
  sub->add_option("--rules", args->rules_file, text(Msg::kHelpDiffRules))->type_name("FILE");
  sub->add_option("--against", args->against_rules, text(Msg::kHelpDiffAgainst))->type_name("FILE");
  sub->add_option("--against-data", args->against_data, text(Msg::kHelpDiffAgainstData))->type_name("DIR");
  sub->add_option("--input", args->input, text(Msg::kHelpDiffInput))->type_name("FILE|-");
  sub->add_option("--format", args->format, text(Msg::kHelpFormatTextMdJson))
      ->transform(choice_of(Choices<DiffFormat>{
          {"text", DiffFormat::kText}, {"markdown", DiffFormat::kMarkdown}, {"json", DiffFormat::kJson}}));
  add_output_options(*sub, args->output);
  add_common_options(*sub, args->common);
  sub->footer(text(Msg::kHelpDiffFooter));
  sub->callback([args] { run_diff(*args); });
}

}  // namespace advisor::cli
