#pragma once
// Each subcommand registers itself on the app: its flags bound to an options struct, and a
// callback that runs it. main() only parses and maps errors to exit codes.

#include <CLI/CLI.hpp>

#include "acct_advisor/profile.hpp"

namespace advisor::cli {

void setup_table(CLI::App& app);
void setup_industries(CLI::App& app);
void setup_validate(CLI::App& app);
void setup_recommend(CLI::App& app);
void setup_batch(CLI::App& app);
void setup_plan(CLI::App& app);
void setup_sweep(CLI::App& app);
void setup_check(CLI::App& app);
void setup_diff(CLI::App& app);
void setup_report(CLI::App& app);

/// --users, --industry, --barrier, --adding: shared by recommend, plan and sweep.
void add_profile_options(CLI::App& sub, ProfileInput& input);

}  // namespace advisor::cli
