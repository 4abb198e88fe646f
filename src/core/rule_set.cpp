#include "acct_advisor/rule_set.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "acct_advisor/data_file.hpp"
#include "acct_advisor/error.hpp"

namespace advisor {

using nlohmann::json;

namespace {

// Deep enough for kMaxConditionDepth conditions (an object and an array per level) plus the
// file's own structure; the pre-parse scan refuses anything deeper before it reaches a parser.
constexpr int kMaxJsonDepth = 2 * kMaxConditionDepth + 8;

// Every {placeholder} in a text must be a known field, so a typo shows at validate time and not
// as a literal "{usres}" in front of a user.
void check_template(const LocalizedText& text, const std::string& pointer, Problems& problems) {
  for (const std::string* s : {&text.zh, &text.en}) {
    for (std::size_t open = s->find('{'); open != std::string::npos; open = s->find('{', open + 1)) {
      const auto close = s->find('}', open);
      if (close == std::string::npos) {
        problems.add(pointer, msg(problems.lang(), Msg::kRulesUnclosedBrace));
        break;
      }
      std::string_view name(s->data() + open + 1, close - open - 1);
      // {field|singular|plural}: a count with the English noun that agrees with it.
      if (const auto bar = name.find('|'); bar != std::string_view::npos) {
        if (std::count(name.begin(), name.end(), '|') != 2 || name.back() == '|')
          problems.add(pointer, msg(problems.lang(), Msg::kRulesCountForm,
                                    fmt::arg("text", fmt::format("{{{}}}", name))));
        name = name.substr(0, bar);
      }
      if (std::find(std::begin(kTemplateFields), std::end(kTemplateFields), name) ==
          std::end(kTemplateFields)) {
        std::string known;
        for (auto f : kTemplateFields) {
          if (!known.empty()) known += msg(problems.lang(), Msg::kListSeparator);
          known += f;
        }
        problems.add(pointer, msg(problems.lang(), Msg::kRulesUnknownPlaceholder,
                                  fmt::arg("text", fmt::format("{{{}}}", name)), fmt::arg("known", known)));
      }
    }
  }
}

std::vector<int> parse_cited(ObjectReader& r, const FeatureTable& features, Problems& problems) {
  std::vector<int> rows;
  const json* list = r.array("features");
  if (!list) return rows;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& v = (*list)[i];
    const std::string p = pointer_join(r.child_pointer("features"), i);
    if (!v.is_number_integer()) {
      problems.add(
          p, msg(problems.lang(), Msg::kRulesExpectedRow, fmt::arg("kind", json_kind(v, problems.lang()))));
      continue;
    }
    const auto no = v.get<std::int64_t>();  // 64-bit first, so a huge number cannot wrap to a real row
    if (no < 1 || no > 999 || !features.find_no(static_cast<int>(no))) {
      problems.add(p, msg(problems.lang(), Msg::kRulesNoSuchRow, fmt::arg("no", no)));
    } else {
      rows.push_back(static_cast<int>(no));
    }
  }
  return rows;
}

// What a vote or an advice line may rest on: the lecture, the table, or our labelled reasoning.
const std::vector<BasisKind> kVoteBases = {BasisKind::kLecture, BasisKind::kTable, BasisKind::kInference};

void parse_margins(const json& list, const std::string& pointer, RuleSet& set, Problems& problems) {
  if (list.empty()) problems.add(pointer, msg(problems.lang(), Msg::kRulesNeedsBand));
  for (std::size_t i = 0; i < list.size(); ++i) {
    ObjectReader r(list[i], pointer_join(pointer, i), problems);
    if (!r.ok()) continue;
    r.only_keys({"id", "up_to", "name", "meaning"});
    MarginBand band;
    if (auto id = r.string("id")) band.id = *id;
    const bool last = i + 1 == list.size();
    if (auto up_to = r.integer("up_to", !last)) {
      if (*up_to < 0 || *up_to > 1000) r.problem("up_to", msg(r.lang(), Msg::kRulesMarginRange));
      if (!set.margins.empty() && set.margins.back().up_to && *up_to <= *set.margins.back().up_to)
        r.problem("up_to", msg(r.lang(), Msg::kRulesBandOrder, fmt::arg("key", "up_to")));
      band.up_to = static_cast<int>(*up_to);
    }
    if (last && band.up_to) r.problem("up_to", msg(r.lang(), Msg::kRulesLastBand, fmt::arg("key", "up_to")));
    if (auto name = r.text("name")) band.name = *name;
    if (auto meaning = r.text("meaning")) band.meaning = *meaning;
    set.margins.push_back(std::move(band));
  }
}

void parse_target(ObjectReader& top, RuleSet& set, Problems& problems) {
  const json* target = top.object("target_days");
  if (!target) return;
  ObjectReader r(*target, top.child_pointer("target_days"), problems);
  r.only_keys({"default", "basis"});
  if (auto days = r.integer("default")) {
    if (*days < 1 || *days > kMaxDays)
      r.problem("default", msg(r.lang(), Msg::kRulesDaysRange, fmt::arg("max", kMaxDays)));
    set.default_target_days = *days;
  }
  if (const json* basis = r.any("basis")) {
    if (auto b = parse_basis(*basis, r.child_pointer("basis"), problems, kVoteBases)) set.target_basis = *b;
  }
}

std::vector<int> merge_rows(std::vector<int> a, const std::vector<int>& b) {
  a.insert(a.end(), b.begin(), b.end());
  std::sort(a.begin(), a.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  return a;
}

void check_id(ObjectReader& r, std::optional<std::string>& id, std::set<std::string>& seen) {
  if (id && !seen.insert(*id).second)
    r.problem("id", msg(r.lang(), Msg::kRulesDuplicateId, fmt::arg("id", *id)));
}

void parse_rules(const json& list, const ConditionContext& context, RuleSet& set, Problems& problems) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::size_t before = problems.items().size();
    ObjectReader r(list[i], pointer_join("/rules", i), problems);
    if (!r.ok()) continue;
    r.only_keys({"id", "criterion", "when", "vote", "weight", "reason", "features", "basis"});
    Rule rule;
    auto id = r.string("id");
    check_id(r, id, seen);
    if (id) rule.id = *id;
    if (auto criterion = r.string("criterion")) {
      if (!context.features.find_dimension(*criterion)) {
        r.problem("criterion", msg(r.lang(), Msg::kRulesUnknownCriterion, fmt::arg("criterion", *criterion)));
      }
      rule.criterion = *criterion;
    }
    if (const json* when = r.any("when"))
      rule.when = parse_condition(*when, r.child_pointer("when"), context, problems);
    if (auto vote = r.string("vote")) {
      if (auto account = parse_account(*vote))
        rule.vote = *account;
      else
        r.problem("vote", msg(r.lang(), Msg::kRulesExpectedAccount, fmt::arg("value", *vote)));
    }
    if (auto weight = r.integer("weight")) {
      if (*weight < 1 || *weight > 100) r.problem("weight", msg(r.lang(), Msg::kRulesWeightRange));
      rule.weight = static_cast<int>(*weight);
    }
    if (auto reason = r.text("reason")) {
      check_template(*reason, r.child_pointer("reason"), problems);
      rule.reason = *reason;
    }
    rule.features = merge_rows(parse_cited(r, context.features, problems), rule.when.cited_rows);
    if (const json* basis = r.any("basis")) {
      if (auto b = parse_basis(*basis, r.child_pointer("basis"), problems, kVoteBases, &context.features))
        rule.basis = *b;
    }
    if (problems.items().size() == before) set.rules.push_back(std::move(rule));
  }
}

void parse_advice(const json& list, const ConditionContext& context, RuleSet& set, Problems& problems) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::size_t before = problems.items().size();
    ObjectReader r(list[i], pointer_join("/advice", i), problems);
    if (!r.ok()) continue;
    r.only_keys({"id", "when", "text", "features", "basis"});
    Advice advice;
    auto id = r.string("id");
    check_id(r, id, seen);
    if (id) advice.id = *id;
    if (const json* when = r.any("when"))
      advice.when = parse_condition(*when, r.child_pointer("when"), context, problems);
    if (auto text = r.text("text")) {
      check_template(*text, r.child_pointer("text"), problems);
      advice.text = *text;
    }
    advice.features = merge_rows(parse_cited(r, context.features, problems), advice.when.cited_rows);
    if (const json* basis = r.any("basis")) {
      if (auto b = parse_basis(*basis, r.child_pointer("basis"), problems, kVoteBases, &context.features))
        advice.basis = *b;
    }
    if (problems.items().size() == before) set.advice.push_back(std::move(advice));
  }
}

std::string field_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<std::int64_t>());
  return "";
}

void parse_examples(const json& list, RuleSet& set, Problems& problems) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string pointer = pointer_join("/examples", i);
    ObjectReader r(list[i], pointer, problems);
    if (!r.ok()) continue;
    r.only_keys({"id", "profile", "expect", "source"});
    Example example;
    example.pointer = pointer;
    auto id = r.string("id");
    check_id(r, id, seen);
    if (id) example.id = *id;
    if (const json* profile = r.object("profile")) {
      ObjectReader p(*profile, r.child_pointer("profile"), problems);
      p.only_keys({"users", "industry", "barrier", "adding"});
      if (const json* users = p.any("users")) {
        example.profile.users = field_text(*users);
        if (example.profile.users.empty()) p.problem("users", msg(p.lang(), Msg::kRulesUsersForm));
      }
      if (auto industry = p.string("industry", false)) example.profile.industry = *industry;
      if (auto barrier = p.string("barrier", false)) example.profile.barrier = *barrier;
      if (auto adding = p.string("adding")) example.profile.adding = *adding;
    }
    if (auto expect = r.string("expect")) {
      if (auto account = parse_account(*expect))
        example.expect = *account;
      else
        r.problem("expect", msg(r.lang(), Msg::kRulesExpectedAccount, fmt::arg("value", *expect)));
    }
    if (auto source = r.string("source")) example.source = *source;
    set.examples.push_back(std::move(example));
  }
}

}  // namespace

RuleSet RuleSet::parse(const json& doc, const FeatureTable& features, const IndustryCatalog& industries,
                       Problems& problems) {
  RuleSet set;
  set.file = problems.file();
  ObjectReader top(doc, "", problems);
  if (!top.ok()) return set;
  top.only_keys({"$schema", "schema_version", "description", "tie", "tie_reason", "tie_basis", "margins",
                 "target_days", "rules", "advice", "examples"});
  if (auto version = top.integer("schema_version"); version && *version != 1) {
    top.problem("schema_version", msg(top.lang(), Msg::kRulesSchemaVersion, fmt::arg("key", "schema_version"),
                                      fmt::arg("version", *version), fmt::arg("supported", 1)));
  }
  if (top.has("description")) top.string("description");
  if (auto tie = top.string("tie")) {
    if (auto account = parse_account(*tie))
      set.tie = *account;
    else
      top.problem("tie", msg(top.lang(), Msg::kRulesExpectedAccount, fmt::arg("value", *tie)));
  }
  if (auto reason = top.text("tie_reason")) set.tie_reason = *reason;
  if (const json* basis = top.any("tie_basis")) {
    if (auto b = parse_basis(*basis, top.child_pointer("tie_basis"), problems, kVoteBases, &features))
      set.tie_basis = *b;
  }
  if (const json* margins = top.array("margins"))
    parse_margins(*margins, top.child_pointer("margins"), set, problems);
  parse_target(top, set, problems);
  const ConditionContext scoring{features, industries, false};
  const ConditionContext advising{features, industries, true};
  if (const json* rules = top.array("rules")) {
    if (rules->empty()) top.problem("rules", msg(top.lang(), Msg::kRulesNeedsRule));
    parse_rules(*rules, scoring, set, problems);
  }
  if (const json* advice = top.array("advice", false)) parse_advice(*advice, advising, set, problems);
  if (const json* examples = top.array("examples", false)) parse_examples(*examples, set, problems);
  return set;
}

const MarginBand& RuleSet::band(int margin) const {
  for (const auto& b : margins)
    if (!b.up_to || margin <= *b.up_to) return b;
  return margins.back();  // parse() guarantees a last band without up_to
}

RuleSet RuleSet::load(const SourceFile& file, const FeatureTable& features, const IndustryCatalog& industries,
                      Lang lang) {
  return load_data_file(file, kMaxJsonDepth, lang, [&](const json& doc, Problems& problems) {
    return parse(doc, features, industries, problems);
  });
}

}  // namespace advisor
