#include "acct_advisor/render/recommendation_json_writer.hpp"

#include <algorithm>
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

bool plain(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\') return false;
  }
  return valid_utf8(s);
}

bool plain(const LocalizedText& t) {
  return plain(t.zh) && plain(t.en);
}

// A JSON string for text that seldom needs escaping (the filled-in reasons, an industry id):
// whole when it is plain valid UTF-8 (or known to be), through append_json_string (escapes,
// U+FFFD for bad bytes) otherwise.
void put_text(AppendBuffer& out, std::string_view s, bool known_plain = false) {
  if (known_plain || plain(s)) {
    out.put('"');
    out.put(s);
    out.put('"');
    return;
  }
  std::string escaped;
  append_json_string(escaped, s);
  out.put(escaped);
}

void put_bool(AppendBuffer& out, bool b) {
  out.put(b ? "true"sv : "false"sv);
}

// `"key":value` after its separator: `key` is written with both, as `,"name":`.
template <typename Int>
void field(AppendBuffer& out, std::string_view key, Int value) {
  out.put(key);
  out.put_int(value);
}
void field(AppendBuffer& out, std::string_view key, bool value) {
  out.put(key);
  put_bool(out, value);
}
void quoted_field(AppendBuffer& out, std::string_view key, std::string_view value) {
  out.put(key);
  out.put('"');
  out.put(value);
  out.put('"');
}

// A decider rendered by the general writer, cut around its value: [begin of the value, `,"op":`).
std::pair<std::size_t, std::size_t> value_span(const std::string& one) {
  const auto value = one.find(",\"value\":") + 9;
  return {value, one.find(",\"op\":", value)};
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

// A text the engine fills as it is written: no {placeholder} (nor a lone brace) in either language.
bool has_placeholders(const LocalizedText& t) {
  return t.zh.find('{') != std::string::npos || t.en.find('{') != std::string::npos;
}

void collect_comparisons(const Condition& c, std::vector<const Condition*>& out) {
  if (c.kind == Condition::Kind::kCompare) out.push_back(&c);
  for (const Condition& child : c.children) collect_comparisons(child, out);
}

// The fact's value as a JSON literal, as append_decider_json writes it.
void put_value(AppendBuffer& out, const Condition& c, const FactValue& v) {
  switch (fact_kind(c.fact)) {
    case FactKind::kNumber: {
      // Range first: converting NaN or a double past long long is undefined.
      if (!(std::fabs(v.number) < 9e15)) break;
      const auto whole = static_cast<long long>(v.number);
      if (static_cast<double>(whole) == v.number) {
        out.put_int(whole);
        return;
      }
      break;
    }
    case FactKind::kString:
      if (plain(v.text)) {
        put_text(out, v.text, true);
        return;
      }
      break;
    case FactKind::kBool:
      put_bool(out, v.number != 0);
      return;
  }
  // The rare rest (a fraction, a string to escape): the general writer, then only its value.
  RuleTrace t;
  t.decider = &c;
  t.value = v;
  std::string one;
  append_decider_json(t, one);
  const auto [from, to] = value_span(one);
  out.put(std::string_view(one).substr(from, to - from));
}

}  // namespace

RecommendationJsonWriter::RecommendationJsonWriter(const DataSet& data, const Engine& engine)
    : data_(data), engine_(engine) {
  if (&engine.rules() != &data.rules)
    throw std::logic_error("RecommendationJsonWriter: the engine scores with other rules than the data's");
  for (const Rule& rule : data.rules.rules) {
    const auto with = [&rule](const json& reason) {
      return json{{"id", rule.criterion},
                  {"rule", rule.id},
                  {"vote", account_id(rule.vote)},
                  {"weight", rule.weight},
                  {"reason", reason},
                  {"features", rule.features},
                  {"basis", basis_to_json(rule.basis)}};
    };
    Parts parts;
    split_at_hole(with(kHoleText), parts);
    if (!has_placeholders(rule.reason))
      parts.whole = dump(with({{"zh", rule.reason.zh}, {"en", rule.reason.en}}));
    rules_.push_back(std::move(parts));
  }
  for (const Advice& advice : data.rules.advice) {
    const auto with = [&advice](const json& text) {
      return json{{"id", advice.id},
                  {"text", text},
                  {"features", advice.features},
                  {"basis", basis_to_json(advice.basis)}};
    };
    Parts parts;
    split_at_hole(with(kHoleText), parts);
    if (!has_placeholders(advice.text))
      parts.whole = dump(with({{"zh", advice.text.zh}, {"en", advice.text.en}}));
    advice_.push_back(std::move(parts));
  }
  plain_texts_ = true;
  for (const Rule& rule : data.rules.rules) {
    plain_texts_ = plain_texts_ && plain(rule.reason);
    std::string head = dump(json{{"rule", rule.id},
                                 {"criterion", rule.criterion},
                                 {"vote", account_id(rule.vote)},
                                 {"weight", rule.weight}});
    head.pop_back();  // the closing brace: `fired` and `decider` follow
    trace_heads_.push_back({head + ",\"fired\":false,\"decider\":", head + ",\"fired\":true,\"decider\":"});
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
        const auto [value, op] = value_span(one);
        for (const bool fired : {false, true})
          d.head[fired ? 1 : 0] = trace_heads_.back()[fired ? 1 : 0] + one.substr(0, value);
        d.tail[holds ? 1 : 0] = one.substr(op) + '}';
      }
      parts.push_back(std::move(d));
    }
    deciders_.push_back(std::move(parts));
  }
  // Each entry's end joined with the start of the next rule's entry, for each way that can go.
  for (std::size_t at = 0; at + 1 < deciders_.size(); ++at) {
    for (DeciderParts& d : deciders_[at]) {
      for (const int holds : {0, 1}) {
        for (const DeciderParts& next : deciders_[at + 1])
          for (const int fired : {0, 1}) d.next[holds].push_back(d.tail[holds] + ',' + next.head[fired]);
      }
    }
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

bool RecommendationJsonWriter::from_these_rules(const Recommendation& r) const {
  const auto inside = [](const auto* item, const auto& list) {
    return item >= list.data() && item < list.data() + list.size();
  };
  return std::all_of(r.votes.begin(), r.votes.end(),
                     [&](const Vote& v) { return inside(v.rule, data_.rules.rules); }) &&
         std::all_of(r.advice.begin(), r.advice.end(),
                     [&](const Suggestion& a) { return inside(a.advice, data_.rules.advice); });
}

void RecommendationJsonWriter::append(const Recommendation& r, std::string& out) const {
  // A recommendation from another rule set than the one the parts were made from: the slow,
  // sure way.
  if (!from_these_rules(r)) {
    if (!r.texts_filled)
      throw std::logic_error("RecommendationJsonWriter: texts left unfilled by another rule set's engine");
    out += dump(recommendation_to_json(r, data_));
    return;
  }
  AppendBuffer buffer(out, kTypicalSize);
  write(r, buffer);
}

void RecommendationJsonWriter::write(const Recommendation& r, AppendBuffer& out) const {
  const auto index_in = [](const auto* item, const auto& list) {
    return static_cast<std::size_t>(item - list.data());
  };
  const Profile& p = r.profile;
  field(out, "{\"schema_version\":1,\"profile\":{\"users\":"sv, p.users);
  out.put(",\"industry\":"sv);
  if (p.industry.empty())
    out.put("null"sv);
  else
    put_text(out, p.industry);
  quoted_field(out, ",\"barrier\":"sv, barrier_id(p.barrier));
  field(out, ",\"regulated\":"sv, p.regulated);
  quoted_field(out, ",\"adding\":"sv, adding_id(p.adding));
  field(out, ",\"entities\":"sv, p.entities);
  out.put(",\"within_days\":"sv);
  if (p.within_days)
    out.put_int(*p.within_days);
  else
    out.put("null"sv);
  quoted_field(out, "},\"recommendation\":"sv, account_id(r.account));
  field(out, ",\"scores\":{\"wecom\":"sv, r.scores.wecom);
  field(out, ",\"personal\":"sv, r.scores.personal);
  field(out, "},\"margin\":"sv, r.margin());
  out.put(',');
  const std::size_t band = r.band ? index_in(r.band, data_.rules.margins) : bands_.size();
  out.put(band < bands_.size() ? std::string_view(bands_[band]) : "\"margin_band\":null"sv);
  field(out, ",\"tie\":"sv, r.tie);
  const Sizing& z = r.sizing;
  field(out, ",\"capacity\":{\"wecom_accounts\":"sv, z.wecom_accounts);
  field(out, ",\"personal_accounts\":"sv, z.personal_accounts);
  field(out, ",\"personal_accounts_max\":"sv, z.personal_accounts_max);
  field(out, ",\"wecom_entities_needed\":"sv, z.wecom_entities_needed);
  field(out, ",\"expansion_needed\":"sv, z.expansion_needed);
  field(out, ",\"live_codes\":"sv, z.live_codes);
  field(out, "},\"speed\":{\"wecom_days\":"sv, z.wecom_days);
  field(out, ",\"personal_days\":"sv, z.personal_days);
  quoted_field(out, ",\"wecom_estimate\":"sv, estimate_id(z.wecom_days_estimate));
  quoted_field(out, ",\"personal_estimate\":"sv, estimate_id(z.personal_days_estimate));
  field(out, ",\"target_days\":"sv, z.target_days);
  field(out, ",\"wecom_in_time\":"sv, z.wecom_in_time);
  field(out, ",\"personal_in_time\":"sv, z.personal_in_time);
  // A fired rule or an advice: its fixed parts around the text, {"zh":..,"en":..}.
  const auto texts = [&](std::string_view open, const auto& items, const auto& list, const auto& parts,
                         auto item_of, auto text_of) {
    out.put(open);
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i) out.put(',');
      const Parts& part = parts[index_in(item_of(items[i]), list)];
      if (!r.texts_filled && !part.whole.empty()) {  // the same text for every record
        out.put(part.whole);
        continue;
      }
      out.put(part.head);
      out.put("{\"zh\":"sv);
      put_localized(r, items[i], text_of(items[i]), Lang::kZh, out);
      out.put(",\"en\":"sv);
      put_localized(r, items[i], text_of(items[i]), Lang::kEn, out);
      out.put('}');
      out.put(part.tail);
    }
  };
  texts(
      "},\"criteria\":["sv, r.votes, data_.rules.rules, rules_, [](const Vote& v) { return v.rule; },
      [](const Vote& v) -> const LocalizedText& { return v.reason; });
  texts(
      "],\"advice\":["sv, r.advice, data_.rules.advice, advice_, [](const Suggestion& a) { return a.advice; },
      [](const Suggestion& a) -> const LocalizedText& { return a.text; });
  out.put("],\"flips\":["sv);
  for (std::size_t i = 0; i < r.flips.size(); ++i) {
    const Flip& f = r.flips[i];
    if (i) out.put(',');
    quoted_field(out, "{\"change\":"sv, change_id(f.change));
    switch (f.change) {
      case Flip::Change::kAdding:
        quoted_field(out, ",\"from\":"sv, adding_id(p.adding));
        quoted_field(out, ",\"to\":"sv, adding_id(f.adding));
        break;
      case Flip::Change::kBarrier:
        quoted_field(out, ",\"from\":"sv, barrier_id(p.barrier));
        quoted_field(out, ",\"to\":"sv, barrier_id(f.barrier));
        break;
      case Flip::Change::kUsers:
        field(out, ",\"from\":"sv, p.users);
        field(out, ",\"to\":"sv, f.users);
        break;
    }
    quoted_field(out, ",\"recommendation\":"sv, account_id(f.recommendation));
    out.put('}');
  }
  out.put("],\"trace\":["sv);
  // The entry before, when its end is still to write: joined with the next entry's start when
  // that is the next rule's, as one piece.
  const DeciderParts* open = nullptr;
  bool open_holds = false;
  std::size_t open_at = 0;
  for (std::size_t i = 0; i < r.trace.size(); ++i) {
    const RuleTrace& t = r.trace[i];
    const std::size_t at = index_in(t.rule, data_.rules.rules);
    const DeciderParts* d = nullptr;
    std::size_t k = 0;
    if (at < trace_heads_.size()) {
      for (std::size_t c = 0; c < deciders_[at].size(); ++c)
        if (deciders_[at][c].condition == t.decider) {
          d = &deciders_[at][c];
          k = c;
        }
    }
    if (open && d && at == open_at + 1) {
      out.put(open->next[open_holds ? 1 : 0][k * 2 + (t.fired ? 1 : 0)]);
      put_value(out, *t.decider, t.value);
      open = d;
      open_holds = t.decider_holds;
      open_at = at;
      continue;
    }
    if (open) out.put(open->tail[open_holds ? 1 : 0]);
    open = nullptr;
    if (i) out.put(',');
    if (at >= trace_heads_.size()) {  // not from these rules: the general writer
      std::string one;
      append_trace_json({t}, one);
      out.put(std::string_view(one).substr(1, one.size() - 2));
      continue;
    }
    if (d) {
      out.put(d->head[t.fired ? 1 : 0]);
      put_value(out, *t.decider, t.value);
      open = d;
      open_holds = t.decider_holds;
      open_at = at;
    } else {
      out.put(trace_heads_[at][t.fired ? 1 : 0]);
      std::string decider;
      append_decider_json(t, decider);
      out.put(decider);
      out.put('}');
    }
  }
  if (open) out.put(open->tail[open_holds ? 1 : 0]);
  out.put("]}"sv);
}

template <typename Item>
void RecommendationJsonWriter::put_localized(const Recommendation& r, const Item& item,
                                             const LocalizedText& filled, Lang lang,
                                             AppendBuffer& out) const {
  if (r.texts_filled) {
    put_text(out, filled.in(lang), plain_texts_);
  } else if (plain_texts_) {
    // Filled straight into the record: nothing in it needs escaping.
    out.put('"');
    engine_.append_text(r, item, lang, out);
    out.put('"');
  } else {
    std::string text;
    {
      AppendBuffer filling(text);
      engine_.append_text(r, item, lang, filling);
    }
    put_text(out, text);
  }
}

}  // namespace advisor
