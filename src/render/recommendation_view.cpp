#include "acct_advisor/render/recommendation_view.hpp"

#include <set>

#include <fmt/format.h>

#include "acct_advisor/basis.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/number_words.hpp"
#include "acct_advisor/render/feature_table_view.hpp"
#include "acct_advisor/render/plan_view.hpp"
#include "acct_advisor/render/text_layout.hpp"
#include "acct_advisor/render/trace_view.hpp"

namespace advisor {

using json = nlohmann::ordered_json;

std::string criterion_name(const DataSet& data, const std::string& id, Lang lang) {
  const Dimension* d = data.features.find_dimension(id);
  return d ? d->name.in(lang) : id;
}

std::string industry_label(const Profile& p, const DataSet& data, Lang lang) {
  std::string details(msg(lang, p.barrier == Barrier::kLow ? Msg::kBarrierLow : Msg::kBarrierHigh));
  if (p.regulated) details = msg(lang, Msg::kBarrierRegulated, fmt::arg("barrier", details));
  const Industry* industry = p.industry.empty() ? nullptr : data.industries.find(p.industry);
  if (!industry) return details;
  return msg(lang, Msg::kIndustryDetails, fmt::arg("industry", industry->name.in(lang)),
             fmt::arg("details", details));
}

std::string flip_text(const Flip& f, const Recommendation& r, Lang lang) {
  const std::string_view name = account_title(f.recommendation, lang);
  const auto to = fmt::arg("to", name);  // holds a reference: `name` must outlive it
  switch (f.change) {
    case Flip::Change::kAdding:
      return msg(lang, f.adding == Adding::kActive ? Msg::kFlipAddingActive : Msg::kFlipAddingPassive, to);
    case Flip::Change::kBarrier:
      return msg(lang, f.barrier == Barrier::kLow ? Msg::kFlipBarrierLow : Msg::kFlipBarrierHigh, to);
    case Flip::Change::kUsers:
      break;
  }
  // f.users is the first count with the other answer: above, "more than n - 1" reads as
  // operators count (超过5万).
  if (f.users < r.profile.users)
    return msg(lang, Msg::kFlipUsersFewer, fmt::arg("n", Count{f.users, lang}), to);
  return msg(lang, Msg::kFlipUsersMore, fmt::arg("n", Count{f.users - 1, lang}), to);
}

std::set<int> cited_rows(const Recommendation& r) {
  std::set<int> rows;
  for (const auto& v : r.votes) rows.insert(v.rule->features.begin(), v.rule->features.end());
  return rows;
}

// Every row a vote or an advice line cites, for the provenance line.
std::vector<int> all_cited_rows(const Recommendation& r) {
  std::set<int> rows = cited_rows(r);
  for (const auto& a : r.advice) rows.insert(a.advice->features.begin(), a.advice->features.end());
  return {rows.begin(), rows.end()};
}

std::string rows_label(const std::vector<int>& rows, Lang lang) {
  if (rows.empty()) return "";
  std::string list;
  for (int n : rows)
    list += (list.empty() ? "" : std::string(msg(lang, Msg::kListSeparator))) + std::to_string(n);
  return msg(lang, rows.size() == 1 ? Msg::kRowsCitedOne : Msg::kRowsCitedMany, fmt::arg("rows", list));
}

// The basis as a reader sees it: "依据（讲座原话）：「…」", "Basis (inference): …",
// "Basis: table rows 5, 6". Returns the label and the text to wrap under it.
std::pair<std::string, std::string> basis_parts(const Basis& b, Lang lang) {
  const std::string label = basis_label(b, lang);
  const std::string of_kind = msg(lang, Msg::kBasisOfKind, fmt::arg("kind", label));
  switch (b.kind) {
    case BasisKind::kTable:
      return {std::string(msg(lang, Msg::kBasisPlain)), label};
    case BasisKind::kLecture:
      return {of_kind, "「" + b.quote + "」"};
    case BasisKind::kPublic:
      return {of_kind, b.url};
    case BasisKind::kInference:
    case BasisKind::kAssumption:
      return {of_kind, b.why.in(lang)};
  }
  return {"", ""};
}

std::string basis_text(const Basis& b, Lang lang) {
  const auto [label, text] = basis_parts(b, lang);
  if (b.kind == BasisKind::kTable) return text;
  return basis_label(b, lang) + std::string(msg(lang, Msg::kColon)) + text;
}

namespace {

// Wrapped lines hang at a fixed indent, two columns in from the line they continue, however
// long its label ("Basis (public source): ", "Personal WeChat: ") is: the text of a section
// then lines up, and a long label does not squeeze it into a narrow column.
constexpr std::size_t kHeadHang = 2;     // Meaning, Profile, Accounts needed, Time to fill
constexpr std::size_t kDetailHang = 6;   // a reason's basis, under the reason at 4
constexpr std::size_t kFeatureHang = 8;  // a cited feature's sides and note, at 6

void append_basis(std::string& out, const Basis& b, Lang lang, std::size_t width) {
  const auto [label, text] = basis_parts(b, lang);
  append_hanging(out, "    " + label, text, width, kDetailHang);
}

std::string capacity_line(const Recommendation& r, const DataSet& data, Lang lang) {
  const auto max =
      static_cast<std::int64_t>(data.features.need(Account::kPersonal, "customers_per_account_max").value());
  const Sizing& z = r.sizing;
  // The count at the hard maximum only says something when it is fewer accounts.
  const std::string at_max =
      z.personal_accounts_max < z.personal_accounts
          ? msg(lang, Msg::kCapacityAtMax, fmt::arg("n", Count{z.personal_accounts_max, lang}),
                fmt::arg("max", Count{max, lang}))
          : "";
  return msg(lang, Msg::kCapacity, fmt::arg("wecom", Count{z.wecom_accounts, lang}),
             fmt::arg("personal", Count{z.personal_accounts, lang}), fmt::arg("at_max", at_max));
}

// Shown only when row 4's per-entity cap binds: how many entities, or an expansion.
std::string entities_line(const Recommendation& r, const DataSet& data, Lang lang) {
  const Sizing& z = r.sizing;
  const auto cap = data.features.quantity(Account::kWecom, "customers_per_entity");
  if (!z.expansion_needed || !cap) return "";
  return msg(lang, Msg::kEntitiesNeeded,
             fmt::arg("per", Count{static_cast<std::int64_t>(cap->value()), lang}),
             fmt::arg("row", cap->feature->no), fmt::arg("needed", Count{z.wecom_entities_needed, lang}),
             fmt::arg("given", Count{z.entities, lang}));
}

}  // namespace

std::string profile_line(const Recommendation& r, const DataSet& data, Lang lang) {
  const Profile& p = r.profile;
  std::string out =
      fmt::format("{} · {} · {}", msg(lang, Msg::kCustomers, fmt::arg("n", Count{p.users, lang})),
                  industry_label(p, data, lang),
                  msg(lang, p.adding == Adding::kActive ? Msg::kMostlyActive : Msg::kMostlyPassive));
  if (p.entities > 1) out += msg(lang, Msg::kProfileEntities, fmt::arg("n", Count{p.entities, lang}));
  if (p.within_days) out += msg(lang, Msg::kProfileWithin, fmt::arg("n", Count{*p.within_days, lang}));
  return out;
}

namespace {

std::string render_text(const Recommendation& r, const DataSet& data, const ReportOptions& o,
                        const Plan* plan) {
  const Lang lang = o.lang;
  const std::size_t width = std::min<std::size_t>(o.width, 120);
  auto label = [lang](Msg id) { return std::string(msg(lang, id)); };
  auto heading = [lang](Msg id) { return std::string(msg(lang, id)) + "\n"; };
  std::string out;
  const std::string bold = o.color ? "\x1b[1m" : "", reset = o.color ? "\x1b[0m" : "";
  for (const auto& line : wrap(headline(r, lang), width)) {
    out += bold;
    out += line;
    out += reset;
    out += '\n';
  }
  if (r.band) append_hanging(out, label(Msg::kLabelMeaning), r.band->meaning.in(lang), width, kHeadHang);
  out += "\n";
  append_hanging(out, label(Msg::kLabelProfile), profile_line(r, data, lang), width, kHeadHang);
  append_hanging(out, label(Msg::kLabelAccountsNeeded), capacity_line(r, data, lang), width, kHeadHang);
  if (const auto line = entities_line(r, data, lang); !line.empty())
    append_hanging(out, label(Msg::kLabelEntities), line, width, kHeadHang);
  if (plan)
    append_hanging(out, label(Msg::kLabelTimeToFill), capacity_summary(*plan, lang), width, kHeadHang);
  out += "\n";

  out += heading(Msg::kCriteriaHeading);
  for (const auto& v : r.votes) {
    out += "  " +
           msg(lang, Msg::kVoteLine, fmt::arg("criterion", criterion_name(data, v.rule->criterion, lang)),
               fmt::arg("account", account_title(v.rule->vote, lang)), fmt::arg("weight", v.rule->weight)) +
           "\n";
    append_wrapped(out, "    ", v.reason.in(lang) + rows_label(v.rule->features, lang), width);
    append_basis(out, v.rule->basis, lang, width);
  }
  if (r.tie) {
    out += "  " + heading(Msg::kTieHeading);
    append_wrapped(out, "    ", data.rules.tie_reason.in(lang), width);
    append_basis(out, data.rules.tie_basis, lang, width);
  }
  if (o.explain) out += "\n" + render_trace_text(r, lang, width);

  out += "\n" + heading(Msg::kFeaturesCitedHeading);
  const std::string colon(msg(lang, Msg::kColon));
  for (int no : cited_rows(r)) {
    const Feature* f = data.features.find_no(no);
    if (!f) continue;
    out += fmt::format("  {:>2}. {}\n", f->no, f->name.in(lang));
    append_hanging(out, fmt::format("      {}{}", account_title(Account::kWecom, lang), colon),
                   f->wecom.text.in(lang), width, kFeatureHang);
    append_hanging(out, fmt::format("      {}{}", account_title(Account::kPersonal, lang), colon),
                   f->personal.text.in(lang), width, kFeatureHang);
    if (f->note)
      append_hanging(out, "      " + label(Msg::kLabelNote), f->note->in(lang), width, kFeatureHang);
  }
  if (!r.advice.empty()) {
    out += "\n" + heading(Msg::kAdviceHeading);
    for (const auto& a : r.advice) {
      append_wrapped(out, "  - ", a.text.in(lang) + rows_label(a.advice->features, lang), width);
      append_basis(out, a.advice->basis, lang, width);
    }
  }
  out += "\n" + heading(Msg::kFlipsHeading);
  if (r.flips.empty()) append_wrapped(out, "  ", label(Msg::kNoFlips), width);
  for (const auto& f : r.flips) append_wrapped(out, "  - ", flip_text(f, r, lang), width);
  // Where the figures come from and how old they are: Tencent changes these limits.
  if (const auto line = provenance_line(data.features, all_cited_rows(r), lang); !line.empty()) {
    out += "\n";
    for (const auto& l : wrap(line, width)) out += l + "\n";
  }
  return out;
}

std::string render_markdown(const Recommendation& r, const DataSet& data, Lang lang) {
  auto label = [lang](Msg id) { return std::string(msg(lang, id)); };
  std::string out = fmt::format("## {}\n\n", headline(r, lang));
  if (r.band) out += label(Msg::kLabelMeaning) + r.band->meaning.in(lang) + "\n\n";
  out += label(Msg::kLabelProfile) + profile_line(r, data, lang) + "\n\n";
  out += label(Msg::kLabelAccountsNeeded) + capacity_line(r, data, lang) + "\n\n";
  if (const auto line = entities_line(r, data, lang); !line.empty())
    out += label(Msg::kLabelEntities) + line + "\n\n";
  out += label(Msg::kMdVotesHeader) + "\n|---|---|---:|---|---|\n";
  for (const auto& v : r.votes) {
    out +=
        fmt::format("| {} | {} | {} | {} | {} |\n", criterion_name(data, v.rule->criterion, lang),
                    account_title(v.rule->vote, lang), v.rule->weight,
                    v.reason.in(lang) + rows_label(v.rule->features, lang), basis_text(v.rule->basis, lang));
  }
  if (r.tie) {
    out += "\n" +
           msg(lang, Msg::kMdTie, fmt::arg("reason", data.rules.tie_reason.in(lang)),
               fmt::arg("basis", basis_text(data.rules.tie_basis, lang))) +
           "\n";
  }
  out += render_trace_markdown(r, data, lang);
  if (!r.advice.empty()) {
    out += "\n" + label(Msg::kMdAdviceHeading) + "\n\n";
    for (const auto& a : r.advice) {
      out += fmt::format("- {}{}\n  {}{}\n", a.text.in(lang), rows_label(a.advice->features, lang),
                         label(Msg::kBasisPlain), basis_text(a.advice->basis, lang));
    }
  }
  out += "\n" + label(Msg::kMdFlipsHeading) + "\n\n";
  if (r.flips.empty()) out += "- " + label(Msg::kMdNoFlips) + "\n";
  for (const auto& f : r.flips) out += "- " + flip_text(f, r, lang) + "\n";
  if (const auto line = provenance_line(data.features, all_cited_rows(r), lang); !line.empty())
    out += "\n" + line + "\n";
  return out;
}

json text_json(const LocalizedText& t) {
  return {{"zh", t.zh}, {"en", t.en}};
}

}  // namespace

std::string headline(const Recommendation& r, Lang lang) {
  return msg(lang, r.tie ? Msg::kHeadlineTie : Msg::kHeadline,
             fmt::arg("account", account_title(r.account, lang)),
             fmt::arg("band", r.band ? r.band->name.in(lang) : ""), fmt::arg("mine", r.scores.of(r.account)),
             fmt::arg("theirs", r.scores.of(other(r.account))), fmt::arg("margin", r.margin()));
}

json recommendation_to_json(const Recommendation& r, const DataSet& data, const Plan* plan) {
  json profile = {{"users", r.profile.users}};
  profile["industry"] = r.profile.industry.empty() ? json(nullptr) : json(r.profile.industry);
  profile["barrier"] = barrier_id(r.profile.barrier);
  profile["regulated"] = r.profile.regulated;
  profile["adding"] = adding_id(r.profile.adding);
  profile["entities"] = r.profile.entities;
  profile["within_days"] = r.profile.within_days ? json(*r.profile.within_days) : json(nullptr);
  json criteria = json::array();
  for (const auto& v : r.votes) {
    criteria.push_back({{"id", v.rule->criterion},
                        {"rule", v.rule->id},
                        {"vote", account_id(v.rule->vote)},
                        {"weight", v.rule->weight},
                        {"reason", text_json(v.reason)},
                        {"features", v.rule->features},
                        {"basis", basis_to_json(v.rule->basis)}});
  }
  json advice = json::array();
  for (const auto& a : r.advice) {
    advice.push_back({{"id", a.advice->id},
                      {"text", text_json(a.text)},
                      {"features", a.advice->features},
                      {"basis", basis_to_json(a.advice->basis)}});
  }
  json flips = json::array();
  for (const auto& f : r.flips) {
    json from, to;
    switch (f.change) {
      case Flip::Change::kAdding:
        from = adding_id(r.profile.adding);
        to = adding_id(f.adding);
        break;
      case Flip::Change::kBarrier:
        from = barrier_id(r.profile.barrier);
        to = barrier_id(f.barrier);
        break;
      case Flip::Change::kUsers:
        from = r.profile.users;
        to = f.users;
        break;
    }
    flips.push_back({{"change", change_id(f.change)},
                     {"from", from},
                     {"to", to},
                     {"recommendation", account_id(f.recommendation)}});
  }
  (void)data;
  json out = {{"schema_version", 1},
              {"profile", profile},
              {"recommendation", account_id(r.account)},
              {"scores", {{"wecom", r.scores.wecom}, {"personal", r.scores.personal}}},
              {"margin", r.margin()},
              {"margin_band", r.band ? json{{"id", r.band->id},
                                            {"name", text_json(r.band->name)},
                                            {"meaning", text_json(r.band->meaning)}}
                                     : json(nullptr)},
              {"tie", r.tie},
              {"capacity",
               {{"wecom_accounts", r.sizing.wecom_accounts},
                {"personal_accounts", r.sizing.personal_accounts},
                {"personal_accounts_max", r.sizing.personal_accounts_max},
                {"wecom_entities_needed", r.sizing.wecom_entities_needed},
                {"expansion_needed", r.sizing.expansion_needed},
                {"live_codes", r.sizing.live_codes}}},
              {"speed",
               {{"wecom_days", r.sizing.wecom_days},
                {"personal_days", r.sizing.personal_days},
                {"wecom_estimate", estimate_id(r.sizing.wecom_days_estimate)},
                {"personal_estimate", estimate_id(r.sizing.personal_days_estimate)},
                {"target_days", r.sizing.target_days},
                {"wecom_in_time", r.sizing.wecom_in_time},
                {"personal_in_time", r.sizing.personal_in_time}}},
              {"criteria", criteria},
              {"advice", advice},
              {"flips", flips},
              {"trace", trace_to_json(r.trace)}};
  if (plan) {
    auto side = [](const AccountPlan& p) {
      return json{{"accounts_needed", p.accounts_needed},
                  {"days_to_target", p.days_to_target ? json(*p.days_to_target) : json(nullptr)},
                  {"days_estimate", estimate_id(p.days_estimate)}};
    };
    out["plan"] = {{"wecom", side(plan->wecom)}, {"personal", side(plan->personal)}};
  }
  return out;
}

std::string render_recommendation(const Recommendation& r, const DataSet& data, const ReportOptions& options,
                                  const Plan* plan) {
  switch (options.format) {
    case ReportFormat::kText:
      return render_text(r, data, options, plan);
    case ReportFormat::kMarkdown:
      return render_markdown(r, data, options.lang);
    case ReportFormat::kJson:
      return recommendation_to_json(r, data, plan).dump(2) + "\n";
  }
  return "";
}

void append_recommendation_json(const Recommendation& r, const DataSet& data, std::string& out) {
  out += recommendation_to_json(r, data).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace advisor
