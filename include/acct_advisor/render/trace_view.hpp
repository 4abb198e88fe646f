#pragma once
// The rule trace (Recommendation::trace) as an operator or a rules author reads it: every
// scoring rule, fired or not, with the comparison that decided it. A compact aligned section for
// `recommend --explain`, a Markdown table, and the JSON `trace` array.

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/lang.hpp"

namespace advisor {

/// The deciding comparison in words, e.g. "personal_accounts = 6, not between 11 and 99".
std::string decider_text(const RuleTrace& trace, Lang lang);

/// The `--explain` section: a title and one aligned row per rule, the condition wrapped to `width`.
std::string render_trace_text(const Recommendation& r, Lang lang, std::size_t width);

/// A "### Rule trace" section with one table row per rule.
std::string render_trace_markdown(const Recommendation& r, const DataSet& data, Lang lang);

/// The `trace` array of recommendation.schema.json.
nlohmann::ordered_json trace_to_json(const std::vector<RuleTrace>& trace);

/// trace_to_json written straight into `out` as compact JSON (for `batch --explain`, where a
/// JSON tree per record was most of the run time); it parses to the same value.
void append_trace_json(const std::vector<RuleTrace>& trace, std::string& out);
/// One trace entry's `decider` value (an object, or null) as compact JSON appended to `out`.
void append_decider_json(const RuleTrace& trace, std::string& out);

}  // namespace advisor
