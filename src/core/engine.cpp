#include "acct_advisor/engine.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <string_view>

#include <fmt/format.h>

namespace advisor {

namespace {

// The sizing figures a fact is computed from (SizingParts bits); 0 for what the profile gives.
std::uint8_t sizing_parts_of(Fact fact) {
  switch (fact) {
    case Fact::kWecomAccounts:
    case Fact::kWecomDays:
    case Fact::kWecomInTime:
      return kSizeWecom;
    case Fact::kPersonalAccounts:
    case Fact::kPersonalDays:
    case Fact::kPersonalInTime:
      return kSizePersonal;
    case Fact::kPersonalAccountsMax:
      return kSizePersonalMax;
    case Fact::kWecomEntitiesNeeded:
    case Fact::kExpansionNeeded:
      return kSizeEntities;
    case Fact::kLiveCodes:
      return kSizeLiveCodes;
    case Fact::kWecomFaster:
      return kSizeWecom | kSizePersonal;
    default:
      return 0;
  }
}

std::vector<const Condition*> conditions_of(const auto& items) {
  std::vector<const Condition*> out;
  out.reserve(items.size());
  for (const auto& item : items) out.push_back(&item.when);
  return out;
}

}  // namespace

Engine::Engine(const FeatureTable& features, const IndustryCatalog& industries, const RuleSet& rules)
    : industries_(industries), rules_(rules), figures_(sizing_figures(features)) {
  for (const Rule& rule : rules.rules) reasons_.emplace_back(rule.reason);
  program_ = RuleProgram(conditions_of(rules.rules));
  for (const Advice& advice : rules.advice) advice_.emplace_back(advice.text);
  advice_program_ = RuleProgram(conditions_of(rules.advice));
  rules_use_industry_ = program_.reads(Fact::kIndustry);
  for (std::size_t f = 0; f < kFactCount; ++f) {
    if (program_.reads(static_cast<Fact>(f))) scoring_parts_ |= sizing_parts_of(static_cast<Fact>(f));
  }
}

std::int64_t Engine::target_days(const Profile& profile) const {
  return profile.within_days ? *profile.within_days : rules_.default_target_days;
}

Sizing Engine::size(const Profile& profile) const {
  return size_profile(figures_, profile.users, profile.adding, profile.entities, target_days(profile));
}

namespace {

FactValues facts_of(const Profile& profile, const Sizing& s, std::int64_t users) {
  FactValues f;
  auto d = [](std::int64_t n) { return static_cast<double>(n); };
  f.numbers = {d(users),
               d(s.wecom_accounts),
               d(s.personal_accounts),
               d(s.personal_accounts_max),
               d(s.entities),
               d(s.wecom_entities_needed),
               d(s.live_codes),
               d(s.wecom_days),
               d(s.personal_days),
               d(s.target_days)};
  f.strings = {adding_id(profile.adding), profile.industry, barrier_id(profile.barrier), ""};
  f.bools = {profile.regulated, s.expansion_needed, s.wecom_in_time, s.personal_in_time,
             s.wecom_days < s.personal_days};
  return f;
}

FactValues facts_of(const Profile& profile, const Sizing& s) {
  return facts_of(profile, s, profile.users);
}

}  // namespace

FactValues Engine::facts(const Profile& profile) const {
  return facts_of(profile, size(profile));
}

FactValues Engine::scoring_facts(const Profile& profile) const {
  return facts_of(profile, size_profile(figures_, profile.users, profile.adding, profile.entities,
                                        target_days(profile), scoring_parts_));
}

Account Engine::pick(const Scores& scores) const {
  if (scores.wecom == scores.personal) return rules_.tie;
  return scores.wecom > scores.personal ? Account::kWecom : Account::kPersonal;
}

template <typename Holds, typename OnFired>
Scores Engine::score(const Holds& holds, OnFired&& fired) const {
  Scores scores;
  for (std::size_t i = 0; i < rules_.rules.size(); ++i) {
    if (!holds(i)) continue;
    const Rule& rule = rules_.rules[i];
    (rule.vote == Account::kWecom ? scores.wecom : scores.personal) += rule.weight;
    fired(rule);
  }
  return scores;
}

Account Engine::decide(const Profile& profile, Scores& scores) const {
  const FactValues facts = scoring_facts(profile);
  constexpr std::size_t kAtOnce = 64;  // rule sets up to this size: every condition in one call
  if (program_.size() <= kAtOnce) {
    std::array<bool, kAtOnce> held;
    program_.holds_all(facts, held.data());
    scores = score([&](std::size_t i) { return held[i]; }, [](const Rule&) {});
  } else {
    scores = score([&](std::size_t i) { return program_.holds(i, facts); }, [](const Rule&) {});
  }
  return pick(scores);
}

void Engine::Texts::fill(LocalizedText& out, const Profile& profile, const Sizing& sizing,
                         const Industry* industry) const {
  out.zh.clear();
  zh.append_to(out.zh, profile, sizing, industry);
  out.en.clear();
  en.append_to(out.en, profile, sizing, industry);
}

namespace {

// The trace of every rule over the facts, from the compiled program. String values that point
// into the caller's profile (the industry) are repointed to the catalog's copy, so the trace
// outlives the profile.
void trace_into(const RuleSet& rules, const RuleProgram& program, const FactValues& facts,
                const Industry* industry, std::vector<RuleTrace>& out) {
  // Sized once (the same size every record) and each entry's fields assigned in place: no
  // capacity check or element construction per rule.
  out.resize(rules.rules.size());
  RuleTrace* t = out.data();
  for (std::size_t i = 0; i < rules.rules.size(); ++i, ++t) {
    const Condition::Outcome o = program.explain(i, facts);
    t->rule = &rules.rules[i];
    t->fired = o.holds;
    t->decider = o.decider;
    t->decider_holds = o.decider_holds;
    if (!o.decider) {
      t->value = {};
    } else if (o.decider->fact == Fact::kIndustry) {
      t->value = {0, industry ? std::string_view(industry->id) : std::string_view()};
    } else {
      t->value = fact_value(facts, o.decider->fact);
    }
  }
}

const Industry* industry_of(const Profile& profile, const IndustryCatalog& industries) {
  return profile.industry.empty() ? nullptr : industries.find(profile.industry);
}

}  // namespace

std::vector<RuleTrace> Engine::trace(const Profile& profile) const {
  std::vector<RuleTrace> out;
  trace_into(rules_, program_, facts(profile), industry_of(profile, industries_), out);
  return out;
}

Recommendation Engine::recommend(const Profile& profile) const {
  Recommendation r;
  recommend_into(profile, r);
  return r;
}

namespace {

// The next item of a vector being refilled: the one left from the last use (its strings keep
// their memory) or a new one.
template <typename Item>
Item& next_item(std::vector<Item>& items, std::size_t& used) {
  if (used == items.size()) items.emplace_back();
  return items[used++];
}

}  // namespace

void Engine::recommend_into(const Profile& profile, Recommendation& r, TextFill texts) const {
  r.profile = profile;
  r.sizing = size(profile);
  FactValues f = facts_of(profile, r.sizing);
  // Looked up once: finding an industry normalizes the query, and every text may name it.
  const Industry* industry = industry_of(profile, industries_);
  r.industry = industry;
  r.texts_filled = texts == TextFill::kFill;
  // The trace evaluates every rule already: the scores are summed from it, not evaluated again.
  trace_into(rules_, program_, f, industry, r.trace);
  std::size_t votes = 0;
  r.scores = score([&](std::size_t i) { return r.trace[i].fired; },
                   [&](const Rule& rule) {
                     Vote& v = next_item(r.votes, votes);
                     v.rule = &rule;
                     if (r.texts_filled) {
                       reasons_[static_cast<std::size_t>(&rule - rules_.rules.data())].fill(
                           v.reason, profile, r.sizing, industry);
                     } else {
                       v.reason.zh.clear();
                       v.reason.en.clear();
                     }
                   });
  r.votes.resize(votes);
  r.account = pick(r.scores);
  r.tie = r.scores.wecom == r.scores.personal;
  r.band = &rules_.band(r.margin());
  f.strings[3] = account_id(r.account);  // advice may depend on the answer
  std::size_t advised = 0;
  for (std::size_t i = 0; i < rules_.advice.size(); ++i) {
    if (!advice_program_.holds(i, f)) continue;
    Suggestion& s = next_item(r.advice, advised);
    s.advice = &rules_.advice[i];
    if (r.texts_filled) {
      advice_[i].fill(s.text, profile, r.sizing, industry);
    } else {
      s.text.zh.clear();
      s.text.en.clear();
    }
  }
  r.advice.resize(advised);
  flips_into(profile, r.flips);
}

void Engine::append_text(const Recommendation& r, const Vote& vote, Lang lang, AppendBuffer& out) const {
  reasons_[static_cast<std::size_t>(vote.rule - rules_.rules.data())].in(lang).append_to(
      out, r.profile, r.sizing, r.industry);
}

void Engine::append_text(const Recommendation& r, const Suggestion& suggestion, Lang lang,
                         AppendBuffer& out) const {
  advice_[static_cast<std::size_t>(suggestion.advice - rules_.advice.data())].in(lang).append_to(
      out, r.profile, r.sizing, r.industry);
}

template <typename AnswerAt>
std::int64_t Engine::bisect(std::int64_t lo, std::int64_t hi, const AnswerAt& answer_at) {
  const Account low_answer = answer_at(lo);
  while (hi - lo > 1) {
    const std::int64_t mid = lo + (hi - lo) / 2;
    if (answer_at(mid) == low_answer)
      lo = mid;
    else
      hi = mid;
  }
  return hi;
}

std::int64_t Engine::find_flip(Profile profile, std::int64_t lo, std::int64_t hi) const {
  Scores scratch;
  return bisect(lo, hi, [&](std::int64_t users) {
    profile.users = users;
    return decide(profile, scratch);
  });
}

Account Engine::AnswerSteps::at(std::int64_t users) const {
  const auto changed = std::upper_bound(changes.begin(), changes.end(), users) - changes.begin();
  return changed % 2 == 0 ? first : other(first);
}

namespace {

// Bounds on the days a sawtooth takes over counts [lo, hi] that may span several account
// counts: days = ceil(u / (rate x accounts(u))) with accounts(u) = ceil(u / capacity), so
// u / accounts(u) lies in (capacity x u / (u + capacity), capacity], and within [lo, hi] also
// in [lo / k_hi, hi / k_lo]. Widened by a millionth for rounding: a wider range is only less
// decisive, never wrong.
std::pair<double, double> days_range(std::int64_t lo, std::int64_t hi, std::int64_t k_lo, std::int64_t k_hi,
                                     double capacity, double rate) {
  const double l = static_cast<double>(lo), h = static_cast<double>(hi);
  const double q_max = std::min(h / (rate * static_cast<double>(k_lo)), capacity / rate) * (1 + 1e-6);
  const double q_min =
      std::max(l / (rate * static_cast<double>(k_hi)), capacity * l / (rate * (l + capacity))) * (1 - 1e-6);
  return {static_cast<double>(ceil_div(q_min, 1.0)), static_cast<double>(ceil_div(q_max, 1.0))};
}

std::uint8_t bool_bits(bool a, bool b) {
  return static_cast<std::uint8_t>((!a || !b ? 1 : 0) | (a || b ? 2 : 0));
}

std::uint8_t bool_range(bool always, bool never) {
  return always ? 2 : never ? 1 : 3;
}

}  // namespace

FactRanges Engine::fact_ranges(const Profile& profile, std::int64_t lo, std::int64_t hi) const {
  const std::int64_t target = target_days(profile);
  const Sizing a = size_profile(figures_, lo, profile.adding, profile.entities, target);
  const Sizing b = size_profile(figures_, hi, profile.adding, profile.entities, target);
  const FactValues fa = facts_of(profile, a, lo), fb = facts_of(profile, b, hi);
  FactRanges r;
  r.low = fa.numbers;  // every number fact but the days only grows with the count
  r.high = fb.numbers;
  r.strings = fa.strings;
  const int m = static_cast<int>(profile.adding);
  // Within one account count the days grow with the count too; across several they saw-tooth.
  constexpr std::size_t kWecomDays = 7, kPersonalDays = 8;
  if (a.wecom_accounts != b.wecom_accounts) {
    std::tie(r.low[kWecomDays], r.high[kWecomDays]) =
        days_range(lo, hi, a.wecom_accounts, b.wecom_accounts, figures_.wecom_capacity, figures_.rate[0][m]);
  }
  if (a.personal_accounts != b.personal_accounts) {
    std::tie(r.low[kPersonalDays], r.high[kPersonalDays]) = days_range(
        lo, hi, a.personal_accounts, b.personal_accounts, figures_.personal_capacity, figures_.rate[1][m]);
  }
  const double t = static_cast<double>(target);
  r.bools = {
      bool_bits(fa.bools[0], fb.bools[0]), bool_bits(fa.bools[1], fb.bools[1]),
      bool_range(r.high[kWecomDays] <= t, r.low[kWecomDays] > t),
      bool_range(r.high[kPersonalDays] <= t, r.low[kPersonalDays] > t),
      bool_range(r.high[kWecomDays] < r.low[kPersonalDays], r.low[kWecomDays] >= r.high[kPersonalDays])};
  return r;
}

bool Engine::build_steps(const Profile& profile, AnswerSteps& steps) const {
  // Figures so odd that the bounds above may not hold (a capacity below one customer, a rate
  // of zero): no table, flips() scores each step instead.
  for (double f : {figures_.wecom_capacity, figures_.personal_capacity, figures_.rate[0][0],
                   figures_.rate[0][1], figures_.rate[1][0], figures_.rate[1][1]}) {
    if (!(f >= 1e-3) || !(f <= 1e12)) return false;  // also NaN
  }
  if (figures_.wecom_capacity < 1 || figures_.personal_capacity < 1) return false;
  constexpr std::int64_t kScoreEach = 8;  // ranges this short are scored count by count
  std::size_t budget = 100'000;           // ranges looked at before giving up on a table
  Profile p = profile;
  Scores scratch;
  bool started = false;
  Account last = Account::kWecom;
  auto note = [&](std::int64_t from, Account answer) {
    if (!started) {
      steps.first = answer;
      started = true;
    } else if (answer != last) {
      steps.changes.push_back(from);
    }
    last = answer;
  };
  // Ranges are taken in ascending order: the stack holds the right half under the left one.
  std::vector<std::pair<std::int64_t, std::int64_t>> stack{{1, kMaxUsers}};
  while (!stack.empty()) {
    const auto [lo, hi] = stack.back();
    stack.pop_back();
    if (budget-- == 0) return false;
    if (hi - lo < kScoreEach) {
      for (std::int64_t u = lo; u <= hi; ++u) {
        p.users = u;
        note(u, decide(p, scratch));
      }
      continue;
    }
    const FactRanges ranges = fact_ranges(profile, lo, hi);
    int wecom_min = 0, wecom_max = 0, personal_min = 0, personal_max = 0;
    for (const Rule& rule : rules_.rules) {
      const Truth t = rule.when.bound(ranges);
      if (t == Truth::kFalse) continue;
      int& min = rule.vote == Account::kWecom ? wecom_min : personal_min;
      int& max = rule.vote == Account::kWecom ? wecom_max : personal_max;
      max += rule.weight;
      if (t == Truth::kTrue) min += rule.weight;
    }
    // The answer is settled over the range when no outcome of the undecided rules can change it.
    const bool wecom =
        wecom_min > personal_max || (rules_.tie == Account::kWecom && wecom_min >= personal_max);
    const bool personal =
        personal_min > wecom_max || (rules_.tie == Account::kPersonal && personal_min >= wecom_max);
    if (wecom || personal) {
      note(lo, wecom ? Account::kWecom : Account::kPersonal);
      continue;
    }
    const std::int64_t mid = lo + (hi - lo) / 2;
    stack.emplace_back(mid + 1, hi);
    stack.emplace_back(lo, mid);
  }
  return true;
}

const Engine::AnswerSteps* Engine::answer_steps(const Profile& profile) const {
  const int adding = static_cast<int>(profile.adding);
  const int barrier = static_cast<int>(profile.barrier);
  const std::int64_t days = target_days(profile);
  const std::string_view industry =
      rules_use_industry_ ? std::string_view(profile.industry) : std::string_view();
  std::size_t hash = std::hash<std::string_view>{}(industry);
  for (const std::uint64_t part :
       {static_cast<std::uint64_t>(adding), static_cast<std::uint64_t>(barrier),
        static_cast<std::uint64_t>(profile.regulated), static_cast<std::uint64_t>(profile.entities),
        static_cast<std::uint64_t>(days)})
    hash = (hash ^ part) * 0x100000001b3ULL;
  CachedSteps& cached = steps_cache_[(hash ^ (hash >> 29)) & (kCachedSteps - 1)];
  const StepsKey& k = cached.key;
  if (cached.valid && std::get<0>(k) == adding && std::get<1>(k) == barrier &&
      std::get<2>(k) == profile.regulated && std::get<3>(k) == profile.entities && std::get<4>(k) == days &&
      std::get<5>(k) == industry)
    return cached.steps;
  StepsKey key{adding, barrier, profile.regulated, profile.entities, days, std::string(industry)};
  auto it = steps_.find(key);
  if (it == steps_.end()) {
    auto steps = std::make_unique<AnswerSteps>();
    if (!build_steps(profile, *steps)) steps.reset();
    it = steps_.emplace(key, std::move(steps)).first;
  }
  cached.key = std::move(key);
  cached.steps = it->second.get();
  cached.valid = true;
  return cached.steps;
}

std::vector<Flip> Engine::flips(const Profile& profile) const {
  std::vector<Flip> out;
  flips_into(profile, out);
  return out;
}

void Engine::flips_into(const Profile& profile, std::vector<Flip>& out) const {
  const std::lock_guard<std::mutex> lock(steps_mutex_);
  constexpr std::size_t kMaxTables = 4096;  // bounded memory; cleared only here, so no table is in use
  if (steps_.size() > kMaxTables) {
    steps_.clear();
    for (CachedSteps& cached : steps_cache_) cached.valid = false;
  }
  out.clear();
  Scores scratch;
  auto answer_with = [&](const Profile& changed) {
    const AnswerSteps* steps = answer_steps(changed);
    return steps ? steps->at(changed.users) : decide(changed, scratch);
  };
  // The profile's own table, looked up once: the answer and both user-count flips read it.
  const AnswerSteps* own = answer_steps(profile);
  auto answer_at = [&](std::int64_t users) {
    if (own) return own->at(users);
    Profile at_count = profile;
    at_count.users = users;
    return decide(at_count, scratch);
  };
  auto flip_between = [&](std::int64_t lo, std::int64_t hi) {
    if (!own) return find_flip(profile, lo, hi);
    return bisect(lo, hi, [own](std::int64_t users) { return own->at(users); });
  };
  const Account answer = answer_at(profile.users);

  Profile p = profile;
  p.adding = profile.adding == Adding::kActive ? Adding::kPassive : Adding::kActive;
  if (Account a = answer_with(p); a != answer) out.push_back({Flip::Change::kAdding, p.adding, {}, 0, a});
  p = profile;
  p.barrier = profile.barrier == Barrier::kLow ? Barrier::kHigh : Barrier::kLow;
  p.industry.clear();  // a different barrier means a different industry; keep its regulation
  if (Account a = answer_with(p); a != answer) out.push_back({Flip::Change::kBarrier, {}, p.barrier, 0, a});
  if (profile.users > 1) {
    if (Account a = answer_at(1); a != answer) {
      const std::int64_t below = flip_between(1, profile.users) - 1;
      out.push_back({Flip::Change::kUsers, {}, {}, below, a});
    }
  }
  if (profile.users < kMaxUsers) {
    if (Account a = answer_at(kMaxUsers); a != answer) {
      out.push_back({Flip::Change::kUsers, {}, {}, flip_between(profile.users, kMaxUsers), a});
    }
  }
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

}  // namespace advisor
