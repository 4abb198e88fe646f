#include "acct_advisor/render/recommendation_view.hpp"

#include <set>

#include <fmt/format.h>

#include "acct_advisor/basis.hpp"
#include "acct_advisor/render/feature_table_view.hpp"
#include "acct_advisor/number_words.hpp"
#include "acct_advisor/render/plan_view.hpp"
#include "acct_advisor/render/text_layout.hpp"

namespace advisor {

using json = nlohmann::ordered_json;

namespace {

std::string num(std::int64_t n, Lang lang = Lang::kEn) {
  return format_count(n, lang);
}

}  // namespace

std::string criterion_name(const DataSet& data, const std::string& id, Lang lang) {
  const Dimension* d = data.features.find_dimension(id);
  return d ? d->name.in(lang) : id;
}

std::string industry_label(const Profile& p, const DataSet& data, Lang lang) {
  const bool zh = lang == Lang::kZh;
  std::string barrier = zh ? (p.barrier == Barrier::kLow ? "低门槛" : "高门槛")
                           : fmt::format("{} barrier", barrier_id(p.barrier));
  const Industry* industry = p.industry.empty() ? nullptr : data.industries.find(p.industry);
  if (!industry) {
    if (!p.regulated) return barrier;
    return zh ? barrier + "，强监管" : barrier + ", regulated";
  }
  return zh ? fmt::format("{}（{}{}）", industry->name.zh, barrier, p.regulated ? "，强监管" : "")
            : fmt::format("{} ({}{})", industry->name.en, barrier, p.regulated ? ", regulated" : "");
}

std::string flip_text(const Flip& f, const Recommendation& r, Lang lang) {
  const bool zh = lang == Lang::kZh;
  const auto to = account_name(f.recommendation, lang);
  switch (f.change) {
    case Flip::Change::kAdding:
      return zh ? fmt::format("改为以{}为主：{}", f.adding == Adding::kActive ? "主动添加" : "被动添加", to)
                : fmt::format("with mostly {} adding: {}", adding_id(f.adding), to);
    case Flip::Change::kBarrier:
      return zh ? fmt::format("如果换成{}门槛行业：{}", f.barrier == Barrier::kLow ? "低" : "高", to)
                : fmt::format("with a {}-barrier industry: {}", barrier_id(f.barrier), to);
    case Flip::Change::kUsers:
      break;
  }
  const std::int64_t n = f.users;
  if (n < r.profile.users) {
    return zh ? fmt::format("客户数不超过{}：{}", num(n, lang), to)
              : fmt::format("with {} or fewer: {}", count_noun(n, "customer", "customers", lang), to);
  }
  // n is the first count with the other answer: "more than n - 1" reads as operators count (超过5万).
  return zh ? fmt::format("客户数超过{}：{}", num(n - 1, lang), to)
            : fmt::format("with more than {}: {}", count_noun(n - 1, "customer", "customers", lang), to);
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
  std::string out;
  for (int n : rows) out += (out.empty() ? "" : (lang == Lang::kZh ? "、" : ", ")) + std::to_string(n);
  return lang == Lang::kZh ? fmt::format("（第{}项）", out)
                           : fmt::format(" (row{} {})", rows.size() == 1 ? "" : "s", out);
}

// The basis as a reader sees it: "依据（讲座原话）：「…」", "Basis (inference): …",
// "Basis: table rows 5, 6". Returns the label and the text to wrap under it.
std::pair<std::string, std::string> basis_parts(const Basis& b, Lang lang) {
  const bool zh = lang == Lang::kZh;
  const std::string label = basis_label(b, lang);
  switch (b.kind) {
    case BasisKind::kTable:
      return {zh ? "依据：" : "Basis: ", label};
    case BasisKind::kLecture:
      return {zh ? "依据（" + label + "）：" : "Basis (" + label + "): ", "「" + b.quote + "」"};
    case BasisKind::kPublic:
      return {zh ? "依据（" + label + "）：" : "Basis (" + label + "): ", b.url};
    case BasisKind::kInference:
    case BasisKind::kAssumption:
      return {zh ? "依据（" + label + "）：" : "Basis (" + label + "): ", b.why.in(lang)};
  }
  return {"", ""};
}

std::string basis_text(const Basis& b, Lang lang) {
  const auto [label, text] = basis_parts(b, lang);
  if (b.kind == BasisKind::kTable) return text;
  return basis_label(b, lang) + (lang == Lang::kZh ? "：" : ": ") + text;
}

namespace {

void append_basis(std::string& out, const Basis& b, Lang lang, std::size_t width) {
  const auto [label, text] = basis_parts(b, lang);
  append_wrapped(out, "    " + label, text, width);
}

std::string capacity_line(const Recommendation& r, const DataSet& data, Lang lang) {
  const auto max =
      static_cast<std::int64_t>(data.features.need(Account::kPersonal, "customers_per_account_max").value());
  const Sizing& z = r.sizing;
  // The count at the hard maximum only says something when it is fewer accounts.
  const bool fewer_at_max = z.personal_accounts_max < z.personal_accounts;
  if (lang == Lang::kZh) {
    const std::string at_max = fewer_at_max ? fmt::format("（若每号加到上限{}，需{}个号）", num(max, lang),
                                                          num(z.personal_accounts_max, lang))
                                            : "";
    return fmt::format("企业微信{}个号，或个人微信{}个号{}", num(z.wecom_accounts, lang),
                       num(z.personal_accounts, lang), at_max);
  }
  const std::string at_max =
      fewer_at_max ? fmt::format(" ({} at the {} maximum)", num(z.personal_accounts_max), num(max)) : "";
  return fmt::format(
      "{}, or {}{}", count_noun(z.wecom_accounts, "WeCom account", "WeCom accounts", lang),
      count_noun(z.personal_accounts, "personal WeChat account", "personal WeChat accounts", lang), at_max);
}

// Shown only when row 4's per-entity cap binds: how many entities, or an expansion.
std::string entities_line(const Recommendation& r, const DataSet& data, Lang lang) {
  const Sizing& z = r.sizing;
  const auto cap = data.features.quantity(Account::kWecom, "customers_per_entity");
  if (!z.expansion_needed || !cap) return "";
  const auto per = static_cast<std::int64_t>(cap->value());
  if (lang == Lang::kZh) {
    return fmt::format(
        "每个企业主体的企微最多加{}个客户（第{}项），需要{}个企业主体（现有{}"
        "个），或向官方申请扩容（有条件，见第{}项备注）",
        num(per, lang), cap->feature->no, num(z.wecom_entities_needed, lang), num(z.entities, lang),
        cap->feature->no);
  }
  return fmt::format(
      "WeCom holds at most {} customers per company entity (row {}): {} needed, {} given; or "
      "apply to Tencent for an expansion (扩容; it has conditions, see row {}'s note)",
      num(per), cap->feature->no, count_noun(z.wecom_entities_needed, "entity", "entities", lang),
      num(z.entities), cap->feature->no);
}

std::string customers(std::int64_t n, Lang lang) {
  if (lang == Lang::kZh) return num(n, lang) + "个客户";
  return count_noun(n, "customer", "customers", lang);
}

}  // namespace

std::string profile_line(const Recommendation& r, const DataSet& data, Lang lang) {
  const bool zh = lang == Lang::kZh;
  const std::string adding = zh ? (r.profile.adding == Adding::kActive ? "以主动添加为主" : "以被动添加为主")
                                : fmt::format("mostly {} adding", adding_id(r.profile.adding));
  std::string out = fmt::format("{} · {} · {}", customers(r.profile.users, lang),
                                industry_label(r.profile, data, lang), adding);
  if (r.profile.entities > 1)
    out += zh ? fmt::format(" · {}个企业主体", num(r.profile.entities, lang))
              : " · " + count_noun(r.profile.entities, "company entity", "company entities", lang);
  if (r.profile.within_days)
    out += zh ? fmt::format(" · {}天内加满", num(*r.profile.within_days, lang))
              : fmt::format(" · within {}", count_noun(*r.profile.within_days, "day", "days", lang));
  return out;
}

namespace {

std::string render_text(const Recommendation& r, const DataSet& data, const ReportOptions& o,
                        const Plan* plan) {
  const Lang lang = o.lang;
  const bool zh = lang == Lang::kZh;
  const std::size_t width = std::min<std::size_t>(o.width, 120);
  std::string out;
  const std::string bold = o.color ? "\x1b[1m" : "", reset = o.color ? "\x1b[0m" : "";
  out += bold + headline(r, lang) + reset + "\n";
  if (r.band) append_wrapped(out, zh ? "说明：" : "Meaning: ", r.band->meaning.in(lang), width);
  out += "\n";
  append_wrapped(out, zh ? "概况：" : "Profile: ", profile_line(r, data, lang), width);
  append_wrapped(out, zh ? "所需账号：" : "Accounts needed: ", capacity_line(r, data, lang), width);
  if (const auto line = entities_line(r, data, lang); !line.empty())
    append_wrapped(out, zh ? "企业主体：" : "Company entities: ", line, width);
  if (plan) append_wrapped(out, zh ? "加满用时：" : "Time to fill: ", capacity_summary(*plan, lang), width);
  out += "\n";

  out += zh ? "各维度的判断：\n" : "Criteria:\n";
  for (const auto& v : r.votes) {
    out += zh ? fmt::format("  {}：{} +{}\n", criterion_name(data, v.rule->criterion, lang),
                            account_name(v.rule->vote, lang), v.rule->weight)
              : fmt::format("  {}: +{} {}\n", criterion_name(data, v.rule->criterion, lang), v.rule->weight,
                            account_name(v.rule->vote, lang));
    append_wrapped(out, "    ", v.reason.in(lang) + rows_label(v.rule->features, lang), width);
    append_basis(out, v.rule->basis, lang, width);
  }
  if (r.tie) {
    out += zh ? "  平局：\n" : "  Tie:\n";
    append_wrapped(out, "    ", data.rules.tie_reason.in(lang), width);
    append_basis(out, data.rules.tie_basis, lang, width);
  }

  out += zh ? "\n引用的功能对比：\n" : "\nFeatures cited:\n";
  for (int no : cited_rows(r)) {
    const Feature* f = data.features.find_no(no);
    if (!f) continue;
    out += fmt::format("  {:>2}. {}\n", f->no, f->name.in(lang));
    const char* colon = zh ? "：" : ": ";
    append_wrapped(out, fmt::format("      {}{}", account_title(Account::kWecom, lang), colon),
                   f->wecom.text.in(lang), width);
    append_wrapped(out, fmt::format("      {}{}", account_title(Account::kPersonal, lang), colon),
                   f->personal.text.in(lang), width);
    if (f->note) append_wrapped(out, zh ? "      备注：" : "      Note: ", f->note->in(lang), width);
  }
  if (!r.advice.empty()) {
    out += zh ? "\n建议：\n" : "\nAdvice:\n";
    for (const auto& a : r.advice) {
      append_wrapped(out, "  - ", a.text.in(lang) + rows_label(a.advice->features, lang), width);
      append_basis(out, a.advice->basis, lang, width);
    }
  }
  out += zh ? "\n什么情况下结论会改变：\n" : "\nWhat would change the answer:\n";
  if (r.flips.empty()) {
    out += zh ? "  单独改动添加形式、行业门槛或客户规模中的任何一项，结论都不变。\n"
              : "  No single change of adding mode, barrier or customer count changes it.\n";
  }
  for (const auto& f : r.flips) append_wrapped(out, "  - ", flip_text(f, r, lang), width);
  // Where the figures come from and how old they are: Tencent changes these limits.
  if (const auto line = provenance_line(data.features, all_cited_rows(r), lang); !line.empty()) {
    out += "\n";
    for (const auto& l : wrap(line, width)) out += l + "\n";
  }
  return out;
}

std::string render_markdown(const Recommendation& r, const DataSet& data, Lang lang) {
  const bool zh = lang == Lang::kZh;
  std::string out = fmt::format("## {}\n\n", headline(r, lang));
  if (r.band) out += fmt::format("{}{}\n\n", zh ? "说明：" : "Meaning: ", r.band->meaning.in(lang));
  out += fmt::format("{}{}\n\n", zh ? "概况：" : "Profile: ", profile_line(r, data, lang));
  out += fmt::format("{}{}\n\n", zh ? "所需账号：" : "Accounts needed: ", capacity_line(r, data, lang));
  if (const auto line = entities_line(r, data, lang); !line.empty())
    out += fmt::format("{}{}\n\n", zh ? "企业主体：" : "Company entities: ", line);
  out += zh ? "| 维度 | 投票 | 权重 | 理由 | 依据 |\n" : "| Criterion | Vote | Weight | Reason | Basis |\n";
  out += "|---|---|---:|---|---|\n";
  for (const auto& v : r.votes) {
    out +=
        fmt::format("| {} | {} | {} | {} | {} |\n", criterion_name(data, v.rule->criterion, lang),
                    account_name(v.rule->vote, lang), v.rule->weight,
                    v.reason.in(lang) + rows_label(v.rule->features, lang), basis_text(v.rule->basis, lang));
  }
  if (r.tie) {
    out += fmt::format("\n{}{}（{}）\n", zh ? "平局：" : "Tie: ", data.rules.tie_reason.in(lang),
                       basis_text(data.rules.tie_basis, lang));
  }
  if (!r.advice.empty()) {
    out += zh ? "\n### 建议\n\n" : "\n### Advice\n\n";
    for (const auto& a : r.advice) {
      out += fmt::format("- {}{}\n  {}{}\n", a.text.in(lang), rows_label(a.advice->features, lang),
                         zh ? "依据：" : "Basis: ", basis_text(a.advice->basis, lang));
    }
  }
  out += zh ? "\n### 什么情况下结论会改变\n\n" : "\n### What would change the answer\n\n";
  if (r.flips.empty()) out += zh ? "- 无\n" : "- nothing in a single change\n";
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
  const auto name = account_name(r.account, lang);
  const int mine = r.scores.of(r.account), theirs = r.scores.of(other(r.account));
  const std::string band = r.band ? r.band->name.in(lang) : "";
  if (lang == Lang::kZh) {
    if (r.tie) return fmt::format("推荐：{}（{}，{}比{}，同分按平局规则选定）", name, band, mine, theirs);
    return fmt::format("推荐：{}（{}，{}比{}，领先{}分）", name, band, mine, theirs, r.margin());
  }
  return fmt::format("Recommendation: {} ({}: score {} to {}, margin {}{})", name, band, mine, theirs,
                     r.margin(), r.tie ? "; a tie, broken by the tie rule" : "");
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
              {"flips", flips}};
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
