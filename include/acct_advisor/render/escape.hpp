#pragma once
// Text from users and data files, made inert where it is written: one escaper for markup (HTML,
// SVG and XML: the report, the plan chart, JUnit) and one for terminals and logs. Every view
// that writes such text calls one of these, so "can a name become markup or move the cursor"
// has one answer.

#include <string>
#include <string_view>

#include "acct_advisor/terminal_text.hpp"

namespace advisor {

enum class MarkupPlace {
  kText,       ///< element content
  kAttribute,  ///< a quoted attribute value: line ends and tabs as references, so they survive
};

/// & < > " ' as character references; invalid UTF-8, the noncharacters U+FFFE/U+FFFF and
/// control characters other than tab and line feed as U+FFFD (HTML and XML 1.0 cannot hold
/// them, even escaped); CR as &#13;. Valid for HTML, SVG and XML alike.
std::string markup_escape(std::string_view text, MarkupPlace place = MarkupPlace::kText);

// For a terminal or log: terminal_safe and terminal_value, in core (acct_advisor/terminal_text.hpp)
// because core's messages quote user input too.

}  // namespace advisor
