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

/// The features.json format this build reads (its "schema_version"). 2: as_of is
/// {"published", "checked"}, a quantity may carry a bound, and the file has a data_version.
inline constexpr int kFeaturesSchemaVersion = 2;

/// What kind of figure the source gives: a plain value, a ceiling (最多, 以内, 最高) or an
/// approximation (约, 左右). A computation from a ceiling is a best case and must say so.
enum class Bound { kExact, kAtMost, kAbout };
std::string_view bound_id(Bound bound);
/// The inverse of bound_id: "exact", "at_most" or "about"; nullopt for anything else.
std::optional<Bound> parse_bound(std::string_view id);

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
  /// The citation, in each language. A file may still give it as one string (the form before
  /// it was translated); then both languages hold that string.
  LocalizedText ref;
  std::vector<std::string> urls;

  /// Whether the kind names this part: "lecture", "public" or "assumption".
  bool has(std::string_view part) const;
};

/// A date as a source gives it, to the year, month or day: "2022", "2025-11", "2025-11-17".
struct SourceDate {
  int year = 0;
  int month = 0;  ///< 1..12; 0 when only the year is given.
  int day = 0;    ///< 1..31 (checked against the month); 0 when not given.

  /// Parses YYYY, YYYY-MM or YYYY-MM-DD (a real calendar day); nullopt for anything else.
  static std::optional<SourceDate> parse(std::string_view text);
  /// As the data files write it: "2022", "2025-11", "2025-11-17".
  std::string iso() const;
  /// The last month the date can mean, counted as year * 12 + (month - 1). A year-only date
  /// counts as its December, so "2022" is never taken for older than it can be.
  int last_month() const;
  /// The first and last day the date can mean, as YYYYMMDD numbers ("2022": 20220101, 20221231).
  int first_day() const;
  int last_day() const;

  friend bool operator==(const SourceDate&, const SourceDate&) = default;
};

/// Whole calendar months from `date` to `today`'s month, taking `date` at its last month: from
/// "2022" to 2026-11-30 is 47 (2022-12 to 2026-11), from "2026-11-17" to 2026-11-30 is 0.
/// Negative when `date` is later than `today`.
int months_between(const SourceDate& date, const SourceDate& today);

/// How old a row's figures are: the date of the source they rest on (the oldest dated one
/// when several), and when they were last compared with it.
struct AsOf {
  std::optional<SourceDate> published;  ///< nullopt: no source of the row gives a date ("undated").
  SourceDate checked;
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
  AsOf as_of;
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

  /// The data's own version ("2026.11"): changes whenever figures or their dates do.
  const std::string& data_version() const { return data_version_; }
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
  std::string data_version_;
  std::vector<Dimension> dimensions_;
  std::vector<Feature> features_;
};

/// Rows whose published date is more than `max_months` months before `today` (see
/// months_between), in table order; undated rows are not among them (their age is unknown).
struct AgedRow {
  const Feature* feature = nullptr;
  int months = 0;  ///< months_between(published, today)
};
std::vector<AgedRow> rows_older_than(const FeatureTable& table, int max_months, const SourceDate& today);

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
