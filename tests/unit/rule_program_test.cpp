// The compiled rule evaluation (RuleProgram) answers as the condition tree does, for every
// operator, kind of fact and combinator, and the parsed text templates fill as before.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "acct_advisor/messages.hpp"
#include "acct_advisor/rule_program.hpp"
#include "acct_advisor/text_template.hpp"
#include "test_support.hpp"

using namespace advisor;
using nlohmann::json;

namespace {

Condition parse_ok(const std::string& text) {
  const auto& data = test_support::real_data();
  const ConditionContext context{data.features, data.industries, true};
  Problems problems("test");
  Condition c = parse_condition(json::parse(text), "/when", context, problems);
  INFO(text << "\n" << test_support::join_lines(problems.items()));
  REQUIRE(problems.empty());
  return c;
}

}  // namespace

TEST_CASE("RuleProgram agrees with Condition::evaluate on every operator and combinator") {
  const std::vector<std::string> texts = {
      R"({"fact": "users", "op": "==", "value": 500})",
      R"({"fact": "users", "op": "!=", "value": 500})",
      R"({"fact": "users", "op": "<", "value": 500})",
      R"({"fact": "users", "op": "<=", "value": 500})",
      R"({"fact": "users", "op": ">", "value": 500})",
      R"({"fact": "users", "op": ">=", "value": 500})",
      R"({"fact": "users", "op": "in", "value": [1, 500, 7000]})",
      R"({"fact": "personal_accounts", "op": "between", "value": [3, 10]})",
      R"({"fact": "adding", "op": "==", "value": "active"})",
      R"({"fact": "barrier", "op": "!=", "value": "low"})",
      R"({"fact": "industry", "op": "in", "value": ["fruit", "insurance"]})",
      R"({"fact": "recommendation", "op": "==", "value": "wecom"})",
      R"({"fact": "regulated", "op": "==", "value": true})",
      R"({"fact": "wecom_faster", "op": "!=", "value": false})",
      R"({"all": [{"fact": "users", "op": ">", "value": 100}, {"not": {"fact": "adding", "op": "==", "value": "passive"}}]})",
      R"({"any": [{"fact": "users", "op": "<", "value": 10}, {"all": [{"fact": "regulated", "op": "==", "value": true}, {"fact": "users", "op": ">=", "value": 7000}]}, {"fact": "barrier", "op": "==", "value": "high"}]})",
      R"({"not": {"any": [{"fact": "users", "op": "between", "value": [100, 200]}, {"fact": "industry", "op": "==", "value": "fruit"}]}})",
  };
  std::vector<Condition> conditions;
  for (const auto& t : texts) conditions.push_back(parse_ok(t));
  std::vector<const Condition*> pointers;
  for (const auto& c : conditions) pointers.push_back(&c);
  const RuleProgram program(pointers);

  for (double users : {1.0, 9.0, 150.0, 499.0, 500.0, 501.0, 7000.0, 1e7}) {
    for (double accounts : {1.0, 3.0, 10.0, 11.0}) {
      for (std::string_view adding : {"active", "passive"}) {
        for (std::string_view industry : {"fruit", "insurance", ""}) {
          for (const bool flag : {false, true}) {
            FactValues f;
            f.numbers[0] = users;
            f.numbers[2] = accounts;
            f.strings = {adding, industry, flag ? "high" : "low", flag ? "wecom" : "personal"};
            f.bools = {flag, !flag, flag, !flag, flag};
            for (std::size_t i = 0; i < conditions.size(); ++i) {
              INFO(texts[i] << " users=" << users << " accounts=" << accounts << " adding=" << adding
                            << " industry=" << industry << " flag=" << flag);
              CHECK(program.holds(i, f) == conditions[i].evaluate(f));
            }
          }
        }
      }
    }
  }
}

TEST_CASE("TextTemplate fills counts, nouns, the industry and its trade word") {
  const auto& data = test_support::real_data();
  Profile p;
  p.users = 1;
  Sizing s;
  s.wecom_accounts = 12000;
  SECTION("English nouns agree with the count") {
    CHECK(render_template("{users|customer|customers}, {wecom_accounts|account|accounts}", p, s, Lang::kEn,
                          nullptr) == "1 customer, 12,000 accounts");
  }
  SECTION("Chinese counts take no noun, in 万") {
    CHECK(render_template("{wecom_accounts|account|accounts}个", p, s, Lang::kZh, nullptr) == "1.2万个");
  }
  SECTION("unknown and unclosed placeholders stay as written") {
    CHECK(render_template("a {nope} b {users", p, s, Lang::kEn, nullptr) == "a {nope} b {users");
  }
  SECTION("a name that is itself a trade takes no second 行业; no name reads 该行业") {
    const Industry* fruit = data.industries.find("fruit");
    const Industry* beauty = data.industries.find("beauty_salon");
    REQUIRE(fruit);
    REQUIRE(beauty);
    CHECK(render_template("{industry}行业门槛低", p, s, Lang::kZh, fruit) == fruit->name.zh + "行业门槛低");
    CHECK(render_template("{industry}行业门槛低", p, s, Lang::kZh, beauty) == "美业门槛低");
    CHECK(render_template("{industry}行业门槛低", p, s, Lang::kZh, nullptr) ==
          std::string(msg(Lang::kZh, Msg::kTemplateNoIndustryBeforeTrade)) + "行业门槛低");
  }
}
