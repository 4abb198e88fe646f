#pragma once
// `check`: profiles with the answer each should get, scored and compared, so a CI job can fail
// when the rules, the data or a profile change an answer. Each record passes, fails (the
// rules give the other account) or is bad (it cannot be read or scored); a bad record is
// reported in its place and the run goes on.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "acct_advisor/check_records.hpp"
#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/lang.hpp"

namespace advisor {

enum class CheckStatus { kPass, kFail, kBad };

/// One checked record.
struct CheckCase {
  std::string file;      ///< As the user named it ("-" for standard input); empty: the command line.
  std::size_t line = 0;  ///< 0: not from a file (recommend --expect).
  std::string id;
  ProfileInput input;  ///< As typed, to name the profile in a report.
  CheckStatus status = CheckStatus::kPass;
  Account expected = Account::kWecom;
  Account got = Account::kWecom;
  Scores scores;
  int margin = 0;
  bool tie = false;
  /// The rules that decided the answer (failures only: a pass needs no explaining).
  std::vector<const Rule*> deciding;
  std::string error;  ///< kBad: why the record could not be checked.
};

struct CheckReport {
  std::vector<CheckCase> cases;
  std::vector<std::string> warnings;  ///< About whole files (unknown columns), for stderr.
  std::size_t passed = 0;
  std::size_t failed = 0;
  std::size_t bad = 0;

  void add(CheckCase c);
};

/// The rules to show for a decision: today those that fired (the votes). One place to switch
/// to the full rule trace when it exists.
std::vector<const Rule*> deciding_rules(const Recommendation& r);

/// Checks one resolved profile against the answer it should get.
CheckCase check_profile(const Engine& engine, const Profile& profile, Account expected);

/// Checks every record of a profile file's text (JSON Lines or CSV, with `expect`), adding one
/// case per record to `report`. `file` names the file in the report; a record's error is in `lang`.
void check_file(const DataSet& data, const Engine& engine, std::string_view file, std::string_view text,
                CheckReport& report, Lang lang = Lang::kEn);

/// A case for a file that could not be read at all (line 0), so the run goes on and the
/// reports show it.
void add_unreadable_file(CheckReport& report, std::string_view file, std::string error);

}  // namespace advisor
