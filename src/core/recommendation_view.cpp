#include "acct_advisor/recommendation_view.hpp"

#include <set>

#include <fmt/format.h>

#include "acct_advisor/feature_table_view.hpp"
#include "acct_advisor/plan_view.hpp"
#include "acct_advisor/text_layout.hpp"

namespace advisor {

using json = nlohmann::ordered_json;

namespace {

std::string num(std::int64_t n) {
  return format_number(static_cast<double>(n));
}

std::string criterion_name(const DataSet& data, const std::string& id, Lang lang) {
  const Dimension* d = data.features.find_dimension(id);
  return d ? d->name.in(lang) : id;
}

std::string industry_label(const Profile& p, const DataSet& data, Lang lang) {
  const bool zh = lang == Lang::kZh;
  std::string barrier = zh ? (p.barrier == Barrier::kLow ? "低门槛" : "高门槛")
                           : fmt::format("{} barrier", barrier_id(p.barrier));
  const Industry* industry = p.industry.empty() ? nullptr : data.industries.find(p.industry);
  if (!industry) return barrier;
  return zh ? fmt::format("{}（{}{}）", industry->name.zh, barrier, p.regulated ? "，强监管" : "")
            : fmt::format("{} ({}{})", industry->name.en, barrier, p.regulated ? ", regulated" : "");
}

std::string flip_text(const Flip& f, const Recommendation& r, Lang lang) {
  const bool zh = lang == Lang::kZh;
  const auto to = account_name(f.recommendation, lang);
  if (f.change == "adding") {
    return zh ? fmt::format("改为以{}为主：{}", f.to == "active" ? "主动添加" : "被动添加", to)
              : fmt::format("with mostly {} adding: {}", f.to, to);
  }
  if (f.change == "barrier") {
    return zh ? fmt::format("若行业门槛为{}：{}", f.to == "low" ? "低" : "高", to)
              : fmt::format("with a {}-barrier industry: {}", f.to, to);
  }
  const std::int64_t n = std::stoll(f.to);
  if (n < r.profile.users) {
    return zh ? fmt::format("客户数不超过{}：{}", num(n), to)
              : fmt::format("with {} customers or fewer: {}", num(n), to);
  }
  return zh ? fmt::format("客户数达到{}：{}", num(n), to)
            : fmt::format("with {} customers or more: {}", num(n), to);
}

std::set<int> cited_rows(const Recommendation& r) {
  std::set<int> rows;
  for (const auto& v : r.votes) rows.insert(v.rule->features.begin(), v.rule->features.end());
  return rows;
}

std::string rows_label(const std::vector<int>& rows, Lang lang) {
  std::string out;
  for (int n : rows) out += (out.empty() ? "" : (lang == Lang::kZh ? "、" : ", ")) + std::to_string(n);
  return lang == Lang::kZh ? fmt::format("（第{}项）", out)
                           : fmt::format(" (row{} {})", rows.size() == 1 ? "" : "s", out);
}

// Indents wrapped text under a label, so long reasons stay readable in a narrow terminal.
void append_wrapped(std::string& out, std::string_view first_prefix, std::string_view text,
                    std::size_t width) {
  const std::size_t indent = display_width(first_prefix);
  const std::size_t room = width > indent + 20 ? width - indent : 20;
  bool first = true;
  for (const auto& line : wrap(text, room)) {
    out += first ? std::string(first_prefix) : std::string(indent, ' ');
    out += line + "\n";
    first = false;
  }
}

std::string capacity_line(const Recommendation& r, const DataSet& data, Lang lang) {
  const auto max = data.features.need(Account::kPersonal, "customers_per_account_max").value();
  // The count at the hard maximum only says something when it is fewer accounts.
  const bool fewer_at_max = r.capacity.personal_accounts_max < r.capacity.personal_accounts;
  if (lang == Lang::kZh) {
    const std::string at_max = fewer_at_max ? fmt::format("（按单号上限{}算{}个）", format_number(max),
                                                          num(r.capacity.personal_accounts_max))
                                            : "";
    return fmt::format("企业微信{}个号，或个人微信{}个号{}", num(r.capacity.wecom_accounts),
                       num(r.capacity.personal_accounts), at_max);
  }
  const std::string at_max =
      fewer_at_max
          ? fmt::format(" ({} at the {} maximum)", num(r.capacity.personal_accounts_max), format_number(max))
          : "";
  return fmt::format("{} WeCom account{}, or {} personal WeChat account{}{}", num(r.capacity.wecom_accounts),
                     r.capacity.wecom_accounts == 1 ? "" : "s", num(r.capacity.personal_accounts),
                     r.capacity.personal_accounts == 1 ? "" : "s", at_max);
}

std::string customers(std::int64_t n, Lang lang) {
  if (lang == Lang::kZh) return num(n) + "个客户";
  return num(n) + (n == 1 ? " customer" : " customers");
}

std::string profile_line(const Recommendation& r, const DataSet& data, Lang lang) {
  const bool zh = lang == Lang::kZh;
  const std::string adding = zh ? (r.profile.adding == Adding::kActive ? "以主动添加为主" : "以被动添加为主")
                                : fmt::format("mostly {} adding", adding_id(r.profile.adding));
  return fmt::format("{} · {} · {}", customers(r.profile.users, lang), industry_label(r.profile, data, lang),
                     adding);
}

std::string render_text(const Recommendation& r, const DataSet& data, const ReportOptions& o,
                        const Plan* plan) {
  const Lang lang = o.lang;
  const bool zh = lang == Lang::kZh;
  const std::size_t width = std::min<std::size_t>(o.width, 120);
  std::string out;
  const std::string bold = o.color ? "\x1b[1m" : "", reset = o.color ? "\x1b[0m" : "";
  out += bold + headline(r, lang) + reset + "\n\n";
  append_wrapped(out, zh ? "画像：" : "Profile: ", profile_line(r, data, lang), width);
  append_wrapped(out, zh ? "所需账号：" : "Accounts needed: ", capacity_line(r, data, lang), width);
  if (plan) append_wrapped(out, zh ? "加满用时：" : "Time to fill: ", capacity_summary(*plan, lang), width);
  out += "\n";

  out += zh ? "各维度的判断：\n" : "Criteria:\n";
  for (const auto& v : r.votes) {
    const std::string prefix = fmt::format("  {} +{} {}: ", criterion_name(data, v.rule->criterion, lang),
                                           v.rule->weight, account_name(v.rule->vote, lang));
    append_wrapped(out, prefix, v.reason.in(lang) + rows_label(v.rule->features, lang), width);
  }
  if (r.tie) append_wrapped(out, zh ? "  平局：" : "  Tie: ", data.rules.tie_reason.in(lang), width);

  out += zh ? "\n依据的功能对比：\n" : "\nFeatures cited:\n";
  for (int no : cited_rows(r)) {
    const Feature* f = data.features.find_no(no);
    if (!f) continue;
    out += fmt::format("  {:>2}. {}\n", f->no, f->name.in(lang));
    append_wrapped(out, fmt::format("      {}: ", account_title(Account::kWecom, lang)),
                   f->wecom.text.in(lang), width);
    append_wrapped(out, fmt::format("      {}: ", account_title(Account::kPersonal, lang)),
                   f->personal.text.in(lang), width);
  }
  if (!r.advice.empty()) {
    out += zh ? "\n建议：\n" : "\nAdvice:\n";
    for (const auto& a : r.advice)
      append_wrapped(out, "  - ", a.text.in(lang) + rows_label(a.advice->features, lang), width);
  }
  out += zh ? "\n什么情况下结论会改变：\n" : "\nWhat would change the answer:\n";
  if (r.flips.empty()) {
    out += zh ? "  改变添加形式、行业门槛或客户规模中的任何一项都不会改变结论。\n"
              : "  No single change of adding mode, barrier or customer count changes it.\n";
  }
  for (const auto& f : r.flips) append_wrapped(out, "  - ", flip_text(f, r, lang), width);
  return out;
}

std::string render_markdown(const Recommendation& r, const DataSet& data, Lang lang) {
  const bool zh = lang == Lang::kZh;
  std::string out = fmt::format("## {}\n\n", headline(r, lang));
  out += fmt::format("{}{}\n\n", zh ? "画像：" : "Profile: ", profile_line(r, data, lang));
  out += fmt::format("{}{}\n\n", zh ? "所需账号：" : "Accounts needed: ", capacity_line(r, data, lang));
  out +=
      zh ? "| 维度 | 投票 | 权重 | 理由 | 功能 |\n" : "| Criterion | Vote | Weight | Reason | Features |\n";
  out += "|---|---|---:|---|---|\n";
  for (const auto& v : r.votes) {
    std::string rows;
    for (int n : v.rule->features) rows += (rows.empty() ? "" : ", ") + std::to_string(n);
    out += fmt::format("| {} | {} | {} | {} | {} |\n", criterion_name(data, v.rule->criterion, lang),
                       account_name(v.rule->vote, lang), v.rule->weight, v.reason.in(lang), rows);
  }
  if (!r.advice.empty()) {
    out += zh ? "\n### 建议\n\n" : "\n### Advice\n\n";
    for (const auto& a : r.advice) out += "- " + a.text.in(lang) + "\n";
  }
  out += zh ? "\n### 什么情况下结论会改变\n\n" : "\n### What would change the answer\n\n";
  if (r.flips.empty()) out += zh ? "- 无\n" : "- nothing in a single change\n";
  for (const auto& f : r.flips) out += "- " + flip_text(f, r, lang) + "\n";
  return out;
}

json text_json(const LocalizedText& t) {
  return {{"zh", t.zh}, {"en", t.en}};
}

}  // namespace

std::string headline(const Recommendation& r, Lang lang) {
  const auto name = account_name(r.account, lang);
  const int mine = r.scores.of(r.account), theirs = r.scores.of(other(r.account));
  if (lang == Lang::kZh) {
    return fmt::format("推荐：{}（得分 {} 比 {}，差 {}{}）", name, mine, theirs, r.margin(),
                       r.tie ? "，平局按平局规则判定" : "");
  }
  return fmt::format("Recommendation: {} (score {} to {}, margin {}{})", name, mine, theirs, r.margin(),
                     r.tie ? "; a tie, broken by the tie rule" : "");
}

json recommendation_to_json(const Recommendation& r, const DataSet& data, const Plan* plan) {
  json profile = {{"users", r.profile.users}};
  profile["industry"] = r.profile.industry.empty() ? json(nullptr) : json(r.profile.industry);
  profile["barrier"] = barrier_id(r.profile.barrier);
  profile["regulated"] = r.profile.regulated;
  profile["adding"] = adding_id(r.profile.adding);
  json criteria = json::array();
  for (const auto& v : r.votes) {
    criteria.push_back({{"id", v.rule->criterion},
                        {"rule", v.rule->id},
                        {"vote", account_id(v.rule->vote)},
                        {"weight", v.rule->weight},
                        {"reason", text_json(v.reason)},
                        {"features", v.rule->features}});
  }
  json advice = json::array();
  for (const auto& a : r.advice) {
    advice.push_back({{"id", a.advice->id}, {"text", text_json(a.text)}, {"features", a.advice->features}});
  }
  json flips = json::array();
  for (const auto& f : r.flips) {
    json to = f.change == "users" ? json(std::stoll(f.to)) : json(f.to);
    json from = f.change == "users" ? json(std::stoll(f.from)) : json(f.from);
    flips.push_back(
        {{"change", f.change}, {"from", from}, {"to", to}, {"recommendation", account_id(f.recommendation)}});
  }
  (void)data;
  json out = {{"schema_version", 1},
              {"profile", profile},
              {"recommendation", account_id(r.account)},
              {"scores", {{"wecom", r.scores.wecom}, {"personal", r.scores.personal}}},
              {"margin", r.margin()},
              {"tie", r.tie},
              {"capacity",
               {{"wecom_accounts", r.capacity.wecom_accounts},
                {"personal_accounts", r.capacity.personal_accounts},
                {"personal_accounts_max", r.capacity.personal_accounts_max}}},
              {"criteria", criteria},
              {"advice", advice},
              {"flips", flips}};
  if (plan) {
    auto side = [](const AccountPlan& p) {
      return json{{"accounts_needed", p.accounts_needed},
                  {"days_to_target", p.days_to_target ? json(*p.days_to_target) : json(nullptr)}};
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

}  // namespace advisor
