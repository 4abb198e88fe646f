#pragma once
// What `check`, `diff` and `recommend --expect --output` share on the command line.

#include <string>

#include "acct_advisor/check.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/render/check_report.hpp"
#include "cli_support.hpp"

namespace advisor::cli {

/// Reads a whole input file ("-": standard input); false with `error` set when it cannot be
/// opened or read.
bool read_input_file(const std::string& path, std::string& text, std::string& error);

/// A form's name (text, json, junit, github, tap) as its form; "" is text.
CheckOutput parse_check_output(const std::string& output);

/// True for the names of check's forms: text, json, junit, github, tap.
bool is_check_form(const std::string& name);

/// The form of check's (and recommend --expect's) result: --format, or issue 10's spelling, an
/// --output that is exactly a form's name, which then selects the form and standard output
/// (write ./junit for a file of that name). Both at once is a usage error. format: "" when not
/// given.
CheckOutput resolve_check_form(const std::string& format, DocumentOutput& output, Lang lang);

/// Prints the report where --output says and its warnings on stderr, then ends the run with
/// check's exit code: 2 if any record was bad, else 1 if any failed (thrown as UsageError and
/// ExpectationError). `quiet`: no report and no reason for exit 1, only the exit code (errors
/// still print).
void finish_check(const CheckReport& report, CheckOutput form, Lang lang, const DocumentOutput& output,
                  const CommonOptions& common, const std::string& rules_file, bool quiet,
                  const std::vector<std::string>& inputs = {});

}  // namespace advisor::cli
