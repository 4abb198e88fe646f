#include "acct_advisor/render/recommendation_json_writer.hpp"

#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

#include "acct_advisor/basis.hpp"
#include "acct_advisor/json_line.hpp"
#include "acct_advisor/render/recommendation_view.hpp"
#include "acct_advisor/render/trace_view.hpp"
#include "acct_advisor/utf8.hpp"

namespace advisor {

using namespace std::string_view_literals;
using json = nlohmann::ordered_json;

namespace {

std::string dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

// A JSON string for text that seldom needs escaping (the filled-in reasons): whole when it is
// plain valid UTF-8, through append_json_string (escapes, U+FFFD for bad bytes) otherwise.
void append_text(std::string& out, std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\') {
      append_json_string(out, s);
      return;
    }
  }
  if (!valid_utf8(s)) {
    append_json_string(out, s);
    return;
  }
  out += '"';
  out += s;
  out += '"';
}

void append_localized(std::string& out, const LocalizedText& t, bool plain) {
  if (plain) {
    out += "{\"zh\":\""sv;
    out += t.zh;
    out += "\",\"en\":\""sv;
    out += t.en;
    out += "\"}"sv;
    return;
  }
  out += "{\"zh\":"sv;
  append_text(out, t.zh);
  out += ",\"en\":"sv;
  append_text(out, t.en);
  out += '}';
}

bool plain(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\') return false;
  }
  return valid_utf8(s);
}

bool plain(const LocalizedText& t) {
  return plain(t.zh) && plain(t.en);
}

template <typename Int>
void append_int(std::string& out, Int value) {
  const fmt::format_int text(value);
  out.append(text.data(), text.size());
}

void append_bool(std::string& out, bool b) {
  out += b ? "true"sv : "false"sv;
}

// Splits a dumped object at the placeholder string standing for the per-record text (one that
// JSON writes as it is, and no data file holds).
constexpr std::string_view kHoleText = "<acct-advisor: per-record text>";
constexpr std::string_view kHole = "\"<acct-advisor: per-record text>\"";

template <typename Value>
void split_at_hole(const json& object, Value& parts) {
  const std::string text = dump(object);
  const auto at = text.find(kHole);
  if (at == std::string::npos) throw std::logic_error("RecommendationJsonWriter: placeholder not found");
  parts.head = text.substr(0, at);
  parts.tail = text.substr(at + kHole.size());
}

void collect_comparisons(const Condition& c, std::vector<const Condition*>& out) {
  if (c.kind == Condition::Kind::kCompare) out.push_back(&c);
  for (const Condition& child : c.children) collect_comparisons(child, out);
}

// The fact's value as a JSON literal, as append_decider_json writes it.
void append_value(std::string& out, const Condition& c, const FactValue& v) {
  switch (fact_kind(c.fact)) {
    case FactKind::kNumber: {
      // Range first: converting NaN or a double past long long is undefined.
      if (!(std::fabs(v.number) < 9e15)) break;
      const auto whole = static_cast<long long>(v.number);
      if (static_cast<double>(whole) == v.number) {
        append_int(out, whole);
        return;
      }
      break;
    }
    case FactKind::kString:
      if (plain(v.text)) {
        out += '"';
        out += v.text;
        out += '"';
        return;
      }
      break;
    case FactKind::kBool:
      append_bool(out, v.number != 0);
      return;
  }
  // The rare rest (a fraction, a string to escape): the general writer, then only its value.
  RuleTrace t;
  t.decider = &c;
  t.value = v;
  std::string one;
  append_decider_json(t, one);
  const auto from = one.find(",\"value\":") + 9;
  out.append(one, from, one.find(",\"op\":", from) - from);
}

}  // namespace

RecommendationJsonWriter::RecommendationJsonWriter(const DataSet& data) : data_(data) {
  for (const Rule& rule : data.rules.rules) {
    Parts parts;
    split_at_hole(json{{"id", rule.criterion},
                       {"rule", rule.id},
                       {"vote", account_id(rule.vote)},
                       {"weight", rule.weight},
                       {"reason", kHoleText},
                       {"features", rule.features},
                       {"basis", basis_to_json(rule.basis)}},
                  parts);
    rules_.push_back(std::move(parts));
  }
  for (const Advice& advice : data.rules.advice) {
    Parts parts;
    split_at_hole(json{{"id", advice.id},
                       {"text", kHoleText},
                       {"features", advice.features},
                       {"basis", basis_to_json(advice.basis)}},
                  parts);
    advice_.push_back(std::move(parts));
  }
  plain_texts_ = true;
  for (const Rule& rule : data.rules.rules) {
    plain_texts_ = plain_texts_ && plain(rule.reason);
    trace_heads_.push_back(dump(json{{"rule", rule.id},
                                     {"criterion", rule.criterion},
                                     {"vote", account_id(rule.vote)},
                                     {"weight", rule.weight}}));
    trace_heads_.back().pop_back();  // the closing brace: `fired` and `decider` follow
    trace_heads_.back() += ",\"fired\":";
    std::vector<const Condition*> comparisons;
    collect_comparisons(rule.when, comparisons);
    std::vector<DeciderParts> parts;
    for (const Condition* c : comparisons) {
      // Rendered by the general writer with each `holds`, then cut around the value.
      DeciderParts d;
      d.condition = c;
      for (const bool holds : {false, true}) {
        RuleTrace t;
        t.decider = c;
        t.decider_holds = holds;
        std::string one;
        append_decider_json(t, one);
        const auto value = one.find(",\"value\":") + 9;
        const auto op = one.find(",\"op\":", value);
        d.head = one.substr(0, value);
        d.tail[holds ? 1 : 0] = one.substr(op);
      }
      parts.push_back(std::move(d));
    }
    deciders_.push_back(std::move(parts));
  }
  for (const Advice& advice : data.rules.advice) plain_texts_ = plain_texts_ && plain(advice.text);
  for (const Industry& industry : data.industries.industries())
    plain_texts_ = plain_texts_ && plain(industry.name);
  for (const MarginBand& band : data.rules.margins) {
    bands_.push_back("\"margin_band\":" +
                     dump(json{{"id", band.id},
                               {"name", {{"zh", band.name.zh}, {"en", band.name.en}}},
                               {"meaning", {{"zh", band.meaning.zh}, {"en", band.meaning.en}}}}));
  }
}

void RecommendationJsonWriter::append(const Recommendation& r, std::string& out) const {
  const auto index_in = [](const auto* item, const auto& list) {
    return static_cast<std::size_t>(item - list.data());
  };
  // A recommendation from another rule set than the one the parts were made from: the slow,
  // sure way.
  for (const Vote& v : r.votes) {
    if (index_in(v.rule, data_.rules.rules) >= rules_.size()) {
      out += dump(recommendation_to_json(r, data_));
      return;
    }
  }
  for (const Suggestion& a : r.advice) {
    if (index_in(a.advice, data_.rules.advice) >= advice_.size()) {
      out += dump(recommendation_to_json(r, data_));
      return;
    }
  }
  const Profile& p = r.profile;
  out += "{\"schema_version\":1,\"profile\":{\"users\":"sv;
  append_int(out, p.users);
  out += ",\"industry\":"sv;
  if (p.industry.empty())
    out += "null"sv;
  else
    append_json_string(out, p.industry);
  out += ",\"barrier\":\""sv;
  out += barrier_id(p.barrier);
  out += "\",\"regulated\":"sv;
  append_bool(out, p.regulated);
  out += ",\"adding\":\""sv;
  out += adding_id(p.adding);
  out += "\",\"entities\":"sv;
  append_int(out, p.entities);
  out += ",\"within_days\":"sv;
  if (p.within_days)
    append_int(out, *p.within_days);
  else
    out += "null"sv;
  out += "},\"recommendation\":\""sv;
  out += account_id(r.account);
  out += "\",\"scores\":{\"wecom\":"sv;
  append_int(out, r.scores.wecom);
  out += ",\"personal\":"sv;
  append_int(out, r.scores.personal);
  out += "},\"margin\":"sv;
  append_int(out, r.margin());
  out += ',';
  const std::size_t band = r.band ? index_in(r.band, data_.rules.margins) : bands_.size();
  if (band < bands_.size())
    out += bands_[band];
  else
    out += "\"margin_band\":null"sv;
  out += ",\"tie\":"sv;
  append_bool(out, r.tie);
  const Sizing& z = r.sizing;
  out += ",\"capacity\":{\"wecom_accounts\":"sv;
  append_int(out, z.wecom_accounts);
  out += ",\"personal_accounts\":"sv;
  append_int(out, z.personal_accounts);
  out += ",\"personal_accounts_max\":"sv;
  append_int(out, z.personal_accounts_max);
  out += ",\"wecom_entities_needed\":"sv;
  append_int(out, z.wecom_entities_needed);
  out += ",\"expansion_needed\":"sv;
  append_bool(out, z.expansion_needed);
  out += ",\"live_codes\":"sv;
  append_int(out, z.live_codes);
  out += "},\"speed\":{\"wecom_days\":"sv;
  append_int(out, z.wecom_days);
  out += ",\"personal_days\":"sv;
  append_int(out, z.personal_days);
  out += ",\"wecom_estimate\":\""sv;
  out += estimate_id(z.wecom_days_estimate);
  out += "\",\"personal_estimate\":\""sv;
  out += estimate_id(z.personal_days_estimate);
  out += "\",\"target_days\":"sv;
  append_int(out, z.target_days);
  out += ",\"wecom_in_time\":"sv;
  append_bool(out, z.wecom_in_time);
  out += ",\"personal_in_time\":"sv;
  append_bool(out, z.personal_in_time);
  out += "},\"criteria\":["sv;
  for (std::size_t i = 0; i < r.votes.size(); ++i) {
    if (i) out += ',';
    const Parts& parts = rules_[index_in(r.votes[i].rule, data_.rules.rules)];
    out += parts.head;
    append_localized(out, r.votes[i].reason, plain_texts_);
    out += parts.tail;
  }
  out += "],\"advice\":["sv;
  for (std::size_t i = 0; i < r.advice.size(); ++i) {
    if (i) out += ',';
    const Parts& parts = advice_[index_in(r.advice[i].advice, data_.rules.advice)];
    out += parts.head;
    append_localized(out, r.advice[i].text, plain_texts_);
    out += parts.tail;
  }
  out += "],\"flips\":["sv;
  for (std::size_t i = 0; i < r.flips.size(); ++i) {
    const Flip& f = r.flips[i];
    if (i) out += ',';
    out += "{\"change\":\""sv;
    out += change_id(f.change);
    out += "\",\"from\":"sv;
    switch (f.change) {
      case Flip::Change::kAdding:
        out += '"';
        out += adding_id(p.adding);
        out += "\",\"to\":\""sv;
        out += adding_id(f.adding);
        out += '"';
        break;
      case Flip::Change::kBarrier:
        out += '"';
        out += barrier_id(p.barrier);
        out += "\",\"to\":\""sv;
        out += barrier_id(f.barrier);
        out += '"';
        break;
      case Flip::Change::kUsers:
        append_int(out, p.users);
        out += ",\"to\":"sv;
        append_int(out, f.users);
        break;
    }
    out += ",\"recommendation\":\""sv;
    out += account_id(f.recommendation);
    out += "\"}"sv;
  }
  out += "],\"trace\":["sv;
  for (std::size_t i = 0; i < r.trace.size(); ++i) {
    const RuleTrace& t = r.trace[i];
    const std::size_t at = index_in(t.rule, data_.rules.rules);
    if (i) out += ',';
    if (at >= trace_heads_.size()) {  // not from these rules: the general writer
      std::string one;
      append_trace_json({t}, one);
      out.append(one, 1, one.size() - 2);
      continue;
    }
    out += trace_heads_[at];
    out += t.fired ? "true,\"decider\":"sv : "false,\"decider\":"sv;
    const DeciderParts* d = nullptr;
    for (const DeciderParts& candidate : deciders_[at])
      if (candidate.condition == t.decider) d = &candidate;
    if (d) {
      out += d->head;
      append_value(out, *t.decider, t.value);
      out += d->tail[t.decider_holds ? 1 : 0];
    } else {
      append_decider_json(t, out);
    }
    out += '}';
  }
  out += "]}"sv;
}

}  // namespace advisor
