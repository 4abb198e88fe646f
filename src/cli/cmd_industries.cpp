#include <memory>

#include <nlohmann/json.hpp>

#include "acct_advisor/industry_catalog.hpp"
#include "acct_advisor/text_layout.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace advisor::cli {
namespace {

struct IndustriesArgs {
  CommonOptions common;
  std::string format = "text";
};

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
  return out;
}

std::string render_text(const IndustryCatalog& catalog, Lang lang) {
  const bool zh = lang == Lang::kZh;
  TextTable t({"id", zh ? "名称" : "Name", zh ? "门槛" : "Barrier", zh ? "强监管" : "Regulated",
               zh ? "别名" : "Aliases"});
  for (const auto& i : catalog.industries()) {
    const std::string barrier =
        zh ? (i.barrier == Barrier::kLow ? "低" : "高") : std::string(barrier_id(i.barrier));
    t.add_row({i.id, zh ? i.name.zh + " " + i.name.en : i.name.en + " " + i.name.zh, barrier,
               i.regulated ? (zh ? "是" : "yes") : (zh ? "否" : "no"), join(i.aliases, ", ")});
  }
  return t.render(terminal_width(), TableStyle{use_color()});
}

std::string render_json(const IndustryCatalog& catalog) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& i : catalog.industries()) {
    list.push_back({{"id", i.id},
                    {"name", {{"zh", i.name.zh}, {"en", i.name.en}}},
                    {"aliases", i.aliases},
                    {"barrier", barrier_id(i.barrier)},
                    {"regulated", i.regulated},
                    {"source", i.source}});
  }
  return nlohmann::ordered_json{{"schema_version", 1}, {"industries", list}}.dump(2) + "\n";
}

void run_industries(const IndustriesArgs& args) {
  const auto data = open_data(args.common);
  const IndustryCatalog catalog = IndustryCatalog::load(*data);
  write_out(args.format == "json" ? render_json(catalog) : render_text(catalog, resolve_lang(args.common)));
}

}  // namespace

void setup_industries(CLI::App& app) {
  auto args = std::make_shared<IndustriesArgs>();
  CLI::App* sub = app.add_subcommand("industries", "List the known industries and their knowledge barrier");
  sub->add_option("--format", args->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  add_common_options(*sub, args->common);
  sub->footer("Examples:\n  acct-advisor industries --lang zh\n  acct-advisor industries --format json");
  sub->callback([args] { run_industries(*args); });
}

}  // namespace advisor::cli
