// The industry catalogue: the names operators type, and where each barrier and regulation flag
// comes from.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "acct_advisor/industry_catalog.hpp"
#include "test_support.hpp"

using namespace advisor;

namespace {

const IndustryCatalog& catalog() {
  return test_support::real_data().industries;
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
