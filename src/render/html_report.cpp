#include "acct_advisor/render/html_report.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "acct_advisor/messages.hpp"
#include "acct_advisor/number_words.hpp"
#include "acct_advisor/render/feature_table_view.hpp"
#include "acct_advisor/render/font_stack.hpp"
#include "acct_advisor/render/html_writer.hpp"
#include "acct_advisor/render/plan_chart.hpp"
#include "acct_advisor/render/plan_view.hpp"
#include "acct_advisor/render/recommendation_view.hpp"

namespace advisor {

namespace {

// The style sheet: one column of text on any screen, the wide comparison scrolling inside its
// own box on a phone, and print rules for A4 (no row, vote or chart cut across pages, link
// targets written out). Colours keep at least 4.5:1 contrast on their backgrounds; the chart's
// blue and vermilion are the same Okabe-Ito colours as its lines.
constexpr std::string_view kStyle = R"css(
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4d4d4d; --line: #d0d5db; --wecom: #0072b2;
  --personal: #b34700; --mark: #fff3c4; --panel: #f5f8fb; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font-family: FONT_STACK; font-size: 16px; line-height: 1.65; color: var(--ink);
  background: #ffffff; overflow-wrap: break-word; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
.kicker { margin: 0 0 .25rem; font-size: .95em; color: var(--muted); letter-spacing: .02em; }
h1 { font-size: 2.4em; line-height: 1.2; margin: 0 0 .5rem; }
h1 .account { color: var(--accent); }
h2 { font-size: 1.35em; line-height: 1.3; margin: 2.5rem 0 .8rem; padding-bottom: .3rem;
  border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05em; margin: 0 0 .2rem; }
p { margin: .4rem 0; }
a { color: #0b57a4; }
.answer { --accent: var(--wecom); border: 1px solid var(--line); border-left: 8px solid var(--accent);
  border-radius: 6px; padding: 1.25rem 1.25rem 1rem; background: var(--panel); }
.answer.personal { --accent: var(--personal); }
.score { font-size: 1.2em; font-weight: 600; margin: 0 0 1rem; }
.band { display: inline-block; padding: 0 .5rem; border-radius: 3px; background: var(--accent);
  color: #ffffff; font-weight: 600; margin-left: .4rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1.25rem; margin: 0; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
.intro { color: var(--muted); }
ol.votes, ul.plain { list-style: none; padding: 0; margin: 0; }
.vote { border-left: 4px solid var(--line); padding: .35rem 0 .35rem 1rem; margin: 0 0 1.1rem; }
.vote.wecom { border-color: var(--wecom); }
.vote.personal { border-color: var(--personal); }
.weight { font-weight: 600; white-space: nowrap; }
.vote.wecom .weight { color: var(--wecom); }
.vote.personal .weight { color: var(--personal); }
.basis { color: var(--muted); font-size: .95em; }
.basis-label { font-weight: 600; }
ul.flips li, ul.advice li { margin: 0 0 .6rem; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; margin: .5rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .93em; }
th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--line); }
thead th { background: #eef1f4; }
tbody th { font-weight: 600; }
table.comparison { min-width: 56rem; }
table.comparison td.no { white-space: nowrap; width: 3.2rem; }
table.comparison th[scope="row"] { width: 10rem; }
table.comparison td.side { width: 22%; }
table.comparison td.date { white-space: nowrap; }
table.comparison thead th { white-space: nowrap; }
table.comparison tbody tr:first-child > * { border-top: 1px solid var(--line); }
table.comparison tr.note-row > * { border-bottom: 0; padding-top: 0; font-size: .93em; color: var(--muted); }
table.comparison td, table.comparison th { border-bottom: 0; }
table.comparison tbody > tr > * { background: #ffffff; }
tbody.cited > tr > *, table.comparison tbody.cited > tr > * { background: var(--mark); }
/* The feature's name stays in view while the table scrolls sideways on a phone. */
table.comparison th[scope="row"], table.comparison thead th:nth-child(2) { position: sticky; left: 0;
  z-index: 1; box-shadow: 1px 0 0 var(--line); }
.star { color: #8a5a00; }
.note-label { font-weight: 600; }
figure { margin: 1.5rem 0; }
figure svg { display: block; width: 100%; max-width: 800px; height: auto; margin: 0 auto;
  border: 1px solid var(--line); }
figcaption { font-size: .93em; color: var(--muted); margin-top: .4rem; }
.provenance { font-size: .93em; color: var(--muted); }
footer { margin-top: 3rem; border-top: 1px solid var(--line); padding-top: 1rem; font-size: .9em;
  color: var(--muted); }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f1f3f5; color: var(--ink);
  padding: .6rem .8rem; border-radius: 4px; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace; }
pre { font-size: .88em; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 40rem) {
  h1 { font-size: 2em; }
  dl.facts { grid-template-columns: 1fr; gap: 0; }
  dl.facts dd { margin-bottom: .5rem; }
}
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { font-size: 10pt; line-height: 1.5; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 1.2rem; }
  h2, h3 { break-after: avoid; }
  .answer, .vote, figure, tr, tbody, li, dl.facts { break-inside: avoid; }
  .table-wrap { overflow: visible; border: 0; }
  table.comparison { min-width: 0; font-size: 7.5pt; }
  table.comparison th[scope="row"] { width: 12%; }
  table.comparison td.source { width: 22%; }
  table.comparison td.source a::after { font-size: 6.5pt; }
  thead { display: table-header-group; }
  figure svg { max-width: 16cm; }
  a[href^="http"]::after { content: " (" attr(href) ")"; overflow-wrap: anywhere; }
  .answer, .band, tbody.cited > tr > *, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

std::string style_sheet() {
  std::string css(kStyle);
  const std::string_view marker = "FONT_STACK";
  css.replace(css.find(marker), marker.size(), kFontStack);
  return css;
}

std::string_view side_class(Account account) {
  return account_id(account);  // "wecom" / "personal"
}

// "WeCom: 2 accounts, at least 500 days; personal WeChat: 6 accounts, about 834 days": what each
// account type needs, with the days' bound, in the report's own words (the terminal's summary
// points to the plan command, which a reader of the page does not have).
std::string fill_summary(const Plan& plan, Lang lang) {
  std::string out;
  for (Account a : kAccounts) {
    const AccountPlan& p = plan.of(a);
    if (!out.empty()) out += msg(lang, Msg::kReportFillSeparator);
    const auto account = account_title(a, lang);
    const std::string accounts = format_count(p.accounts_needed, lang);
    if (!p.days_to_target) {
      out += msg(lang, Msg::kReportFillNever, fmt::arg("account", account), fmt::arg("accounts", accounts));
      continue;
    }
    const std::string days = msg(lang, *p.days_to_target == 1 ? Msg::kDaysOne : Msg::kDaysMany,
                                 fmt::arg("days", days_value(p, lang)));
    out += msg(lang, p.accounts_needed == 1 ? Msg::kReportFillOne : Msg::kReportFillMany,
               fmt::arg("account", account), fmt::arg("accounts", accounts), fmt::arg("days", days));
  }
  return out;
}

// The answer, large, with its scores, what the margin means, the profile and the time to fill.
void answer_section(HtmlWriter& h, const HtmlReportInput& in, Lang lang) {
  const Recommendation& r = in.recommendation;
  h.open("header", {{"class", fmt::format("answer {}", side_class(r.account))}});
  h.element("p", msg(lang, Msg::kReportTitle), {{"class", "kicker"}});
  h.open("h1").text(msg(lang, Msg::kReportAnswerLabel));
  h.element("span", account_name(r.account, lang), {{"class", "account"}}).close();
  const int mine = r.scores.of(r.account), theirs = r.scores.of(other(r.account));
  h.open("p", {{"class", "score"}})
      .text(r.tie ? msg(lang, Msg::kReportScoreTie, fmt::arg("mine", mine), fmt::arg("theirs", theirs))
                  : msg(lang, Msg::kReportScore, fmt::arg("mine", mine), fmt::arg("theirs", theirs),
                        fmt::arg("margin", r.margin())));
  if (r.band) h.element("span", r.band->name.in(lang), {{"class", "band"}});
  h.close();
  h.open("dl", {{"class", "facts"}});
  if (r.band) {
    h.element("dt", msg(lang, Msg::kReportMeaning));
    h.element("dd", r.band->meaning.in(lang));
  }
  h.element("dt", msg(lang, Msg::kReportProfile));
  h.element("dd", profile_line(r, in.data, lang));
  h.element("dt", msg(lang, Msg::kReportTimeToFill));
  h.element("dd", fill_summary(in.plan, lang));
  h.close().close();
}

// Only http(s) addresses become links (never javascript: or file:); anything else stays text.
bool is_web_link(const std::string& url) {
  return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

void basis_paragraph(HtmlWriter& h, const Basis& basis, Lang lang) {
  const auto [label, text] = basis_parts(basis, lang);
  h.open("p", {{"class", "basis"}}).element("span", label, {{"class", "basis-label"}});
  if (basis.kind == BasisKind::kPublic && is_web_link(text))
    h.element("a", text, {{"href", text}});
  else
    h.text(text);
  h.close();
}

// One rule as the report lists it. Today these are the rules that fired (the votes); the
// explain issue's trace adds the rules that did not fire, each with why, as more RuleRows with
// `fired` false and `why` set, shown by the same function under their own heading.
struct RuleRow {
  std::string criterion;
  Account vote = Account::kWecom;
  int weight = 0;
  std::string reason;  ///< with the rows it cites
  const Basis* basis = nullptr;
  bool fired = true;
  std::string why;  ///< not fired: the condition that failed
};

std::vector<RuleRow> fired_rules(const Recommendation& r, const DataSet& data, Lang lang) {
  std::vector<RuleRow> rows;
  for (const auto& v : r.votes) {
    rows.push_back({criterion_name(data, v.rule->criterion, lang), v.rule->vote, v.rule->weight,
                    v.reason.in(lang) + rows_label(v.rule->features, lang), &v.rule->basis, true, ""});
  }
  return rows;
}

void rule_item(HtmlWriter& h, const RuleRow& row, Lang lang) {
  h.open("li", {{"class", fmt::format("vote {}", side_class(row.vote))}});
  h.open("h3").text(row.criterion).text(msg(lang, Msg::kColon));
  h.element("span",
            msg(lang, Msg::kReportVote, fmt::arg("weight", row.weight),
                fmt::arg("account", account_name(row.vote, lang))),
            {{"class", "weight"}});
  h.close();
  h.element("p", row.reason);
  if (!row.fired && !row.why.empty()) h.element("p", row.why, {{"class", "why"}});
  if (row.basis) basis_paragraph(h, *row.basis, lang);
  h.close();
}

void criteria_section(HtmlWriter& h, const HtmlReportInput& in, Lang lang) {
  const Recommendation& r = in.recommendation;
  h.open("section", {{"id", "criteria"}, {"aria-labelledby", "criteria-h"}});
  h.element("h2", msg(lang, Msg::kReportCriteriaHeading), {{"id", "criteria-h"}});
  h.element("p", msg(lang, Msg::kReportCriteriaIntro), {{"class", "intro"}});
  h.open("ol", {{"class", "votes"}});
  for (const auto& row : fired_rules(r, in.data, lang)) rule_item(h, row, lang);
  h.close();
  if (r.tie) {
    h.element("h3", msg(lang, Msg::kReportTie));
    h.element("p", in.data.rules.tie_reason.in(lang));
    basis_paragraph(h, in.data.rules.tie_basis, lang);
  }
  h.close();
}

void flips_section(HtmlWriter& h, const HtmlReportInput& in, Lang lang) {
  const Recommendation& r = in.recommendation;
  h.open("section", {{"id", "flips"}, {"aria-labelledby", "flips-h"}});
  h.element("h2", msg(lang, Msg::kReportFlipsHeading), {{"id", "flips-h"}});
  if (r.flips.empty()) {
    h.element("p", msg(lang, Msg::kNoFlips));
  } else {
    h.open("ul", {{"class", "flips"}});
    for (const auto& f : r.flips) h.element("li", flip_text(f, r, lang));
    h.close();
  }
  const Sweep& sweep = in.sweep;
  if (!sweep.points.empty()) {
    h.element("p", msg(lang, Msg::kReportSweepIntro,
                       fmt::arg("from", format_count(sweep.points.front().users, lang)),
                       fmt::arg("to", format_count(sweep.points.back().users, lang))));
    h.open("ul", {{"class", "flips"}});
    if (sweep.flips.empty()) {
      h.element("li", msg(lang, Msg::kReportSweepNone,
                          fmt::arg("account", account_name(sweep.points.front().recommendation, lang))));
    }
    for (const auto& f : sweep.flips) {
      h.element("li",
                msg(lang, Msg::kReportSweepFlip, fmt::arg("users", format_count(f.users, lang)),
                    fmt::arg("from", account_name(f.from, lang)), fmt::arg("to", account_name(f.to, lang))));
    }
    h.close();
  }
  h.close();
}

// The plan table, the chart inline, its notes and assumptions.
void plan_section(HtmlWriter& h, const HtmlReportInput& in, Lang lang) {
  const Plan& plan = in.plan;
  using Cell = std::string (*)(const Plan&, const AccountPlan&, Lang);
  const std::pair<Msg, Cell> rows[] = {
      {Msg::kPlanRowAccounts, accounts_cell}, {Msg::kPlanRowDaily, daily_cell},
      {Msg::kPlanRowDays, days_cell},         {Msg::kPlanRowPhones, phones_cell},
      {Msg::kPlanRowEntities, entities_cell}, {Msg::kPlanRowLiveCodes, live_codes_cell},
  };
  h.open("section", {{"id", "plan"}, {"aria-labelledby", "plan-h"}});
  h.element("h2", msg(lang, Msg::kReportPlanHeading), {{"id", "plan-h"}});
  h.open("div", {{"class", "table-wrap"}});
  h.open("table", {{"class", "plan"}});
  h.open("thead").open("tr");
  h.element("th", msg(lang, Msg::kReportPlanItem), {{"scope", "col"}});
  for (Account a : kAccounts) h.element("th", account_title(a, lang), {{"scope", "col"}});
  h.close().close();
  h.open("tbody");
  for (const auto& [label, cell] : rows) {
    h.open("tr").element("th", msg(lang, label), {{"scope", "row"}});
    for (Account a : kAccounts) h.element("td", cell(plan, plan.of(a), lang));
    h.close();
  }
  h.close().close().close();

  // The chart's own <title> and <desc> are its text alternative; the caption says it in words.
  h.open("figure", {{"id", "chart"}});
  h.trusted(render_plan_svg(plan, lang));
  h.element("figcaption", msg(lang, Msg::kReportChartCaption, fmt::arg("summary", fill_summary(plan, lang))));
  h.close();

  std::vector<std::string> notes;
  for (Account a : kAccounts)
    if (!plan.of(a).note.en.empty())
      notes.push_back(std::string(account_title(a, lang)) + std::string(msg(lang, Msg::kColon)) +
                      plan.of(a).note.in(lang));
  if (!notes.empty()) {
    h.element("h3", msg(lang, Msg::kReportNotes));
    h.open("ul");
    for (const auto& n : notes) h.element("li", n);
    h.close();
  }
  if (!plan.assumptions.empty()) {
    h.element("h3", msg(lang, Msg::kReportAssumptions));
    h.open("ul");
    for (const auto& a : plan.assumptions) h.element("li", a.in(lang));
    h.close();
  }
  h.close();
}

void advice_section(HtmlWriter& h, const HtmlReportInput& in, Lang lang) {
  const Recommendation& r = in.recommendation;
  if (r.advice.empty()) return;
  h.open("section", {{"id", "advice"}, {"aria-labelledby", "advice-h"}});
  h.element("h2", msg(lang, Msg::kReportAdviceHeading), {{"id", "advice-h"}});
  h.open("ul", {{"class", "advice"}});
  for (const auto& a : r.advice) {
    h.open("li");
    h.element("p", a.text.in(lang) + rows_label(a.advice->features, lang));
    basis_paragraph(h, a.advice->basis, lang);
    h.close();
  }
  h.close().close();
}

// "www.example.com/a/b" -> "example.com": short enough for a narrow column; the link has the rest.
std::string link_host(const std::string& url) {
  std::string host = url.substr(url.find("://") + 3);
  host = host.substr(0, host.find_first_of("/?#"));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

void source_cell(HtmlWriter& h, const Feature& f, Lang lang) {
  h.open("td", {{"class", "source"}}).text(source_kind_label(f.source, lang));
  for (const auto& url : f.source.urls) {
    h.trusted(" ");
    if (is_web_link(url))
      h.element("a", link_host(url), {{"href", url}});
    else
      h.text(url);
  }
  h.close();
}

// Every row of features.json, the cited ones highlighted and starred (the star and a hidden
// word say it without colour), each with its source and dates.
void comparison_section(HtmlWriter& h, const HtmlReportInput& in, Lang lang) {
  const FeatureTable& table = in.data.features;
  const std::vector<int> cited = all_cited_rows(in.recommendation);
  h.open("section", {{"id", "comparison"}, {"aria-labelledby", "comparison-h"}});
  h.element("h2", msg(lang, Msg::kReportTableHeading, fmt::arg("count", table.features().size())),
            {{"id", "comparison-h"}});
  h.element("p", msg(lang, Msg::kReportTableIntro), {{"class", "intro"}});
  h.open(
      "div",
      {{"class", "table-wrap"}, {"role", "region"}, {"aria-labelledby", "comparison-h"}, {"tabindex", "0"}});
  h.open("table", {{"class", "comparison"}});
  h.open("thead").open("tr");
  for (Msg col : {Msg::kColNo, Msg::kColFeature}) h.element("th", msg(lang, col), {{"scope", "col"}});
  for (Account a : kAccounts) h.element("th", account_title(a, lang), {{"scope", "col"}});
  for (Msg col : {Msg::kColFavours, Msg::kColSource, Msg::kColPublished, Msg::kColChecked})
    h.element("th", msg(lang, col), {{"scope", "col"}});
  h.close().close();
  // One tbody a row, so its note (a second line across the table) stays with it when printed.
  for (const Feature& f : table.features()) {
    const bool is_cited = std::find(cited.begin(), cited.end(), f.no) != cited.end();
    h.open("tbody", {{"id", fmt::format("row-{}", f.no)}, {"class", is_cited ? "cited" : "plain"}});
    h.open("tr");
    h.open("td", {{"class", "no"}}).text(std::to_string(f.no));
    if (is_cited) {
      h.element("span", " ★", {{"class", "star"}, {"aria-hidden", "true"}});
      h.element("span", msg(lang, Msg::kReportCited), {{"class", "vh"}});
    }
    h.close();
    h.element("th", f.name.in(lang), {{"scope", "row"}});
    for (Account a : kAccounts) h.element("td", f.side(a).text.in(lang), {{"class", "side"}});
    h.element("td", favours_label(f.favours, lang));
    source_cell(h, f, lang);
    h.element("td", published_text(f.as_of, lang), {{"class", "date"}});
    h.element("td", date_text(f.as_of.checked, lang), {{"class", "date"}});
    h.close();
    if (f.note) {
      h.open("tr", {{"class", "note-row"}}).element("td", "");
      h.open("td", {{"colspan", "7"}})
          .element("span", std::string(msg(lang, Msg::kColNote)) + std::string(msg(lang, Msg::kColon)),
                   {{"class", "note-label"}})
          .text(f.note->in(lang));
      h.close().close();
    }
    h.close();
  }
  h.close().close();
  const std::string line = provenance_line(table, {}, lang);
  if (!line.empty()) h.element("p", line, {{"class", "provenance"}});
  h.close();
}

void footer(HtmlWriter& h, const HtmlReportInput& in, const HtmlReportOptions& o) {
  const Lang lang = o.lang;
  h.open("footer");
  h.element("p",
            msg(lang, Msg::kReportFooterVersion, fmt::arg("program", "acct-advisor"),
                fmt::arg("version", o.version), fmt::arg("data_version", in.data.features.data_version())));
  const std::string cited = provenance_line(in.data.features, all_cited_rows(in.recommendation), lang);
  if (!cited.empty()) h.element("p", cited);
  h.element("p", msg(lang, Msg::kReportFooterCommand));
  h.open("pre").element("code", o.command).close();
  h.element("p", msg(lang, Msg::kReportFooterGenerated, fmt::arg("date", date_text(o.generated, lang))));
  h.close();
}

}  // namespace

std::string render_html_report(const HtmlReportInput& in, const HtmlReportOptions& options) {
  const Lang lang = options.lang;
  const Recommendation& r = in.recommendation;
  HtmlWriter h;
  h.open("html", {{"lang", std::string(language_tag(lang))}});
  h.open("head");
  h.empty("meta", {{"charset", "utf-8"}});
  h.empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
  h.empty("meta", {{"name", "generator"}, {"content", "acct-advisor " + options.version}});
  h.element("title",
            msg(lang, Msg::kReportPageTitle, fmt::arg("account", account_title(r.account, lang)),
                fmt::arg("profile", profile_line(r, in.data, lang)), fmt::arg("program", "acct-advisor")));
  h.open("style").trusted(style_sheet()).close();
  h.close();
  h.open("body").open("main");
  answer_section(h, in, lang);
  criteria_section(h, in, lang);
  flips_section(h, in, lang);
  plan_section(h, in, lang);
  advice_section(h, in, lang);
  comparison_section(h, in, lang);
  footer(h, in, options);
  h.close().close().close();
  return h.finish();
}

}  // namespace advisor
