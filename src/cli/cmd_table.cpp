#include <memory>

#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/render/feature_table_view.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "flag_names.hpp"

namespace advisor::cli {
namespace {

struct TableArgs {
  CommonOptions common;
  TableFormat format = TableFormat::kText;
  std::string dimension;
  bool differences_only = false;
  bool sources = false;
  DocumentOutput output;
};

void run_table(const TableArgs& args) {
  const auto data = open_data(args.common);
  const FeatureTable table = FeatureTable::load(*data);
  TableOptions options;
  options.format = args.format;
  options.lang = resolve_lang(args.common);
  if (!args.dimension.empty()) options.dimension = args.dimension;
  options.differences_only = args.differences_only;
  options.sources = args.sources;
  options.width = terminal_width();
  options.color = use_color(args.output);
  options.box_drawing = use_box_drawing();
  const std::string document =
      with_flag_names(options.lang, [&] { return render_feature_table(table, options); });
  write_document(args.output, document, args.common, options.format == TableFormat::kCsv);
}

}  // namespace

void setup_table(CLI::App& app) {
  auto args = std::make_shared<TableArgs>();
  CLI::App* sub = app.add_subcommand("table", text(Msg::kHelpTable));
  sub->add_option("--format", args->format, text(Msg::kHelpTableFormat))
      ->transform(choice_of(Choices<TableFormat>{{"text", TableFormat::kText},
                                                 {"markdown", TableFormat::kMarkdown},
                                                 {"csv", TableFormat::kCsv},
                                                 {"json", TableFormat::kJson}}));
  sub->add_option("--dimension", args->dimension, text(Msg::kHelpTableDimension));
  sub->add_flag("--differences-only", args->differences_only, text(Msg::kHelpTableDifferencesOnly));
  sub->add_flag("--sources", args->sources, text(Msg::kHelpTableSources));
  add_output_options(*sub, args->output, /*csv=*/true);
  add_common_options(*sub, args->common);
  sub->footer(text(Msg::kHelpTableFooter));
  sub->callback([args] { run_table(*args); });
}

}  // namespace advisor::cli
