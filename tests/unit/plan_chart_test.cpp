#include <catch2/catch.hpp>

#include <unistd.h>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/render/plan_chart.hpp"

using advisor::Account;
using advisor::AccountPlan;
using advisor::Adding;
using advisor::Lang;
using advisor::Plan;
using advisor::render_plan_svg;

namespace {

AccountPlan side(Account account, std::int64_t accounts, double daily, std::optional<std::int64_t> days) {
  AccountPlan p;
  p.account = account;
  p.accounts_needed = accounts;
  p.daily_adds_per_account = daily;
  p.days_to_target = days;
  p.feasible = days.has_value();
  return p;
}

// 30,000 customers, active adding: WeCom 2 x 30 a day (500 days), personal 6 x 6 a day (834 days).
Plan active_plan() {
  Plan plan;
  plan.input.users = 30000;
  plan.input.adding = Adding::kActive;
  plan.wecom = side(Account::kWecom, 2, 30, 500);
  plan.personal = side(Account::kPersonal, 6, 6, 834);
  return plan;
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

std::size_t count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (auto pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++n;
  return n;
}

// A small XML check: every tag closes in order, text holds no raw '<', and every '&' starts
// one of the five predefined entities. Returns the problem, or "" when the document is fine.
std::string xml_problem(std::string_view xml) {
  std::vector<std::string> open;
  std::size_t i = 0;
  while (i < xml.size()) {
    const char c = xml[i];
    if (c == '&') {
      bool ok = false;
      for (const std::string_view e : {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"})
        ok = ok || xml.substr(i, e.size()) == e;
      if (!ok) return "bare & at " + std::to_string(i);
      ++i;
      continue;
    }
    if (c != '<') {
      if (c == '>') return "bare > at " + std::to_string(i);
      ++i;
      continue;
    }
    // A tag: find its end, skipping over quoted attribute values.
    std::size_t j = i + 1;
    char quote = 0;
    for (; j < xml.size(); ++j) {
      if (quote) {
        if (xml[j] == quote)
          quote = 0;
        else if (xml[j] == '<')
          return "< in an attribute at " + std::to_string(j);
      } else if (xml[j] == '"' || xml[j] == '\'') {
        quote = xml[j];
      } else if (xml[j] == '>') {
        break;
      } else if (xml[j] == '<') {
        return "< inside a tag at " + std::to_string(j);
      }
    }
    if (j >= xml.size()) return "unterminated tag at " + std::to_string(i);
    const std::string_view tag = xml.substr(i + 1, j - i - 1);
    if (tag.empty()) return "empty tag at " + std::to_string(i);
    if (tag[0] == '/') {
      const std::string name(tag.substr(1));
      if (open.empty() || open.back() != name)
        return "</" + name + "> does not close " + (open.empty() ? "anything" : "<" + open.back() + ">");
      open.pop_back();
    } else if (tag[0] != '?' && tag[0] != '!' && tag.back() != '/') {
      open.emplace_back(tag.substr(0, tag.find_first_of(" \t\n")));
    }
    i = j + 1;
  }
  if (!open.empty()) return "<" + open.back() + "> never closed";
  return "";
}

void check_well_formed(const std::string& svg) {
  REQUIRE(svg.rfind("<svg ", 0) == 0);
  auto end = svg.find_last_not_of("\n");
  REQUIRE(end != std::string::npos);
  CHECK(svg.substr(0, end + 1).size() >= 6);
  CHECK(svg.compare(end + 1 - 6, 6, "</svg>") == 0);
  INFO(xml_problem(svg));
  CHECK(xml_problem(svg).empty());

  // The real parser too, where the machine has one.
  if (std::system("command -v xmllint >/dev/null 2>&1") == 0) {
    // CTest runs test cases as parallel processes: each needs a file of its own.
    static int serial = 0;
    const auto path = std::filesystem::temp_directory_path() /
                      ("acct_advisor_plan_chart_test." + std::to_string(::getpid()) + "." +
                       std::to_string(serial++) + ".svg");
    std::ofstream(path, std::ios::binary) << svg;
    const std::string cmd = "xmllint --noout \"" + path.string() + "\"";
    CHECK(std::system(cmd.c_str()) == 0);
    std::filesystem::remove(path);
  }
}

}  // namespace

TEST_CASE("plan chart: the XML checker itself catches broken markup", "[plan_chart]") {
  CHECK(xml_problem("<svg><g><text>a &amp; b</text></g></svg>").empty());
  CHECK(xml_problem(R"(<svg a="x>y"><rect/></svg>)").empty());
  CHECK_FALSE(xml_problem("<svg><g></svg>").empty());
  CHECK_FALSE(xml_problem("<svg><text>a & b</text></svg>").empty());
  CHECK_FALSE(xml_problem("<svg><text>a < b</text></svg>").empty());
  CHECK_FALSE(xml_problem("<svg>").empty());
}

TEST_CASE("plan chart: a well-formed, self-contained SVG document", "[plan_chart]") {
  for (const Lang lang : {Lang::kEn, Lang::kZh}) {
    const auto svg = render_plan_svg(active_plan(), lang);
    check_well_formed(svg);
    CHECK(contains(svg, R"(xmlns="http://www.w3.org/2000/svg")"));
    CHECK(contains(svg, R"(width="800")"));
    CHECK(contains(svg, R"(height="480")"));
    CHECK(contains(svg, R"(viewBox="0 0 800 480")"));
    CHECK(contains(svg, "<title"));
    CHECK(contains(svg, "Noto Sans CJK SC"));
    CHECK(contains(svg, "sans-serif"));
    CHECK_FALSE(contains(svg, "<script"));
    CHECK_FALSE(contains(svg, "href"));
  }
}

TEST_CASE("plan chart: both series, target, axes and legend in English", "[plan_chart]") {
  const auto svg = render_plan_svg(active_plan(), Lang::kEn);
  CHECK(count(svg, "<polyline") == 2);
  CHECK(contains(svg, R"(id="series-wecom")"));
  CHECK(contains(svg, R"(id="series-personal")"));
  CHECK(contains(svg, "Days to reach 30,000 customers (active adding)"));
  CHECK(contains(svg, ">Target 30,000<"));
  CHECK(contains(svg, ">Days<"));
  CHECK(contains(svg, ">Customers reached<"));
  CHECK(contains(svg, "WeCom, 2 accounts"));
  CHECK(contains(svg, "Personal WeChat, 6 accounts"));
  CHECK(contains(svg, ">500 days<"));
  CHECK(contains(svg, ">834 days<"));
  // The day axis covers the slower series with a round end; customer ticks have separators.
  CHECK(contains(svg, ">900<"));
  CHECK_FALSE(contains(svg, ">1,000<"));
  CHECK(contains(svg, ">30,000<"));
  CHECK(contains(svg, ">35,000<"));
  // Told apart by dash pattern as well as colour.
  CHECK(count(svg, "stroke-dasharray=\"9 5\"") >= 1);
}

TEST_CASE("plan chart: Chinese labels", "[plan_chart]") {
  auto plan = active_plan();
  plan.input.adding = Adding::kPassive;
  plan.wecom = side(Account::kWecom, 2, 800, 19);
  plan.personal = side(Account::kPersonal, 6, 200, 25);
  const auto svg = render_plan_svg(plan, Lang::kZh);
  check_well_formed(svg);
  CHECK(contains(svg, "达到3万个客户所需天数（被动添加）"));
  CHECK(contains(svg, ">目标 30,000<"));
  CHECK(contains(svg, ">天数<"));
  CHECK(contains(svg, ">已添加客户数<"));
  CHECK(contains(svg, "企业微信（2个号）"));
  CHECK(contains(svg, "个人微信（6个号）"));
  CHECK(contains(svg, ">19天<"));
  CHECK(contains(svg, ">25天<"));
  CHECK(contains(svg, ">3万<"));
  CHECK(contains(svg, ">3.5万<"));
  CHECK(contains(svg, R"(lang="zh-Hans")"));
}

TEST_CASE("plan chart: an infeasible account type is not drawn and the legend says why", "[plan_chart]") {
  auto plan = active_plan();
  plan.personal = side(Account::kPersonal, 2, 6, std::nullopt);
  plan.personal.note = {"2个号最多承接20,000个客户", "2 accounts hold at most 20,000 customers"};

  const auto en = render_plan_svg(plan, Lang::kEn);
  check_well_formed(en);
  CHECK(count(en, "<polyline") == 1);
  CHECK(contains(en, R"(id="series-wecom")"));
  CHECK_FALSE(contains(en, R"(id="series-personal")"));
  CHECK(contains(en, "Personal WeChat, 2 accounts: cannot hold the target"));
  CHECK(contains(en, "2 accounts hold at most 20,000 customers"));
  // The axis follows the one series drawn.
  CHECK(contains(en, ">600<"));
  CHECK_FALSE(contains(en, ">900<"));

  const auto zh = render_plan_svg(plan, Lang::kZh);
  check_well_formed(zh);
  CHECK(count(zh, "<polyline") == 1);
  CHECK(contains(zh, "个人微信（2个号）无法承接"));

  plan.wecom = side(Account::kWecom, 2, 30, std::nullopt);
  const auto none = render_plan_svg(plan, Lang::kEn);
  check_well_formed(none);
  CHECK(count(none, "<polyline") == 0);
  CHECK(contains(none, "Neither account type can hold the target"));
  CHECK(contains(none, "WeCom, 2 accounts: cannot hold the target"));
}

TEST_CASE("plan chart: a far slower series is cut off at a capped axis, with a note", "[plan_chart]") {
  auto plan = active_plan();
  plan.wecom = side(Account::kWecom, 50, 30, 20);
  plan.personal = side(Account::kPersonal, 1, 6, 5000);
  const auto svg = render_plan_svg(plan, Lang::kEn);
  check_well_formed(svg);
  CHECK(count(svg, "<polyline") == 2);
  CHECK(contains(svg, "the axis stops at 100 days"));
  CHECK(contains(svg, "reaches the target on day 5,000"));
  CHECK(contains(svg, ">100<"));  // the last day tick
  const auto zh = render_plan_svg(plan, Lang::kZh);
  check_well_formed(zh);
  CHECK(contains(zh, "横轴只画到100天"));
}

TEST_CASE("plan chart: deterministic output", "[plan_chart]") {
  const auto plan = active_plan();
  CHECK(render_plan_svg(plan, Lang::kEn) == render_plan_svg(plan, Lang::kEn));
  CHECK(render_plan_svg(plan, Lang::kZh) == render_plan_svg(plan, Lang::kZh));
  CHECK(render_plan_svg(plan, Lang::kEn) != render_plan_svg(plan, Lang::kZh));

  // And from a real plan built from the embedded data.
  const auto source = advisor::embedded_data_source();
  const auto data = advisor::load_data_set(*source);
  advisor::PlanInput input;
  input.users = 30000;
  input.adding = Adding::kPassive;
  const auto real = advisor::make_plan(data.features, input);
  const auto svg = render_plan_svg(real, Lang::kEn);
  check_well_formed(svg);
  CHECK(svg == render_plan_svg(advisor::make_plan(data.features, input), Lang::kEn));
  CHECK(count(svg, "<polyline") == 2);
}

TEST_CASE("plan chart: text is XML-escaped", "[plan_chart]") {
  auto plan = active_plan();
  plan.personal = side(Account::kPersonal, 2, 6, std::nullopt);
  plan.personal.note = {R"(<b>"甲" & '乙'</b>)", R"(<script>alert("x") & 'y'</script>)"};
  const auto en = render_plan_svg(plan, Lang::kEn);
  check_well_formed(en);
  CHECK(contains(en, "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"));
  CHECK_FALSE(contains(en, "<script>"));
  const auto zh = render_plan_svg(plan, Lang::kZh);
  check_well_formed(zh);
  CHECK(contains(zh, "&lt;b&gt;&quot;甲&quot; &amp; &#39;乙&#39;&lt;/b&gt;"));
}
