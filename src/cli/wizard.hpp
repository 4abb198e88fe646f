#pragma once
// Asks an operator at a terminal for the answers missing from the command line, in their
// language, so that `acct-advisor recommend` alone is a complete session. Only used when stdin is
// a terminal: a script gets an error naming the missing flags instead, never a prompt that hangs.

#include "acct_advisor/industry_catalog.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/profile.hpp"

namespace advisor::cli {

struct WizardScope {
  bool industry = true;  ///< plan needs only users and adding
};

/// True when `input` lacks an answer the wizard could ask for.
bool has_missing_answers(const ProfileInput& input, WizardScope scope);

/// Throws what resolve_profile would for an answer given on the command line, so that a bad
/// flag is reported before any question is asked (the missing answers do not count).
void check_given_answers(const ProfileInput& input, const IndustryCatalog& catalog, WizardScope scope);

/// Asks for each missing answer on the terminal (questions to stderr, answers from stdin) and
/// fills it into `input` in a form resolve_profile accepts. A bad answer is explained and asked
/// again; then prints the command that gives the same answers without questions. End of input (Ctrl-D) or
/// Ctrl-C throws UsageError, so the process exits 2.
void ask_missing_answers(ProfileInput& input, const IndustryCatalog& catalog, Lang lang, WizardScope scope);

/// The profile from the flags, after asking at a terminal for the missing answers (recommend,
/// report), the answers typed filled into `input`. Elsewhere nothing is asked and a missing
/// answer is resolve_profile's UsageError.
Profile profile_from_answers(ProfileInput& input, const IndustryCatalog& catalog, Lang lang);

}  // namespace advisor::cli
