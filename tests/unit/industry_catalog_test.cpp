// The industry catalogue: the names operators type, where each barrier and regulation flag
// comes from, and "did you mean" suggestions that mean something.

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "acct_advisor/industry_catalog.hpp"
#include "test_support.hpp"

using namespace advisor;

namespace {

const IndustryCatalog& catalog() {
  return test_support::real_data().industries;
}

std::string joined(const std::vector<std::string>& ids) {
  std::ostringstream out;
  for (const auto& id : ids) out << (out.tellp() > 0 ? ", " : "") << id;
  return "[" + out.str() + "]";
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST_CASE("the names operators type resolve to an industry", "[industries]") {
  struct Lookup {
    const char* query;
    const char* id;
  };
  const Lookup lookups[] = {
      {"美业", "beauty_salon"},
      {"美容", "beauty_salon"},
      {"美发", "beauty_salon"},
      {"医美", "medical_aesthetics"},
      {"健康", "health_wellness"},
      {"大健康", "health_wellness"},
      {"养生", "health_wellness"},
      {"保健", "health_products"},
      {"保健品", "health_products"},
      {"汽车", "automotive"},
      {"4S店", "automotive"},
      {"4s店", "automotive"},
      {"旅游", "travel"},
      {"酒店", "hotel"},
      {"茶", "tea"},
      {"茶叶", "tea"},
      {"白酒", "liquor"},
      {"酒", "liquor"},
      {"SaaS", "saas"},
      {"企业服务", "saas"},
      {"珠宝", "jewelry"},
      {"家装", "home_improvement"},
      {"装修", "home_improvement"},
      {"健身", "fitness"},
      {"知识付费", "knowledge_paid"},
      {"电商", "ecommerce"},
      {"中医", "tcm"},
      {"药店", "pharmacy"},
      {"宠物医院", "pet_hospital"},
      {"K12", "k12"},
      {"职业教育", "vocational_education"},
      // Names that moved from a broad industry to their own still resolve.
      {"口腔", "dental"},
      {"牙科", "dental"},
      {"dental", "dental"},
      {"证券", "securities"},
      {"银行", "banking"},
      {"贷款", "consumer_finance"},
      {"早教", "early_education"},
      {"职业培训", "vocational_education"},
      // The lecture's own examples.
      {"水果", "fruit"},
      {"律师", "law"},
      {"保险", "insurance"},
      {"医生", "medical"},
  };
  for (const Lookup& l : lookups) {
    INFO(l.query);
    const Industry* industry = catalog().find(l.query);
    REQUIRE(industry != nullptr);
    CHECK(industry->id == l.id);
  }
  CHECK(catalog().industries().size() >= 62);
}

TEST_CASE("the original 25 industries keep their ids", "[industries]") {
  for (const char* id : {"fruit",
                         "fresh_food",
                         "snacks",
                         "beverages",
                         "clothing",
                         "cosmetics",
                         "mother_baby",
                         "household",
                         "catering",
                         "retail",
                         "flowers",
                         "pet_supplies",
                         "books",
                         "law",
                         "insurance",
                         "medical",
                         "finance",
                         "wealth_management",
                         "real_estate",
                         "education_consulting",
                         "tax_accounting",
                         "immigration",
                         "health_products",
                         "b2b_industrial",
                         "medical_aesthetics"}) {
    INFO(id);
    const Industry* industry = catalog().find(id);
    REQUIRE(industry != nullptr);
    CHECK(industry->id == id);
  }
  // The menu and the catalogue's fixtures count on these places.
  CHECK(catalog().industries().at(0).id == "fruit");
  CHECK(catalog().industries().at(1).id == "fresh_food");
}

TEST_CASE("every barrier and regulation flag says where it comes from", "[industries][basis]") {
  for (const Industry& industry : catalog().industries()) {
    INFO(industry.id);
    for (const Basis* basis : {&industry.barrier_basis, &industry.regulated_basis}) {
      CHECK((basis->kind == BasisKind::kLecture || basis->kind == BasisKind::kPublic ||
             basis->kind == BasisKind::kAssumption));
      if (basis->kind == BasisKind::kLecture) CHECK_FALSE(basis->quote.empty());
      if (basis->kind == BasisKind::kAssumption) {
        CHECK_FALSE(basis->why.zh.empty());
        CHECK_FALSE(basis->why.en.empty());
      }
    }
  }
  const auto basis_of = [](const char* id) {
    const Industry* industry = catalog().find(id);
    REQUIRE(industry != nullptr);
    return std::pair{industry->barrier_basis, industry->regulated_basis};
  };
  // The lecture's examples: fruit low; law, insurance and doctors high.
  for (const char* id : {"fruit", "law", "insurance", "medical"}) {
    INFO(id);
    CHECK(basis_of(id).first.kind == BasisKind::kLecture);
  }
  CHECK_THAT(basis_of("fruit").first.quote, Catch::Matchers::Contains("水果"));
  CHECK_THAT(basis_of("law").first.quote, Catch::Matchers::Contains("律师"));
  // Only insurance is regulated in the lecture's words, with its transcript errors corrected.
  const Basis insurance = basis_of("insurance").second;
  CHECK(insurance.kind == BasisKind::kLecture);
  CHECK_THAT(insurance.quote, Catch::Matchers::Contains("银保监会") && Catch::Matchers::Contains("会话存档"));
  for (const char* typo : {"绘画", "启微", "个位"}) CHECK(insurance.quote.find(typo) == std::string::npos);
  // Law and medical are regulated by our assumption, and say so.
  for (const char* id : {"law", "medical"}) {
    INFO(id);
    CHECK(catalog().find(id)->regulated);
    CHECK(basis_of(id).second.kind == BasisKind::kAssumption);
  }
  // Nothing else claims the lecture's authority.
  for (const Industry& industry : catalog().industries()) {
    INFO(industry.id);
    const bool lecture_example = industry.id == "fruit" || industry.id == "law" ||
                                 industry.id == "insurance" || industry.id == "medical";
    if (!lecture_example) CHECK(industry.barrier_basis.kind != BasisKind::kLecture);
    if (industry.id != "insurance") CHECK(industry.regulated_basis.kind != BasisKind::kLecture);
  }
}

TEST_CASE("suggestions: close names first, nothing when nothing is close", "[industries][suggest]") {
  struct Case {
    const char* query;
    std::vector<std::string> first_of;  ///< the first suggestion is one of these; empty: no suggestion
    std::vector<std::string> never;     ///< none of these may be suggested
  };
  const Case cases[] = {
      {"保健", {"health_products"}, {"insurance"}},
      {"汽车配件", {"automotive"}, {"fruit", "fresh_food", "snacks"}},
      {"茶饮店", {"beverages", "tea"}, {}},
      {"fruti", {"fruit"}, {}},
      {"insur", {"insurance"}, {}},
      {"量子力学", {}, {}},
      {"xyzzy", {}, {}},
      {"美容院", {"beauty_salon"}, {"medical"}},
      {"汽车美容", {"automotive", "beauty_salon"}, {"medical_aesthetics"}},
      {"美甲店", {"beauty_salon"}, {"fruit", "flowers", "books"}},
      {"鞋店", {"clothing"}, {"flowers", "books", "pharmacy"}},
      {"酒店管理", {"hotel"}, {"liquor"}},
      {"心理咨询室", {"counselling"}, {"consulting"}},
      {"4s店维修", {"automotive"}, {}},
      {"水菓", {"fruit"}, {}},
      {"frut", {"fruit"}, {}},
      {"FRUTI", {"fruit"}, {}},
      {"lawer", {"law"}, {"flowers"}},
      {"restaurnt", {"catering"}, {}},
      {"fruit store", {"fruit"}, {}},
      {"pet hospitl", {"pet_hospital"}, {}},
      // Only common characters, or too short to be a slip of anything.
      {"店", {}, {}},
      {"公司", {}, {}},
      {"服务", {}, {}},
      {"xy", {}, {}},
      {"zzzzzzzzzzzzzzzzzz", {}, {}},
  };
  for (const Case& c : cases) {
    const auto got = catalog().suggest(c.query);
    INFO(c.query << " -> " << joined(got));
    CHECK(got.size() <= 3);
    if (c.first_of.empty()) {
      CHECK(got.empty());
    } else {
      REQUIRE_FALSE(got.empty());
      CHECK(has(c.first_of, got.front()));
    }
    for (const auto& id : c.never) CHECK_FALSE(has(got, id));
  }
  // 汽车美容 is both automotive and beauty; both are offered.
  const auto both = catalog().suggest("汽车美容");
  CHECK(has(both, "automotive"));
  CHECK(has(both, "beauty_salon"));
  CHECK(catalog().suggest("汽车美容", 1).size() == 1);
  CHECK(catalog().suggest("汽车美容", 0).empty());
  CHECK(catalog().suggest("").empty());
  CHECK(catalog().suggest("  \t").empty());
}

TEST_CASE("every name of an industry suggests that industry first", "[industries][suggest]") {
  for (const Industry& industry : catalog().industries()) {
    std::vector<std::string> names = {industry.id, industry.name.zh, industry.name.en};
    names.insert(names.end(), industry.aliases.begin(), industry.aliases.end());
    for (const auto& name : names) {
      INFO(industry.id << ": " << name);
      const auto got = catalog().suggest(name, 1);
      REQUIRE(got.size() == 1);
      CHECK(got.front() == industry.id);
    }
  }
}

TEST_CASE("suggestions survive hostile input", "[industries][suggest]") {
  // Invalid UTF-8, a lone continuation byte, a 10 KB query, control characters.
  for (const std::string& query :
       {std::string("\xff\xfe"), std::string("\x80"), std::string("\xe6\xb0"), std::string(10000, 'a'),
        std::string(3000, '\xe6') + "果", std::string("\x01\x02"), std::string("水\xff果")}) {
    CHECK_NOTHROW(catalog().suggest(query));
  }
  CHECK(catalog().suggest(std::string(10000, 'a')).empty());
}

TEST_CASE("suggest gives the same answer every time it is asked", "[industries][suggest]") {
  // Suggestions are cached per distinct query; a cached answer must be the computed one. (No
  // test asserts a wall-clock time: bench/ measures speed.)
  const char* const queries[] = {"保健",     "汽车配件", "茶饮店", "fruti",      "insur",
                                 "量子力学", "xyzzy",    "美容院", "pet hospitl"};
  for (const char* q : queries) {
    INFO(q);
    const auto first = catalog().suggest(q);
    for (int round = 0; round < 3; ++round) CHECK(catalog().suggest(q) == first);
  }
}

TEST_CASE("find: names as written and every other spelling agree with a normalized search", "[industries]") {
  // The reference: what find() meant before names as written were indexed: ASCII case folded,
  // surrounding blanks dropped, ' ' and '-' as '_', then compared with every name so folded.
  auto fold = [](std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return std::string();
    std::string out(s.substr(first, s.find_last_not_of(" \t") - first + 1));
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c == '-' || c == ' ') c = '_';
    }
    return out;
  };
  auto reference = [&](std::string_view query) -> const Industry* {
    const std::string q = fold(query);
    for (const Industry& industry : catalog().industries()) {
      std::vector<std::string> names = {industry.id, industry.name.zh, industry.name.en};
      names.insert(names.end(), industry.aliases.begin(), industry.aliases.end());
      for (const auto& name : names)
        if (fold(name) == q) return &industry;
    }
    return nullptr;
  };
  std::size_t checked = 0;
  for (const Industry& industry : catalog().industries()) {
    std::vector<std::string> names = {industry.id, industry.name.zh, industry.name.en};
    names.insert(names.end(), industry.aliases.begin(), industry.aliases.end());
    for (const auto& name : names) {
      std::string upper = name, dashed = name, spaced = name;
      for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      for (char& c : dashed)
        if (c == '_' || c == ' ') c = '-';
      for (char& c : spaced)
        if (c == '_') c = ' ';
      const std::string variants[] = {name,       upper,          dashed,     spaced, "  " + name + "\t",
                                      name + "x", name.substr(1), name + name};
      for (const auto& query : variants) {
        INFO("query '" << query << "' (a name of " << industry.id << ")");
        CHECK(catalog().find(query) == reference(query));
        ++checked;
      }
      CHECK(catalog().find(name) == &industry);
    }
  }
  CHECK(checked > 76 * 8);
  CHECK(catalog().find("") == nullptr);
  CHECK(catalog().find(std::string(300, 'F')) == reference(std::string(300, 'F')));
}
