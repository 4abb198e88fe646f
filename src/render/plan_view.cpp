#include "acct_advisor/render/plan_view.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "acct_advisor/messages.hpp"
#include "acct_advisor/number_words.hpp"
#include "acct_advisor/render/feature_table_view.hpp"
#include "acct_advisor/render/text_layout.hpp"

namespace advisor {

using json = nlohmann::ordered_json;

namespace {

// Counts as the reader writes them (3万 in Chinese); fractions and English as format_number.
std::string num(double n, Lang lang) {
  if (lang == Lang::kZh && n >= 0 && n < 1e15 && n == std::floor(n))
    return format_count(static_cast<std::int64_t>(n), lang);
  return format_number(n);
}
std::string num(std::int64_t n, Lang lang) {
  return format_count(n, lang);
}

const FigureRef* find_basis(const AccountPlan& p, std::string_view suffix) {
  for (const auto& b : p.basis) {
    if (b.quantity.size() >= suffix.size() &&
        b.quantity.compare(b.quantity.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return &b;
    }
  }
  return nullptr;
}

std::string percent(double ratio) {
  return fmt::format("{:g}%", std::round(ratio * 1000) / 10);
}

std::string rows_ref(const std::vector<int>& rows, Lang lang) {
  std::string list;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i > 0) list += msg(lang, i + 1 == rows.size() ? Msg::kListAnd : Msg::kListSeparator);
    list += std::to_string(rows[i]);
  }
  return msg(lang, rows.size() == 1 ? Msg::kRowRefOne : Msg::kRowRefMany, fmt::arg("rows", list));
}

}  // namespace

std::string accounts_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  const FigureRef* cap = find_basis(p, ".customers_per_account");
  const FigureRef* cap_max = find_basis(p, ".customers_per_account_max");
  std::string out = num(p.accounts_needed, lang);
  if (plan.input.accounts)
    out += msg(lang, Msg::kPlanGiven);
  else if (plan.input.days && p.accounts_needed > p.accounts_for_capacity)
    out += msg(lang, Msg::kPlanToFinishIn, fmt::arg("days", Count{*plan.input.days, lang}));
  else if (cap)
    out += msg(lang, Msg::kPlanAccountsDivision, fmt::arg("users", num(plan.input.users, lang)),
               fmt::arg("cap", num(cap->value, lang)), fmt::arg("row", cap->row));
  if (cap_max && cap && cap_max->value != cap->value) {
    out += msg(lang, Msg::kPlanAccountsAtMax, fmt::arg("n", num(p.accounts_for_capacity_max, lang)),
               fmt::arg("max", num(cap_max->value, lang)));
  }
  return out;
}

std::string daily_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  std::string n = num(p.daily_adds_per_account, lang);
  if (plan.input.adding == Adding::kActive) {
    const FigureRef* req = find_basis(p, ".active_adds_per_day");
    const FigureRef* rate = find_basis(p, ".add_pass_rate");
    if (!req || !rate) return n;
    return msg(lang, Msg::kPlanDailyActive, fmt::arg("n", n), fmt::arg("requests", num(req->value, lang)),
               fmt::arg("rate", percent(rate->value)), fmt::arg("row", req->row),
               fmt::arg("rate_row", rate->row));
  }
  const FigureRef* cap = find_basis(p, ".passive_adds_per_day");
  if (!cap) return n;
  return msg(lang, Msg::kPlanDailyPassive, fmt::arg("n", n), fmt::arg("row", cap->row));
}

// "at least 167" where the days rest on a ceiling (最多, 以内): they are a best case.
std::string days_value(const AccountPlan& p, Lang lang) {
  std::string n = num(*p.days_to_target, lang);
  switch (p.days_estimate) {
    case Estimate::kAtLeast:
      return std::string(msg(lang, Msg::kAtLeast)) + n;
    case Estimate::kAbout:
      return std::string(msg(lang, Msg::kAbout)) + n;
    case Estimate::kExact:
      break;
  }
  return n;
}

// "not reachable: 1 account holds at most 10,000 customers; …": the planner's reason, where
// the number of days would be.
std::string not_reachable(const AccountPlan& p, Lang lang) {
  if (p.note.en.empty()) return std::string(msg(lang, Msg::kTablesNotReachable));
  return msg(lang, Msg::kTablesNotReachableWhy, fmt::arg("why", p.note.in(lang)));
}

// "at least 167 days" / "至少167天"; the caller handles an unreachable target.
std::string days_with_unit(const AccountPlan& p, Lang lang) {
  return msg(lang, *p.days_to_target == 1 ? Msg::kDaysOne : Msg::kDaysMany,
             fmt::arg("days", days_value(p, lang)));
}

std::string days_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  if (!p.days_to_target) return not_reachable(p, lang);
  const double per_day = p.daily_adds_per_account * static_cast<double>(p.accounts_needed);
  return msg(lang, Msg::kPlanDaysDivision, fmt::arg("days", days_value(p, lang)),
             fmt::arg("users", num(plan.input.users, lang)), fmt::arg("per_day", num(per_day, lang)));
}

// WeCom only: row 4's per-entity cap, and what to do past it.
std::string entities_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  const FigureRef* cap = find_basis(p, ".customers_per_entity");
  if (!cap)
    return std::string(msg(
        lang, p.account == Account::kPersonal ? Msg::kPlanEntitiesNotApplicable : Msg::kPlanEntitiesNoLimit));
  std::string out = msg(lang, Msg::kPlanEntitiesNeeded, fmt::arg("n", num(p.entities_needed, lang)),
                        fmt::arg("cap", num(cap->value, lang)), fmt::arg("row", cap->row));
  if (p.customers_over_cap > 0) {
    out +=
        msg(lang, Msg::kPlanEntitiesOver, fmt::arg("given", num(plan.input.entities, lang)),
            fmt::arg("over", num(p.customers_over_cap, lang)),
            fmt::arg("more", num(p.entities_needed - plan.input.entities, lang)), fmt::arg("row", cap->row));
  }
  return out;
}

// WeCom only: live codes for the staff accounts (row 7), never more staff on a code than it binds.
std::string live_codes_cell(const Plan&, const AccountPlan& p, Lang lang) {
  const FigureRef* staff = find_basis(p, ".live_code_staff");
  if (!staff) return std::string(msg(lang, Msg::kPlanNoLiveCode));
  const FigureRef* staff_max = find_basis(p, ".live_code_staff_max");
  const std::string at_max =
      staff_max && p.live_codes_at_max < p.live_codes
          ? msg(lang, Msg::kPlanLiveCodesAtMax, fmt::arg("n", num(p.live_codes_at_max, lang)),
                fmt::arg("max", num(staff_max->value, lang)))
          : "";
  return msg(lang, Msg::kPlanLiveCodes, fmt::arg("n", num(p.live_codes, lang)),
             fmt::arg("staff", num(staff->value, lang)), fmt::arg("at_max", at_max),
             fmt::arg("row", staff->row));
}

std::string phones_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  const FigureRef* per_phone = find_basis(p, ".accounts_per_phone");
  const FigureRef* same = find_basis(p, ".accounts_per_phone_same_entity");
  std::string out = num(p.phones_needed, lang);
  if (same && per_phone) {
    out += msg(lang, Msg::kPlanPhonesEntity, fmt::arg("same", num(same->value, lang)),
               fmt::arg("across", num(per_phone->value, lang)),
               fmt::arg("entities", Count{plan.input.entities, lang}), fmt::arg("row", per_phone->row));
  } else if (per_phone) {
    out +=
        msg(lang, Msg::kPlanPhones, fmt::arg("n", Count{static_cast<std::int64_t>(per_phone->value), lang}),
            fmt::arg("row", per_phone->row));
  }
  return out;
}

namespace {

std::string bar_chart(const Plan& plan, Lang lang, std::size_t width) {
  std::int64_t longest = 1;
  for (Account a : kAccounts)
    if (plan.of(a).days_to_target) longest = std::max(longest, *plan.of(a).days_to_target);
  const std::size_t label_width = 17;
  // Room for the bar: what the line leaves after its indent, label and the longest days text
  // ("at least 834 days"), so no line runs past the width.
  auto days_text = [&](const AccountPlan& p) { return " " + days_with_unit(p, lang); };
  std::size_t suffix = 0;
  for (Account a : kAccounts)
    if (plan.of(a).days_to_target) suffix = std::max(suffix, display_width(days_text(plan.of(a))));
  const std::size_t fixed = 2 + label_width + 1 + suffix;
  const std::size_t bar_room = std::clamp<std::size_t>(width > fixed + 10 ? width - fixed - 1 : 10, 10, 50);
  std::string out = std::string(msg(lang, Msg::kPlanDaysHeading)) + "\n";
  for (Account a : kAccounts) {
    const AccountPlan& p = plan.of(a);
    out += "  " + pad_right(account_title(a, lang), label_width) + " ";
    if (!p.days_to_target) {
      out += std::string(msg(lang, Msg::kTablesNotReachable)) + "\n";
      continue;
    }
    // Bars are ASCII: block characters are ambiguous-width and misalign in CJK terminals.
    const auto len = std::max<std::size_t>(
        1, static_cast<std::size_t>(
               std::llround(static_cast<double>(bar_room) * static_cast<double>(*p.days_to_target) /
                            static_cast<double>(longest))));
    out += std::string(len, '#') + std::string(bar_room - std::min(len, bar_room), ' ');
    out += days_text(p) + "\n";
  }
  return out;
}

std::string heading(const Plan& plan, Lang lang) {
  std::string out = msg(
      lang, Msg::kPlanHeading, fmt::arg("users", Count{plan.input.users, lang}),
      fmt::arg("adding",
               msg(lang, plan.input.adding == Adding::kActive ? Msg::kMostlyActive : Msg::kMostlyPassive)));
  if (plan.input.days)
    out += msg(lang, Msg::kPlanWithinDays, fmt::arg("days", Count{*plan.input.days, lang}));
  if (plan.input.accounts)
    out += msg(lang, Msg::kPlanAccountsEach, fmt::arg("n", Count{*plan.input.accounts, lang}));
  return out;
}

json side_json(const AccountPlan& p) {
  json basis = json::array();
  for (const auto& b : p.basis)
    basis.push_back(
        {{"row", b.row}, {"quantity", b.quantity}, {"value", b.value}, {"bound", bound_id(b.bound)}});
  json out = {{"accounts_needed", p.accounts_needed},
              {"accounts_for_capacity", p.accounts_for_capacity},
              {"accounts_for_capacity_max", p.accounts_for_capacity_max},
              {"daily_adds_per_account", p.daily_adds_per_account},
              {"days_to_target", p.days_to_target ? json(*p.days_to_target) : json(nullptr)},
              {"days_estimate", estimate_id(p.days_estimate)},
              {"phones_needed", p.phones_needed},
              {"feasible", p.feasible}};
  if (p.account == Account::kWecom) {
    out["entities_needed"] = p.entities_needed;
    out["customers_over_cap"] = p.customers_over_cap;
    out["expansion_needed"] = p.customers_over_cap > 0;
    out["live_codes"] = p.live_codes;
    out["live_codes_at_max"] = p.live_codes_at_max;
  }
  out["note"] = p.note.en.empty() ? json(nullptr) : json{{"zh", p.note.zh}, {"en", p.note.en}};
  out["basis"] = basis;
  return out;
}

}  // namespace

json plan_to_json(const Plan& plan) {
  json profile = {{"users", plan.input.users}, {"adding", adding_id(plan.input.adding)}};
  profile["days"] = plan.input.days ? json(*plan.input.days) : json(nullptr);
  profile["accounts"] = plan.input.accounts ? json(*plan.input.accounts) : json(nullptr);
  profile["entities"] = plan.input.entities;
  json assumptions = json::array();
  for (const auto& a : plan.assumptions) assumptions.push_back({{"zh", a.zh}, {"en", a.en}});
  return {{"schema_version", 1},
          {"profile", profile},
          {"wecom", side_json(plan.wecom)},
          {"personal", side_json(plan.personal)},
          {"assumptions", assumptions}};
}

std::string capacity_summary(const Plan& plan, Lang lang) {
  auto days = [&](const AccountPlan& p) {
    return p.days_to_target ? days_with_unit(p, lang) : std::string(msg(lang, Msg::kPlanNever));
  };
  // The rows the daily rate rests on: 5 (adds a day) and, for active adding, 6 (pass rate).
  std::vector<int> rows;
  for (const char* q : {".active_adds_per_day", ".add_pass_rate", ".passive_adds_per_day"}) {
    if (plan.input.adding == Adding::kPassive && std::string_view(q) != ".passive_adds_per_day") continue;
    if (plan.input.adding == Adding::kActive && std::string_view(q) == ".passive_adds_per_day") continue;
    if (const FigureRef* f = find_basis(plan.wecom, q);
        f && std::find(rows.begin(), rows.end(), f->row) == rows.end())
      rows.push_back(f->row);
  }
  return msg(lang, Msg::kPlanCapacitySummary, fmt::arg("wecom", Count{plan.wecom.accounts_needed, lang}),
             fmt::arg("wecom_days", days(plan.wecom)),
             fmt::arg("personal", Count{plan.personal.accounts_needed, lang}),
             fmt::arg("personal_days", days(plan.personal)), fmt::arg("rows", rows_ref(rows, lang)),
             fmt::arg("command", "plan"));
}

std::string render_plan(const Plan& plan, const FeatureTable& features, const ReportOptions& options) {
  const Lang lang = options.lang;
  if (options.format == ReportFormat::kJson) return plan_to_json(plan).dump(2) + "\n";
  const std::vector<std::pair<std::string, std::string (*)(const Plan&, const AccountPlan&, Lang)>> rows = {
      {std::string(msg(lang, Msg::kPlanRowAccounts)), accounts_cell},
      {std::string(msg(lang, Msg::kPlanRowDaily)), daily_cell},
      {std::string(msg(lang, Msg::kPlanRowDays)), days_cell},
      {std::string(msg(lang, Msg::kPlanRowPhones)), phones_cell},
      {std::string(msg(lang, Msg::kPlanRowEntities)), entities_cell},
      {std::string(msg(lang, Msg::kPlanRowLiveCodes)), live_codes_cell},
  };
  std::string out;
  if (options.format == ReportFormat::kMarkdown) {
    out += "## " + heading(plan, lang) + "\n\n";
    out += fmt::format("| | {} | {} |\n|---|---|---|\n", account_title(Account::kWecom, lang),
                       account_title(Account::kPersonal, lang));
    for (const auto& [label, cell] : rows) {
      out += fmt::format("| {} | {} | {} |\n", label, cell(plan, plan.wecom, lang),
                         cell(plan, plan.personal, lang));
    }
  } else {
    append_wrapped(out, "", heading(plan, lang), options.width);
    out += "\n";
    TextTable t({"", std::string(account_title(Account::kWecom, lang)),
                 std::string(account_title(Account::kPersonal, lang))});
    for (const auto& [label, cell] : rows)
      t.add_row({label, cell(plan, plan.wecom, lang), cell(plan, plan.personal, lang)});
    out += t.render(options.width, TableStyle{options.color, options.box_drawing});
    out += "\n" + bar_chart(plan, lang, options.width);
  }
  const std::string bullet = options.format == ReportFormat::kMarkdown ? "- " : "  - ";
  // In text, a long item wraps to the terminal width with its continuation under the text.
  auto item = [&](const std::string& text) {
    if (options.format == ReportFormat::kMarkdown) return bullet + text + "\n";
    const std::size_t indent = display_width(bullet);
    std::string lines;
    for (const auto& line : wrap(text, options.width > indent + 20 ? options.width - indent : 20)) {
      lines += (lines.empty() ? bullet : std::string(indent, ' ')) + line + "\n";
    }
    return lines;
  };
  std::string notes;
  for (Account a : kAccounts) {
    // An unreachable target's note is its reason, already in the days cell.
    if (!plan.of(a).note.en.empty() && plan.of(a).days_to_target)
      notes += item(std::string(account_title(a, lang)) + std::string(msg(lang, Msg::kColon)) +
                    plan.of(a).note.in(lang));
  }
  if (!notes.empty()) out += "\n" + std::string(msg(lang, Msg::kPlanNotesHeading)) + "\n" + notes;
  out += "\n" + std::string(msg(lang, Msg::kPlanAssumptionsHeading)) + "\n";
  for (const auto& a : plan.assumptions) out += item(a.in(lang));
  // Where the figures come from and how old they are: Tencent changes these limits.
  std::vector<int> cited;
  for (Account a : kAccounts)
    for (const FigureRef& f : plan.of(a).basis) cited.push_back(f.row);
  std::sort(cited.begin(), cited.end());
  cited.erase(std::unique(cited.begin(), cited.end()), cited.end());
  if (const auto line = provenance_line(features, cited, lang); !line.empty()) {
    out += "\n";
    if (options.format == ReportFormat::kMarkdown)
      out += line + "\n";
    else
      for (const auto& l : wrap(line, options.width)) out += l + "\n";
  }
  return out;
}

}  // namespace advisor
