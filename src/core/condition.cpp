#include "acct_advisor/condition.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "acct_advisor/edit_distance.hpp"

namespace advisor {

using nlohmann::json;

namespace {

enum class FactType { kNumber, kString, kBool };

struct FactInfo {
  Fact fact;
  std::string_view name;
  FactType type;
  std::uint8_t slot;  // index into FactValues::numbers or ::strings
};

constexpr FactInfo kFacts[] = {
    {Fact::kUsers, "users", FactType::kNumber, 0},
    {Fact::kWecomAccounts, "wecom_accounts", FactType::kNumber, 1},
    {Fact::kPersonalAccounts, "personal_accounts", FactType::kNumber, 2},
    {Fact::kPersonalAccountsMax, "personal_accounts_max", FactType::kNumber, 3},
    {Fact::kEntities, "entities", FactType::kNumber, 4},
    {Fact::kWecomEntitiesNeeded, "wecom_entities_needed", FactType::kNumber, 5},
    {Fact::kLiveCodes, "live_codes", FactType::kNumber, 6},
    {Fact::kWecomDays, "wecom_days", FactType::kNumber, 7},
    {Fact::kPersonalDays, "personal_days", FactType::kNumber, 8},
    {Fact::kTargetDays, "target_days", FactType::kNumber, 9},
    {Fact::kAdding, "adding", FactType::kString, 0},
    {Fact::kIndustry, "industry", FactType::kString, 1},
    {Fact::kBarrier, "barrier", FactType::kString, 2},
    {Fact::kRecommendation, "recommendation", FactType::kString, 3},
    {Fact::kRegulated, "regulated", FactType::kBool, 0},
    {Fact::kExpansionNeeded, "expansion_needed", FactType::kBool, 1},
    {Fact::kWecomInTime, "wecom_in_time", FactType::kBool, 2},
    {Fact::kPersonalInTime, "personal_in_time", FactType::kBool, 3},
    {Fact::kWecomFaster, "wecom_faster", FactType::kBool, 4},
};
static_assert(std::size(kFacts) == kFactCount);

const FactInfo& info(Fact fact) {
  return kFacts[static_cast<std::size_t>(fact)];
}

struct OpInfo {
  Op op;
  std::string_view name;
};
constexpr OpInfo kOps[] = {{Op::kEq, "=="}, {Op::kNe, "!="}, {Op::kLt, "<"},  {Op::kLe, "<="},
                           {Op::kGt, ">"},  {Op::kGe, ">="}, {Op::kIn, "in"}, {Op::kBetween, "between"}};

// The names of kFacts or kOps, as the language lists them.
template <typename Info, std::size_t N>
std::string known_names(const Info (&infos)[N], Lang lang) {
  std::string out;
  for (const auto& info : infos) {
    if (!out.empty()) out += msg(lang, Msg::kListSeparator);
    out += info.name;
  }
  return out;
}

std::string known_facts(Lang lang) {
  return known_names(kFacts, lang);
}

std::string known_ops(Lang lang) {
  return known_names(kOps, lang);
}

// Values a string fact can take, so a rule that tests for "activ" is an error, not dead code.
bool valid_string(Fact fact, std::string_view value, const ConditionContext& context) {
  switch (fact) {
    case Fact::kAdding:
      return value == "active" || value == "passive";
    case Fact::kBarrier:
      return value == "low" || value == "high";
    case Fact::kRecommendation:
      return value == "wecom" || value == "personal";
    case Fact::kIndustry:
      return std::any_of(context.industries.industries().begin(), context.industries.industries().end(),
                         [&](const Industry& i) { return i.id == value; });
    default:
      return false;
  }
}

// A number, or {"ref": "personal.customers_per_account"}: a figure from features.json, so
// thresholds follow the table when Tencent changes a limit.
bool parse_number_operand(const json& value, const std::string& pointer, const ConditionContext& context,
                          Problems& problems, Condition& out) {
  if (value.is_number()) {
    const double d = value.get<double>();
    if (!std::isfinite(d)) {
      problems.add(pointer, msg(problems.lang(), Msg::kJsonNumberRange));
      return false;
    }
    out.operands.push_back({d, ""});
    return true;
  }
  if (value.is_object()) {
    ObjectReader r(value, pointer, problems);
    r.only_keys({"ref"});
    auto ref = r.string("ref");
    if (!ref) return false;
    const auto dot = ref->find('.');
    const auto account = parse_account(dot == std::string::npos ? "" : std::string_view(*ref).substr(0, dot));
    if (!account) {
      r.problem("ref", msg(r.lang(), Msg::kCondRefAccount, fmt::arg("ref", *ref)));
      return false;
    }
    const auto q = context.features.quantity(*account, std::string_view(*ref).substr(dot + 1));
    if (!q) {
      r.problem("ref", msg(r.lang(), Msg::kCondRefUnknown, fmt::arg("ref", *ref)));
      return false;
    }
    if (!q->quantity->value) {
      r.problem("ref", msg(r.lang(), Msg::kCondRefUnlimited, fmt::arg("ref", *ref)));
      return false;
    }
    out.operands.push_back({q->value(), ""});
    out.cited_rows.push_back(q->feature->no);
    return true;
  }
  problems.add(pointer, msg(problems.lang(), Msg::kCondNumberOrRef,
                            fmt::arg("kind", json_kind(value, problems.lang()))));
  return false;
}

bool parse_operand(const json& value, const std::string& pointer, const ConditionContext& context,
                   Problems& problems, Condition& out) {
  const FactInfo& fact = info(out.fact);
  switch (fact.type) {
    case FactType::kNumber:
      return parse_number_operand(value, pointer, context, problems, out);
    case FactType::kBool:
      if (!value.is_boolean()) {
        problems.add(pointer, msg(problems.lang(), Msg::kCondFactBoolean, fmt::arg("fact", fact.name),
                                  fmt::arg("kind", json_kind(value, problems.lang()))));
        return false;
      }
      out.operands.push_back({value.get<bool>() ? 1.0 : 0.0, ""});
      return true;
    case FactType::kString:
      if (!value.is_string()) {
        problems.add(pointer, msg(problems.lang(), Msg::kCondFactString, fmt::arg("fact", fact.name),
                                  fmt::arg("kind", json_kind(value, problems.lang()))));
        return false;
      }
      if (!valid_string(out.fact, value.get<std::string>(), context)) {
        problems.add(pointer, msg(problems.lang(), Msg::kCondFactValue,
                                  fmt::arg("value", value.get_ref<const std::string&>()),
                                  fmt::arg("fact", fact.name)));
        return false;
      }
      out.operands.push_back({0, value.get<std::string>()});
      return true;
  }
  return false;
}

Condition parse_compare(ObjectReader& r, const ConditionContext& context, Problems& problems) {
  Condition c;
  c.kind = Condition::Kind::kCompare;
  r.only_keys({"fact", "op", "value"});
  auto fact_name_text = r.string("fact");
  auto op_name = r.string("op");
  const json* value = r.any("value");
  if (!fact_name_text || !op_name || !value) return c;
  const auto fact = std::find_if(std::begin(kFacts), std::end(kFacts),
                                 [&](const FactInfo& f) { return f.name == *fact_name_text; });
  if (fact == std::end(kFacts)) {
    r.problem("fact", msg(r.lang(), Msg::kCondUnknownFact, fmt::arg("fact", *fact_name_text),
                          fmt::arg("known", known_facts(r.lang()))));
    return c;
  }
  if (fact->fact == Fact::kRecommendation && !context.allow_recommendation) {
    r.problem("fact", msg(r.lang(), Msg::kCondAfterScoring, fmt::arg("fact", fact->name)));
    return c;
  }
  c.fact = fact->fact;
  const auto op =
      std::find_if(std::begin(kOps), std::end(kOps), [&](const OpInfo& o) { return o.name == *op_name; });
  if (op == std::end(kOps)) {
    r.problem("op", msg(r.lang(), Msg::kCondUnknownOp, fmt::arg("op", *op_name),
                        fmt::arg("known", known_ops(r.lang()))));
    return c;
  }
  c.op = op->op;
  const bool ordered =
      c.op == Op::kLt || c.op == Op::kLe || c.op == Op::kGt || c.op == Op::kGe || c.op == Op::kBetween;
  if (ordered && fact->type != FactType::kNumber) {
    r.problem("op",
              msg(r.lang(), Msg::kCondOpNeedsNumber, fmt::arg("op", *op_name), fmt::arg("fact", fact->name)));
    return c;
  }
  if (c.op == Op::kIn && fact->type == FactType::kBool) {
    r.problem("op", msg(r.lang(), Msg::kCondOpNotForBoolean, fmt::arg("op", *op_name)));
    return c;
  }
  const std::string vp = r.child_pointer("value");
  if (c.op == Op::kIn || c.op == Op::kBetween) {
    if (!value->is_array()) {
      r.problem("value", msg(r.lang(), Msg::kCondOpNeedsArray, fmt::arg("op", *op_name),
                             fmt::arg("kind", json_kind(*value, r.lang()))));
      return c;
    }
    if (c.op == Op::kBetween && value->size() != 2) {
      r.problem("value", msg(r.lang(), Msg::kCondBetweenPair, fmt::arg("op", *op_name)));
      return c;
    }
    if (c.op == Op::kIn && value->empty()) {
      r.problem("value", msg(r.lang(), Msg::kCondInEmpty, fmt::arg("op", *op_name)));
      return c;
    }
    for (std::size_t i = 0; i < value->size(); ++i)
      parse_operand((*value)[i], pointer_join(vp, i), context, problems, c);
    if (c.op == Op::kBetween && c.operands.size() == 2 && c.operands[0].number > c.operands[1].number) {
      r.problem("value", msg(r.lang(), Msg::kCondBetweenOrder, fmt::arg("op", *op_name)));
    }
  } else {
    parse_operand(*value, vp, context, problems, c);
  }
  return c;
}

bool compare(double a, Op op, const std::vector<Operand>& operands) {
  switch (op) {
    case Op::kEq:
      return a == operands[0].number;
    case Op::kNe:
      return a != operands[0].number;
    case Op::kLt:
      return a < operands[0].number;
    case Op::kLe:
      return a <= operands[0].number;
    case Op::kGt:
      return a > operands[0].number;
    case Op::kGe:
      return a >= operands[0].number;
    case Op::kIn:
      return std::any_of(operands.begin(), operands.end(), [a](const Operand& o) { return o.number == a; });
    case Op::kBetween:
      return a >= operands[0].number && a <= operands[1].number;
  }
  return false;
}

bool compare(std::string_view a, Op op, const std::vector<Operand>& operands) {
  switch (op) {
    case Op::kEq:
      return a == operands[0].text;
    case Op::kNe:
      return a != operands[0].text;
    case Op::kIn:
      return std::any_of(operands.begin(), operands.end(), [a](const Operand& o) { return o.text == a; });
    default:
      return false;  // ordering on strings is refused at load time
  }
}

// A comparison over a range of numbers [lo, hi]. Only what holds for the whole range is
// claimed; anything else is kUnknown (a range that straddles the threshold, or an == whose
// value lies inside it).
Truth bound_compare(double lo, double hi, Op op, const std::vector<Operand>& operands) {
  if (lo == hi) return compare(lo, op, operands) ? Truth::kTrue : Truth::kFalse;
  auto tri = [](bool always, bool never) {
    return always ? Truth::kTrue : never ? Truth::kFalse : Truth::kUnknown;
  };
  const double c = operands[0].number;
  switch (op) {
    case Op::kEq:
      return tri(false, c < lo || c > hi);
    case Op::kNe:
      return tri(c < lo || c > hi, false);
    case Op::kLt:
      return tri(hi < c, lo >= c);
    case Op::kLe:
      return tri(hi <= c, lo > c);
    case Op::kGt:
      return tri(lo > c, hi <= c);
    case Op::kGe:
      return tri(lo >= c, hi < c);
    case Op::kIn:
      return tri(false, std::none_of(operands.begin(), operands.end(),
                                     [&](const Operand& o) { return o.number >= lo && o.number <= hi; }));
    case Op::kBetween:
      return tri(lo >= c && hi <= operands[1].number, hi < c || lo > operands[1].number);
  }
  return Truth::kUnknown;
}

}  // namespace

std::string_view fact_name(Fact fact) {
  return info(fact).name;
}

FactKind fact_kind(Fact fact) {
  switch (info(fact).type) {
    case FactType::kNumber:
      return FactKind::kNumber;
    case FactType::kString:
      return FactKind::kString;
    case FactType::kBool:
      return FactKind::kBool;
  }
  return FactKind::kNumber;
}

std::string_view op_name(Op op) {
  return kOps[static_cast<std::size_t>(op)].name;
}

FactValue fact_value(const FactValues& facts, Fact fact) {
  const FactInfo& f = info(fact);
  switch (f.type) {
    case FactType::kNumber:
      return {facts.numbers[f.slot], {}};
    case FactType::kString:
      return {0, facts.strings[f.slot]};
    case FactType::kBool:
      return {facts.bools[f.slot] ? 1.0 : 0.0, {}};
  }
  return {};
}

Condition parse_condition(const json& value, const std::string& pointer, const ConditionContext& context,
                          Problems& problems, int depth) {
  Condition c;
  if (depth > kMaxConditionDepth) {
    problems.add(pointer, msg(problems.lang(), Msg::kCondTooDeep, fmt::arg("depth", kMaxConditionDepth)));
    return c;
  }
  ObjectReader r(value, pointer, problems);
  if (!r.ok()) return c;
  const bool all = r.has("all"), any = r.has("any"), negate = r.has("not");
  if (all + any + negate > 1 || ((all || any || negate) && value.size() != 1)) {
    problems.add(pointer, msg(problems.lang(), Msg::kCondShape));
    return c;
  }
  if (all || any) {
    const char* key = all ? "all" : "any";
    c.kind = all ? Condition::Kind::kAll : Condition::Kind::kAny;
    const json* list = r.array(key);
    if (!list) return c;
    if (list->empty()) r.problem(key, msg(r.lang(), Msg::kCondNeedsOne));
    for (std::size_t i = 0; i < list->size(); ++i) {
      c.children.push_back(
          parse_condition((*list)[i], pointer_join(r.child_pointer(key), i), context, problems, depth + 1));
    }
  } else if (negate) {
    c.kind = Condition::Kind::kNot;
    c.children.push_back(
        parse_condition(value.at("not"), r.child_pointer("not"), context, problems, depth + 1));
  } else {
    c = parse_compare(r, context, problems);
  }
  for (const auto& child : c.children)
    c.cited_rows.insert(c.cited_rows.end(), child.cited_rows.begin(), child.cited_rows.end());
  return c;
}

bool Condition::evaluate(const FactValues& facts) const {
  switch (kind) {
    case Kind::kTrue:
      return true;
    case Kind::kAll:
      return std::all_of(children.begin(), children.end(),
                         [&](const Condition& c) { return c.evaluate(facts); });
    case Kind::kAny:
      return std::any_of(children.begin(), children.end(),
                         [&](const Condition& c) { return c.evaluate(facts); });
    case Kind::kNot:
      return !children[0].evaluate(facts);
    case Kind::kCompare: {
      const FactInfo& f = info(fact);
      if (operands.empty()) return false;
      switch (f.type) {
        case FactType::kNumber:
          return compare(facts.numbers[f.slot], op, operands);
        case FactType::kString:
          return compare(facts.strings[f.slot], op, operands);
        case FactType::kBool:
          return compare(facts.bools[f.slot] ? 1.0 : 0.0, op, operands);
      }
    }
  }
  return false;
}

Condition::Outcome Condition::explain(const FactValues& facts) const {
  switch (kind) {
    case Kind::kTrue:
      return {true, nullptr, true};
    case Kind::kAll:
    case Kind::kAny: {
      // all stops at the first false child, any at the first true one; if none stops it, the
      // last child is the one that settled it.
      const bool stop_at = kind == Kind::kAny;
      Outcome last;
      for (const Condition& child : children) {
        last = child.explain(facts);
        if (last.holds == stop_at) return last;
      }
      return last;
    }
    case Kind::kNot: {
      Outcome inner = children[0].explain(facts);
      inner.holds = !inner.holds;
      return inner;
    }
    case Kind::kCompare: {
      const bool holds = evaluate(facts);
      return {holds, this, holds};
    }
  }
  return {};
}

Truth Condition::bound(const FactRanges& ranges) const {
  switch (kind) {
    case Kind::kTrue:
      return Truth::kTrue;
    case Kind::kAll:
    case Kind::kAny: {
      // all: false if any child is surely false, true if every child surely holds; any: dually.
      const Truth settles = kind == Kind::kAll ? Truth::kFalse : Truth::kTrue;
      bool unknown = false;
      for (const Condition& child : children) {
        const Truth t = child.bound(ranges);
        if (t == settles) return settles;
        unknown = unknown || t == Truth::kUnknown;
      }
      if (unknown) return Truth::kUnknown;
      return settles == Truth::kFalse ? Truth::kTrue : Truth::kFalse;
    }
    case Kind::kNot: {
      const Truth t = children[0].bound(ranges);
      return t == Truth::kUnknown ? t : t == Truth::kTrue ? Truth::kFalse : Truth::kTrue;
    }
    case Kind::kCompare: {
      const FactInfo& f = info(fact);
      if (operands.empty()) return Truth::kFalse;
      switch (f.type) {
        case FactType::kNumber:
          return bound_compare(ranges.low[f.slot], ranges.high[f.slot], op, operands);
        case FactType::kString:
          return compare(ranges.strings[f.slot], op, operands) ? Truth::kTrue : Truth::kFalse;
        case FactType::kBool: {
          const std::uint8_t seen = ranges.bools[f.slot];
          if (seen == 1 || seen == 2)
            return compare(seen == 2 ? 1.0 : 0.0, op, operands) ? Truth::kTrue : Truth::kFalse;
          return Truth::kUnknown;
        }
      }
    }
  }
  return Truth::kUnknown;
}

}  // namespace advisor
