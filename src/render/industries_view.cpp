#include "acct_advisor/render/industries_view.hpp"

#include <nlohmann/json.hpp>

#include "acct_advisor/basis.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/render/text_layout.hpp"

namespace advisor {

namespace {

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
  return out;
}

// Where a classification comes from, in a word: the lecture's own example, a public page, or our
// assumption. The quote or the reasoning is in `industries --format json`.
std::string basis_word(const Basis& basis, Lang lang) {
  switch (basis.kind) {
    case BasisKind::kLecture:
      return std::string(msg(lang, Msg::kIndustryBasisLecture));
    case BasisKind::kPublic:
      return std::string(msg(lang, Msg::kIndustryBasisPublic));
    case BasisKind::kAssumption:
      return std::string(msg(lang, Msg::kIndustryBasisAssumption));
    case BasisKind::kTable:
    case BasisKind::kInference:
      break;
  }
  return basis_label(basis, lang);
}

// "高（讲座）" in Chinese; "high" over "(lecture)" in English, to keep the column narrow.
std::string with_basis(std::string_view value, const Basis& basis, Lang lang) {
  return msg(lang, Msg::kWithBasis, fmt::arg("value", value), fmt::arg("basis", basis_word(basis, lang)));
}

}  // namespace

std::string render_industries_text(const IndustryCatalog& catalog, Lang lang, std::size_t width,
                                   const TableStyle& style) {
  auto m = [lang](Msg id) { return std::string(msg(lang, id)); };
  TextTable t({m(Msg::kIndustriesColId), m(Msg::kIndustriesColName), m(Msg::kIndustriesColBarrier),
               m(Msg::kIndustriesColRegulated), m(Msg::kIndustriesColAliases)});
  const Lang other_lang = lang == Lang::kZh ? Lang::kEn : Lang::kZh;
  for (const auto& i : catalog.industries()) {
    const Msg barrier = i.barrier == Barrier::kLow ? Msg::kIndustryBarrierLow : Msg::kIndustryBarrierHigh;
    // One name a line, so a narrow column does not cut a Chinese name in two.
    t.add_row({i.id, i.name.in(lang) + "\n" + i.name.in(other_lang),
               with_basis(msg(lang, barrier), i.barrier_basis, lang),
               with_basis(msg(lang, i.regulated ? Msg::kYes : Msg::kNo), i.regulated_basis, lang),
               join(i.aliases, msg(lang, Msg::kListSeparator))});
  }
  return t.render(width, style);
}

std::string render_industries_json(const IndustryCatalog& catalog) {
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

}  // namespace advisor
