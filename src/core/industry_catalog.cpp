#include "acct_advisor/industry_catalog.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "acct_advisor/edit_distance.hpp"
#include "acct_advisor/error.hpp"

namespace advisor {

using nlohmann::json;

std::string_view barrier_id(Barrier barrier) {
  return barrier == Barrier::kLow ? "low" : "high";
}

std::optional<Barrier> parse_barrier(std::string_view id) {
  if (id == "low") return Barrier::kLow;
  if (id == "high") return Barrier::kHigh;
  return std::nullopt;
}

namespace {

constexpr int kMaxDepth = 8;

// ASCII case folding only: Chinese has no case, and full Unicode folding would pull in a
// dependency for no gain on these names.
std::string normalize(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  s = s.substr(first, s.find_last_not_of(" \t") - first + 1);
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '-' || c == ' ') c = '_';
  }
  return out;
}

std::vector<std::string> names_of(const Industry& industry) {
  std::vector<std::string> names = {industry.id, industry.name.zh, industry.name.en};
  names.insert(names.end(), industry.aliases.begin(), industry.aliases.end());
  return names;
}

}  // namespace

IndustryCatalog IndustryCatalog::parse(const json& doc, Problems& problems) {
  IndustryCatalog catalog;
  ObjectReader top(doc, "", problems);
  if (!top.ok()) return catalog;
  top.only_keys({"$schema", "schema_version", "industries"});
  if (auto version = top.integer("schema_version"); version && *version != 1) {
    top.problem("schema_version", fmt::format("unsupported schema_version {}; this build reads 1", *version));
  }
  const json* list = top.array("industries");
  if (!list) return catalog;
  if (list->empty()) top.problem("industries", "must hold at least one industry");
  std::map<std::string, std::string> owner;  // every normalized name -> the industry id using it
  auto& index = catalog.index_;
  // Where a barrier or a regulation flag may come from: the lecture, a public page, or our
  // assumption (the feature table's rows and inferences from them do not classify industries).
  const std::vector<BasisKind> basis_kinds = {BasisKind::kLecture, BasisKind::kPublic,
                                              BasisKind::kAssumption};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::size_t before = problems.items().size();
    ObjectReader r((*list)[i], pointer_join("/industries", i), problems);
    if (!r.ok()) continue;
    r.only_keys(
        {"id", "name", "aliases", "barrier", "regulated", "barrier_basis", "regulated_basis", "source"});
    // The one "source" an industry had before each field named its own basis.
    if (r.has("source"))
      r.problem("source", "replaced by barrier_basis and regulated_basis, one basis for each field");
    Industry industry;
    if (auto id = r.string("id")) {
      if (std::any_of(catalog.industries_.begin(), catalog.industries_.end(),
                      [&](const Industry& known) { return known.id == *id; })) {
        r.problem("id", fmt::format("duplicate id \"{}\"", *id));
      }
      industry.id = *id;
    }
    if (auto name = r.text("name")) industry.name = *name;
    if (auto aliases = r.strings("aliases", false)) industry.aliases = *aliases;
    if (auto barrier = r.string("barrier")) {
      if (auto b = parse_barrier(*barrier))
        industry.barrier = *b;
      else
        r.problem("barrier", fmt::format("expected low or high, got \"{}\"", *barrier));
    }
    if (auto regulated = r.boolean("regulated")) industry.regulated = *regulated;
    for (const auto& [key, basis] : {std::pair{"barrier_basis", &industry.barrier_basis},
                                     std::pair{"regulated_basis", &industry.regulated_basis}}) {
      if (const json* value = r.any(key)) {
        if (auto parsed = parse_basis(*value, r.child_pointer(key), problems, basis_kinds)) *basis = *parsed;
      }
    }
    if (problems.items().size() != before) continue;
    // A name that two industries share would make lookups depend on file order. The problem
    // points at the key holding the name; names_of lists id, name.zh, name.en, then aliases.
    const auto names = names_of(industry);
    for (std::size_t k = 0; k < names.size(); ++k) {
      const auto [it, inserted] = owner.emplace(normalize(names[k]), industry.id);
      if (inserted || it->second == industry.id) continue;
      std::string pointer = r.child_pointer(k == 0 ? "id" : k < 3 ? "name" : "aliases");
      if (k == 1 || k == 2) pointer = pointer_join(pointer, k == 1 ? "zh" : "en");
      problems.add(pointer, k == 0
                                ? fmt::format("duplicate id \"{}\"", names[k])
                                : fmt::format("name \"{}\" is already used by \"{}\"", names[k], it->second));
    }
    for (const auto& name : names) index.emplace(normalize(name), catalog.industries_.size());
    catalog.industries_.push_back(std::move(industry));
  }
  return catalog;
}

IndustryCatalog IndustryCatalog::load(const DataSource& source) {
  const SourceFile file = source.read("industries.json");
  const json doc = parse_json_file(file, kMaxDepth);
  Problems problems(file.display_name);
  IndustryCatalog catalog = parse(doc, problems);
  problems.throw_if_any();
  return catalog;
}

const Industry* IndustryCatalog::find(std::string_view query) const {
  const auto it = index_.find(normalize(query));
  return it == index_.end() ? nullptr : &industries_[it->second];
}

std::vector<std::string> IndustryCatalog::suggest(std::string_view query, std::size_t limit) const {
  const auto key = normalize(query);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& industry : industries_) {
    std::size_t best = std::string::npos;
    for (const auto& name : names_of(industry)) {
      const auto n = normalize(name);
      // A query that is a prefix of a name ("insur") is as good as a one-letter slip.
      const std::size_t d = n.rfind(key, 0) == 0 && !key.empty() ? 1 : edit_distance(key, n);
      best = std::min(best, d);
    }
    scored.emplace_back(best, industry.id);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  // Only near misses: beyond a third of the query's length a suggestion is noise.
  const std::size_t cutoff = std::max<std::size_t>(2, key.size() / 3);
  for (const auto& [distance, id] : scored) {
    if (out.size() == limit || distance > cutoff) break;
    out.push_back(id);
  }
  return out;
}

}  // namespace advisor
