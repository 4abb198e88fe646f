// The real data files load, and hold the figures the lecture gives, both as numbers the code
// computes with and in the text the table shows.

#include <catch2/catch.hpp>

#include <set>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/embedded_data.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/json_reader.hpp"
#include "test_support.hpp"

using namespace advisor;
using test_support::real_data;

namespace {

const Feature& row(int no) {
  const Feature* f = real_data().features.find_no(no);
  REQUIRE(f != nullptr);
  return *f;
}

// The value of a named quantity on one side of one row; fails the test when absent.
std::optional<double> value_in_row(int no, Account account, const std::string& name) {
  const auto& quantities = row(no).side(account).quantities;
  const auto it =
      std::find_if(quantities.begin(), quantities.end(), [&](const Quantity& q) { return q.name == name; });
  INFO("row " << no << " " << account_id(account) << " quantity " << name);
  REQUIRE(it != quantities.end());
  return it->value;
}

bool contains(const std::string& text, std::string_view needle) {
  return text.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("features.json has 24 rows numbered 1 to 24 in order", "[data][features]") {
  const auto& features = real_data().features.features();
  REQUIRE(features.size() == 24);
  std::set<std::string> ids;
  for (std::size_t i = 0; i < features.size(); ++i) {
    CHECK(features[i].no == static_cast<int>(i) + 1);
    CHECK(ids.insert(features[i].id).second);
    CHECK_FALSE(features[i].name.zh.empty());
    CHECK_FALSE(features[i].name.en.empty());
    CHECK_FALSE(features[i].wecom.text.en.empty());
    CHECK_FALSE(features[i].personal.text.zh.empty());
    CHECK_FALSE(features[i].dimensions.empty());
    for (const auto& d : features[i].dimensions) CHECK(real_data().features.find_dimension(d) != nullptr);
  }
  CHECK(real_data().features.find_no(0) == nullptr);
  CHECK(real_data().features.find_no(25) == nullptr);
  CHECK(real_data().features.find_id("customers_per_account") == &row(4));
  CHECK(real_data().features.find_id("no_such_row") == nullptr);
}

TEST_CASE("dimensions are the lecture's criteria plus compliance and general", "[data][features]") {
  const auto& table = real_data().features;
  for (const char* id : {"scale", "barrier", "adding", "compliance", "general"}) {
    INFO(id);
    REQUIRE(table.find_dimension(id) != nullptr);
    CHECK_FALSE(table.find_dimension(id)->name.zh.empty());
  }
  CHECK(table.find_dimension("Scale") == nullptr);
  CHECK(table.find_dimension("nope") == nullptr);
}

TEST_CASE("row 4: customers per account", "[data][features]") {
  CHECK(row(4).id == "customers_per_account");
  CHECK(row(4).favours == Favours::kWecom);
  CHECK(value_in_row(4, Account::kWecom, "customers_per_account") == 20000);
  CHECK(value_in_row(4, Account::kWecom, "customers_per_entity") == 50000);
  CHECK(value_in_row(4, Account::kPersonal, "customers_per_account") == 5000);
  CHECK(value_in_row(4, Account::kPersonal, "customers_per_account_max") == 10000);
  // The same figures in the text people read.
  const auto& w = row(4).wecom.text;
  const auto& p = row(4).personal.text;
  CHECK(contains(w.en, "20,000"));
  CHECK(contains(w.en, "50,000"));
  CHECK(contains(w.zh, "2万"));
  CHECK(contains(w.zh, "5万"));
  CHECK(contains(p.en, "5,000"));
  CHECK(contains(p.en, "10,000"));
  CHECK(contains(p.zh, "5000"));
  CHECK(contains(p.zh, "1万"));
}

TEST_CASE("row 5: friends added per day", "[data][features]") {
  CHECK(row(5).id == "daily_adds");
  CHECK(value_in_row(5, Account::kWecom, "passive_adds_per_day") == 800);
  CHECK(value_in_row(5, Account::kPersonal, "passive_adds_per_day") == 200);
  CHECK(value_in_row(5, Account::kWecom, "active_adds_per_day") == 300);
  CHECK(value_in_row(5, Account::kPersonal, "active_adds_per_day") == 30);
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    CHECK(contains(row(5).wecom.text.in(lang), "800"));
    CHECK(contains(row(5).wecom.text.in(lang), "300"));
    CHECK(contains(row(5).personal.text.in(lang), "200"));
    CHECK(contains(row(5).personal.text.in(lang), "30"));
  }
}

TEST_CASE("row 6: acceptance rate of add requests", "[data][features]") {
  CHECK(row(6).id == "add_pass_rate");
  CHECK(row(6).favours == Favours::kPersonal);
  CHECK(value_in_row(6, Account::kWecom, "add_pass_rate").value_or(-1) == Approx(0.10));
  CHECK(value_in_row(6, Account::kPersonal, "add_pass_rate").value_or(-1) == Approx(0.20));
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    CHECK(contains(row(6).wecom.text.in(lang), "10%"));
    CHECK(contains(row(6).personal.text.in(lang), "20%"));
  }
}

TEST_CASE("row 7: live QR code binds 50, at most 100 staff; personal has none", "[data][features]") {
  CHECK(row(7).id == "live_code");
  CHECK(value_in_row(7, Account::kWecom, "live_code_staff") == 50);
  CHECK(value_in_row(7, Account::kWecom, "live_code_staff_max") == 100);
  CHECK(row(7).personal.quantities.empty());
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    CHECK(contains(row(7).wecom.text.in(lang), "50"));
    CHECK(contains(row(7).wecom.text.in(lang), "100"));
  }
}

TEST_CASE("row 9: Moments posts, 3 a day against unlimited", "[data][features]") {
  CHECK(row(9).id == "moments_posts_per_day");
  CHECK(value_in_row(9, Account::kWecom, "moments_posts_per_day") == 3);
  CHECK(value_in_row(9, Account::kPersonal, "moments_posts_per_day") == std::nullopt);
  CHECK(contains(row(9).wecom.text.en, "3 times"));
  CHECK(contains(row(9).wecom.text.zh, "3次"));
  CHECK(contains(row(9).personal.text.zh, "不限"));
  CHECK(contains(row(9).personal.text.en, "No fixed limit"));
  // An unlimited figure is found but has no value; need() refuses it.
  const auto q = real_data().features.quantity(Account::kPersonal, "moments_posts_per_day");
  REQUIRE(q);
  CHECK(q->feature->no == 9);
  CHECK_FALSE(q->quantity->value.has_value());
  CHECK_THROWS_AS(real_data().features.need(Account::kPersonal, "moments_posts_per_day"), DataError);
}

TEST_CASE("row 16: accounts per phone number", "[data][features]") {
  CHECK(row(16).id == "phone_registration");
  CHECK(value_in_row(16, Account::kWecom, "accounts_per_phone") == 5);
  CHECK(value_in_row(16, Account::kWecom, "accounts_per_phone_same_entity") == 1);
  CHECK(value_in_row(16, Account::kPersonal, "accounts_per_phone") == 1);
  CHECK(contains(row(16).wecom.text.en, "5 accounts"));
  CHECK(contains(row(16).wecom.text.en, "1 per entity"));
  CHECK(contains(row(16).wecom.text.zh, "5个"));
  CHECK(contains(row(16).wecom.text.zh, "1个"));
  CHECK(contains(row(16).personal.text.zh, "1个"));
  CHECK(contains(row(16).personal.text.en, "one account"));
}

TEST_CASE("every required quantity is finite and positive on both sides", "[data][features]") {
  const auto& table = real_data().features;
  for (Account account : kAccounts) {
    for (auto name : kRequiredQuantities) {
      INFO(account_id(account) << " " << name);
      const auto q = table.need(account, name);
      CHECK(q.value() > 0);
      CHECK(table.quantity(account, name)->feature == q.feature);
    }
  }
  CHECK(table.need(Account::kWecom, "customers_per_account").feature->no == 4);
  CHECK_FALSE(table.quantity(Account::kWecom, "no_such_quantity"));
  CHECK_THROWS_AS(table.need(Account::kWecom, "no_such_quantity"), DataError);
  // A quantity one side has and the other lacks.
  CHECK(table.quantity(Account::kWecom, "accounts_per_phone_same_entity"));
  CHECK_FALSE(table.quantity(Account::kPersonal, "accounts_per_phone_same_entity"));
}

TEST_CASE("quantity names are unique per side across the table", "[data][features]") {
  for (Account account : kAccounts) {
    std::set<std::string> seen;
    for (const auto& f : real_data().features.features()) {
      for (const auto& q : f.side(account).quantities) {
        INFO(account_id(account) << " " << q.name << " in row " << f.no);
        CHECK(seen.insert(q.name).second);
        CHECK_FALSE(q.unit.empty());
        if (q.value) CHECK(*q.value >= 0);
      }
    }
  }
}

TEST_CASE("industries.json: the lecture's industries and their barriers", "[data][industries]") {
  const auto& catalog = real_data().industries;
  CHECK(catalog.industries().size() >= 20);
  struct Expect {
    const char* id;
    Barrier barrier;
    bool regulated;
  };
  for (const Expect& e :
       {Expect{"fruit", Barrier::kLow, false}, Expect{"law", Barrier::kHigh, true},
        Expect{"insurance", Barrier::kHigh, true}, Expect{"medical", Barrier::kHigh, true}}) {
    INFO(e.id);
    const Industry* industry = catalog.find(e.id);
    REQUIRE(industry != nullptr);
    CHECK(industry->id == e.id);
    CHECK(industry->barrier == e.barrier);
    CHECK(industry->regulated == e.regulated);
    CHECK(industry->barrier_basis.kind == BasisKind::kLecture);
  }
  std::set<std::string> ids;
  for (const auto& industry : catalog.industries()) {
    INFO(industry.id);
    CHECK(ids.insert(industry.id).second);
    CHECK(catalog.find(industry.id) == &industry);
    CHECK(catalog.find(industry.name.zh) == &industry);
    CHECK(catalog.find(industry.name.en) == &industry);
    for (const auto& alias : industry.aliases) CHECK(catalog.find(alias) == &industry);
  }
}

TEST_CASE("rules.json loads with its rules, advice and examples", "[data][rules]") {
  const auto& rules = real_data().rules;
  CHECK(rules.tie == Account::kWecom);
  CHECK_FALSE(rules.tie_reason.en.empty());
  CHECK(rules.tie_basis.kind == BasisKind::kLecture);
  CHECK(rules.default_target_days > 0);
  REQUIRE(rules.margins.size() == 3);
  CHECK(rules.band(0).id == "toss_up");
  CHECK(rules.band(1).id == "close");
  CHECK(rules.band(2).id == "close");
  CHECK(rules.band(3).id == "clear");
  CHECK(rules.band(100).id == "clear");
  CHECK(rules.rules.size() >= 10);
  CHECK(rules.advice.size() >= 5);
  CHECK(rules.examples.size() >= 10);
  std::set<std::string> criteria;
  for (const auto& rule : rules.rules) {
    INFO(rule.id);
    criteria.insert(rule.criterion);
    CHECK(real_data().features.find_dimension(rule.criterion) != nullptr);
    // A vote rests on the lecture's words, or cites the rows it reasons from.
    CHECK((rule.basis.kind == BasisKind::kLecture || !rule.features.empty()));
    CHECK(std::is_sorted(rule.features.begin(), rule.features.end()));
    for (int no : rule.features) CHECK(real_data().features.find_no(no) != nullptr);
  }
  CHECK(criteria == std::set<std::string>{"scale", "barrier", "adding", "compliance"});
  // A rule cites the rows its {"ref": ...} thresholds came from.
  const auto first = std::find_if(rules.rules.begin(), rules.rules.end(),
                                  [](const Rule& r) { return r.id == "scale-one-personal-account"; });
  REQUIRE(first != rules.rules.end());
  CHECK(first->vote == Account::kPersonal);
  CHECK(first->weight == 1);
  CHECK(first->basis.kind == BasisKind::kInference);
  CHECK(first->features == std::vector<int>{4});
  CHECK(first->when.cited_rows == std::vector<int>{4});
  CHECK(failing_examples(real_data()).empty());
}

TEST_CASE("embedded and directory sources hold the same data", "[data]") {
  const auto embedded = embedded_data_source();
  const auto directory = directory_data_source(test_support::data_dir().string());
  for (const char* name : {"features.json", "industries.json", "rules.json"}) {
    INFO(name);
    const SourceFile a = embedded->read(name);
    const SourceFile b = directory->read(name);
    CHECK(a.display_name == std::string("data/") + name + " (built in)");
    CHECK(b.display_name.find(name) != std::string::npos);
    CHECK(a.contents == b.contents);
  }
  CHECK(embedded_files().size() == 3);
  CHECK_THROWS_AS(embedded->read("nope.json"), DataError);
  // The directory source works with or without a trailing slash.
  const auto slashed = directory_data_source(test_support::data_dir().string() + "/");
  CHECK(slashed->read("rules.json").contents == directory->read("rules.json").contents);
}

TEST_CASE("read_data_file reports missing files and directories by path", "[data]") {
  const std::string missing = (test_support::broken_dir() / "no_such_file.json").string();
  try {
    read_data_file(missing);
    FAIL("no exception");
  } catch (const DataError& e) {
    CHECK(e.code() == ExitCode::kData);
    CHECK(std::string(e.what()) == missing + ": cannot read: no such file or directory");
  }
  const std::string dir = test_support::broken_dir().string();
  try {
    read_data_file(dir);
    FAIL("no exception");
  } catch (const DataError& e) {
    CHECK(std::string(e.what()) == dir + ": cannot read: is a directory");
  }
  const auto loaded = read_data_file((test_support::broken_dir() / "base" / "rules.json").string());
  CHECK(loaded.contents.find("\"schema_version\": 1") != std::string::npos);
}

TEST_CASE("load_data_set names the file that is missing", "[data]") {
  test_support::MemorySource source;
  source.add("features.json", embedded_data_source()->read("features.json"));
  CHECK_THROWS_AS(load_data_set(source), DataError);
  source.add("industries.json", embedded_data_source()->read("industries.json"));
  source.add("rules.json", embedded_data_source()->read("rules.json"));
  CHECK(load_data_set(source).features.features().size() == 24);
}

TEST_CASE("DataError keeps every problem and summarises them in what()", "[data]") {
  const DataError one({"a.json: /x: bad"});
  CHECK(std::string(one.what()) == "a.json: /x: bad");
  const DataError two({"a.json: /x: bad", "a.json: /y: worse"});
  CHECK(two.problems().size() == 2);
  CHECK(std::string(two.what()) ==
        "a.json: /x: bad (and 1 more problem; 'acct-advisor validate' lists them all)");
  const DataError three({"p1", "p2", "p3"});
  CHECK(std::string(three.what()) == "p1 (and 2 more problems; 'acct-advisor validate' lists them all)");
  CHECK(three.code() == ExitCode::kData);
}

TEST_CASE("JSON pointers escape '~' and '/' as RFC 6901 says", "[data]") {
  CHECK(pointer_join("", "features") == "/features");
  CHECK(pointer_join("/features", std::size_t{3}) == "/features/3");
  CHECK(pointer_join("/q", "a/b") == "/q/a~1b");
  CHECK(pointer_join("/q", "a~b") == "/q/a~0b");
  CHECK(pointer_join("/q", "~/") == "/q/~0~1");
}
