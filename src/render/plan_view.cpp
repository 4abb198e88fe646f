#include "acct_advisor/render/plan_view.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "acct_advisor/render/feature_table_view.hpp"
#include "acct_advisor/number_words.hpp"
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

}  // namespace

std::string accounts_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  const bool zh = lang == Lang::kZh;
  const FigureRef* cap = find_basis(p, ".customers_per_account");
  const FigureRef* cap_max = find_basis(p, ".customers_per_account_max");
  std::string out = num(p.accounts_needed, lang);
  if (plan.input.accounts)
    out += zh ? "（指定）" : " (given)";
  else if (plan.input.days && p.accounts_needed > p.accounts_for_capacity)
    out += zh ? fmt::format("（{}天内完成所需）", *plan.input.days)
              : fmt::format(" (to finish in {} days)", *plan.input.days);
  else if (cap)
    out += zh ? fmt::format("（{} ÷ 每号{}，第{}项）", num(plan.input.users, lang), num(cap->value, lang),
                            cap->row)
              : fmt::format(" ({} / {} per account, row {})", num(plan.input.users, lang),
                            num(cap->value, lang), cap->row);
  if (cap_max && cap && cap_max->value != cap->value) {
    out += zh ? fmt::format("；按单号上限{}需{}个", num(cap_max->value, lang),
                            num(p.accounts_for_capacity_max, lang))
              : fmt::format("; {} at the {} maximum", num(p.accounts_for_capacity_max, lang),
                            num(cap_max->value, lang));
  }
  return out;
}

std::string daily_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  const bool zh = lang == Lang::kZh;
  if (plan.input.adding == Adding::kActive) {
    const FigureRef* req = find_basis(p, ".active_adds_per_day");
    const FigureRef* rate = find_basis(p, ".add_pass_rate");
    if (!req || !rate) return num(p.daily_adds_per_account, lang);
    return zh ? fmt::format("{}（每天{}个申请 × 通过率{}，第{}、{}项）", num(p.daily_adds_per_account, lang),
                            num(req->value, lang), percent(rate->value), req->row, rate->row)
              : fmt::format("{} ({} requests x {} accepted, rows {} and {})",
                            num(p.daily_adds_per_account, lang), num(req->value, lang), percent(rate->value),
                            req->row, rate->row);
  }
  const FigureRef* cap = find_basis(p, ".passive_adds_per_day");
  if (!cap) return num(p.daily_adds_per_account, lang);
  return zh ? fmt::format("{}（被动添加上限，第{}项）", num(p.daily_adds_per_account, lang), cap->row)
            : fmt::format("{} (passive limit, row {})", num(p.daily_adds_per_account, lang), cap->row);
}

// "at least 167" where the days rest on a ceiling (最多, 以内): they are a best case.
std::string days_value(const AccountPlan& p, Lang lang) {
  std::string n = num(*p.days_to_target, lang);
  const bool zh = lang == Lang::kZh;
  switch (p.days_estimate) {
    case Estimate::kAtLeast:
      return zh ? "至少" + n : "at least " + n;
    case Estimate::kAbout:
      return zh ? "约" + n : "about " + n;
    case Estimate::kExact:
      break;
  }
  return n;
}

std::string days_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  const bool zh = lang == Lang::kZh;
  if (!p.days_to_target) return zh ? "无法完成（见下方“注意”）" : "cannot be reached (see Notes)";
  const double per_day = p.daily_adds_per_account * static_cast<double>(p.accounts_needed);
  return zh ? fmt::format("{}（{} ÷ 每天{}）", days_value(p, lang), num(plan.input.users, lang),
                          num(per_day, lang))
            : fmt::format("{} ({} / {} a day)", days_value(p, lang), num(plan.input.users, lang),
                          num(per_day, lang));
}

// WeCom only: row 4's per-entity cap, and what to do past it.
std::string entities_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  const bool zh = lang == Lang::kZh;
  const FigureRef* cap = find_basis(p, ".customers_per_entity");
  if (!cap)
    return p.account == Account::kPersonal ? (zh ? "不涉及" : "does not apply") : (zh ? "不限" : "no limit");
  std::string out = zh ? fmt::format("需{}个（每个主体最多{}个客户，第{}项）", num(p.entities_needed, lang),
                                     num(cap->value, lang), cap->row)
                       : fmt::format("{} needed ({} customers per entity at most, row {})",
                                     num(p.entities_needed, lang), num(cap->value, lang), cap->row);
  if (p.customers_over_cap > 0) {
    out += zh ? fmt::format(
                    "；现有{}个主体，超出上限{}个客户：需再准备{}"
                    "个企业主体（营业执照），或向官方申请扩容（有条件，见第{}项备注）",
                    plan.input.entities, num(p.customers_over_cap, lang),
                    num(p.entities_needed - plan.input.entities, lang), cap->row)
              : fmt::format(
                    "; {} given, {} over the cap: register {} more, or apply to Tencent for an "
                    "expansion (扩容; it has conditions, see row {}'s note)",
                    plan.input.entities, num(p.customers_over_cap, lang),
                    num(p.entities_needed - plan.input.entities, lang), cap->row);
  }
  return out;
}

// WeCom only: live codes for the staff accounts (row 7), never more staff on a code than it binds.
std::string live_codes_cell(const Plan&, const AccountPlan& p, Lang lang) {
  const bool zh = lang == Lang::kZh;
  const FigureRef* staff = find_basis(p, ".live_code_staff");
  if (!staff) return zh ? "无活码功能" : "no live code";
  const FigureRef* staff_max = find_basis(p, ".live_code_staff_max");
  std::string out =
      zh ? fmt::format("{}个（每个活码绑{}个员工号", num(p.live_codes, lang), num(staff->value, lang))
         : fmt::format("{} ({} staff accounts per code", num(p.live_codes, lang), num(staff->value, lang));
  if (staff_max && p.live_codes_at_max < p.live_codes)
    out += zh ? fmt::format("，最多{}个时需{}个", num(staff_max->value, lang), num(p.live_codes_at_max, lang))
              : fmt::format("; {} at the most a code binds, {}", num(p.live_codes_at_max, lang),
                            num(staff_max->value, lang));
  out += zh ? fmt::format("，第{}项）", staff->row) : fmt::format(", row {})", staff->row);
  return out;
}

std::string phones_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  const bool zh = lang == Lang::kZh;
  const FigureRef* per_phone = find_basis(p, ".accounts_per_phone");
  const FigureRef* same = find_basis(p, ".accounts_per_phone_same_entity");
  std::string out = num(p.phones_needed, lang);
  if (same && per_phone) {
    out += zh ? fmt::format(
                    "（同一主体下一个手机号只能注册{}个企微号，跨主体最多{}个；按{}个主体算，第{}项）",
                    num(same->value, lang), num(per_phone->value, lang), plan.input.entities, per_phone->row)
              : fmt::format(" ({} per number within an entity, up to {} across entities; {} entit{}, row {})",
                            num(same->value, lang), num(per_phone->value, lang), plan.input.entities,
                            plan.input.entities == 1 ? "y" : "ies", per_phone->row);
  } else if (per_phone) {
    out += zh ? fmt::format("（一个手机号只能注册{}个微信号，第{}项）", num(per_phone->value, lang),
                            per_phone->row)
              : fmt::format(" ({} account per number, row {})", num(per_phone->value, lang), per_phone->row);
  }
  return out;
}

namespace {

std::string bar_chart(const Plan& plan, Lang lang, std::size_t width) {
  const bool zh = lang == Lang::kZh;
  std::int64_t longest = 1;
  for (Account a : kAccounts)
    if (plan.of(a).days_to_target) longest = std::max(longest, *plan.of(a).days_to_target);
  const std::size_t label_width = 17;
  // Room for the bar: what the line leaves after its indent, label and the longest days text
  // ("at least 834 days"), so no line runs past the width.
  auto days_text = [&](const AccountPlan& p) {
    return zh ? fmt::format(" {}天", days_value(p, lang)) : fmt::format(" {} days", days_value(p, lang));
  };
  std::size_t suffix = 0;
  for (Account a : kAccounts)
    if (plan.of(a).days_to_target) suffix = std::max(suffix, display_width(days_text(plan.of(a))));
  const std::size_t fixed = 2 + label_width + 1 + suffix;
  const std::size_t bar_room = std::clamp<std::size_t>(width > fixed + 10 ? width - fixed - 1 : 10, 10, 50);
  std::string out = zh ? "加满所需天数：\n" : "Days to target:\n";
  for (Account a : kAccounts) {
    const AccountPlan& p = plan.of(a);
    out += "  " + pad_right(account_title(a, lang), label_width) + " ";
    if (!p.days_to_target) {
      out += zh ? "无法完成（账号数不够，承接不了这么多客户）\n"
                : "cannot reach the target with these accounts\n";
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
  const bool zh = lang == Lang::kZh;
  const std::string adding = zh ? (plan.input.adding == Adding::kActive ? "以主动添加为主" : "以被动添加为主")
                                : fmt::format("mostly {} adding", adding_id(plan.input.adding));
  std::string out = zh ? fmt::format("计划：{}个客户，{}", num(plan.input.users, lang), adding)
                       : fmt::format("Plan: {} customers, {}", num(plan.input.users, lang), adding);
  if (plan.input.days)
    out += zh ? fmt::format("，{}天内完成", *plan.input.days)
              : fmt::format(", within {} days", *plan.input.days);
  if (plan.input.accounts)
    out +=
        zh ? fmt::format("，企微、个微各{}个号", *plan.input.accounts)
           : fmt::format(", {} of each type", count_noun(*plan.input.accounts, "account", "accounts", lang));
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
    if (!p.days_to_target) return std::string(lang == Lang::kZh ? "无法加满" : "never");
    return lang == Lang::kZh ? days_value(p, lang) + "天"
                             : days_value(p, lang) + (*p.days_to_target == 1 ? " day" : " days");
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
  const std::string zh_rows = fmt::format("{}", fmt::join(rows, "、"));
  const std::string en_rows =
      fmt::format("{} {}", rows.size() == 1 ? "row" : "rows", fmt::join(rows, " and "));
  if (lang == Lang::kZh) {
    return fmt::format("企业微信{}个号{}，个人微信{}个号{}（按第{}项的每日上限算；详见 plan 命令）",
                       format_count(plan.wecom.accounts_needed, lang), days(plan.wecom),
                       format_count(plan.personal.accounts_needed, lang), days(plan.personal), zh_rows);
  }
  return fmt::format("{} in {}, or {} in {} (at the daily limits of {}; see 'plan')",
                     count_noun(plan.wecom.accounts_needed, "WeCom account", "WeCom accounts", lang),
                     days(plan.wecom),
                     count_noun(plan.personal.accounts_needed, "personal account", "personal accounts", lang),
                     days(plan.personal), en_rows);
}

std::string render_plan(const Plan& plan, const FeatureTable& features, const ReportOptions& options) {
  const Lang lang = options.lang;
  const bool zh = lang == Lang::kZh;
  if (options.format == ReportFormat::kJson) return plan_to_json(plan).dump(2) + "\n";
  const std::vector<std::pair<std::string, std::string (*)(const Plan&, const AccountPlan&, Lang)>> rows = {
      {zh ? "所需账号" : "Accounts needed", accounts_cell},
      {zh ? "每号每天可加客户数" : "Customers added per account a day", daily_cell},
      {zh ? "加满所需天数" : "Days to target", days_cell},
      {zh ? "所需手机号" : "Phone numbers", phones_cell},
      {zh ? "企业主体" : "Company entities", entities_cell},
      {zh ? "活码" : "Live codes", live_codes_cell},
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
    out += heading(plan, lang) + "\n\n";
    TextTable t({"", std::string(account_title(Account::kWecom, lang)),
                 std::string(account_title(Account::kPersonal, lang))});
    for (const auto& [label, cell] : rows)
      t.add_row({label, cell(plan, plan.wecom, lang), cell(plan, plan.personal, lang)});
    out += t.render(options.width, TableStyle{options.color});
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
    if (!plan.of(a).note.en.empty())
      notes += item(std::string(account_title(a, lang)) + (zh ? "：" : ": ") + plan.of(a).note.in(lang));
  }
  if (!notes.empty()) out += (zh ? "\n注意：\n" : "\nNotes:\n") + notes;
  out += zh ? "\n假设：\n" : "\nAssumptions:\n";
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
