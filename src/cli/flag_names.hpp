#pragma once
// The one place an input the core names by its field becomes the flag that gives it: the core
// throws InputError naming the field, and the commands word it with the flag, in the run's
// language.

#include <string>
#include <string_view>

#include "acct_advisor/error.hpp"
#include "acct_advisor/input_error.hpp"
#include "acct_advisor/lang.hpp"

namespace advisor::cli {

/// The flag that gives `field` on the command line: every such flag is the field's name.
inline std::string flag_for(InputField field) {
  return std::string("--").append(input_field_name(field));
}

/// Runs `f`; an InputError it throws comes out as a UsageError naming the flag, in `lang`.
template <typename F>
decltype(auto) with_flag_names(Lang lang, F&& f) {
  try {
    return f();
  } catch (const InputError& e) {
    throw UsageError(e.describe(flag_for(e.field()), lang));
  }
}

}  // namespace advisor::cli
