#pragma once
// Errors about one input value that name the input by what it is (a field of a plan, a table's
// dimension), never by how it was given: the core and the render layer know no flags. What()
// names the field ("days: 0 is out of range; ..."); src/cli words the same error with the
// flag's name (--days) through describe(), in the run's language.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "acct_advisor/error.hpp"
#include "acct_advisor/input_bounds.hpp"
#include "acct_advisor/lang.hpp"

namespace advisor {

/// The inputs a typed input error may name.
enum class InputField : std::uint8_t { kUsers, kDays, kPlanAccounts, kEntities, kDimension };

/// The field's own name: "users", "days", "accounts", "entities", "dimension".
std::string_view input_field_name(InputField field);

/// An input error that names its field.
class InputError : public UsageError {
 public:
  InputError(InputField field, const std::string& message) : UsageError(message), field_(field) {}
  InputField field() const { return field_; }
  /// The message with the input called `name` (a flag, a field), in `lang`.
  virtual std::string describe(std::string_view name, Lang lang) const = 0;

 private:
  InputField field_;
};

/// A count outside the bounds the core accepts.
class RangeError : public InputError {
 public:
  RangeError(InputField field, std::int64_t value, InputBounds bounds);
  std::int64_t value() const { return value_; }
  InputBounds bounds() const { return bounds_; }
  std::string describe(std::string_view name, Lang lang) const override;

 private:
  std::int64_t value_;
  InputBounds bounds_;
};

/// A table dimension that features.json does not have.
class UnknownDimensionError : public InputError {
 public:
  /// `closest`: the known dimension within a couple of edits, or empty.
  UnknownDimensionError(std::string value, std::string closest, std::vector<std::string> known);
  const std::string& value() const { return value_; }
  const std::string& closest() const { return closest_; }
  const std::vector<std::string>& known() const { return known_; }
  std::string describe(std::string_view name, Lang lang) const override;

 private:
  std::string value_;
  std::string closest_;
  std::vector<std::string> known_;
};

}  // namespace advisor
