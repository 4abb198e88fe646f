#include "acct_advisor/engine.hpp"

#include <cmath>

#include <fmt/format.h>

#include "acct_advisor/feature_table_view.hpp"

namespace advisor {

Engine::Engine(const FeatureTable& features, const IndustryCatalog& industries, const RuleSet& rules)
    : industries_(industries),
      rules_(rules),
      wecom_capacity_(features.need(Account::kWecom, "customers_per_account").value()),
      personal_capacity_(features.need(Account::kPersonal, "customers_per_account").value()),
      personal_capacity_max_(features.need(Account::kPersonal, "customers_per_account_max").value()) {}

namespace {

// Real capacities give at most a few hundred thousand accounts, but a hand-edited features.json
// may hold any positive figure (1e-300 customers per account), and converting a quotient that
// does not fit std::int64_t is undefined behaviour (found while writing fuzz_data_loader).
// Capped as the planner caps its quotients, so an absurd table gives absurd but defined answers.
constexpr double kMaxAccounts = 1e15;

}  // namespace

Capacity Engine::capacity(std::int64_t users) const {
  auto accounts = [users](double per_account) {
    const double q = std::ceil(static_cast<double>(users) / per_account);
    if (!(q < kMaxAccounts)) return static_cast<std::int64_t>(kMaxAccounts);  // also infinity
    return static_cast<std::int64_t>(q);
  };
  return {accounts(wecom_capacity_), accounts(personal_capacity_), accounts(personal_capacity_max_)};
}

FactValues Engine::facts(const Profile& profile) const {
  const Capacity c = capacity(profile.users);
  FactValues f;
  f.numbers = {static_cast<double>(profile.users), static_cast<double>(c.wecom_accounts),
               static_cast<double>(c.personal_accounts), static_cast<double>(c.personal_accounts_max)};
  f.strings = {adding_id(profile.adding), profile.industry, barrier_id(profile.barrier), ""};
  f.regulated = profile.regulated;
  return f;
}

Account Engine::pick(const Scores& scores) const {
  if (scores.wecom == scores.personal) return rules_.tie;
  return scores.wecom > scores.personal ? Account::kWecom : Account::kPersonal;
}

Account Engine::decide(const Profile& profile, Scores& scores) const {
  const FactValues f = facts(profile);
  scores = {};
  for (const Rule& rule : rules_.rules) {
    if (!rule.when.evaluate(f)) continue;
    (rule.vote == Account::kWecom ? scores.wecom : scores.personal) += rule.weight;
  }
  return pick(scores);
}

LocalizedText Engine::fill(const LocalizedText& text, const Profile& profile,
                           const Capacity& capacity) const {
  const Industry* industry = profile.industry.empty() ? nullptr : industries_.find(profile.industry);
  return {render_template(text.zh, profile, capacity, Lang::kZh, industry),
          render_template(text.en, profile, capacity, Lang::kEn, industry)};
}

Recommendation Engine::recommend(const Profile& profile) const {
  Recommendation r;
  r.profile = profile;
  r.capacity = capacity(profile.users);
  FactValues f = facts(profile);
  for (const Rule& rule : rules_.rules) {
    if (!rule.when.evaluate(f)) continue;
    (rule.vote == Account::kWecom ? r.scores.wecom : r.scores.personal) += rule.weight;
    r.votes.push_back({&rule, fill(rule.reason, profile, r.capacity)});
  }
  r.account = pick(r.scores);
  r.tie = r.scores.wecom == r.scores.personal;
  f.strings[3] = account_id(r.account);  // advice may depend on the answer
  for (const Advice& advice : rules_.advice) {
    if (advice.when.evaluate(f)) r.advice.push_back({&advice, fill(advice.text, profile, r.capacity)});
  }
  r.flips = flips(profile);
  return r;
}

std::int64_t Engine::find_flip(Profile profile, std::int64_t lo, std::int64_t hi) const {
  Scores scratch;
  profile.users = lo;
  const Account low_answer = decide(profile, scratch);
  while (hi - lo > 1) {
    const std::int64_t mid = lo + (hi - lo) / 2;
    profile.users = mid;
    if (decide(profile, scratch) == low_answer)
      lo = mid;
    else
      hi = mid;
  }
  return hi;
}

std::vector<Flip> Engine::flips(const Profile& profile) const {
  std::vector<Flip> out;
  Scores scratch;
  const Account answer = decide(profile, scratch);
  auto answer_with = [&](const Profile& changed) { return decide(changed, scratch); };

  Profile p = profile;
  p.adding = profile.adding == Adding::kActive ? Adding::kPassive : Adding::kActive;
  if (Account a = answer_with(p); a != answer) {
    out.push_back({"adding", std::string(adding_id(profile.adding)), std::string(adding_id(p.adding)), a});
  }
  p = profile;
  p.barrier = profile.barrier == Barrier::kLow ? Barrier::kHigh : Barrier::kLow;
  p.industry.clear();  // a different barrier means a different industry; keep its regulation
  if (Account a = answer_with(p); a != answer) {
    out.push_back(
        {"barrier", std::string(barrier_id(profile.barrier)), std::string(barrier_id(p.barrier)), a});
  }
  p = profile;
  if (profile.users > 1) {
    p.users = 1;
    if (Account a = answer_with(p); a != answer) {
      const std::int64_t below = find_flip(profile, 1, profile.users) - 1;
      out.push_back({"users", std::to_string(profile.users), std::to_string(below), a});
    }
  }
  if (profile.users < kMaxUsers) {
    p.users = kMaxUsers;
    if (Account a = answer_with(p); a != answer) {
      const std::int64_t above = find_flip(profile, profile.users, kMaxUsers);
      out.push_back({"users", std::to_string(profile.users), std::to_string(above), a});
    }
  }
  return out;
}

std::string render_template(const std::string& text, const Profile& profile, const Capacity& capacity,
                            Lang lang, const Industry* industry) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto open = text.find('{', pos);
    const auto close = open == std::string::npos ? std::string::npos : text.find('}', open);
    if (close == std::string::npos) {
      out.append(text, pos, std::string::npos);
      break;
    }
    out.append(text, pos, open - pos);
    const std::string_view name(text.data() + open + 1, close - open - 1);
    if (name == "users")
      out += format_number(static_cast<double>(profile.users));
    else if (name == "wecom_accounts")
      out += format_number(static_cast<double>(capacity.wecom_accounts));
    else if (name == "personal_accounts")
      out += format_number(static_cast<double>(capacity.personal_accounts));
    else if (name == "personal_accounts_max")
      out += format_number(static_cast<double>(capacity.personal_accounts_max));
    else if (name == "industry")
      out += industry ? industry->name.in(lang)
                      : (lang == Lang::kZh ? "该行业"
                         : open == 0       ? "This industry"
                                           : "this industry");
    else if (name == "barrier")
      out +=
          lang == Lang::kZh ? (profile.barrier == Barrier::kLow ? "低" : "高") : barrier_id(profile.barrier);
    else if (name == "adding")
      out += lang == Lang::kZh ? (profile.adding == Adding::kActive ? "主动添加" : "被动添加")
                               : adding_id(profile.adding);
    else
      out.append(text, open, close - open + 1);  // validated at load time; keep as written
    pos = close + 1;
  }
  return out;
}

}  // namespace advisor
