// The engine with the real rules: the lecture's answers, each criterion alone and in conflict,
// account counts, properties that must hold for every profile, and the flips it reports.

#include <catch2/catch.hpp>

#include <set>

#include "acct_advisor/engine.hpp"
#include "acct_advisor/render/feature_table_view.hpp"
#include "test_support.hpp"

using namespace advisor;

namespace {

const Engine& engine() {
  return test_support::real_engine();
}

Profile profile(std::int64_t users, const std::string& industry_or_barrier, Adding adding) {
  ProfileInput input;
  input.users = std::to_string(users);
  if (industry_or_barrier == "low" || industry_or_barrier == "high")
    input.barrier = industry_or_barrier;
  else
    input.industry = industry_or_barrier;
  input.adding = std::string(adding_id(adding));
  return resolve_profile(input, test_support::real_data().industries);
}

Scores scores_of(const Profile& p) {
  Scores s;
  engine().decide(p, s);
  return s;
}

Account answer(const Profile& p) {
  Scores s;
  return engine().decide(p, s);
}

int wecom_margin(const Profile& p) {
  const Scores s = scores_of(p);
  return s.wecom - s.personal;
}

// User counts to test properties at: a log grid over the whole range plus every capacity
// threshold and its neighbours (from features.json, so they follow the data).
std::vector<std::int64_t> user_grid() {
  std::set<std::int64_t> users;
  for (std::int64_t decade = 1; decade <= kMaxUsers; decade *= 10) {
    for (std::int64_t m : {1, 2, 3, 5, 7}) {
      if (decade * m <= kMaxUsers) users.insert(decade * m);
    }
  }
  const auto& features = test_support::real_data().features;
  const double wecom = features.need(Account::kWecom, "customers_per_account").value();
  const double personal = features.need(Account::kPersonal, "customers_per_account").value();
  const double personal_max = features.need(Account::kPersonal, "customers_per_account_max").value();
  std::vector<double> thresholds = {wecom, personal, personal_max};
  for (int accounts : {2, 3, 10, 11, 100, 101}) {
    thresholds.push_back(personal * accounts);
    thresholds.push_back(personal * (accounts - 1));
    thresholds.push_back(wecom * accounts);
  }
  for (double t : thresholds) {
    for (std::int64_t d : {-1, 0, 1}) {
      const auto n = static_cast<std::int64_t>(t) + d;
      if (n >= 1 && n <= kMaxUsers) users.insert(n);
    }
  }
  users.insert(kMaxUsers - 1);
  return {users.begin(), users.end()};
}

// Every industry in the catalogue, plus the two barrier-only profiles.
std::vector<std::string> industries_and_barriers() {
  std::vector<std::string> out = {"low", "high"};
  for (const auto& industry : test_support::real_data().industries.industries()) out.push_back(industry.id);
  return out;
}

}  // namespace

TEST_CASE("the lecture's answers and the conflicts in rules.json", "[engine]") {
  struct Row {
    std::int64_t users;
    const char* industry;
    Adding adding;
    Account expect;
    int wecom, personal;
  };
  const Row rows[] = {
      // The lecture's cases.
      {30000, "fruit", Adding::kActive, Account::kWecom, 8, 0},
      {3000, "law", Adding::kPassive, Account::kPersonal, 1, 5},
      {2000, "insurance", Adding::kPassive, Account::kPersonal, 1, 5},
      {1000, "medical", Adding::kPassive, Account::kPersonal, 1, 5},
      {200000, "fruit", Adding::kPassive, Account::kWecom, 6, 2},
      // Conflicts between the criteria.
      {30000, "law", Adding::kPassive, Account::kPersonal, 3, 4},
      {600000, "law", Adding::kPassive, Account::kWecom, 9, 4},
      {30000, "insurance", Adding::kActive, Account::kWecom, 7, 2},
      {3000, "fruit", Adding::kPassive, Account::kPersonal, 2, 3},
      {8000, "high", Adding::kActive, Account::kWecom, 5, 2},
      // Adding speed: one personal account needs over a year for 5,000 customers added actively.
      {5000, "law", Adding::kActive, Account::kWecom, 5, 3},
      {2000, "high", Adding::kActive, Account::kPersonal, 2, 3},
      // Scale dominates from 100 personal accounts, whatever the other criteria say.
      {100000000, "high", Adding::kPassive, Account::kWecom, 8, 4},
      {1000000, "law", Adding::kPassive, Account::kWecom, 9, 4},
  };
  for (const Row& r : rows) {
    INFO(r.users << " " << r.industry << " " << adding_id(r.adding));
    const Profile p = profile(r.users, r.industry, r.adding);
    Scores s;
    CHECK(engine().decide(p, s) == r.expect);
    CHECK(s.wecom == r.wecom);
    CHECK(s.personal == r.personal);
  }
}

TEST_CASE("each criterion decides when the others balance", "[engine]") {
  SECTION("speed, then scale: high barrier against active adding") {
    // One personal account adds 2,000 customers within a year, so it holds.
    CHECK(answer(profile(2000, "high", Adding::kActive)) == Account::kPersonal);
    // 3,000 take it past a year, while one WeCom account adds them in 100 days.
    CHECK(answer(profile(3000, "high", Adding::kActive)) == Account::kWecom);
    CHECK(answer(profile(5001, "high", Adding::kActive)) == Account::kWecom);  // past the usual capacity
    CHECK(answer(profile(30000, "high", Adding::kActive)) == Account::kWecom);
    CHECK(answer(profile(600000, "high", Adding::kActive)) == Account::kWecom);
  }
  SECTION("a deadline of the user's own moves the speed flip") {
    Profile p = profile(2000, "high", Adding::kActive);
    p.within_days = 180;  // one personal account needs at least 334 days
    CHECK(answer(p) == Account::kWecom);
    p.within_days = 400;
    CHECK(answer(p) == Account::kPersonal);
  }
  SECTION("barrier: small scale against active adding") {
    CHECK(answer(profile(2000, "low", Adding::kActive)) == Account::kWecom);
    CHECK(answer(profile(2000, "high", Adding::kActive)) == Account::kPersonal);
  }
  SECTION("adding: small scale against a low barrier") {
    CHECK(answer(profile(2000, "low", Adding::kActive)) == Account::kWecom);
    CHECK(answer(profile(2000, "low", Adding::kPassive)) == Account::kPersonal);
  }
  SECTION("compliance: regulation tips a profile one point behind into a tie, and ties go to WeCom") {
    // 2,000 customers, high barrier, active adding: personal 3 (scale 1, barrier 2) to WeCom 2.
    const Profile unregulated = profile(2000, "real_estate", Adding::kActive);
    const Profile regulated = profile(2000, "law", Adding::kActive);
    CHECK_FALSE(unregulated.regulated);
    CHECK(regulated.regulated);
    CHECK(wecom_margin(unregulated) == -1);
    CHECK(answer(unregulated) == Account::kPersonal);
    CHECK(wecom_margin(regulated) == 0);
    CHECK(answer(regulated) == Account::kWecom);
    const Recommendation r = engine().recommend(regulated);
    CHECK(r.tie);
    CHECK(r.account == test_support::real_data().rules.tie);
    CHECK(r.margin() == 0);
    REQUIRE(r.band != nullptr);
    CHECK(r.band->id == "toss_up");
  }
}

TEST_CASE("capacity: accounts each type needs", "[engine][capacity]") {
  struct Row {
    std::int64_t users, wecom, personal, personal_max;
  };
  for (const Row& r : {Row{1, 1, 1, 1}, Row{5000, 1, 1, 1}, Row{5001, 1, 2, 1}, Row{10000, 1, 2, 1},
                       Row{10001, 1, 3, 2}, Row{20000, 1, 4, 2}, Row{20001, 2, 5, 3}, Row{30000, 2, 6, 3},
                       Row{600000, 30, 120, 60}, Row{kMaxUsers, 50000, 200000, 100000}}) {
    INFO(r.users);
    const Sizing c = engine().size(profile(r.users, "low", Adding::kActive));
    CHECK(c.wecom_accounts == r.wecom);
    CHECK(c.personal_accounts == r.personal);
    CHECK(c.personal_accounts_max == r.personal_max);
  }
  // recommend() reports the same.
  const Recommendation r = engine().recommend(profile(30000, "fruit", Adding::kActive));
  CHECK(r.sizing.wecom_accounts == 2);
  CHECK(r.sizing.personal_accounts == 6);
  CHECK(r.sizing.personal_accounts_max == 3);
}

TEST_CASE("capacity holds every customer with no account to spare", "[engine][capacity][property]") {
  const auto& features = test_support::real_data().features;
  const auto per_wecom =
      static_cast<std::int64_t>(features.need(Account::kWecom, "customers_per_account").value());
  const auto per_personal =
      static_cast<std::int64_t>(features.need(Account::kPersonal, "customers_per_account").value());
  for (std::int64_t users : user_grid()) {
    INFO(users);
    const Sizing c = engine().size(profile(users, "low", Adding::kActive));
    CHECK(c.wecom_accounts * per_wecom >= users);
    CHECK((c.wecom_accounts - 1) * per_wecom < users);
    CHECK(c.personal_accounts * per_personal >= users);
    CHECK((c.personal_accounts - 1) * per_personal < users);
    CHECK(c.personal_accounts_max <= c.personal_accounts);
    CHECK(c.wecom_accounts <= c.personal_accounts_max);
  }
}

TEST_CASE("properties over users, industries and adding modes", "[engine][property]") {
  const auto grid = user_grid();
  REQUIRE(grid.size() > 50);
  for (const auto& who : industries_and_barriers()) {
    for (Adding adding : {Adding::kActive, Adding::kPassive}) {
      INFO(who << " " << adding_id(adding));
      int previous = std::numeric_limits<int>::min();
      for (std::int64_t users : grid) {
        INFO("users " << users);
        const Profile p = profile(users, who, adding);
        const int margin = wecom_margin(p);
        // More customers never argue less for WeCom.
        CHECK(margin >= previous);
        previous = margin;
        // Active adding never argues less for WeCom than passive.
        Profile passive = p;
        passive.adding = Adding::kPassive;
        Profile active = p;
        active.adding = Adding::kActive;
        CHECK(wecom_margin(active) >= wecom_margin(passive));
        // A low barrier never argues less for WeCom than a high one (regulation held fixed).
        Profile low = p;
        low.barrier = Barrier::kLow;
        Profile high = p;
        high.barrier = Barrier::kHigh;
        CHECK(wecom_margin(low) >= wecom_margin(high));
        // Regulation never argues less for WeCom.
        Profile regulated = p;
        regulated.regulated = true;
        Profile unregulated = p;
        unregulated.regulated = false;
        CHECK(wecom_margin(regulated) >= wecom_margin(unregulated));
        // The answer follows the scores, ties to the rule set's tie account.
        const Scores s = scores_of(p);
        const Account a = answer(p);
        if (s.wecom > s.personal)
          CHECK(a == Account::kWecom);
        else if (s.wecom < s.personal)
          CHECK(a == Account::kPersonal);
        else
          CHECK(a == test_support::real_data().rules.tie);
      }
    }
  }
}

TEST_CASE("recommend agrees with decide and explains every point", "[engine][property]") {
  for (const auto& who : industries_and_barriers()) {
    for (Adding adding : {Adding::kActive, Adding::kPassive}) {
      for (std::int64_t users : {1LL, 5000LL, 8000LL, 30000LL, 100000LL, 600000LL, 1000000000LL}) {
        INFO(who << " " << adding_id(adding) << " " << users);
        const Profile p = profile(users, who, adding);
        const Recommendation r = engine().recommend(p);
        Scores s;
        CHECK(r.account == engine().decide(p, s));
        CHECK(r.scores.wecom == s.wecom);
        CHECK(r.scores.personal == s.personal);
        CHECK(r.tie == (s.wecom == s.personal));
        CHECK(r.margin() >= 0);
        int wecom = 0, personal = 0;
        std::set<std::string> criteria;
        for (const Vote& v : r.votes) {
          REQUIRE(v.rule != nullptr);
          (v.rule->vote == Account::kWecom ? wecom : personal) += v.rule->weight;
          criteria.insert(v.rule->criterion);
          // Every placeholder was filled in.
          CHECK(v.reason.en.find('{') == std::string::npos);
          CHECK(v.reason.zh.find('{') == std::string::npos);
          CHECK_FALSE(v.reason.en.empty());
        }
        CHECK(wecom == r.scores.wecom);
        CHECK(personal == r.scores.personal);
        // Scale, barrier and adding always have their say.
        CHECK(criteria.count("scale") == 1);
        CHECK(criteria.count("barrier") == 1);
        CHECK(criteria.count("adding") == 1);
        CHECK(criteria.count("compliance") == (p.regulated ? 1u : 0u));
        for (const Suggestion& a : r.advice) {
          REQUIRE(a.advice != nullptr);
          CHECK(a.text.en.find('{') == std::string::npos);
        }
      }
    }
  }
}

TEST_CASE("reasons and advice are filled in for the profile", "[engine]") {
  auto has_advice = [](const Recommendation& r, const std::string& id) {
    return std::any_of(r.advice.begin(), r.advice.end(),
                       [&](const Suggestion& s) { return s.advice->id == id; });
  };
  auto vote = [](const Recommendation& r, const std::string& id) -> const Vote* {
    for (const Vote& v : r.votes)
      if (v.rule->id == id) return &v;
    return nullptr;
  };

  const Recommendation fruit = engine().recommend(profile(30000, "fruit", Adding::kActive));
  CHECK(fruit.account == Account::kWecom);
  const Vote* scale = vote(fruit, "scale-several-personal-accounts");
  REQUIRE(scale != nullptr);
  CHECK(scale->reason.en ==
        "30,000 customers need 6 personal accounts but only 2 WeCom accounts; at large scale the lecture "
        "advises WeCom (counting 3 or more accounts as large is our threshold).");
  CHECK(scale->reason.zh ==
        "3万个客户需要6个个微号，企微只需2个；规模较大，讲座建议用企微（“需要3个及以上个微号即算规模大”是我们"
        "自定的标准）。");
  CHECK(scale->rule->basis.kind == BasisKind::kLecture);
  const Vote* barrier = vote(fruit, "barrier-low");
  REQUIRE(barrier != nullptr);
  CHECK_THAT(barrier->reason.en, Catch::Matchers::StartsWith("Fruit has a low knowledge barrier"));
  CHECK_THAT(barrier->reason.zh, Catch::Matchers::StartsWith("水果行业认知门槛低"));
  CHECK(has_advice(fruit, "keep-personal-helpers"));
  CHECK(has_advice(fruit, "live-code-for-campaigns"));    // two WeCom accounts
  CHECK_FALSE(has_advice(fruit, "buy-session-archive"));  // fruit is not regulated
  CHECK_FALSE(has_advice(fruit, "regulated-on-personal"));

  const Recommendation insurance = engine().recommend(profile(30000, "insurance", Adding::kActive));
  CHECK(insurance.account == Account::kWecom);
  CHECK(has_advice(insurance, "buy-session-archive"));
  REQUIRE(vote(insurance, "compliance-regulated") != nullptr);
  CHECK_THAT(vote(insurance, "compliance-regulated")->reason.en,
             Catch::Matchers::StartsWith("Insurance is strictly regulated"));

  const Recommendation small_law = engine().recommend(profile(3000, "law", Adding::kPassive));
  CHECK(small_law.account == Account::kPersonal);
  CHECK(has_advice(small_law, "regulated-on-personal"));
  CHECK_FALSE(has_advice(small_law, "many-personal-accounts"));  // one account is enough
  CHECK_FALSE(has_advice(small_law, "keep-personal-helpers"));

  const Recommendation law = engine().recommend(profile(30000, "law", Adding::kPassive));
  CHECK(law.account == Account::kPersonal);
  REQUIRE(has_advice(law, "many-personal-accounts"));
  for (const Suggestion& s : law.advice) {
    if (s.advice->id == "many-personal-accounts")
      CHECK_THAT(s.text.en, Catch::Matchers::StartsWith("Plan for 6 personal accounts"));
  }

  // A barrier-only profile names no industry (capitalised at the start of a sentence).
  const Recommendation anonymous = engine().recommend(profile(8000, "high", Adding::kActive));
  REQUIRE(vote(anonymous, "barrier-high") != nullptr);
  CHECK_THAT(vote(anonymous, "barrier-high")->reason.en,
             Catch::Matchers::StartsWith("This industry has a high knowledge barrier"));
  CHECK_THAT(vote(anonymous, "barrier-high")->reason.zh, Catch::Matchers::StartsWith("该行业认知门槛高"));
}

TEST_CASE("render_template fills every placeholder and keeps unknown ones", "[engine]") {
  const Profile p = profile(30000, "fruit", Adding::kActive);
  const Sizing c = engine().size(p);
  const Industry* fruit = test_support::real_data().industries.find("fruit");
  const std::string text =
      "{users}|{wecom_accounts}|{personal_accounts}|{personal_accounts_max}|{industry}|{barrier}|{adding}";
  CHECK(render_template(text, p, c, Lang::kEn, fruit) == "30,000|2|6|3|Fruit|low|active");
  CHECK(render_template(text, p, c, Lang::kZh, fruit) == "3万|2|6|3|水果|低|主动添加");
  // English nouns agree with their count; Chinese needs none.
  CHECK(render_template("{wecom_accounts|account|accounts}", p, c, Lang::kEn, fruit) == "2 accounts");
  CHECK(render_template("{users|customer fits|customers fit}", profile(1, "fruit", Adding::kActive),
                        engine().size(profile(1, "fruit", Adding::kActive)), Lang::kEn,
                        fruit) == "1 customer fits");
  CHECK(render_template("{wecom_accounts|account|accounts}", p, c, Lang::kZh, fruit) == "2");
  // {industry}行业 reads 水果行业, but never 美业行业 or 该行业行业.
  CHECK(render_template("{industry}行业很大", p, c, Lang::kZh, fruit) == "水果行业很大");
  CHECK(render_template("{industry}行业很大", p, c, Lang::kZh, nullptr) == "该行业很大");
  Industry trade = *fruit;
  trade.name.zh = "美业";
  CHECK(render_template("{industry}行业很大", p, c, Lang::kZh, &trade) == "美业很大");
  CHECK(render_template("{industry}", p, c, Lang::kEn, nullptr) == "This industry");
  CHECK(render_template("Rules for {industry}", p, c, Lang::kEn, nullptr) == "Rules for this industry");
  CHECK(render_template("{industry}", p, c, Lang::kZh, nullptr) == "该行业");
  CHECK(render_template("{nope} and {users", p, c, Lang::kEn, fruit) == "{nope} and {users");
  CHECK(render_template("no placeholders", p, c, Lang::kEn, fruit) == "no placeholders");
  CHECK(render_template("", p, c, Lang::kEn, fruit).empty());
  CHECK(render_template("}{users}{", p, c, Lang::kEn, fruit) == "}30,000{");
}

TEST_CASE("format_number groups thousands", "[engine]") {
  CHECK(format_number(0) == "0");
  CHECK(format_number(999) == "999");
  CHECK(format_number(1000) == "1,000");
  CHECK(format_number(30000) == "30,000");
  CHECK(format_number(1000000000) == "1,000,000,000");
  CHECK(format_number(-1234) == "-1,234");
  CHECK(format_number(0.1) == "0.1");
}

TEST_CASE("find_flip returns the first count whose answer differs", "[engine][flip][property]") {
  // High barrier, active: personal while one personal account adds everyone within the default
  // year (30 requests x 20% = 6 a day: 2,190 customers), WeCom from the next customer.
  const Profile p = profile(1, "high", Adding::kActive);
  CHECK(engine().find_flip(p, 1, kMaxUsers) == 2191);
  // Passive law: personal until over a hundred personal accounts... or the tie at 11 accounts.
  const Profile law = profile(1, "law", Adding::kPassive);
  CHECK(engine().find_flip(law, 1, kMaxUsers) == 50001);
  // hi - lo == 1 returns hi straight away.
  CHECK(engine().find_flip(p, 5000, 5001) == 5001);

  for (const auto& who : industries_and_barriers()) {
    for (Adding adding : {Adding::kActive, Adding::kPassive}) {
      INFO(who << " " << adding_id(adding));
      Profile q = profile(1, who, adding);
      const Account low = answer(q);
      q.users = kMaxUsers;
      if (answer(q) == low) continue;
      const std::int64_t n = engine().find_flip(q, 1, kMaxUsers);
      INFO("flip at " << n);
      REQUIRE(n > 1);
      REQUIRE(n <= kMaxUsers);
      q.users = n;
      const Account at = answer(q);
      q.users = n - 1;
      CHECK(answer(q) != at);
      CHECK(answer(q) == low);
    }
  }
}

TEST_CASE("the flips recommend() reports do what they say", "[engine][flip][property]") {
  std::size_t checked = 0;
  for (const auto& who : industries_and_barriers()) {
    for (Adding adding : {Adding::kActive, Adding::kPassive}) {
      for (std::int64_t users : user_grid()) {
        const Profile p = profile(users, who, adding);
        const Recommendation r = engine().recommend(p);
        for (const Flip& f : r.flips) {
          INFO(who << " " << adding_id(adding) << " " << users << ": " << change_id(f.change));
          CHECK(f.recommendation != r.account);
          // Apply the change as a user would, by answering the question differently.
          ProfileInput input;
          input.users = std::to_string(users);
          input.adding = std::string(adding_id(adding));
          if (p.industry.empty())
            input.barrier = std::string(barrier_id(p.barrier));
          else
            input.industry = p.industry;
          switch (f.change) {
            case Flip::Change::kUsers:
              input.users = std::to_string(f.users);
              break;
            case Flip::Change::kAdding:
              CHECK(f.adding != p.adding);
              input.adding = std::string(adding_id(f.adding));
              break;
            case Flip::Change::kBarrier:
              CHECK(f.barrier != p.barrier);
              input.industry.clear();  // another barrier means another industry, as regulated
              input.barrier = std::string(barrier_id(f.barrier));
              input.regulated = p.regulated ? "true" : "false";
              break;
          }
          const Profile changed = resolve_profile(input, test_support::real_data().industries);
          CHECK(answer(changed) == f.recommendation);
          ++checked;
        }
        // The users flips are on the right side of the current count.
        for (const Flip& f : r.flips) {
          if (f.change != Flip::Change::kUsers) continue;
          CHECK(f.users != users);
          CHECK(f.users >= 1);
          CHECK(f.users <= kMaxUsers);
        }
      }
    }
  }
  CHECK(checked > 100);
}

TEST_CASE("flips for a profile in conflict", "[engine][flip]") {
  // 30,000 law customers, passive: personal by 4 to 3.
  const Recommendation r = engine().recommend(profile(30000, "law", Adding::kPassive));
  REQUIRE(r.account == Account::kPersonal);
  auto find = [&](Flip::Change change) -> const Flip* {
    for (const Flip& f : r.flips)
      if (f.change == change) return &f;
    return nullptr;
  };
  REQUIRE(find(Flip::Change::kAdding) != nullptr);
  CHECK(find(Flip::Change::kAdding)->adding == Adding::kActive);
  CHECK(find(Flip::Change::kAdding)->recommendation == Account::kWecom);
  REQUIRE(find(Flip::Change::kBarrier) != nullptr);
  CHECK(find(Flip::Change::kBarrier)->barrier == Barrier::kLow);
  REQUIRE(find(Flip::Change::kUsers) != nullptr);
  // Fewer customers only make it more personal; from 50,001 (11 personal accounts) it is WeCom.
  CHECK(r.flips.size() == 3);
  CHECK(find(Flip::Change::kUsers)->users == 50001);
  CHECK(find(Flip::Change::kUsers)->recommendation == Account::kWecom);

  // 30,000 fruit, active: every criterion agrees; only much smaller scale with passive... no single change
  // flips it.
  const Recommendation agreed = engine().recommend(profile(30000, "fruit", Adding::kActive));
  CHECK(agreed.flips.empty());
  // A small low-barrier passive shop flips on adding, barrier and size.
  const Recommendation shop = engine().recommend(profile(3000, "fruit", Adding::kPassive));
  CHECK(shop.account == Account::kPersonal);
  std::set<std::string_view> changes;
  for (const Flip& f : shop.flips) changes.insert(change_id(f.change));
  CHECK(changes == std::set<std::string_view>{"adding", "users"});
  for (const Flip& f : shop.flips)
    if (f.change == Flip::Change::kUsers) CHECK(f.users == 5001);
}

TEST_CASE("a tie goes to the rules file's tie side, whichever it is", "[engine][tie]") {
  // The same rules with "tie": "personal": a profile that ties must go to personal WeChat. (A
  // mutant that always broke ties for WeCom survived the real rules, whose tie side is WeCom.)
  const auto& data = test_support::real_data();
  auto doc = nlohmann::json::parse(test_support::read_bytes(test_support::data_dir() / "rules.json"));
  doc["tie"] = "personal";
  Problems problems("rules.json");
  const RuleSet personal_ties = RuleSet::parse(doc, data.features, data.industries, problems);
  REQUIRE(problems.empty());
  const Engine engine(data.features, data.industries, personal_ties);
  // 2,000 customers, law, active: WeCom 3 (adding 2, compliance 1), personal 3 (scale 1, barrier 2).
  const Recommendation r = engine.recommend(profile(2000, "law", Adding::kActive));
  REQUIRE(r.tie);
  CHECK(r.account == Account::kPersonal);
  Scores s;
  CHECK(engine.decide(profile(2000, "law", Adding::kActive), s) == Account::kPersonal);
  CHECK(test_support::real_engine().decide(profile(2000, "law", Adding::kActive), s) == Account::kWecom);
}
