// Reading a profile as people type it: customer counts in every common notation, industries
// by id, name or alias in either language, and the messages for what cannot be read.

#include <catch2/catch.hpp>

#include "acct_advisor/error.hpp"
#include "acct_advisor/profile.hpp"
#include "test_support.hpp"

using namespace advisor;

namespace {

std::string usage_error(const std::function<void()>& run) {
  try {
    run();
  } catch (const UsageError& e) {
    CHECK(e.code() == ExitCode::kUsage);
    return e.what();
  } catch (const std::exception& e) {
    FAIL_CHECK("threw something other than UsageError: " << e.what());
    return "";
  }
  FAIL_CHECK("did not throw");
  return "";
}

ProfileInput answers(std::string users, std::string industry, std::string barrier, std::string adding,
                     std::string regulated = "", std::string entities = "") {
  ProfileInput input;
  input.users = std::move(users);
  input.industry = std::move(industry);
  input.barrier = std::move(barrier);
  input.adding = std::move(adding);
  input.regulated = std::move(regulated);
  input.entities = std::move(entities);
  return input;
}

std::string users_error(std::string_view text) {
  return usage_error([&] { parse_users(text, "--users"); });
}

Profile resolve(const std::string& users, const std::string& industry, const std::string& barrier,
                const std::string& adding, std::string_view prefix = "--") {
  ProfileInput input;
  input.users = users;
  input.industry = industry;
  input.barrier = barrier;
  input.adding = adding;
  return resolve_profile(input, test_support::real_data().industries, prefix);
}

std::string resolve_error(const std::string& users, const std::string& industry, const std::string& barrier,
                          const std::string& adding, std::string_view prefix = "--") {
  return usage_error([&] { resolve(users, industry, barrier, adding, prefix); });
}

}  // namespace

TEST_CASE("parse_users reads counts as operators write them", "[profile][users]") {
  struct Good {
    const char* text;
    std::int64_t users;
  };
  const Good cases[] = {
      {"30000", 30000},
      {"30,000", 30000},
      {"1,000,000", 1000000},
      {"30k", 30000},
      {"30K", 30000},
      {"1.5k", 1500},
      {"0.5k", 500},
      {"3万", 30000},
      {"3.5万", 35000},
      {"3.50万", 35000},
      {"3 万", 30000},
      {"3w", 30000},
      {"3W", 30000},
      {"2千", 2000},
      {"1亿", 100000000},
      {"10亿", 1000000000},
      {"2m", 2000000},
      {"1.25M", 1250000},
      {"１２３", 123},
      {"３万", 30000},
      {"３０，０００", 30000},
      {"１．５k", 1500},
      {"  42\t", 42},
      {"+7", 7},
      {"1", 1},
      {"1000000000", kMaxUsers},
      {"20,001", 20001},
  };
  for (const Good& g : cases) {
    INFO(g.text);
    CHECK(parse_users(g.text, "users") == g.users);
  }
  // The whole full-width block is folded, letters included: ３ｋ is 3k.
  CHECK(parse_users("１．５ｋ", "users") == 1500);
}

TEST_CASE("parse_users reads Chinese numerals and full-width forms", "[profile][users]") {
  struct Good {
    const char* text;
    std::int64_t users;
  };
  const Good cases[] = {
      {"三万", 30000},    {"五千", 5000},       {"两万", 20000},           {"十万", 100000},
      {"一千二百", 1200}, {"一万五千", 15000},  {"1.5万", 15000},          {"3千", 3000},
      {"3k", 3000},       {"三亿", 300000000},  {"十亿", kMaxUsers},       {"二十五", 25},
      {"十五", 15},       {"一百零五", 105},    {"两千零五", 2005},        {"一万零五百", 10500},
      {"1万2千", 12000},  {"三千万", 30000000}, {"一亿五千万", 150000000}, {"一", 1},
      {"３ｋ", 3000},     {"３万", 30000},      {"３０，０００", 30000},   {"３Ｋ", 3000},
      {"三萬", 30000},    {"+三万", 30000},     {"　三万　", 30000},
  };
  for (const Good& g : cases) {
    INFO(g.text);
    CHECK(parse_users(g.text, "users") == g.users);
  }
}

TEST_CASE("parse_users refuses malformed Chinese numerals, saying why", "[profile][users]") {
  struct Bad {
    const char* text;
    const char* why;
  };
  const Bad cases[] = {
      {"三万x", "is not a number"},
      {"万", "is not a number"},
      {"亿", "is not a number"},
      {"1.5.3万", "is not a number"},
      {"三四", "is not a number"},
      {"一万五", "is not a number"},  // 15000 in speech, 10005 by the digits: ask
      {"三万万", "is not a number"},
      {"百十", "is not a number"},
      {"-三万", "is negative"},
      {"－3", "is negative"},
      {"零", "must be at least 1 customer"},
      {"十一亿", "is more than 1000000000 customers"},
      {"一万万亿", "is not a number"},
      {"99999999999万", "is more than 1000000000 customers"},
  };
  for (const Bad& b : cases) {
    INFO(b.text);
    const std::string message = users_error(b.text);
    CHECK_THAT(message, Catch::Matchers::StartsWith(std::string("--users: '") + b.text + "'"));
    CHECK_THAT(message, Catch::Matchers::Contains(b.why));
  }
}

// 30.000 is thirty thousand in much of Europe and thirty elsewhere: refused, offering the forms
// that mean one thing.
TEST_CASE("parse_users refuses a dot that may group thousands", "[profile][users]") {
  CHECK(users_error("30.000") ==
        "--users: '30.000' is ambiguous: in some countries the dot groups thousands, in others it marks "
        "decimals; for 30,000 customers write 30000, 30,000 or 3万");
  CHECK_THAT(users_error("1.000.000"), Catch::Matchers::EndsWith("write 1000000, 1,000,000 or 100万"));
  CHECK_THAT(users_error("1.500"), Catch::Matchers::EndsWith("write 1500 or 1,500"));
  CHECK(usage_error([] { parse_users("30.000", "--users", Lang::kZh); }) ==
        "--users：「30.000」有歧义：有的地区用点号分隔千位，有的地区用它表示小数；如果指的是3万个客户，请写成"
        "30000、30,000或3万");
  // Not three digits after the dot, or a suffix: one reading only.
  CHECK(parse_users("30.0", "users") == 30);
  CHECK(parse_users("1.500k", "users") == 1500);
  CHECK(parse_users("1.5万", "users") == 15000);
}

TEST_CASE("input errors follow the language", "[profile][lang]") {
  CHECK(usage_error([] { parse_users("三万x", "--users", Lang::kZh); }) ==
        "--users：「三万x」不是数字；请填写客户数，例如 30000、30,000、3万 或 三万");
  CHECK(usage_error([] { parse_users("-3", "--users", Lang::kZh); }) ==
        "--users：「-3」是负数；请填写预计的客户数，至少为 1");
  const auto& catalog = test_support::real_data().industries;
  auto zh_error = [&](ProfileInput input, std::string_view prefix = "--") {
    return usage_error([&] { resolve_profile(input, catalog, prefix, Lang::kZh); });
  };
  CHECK(zh_error(ProfileInput{}) == "缺少 --users、--industry（或 --barrier）、--adding");
  // A Chinese operator thinks of the industry by its Chinese name: it comes first, the id to
  // type after it.
  CHECK(zh_error(answers("3万", "frut", "", "主动")) ==
        "--industry：没有「frut」这个行业；您是不是要找「水果」（fruit）？");
  CHECK(zh_error(answers("3万", "水菓", "", "主动")) ==
        "--industry：没有「水菓」这个行业；您是不是要找「水果」（fruit）或「海鲜水产」（seafood）？");
  CHECK_THAT(zh_error(answers("3万", "zzzzzzzzzzzz", "", "主动"), ""),
             Catch::Matchers::StartsWith("industry：没有「zzzzzzzzzzzz」这个行业；没有相近的行业。"));
  CHECK(zh_error(answers("3万", "水果", "高", "主动")) ==
        "--barrier：「高」与 --industry「fruit」矛盾，该行业的门槛是低；两者给出一个即可");
  CHECK(zh_error(answers("3万", "", "中", "主动")) == "--barrier：应为 高 或 低，实际是「中」");
  CHECK(zh_error(answers("3万", "", "高", "主动", "也许")) == "--regulated：应为 是 或 否，实际是「也许」");
  CHECK(zh_error(answers("3万", "水果", "", "偶尔")) == "--adding：应为 主动 或 被动，实际是「偶尔」");
  CHECK(zh_error(answers("3万", "水果", "", "主动", "", "0")) ==
        "--entities：应为 1 到 10000 之间的整数，实际是「0」");
  CHECK_THAT(zh_error(answers("3万", "水果", "", "主动", "是")),
             Catch::Matchers::Contains("该行业不属于强监管"));
}

TEST_CASE("Chinese answers for barrier and regulation", "[profile][lang]") {
  CHECK(parse_barrier_answer("高") == Barrier::kHigh);
  CHECK(parse_barrier_answer("高门槛") == Barrier::kHigh);
  CHECK(parse_barrier_answer("低") == Barrier::kLow);
  CHECK(parse_barrier_answer("低门槛") == Barrier::kLow);
  CHECK(parse_barrier_answer("low") == Barrier::kLow);
  CHECK_FALSE(parse_barrier_answer("中"));
  CHECK(parse_regulated("是") == true);
  CHECK(parse_regulated("否") == false);
  CHECK(parse_regulated("true") == true);
  CHECK_FALSE(parse_regulated("也许"));
  const auto& catalog = test_support::real_data().industries;
  const Profile p = resolve_profile(answers("三万", "", "高", "被动", "是"), catalog);
  CHECK(p.users == 30000);
  CHECK(p.barrier == Barrier::kHigh);
  CHECK(p.regulated);
  CHECK(p.adding == Adding::kPassive);
  CHECK(resolve_profile(answers("3万", "律师", "高门槛", "主动"), catalog).barrier == Barrier::kHigh);
}

TEST_CASE("parse_users refuses what is not a count of customers, saying why", "[profile][users]") {
  struct Bad {
    std::string text;
    const char* why;
  };
  const Bad cases[] = {
      {"0", "must be at least 1 customer"},
      {"0k", "must be at least 1 customer"},
      {"-5", "is negative"},
      {"-0", "is negative"},
      {"2.5", "is not a whole number of customers"},
      {"1.0005k", "is not a whole number of customers"},
      {"1.0000000001", "is not a whole number of customers"},
      {"30,000.5", "is not a whole number of customers"},
      {"abc", "is not a number"},
      {"", "is empty"},
      {"   ", "is empty"},
      {"3,00", "has misplaced thousands separators"},
      {"1,0000", "has misplaced thousands separators"},
      {",000", "has misplaced thousands separators"},
      {"1,,000", "has misplaced thousands separators"},
      {"99999999999999999999", "is more than 1000000000 customers"},
      {"1000000001", "is more than 1000000000 customers"},
      {"100001万", "is more than 1000000000 customers"},
      {"11亿", "is more than 1000000000 customers"},
      {"1e9999", "is not a number"},
      {"1e3", "is not a number"},
      {"0x10", "is not a number"},
      {"30 000", "is not a number"},
      {"3万5", "is not a number"},
      {"k", "is not a number"},
      {"万", "is not a number"},
      {".", "is not a number"},
      {"3kk", "is not a number"},
      {std::string(10 * 1024, '9'), "is more than 1000000000 customers"},
      {std::string(10 * 1024, 'x'), "is not a number"},
      {"\xff\xfe", "is not a number"},
      {"3\xe4\xb8", "is not a number"},  // 万 cut short
  };
  for (const Bad& b : cases) {
    INFO("input: '" << b.text.substr(0, 50) << "' (" << b.text.size() << " bytes)");
    const std::string message = users_error(b.text);
    CHECK_THAT(message, Catch::Matchers::StartsWith("--users: '"));
    CHECK_THAT(message, Catch::Matchers::Contains(b.why));
    // A huge argument is quoted in part, so the message stays one readable line.
    CHECK(message.size() < 200);
  }
  CHECK(users_error(std::string(10 * 1024, 'x')) ==
        "--users: '" + std::string(40, 'x') +
            "…' is not a number; give a count of customers such as 30000, 30,000, "
            "30k or 3万");
  CHECK(users_error("0") == "--users: '0' must be at least 1 customer");
  CHECK(users_error("-5") ==
        "--users: '-5' is negative; give the number of customers you expect, at least 1");
}

// A NUL byte (possible in a batch file field, not in argv) would end the C string what()
// returns, leaving "--users: '12" and no reason; control bytes are quoted as escapes.
TEST_CASE("parse_users: a NUL in the input does not cut the message short", "[profile][users]") {
  const std::string message =
      users_error(std::string("12\0"
                              "3",
                              4));
  CHECK_THAT(message, Catch::Matchers::Contains("is not a number"));
  CHECK_THAT(message, Catch::Matchers::StartsWith("--users: '12\\x003' "));
  CHECK(message.find('\0') == std::string::npos);
  CHECK_THAT(users_error("1\x1b[31m2"),
             Catch::Matchers::StartsWith("--users: '1\\x1b[31m2' is not a number"));
}

TEST_CASE("parse_users names the field it was given", "[profile][users]") {
  const std::string message = usage_error([] { parse_users("abc", "users"); });
  CHECK_THAT(message, Catch::Matchers::StartsWith("users: 'abc' is not a number"));
  const std::string line = usage_error([] { parse_users("-1", "line 3: users"); });
  CHECK_THAT(line, Catch::Matchers::StartsWith("line 3: users: '-1' is negative"));
}

// A long argument is quoted in part, cut between characters so the message stays valid UTF-8.
TEST_CASE("parse_users: a long argument is quoted without splitting a character", "[profile][users]") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "万";  // 3 bytes each: byte 40 is inside the 14th
  const std::string message = users_error(text);
  CHECK_THAT(message, Catch::Matchers::StartsWith("--users: '"));
  CHECK(test_support::is_valid_utf8(message));
  std::string thirteen;
  for (int i = 0; i < 13; ++i) thirteen += "万";
  CHECK_THAT(message, Catch::Matchers::StartsWith("--users: '" + thirteen + "…' is not a number"));
}

TEST_CASE("messages quote other user text the same way", "[profile]") {
  CHECK(resolve_error("30000", "", std::string("me\0dium", 7), "active") ==
        "--barrier: expected low or high, got 'me\\x00dium'");
  CHECK(resolve_error("30000", "fruit", "", "\xff") ==
        "--adding: expected active or passive, got '\xEF\xBF\xBD'");
  std::string long_adding;
  for (int i = 0; i < 30; ++i) long_adding += "万";  // 90 bytes: the first 20 characters are shown
  const std::string adding = resolve_error("30000", "fruit", "", long_adding);
  CHECK(test_support::is_valid_utf8(adding));
  CHECK_THAT(adding, Catch::Matchers::EndsWith("万…'"));
  CHECK(adding.size() == std::string("--adding: expected active or passive, got '…'").size() + 60);
}

TEST_CASE("industries are found by id, name or alias in either language", "[profile][industry]") {
  struct Lookup {
    const char* query;
    const char* id;
  };
  for (const Lookup& l :
       {Lookup{"水果", "fruit"}, Lookup{"律师", "law"}, Lookup{"保险", "insurance"},
        Lookup{"医生", "medical"}, Lookup{"FRUIT", "fruit"}, Lookup{"Fruit", "fruit"},
        Lookup{"  fruit\t", "fruit"}, Lookup{"Fruit Shop", "fruit"}, Lookup{"fruit-shop", "fruit"},
        Lookup{"Law Firm", "law"}, Lookup{"法律", "law"}, Lookup{"Medical", "medical"},
        Lookup{"insurance agent", "insurance"}, Lookup{"real_estate", "real_estate"},
        Lookup{"Real Estate", "real_estate"}, Lookup{"fruits", "fruit"} /* an alias, so no suggestion */}) {
    INFO(l.query);
    const Industry* industry = test_support::real_data().industries.find(l.query);
    REQUIRE(industry != nullptr);
    CHECK(industry->id == l.id);
  }
  for (const char* missing : {"", "   ", "fruitt", "水", "lawyerz"}) {
    INFO(missing);
    CHECK(test_support::real_data().industries.find(missing) == nullptr);
  }
}

TEST_CASE("suggestions for an unknown industry are near misses, best first", "[profile][industry]") {
  const auto& catalog = test_support::real_data().industries;
  const auto frut = catalog.suggest("frut");
  REQUIRE_FALSE(frut.empty());
  CHECK(frut[0] == "fruit");
  CHECK(frut.size() <= 3);
  const auto insur = catalog.suggest("insur");  // a prefix counts as a near miss
  REQUIRE_FALSE(insur.empty());
  CHECK(insur[0] == "insurance");
  CHECK(catalog.suggest("lawyr")[0] == "law");
  CHECK(catalog.suggest("水菓")[0] == "fruit");  // one character off, in code points
  CHECK(catalog.suggest("FRUTI").at(0) == "fruit");
  CHECK(catalog.suggest("fruit", 1).size() == 1);
  CHECK(catalog.suggest("zzzzzzzzzzzzzzzzzz").empty());
  CHECK(catalog.suggest("frut", 0).empty());
}

TEST_CASE("resolve_profile: an industry sets the barrier and regulation", "[profile]") {
  const Profile fruit = resolve("30000", "水果", "", "active");
  CHECK(fruit.users == 30000);
  CHECK(fruit.industry == "fruit");
  CHECK(fruit.barrier == Barrier::kLow);
  CHECK_FALSE(fruit.regulated);
  CHECK(fruit.adding == Adding::kActive);

  const Profile law = resolve("3k", "律师", "", "passive");
  CHECK(law.users == 3000);
  CHECK(law.industry == "law");
  CHECK(law.barrier == Barrier::kHigh);
  CHECK(law.regulated);
  CHECK(law.adding == Adding::kPassive);

  CHECK(resolve("1", "保险", "", "主动").industry == "insurance");
  CHECK(resolve("1", "医生", "", "被动添加").industry == "medical");
  CHECK(resolve("1", "医生", "", "被动添加").adding == Adding::kPassive);
  CHECK(resolve("1", "FRUIT", "low", "主动添加").industry == "fruit");  // a barrier that agrees is fine

  // Only a barrier: no industry, and no regulation assumed.
  const Profile high = resolve("8000", "", "high", "active");
  CHECK(high.industry.empty());
  CHECK(high.barrier == Barrier::kHigh);
  CHECK_FALSE(high.regulated);
}

TEST_CASE("resolve_profile explains each mistake, naming the field", "[profile]") {
  CHECK(resolve_error("", "", "", "") == "missing --users, --industry (or --barrier), --adding");
  CHECK(resolve_error("30000", "", "", "active") == "missing --industry (or --barrier)");
  CHECK(resolve_error("30000", "fruit", "", "") == "missing --adding");
  CHECK(resolve_error("", "", "", "", "") == "missing users, industry (or barrier), adding");

  CHECK_THAT(resolve_error("frut", "fruit", "", "active"),
             Catch::Matchers::StartsWith("--users: 'frut' is not a number"));
  CHECK_THAT(resolve_error("0", "fruit", "", "active", ""),
             Catch::Matchers::StartsWith("users: '0' must be at least 1"));

  CHECK_THAT(resolve_error("30000", "frut", "", "active"),
             Catch::Matchers::StartsWith("--industry: unknown industry 'frut'; did you mean 'fruit'"));
  CHECK_THAT(resolve_error("30000", "fruitt", "", "active"),
             Catch::Matchers::Contains("did you mean 'fruit'"));
  CHECK_THAT(resolve_error("30000", "insur", "", "active", ""),
             Catch::Matchers::StartsWith("industry: unknown industry 'insur'; did you mean 'insurance'"));
  CHECK(resolve_error("30000", "zzzzzzzzzzzzzzzzzz", "", "active") ==
        "--industry: unknown industry 'zzzzzzzzzzzzzzzzzz'; no listed industry is close. 'acct-advisor "
        "industries' lists them; for an unlisted one give --barrier low or high (and --regulated if it is)");

  CHECK(resolve_error("30000", "fruit", "high", "active") ==
        "--barrier: 'high' contradicts --industry 'fruit', whose barrier is low; give one of them");
  CHECK(resolve_error("30000", "律师", "low", "active") ==
        "--barrier: 'low' contradicts --industry 'law', whose barrier is high; give one of them");
  CHECK_THAT(resolve_error("30000", "law", "hihg", "active"),
             Catch::Matchers::StartsWith("--barrier: 'hihg' contradicts"));
  CHECK(resolve_error("30000", "", "medium", "active") == "--barrier: expected low or high, got 'medium'");
  CHECK(resolve_error("30000", "fruit", "", "sometimes") ==
        "--adding: expected active or passive, got 'sometimes'");
  CHECK(resolve_error("30000", "fruit", "", "Active", "") ==
        "adding: expected active or passive, got 'Active'");
  // Long values are quoted in part.
  CHECK(resolve_error("1", "", std::string(1000, 'b'), "active").size() < 120);
}

TEST_CASE("adding and barrier ids", "[profile]") {
  CHECK(adding_id(Adding::kActive) == "active");
  CHECK(adding_id(Adding::kPassive) == "passive");
  CHECK(parse_adding("active") == Adding::kActive);
  CHECK(parse_adding("主动") == Adding::kActive);
  CHECK(parse_adding("被动") == Adding::kPassive);
  CHECK_FALSE(parse_adding("ACTIVE"));
  CHECK_FALSE(parse_adding(""));
  CHECK(barrier_id(Barrier::kLow) == "low");
  CHECK(parse_barrier("high") == Barrier::kHigh);
  CHECK_FALSE(parse_barrier("High"));
  CHECK(account_id(Account::kWecom) == "wecom");
  CHECK(parse_account("personal") == Account::kPersonal);
  CHECK_FALSE(parse_account("WeCom"));
  CHECK(other(Account::kWecom) == Account::kPersonal);
  CHECK(account_name(Account::kWecom, Lang::kZh) == "企业微信");
  CHECK(account_name(Account::kPersonal, Lang::kZh) == "个人微信");
  CHECK(account_name(Account::kPersonal, Lang::kEn) == "personal WeChat");
}

TEST_CASE("language from locale variables", "[profile]") {
  CHECK(lang_from_locale(nullptr, nullptr, "zh_CN.UTF-8") == Lang::kZh);
  CHECK(lang_from_locale("en_US.UTF-8", nullptr, "zh_CN.UTF-8") == Lang::kEn);
  CHECK(lang_from_locale("", "zh_TW", "en_US") == Lang::kZh);
  CHECK(lang_from_locale(nullptr, nullptr, nullptr) == Lang::kEn);
  CHECK(lang_from_locale("C", nullptr, nullptr) == Lang::kEn);
  CHECK(parse_lang("zh") == Lang::kZh);
  CHECK_FALSE(parse_lang("fr"));
  CHECK(lang_code(Lang::kEn) == "en");
}

TEST_CASE("resolve_profile: regulation, entities and a deadline", "[profile]") {
  auto with = [](const std::string& industry, const std::string& barrier, const std::string& regulated,
                 const std::string& entities = "", const std::string& within = "") {
    ProfileInput input;
    input.users = "30000";
    input.industry = industry;
    input.barrier = barrier;
    input.adding = "passive";
    input.regulated = regulated;
    input.entities = entities;
    input.within = within;
    return input;
  };
  const auto& catalog = test_support::real_data().industries;
  SECTION("an unlisted industry may be regulated") {
    CHECK(resolve_profile(with("", "high", "true"), catalog).regulated);
    CHECK_FALSE(resolve_profile(with("", "high", "false"), catalog).regulated);
    CHECK_FALSE(resolve_profile(with("", "high", ""), catalog).regulated);
    CHECK(usage_error([&] { resolve_profile(with("", "high", "maybe"), catalog); }) ==
          "--regulated: expected true or false, got 'maybe'");
  }
  SECTION("a listed industry brings its own regulation; a value given must agree") {
    CHECK(resolve_profile(with("insurance", "", "true"), catalog).regulated);
    CHECK(usage_error([&] { resolve_profile(with("fruit", "", "true"), catalog); }) ==
          "--regulated: 'true' contradicts --industry 'fruit', which is not regulated; --regulated describes "
          "an "
          "unlisted industry, with --barrier");
  }
  SECTION("entities and the deadline are whole numbers in range") {
    const Profile p = resolve_profile(with("fruit", "", "", "3", "90"), catalog);
    CHECK(p.entities == 3);
    REQUIRE(p.within_days);
    CHECK(*p.within_days == 90);
    CHECK(resolve_profile(with("fruit", "", ""), catalog).entities == 1);
    CHECK_FALSE(resolve_profile(with("fruit", "", ""), catalog).within_days);
    CHECK(usage_error([&] { resolve_profile(with("fruit", "", "", "0"), catalog); }) ==
          "--entities: expected a whole number from 1 to 10000, got '0'");
    CHECK(usage_error([&] { resolve_profile(with("fruit", "", "", "", "1.5"), catalog); }) ==
          "--within: expected a whole number from 1 to 36500, got '1.5'");
    CHECK(usage_error([&] { resolve_profile(with("fruit", "", "", "", "99999999999999999"), catalog); }) ==
          "--within: expected a whole number from 1 to 36500, got '99999999999999999'");
  }
}

TEST_CASE("resolve_profile_into: batch's path gives resolve_profile's answers and messages", "[profile]") {
  const IndustryCatalog& catalog = test_support::real_data().industries;
  struct Case {
    const char *users, *industry, *barrier, *adding, *regulated, *entities, *within;
  };
  const Case cases[] = {
      {"30000", "fruit", "", "active", "", "", ""},
      {"3万", "水果", "", "主动", "", "2", "30"},
      {"", "", "", "", "", "", ""},
      {"0", "fruit", "", "active", "", "", ""},
      {"30000", "frut", "", "active", "", "", ""},
      {"30000", "zzzzzz", "", "active", "", "", ""},
      {"30000", "fruit", "high", "active", "", "", ""},
      {"30000", "", "medium", "active", "", "", ""},
      {"30000", "fruit", "", "Active", "", "", ""},
      {"30000", "fruit", "", "active", "true", "", ""},
      {"30000", "", "high", "active", "maybe", "", ""},
      {"30000", "fruit", "", "active", "", "0", ""},
      {"30000", "fruit", "", "active", "", "", "1.5"},
      {"1.5", "insurance", "", "passive", "", "", ""},
      {"30000", "FRUIT", "", "passive", "", "", "90"},
      {"30000", "", "high", "active", "true", "", ""},
  };
  Profile reused;  // as batch reuses one: earlier records must leave nothing behind
  for (const auto& c : cases) {
    for (const std::string_view prefix : {"", "--"}) {
      INFO(c.users << " " << c.industry << " " << c.barrier << " " << c.adding << " " << c.regulated
                   << " prefix " << prefix);
      ProfileInput input{c.users, c.industry, c.barrier, c.adding, c.regulated, c.entities, c.within};
      const ProfileFields fields{c.users, c.industry, c.barrier, c.adding, c.regulated, c.entities, c.within};
      std::string error;
      const bool ok = resolve_profile_into(fields, catalog, prefix, reused, error);
      try {
        const Profile p = resolve_profile(input, catalog, prefix);
        REQUIRE(ok);
        CHECK(reused.users == p.users);
        CHECK(reused.industry == p.industry);
        CHECK(reused.barrier == p.barrier);
        CHECK(reused.regulated == p.regulated);
        CHECK(reused.adding == p.adding);
        CHECK(reused.entities == p.entities);
        CHECK(reused.within_days == p.within_days);
      } catch (const UsageError& e) {
        CHECK_FALSE(ok);
        CHECK(error == e.what());
      }
    }
  }
}

TEST_CASE("an unknown industry's message is the same from the cache as made anew", "[profile][industry]") {
  // The message is cached per (language, prefix, query): asked again, in another language or
  // with another prefix in between, each gives exactly what it gave the first time.
  const IndustryCatalog& catalog = test_support::real_data().industries;
  auto message = [&](std::string_view industry, std::string_view prefix, Lang lang) {
    Profile profile;
    std::string error;
    const ProfileFields fields{"30000", industry, "", "active", "", "", ""};
    CHECK_FALSE(resolve_profile_into(fields, catalog, prefix, profile, error, lang));
    return error;
  };
  const std::string en = message("frut", "", Lang::kEn);
  const std::string zh = message("frut", "", Lang::kZh);
  const std::string flag = message("frut", "--", Lang::kEn);
  CHECK(en == "industry: unknown industry 'frut'; did you mean 'fruit'?");
  CHECK(flag == "--" + en);
  CHECK(zh != en);
  for (int round = 0; round < 3; ++round) {
    CHECK(message("frut", "", Lang::kEn) == en);
    CHECK(message("frut", "", Lang::kZh) == zh);
    CHECK(message("frut", "--", Lang::kEn) == flag);
    CHECK(message("zzzzzzzzzzzzzzzzzz", "", Lang::kEn).find("no listed industry is close") !=
          std::string::npos);
  }
  // Past the cache's bound it starts over, and still answers the same.
  for (std::size_t i = 0; i <= IndustryCatalog::kSuggestCacheSize; ++i)
    (void)message("unknown" + std::to_string(i), "", Lang::kEn);
  CHECK(message("frut", "", Lang::kEn) == en);
}
