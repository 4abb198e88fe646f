#include <memory>

#include "acct_advisor/industry_catalog.hpp"
#include "acct_advisor/render/industries_view.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace advisor::cli {
namespace {

enum class IndustriesFormat { kText, kJson };

struct IndustriesArgs {
  CommonOptions common;
  IndustriesFormat format = IndustriesFormat::kText;
  DocumentOutput output;
};

void run_industries(const IndustriesArgs& args) {
  const auto data = open_data(args.common);
  const IndustryCatalog catalog = IndustryCatalog::load(*data);
  write_document(args.output,
                 args.format == IndustriesFormat::kJson
                     ? render_industries_json(catalog)
                     : render_industries_text(catalog, resolve_lang(args.common), terminal_width(),
                                              table_style(args.output)),
                 args.common);
}

}  // namespace

void setup_industries(CLI::App& app) {
  auto args = std::make_shared<IndustriesArgs>();
  CLI::App* sub = app.add_subcommand("industries", text(Msg::kHelpIndustries));
  sub->add_option("--format", args->format, text(Msg::kHelpIndustriesFormat))
      ->transform(choice_of(
          Choices<IndustriesFormat>{{"text", IndustriesFormat::kText}, {"json", IndustriesFormat::kJson}}));
  add_output_options(*sub, args->output);
  add_common_options(*sub, args->common);
  sub->footer(text(Msg::kHelpIndustriesFooter));
  sub->callback([args] { run_industries(*args); });
}

}  // namespace advisor::cli
