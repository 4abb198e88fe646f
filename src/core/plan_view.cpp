#include "acct_advisor/plan_view.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "acct_advisor/feature_table_view.hpp"
#include "acct_advisor/text_layout.hpp"

namespace advisor {

using json = nlohmann::ordered_json;

namespace {

std::string num(double n) {
  return format_number(n);
}
std::string num(std::int64_t n) {
  return format_number(static_cast<double>(n));
}

const PlanFigure* find_basis(const AccountPlan& p, std::string_view suffix) {
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

std::string accounts_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  const bool zh = lang == Lang::kZh;
  const PlanFigure* cap = find_basis(p, ".customers_per_account");
  const PlanFigure* cap_max = find_basis(p, ".customers_per_account_max");
  std::string out = num(p.accounts_needed);
  if (plan.input.accounts)
    out += zh ? "（指定）" : " (given)";
  else if (plan.input.days && p.accounts_needed > p.accounts_for_capacity)
    out += zh ? fmt::format("（{}天内完成所需）", *plan.input.days)
              : fmt::format(" (to finish in {} days)", *plan.input.days);
  else if (cap)
    out +=
        zh ? fmt::format("（{} ÷ 每号{}，第{}项）", num(plan.input.users), num(cap->value), cap->row)
           : fmt::format(" ({} / {} per account, row {})", num(plan.input.users), num(cap->value), cap->row);
  if (cap_max && cap && cap_max->value != cap->value) {
    out += zh ? fmt::format("；按单号上限{}需{}个", num(cap_max->value), num(p.accounts_for_capacity_max))
              : fmt::format("; {} at the {} maximum", num(p.accounts_for_capacity_max), num(cap_max->value));
  }
  return out;
}

std::string daily_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  const bool zh = lang == Lang::kZh;
  if (plan.input.adding == Adding::kActive) {
    const PlanFigure* req = find_basis(p, ".active_adds_per_day");
    const PlanFigure* rate = find_basis(p, ".add_pass_rate");
    if (!req || !rate) return num(p.daily_adds_per_account);
    return zh ? fmt::format("{}（每天{}个申请 × 通过率{}，第{}、{}项）", num(p.daily_adds_per_account),
                            num(req->value), percent(rate->value), req->row, rate->row)
              : fmt::format("{} ({} requests x {} accepted, rows {} and {})", num(p.daily_adds_per_account),
                            num(req->value), percent(rate->value), req->row, rate->row);
  }
  const PlanFigure* cap = find_basis(p, ".passive_adds_per_day");
  if (!cap) return num(p.daily_adds_per_account);
  return zh ? fmt::format("{}（被动添加上限，第{}项）", num(p.daily_adds_per_account), cap->row)
            : fmt::format("{} (passive limit, row {})", num(p.daily_adds_per_account), cap->row);
}

std::string days_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  const bool zh = lang == Lang::kZh;
  if (!p.days_to_target) return zh ? "无法完成" : "cannot";
  const double per_day = p.daily_adds_per_account * static_cast<double>(p.accounts_needed);
  return zh ? fmt::format("{}（{} ÷ 每天{}）", num(*p.days_to_target), num(plan.input.users), num(per_day))
            : fmt::format("{} ({} / {} a day)", num(*p.days_to_target), num(plan.input.users), num(per_day));
}

std::string phones_cell(const Plan& plan, const AccountPlan& p, Lang lang) {
  const bool zh = lang == Lang::kZh;
  const PlanFigure* per_phone = find_basis(p, ".accounts_per_phone");
  const PlanFigure* same = find_basis(p, ".accounts_per_phone_same_entity");
  std::string out = num(p.phones_needed);
  if (same && per_phone) {
    out += zh ? fmt::format("（同一主体下每个手机号{}个号，不同主体最多{}个；{}个主体，第{}项）",
                            num(same->value), num(per_phone->value), plan.input.entities, per_phone->row)
              : fmt::format(" ({} per number within an entity, up to {} across entities; {} entit{}, row {})",
                            num(same->value), num(per_phone->value), plan.input.entities,
                            plan.input.entities == 1 ? "y" : "ies", per_phone->row);
  } else if (per_phone) {
    out += zh ? fmt::format("（每个手机号{}个号，第{}项）", num(per_phone->value), per_phone->row)
              : fmt::format(" ({} account per number, row {})", num(per_phone->value), per_phone->row);
  }
  return out;
}

std::string bar_chart(const Plan& plan, Lang lang, std::size_t width) {
  const bool zh = lang == Lang::kZh;
  std::int64_t longest = 1;
  for (Account a : kAccounts)
    if (plan.of(a).days_to_target) longest = std::max(longest, *plan.of(a).days_to_target);
  const std::size_t label_width = 17;
  const std::size_t bar_room =
      std::clamp<std::size_t>(width > label_width + 16 ? width - label_width - 16 : 10, 10, 50);
  std::string out = zh ? "达到目标所需天数：\n" : "Days to target:\n";
  for (Account a : kAccounts) {
    const AccountPlan& p = plan.of(a);
    out += "  " + pad_right(account_title(a, lang), label_width) + " ";
    if (!p.days_to_target) {
      out += zh ? "无法完成（账号数承接不了目标）\n" : "cannot reach the target with these accounts\n";
      continue;
    }
    // Bars are ASCII: block characters are ambiguous-width and misalign in CJK terminals.
    const auto len = std::max<std::size_t>(
        1, static_cast<std::size_t>(
               std::llround(static_cast<double>(bar_room) * static_cast<double>(*p.days_to_target) /
                            static_cast<double>(longest))));
    out += std::string(len, '#') + std::string(bar_room - std::min(len, bar_room), ' ');
    out += zh ? fmt::format(" {}天\n", num(*p.days_to_target))
              : fmt::format(" {} days\n", num(*p.days_to_target));
  }
  return out;
}

std::string heading(const Plan& plan, Lang lang) {
  const bool zh = lang == Lang::kZh;
  const std::string adding = zh ? (plan.input.adding == Adding::kActive ? "以主动添加为主" : "以被动添加为主")
                                : fmt::format("mostly {} adding", adding_id(plan.input.adding));
  std::string out = zh ? fmt::format("计划：{}个客户，{}", num(plan.input.users), adding)
                       : fmt::format("Plan: {} customers, {}", num(plan.input.users), adding);
  if (plan.input.days)
    out += zh ? fmt::format("，{}天内完成", *plan.input.days)
              : fmt::format(", within {} days", *plan.input.days);
  if (plan.input.accounts)
    out += zh ? fmt::format("，每种各{}个号", *plan.input.accounts)
              : fmt::format(", {} accounts of each type", *plan.input.accounts);
  return out;
}

json side_json(const AccountPlan& p) {
  json basis = json::array();
  for (const auto& b : p.basis)
    basis.push_back({{"row", b.row}, {"quantity", b.quantity}, {"value", b.value}});
  json out = {{"accounts_needed", p.accounts_needed},
              {"accounts_for_capacity", p.accounts_for_capacity},
              {"accounts_for_capacity_max", p.accounts_for_capacity_max},
              {"daily_adds_per_account", p.daily_adds_per_account},
              {"days_to_target", p.days_to_target ? json(*p.days_to_target) : json(nullptr)},
              {"phones_needed", p.phones_needed},
              {"feasible", p.feasible}};
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
    return p.days_to_target ? num(*p.days_to_target) : std::string("-");
  };
  if (lang == Lang::kZh) {
    return fmt::format("企业微信{}个号约{}天加满，个人微信{}个号约{}天（详见 plan 命令）",
                       num(plan.wecom.accounts_needed), days(plan.wecom), num(plan.personal.accounts_needed),
                       days(plan.personal));
  }
  auto about = [&](const AccountPlan& p) {
    return p.days_to_target && *p.days_to_target == 1 ? std::string("about 1 day")
                                                      : "about " + days(p) + " days";
  };
  return fmt::format("{} WeCom account{} in {}, or {} personal account{} in {} (see 'plan')",
                     num(plan.wecom.accounts_needed), plan.wecom.accounts_needed == 1 ? "" : "s",
                     about(plan.wecom), num(plan.personal.accounts_needed),
                     plan.personal.accounts_needed == 1 ? "" : "s", about(plan.personal));
}

std::string render_plan(const Plan& plan, const ReportOptions& options) {
  const Lang lang = options.lang;
  const bool zh = lang == Lang::kZh;
  if (options.format == ReportFormat::kJson) return plan_to_json(plan).dump(2) + "\n";
  const std::vector<std::pair<std::string, std::string (*)(const Plan&, const AccountPlan&, Lang)>> rows = {
      {zh ? "所需账号" : "Accounts needed", accounts_cell},
      {zh ? "每号每天加到的客户" : "Customers added per account a day", daily_cell},
      {zh ? "达到目标天数" : "Days to target", days_cell},
      {zh ? "所需手机号" : "Phone numbers", phones_cell},
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
      notes += item(fmt::format("{}: {}", account_title(a, lang), plan.of(a).note.in(lang)));
  }
  if (!notes.empty()) out += (zh ? "\n注意：\n" : "\nNotes:\n") + notes;
  out += zh ? "\n假设：\n" : "\nAssumptions:\n";
  for (const auto& a : plan.assumptions) out += item(a.in(lang));
  return out;
}

}  // namespace advisor
