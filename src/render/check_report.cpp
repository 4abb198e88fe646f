#include "acct_advisor/render/check_report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "acct_advisor/json_line.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/number_words.hpp"
#include "acct_advisor/render/escape.hpp"
#include "acct_advisor/render/text_layout.hpp"
#include "acct_advisor/utf8.hpp"

namespace advisor {
namespace {

using json = nlohmann::ordered_json;

std::string case_name(const CheckCase& c, Lang lang) {
  std::string where = check_case_location(c, lang);
  if (c.id.empty()) return where;
  return msg(lang, Msg::kCheckCaseName, fmt::arg("where", where), fmt::arg("id", c.id));
}

std::string status_word(CheckStatus status, Lang lang) {
  switch (status) {
    case CheckStatus::kPass:
      return std::string(msg(lang, Msg::kCheckPass));
    case CheckStatus::kFail:
      return std::string(msg(lang, Msg::kCheckFail));
    case CheckStatus::kBad:
      break;
  }
  return std::string(msg(lang, Msg::kCheckBad));
}

std::string fail_detail(const CheckCase& c, Lang lang) {
  return msg(lang, Msg::kCheckFailDetail, fmt::arg("expected", account_name(c.expected, lang)),
             fmt::arg("got", account_name(c.got, lang)),
             fmt::arg("wecom_name", account_name(Account::kWecom, lang)), fmt::arg("wecom", c.scores.wecom),
             fmt::arg("personal_name", account_name(Account::kPersonal, lang)),
             fmt::arg("personal", c.scores.personal), fmt::arg("margin", c.margin));
}

std::string deciding_text(const CheckCase& c, Lang lang) {
  if (c.deciding.empty()) return std::string(msg(lang, Msg::kCheckNoRules));
  std::string rules;
  for (const Rule* rule : c.deciding) {
    if (!rules.empty()) rules += msg(lang, Msg::kListSeparator);
    rules += msg(lang, Msg::kCheckRuleVote, fmt::arg("id", rule->id), fmt::arg("weight", rule->weight),
                 fmt::arg("account", account_name(rule->vote, lang)));
  }
  return msg(lang, Msg::kCheckDeciding, fmt::arg("rules", rules));
}

/// The one-line reason a case did not pass.
std::string problem(const CheckCase& c, Lang lang) {
  return c.status == CheckStatus::kFail ? fail_detail(c, lang) : c.error;
}

std::string summary(const CheckReport& report, Lang lang) {
  const std::size_t total = report.cases.size();
  auto count = [lang](std::size_t n) { return format_count(static_cast<std::int64_t>(n), lang); };
  return msg(lang, total == 1 ? Msg::kCheckSummaryOne : Msg::kCheckSummaryMany,
             fmt::arg("total", count(total)), fmt::arg("passed", count(report.passed)),
             fmt::arg("failed", count(report.failed)), fmt::arg("bad", count(report.bad)));
}

// ------------------------------------------------------------------------------------ text

/// Appends a paragraph of the text report wrapped to the width: the first line at the margin
/// (or indented, for a case's detail lines), the rest under a four-column indent, so a case's
/// lines read as one block.
void append_paragraph(std::string& out, std::string_view text, std::size_t width, bool indented) {
  constexpr std::string_view kIndent = "    ";
  const std::size_t room = width > kIndent.size() + 20 ? width - kIndent.size() : 20;
  std::string_view rest = text;
  if (!indented) {
    const auto first = wrap(text, width).front();
    out += first;
    out += '\n';
    if (text.substr(0, first.size()) != first) return;  // wrap changed the text: keep it whole
    rest.remove_prefix(first.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.empty()) return;
  }
  for (const auto& line : wrap(rest, room)) {
    out += kIndent;
    out += line;
    out += '\n';
  }
}

std::string render_text(const CheckReport& report, Lang lang, std::size_t width) {
  std::string out;
  const std::string colon(msg(lang, Msg::kColon));
  for (const auto& c : report.cases) {
    if (c.status == CheckStatus::kPass) continue;  // a pass needs no line; the summary counts it
    append_paragraph(
        out,
        fmt::format("{} {}{}{}", status_word(c.status, lang), case_name(c, lang), colon, problem(c, lang)),
        width, false);
    if (const auto profile = profile_input_text(c.input); !profile.empty())
      append_paragraph(out, profile, width, true);
    if (c.status == CheckStatus::kFail) append_paragraph(out, deciding_text(c, lang), width, true);
  }
  if (!out.empty()) out += '\n';
  append_paragraph(out, summary(report, lang), width, false);
  return out;
}

// ------------------------------------------------------------------------------------ JSON

std::string_view status_id(CheckStatus status) {
  switch (status) {
    case CheckStatus::kPass:
      return "pass";
    case CheckStatus::kFail:
      return "fail";
    case CheckStatus::kBad:
      break;
  }
  return "error";
}

json case_json(const CheckCase& c) {
  json j;
  j["file"] = c.file.empty() ? json(nullptr) : json(c.file);
  j["line"] = c.line == 0 ? json(nullptr) : json(c.line);
  j["id"] = c.id.empty() ? json(nullptr) : json(c.id);
  j["status"] = status_id(c.status);
  if (c.status == CheckStatus::kBad) {
    j["error"] = c.error;
    return j;
  }
  j["expected"] = account_id(c.expected);
  j["got"] = account_id(c.got);
  j["scores"] = {{"wecom", c.scores.wecom}, {"personal", c.scores.personal}};
  j["margin"] = c.margin;
  if (c.status == CheckStatus::kFail) {
    json rules = json::array();
    for (const Rule* rule : c.deciding)
      rules.push_back({{"id", rule->id}, {"vote", account_id(rule->vote)}, {"weight", rule->weight}});
    j["deciding_rules"] = rules;
  }
  return j;
}

std::string render_json(const CheckReport& report) {
  json results = json::array();
  for (const auto& c : report.cases) results.push_back(case_json(c));
  const json doc = {{"schema_version", 1},
                    {"summary",
                     {{"records", report.cases.size()},
                      {"passed", report.passed},
                      {"failed", report.failed},
                      {"errors", report.bad}}},
                    {"results", results}};
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

// ----------------------------------------------------------------------------------- JUnit

struct Suite {
  std::string file;
  std::size_t tests = 0, failures = 0, errors = 0;
  std::vector<const CheckCase*> cases;
};

std::vector<Suite> suites_by_file(const CheckReport& report) {
  std::vector<Suite> suites;
  for (const auto& c : report.cases) {
    if (suites.empty() || suites.back().file != c.file) {
      suites.push_back({c.file, 0, 0, 0, {}});
    }
    Suite& s = suites.back();
    ++s.tests;
    if (c.status == CheckStatus::kFail) ++s.failures;
    if (c.status == CheckStatus::kBad) ++s.errors;
    s.cases.push_back(&c);
  }
  return suites;
}

std::string render_junit(const CheckReport& report, Lang lang) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"acct-advisor check\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n",
                     report.cases.size(), report.failed, report.bad);
  for (const Suite& s : suites_by_file(report)) {
    const std::string suite_name = s.file.empty() ? std::string(msg(lang, Msg::kCheckCommandLine)) : s.file;
    out += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\">\n",
                       markup_escape(suite_name, MarkupPlace::kAttribute), s.tests, s.failures, s.errors);
    for (const CheckCase* c : s.cases) {
      out += fmt::format("    <testcase classname=\"{}\" name=\"{}\"",
                         markup_escape(suite_name, MarkupPlace::kAttribute),
                         markup_escape(case_name(*c, lang), MarkupPlace::kAttribute));
      if (c->status == CheckStatus::kPass) {
        out += "/>\n";
        continue;
      }
      const bool fail = c->status == CheckStatus::kFail;
      std::string body = profile_input_text(c->input);
      if (fail) body += (body.empty() ? "" : "\n") + deciding_text(*c, lang);
      out += fmt::format(">\n      <{} type=\"{}\" message=\"{}\">{}</{}>\n    </testcase>\n",
                         fail ? "failure" : "error", fail ? "expectation" : "bad record",
                         markup_escape(problem(*c, lang), MarkupPlace::kAttribute), markup_escape(body),
                         fail ? "failure" : "error");
    }
    out += "  </testsuite>\n";
  }
  return out + "</testsuites>\n";
}

// ---------------------------------------------------------------------------------- GitHub

std::string render_github(const CheckReport& report, Lang lang) {
  std::string out;
  for (const auto& c : report.cases) {
    if (c.status == CheckStatus::kPass) continue;
    std::string properties;
    // Standard input and the command line are no file of the repository: no file property,
    // so the annotation goes on the run rather than on a wrong line.
    if (!c.file.empty() && c.file != "-") {
      properties = "file=" + github_escape_property(c.file);
      if (c.line > 0) properties += fmt::format(",line={}", c.line);
      properties += ",";
    }
    properties +=
        "title=" + github_escape_property(fmt::format("acct-advisor check: {} {}",
                                                      status_word(c.status, lang), case_name(c, lang)));
    std::string message = problem(c, lang);
    if (const auto profile = profile_input_text(c.input); !profile.empty()) message += "\n" + profile;
    if (c.status == CheckStatus::kFail) message += "\n" + deciding_text(c, lang);
    out += fmt::format("::error {}::{}\n", properties, github_escape_data(message));
  }
  return out + summary(report, lang) + "\n";
}

// ------------------------------------------------------------------------------------- TAP

// A TAP description ends at a line end and treats '#' as the start of a directive.
std::string tap_description(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == '\n' || ch == '\r')
      out += ' ';
    else if (ch == '#')
      out += "\\#";
    else
      out += ch;
  }
  return out;
}

// YAML double-quoted scalars accept JSON string syntax, escapes and all.
std::string yaml_string(std::string_view text) {
  return json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string render_tap(const CheckReport& report, Lang lang) {
  std::string out = fmt::format("TAP version 13\n1..{}\n", report.cases.size());
  std::size_t n = 0;
  for (const auto& c : report.cases) {
    ++n;
    const bool ok = c.status == CheckStatus::kPass;
    out += fmt::format("{} {} - {}\n", ok ? "ok" : "not ok", n, tap_description(case_name(c, lang)));
    if (ok) continue;
    out += "  ---\n";
    out += fmt::format("  message: {}\n", yaml_string(problem(c, lang)));
    out += fmt::format("  severity: {}\n", c.status == CheckStatus::kFail ? "fail" : "error");
    if (const auto profile = profile_input_text(c.input); !profile.empty())
      out += fmt::format("  profile: {}\n", yaml_string(profile));
    if (c.status == CheckStatus::kFail) {
      out += fmt::format("  expected: {}\n  got: {}\n", account_id(c.expected), account_id(c.got));
      out += fmt::format("  scores: {{wecom: {}, personal: {}}}\n", c.scores.wecom, c.scores.personal);
      out += "  deciding_rules:\n";
      for (const Rule* rule : c.deciding)
        out += fmt::format("    - {{id: {}, vote: {}, weight: {}}}\n", yaml_string(rule->id),
                           account_id(rule->vote), rule->weight);
    }
    out += "  ...\n";
  }
  return out;
}

}  // namespace

// The profile as typed, "users=30000 industry=fruit adding=active": language-neutral, and
// what the user would grep the file for.
std::string profile_input_text(const ProfileInput& input) {
  std::string out;
  auto add = [&out](std::string_view key, const std::string& value) {
    if (value.empty()) return;
    if (!out.empty()) out += ' ';
    out += fmt::format("{}={}", key, value);
  };
  for_each_answer(input, add);
  return out;
}

std::string check_case_location(const CheckCase& c, Lang lang) {
  if (c.file.empty()) return std::string(msg(lang, Msg::kCheckCommandLine));
  if (c.line == 0) return c.file;
  return fmt::format("{}:{}", c.file, c.line);
}

std::string github_escape_data(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == '%')
      out += "%25";
    else if (ch == '\r')
      out += "%0D";
    else if (ch == '\n')
      out += "%0A";
    else
      out += ch;
  }
  return out;
}

std::string github_escape_property(std::string_view text) {
  std::string out;
  for (char ch : github_escape_data(text)) {
    if (ch == ':')
      out += "%3A";
    else if (ch == ',')
      out += "%2C";
    else
      out += ch;
  }
  return out;
}

std::string render_check_report(const CheckReport& report, CheckOutput output, Lang lang, std::size_t width) {
  switch (output) {
    case CheckOutput::kJson:
      return render_json(report);  // JSON escapes what it holds
    case CheckOutput::kJunit:
      return render_junit(report, lang);  // so does markup_escape
    case CheckOutput::kGithub:
      return terminal_safe(render_github(report, lang));
    case CheckOutput::kTap:
      return terminal_safe(render_tap(report, lang));
    case CheckOutput::kText:
      break;
  }
  return terminal_safe(render_text(report, lang, width));
}

}  // namespace advisor
