#pragma once
// What `check`, `diff` and `recommend --expect --output` share on the command line.

#include <string>

#include "acct_advisor/check.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/render/check_report.hpp"

namespace advisor::cli {

/// Reads a whole input file ("-": standard input); false with `error` set when it cannot be
/// opened or read.
bool read_input_file(const std::string& path, std::string& text, std::string& error);

/// The --output value as its form (the option's IsMember check has vetted it).
CheckOutput parse_check_output(const std::string& output);

/// Prints the report and its warnings, then ends the run with check's exit code: 2 if any
/// record was bad, else 1 if any failed (thrown as UsageError and ExpectationError).
/// `quiet`: no report and no reason for exit 1, only the exit code (errors still print).
void finish_check(const CheckReport& report, CheckOutput output, Lang lang, bool quiet);

}  // namespace advisor::cli
