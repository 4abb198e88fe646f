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

/// The names of check's forms (text, json, junit, github, tap): --format's values, and the
/// --output values that select a form.
const Choices<CheckOutput>& check_output_choices();

/// True for the names of check's forms.
bool is_check_form(const std::string& name);

/// The form of check's (and recommend --expect's) result: --format, or issue 10's spelling, an
/// --output that is exactly a form's name, which then selects the form and standard output
/// (write ./junit for a file of that name). Both at once is a usage error. format: unset for
/// text; given: the --format value as typed, "" when not given (a --format that is no check
/// form, as recommend's markdown, still conflicts with an --output form).
CheckOutput resolve_check_form(std::optional<CheckOutput> format, const std::string& given,
                               DocumentOutput& output, Lang lang);

/// Prints the report where --output says and its warnings on stderr, then ends the run with
/// check's exit code: 2 if any record was bad, else 1 if any failed (thrown as UsageError and
/// ExpectationError). `quiet`: no report and no reason for exit 1, only the exit code (errors
/// still print).
void finish_check(const CheckReport& report, CheckOutput form, Lang lang, const DocumentOutput& output,
                  const CommonOptions& common, const std::string& rules_file, bool quiet,
                  const std::vector<std::string>& inputs = {});

}  // namespace advisor::cli
