#include "acct_advisor/engine.hpp"

#include <cmath>

#include <fmt/format.h>

#include "acct_advisor/number_words.hpp"

namespace advisor {

Engine::Engine(const FeatureTable& features, const IndustryCatalog& industries, const RuleSet& rules)
    : industries_(industries), rules_(rules), figures_(sizing_figures(features)) {}

std::int64_t Engine::target_days(const Profile& profile) const {
  return profile.within_days ? *profile.within_days : rules_.default_target_days;
}

Sizing Engine::size(const Profile& profile) const {
  return size_profile(figures_, profile.users, profile.adding, profile.entities, target_days(profile));
}

namespace {

FactValues facts_of(const Profile& profile, const Sizing& s) {
  FactValues f;
  auto d = [](std::int64_t n) { return static_cast<double>(n); };
  f.numbers = {d(profile.users),       d(s.wecom_accounts),
               d(s.personal_accounts), d(s.personal_accounts_max),
               d(s.entities),          d(s.wecom_entities_needed),
               d(s.live_codes),        d(s.wecom_days),
               d(s.personal_days),     d(s.target_days)};
  f.strings = {adding_id(profile.adding), profile.industry, barrier_id(profile.barrier), ""};
  f.bools = {profile.regulated, s.expansion_needed, s.wecom_in_time, s.personal_in_time,
             s.wecom_days < s.personal_days};
  return f;
}

}  // namespace

FactValues Engine::facts(const Profile& profile) const {
  return facts_of(profile, size(profile));
}

Account Engine::pick(const Scores& scores) const {
  if (scores.wecom == scores.personal) return rules_.tie;
  return scores.wecom > scores.personal ? Account::kWecom : Account::kPersonal;
}

template <typename OnFired>
Scores Engine::score(const FactValues& facts, OnFired&& fired) const {
  Scores scores;
  for (const Rule& rule : rules_.rules) {
    if (!rule.when.evaluate(facts)) continue;
    (rule.vote == Account::kWecom ? scores.wecom : scores.personal) += rule.weight;
    fired(rule);
  }
  return scores;
}

Account Engine::decide(const Profile& profile, Scores& scores) const {
  scores = score(facts(profile), [](const Rule&) {});
  return pick(scores);
}

LocalizedText Engine::fill(const LocalizedText& text, const Profile& profile, const Sizing& sizing) const {
  const Industry* industry = profile.industry.empty() ? nullptr : industries_.find(profile.industry);
  return {render_template(text.zh, profile, sizing, Lang::kZh, industry),
          render_template(text.en, profile, sizing, Lang::kEn, industry)};
}

Recommendation Engine::recommend(const Profile& profile) const {
  Recommendation r;
  r.profile = profile;
  r.sizing = size(profile);
  FactValues f = facts_of(profile, r.sizing);
  r.scores = score(f, [&](const Rule& rule) {
    r.votes.push_back({&rule, fill(rule.reason, profile, r.sizing)});
  });
  r.account = pick(r.scores);
  r.tie = r.scores.wecom == r.scores.personal;
  r.band = &rules_.band(r.margin());
  f.strings[3] = account_id(r.account);  // advice may depend on the answer
  for (const Advice& advice : rules_.advice) {
    if (advice.when.evaluate(f)) r.advice.push_back({&advice, fill(advice.text, profile, r.sizing)});
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
  if (Account a = answer_with(p); a != answer) out.push_back({Flip::Change::kAdding, p.adding, {}, 0, a});
  p = profile;
  p.barrier = profile.barrier == Barrier::kLow ? Barrier::kHigh : Barrier::kLow;
  p.industry.clear();  // a different barrier means a different industry; keep its regulation
  if (Account a = answer_with(p); a != answer) out.push_back({Flip::Change::kBarrier, {}, p.barrier, 0, a});
  p = profile;
  if (profile.users > 1) {
    p.users = 1;
    if (Account a = answer_with(p); a != answer) {
      const std::int64_t below = find_flip(profile, 1, profile.users) - 1;
      out.push_back({Flip::Change::kUsers, {}, {}, below, a});
    }
  }
  if (profile.users < kMaxUsers) {
    p.users = kMaxUsers;
    if (Account a = answer_with(p); a != answer) {
      out.push_back({Flip::Change::kUsers, {}, {}, find_flip(profile, profile.users, kMaxUsers), a});
    }
  }
  return out;
}

std::string_view change_id(Flip::Change change) {
  switch (change) {
    case Flip::Change::kAdding:
      return "adding";
    case Flip::Change::kBarrier:
      return "barrier";
    case Flip::Change::kUsers:
      return "users";
  }
  return "users";
}

namespace {
constexpr std::string_view kTrade = "行业";
}  // namespace

std::string render_template(const std::string& text, const Profile& profile, const Sizing& sizing, Lang lang,
                            const Industry* industry) {
  const bool zh = lang == Lang::kZh;
  auto count_of = [&](std::string_view name) -> std::optional<std::int64_t> {
    if (name == "users") return profile.users;
    if (name == "wecom_accounts") return sizing.wecom_accounts;
    if (name == "personal_accounts") return sizing.personal_accounts;
    if (name == "personal_accounts_max") return sizing.personal_accounts_max;
    if (name == "entities") return sizing.entities;
    if (name == "wecom_entities_needed") return sizing.wecom_entities_needed;
    if (name == "live_codes") return sizing.live_codes;
    if (name == "wecom_days") return sizing.wecom_days;
    if (name == "personal_days") return sizing.personal_days;
    if (name == "target_days") return sizing.target_days;
    return std::nullopt;
  };
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
    std::string_view name(text.data() + open + 1, close - open - 1);
    std::string_view singular, plural;
    if (const auto bar = name.find('|'); bar != std::string_view::npos) {
      const std::string_view nouns = name.substr(bar + 1);
      const auto bar2 = nouns.find('|');
      singular = nouns.substr(0, bar2);
      plural = bar2 == std::string_view::npos ? nouns : nouns.substr(bar2 + 1);
      name = name.substr(0, bar);
    }
    if (const auto n = count_of(name)) {
      out += singular.empty() ? format_count(*n, lang) : count_noun(*n, singular, plural, lang);
    } else if (name == "industry") {
      // Chinese templates write {industry}行业 where it reads naturally (保险行业); a name that is
      // itself a trade (美业) or no name at all (该行业) takes no second 行业.
      const bool trade_follows = zh && text.compare(close + 1, kTrade.size(), kTrade) == 0;
      if (!industry) {
        out += zh ? (trade_follows ? "该" : "该行业") : (open == 0 ? "This industry" : "this industry");
      } else {
        const std::string& shown_name = industry->name.in(lang);
        out += shown_name;
        if (trade_follows && (shown_name.ends_with("业") || shown_name.ends_with("行业")))
          pos = close + 1 + kTrade.size();
      }
    } else if (name == "wecom_days_bound" || name == "personal_days_bound") {
      // "at least " where the days rest on a ceiling, "about " where on an approximation.
      const Estimate e =
          name == "wecom_days_bound" ? sizing.wecom_days_estimate : sizing.personal_days_estimate;
      if (e == Estimate::kAtLeast) out += zh ? "至少" : "at least ";
      if (e == Estimate::kAbout) out += zh ? "约" : "about ";
    } else if (name == "barrier") {
      out += zh ? (profile.barrier == Barrier::kLow ? "低" : "高") : barrier_id(profile.barrier);
    } else if (name == "adding") {
      out += zh ? (profile.adding == Adding::kActive ? "主动添加" : "被动添加") : adding_id(profile.adding);
    } else {
      out.append(text, open, close - open + 1);  // validated at load time; keep as written
    }
    pos = std::max(pos, close + 1);
  }
  return out;
}

}  // namespace advisor
