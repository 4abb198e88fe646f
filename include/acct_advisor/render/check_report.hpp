#pragma once
// `check` results in the forms CI systems read: text for people, JSON for scripts, JUnit XML
// (Jenkins, GitLab, GitHub test-report actions), GitHub workflow commands (annotations on the
// pull request) and TAP version 13.

#include <cstddef>
#include <string>
#include <string_view>

#include "acct_advisor/check.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/render/escape.hpp"  // terminal_safe, used by the views of check and diff

namespace advisor {

enum class CheckOutput { kText, kJson, kJunit, kGithub, kTap };

/// `width` lays out the text form (wrapped, continuation lines indented); the others ignore it.
std::string render_check_report(const CheckReport& report, CheckOutput output, Lang lang, std::size_t width);

/// Where a case is, as reports name it: "file:line", "file" or the command line.
std::string check_case_location(const CheckCase& c, Lang lang);

/// The profile as typed, "users=30000 industry=fruit adding=active": the same in every
/// language, and what a user would search the file for.
std::string profile_input_text(const ProfileInput& input);

/// GitHub workflow command escaping (docs.github.com, "Workflow commands"): in the message,
/// % CR LF; in a property value, also : and ,.
std::string github_escape_data(std::string_view text);
std::string github_escape_property(std::string_view text);

}  // namespace advisor
