// The rule trace: each operator's deciding comparison, nesting, `not`, `any` stopping early;
// for every rule in data/rules.json over a grid of profiles, `fired` agrees with the votes and
// the deciding comparison really decides; the flips from the engine's answer tables equal plain
// bisection; and the direct JSON writer gives the same value as recommendation_to_json.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "acct_advisor/condition.hpp"
#include "acct_advisor/render/recommendation_json_writer.hpp"
#include "acct_advisor/render/recommendation_view.hpp"
#include "acct_advisor/render/trace_view.hpp"
#include "test_support.hpp"

using namespace advisor;
using nlohmann::json;

namespace {

Condition parse_ok(const std::string& text) {
  const auto& data = test_support::real_data();
  const ConditionContext context{data.features, data.industries, false};
  Problems problems("test");
  Condition c = parse_condition(json::parse(text), "/when", context, problems);
  INFO(text << "\n" << test_support::join_lines(problems.items()));
  REQUIRE(problems.empty());
  return c;
}

FactValues facts(double users, std::string_view adding = "active", std::string_view barrier = "low",
                 bool regulated = false) {
  FactValues f;
  f.numbers = {users, 1, 6, 3, 1, 1, 0, 100, 200, 365};
  f.strings = {adding, "fruit", barrier, ""};
  f.bools = {regulated, false, true, false, true};
  return f;
}

std::vector<Profile> grid() {
  std::vector<Profile> out;
  const auto& industries = test_support::real_data().industries.industries();
  const std::int64_t counts[] = {1,       2,       999,      2190,     5000,      5001,   9999,
                                 10000,   10001,   14999,    15000,    20000,     21900,  30000,
                                 50000,   50001,   55000,    99999,    495000,    500000, 500001,
                                 1000000, 3000000, 10000000, 99999999, 1000000000};
  std::size_t n = 0;
  for (std::int64_t users : counts) {
    for (Adding adding : {Adding::kActive, Adding::kPassive}) {
      for (int kind = 0; kind < 4; ++kind) {
        Profile p;
        p.users = users;
        p.adding = adding;
        if (kind < 2) {
          const Industry& i = industries[(n++ * 7) % industries.size()];
          p.industry = i.id;
          p.barrier = i.barrier;
          p.regulated = i.regulated;
        } else {
          p.barrier = kind == 2 ? Barrier::kLow : Barrier::kHigh;
          p.regulated = users % 2 == 0;
        }
        if (users % 3 == 0) p.entities = 2;
        if (users % 5 == 0) p.within_days = 90;
        out.push_back(p);
      }
    }
  }
  return out;
}

// Sets the decider's fact to a value on the other side of its comparison.
bool cross(const Condition& c, FactValues& f) {
  const FactKind kind = fact_kind(c.fact);
  const bool before = c.evaluate(f);
  auto slot_number = [&]() -> double* {
    const auto i = static_cast<std::size_t>(c.fact);
    if (kind == FactKind::kNumber) return &f.numbers[i];
    return nullptr;
  };
  if (kind == FactKind::kNumber) {
    double* value = slot_number();
    const double original = *value;
    for (const Operand& o : c.operands) {
      for (double d : {o.number, o.number - 1, o.number + 1, o.number - 0.5, o.number + 0.5}) {
        *value = d;
        if (c.evaluate(f) != before) return true;
      }
    }
    *value = original;
    return false;
  }
  if (kind == FactKind::kBool) {
    const auto i = static_cast<std::size_t>(c.fact) - kNumberFacts - kStringFacts;
    f.bools[i] = !f.bools[i];
    return c.evaluate(f) != before;
  }
  const auto i = static_cast<std::size_t>(c.fact) - kNumberFacts;
  const std::string_view original = f.strings[i];
  static const std::string other = "no-such-value";
  for (const Operand& o : c.operands) {
    f.strings[i] = o.text;
    if (c.evaluate(f) != before) return true;
  }
  f.strings[i] = other;
  if (c.evaluate(f) != before) return true;
  f.strings[i] = original;
  return false;
}

// How many top-level children settle an all/any the way it came out: with more than one, no
// single comparison decides it alone.
int settling_children(const Condition& c, const FactValues& f) {
  if (c.kind != Condition::Kind::kAll && c.kind != Condition::Kind::kAny) return 1;
  const bool holds = c.evaluate(f);
  int n = 0;
  for (const Condition& child : c.children) n += child.evaluate(f) == holds ? 1 : 0;
  return (c.kind == Condition::Kind::kAll) == holds ? 1 : n;
}

std::vector<Flip> reference_flips(const Engine& engine, const Profile& profile) {
  std::vector<Flip> out;
  Scores s;
  const Account answer = engine.decide(profile, s);
  Profile p = profile;
  p.adding = profile.adding == Adding::kActive ? Adding::kPassive : Adding::kActive;
  if (Account a = engine.decide(p, s); a != answer)
    out.push_back({Flip::Change::kAdding, p.adding, {}, 0, a});
  p = profile;
  p.barrier = profile.barrier == Barrier::kLow ? Barrier::kHigh : Barrier::kLow;
  p.industry.clear();
  if (Account a = engine.decide(p, s); a != answer)
    out.push_back({Flip::Change::kBarrier, {}, p.barrier, 0, a});
  p = profile;
  if (profile.users > 1) {
    p.users = 1;
    if (Account a = engine.decide(p, s); a != answer)
      out.push_back({Flip::Change::kUsers, {}, {}, engine.find_flip(profile, 1, profile.users) - 1, a});
  }
  if (profile.users < kMaxUsers) {
    p.users = kMaxUsers;
    if (Account a = engine.decide(p, s); a != answer)
      out.push_back({Flip::Change::kUsers, {}, {}, engine.find_flip(profile, profile.users, kMaxUsers), a});
  }
  return out;
}

}  // namespace

TEST_CASE("trace: a comparison decides itself", "[trace]") {
  const Condition c = parse_ok(R"({"fact": "personal_accounts", "op": "between", "value": [11, 99]})");
  const auto o = c.explain(facts(30000));
  CHECK_FALSE(o.holds);
  REQUIRE(o.decider == &c);
  CHECK_FALSE(o.decider_holds);
  for (const char* op : {"==", "!=", "<", "<=", ">", ">="}) {
    const Condition each =
        parse_ok(std::string(R"({"fact": "users", "op": ")") + op + R"(", "value": 5000})");
    for (double users : {4999.0, 5000.0, 5001.0}) {
      const auto e = each.explain(facts(users));
      CHECK(e.holds == each.evaluate(facts(users)));
      CHECK(e.decider == &each);
      CHECK(e.decider_holds == e.holds);
    }
  }
  const Condition in = parse_ok(R"({"fact": "barrier", "op": "in", "value": ["high"]})");
  CHECK_FALSE(in.explain(facts(1)).holds);
  CHECK(in.explain(facts(1, "active", "high")).holds);
}

TEST_CASE("trace: all stops at its first false child, or is decided by its last", "[trace]") {
  const Condition c = parse_ok(R"({"all": [{"fact": "users", "op": ">", "value": 5000},
                                           {"fact": "users", "op": "<=", "value": 10000},
                                           {"fact": "adding", "op": "==", "value": "active"}]})");
  auto o = c.explain(facts(3000));
  CHECK_FALSE(o.holds);
  CHECK(o.decider == &c.children[0]);
  o = c.explain(facts(20000));
  CHECK(o.decider == &c.children[1]);
  o = c.explain(facts(8000));
  CHECK(o.holds);
  CHECK(o.decider == &c.children[2]);
  o = c.explain(facts(8000, "passive"));
  CHECK_FALSE(o.holds);
  CHECK(o.decider == &c.children[2]);
}

TEST_CASE("trace: any stops at its first true child", "[trace]") {
  const Condition c = parse_ok(R"({"any": [{"fact": "barrier", "op": "==", "value": "high"},
                                           {"fact": "users", "op": ">=", "value": 100},
                                           {"fact": "regulated", "op": "==", "value": true}]})");
  auto o = c.explain(facts(500, "active", "high", true));
  CHECK(o.holds);
  CHECK(o.decider == &c.children[0]);  // the later true children are never reached
  o = c.explain(facts(500, "active", "low", true));
  CHECK(o.decider == &c.children[1]);
  o = c.explain(facts(5));
  CHECK_FALSE(o.holds);
  CHECK(o.decider == &c.children[2]);
}

TEST_CASE("trace: not inverts its child and keeps the child's decider", "[trace]") {
  const Condition c = parse_ok(R"({"not": {"any": [{"fact": "users", "op": "<", "value": 10},
                                                   {"not": {"fact": "adding", "op": "==", "value": "active"}}]}})");
  auto o = c.explain(facts(5));
  CHECK_FALSE(o.holds);
  CHECK(o.decider == &c.children[0].children[0]);
  CHECK(o.decider_holds);
  o = c.explain(facts(50, "passive"));
  CHECK_FALSE(o.holds);
  CHECK(o.decider == &c.children[0].children[1].children[0]);
  CHECK_FALSE(o.decider_holds);  // adding == active fails; two nots make the rule false
  o = c.explain(facts(50, "active"));
  CHECK(o.holds);
  CHECK(o.decider_holds);
}

TEST_CASE("trace: the decider is described in both languages", "[trace]") {
  const auto& data = test_support::real_data();
  const Engine& engine = test_support::real_engine();
  Profile p;
  p.users = 30000;
  p.industry = "fruit";
  p.adding = Adding::kActive;
  const Recommendation r = engine.recommend(p);
  const auto it = std::find_if(r.trace.begin(), r.trace.end(), [](const RuleTrace& t) {
    return t.rule->id == "scale-many-personal-accounts";
  });
  REQUIRE(it != r.trace.end());
  CHECK(decider_text(*it, Lang::kEn) == "personal_accounts = 6, not between 11 and 99");
  CHECK(decider_text(*it, Lang::kZh) == "个微所需号数：6，不在11到99之间");
  const auto barrier = std::find_if(r.trace.begin(), r.trace.end(),
                                    [](const RuleTrace& t) { return t.rule->id == "barrier-high"; });
  REQUIRE(barrier != r.trace.end());
  CHECK(decider_text(*barrier, Lang::kEn) == "barrier = \"low\", not \"high\"");
  CHECK(decider_text(*barrier, Lang::kZh) == "行业门槛：「低」，不是「高」");
  (void)data;
}

TEST_CASE("trace: every rule over a grid, fired agrees with the votes and the decider decides", "[trace]") {
  const auto& data = test_support::real_data();
  const Engine& engine = test_support::real_engine();
  for (const Profile& p : grid()) {
    const Recommendation r = engine.recommend(p);
    INFO("users " << p.users << " " << adding_id(p.adding) << " " << barrier_id(p.barrier) << " "
                  << p.industry);
    REQUIRE(r.trace.size() == data.rules.rules.size());
    std::size_t votes = 0;
    const FactValues f = engine.facts(p);
    for (std::size_t i = 0; i < r.trace.size(); ++i) {
      const RuleTrace& t = r.trace[i];
      const Rule& rule = data.rules.rules[i];
      INFO("rule " << rule.id);
      REQUIRE(t.rule == &rule);
      const bool voted = votes < r.votes.size() && r.votes[votes].rule == &rule;
      if (voted) ++votes;
      CHECK(t.fired == voted);
      CHECK(t.fired == rule.when.evaluate(f));
      REQUIRE(t.decider != nullptr);
      CHECK(!fact_name(t.decider->fact).empty());
      // The value shown is the fact's value.
      const FactValue v = fact_value(f, t.decider->fact);
      CHECK(v.number == t.value.number);
      CHECK(v.text == t.value.text);
      CHECK(t.decider->evaluate(f) == t.decider_holds);
      // Across the threshold, the rule's outcome changes (unless another child settles it too).
      FactValues crossed = f;
      REQUIRE(cross(*t.decider, crossed));
      if (settling_children(rule.when, f) == 1) CHECK(rule.when.evaluate(crossed) != t.fired);
    }
    CHECK(votes == r.votes.size());
  }
}

TEST_CASE("trace: the flips from the answer tables equal plain bisection", "[trace]") {
  const Engine& engine = test_support::real_engine();
  auto same = [](const std::vector<Flip>& a, const std::vector<Flip>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (a[i].change != b[i].change || a[i].adding != b[i].adding || a[i].barrier != b[i].barrier ||
          a[i].users != b[i].users || a[i].recommendation != b[i].recommendation)
        return false;
    }
    return true;
  };
  for (const Profile& p : grid()) {
    INFO("users " << p.users << " " << adding_id(p.adding) << " " << barrier_id(p.barrier));
    CHECK(same(engine.flips(p), reference_flips(engine, p)));
  }
  // Every count near a change, and a spread of others, answers as decide() does.
  std::uint64_t x = 12345;
  for (int i = 0; i < 3000; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    Profile p;
    p.users = 1 + static_cast<std::int64_t>((x >> 20) % 2'000'000);
    p.adding = (x & 1) ? Adding::kActive : Adding::kPassive;
    p.barrier = (x & 2) ? Barrier::kLow : Barrier::kHigh;
    p.regulated = (x & 4) != 0;
    INFO("users " << p.users);
    CHECK(same(engine.flips(p), reference_flips(engine, p)));
  }
}

TEST_CASE("trace: the direct JSON writer gives recommendation_to_json's value", "[trace]") {
  const auto& data = test_support::real_data();
  const Engine& engine = test_support::real_engine();
  const RecommendationJsonWriter writer(data, engine);
  for (const Profile& p : grid()) {
    const Recommendation r = engine.recommend(p);
    std::string out = "prefix";
    writer.append(r, out);
    REQUIRE(out.rfind("prefix", 0) == 0);
    const json written = json::parse(out.substr(6));
    const json expected = json::parse(recommendation_to_json(r, data).dump());
    INFO("users " << p.users << " " << adding_id(p.adding));
    CHECK(written == expected);
    CHECK(written.at("trace").size() == data.rules.rules.size());
  }
}

TEST_CASE("trace: texts left to the writer give the same bytes as texts filled", "[trace]") {
  const auto& data = test_support::real_data();
  const Engine& engine = test_support::real_engine();
  const RecommendationJsonWriter writer(data, engine);
  Recommendation left;
  for (const Profile& p : grid()) {
    const Recommendation filled = engine.recommend(p);
    engine.recommend_into(p, left, TextFill::kLeave);
    REQUIRE_FALSE(left.texts_filled);
    std::string a = "x", b = "x";
    writer.append(filled, a);
    writer.append(left, b);
    INFO("users " << p.users << " " << adding_id(p.adding) << " " << barrier_id(p.barrier));
    CHECK(a == b);
  }
}
