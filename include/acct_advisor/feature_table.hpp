#pragma once
// The 24-row WeCom vs personal WeChat comparison (data/features.json): display text for the
// table, and the machine-readable quantities the rules and the planner compute with.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "acct_advisor/account.hpp"
#include "acct_advisor/data_source.hpp"
#include "acct_advisor/json_reader.hpp"
#include "acct_advisor/lang.hpp"

namespace advisor {

/// What kind of figure the source gives: a plain value, a ceiling (最多, 以内, 最高) or an
/// approximation (约, 左右). A computation from a ceiling is a best case and must say so.
enum class Bound { kExact, kAtMost, kAbout };
std::string_view bound_id(Bound bound);

struct Quantity {
  std::string name;             ///< e.g. "customers_per_account"; unique per side.
  std::optional<double> value;  ///< nullopt means "unlimited".
  std::string unit;
  Bound bound = Bound::kExact;
};

struct FeatureSide {
  LocalizedText text;
  std::vector<Quantity> quantities;  ///< In file order, so output is stable.
};

struct FeatureSource {
  std::string kind;  ///< lecture, public, lecture+public, ...
  std::string ref;
  std::vector<std::string> urls;
};

/// Which side a row argues for; kNeither where it does not decide.
enum class Favours { kWecom, kPersonal, kNeither };
std::string_view favours_id(Favours favours);

struct Feature {
  int no = 0;
  std::string id;
  LocalizedText name;
  std::vector<std::string> dimensions;
  Favours favours = Favours::kNeither;
  FeatureSide wecom;
  FeatureSide personal;
  FeatureSource source;
  std::string as_of;
  std::optional<LocalizedText> note;

  const FeatureSide& side(Account account) const { return account == Account::kWecom ? wecom : personal; }
};

struct Dimension {
  std::string id;
  LocalizedText name;
};

/// Where a figure came from, so every computed number can cite its row.
struct QuantityRef {
  const Feature* feature = nullptr;
  const Quantity* quantity = nullptr;
  double value() const { return *quantity->value; }
};

class FeatureTable {
 public:
  /// Parses and validates; problems go to `problems` (nothing is thrown for content errors).
  static FeatureTable parse(const nlohmann::json& doc, Problems& problems);
  /// Reads, parses and validates features.json; throws DataError listing every problem.
  static FeatureTable load(const DataSource& source);

  const std::vector<Feature>& features() const { return features_; }
  const std::vector<Dimension>& dimensions() const { return dimensions_; }
  const Feature* find_no(int no) const;
  const Feature* find_id(std::string_view id) const;
  const Dimension* find_dimension(std::string_view id) const;

  /// Looks up a named quantity on one side; nullopt when absent.
  std::optional<QuantityRef> quantity(Account account, std::string_view name) const;
  /// As quantity(), for a finite one the code cannot do without; the loader has already
  /// checked these exist (kRequiredQuantities), so a miss here is a programming error.
  QuantityRef need(Account account, std::string_view name) const;

 private:
  std::vector<Dimension> dimensions_;
  std::vector<Feature> features_;
};

/// Quantities the rules and planner compute with; features.json must define each, finite and
/// positive, on both sides. Names only: the figures themselves live in data/.
inline constexpr std::string_view kRequiredQuantities[] = {
    "customers_per_account", "customers_per_account_max", "passive_adds_per_day", "active_adds_per_day",
    "add_pass_rate",         "accounts_per_phone",
};

/// Quantities the planner divides by where a side defines them (only WeCom limits accounts per
/// phone within one entity); where defined, each must be greater than 0 or "unlimited".
inline constexpr std::string_view kPositiveQuantities[] = {"accounts_per_phone_same_entity"};

}  // namespace advisor
