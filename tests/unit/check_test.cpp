// `check`: profile files with expected answers are read as batch reads them, each record
// passes, fails or is bad, and every output form says so in the shape its readers expect.

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "acct_advisor/check.hpp"
#include "acct_advisor/check_records.hpp"
#include "acct_advisor/render/check_report.hpp"
#include "acct_advisor/render/text_layout.hpp"
#include "test_support.hpp"

using namespace advisor;

namespace {

CheckReport check_text(std::string_view text, std::string_view file = "t.csv") {
  CheckReport report;
  check_file(test_support::real_data(), test_support::real_engine(), file, text, report);
  return report;
}

std::size_t count_lines_starting(const std::string& text, std::string_view prefix) {
  std::istringstream in(text);
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);)
    if (line.rfind(prefix, 0) == 0) ++n;
  return n;
}

}  // namespace

TEST_CASE("profile files: CSV and JSON Lines give the same records, expect kept as typed") {
  const auto csv = read_profile_file("id,users,industry,adding,expect\nc1,30000,fruit,active,wecom\n", true);
  const auto jsonl =
      read_profile_file(R"({"id":"c1","users":30000,"industry":"fruit","adding":"active","expect":"wecom"})"
                        "\n",
                        true);
  for (const auto* file : {&csv, &jsonl}) {
    REQUIRE(file->records.size() == 1);
    const auto& r = file->records[0];
    CHECK(r.error.empty());
    CHECK(r.id == "c1");
    CHECK(r.input.users == "30000");
    CHECK(r.input.industry == "fruit");
    CHECK(r.expect == "wecom");
  }
  CHECK(csv.records[0].line == 2);
  CHECK(jsonl.records[0].line == 1);
}

TEST_CASE("profile files: a CSV header without expect is one error at the header when it is needed") {
  const std::string text = "users,industry,adding\n30000,fruit,active\n";
  const auto needed = read_profile_file(text, true);
  REQUIRE(needed.records.size() == 1);
  CHECK(needed.records[0].line == 1);
  CHECK(needed.records[0].error.find("missing column expect") != std::string::npos);
  const auto not_needed = read_profile_file(text, false);
  REQUIRE(not_needed.records.size() == 1);
  CHECK(not_needed.records[0].error.empty());
}

TEST_CASE("profile files: unknown columns are warned about once, with a did-you-mean") {
  const auto file = read_profile_file("users,industry,adding,expct,notes\n1,fruit,active,wecom,x\n", false);
  REQUIRE(file.warnings.size() == 1);
  CHECK(file.warnings[0].find("'expct' (did you mean 'expect'?)") != std::string::npos);
  CHECK(file.warnings[0].find("'notes'") != std::string::npos);
}

TEST_CASE("check: pass, fail and bad records are each counted and the run goes on") {
  const auto report = check_text(
      "id,users,industry,adding,expect\n"
      "ok,30000,fruit,active,wecom\n"
      "wrong,30000,fruit,active,personal\n"
      "typo,30000,fruti,active,wecom\n"
      "no-expect,30000,fruit,active,\n"
      "bogus-expect,30000,fruit,active,maybe\n"
      "short,30000\n");
  REQUIRE(report.cases.size() == 6);
  CHECK(report.passed == 1);
  CHECK(report.failed == 1);
  CHECK(report.bad == 4);
  const auto& fail = report.cases[1];
  CHECK(fail.status == CheckStatus::kFail);
  CHECK(fail.line == 3);
  CHECK(fail.expected == Account::kPersonal);
  CHECK(fail.got == Account::kWecom);
  CHECK(fail.margin == fail.scores.wecom - fail.scores.personal);
  // The deciding rules are the ones that fired: their weights add up to the scores.
  int wecom = 0, personal = 0;
  for (const Rule* rule : fail.deciding) (rule->vote == Account::kWecom ? wecom : personal) += rule->weight;
  CHECK(wecom == fail.scores.wecom);
  CHECK(personal == fail.scores.personal);
  CHECK(report.cases[2].error.find("did you mean 'fruit'") != std::string::npos);
  CHECK(report.cases[3].error.find("no 'expect'") != std::string::npos);
  CHECK(report.cases[4].error.find("'maybe'") != std::string::npos);
  CHECK(report.cases[5].line == 7);
}

TEST_CASE("check: an empty file is a bad record, not a pass") {
  const auto report = check_text("");
  REQUIRE(report.cases.size() == 1);
  CHECK(report.bad == 1);
}

TEST_CASE("check: a passing record names no rules (only failures pay for the full answer)") {
  const auto report = check_text(R"({"users":30000,"industry":"fruit","adding":"active","expect":"wecom"})");
  REQUIRE(report.cases.size() == 1);
  CHECK(report.cases[0].status == CheckStatus::kPass);
  CHECK(report.cases[0].deciding.empty());
}

TEST_CASE("GitHub workflow commands are escaped as GitHub specifies") {
  CHECK(github_escape_data("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d");
  CHECK(github_escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A");
}

TEST_CASE("XML escaping: markup, line ends in attributes, and characters XML cannot hold") {
  CHECK(markup_escape("a<b>&\"c\"", MarkupPlace::kAttribute) == "a&lt;b&gt;&amp;&quot;c&quot;");
  CHECK(markup_escape("a\nb", MarkupPlace::kAttribute) == "a&#10;b");
  CHECK(markup_escape("a\nb") == "a\nb");
  CHECK(markup_escape(std::string("a\x01"
                                  "b")) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(markup_escape("\xFF") == "\xEF\xBF\xBD");
  CHECK(markup_escape("水果", MarkupPlace::kAttribute) == "水果");
}

TEST_CASE("check reports: TAP's plan matches its test lines; JUnit and GitHub name file and line") {
  const auto report = check_text(
      "id,users,industry,adding,expect\n"
      "ok,30000,fruit,active,wecom\n"
      "wrong,30000,fruit,active,personal\n"
      "typo,30000,fruti,active,wecom\n");
  const std::string tap = render_check_report(report, CheckOutput::kTap, Lang::kEn, 80);
  CHECK(tap.rfind("TAP version 13\n1..3\n", 0) == 0);
  CHECK(count_lines_starting(tap, "ok ") + count_lines_starting(tap, "not ok ") == 3);
  CHECK(count_lines_starting(tap, "not ok ") == 2);

  const std::string junit = render_check_report(report, CheckOutput::kJunit, Lang::kEn, 80);
  CHECK(junit.find("<testsuite name=\"t.csv\" tests=\"3\" failures=\"1\" errors=\"1\"") != std::string::npos);
  CHECK(junit.find("name=\"t.csv:3 (wrong)\"") != std::string::npos);

  const std::string github = render_check_report(report, CheckOutput::kGithub, Lang::kEn, 80);
  CHECK(count_lines_starting(github, "::error file=t.csv,line=3,") == 1);
  CHECK(count_lines_starting(github, "::error file=t.csv,line=4,") == 1);
  CHECK(count_lines_starting(github, "::error ") == 2);
}

TEST_CASE("check reports: Chinese text has no English words of ours") {
  const auto report = check_text("id,users,industry,adding,expect\nwrong,30000,fruit,active,personal\n");
  const std::string text = render_check_report(report, CheckOutput::kText, Lang::kZh, 80);
  CHECK(text.find("不通过 t.csv:2（wrong）：预期个人微信，结果是企业微信") != std::string::npos);
  CHECK(text.find("起决定作用的规则：") != std::string::npos);
  CHECK(text.find("FAIL") == std::string::npos);
  CHECK(text.find("expected") == std::string::npos);
}

TEST_CASE("text from a hostile file cannot reach the terminal raw") {
  CHECK(terminal_safe("a\x1b[31mb\nc\r") == "a\\x1b[31mb\nc\\r");
  CHECK(terminal_safe("水果\xFF") == "水果\xEF\xBF\xBD");
  const auto report = check_text(
      "id,users,industry,adding,expect\n"
      "\"\x1b]0;pwned\x07\",30000,fruit,active,personal\n");
  for (const auto output : {CheckOutput::kText, CheckOutput::kGithub, CheckOutput::kTap}) {
    const std::string out = render_check_report(report, output, Lang::kEn, 80);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
  }
}

TEST_CASE("profile files: counts as JSON numbers are read as batch reads them") {
  const auto file =
      read_profile_file(R"({"users":3e4,"entities":2.0,"within":180,"industry":"fruit","adding":"active"})"
                        "\n"
                        R"({"users":2.5,"industry":"fruit","adding":"active"})"
                        "\n",
                        false);
  REQUIRE(file.records.size() == 2);
  CHECK(file.records[0].error.empty());
  CHECK(file.records[0].input.users == "30000");
  CHECK(file.records[0].input.entities == "2");
  CHECK(file.records[0].input.within == "180");
  CHECK(file.records[1].error.find("users: 2.5 is not a whole number") != std::string::npos);
}

TEST_CASE("check's text report keeps to the width in both languages") {
  const auto report = check_text(
      "id,users,industry,adding,expect\n"
      "insurer-with-a-long-name,80000,insurance,passive,personal\n"
      "typo,5000,fruti,active,wecom\n");
  for (const auto lang : {Lang::kEn, Lang::kZh}) {
    for (const std::size_t width : {40u, 60u, 100u}) {
      CAPTURE(width);
      const std::string text = render_check_report(report, CheckOutput::kText, lang, width);
      std::size_t start = 0;
      while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string_view line(text.data() + start, end - start);
        CAPTURE(line);
        CHECK(display_width(line) <= width);
        start = end + 1;
      }
    }
  }
}
