#include "acct_advisor/check.hpp"

#include <fmt/format.h>

#include "acct_advisor/error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/terminal_text.hpp"

namespace advisor {

void CheckReport::add(CheckCase c) {
  switch (c.status) {
    case CheckStatus::kPass:
      ++passed;
      break;
    case CheckStatus::kFail:
      ++failed;
      break;
    case CheckStatus::kBad:
      ++bad;
      break;
  }
  cases.push_back(std::move(c));
}

std::vector<const Rule*> deciding_rules(const Recommendation& r) {
  std::vector<const Rule*> rules;
  rules.reserve(r.votes.size());
  for (const Vote& v : r.votes) rules.push_back(v.rule);
  return rules;
}

CheckCase check_profile(const Engine& engine, const Profile& profile, Account expected) {
  CheckCase c;
  c.expected = expected;
  // decide() is the fast path; only a failure pays for the full answer, to name its rules.
  c.got = engine.decide(profile, c.scores);
  c.margin = c.scores.of(c.got) - c.scores.of(other(c.got));
  c.tie = c.scores.wecom == c.scores.personal;
  if (c.got == expected) {
    c.status = CheckStatus::kPass;
    return c;
  }
  c.status = CheckStatus::kFail;
  c.deciding = deciding_rules(engine.recommend(profile));
  return c;
}

namespace {

CheckCase check_record(const DataSet& data, const Engine& engine, ProfileRecord& record, Lang lang) {
  CheckCase c;
  c.line = record.line;
  c.id = record.id;
  c.input = record.input;
  c.status = CheckStatus::kBad;
  if (!record.error.empty()) {
    c.error = record.error;
    return c;
  }
  const auto expected = parse_account(record.expect);
  if (record.expect.empty()) {
    c.error = msg(lang, Msg::kCheckNoExpect);
    return c;
  }
  if (!expected) {
    c.error = msg(lang, Msg::kCheckBadExpect, fmt::arg("value", terminal_value(record.expect, 40)));
    return c;
  }
  Profile profile;
  try {
    profile = resolve_profile(record.input, data.industries, "", lang);
  } catch (const UsageError& e) {
    c.expected = *expected;
    c.error = e.what();
    return c;
  }
  CheckCase scored = check_profile(engine, profile, *expected);
  scored.line = c.line;
  scored.id = std::move(c.id);
  scored.input = std::move(c.input);
  return scored;
}

}  // namespace

void check_file(const DataSet& data, const Engine& engine, std::string_view file, std::string_view text,
                CheckReport& report, Lang lang) {
  ProfileFile parsed = read_profile_file(text, /*need_expect=*/true, RecordFormat::kAuto, lang);
  if (parsed.records.empty()) {
    // An empty file checks nothing, and a gate that passes on nothing hides a mistake.
    add_unreadable_file(report, file, std::string(msg(lang, Msg::kCheckEmptyFile)));
    return;
  }
  for (auto& warning : parsed.warnings) report.warnings.push_back(fmt::format("{}: {}", file, warning));
  for (auto& record : parsed.records) {
    CheckCase c = check_record(data, engine, record, lang);
    c.file = std::string(file);
    report.add(std::move(c));
  }
}

void add_unreadable_file(CheckReport& report, std::string_view file, std::string error) {
  CheckCase c;
  c.file = std::string(file);
  c.status = CheckStatus::kBad;
  c.error = std::move(error);
  report.add(std::move(c));
}

}  // namespace advisor
