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

/// What kind of value a fact holds, for whoever shows a fact's value (a bool is compared as 0 or 1).
enum class FactKind : std::uint8_t { kNumber, kString, kBool };
FactKind fact_kind(Fact fact);

/// Fact values for one profile, in the order of Fact within each type. Strings are views of
/// static or catalog-owned text.
struct FactValues {
  std::array<double, kNumberFacts> numbers{};
  std::array<std::string_view, kStringFacts> strings{};  ///< adding, industry, barrier, recommendation
  std::array<bool, kBoolFacts>
      bools{};  ///< regulated, expansion_needed, wecom/personal_in_time, wecom_faster
};

enum class Op : std::uint8_t { kEq, kNe, kLt, kLe, kGt, kGe, kIn, kBetween };
/// "==", "between", ...: the operator as rules.json writes it.
std::string_view op_name(Op op);

/// One fact's value for a profile: a number (a bool as 0 or 1) or a string (a view of static or
/// catalog-owned text, as in FactValues).
struct FactValue {
  double number = 0;
  std::string_view text;
};
FactValue fact_value(const FactValues& facts, Fact fact);

/// Each fact over a range of profiles (those differing only in the customer count): numbers as
/// [low, high], strings exact, bools as which of false (bit 0) and true (bit 1) occur. Lets the
/// engine bound a rule over a whole range of counts at once.
struct FactRanges {
  std::array<double, kNumberFacts> low{};
  std::array<double, kNumberFacts> high{};
  std::array<std::string_view, kStringFacts> strings{};
  std::array<std::uint8_t, kBoolFacts> bools{};
};

/// A condition's value over a range: true for every profile in it, false for every one, or not known.
enum class Truth : std::uint8_t { kFalse, kTrue, kUnknown };

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

  /// The value, and the comparison that decided it: the innermost comparison whose result made
  /// this condition true or false. Walks as evaluate() does (all/any stop at the first child that
  /// settles them), so for `all` it is the first false child, or the last child when all hold;
  /// for `any` the first true child, or the last when none holds; for `not` its child's decider
  /// (whose own result is then the opposite). nullptr only for kTrue.
  struct Outcome {
    bool holds = false;
    const Condition* decider = nullptr;
    bool decider_holds = false;  ///< The deciding comparison's own result.
  };
  Outcome explain(const FactValues& facts) const;

  /// The value over every profile the ranges cover: kUnknown when it may differ among them (or
  /// when the ranges are too wide to tell). Never kTrue or kFalse wrongly.
  Truth bound(const FactRanges& ranges) const;
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
