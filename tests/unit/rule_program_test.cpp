// The compiled rule evaluation (RuleProgram) answers as the condition tree does, for every
// operator, kind of fact and combinator, and the parsed text templates fill as before.

#include <catch2/catch.hpp>

#include <cmath>

#include <nlohmann/json.hpp>

#include "acct_advisor/messages.hpp"
#include "acct_advisor/planner.hpp"
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

TEST_CASE("RuleProgram agrees with Condition::evaluate and explain on every operator and combinator") {
  const std::vector<std::string> texts = {
      R"({"fact": "users", "op": "==", "value": 500})",
      R"({"fact": "users", "op": "!=", "value": 500})",
      R"({"fact": "users", "op": "<", "value": 500})",
      R"({"fact": "users", "op": "<=", "value": 500})",
      R"({"fact": "users", "op": ">", "value": 500})",
      R"({"fact": "users", "op": ">=", "value": 500})",
      R"({"fact": "users", "op": "<", "value": 500.5})",
      R"({"fact": "users", "op": ">", "value": 500.5})",
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

  // Each side of every threshold by the least a double can differ: < and > are compiled into
  // closed ranges bounded by the neighbouring double.
  for (double users :
       {-0.0, 0.0, 1.0, 9.0, 150.0, 499.0, std::nextafter(500.0, 0.0), 500.0, std::nextafter(500.0, 1e9),
        std::nextafter(500.5, 0.0), 500.5, std::nextafter(500.5, 1e9), 501.0, 7000.0, 1e7}) {
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
              const Condition::Outcome compiled = program.explain(i, f), tree = conditions[i].explain(f);
              CHECK(compiled.holds == tree.holds);
              CHECK(compiled.decider == tree.decider);
              CHECK(compiled.decider_holds == tree.decider_holds);
            }
          }
        }
      }
    }
  }
}

TEST_CASE("RuleProgram knows which facts its conditions read") {
  const Condition a = parse_ok(R"({"fact": "personal_accounts", "op": ">=", "value": 100})");
  const Condition b = parse_ok(R"({"not": {"fact": "adding", "op": "==", "value": "active"}})");
  const RuleProgram program({&a, &b});
  CHECK(program.reads(Fact::kPersonalAccounts));
  CHECK(program.reads(Fact::kAdding));
  CHECK_FALSE(program.reads(Fact::kUsers));
  CHECK_FALSE(program.reads(Fact::kLiveCodes));
}

TEST_CASE("size_profile computes the parts asked for as the whole sizing does") {
  const SizingFigures figures = sizing_figures(test_support::real_data().features);
  for (std::int64_t users : {1, 499, 501, 30000, 9999999}) {
    const Sizing all = size_profile(figures, users, Adding::kActive, 1, 365);
    const Sizing wecom = size_profile(figures, users, Adding::kActive, 1, 365, kSizeWecom);
    const Sizing personal = size_profile(figures, users, Adding::kActive, 1, 365, kSizePersonal);
    INFO("users=" << users);
    CHECK(wecom.wecom_accounts == all.wecom_accounts);
    CHECK(wecom.wecom_days == all.wecom_days);
    CHECK(wecom.wecom_in_time == all.wecom_in_time);
    CHECK(personal.personal_accounts == all.personal_accounts);
    CHECK(personal.personal_days == all.personal_days);
    CHECK(personal.personal_in_time == all.personal_in_time);
    CHECK(wecom.personal_accounts == 0);  // not asked for: left at its default
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
