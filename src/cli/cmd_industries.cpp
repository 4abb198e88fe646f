#include <memory>

#include <nlohmann/json.hpp>

#include "acct_advisor/basis.hpp"
#include "acct_advisor/industry_catalog.hpp"
#include "acct_advisor/render/text_layout.hpp"
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

// Where a classification comes from, in a word: the lecture's own example, a public page, or our
// assumption. The quote or the reasoning is in `industries --format json`.
std::string basis_word(const Basis& basis, Lang lang) {
  const bool zh = lang == Lang::kZh;
  switch (basis.kind) {
    case BasisKind::kLecture:
      return zh ? "讲座" : "lecture";
    case BasisKind::kPublic:
      return zh ? "公开资料" : "public";
    case BasisKind::kAssumption:
      return zh ? "假设" : "assumption";
    case BasisKind::kTable:
    case BasisKind::kInference:
      break;
  }
  return basis_label(basis, lang);
}

// "高（讲座）" in Chinese; "high" over "(lecture)" in English, to keep the column narrow.
std::string with_basis(const std::string& value, const Basis& basis, Lang lang) {
  return lang == Lang::kZh ? value + "（" + basis_word(basis, lang) + "）"
                           : value + "\n(" + basis_word(basis, lang) + ")";
}

std::string render_text(const IndustryCatalog& catalog, Lang lang) {
  const bool zh = lang == Lang::kZh;
  TextTable t({"id", zh ? "名称" : "Name", zh ? "门槛" : "Barrier", zh ? "强监管" : "Regulated",
               zh ? "别名" : "Aliases"});
  for (const auto& i : catalog.industries()) {
    const std::string barrier =
        zh ? (i.barrier == Barrier::kLow ? "低" : "高") : std::string(barrier_id(i.barrier));
    const std::string regulated = i.regulated ? (zh ? "是" : "yes") : (zh ? "否" : "no");
    // One name a line, so a narrow column does not cut a Chinese name in two.
    t.add_row({i.id, zh ? i.name.zh + "\n" + i.name.en : i.name.en + "\n" + i.name.zh,
               with_basis(barrier, i.barrier_basis, lang), with_basis(regulated, i.regulated_basis, lang),
               join(i.aliases, ", ")});
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
                    {"barrier_basis", basis_to_json(i.barrier_basis)},
                    {"regulated_basis", basis_to_json(i.regulated_basis)}});
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
