#pragma once
// The rules' condition language: all / any / not over comparisons of profile facts
// (==, !=, <, <=, >, >=, in, between). Parsed once into a tree with facts resolved to slots,
// so evaluating a profile is a walk with no lookups by name.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/industry_catalog.hpp"
#include "acct_advisor/json_reader.hpp"

namespace advisor {

/// What a condition can ask about. Numbers: users, the entities given, and what each account
/// type needs for them (accounts, entities, live codes, days to reach them); strings: adding,
/// industry, barrier, recommendation (advice only); bools: regulated and derived yes/no facts.
enum class Fact : std::uint8_t {
  kUsers,
  kWecomAccounts,
  kPersonalAccounts,
  kPersonalAccountsMax,
  kEntities,
  kWecomEntitiesNeeded,
  kLiveCodes,
  kWecomDays,
  kPersonalDays,
  kTargetDays,
  kAdding,
  kIndustry,
  kBarrier,
  kRecommendation,
  kRegulated,
  kExpansionNeeded,
  kWecomInTime,
  kPersonalInTime,
  kWecomFaster,
};
inline constexpr std::size_t kFactCount = 19;
inline constexpr std::size_t kNumberFacts = 10;
inline constexpr std::size_t kStringFacts = 4;
inline constexpr std::size_t kBoolFacts = 5;
std::string_view fact_name(Fact fact);

/// Fact values for one profile, in the order of Fact within each type. Strings are views of
/// static or catalog-owned text.
struct FactValues {
  std::array<double, kNumberFacts> numbers{};
  std::array<std::string_view, kStringFacts> strings{};  ///< adding, industry, barrier, recommendation
  std::array<bool, kBoolFacts>
      bools{};  ///< regulated, expansion_needed, wecom/personal_in_time, wecom_faster
};

enum class Op : std::uint8_t { kEq, kNe, kLt, kLe, kGt, kGe, kIn, kBetween };

/// One literal a condition compares against: a number or a string.
struct Operand {
  double number = 0;
  std::string text;
};

struct Condition {
  enum class Kind : std::uint8_t { kAll, kAny, kNot, kCompare, kTrue };
  Kind kind = Kind::kTrue;
  Fact fact = Fact::kUsers;
  Op op = Op::kEq;
  std::vector<Operand> operands;
  std::vector<Condition> children;
  std::vector<int> cited_rows;  ///< Feature rows whose figures this condition's refs used.

  bool evaluate(const FactValues& facts) const;
};

/// What a condition may refer to while parsing: the table (for {"ref": ...}) and the catalog
/// (so an industry id in a rule is checked). allow_recommendation is true for advice rules.
struct ConditionContext {
  const FeatureTable& features;
  const IndustryCatalog& industries;
  bool allow_recommendation = false;
};

/// Rules nest at most this deep; deeper is refused, so evaluation cannot exhaust the stack.
inline constexpr int kMaxConditionDepth = 32;

/// Parses a condition; problems (with JSON pointers) go to `problems`.
Condition parse_condition(const nlohmann::json& value, const std::string& pointer,
                          const ConditionContext& context, Problems& problems, int depth = 1);

}  // namespace advisor
