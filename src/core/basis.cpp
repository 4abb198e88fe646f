#include "acct_advisor/basis.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "acct_advisor/messages.hpp"

namespace advisor {

using nlohmann::json;

namespace {

struct KindInfo {
  BasisKind kind;
  std::string_view id;
  std::string_view field;  // the one field this kind needs besides "kind"
};

constexpr std::array<KindInfo, 5> kKinds = {{
    {BasisKind::kLecture, "lecture", "quote"},
    {BasisKind::kTable, "table", "rows"},
    {BasisKind::kPublic, "public", "url"},
    {BasisKind::kInference, "inference", "why"},
    {BasisKind::kAssumption, "assumption", "why"},
}};

const KindInfo& info(BasisKind kind) {
  return kKinds[static_cast<std::size_t>(kind)];
}

std::string kind_list(const std::vector<BasisKind>& allowed, Lang lang) {
  std::string out;
  for (const auto& k : kKinds) {
    if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), k.kind) == allowed.end()) continue;
    if (!out.empty()) out += msg(lang, Msg::kListSeparator);
    out += k.id;
  }
  return out;
}

}  // namespace

std::string_view basis_kind_id(BasisKind kind) {
  return info(kind).id;
}

std::optional<BasisKind> parse_basis_kind(std::string_view id) {
  for (const auto& k : kKinds)
    if (k.id == id) return k.kind;
  return std::nullopt;
}

std::optional<Basis> parse_basis(const json& value, const std::string& pointer, Problems& problems,
                                 const std::vector<BasisKind>& allowed, const FeatureTable* features) {
  ObjectReader r(value, pointer, problems);
  if (!r.ok()) return std::nullopt;
  const auto kind_text = r.string("kind");
  if (!kind_text) return std::nullopt;
  const auto kind = parse_basis_kind(*kind_text);
  if (!kind || (!allowed.empty() && std::find(allowed.begin(), allowed.end(), *kind) == allowed.end())) {
    r.problem("kind", msg(r.lang(), Msg::kBasisNotAKind, fmt::arg("kind", *kind_text),
                          fmt::arg("kinds", kind_list(allowed, r.lang()))));
    return std::nullopt;
  }
  const std::string_view field = info(*kind).field;
  // Only the field this kind needs: a "quote" on an inference would be printed nowhere.
  if (field == "quote") r.only_keys({"kind", "quote"});
  if (field == "rows") r.only_keys({"kind", "rows"});
  if (field == "url") r.only_keys({"kind", "url"});
  if (field == "why") r.only_keys({"kind", "why"});
  Basis basis;
  basis.kind = *kind;
  const std::size_t before = problems.items().size();
  switch (*kind) {
    case BasisKind::kLecture:
      if (auto quote = r.string("quote")) {
        if (quote->empty()) r.problem("quote", msg(r.lang(), Msg::kJsonEmptyValue));
        basis.quote = *quote;
      }
      break;
    case BasisKind::kTable:
      if (const json* rows = r.array("rows")) {
        if (rows->empty()) r.problem("rows", msg(r.lang(), Msg::kBasisNeedsRow));
        for (std::size_t i = 0; i < rows->size(); ++i) {
          const json& v = (*rows)[i];
          const std::string p = pointer_join(r.child_pointer("rows"), i);
          if (!v.is_number_integer() || v.get<std::int64_t>() < 1 || v.get<std::int64_t>() > 999) {
            problems.add(p, msg(r.lang(), Msg::kRulesExpectedRow, fmt::arg("kind", json_kind(v, r.lang()))));
            continue;
          }
          const int no = static_cast<int>(v.get<std::int64_t>());
          if (features && !features->find_no(no)) {
            problems.add(p, msg(r.lang(), Msg::kRulesNoSuchRow, fmt::arg("no", no)));
            continue;
          }
          basis.rows.push_back(no);
        }
      }
      break;
    case BasisKind::kPublic:
      if (auto url = r.string("url")) {
        if (url->rfind("https://", 0) != 0 && url->rfind("http://", 0) != 0)
          r.problem("url", msg(r.lang(), Msg::kBasisUrl));
        basis.url = *url;
      }
      break;
    case BasisKind::kInference:
    case BasisKind::kAssumption:
      if (auto why = r.text("why")) basis.why = *why;  // text() refuses an empty language
      break;
  }
  if (problems.items().size() != before) return std::nullopt;
  return basis;
}

nlohmann::ordered_json basis_to_json(const Basis& basis) {
  nlohmann::ordered_json out = {{"kind", basis_kind_id(basis.kind)}};
  switch (basis.kind) {
    case BasisKind::kLecture:
      out["quote"] = basis.quote;
      break;
    case BasisKind::kTable:
      out["rows"] = basis.rows;
      break;
    case BasisKind::kPublic:
      out["url"] = basis.url;
      break;
    case BasisKind::kInference:
    case BasisKind::kAssumption:
      out["why"] = {{"zh", basis.why.zh}, {"en", basis.why.en}};
      break;
  }
  return out;
}

std::string basis_label(const Basis& basis, Lang lang) {
  switch (basis.kind) {
    case BasisKind::kLecture:
      return std::string(msg(lang, Msg::kBasisLecture));
    case BasisKind::kTable: {
      std::string rows;
      for (int n : basis.rows)
        rows += (rows.empty() ? "" : std::string(msg(lang, Msg::kListSeparator))) + std::to_string(n);
      return msg(lang, basis.rows.size() == 1 ? Msg::kBasisTableRow : Msg::kBasisTableRows,
                 fmt::arg("rows", rows));
    }
    case BasisKind::kPublic:
      return std::string(msg(lang, Msg::kBasisPublic));
    case BasisKind::kInference:
      return std::string(msg(lang, Msg::kBasisInference));
    case BasisKind::kAssumption:
      return std::string(msg(lang, Msg::kBasisAssumption));
  }
  return "";
}

}  // namespace advisor
