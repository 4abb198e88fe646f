// The HTML report: every user- and data-file string escaped, one well-formed document with
// its headings in order, table headers, a lang attribute and a chart with a text alternative,
// and nothing that loads from the network.

#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

#include "acct_advisor/render/escape.hpp"
#include "acct_advisor/render/html_report.hpp"
#include "acct_advisor/render/html_writer.hpp"
#include "test_support.hpp"

using namespace advisor;

namespace {

struct Report {
  DataSet data;
  Recommendation recommendation;
  Plan plan;
  Sweep sweep;
};

// Everything the report needs for one profile, from `data` (kept alive in the result, since the
// recommendation points into its rules).
std::unique_ptr<Report> make_report(DataSet data, const ProfileInput& input) {
  auto report = std::make_unique<Report>(Report{std::move(data), {}, {}, {}});
  const Engine engine(report->data.features, report->data.industries, report->data.rules);
  const Profile profile = resolve_profile(input, report->data.industries);
  report->recommendation = engine.recommend(profile);
  PlanInput plan_input;
  plan_input.users = profile.users;
  plan_input.adding = profile.adding;
  plan_input.entities = profile.entities;
  report->plan = make_plan(report->data.features, plan_input);
  report->sweep = sweep_users(engine, profile, 100, 10'000'000, 21);
  return report;
}

std::string render(const Report& r, Lang lang) {
  HtmlReportOptions options;
  options.lang = lang;
  options.command = "acct-advisor report --users 30000 --industry fruit --adding active";
  options.generated = SourceDate{2026, 11, 30};
  options.version = "0.1.0";
  return render_html_report({r.recommendation, r.data, r.plan, r.sweep}, options);
}

ProfileInput fruit_input() {
  ProfileInput input;
  input.users = "30000";
  input.industry = "fruit";
  input.adding = "active";
  return input;
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

std::vector<int> heading_levels(const std::string& html) {
  static const std::regex heading("<h([1-6])[ >]");
  std::vector<int> levels;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), heading); it != std::sregex_iterator(); ++it)
    levels.push_back(std::stoi((*it)[1].str()));
  return levels;
}

// Replaces `from` (which must be there) by `to`, so a test cannot silently stop testing.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("markup_escape makes text and attribute values inert") {
  CHECK(markup_escape(R"(<script>alert("x") & 'y'</script>)") ==
        "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;");
  CHECK(markup_escape("水果「低门槛」") == "水果「低门槛」");
  CHECK(markup_escape("a\xFF"
                      "b") ==
        "a\xEF\xBF\xBD"
        "b");                                                  // invalid UTF-8
  CHECK(markup_escape("a\x1B[31mb") == "a\xEF\xBF\xBD[31mb");  // a control character
  CHECK(markup_escape("line\nnext\ttab") == "line\nnext\ttab");
}

TEST_CASE("HtmlWriter escapes text and attributes and checks nesting") {
  HtmlWriter h;
  h.open("p", {{"title", "\"><script>x</script>"}})
      .text("<b>")
      .element("a", "<i>", {{"href", "https://x.example/?a=1&b=2"}});
  h.close();
  const std::string out = h.finish();
  CHECK(out ==
        "<!DOCTYPE html>\n<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;b&gt;"
        "<a href=\"https://x.example/?a=1&amp;b=2\">&lt;i&gt;</a></p>\n");
  HtmlWriter unclosed;
  unclosed.open("div");
  CHECK_THROWS(unclosed.finish());
  CHECK_THROWS(HtmlWriter().close());
}

TEST_CASE("an industry name or alias and a rules reason holding markup appear as text") {
  test_support::MemorySource source;
  const auto dir = test_support::data_dir();
  const std::string attack = "<script>alert(1)</script>";
  source.add("features.json", {"features.json", test_support::read_bytes(dir / "features.json")});
  std::string industries = test_support::read_bytes(dir / "industries.json");
  industries = replaced(industries, R"("en": "Fruit")", R"("en": "Fruit )" + attack + R"(")");
  industries = replaced(industries, R"("fruit shop")", R"("fruit shop", "<img src=x onerror=alert(3)>")");
  source.add("industries.json", {"industries.json", industries});
  std::string rules = test_support::read_bytes(dir / "rules.json");
  rules = replaced(rules, R"("en": "{industry} has a low knowledge barrier)",
                   R"("en": "<script>alert(2)</script> {industry} has a low knowledge barrier)");
  source.add("rules.json", {"rules.json", rules});

  ProfileInput input = fruit_input();
  input.industry = "<img src=x onerror=alert(3)>";  // the alias, as a user would type it
  const auto report = make_report(load_data_set(source), input);
  const std::string html = render(*report, Lang::kEn);

  CHECK(count(html, "<script") == 0);
  CHECK(count(html, "<img") == 0);
  CHECK(html.find("Fruit &lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(2)&lt;/script&gt; Fruit &lt;script&gt;alert(1)") != std::string::npos);
}

TEST_CASE("the report is one document with its headings in order") {
  const auto report = make_report(test_support::real_data(), fruit_input());
  for (const Lang lang : {Lang::kEn, Lang::kZh}) {
    const std::string html = render(*report, lang);
    INFO("lang " << lang_code(lang));
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"", 0) == 0);
    CHECK(html.find(lang == Lang::kZh ? R"(<html lang="zh-Hans">)" : R"(<html lang="en">)") !=
          std::string::npos);
    CHECK(html.find(R"(<meta charset="utf-8">)") != std::string::npos);
    CHECK(html.find(R"(<meta name="viewport")") != std::string::npos);
    CHECK(count(html, "<title>") == 1);  // the page's; the chart's is <title id="chart-title">
    CHECK(count(html, "<main>") == 1);
    CHECK(count(html, "</html>") == 1);

    const auto levels = heading_levels(html);
    REQUIRE(!levels.empty());
    CHECK(levels.front() == 1);
    CHECK(std::count(levels.begin(), levels.end(), 1) == 1);
    for (std::size_t i = 1; i < levels.size(); ++i) {
      INFO("heading " << i << ": h" << levels[i - 1] << " then h" << levels[i]);
      CHECK(levels[i] <= levels[i - 1] + 1);
    }
    // The sections in the issue's order: answer, criteria, flips, plan, advice, table, footer.
    std::size_t last = 0;
    for (const char* id : {"<h1", R"(id="criteria")", R"(id="flips")", R"(id="plan")", R"(id="advice")",
                           R"(id="comparison")", "<footer>"}) {
      INFO(id);
      const auto at = html.find(id);
      REQUIRE(at != std::string::npos);
      CHECK(at > last);
      last = at;
    }
    CHECK(count(html, "<script") == 0);
  }
}

TEST_CASE("the report says the answer first, in the chosen language") {
  const auto report = make_report(test_support::real_data(), fruit_input());
  const std::string en = render(*report, Lang::kEn);
  CHECK(en.find("<h1>Use <span class=\"account\">WeCom</span></h1>") != std::string::npos);
  CHECK(en.find("Score 8 to 0, margin 8") != std::string::npos);
  const std::string zh = render(*report, Lang::kZh);
  CHECK(zh.find("<h1>推荐使用<span class=\"account\">企业微信</span></h1>") != std::string::npos);
  CHECK(zh.find("得分8比0，领先8分") != std::string::npos);
  CHECK(zh.find("Use ") == std::string::npos);
}

TEST_CASE("the tables have headers and the cited rows are marked") {
  const auto report = make_report(test_support::real_data(), fruit_input());
  const std::string html = render(*report, Lang::kEn);
  const std::size_t rows = report->data.features.features().size();
  // Comparison: 8 column headers; plan: 3; each row starts with a row header.
  CHECK(count(html, R"(<th scope="col">)") == 8 + 3);
  CHECK(count(html, R"(<th scope="row">)") == rows + 6);
  for (const auto& f : report->data.features.features()) {
    INFO("row " << f.no);
    CHECK(count(html, "<tbody id=\"row-" + std::to_string(f.no) + "\"") == 1);
  }
  // Row 4 (customers per account) is cited by the scale vote; the star has a word for screen readers.
  CHECK(html.find(R"(<tbody id="row-4" class="cited">)") != std::string::npos);
  CHECK(html.find(R"(<tbody id="row-1" class="plain">)") != std::string::npos);
  CHECK(html.find(R"(<span class="vh">cited</span>)") != std::string::npos);
}

TEST_CASE("the chart is inline with a text alternative") {
  const auto report = make_report(test_support::real_data(), fruit_input());
  const std::string html = render(*report, Lang::kEn);
  const auto figure = html.find(R"(<figure id="chart">)");
  REQUIRE(figure != std::string::npos);
  const auto svg = html.find("<svg ", figure);
  REQUIRE(svg != std::string::npos);
  CHECK(html.find(R"(role="img" aria-labelledby="chart-title chart-desc")", svg) != std::string::npos);
  CHECK(html.find(R"(<title id="chart-title">)", svg) != std::string::npos);
  CHECK(html.find(R"(<desc id="chart-desc">)", svg) != std::string::npos);
  CHECK(html.find("<figcaption>Customers reached day by day at the daily limits of the comparison. WeCom: 2 "
                  "accounts, at least 500 days; Personal WeChat: 6 accounts, about 834 days.</figcaption>",
                  svg) != std::string::npos);
  CHECK(html.find("<?xml") == std::string::npos);
}

TEST_CASE("the report loads nothing from the network") {
  const auto report = make_report(test_support::real_data(), fruit_input());
  for (const Lang lang : {Lang::kEn, Lang::kZh}) {
    const std::string html = render(*report, lang);
    // Only <a href> links a reader may follow, and the SVG namespace name (an identifier, never fetched).
    static const std::regex fetched(
        R"((src|srcset|data|action|poster)\s*=|url\(|@import|<link|<iframe|<object|<embed)",
        std::regex::icase);
    CHECK_FALSE(std::regex_search(html, fetched));
    static const std::regex web(R"(https?://)");
    std::size_t links = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), web); it != std::sregex_iterator(); ++it) {
      const auto at = static_cast<std::size_t>(it->position());
      const std::string before = html.substr(at > 40 ? at - 40 : 0, std::min<std::size_t>(40, at));
      const bool ok = before.ends_with("<a href=\"") || before.ends_with(">") ||
                      before.ends_with("xmlns=\"") || before.ends_with("(");
      INFO("…" << before << html.substr(at, 40));
      CHECK(ok);
      if (before.ends_with("<a href=\"")) ++links;
    }
    CHECK(links > 0);  // the public sources of the table rows are links
  }
}

TEST_CASE("the same input gives the same bytes") {
  const auto report = make_report(test_support::real_data(), fruit_input());
  CHECK(render(*report, Lang::kZh) == render(*report, Lang::kZh));
  const auto again = make_report(test_support::real_data(), fruit_input());
  CHECK(render(*report, Lang::kEn) == render(*again, Lang::kEn));
}
