#include "acct_advisor/input_error.hpp"

#include <fmt/format.h>

#include "acct_advisor/messages.hpp"
#include "acct_advisor/terminal_text.hpp"

namespace advisor {

std::string_view input_field_name(InputField field) {
  switch (field) {
    case InputField::kUsers:
      return "users";
    case InputField::kDays:
      return "days";
    case InputField::kPlanAccounts:
      return "accounts";
    case InputField::kEntities:
      return "entities";
    case InputField::kDimension:
      return "dimension";
  }
  return "input";
}

namespace {

std::string describe_range(InputField field, std::int64_t value, InputBounds bounds, std::string_view name,
                           Lang lang) {
  // Users is checked where it is parsed, with its own words; here it is a caller's slip.
  const Msg id = field == InputField::kUsers  ? Msg::kRangeUsersOutOfRange
                 : field == InputField::kDays ? Msg::kRangeDaysOutOfRange
                                              : Msg::kRangeOutOfRange;
  return msg(lang, id, fmt::arg("field", name), fmt::arg("value", value), fmt::arg("low", bounds.low),
             fmt::arg("high", bounds.high));
}

std::string describe_dimension(const std::string& value, const std::string& closest,
                               const std::vector<std::string>& known, std::string_view name, Lang lang) {
  const std::string_view separator = msg(lang, Msg::kListSeparator);
  std::string list;
  for (const auto& k : known) list.append(list.empty() ? "" : separator).append(k);
  return msg(lang, closest.empty() ? Msg::kTableUnknownDimension : Msg::kTableUnknownDimensionClose,
             fmt::arg("field", name), fmt::arg("value", terminal_value(value, kShownValueBytes)),
             fmt::arg("closest", closest), fmt::arg("known", list));
}

}  // namespace

RangeError::RangeError(InputField field, std::int64_t value, InputBounds bounds)
    : InputError(field, describe_range(field, value, bounds, input_field_name(field), Lang::kEn)),
      value_(value),
      bounds_(bounds) {}

std::string RangeError::describe(std::string_view name, Lang lang) const {
  return describe_range(field(), value_, bounds_, name, lang);
}

UnknownDimensionError::UnknownDimensionError(std::string value, std::string closest,
                                             std::vector<std::string> known)
    : InputError(
          InputField::kDimension,
          describe_dimension(value, closest, known, input_field_name(InputField::kDimension), Lang::kEn)),
      value_(std::move(value)),
      closest_(std::move(closest)),
      known_(std::move(known)) {}

std::string UnknownDimensionError::describe(std::string_view name, Lang lang) const {
  return describe_dimension(value_, closest_, known_, name, lang);
}

}  // namespace advisor
