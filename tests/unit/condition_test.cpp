// The rules' condition language: every operator on numbers, strings and the boolean fact, the
// combinators, refs into features.json, and the problems a bad condition reports.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "acct_advisor/condition.hpp"
#include "test_support.hpp"

using namespace advisor;
using nlohmann::json;

namespace {

Condition parse_ok(const std::string& text, bool allow_recommendation = false) {
  const auto& data = test_support::real_data();
  const ConditionContext context{data.features, data.industries, allow_recommendation};
  Problems problems("test");
  Condition c = parse_condition(json::parse(text), "/when", context, problems);
  INFO(text << "\n" << test_support::join_lines(problems.items()));
  REQUIRE(problems.empty());
  return c;
}

std::vector<std::string> parse_problems(const json& value, bool allow_recommendation = false) {
  const auto& data = test_support::real_data();
  const ConditionContext context{data.features, data.industries, allow_recommendation};
  Problems problems("test");
  parse_condition(value, "/when", context, problems);
  return problems.items();
}

// A profile's facts, set by hand.
FactValues facts(double users, std::string_view adding = "active", std::string_view industry = "fruit",
                 std::string_view barrier = "low", bool regulated = false,
                 std::string_view recommendation = "") {
  FactValues f;
  f.numbers = {users, 0, 0, 0};
  f.strings = {adding, industry, barrier, recommendation};
  f.bools[0] = regulated;
  return f;
}

std::string compare(const char* fact, const char* op, const std::string& value) {
  return std::string(R"({"fact": ")") + fact + R"(", "op": ")" + op + R"(", "value": )" + value + "}";
}

bool users_test(const char* op, const std::string& value, double users) {
  return parse_ok(compare("users", op, value)).evaluate(facts(users));
}

}  // namespace

TEST_CASE("fact names", "[condition]") {
  CHECK(fact_name(Fact::kUsers) == "users");
  CHECK(fact_name(Fact::kPersonalAccountsMax) == "personal_accounts_max");
  CHECK(fact_name(Fact::kRegulated) == "regulated");
  CHECK(fact_name(Fact::kRecommendation) == "recommendation");
}

TEST_CASE("numeric comparisons on either side of the threshold", "[condition]") {
  CHECK(users_test("==", "5000", 5000));
  CHECK_FALSE(users_test("==", "5000", 5001));
  CHECK(users_test("!=", "5000", 4999));
  CHECK_FALSE(users_test("!=", "5000", 5000));
  CHECK(users_test("<", "5000", 4999));
  CHECK_FALSE(users_test("<", "5000", 5000));
  CHECK(users_test("<=", "5000", 5000));
  CHECK_FALSE(users_test("<=", "5000", 5001));
  CHECK(users_test(">", "5000", 5001));
  CHECK_FALSE(users_test(">", "5000", 5000));
  CHECK(users_test(">=", "5000", 5000));
  CHECK_FALSE(users_test(">=", "5000", 4999));
  CHECK(users_test("in", "[1, 5000, 20000]", 20000));
  CHECK(users_test("in", "[1, 5000, 20000]", 1));
  CHECK_FALSE(users_test("in", "[1, 5000, 20000]", 2));
  // between is inclusive at both ends.
  CHECK(users_test("between", "[10, 20]", 10));
  CHECK(users_test("between", "[10, 20]", 15));
  CHECK(users_test("between", "[10, 20]", 20));
  CHECK_FALSE(users_test("between", "[10, 20]", 9));
  CHECK_FALSE(users_test("between", "[10, 20]", 21));
  CHECK(users_test("between", "[7, 7]", 7));
  // Fractions are allowed as literals.
  CHECK(users_test("<", "0.5", 0));
  CHECK_FALSE(users_test(">", "2.5", 2));
}

TEST_CASE("each number fact reads its own slot", "[condition]") {
  FactValues f;
  f.numbers = {30000, 2, 6, 3};
  CHECK(parse_ok(compare("users", "==", "30000")).evaluate(f));
  CHECK(parse_ok(compare("wecom_accounts", "==", "2")).evaluate(f));
  CHECK(parse_ok(compare("personal_accounts", "==", "6")).evaluate(f));
  CHECK(parse_ok(compare("personal_accounts_max", "==", "3")).evaluate(f));
  CHECK_FALSE(parse_ok(compare("personal_accounts", "==", "2")).evaluate(f));
}

TEST_CASE("the derived facts read their own slots", "[condition]") {
  FactValues f;
  f.numbers = {200000, 10, 40, 20, 2, 4, 1, 25, 25, 365};
  f.bools = {true, true, true, false, true};
  CHECK(parse_ok(compare("entities", "==", "2")).evaluate(f));
  CHECK(parse_ok(compare("wecom_entities_needed", "==", "4")).evaluate(f));
  CHECK(parse_ok(compare("live_codes", "==", "1")).evaluate(f));
  CHECK(parse_ok(compare("wecom_days", "==", "25")).evaluate(f));
  CHECK(parse_ok(compare("personal_days", "<", "26")).evaluate(f));
  CHECK(parse_ok(compare("target_days", "==", "365")).evaluate(f));
  CHECK(parse_ok(compare("regulated", "==", "true")).evaluate(f));
  CHECK(parse_ok(compare("expansion_needed", "==", "true")).evaluate(f));
  CHECK(parse_ok(compare("wecom_in_time", "==", "true")).evaluate(f));
  CHECK(parse_ok(compare("personal_in_time", "==", "false")).evaluate(f));
  CHECK(parse_ok(compare("wecom_faster", "!=", "false")).evaluate(f));
  f.bools[3] = true;
  CHECK_FALSE(parse_ok(compare("personal_in_time", "==", "false")).evaluate(f));
}

TEST_CASE("refs take their figure from features.json and cite its row", "[condition]") {
  const Condition c = parse_ok(compare("users", "<=", R"({"ref": "personal.customers_per_account"})"));
  REQUIRE(c.operands.size() == 1);
  CHECK(c.operands[0].number == 5000);
  CHECK(c.cited_rows == std::vector<int>{4});
  CHECK(c.evaluate(facts(5000)));
  CHECK_FALSE(c.evaluate(facts(5001)));
  const Condition w = parse_ok(compare("users", ">", R"({"ref": "wecom.customers_per_account"})"));
  CHECK(w.operands[0].number == 20000);
  // Refs in a between, inside combinators: the citations bubble up.
  const Condition nested = parse_ok(
      R"({"all": [{"not": )" +
      compare(
          "users", "between",
          R"([{"ref": "personal.customers_per_account"}, {"ref": "personal.customers_per_account_max"}])") +
      R"(}, )" + compare("users", ">", R"({"ref": "wecom.passive_adds_per_day"})") + "]}");
  CHECK(nested.cited_rows == std::vector<int>{4, 4, 5});
  CHECK(nested.evaluate(facts(12000)));
  CHECK_FALSE(nested.evaluate(facts(7000)));
  CHECK_FALSE(nested.evaluate(facts(700)));
}

TEST_CASE("string facts: ==, != and in", "[condition]") {
  const auto f = facts(100, "passive", "law", "high");
  CHECK(parse_ok(compare("adding", "==", R"("passive")")).evaluate(f));
  CHECK_FALSE(parse_ok(compare("adding", "==", R"("active")")).evaluate(f));
  CHECK(parse_ok(compare("adding", "!=", R"("active")")).evaluate(f));
  CHECK_FALSE(parse_ok(compare("adding", "!=", R"("passive")")).evaluate(f));
  CHECK(parse_ok(compare("industry", "==", R"("law")")).evaluate(f));
  CHECK(parse_ok(compare("industry", "in", R"(["fruit", "law"])")).evaluate(f));
  CHECK_FALSE(parse_ok(compare("industry", "in", R"(["fruit", "insurance"])")).evaluate(f));
  CHECK(parse_ok(compare("barrier", "==", R"("high")")).evaluate(f));
  CHECK(parse_ok(compare("barrier", "in", R"(["low", "high"])")).evaluate(f));
  CHECK_FALSE(parse_ok(compare("barrier", "!=", R"("high")")).evaluate(f));
  // A profile with no industry (barrier given instead) matches no industry test.
  const auto no_industry = facts(100, "active", "", "low");
  CHECK_FALSE(parse_ok(compare("industry", "==", R"("fruit")")).evaluate(no_industry));
  CHECK(parse_ok(compare("industry", "!=", R"("fruit")")).evaluate(no_industry));
}

TEST_CASE("recommendation is a string fact advice rules may test", "[condition]") {
  const Condition c = parse_ok(compare("recommendation", "==", R"("wecom")"), true);
  CHECK(c.evaluate(facts(1, "active", "fruit", "low", false, "wecom")));
  CHECK_FALSE(c.evaluate(facts(1, "active", "fruit", "low", false, "personal")));
  CHECK(parse_ok(compare("recommendation", "in", R"(["wecom", "personal"])"), true)
            .evaluate(facts(1, "active", "fruit", "low", false, "personal")));
  const auto problems = parse_problems(json::parse(compare("recommendation", "==", R"("wecom")")), false);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] ==
        "test: /when/fact: \"recommendation\" is known only after scoring; use it in advice rules");
  const auto bad = parse_problems(json::parse(compare("recommendation", "==", R"("both")")), true);
  REQUIRE(bad.size() == 1);
  CHECK(bad[0] == "test: /when/value: \"both\" is not a value fact \"recommendation\" can take");
}

TEST_CASE("the boolean fact: == and !=", "[condition]") {
  const auto regulated = facts(1, "active", "law", "high", true);
  const auto free = facts(1, "active", "fruit", "low", false);
  const Condition is = parse_ok(compare("regulated", "==", "true"));
  CHECK(is.evaluate(regulated));
  CHECK_FALSE(is.evaluate(free));
  const Condition is_not = parse_ok(compare("regulated", "==", "false"));
  CHECK_FALSE(is_not.evaluate(regulated));
  CHECK(is_not.evaluate(free));
  const Condition ne = parse_ok(compare("regulated", "!=", "true"));
  CHECK_FALSE(ne.evaluate(regulated));
  CHECK(ne.evaluate(free));
  // Ordering a boolean is refused, as is a number in its place.
  CHECK(test_support::any_contains(parse_problems(json::parse(compare("regulated", "<", "true"))),
                                   "operator \"<\" needs a number; fact \"regulated\" is not one"));
  CHECK(test_support::any_contains(parse_problems(json::parse(compare("regulated", "==", "1"))),
                                   "fact \"regulated\" is true or false; got an integer"));
}

TEST_CASE("all, any and not", "[condition]") {
  const std::string active = compare("adding", "==", R"("active")");
  const std::string big = compare("users", ">", "10000");
  const Condition all = parse_ok(R"({"all": [)" + active + ", " + big + "]}");
  const Condition any = parse_ok(R"({"any": [)" + active + ", " + big + "]}");
  const Condition not_active = parse_ok(R"({"not": )" + active + "}");
  struct Row {
    double users;
    const char* adding;
    bool all, any, not_active;
  };
  for (const Row& r : {Row{20000, "active", true, true, false}, Row{20000, "passive", false, true, true},
                       Row{100, "active", false, true, false}, Row{100, "passive", false, false, true}}) {
    INFO(r.users << " " << r.adding);
    const auto f = facts(r.users, r.adding);
    CHECK(all.evaluate(f) == r.all);
    CHECK(any.evaluate(f) == r.any);
    CHECK(not_active.evaluate(f) == r.not_active);
  }
  // Single-child combinators and double negation.
  CHECK(parse_ok(R"({"all": [)" + active + "]}").evaluate(facts(1, "active")));
  CHECK_FALSE(parse_ok(R"({"any": [)" + active + "]}").evaluate(facts(1, "passive")));
  CHECK(parse_ok(R"({"not": {"not": )" + active + "}}").evaluate(facts(1, "active")));
  // De Morgan: not(any(a, b)) == all(not a, not b) for every combination.
  const Condition lhs = parse_ok(R"({"not": {"any": [)" + active + ", " + big + "]}}");
  const Condition rhs = parse_ok(R"({"all": [{"not": )" + active + R"(}, {"not": )" + big + "}]}");
  for (double users : {1.0, 10000.0, 10001.0}) {
    for (const char* adding : {"active", "passive"}) {
      CHECK(lhs.evaluate(facts(users, adding)) == rhs.evaluate(facts(users, adding)));
    }
  }
}

TEST_CASE("default and failed conditions", "[condition]") {
  const Condition always;  // a rule with no condition parsed yet
  CHECK(always.kind == Condition::Kind::kTrue);
  CHECK(always.evaluate(FactValues{}));
  // A comparison that failed to parse has no operands and never holds.
  Condition failed;
  failed.kind = Condition::Kind::kCompare;
  CHECK_FALSE(failed.evaluate(facts(1)));
}

TEST_CASE("condition problems carry the pointer of the mistake", "[condition]") {
  struct Bad {
    const char* json_text;
    const char* message;
  };
  const Bad cases[] = {
      {R"("users > 5")", "test: /when: expected an object, got a string"},
      {R"({"fact": "users", "op": ">"})", "test: /when: missing required key \"value\""},
      {R"({"fact": "users", "op": ">", "value": 1, "weight": 2})", "test: /when/weight: unknown key"},
      {R"({"fact": "users", "op": ">", "valeu": 1})",
       "test: /when/valeu: unknown key; did you mean \"value\"?"},
      {R"({"fact": "Users", "op": ">", "value": 1})", "test: /when/fact: unknown fact \"Users\""},
      {R"({"fact": "users", "op": "=", "value": 1})", "test: /when/op: unknown operator \"=\""},
      {R"({"fact": "users", "op": "in", "value": 1})",
       "test: /when/value: operator \"in\" needs an array, got an integer"},
      {R"({"fact": "users", "op": "in", "value": [1, "two"]})",
       "test: /when/value/1: expected a number or {\"ref\": ...}, got a string"},
      {R"({"fact": "users", "op": "between", "value": [1]})",
       "test: /when/value: \"between\" needs [low, high]"},
      {R"({"fact": "users", "op": ">", "value": {"ref": "customers_per_account"}})",
       "test: /when/value/ref: \"customers_per_account\": expected wecom.<quantity> or personal.<quantity>"},
      {R"({"fact": "users", "op": ">", "value": {"ref": 5}})",
       "test: /when/value/ref: expected a string, got an integer"},
      {R"({"fact": "adding", "op": "in", "value": ["active", "sometimes"]})",
       "test: /when/value/1: \"sometimes\" is not a value fact \"adding\" can take"},
      {R"({"fact": "barrier", "op": "==", "value": "medium"})",
       "test: /when/value: \"medium\" is not a value fact \"barrier\" can take"},
      {R"({"fact": "barrier", "op": "==", "value": 1})",
       "test: /when/value: fact \"barrier\" is a string; got an integer"},
      {R"({"all": {"fact": "users", "op": ">", "value": 1}})",
       "test: /when/all: expected an array, got an object"},
      {R"({"any": []})", "test: /when/any: needs at least one condition"},
      {R"({"not": [{"fact": "users", "op": ">", "value": 1}]})",
       "test: /when/not: expected an object, got an array"},
      {R"({"any": [{"fact": "users", "op": ">", "value": 1}, 7]})",
       "test: /when/any/1: expected an object, got an integer"},
      {R"({"not": {"fact": "users", "op": ">", "value": 1}, "any": []})",
       "test: /when: a condition is exactly one of"},
  };
  for (const Bad& b : cases) {
    const auto problems = parse_problems(json::parse(b.json_text));
    INFO(b.json_text << "\n" << test_support::join_lines(problems));
    CHECK(test_support::any_contains(problems, b.message));
  }
}

TEST_CASE("conditions may nest 32 levels deep, not 33", "[condition]") {
  auto nest = [](int levels) {
    json c = {{"fact", "adding"}, {"op", "=="}, {"value", "active"}};
    for (int i = 1; i < levels; ++i) c = json{{"not", c}};
    return c;
  };
  CHECK(parse_problems(nest(kMaxConditionDepth)).empty());
  const auto problems = parse_problems(nest(kMaxConditionDepth + 1));
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Catch::Matchers::EndsWith("/not: conditions nest deeper than 32 levels"));
  // Far deeper input is cut off at the same place, with one problem, not one per level.
  CHECK(parse_problems(nest(500)).size() == 1);
}
