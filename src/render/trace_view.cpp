#include "acct_advisor/render/trace_view.hpp"

#include <array>
#include <cmath>
#include <utility>

#include <fmt/format.h>

#include "acct_advisor/json_line.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/number_words.hpp"
#include "acct_advisor/render/text_layout.hpp"

namespace advisor {

using json = nlohmann::ordered_json;

namespace {

bool integral(double d) {
  return std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9e15;
}

std::string number_text(double d, Lang lang) {
  if (integral(d)) return format_count(static_cast<std::int64_t>(d), lang);
  return fmt::format("{}", d);
}

// A fact as a deciding condition names it: kTraceFactUsers, ... in Fact's order.
std::string_view fact_label(Fact fact, Lang lang) {
  const auto base = static_cast<std::uint16_t>(Msg::kTraceFactUsers);
  return msg(lang, static_cast<Msg>(base + static_cast<std::uint16_t>(fact)));
}
static_assert(static_cast<std::size_t>(Msg::kTraceFactWecomFaster) -
                      static_cast<std::size_t>(Msg::kTraceFactUsers) + 1 ==
                  kFactCount,
              "the kTraceFact<Fact> messages follow Fact's order");

// The words a string fact holds (adding, barrier, recommendation) in the reader's language; any
// other value (an industry id) as the rules file writes it.
std::string_view value_word(std::string_view text, Lang lang) {
  static constexpr std::array<std::pair<std::string_view, Msg>, 6> kWords{{
      {"active", Msg::kTraceValueActive},
      {"passive", Msg::kTraceValuePassive},
      {"low", Msg::kTraceValueLow},
      {"high", Msg::kTraceValueHigh},
      {"wecom", Msg::kTraceValueWecom},
      {"personal", Msg::kTraceValuePersonal},
  }};
  for (const auto& [word, id] : kWords)
    if (word == text) return msg(lang, id);
  return text;
}

std::string literal_text(FactKind kind, double number, std::string_view text, Lang lang) {
  switch (kind) {
    case FactKind::kNumber:
      return number_text(number, lang);
    case FactKind::kString:
      return msg(lang, Msg::kTraceQuoted, fmt::arg("text", value_word(text, lang)));
    case FactKind::kBool:
      return std::string(msg(lang, number != 0 ? Msg::kTraceTrue : Msg::kTraceFalse));
  }
  return "";
}

std::string operand_text(FactKind kind, const Operand& o, Lang lang) {
  return literal_text(kind, o.number, o.text, lang);
}

// The message for an operator, holding or not: kTraceEqHolds, kTraceEqFails, ... in Op's order.
Msg op_message(Op op, bool holds) {
  const auto base = static_cast<std::uint16_t>(Msg::kTraceEqHolds);
  return static_cast<Msg>(base + 2 * static_cast<std::uint16_t>(op) + (holds ? 0 : 1));
}
static_assert(static_cast<int>(Msg::kTraceBetweenFails) - static_cast<int>(Msg::kTraceEqHolds) ==
                  2 * static_cast<int>(Op::kBetween) + 1,
              "the kTrace<Op>Holds/Fails messages follow Op's order");

std::string vote_text(const Rule& rule, Lang lang) {
  return msg(lang, Msg::kTraceVote, fmt::arg("weight", rule.weight),
             fmt::arg("account", account_title(rule.vote, lang)));
}

// JSON literals of a fact's kind: numbers as integers where whole, as the schema says.
void append_number(std::string& out, double d) {
  if (integral(d)) {
    const fmt::format_int text(static_cast<long long>(d));
    out.append(text.data(), text.size());
  } else {
    fmt::format_to(std::back_inserter(out), "{}", d);
  }
}

void append_literal(std::string& out, FactKind kind, double number, std::string_view text) {
  switch (kind) {
    case FactKind::kNumber:
      append_number(out, number);
      return;
    case FactKind::kString:
      append_json_string(out, text);
      return;
    case FactKind::kBool:
      out += number != 0 ? "true" : "false";
      return;
  }
}

json literal_json(FactKind kind, double number, std::string_view text) {
  switch (kind) {
    case FactKind::kNumber:
      return integral(number) ? json(static_cast<std::int64_t>(number)) : json(number);
    case FactKind::kString:
      return json(std::string(text));
    case FactKind::kBool:
      return json(number != 0);
  }
  return json(nullptr);
}

bool operand_list(Op op) {
  return op == Op::kIn || op == Op::kBetween;
}

}  // namespace

std::string decider_text(const RuleTrace& t, Lang lang) {
  if (!t.decider) return std::string(msg(lang, Msg::kTraceAlways));
  const Condition& c = *t.decider;
  const FactKind kind = fact_kind(c.fact);
  const std::string value = literal_text(kind, t.value.number, t.value.text, lang);
  const Msg id = op_message(c.op, t.decider_holds);
  const std::string_view fact = fact_label(c.fact, lang);
  if (c.operands.empty()) return std::string(fact);
  if (c.op == Op::kBetween && c.operands.size() == 2) {
    return msg(lang, id, fmt::arg("fact", fact), fmt::arg("value", value),
               fmt::arg("low", operand_text(kind, c.operands[0], lang)),
               fmt::arg("high", operand_text(kind, c.operands[1], lang)));
  }
  std::string operand;
  for (const Operand& o : c.operands) {
    if (!operand.empty()) operand += msg(lang, Msg::kListSeparator);
    operand += operand_text(kind, o, lang);
    if (c.op != Op::kIn) break;
  }
  return msg(lang, id, fmt::arg("fact", fact), fmt::arg("value", value), fmt::arg("operand", operand),
             fmt::arg("low", ""), fmt::arg("high", ""));
}

std::string render_trace_text(const Recommendation& r, Lang lang, std::size_t width) {
  std::vector<std::array<std::string, 4>> rows;
  rows.push_back(
      {std::string(msg(lang, Msg::kTraceColumnFired)), std::string(msg(lang, Msg::kTraceColumnRule)),
       std::string(msg(lang, Msg::kTraceColumnVote)), std::string(msg(lang, Msg::kTraceColumnDecider))});
  for (const RuleTrace& t : r.trace) {
    rows.push_back({std::string(msg(lang, t.fired ? Msg::kTraceYes : Msg::kTraceNo)), t.rule->id,
                    vote_text(*t.rule, lang), decider_text(t, lang)});
  }
  std::array<std::size_t, 3> widths{};
  for (const auto& row : rows)
    for (std::size_t i = 0; i < widths.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
  const std::string indent = "  ", gap = "  ";
  std::size_t condition_at = indent.size();
  for (std::size_t w : widths) condition_at += w + gap.size();
  constexpr std::size_t kMinConditionWidth = 30;
  const bool beside = width >= condition_at + kMinConditionWidth;
  std::string out = std::string(msg(lang, Msg::kTraceHeading)) + "\n";
  // Too narrow: each condition goes on its own line under its rule's id.
  const std::string under(indent.size() + widths[0] + gap.size(), ' ');
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    std::string first = indent;
    for (std::size_t c = 0; c < widths.size(); ++c) first += pad_right(row[c], widths[c]) + gap;
    if (beside) {
      append_wrapped(out, first, row[3], width);
      continue;
    }
    while (!first.empty() && first.back() == ' ') first.pop_back();
    out += first + "\n";
    if (i > 0) append_wrapped(out, under, row[3], width);  // the header row has no condition
  }
  return out;
}

std::string render_trace_markdown(const Recommendation& r, const DataSet& data, Lang lang) {
  auto cell = [](const std::string& text) {
    std::string out;
    for (char ch : text) {
      if (ch == '|') out += '\\';
      out += ch;
    }
    return out;
  };
  std::string out = fmt::format("\n### {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
                                msg(lang, Msg::kTraceMarkdownHeading), msg(lang, Msg::kTraceColumnRule),
                                msg(lang, Msg::kTraceColumnCriterion), msg(lang, Msg::kTraceColumnVote),
                                msg(lang, Msg::kTraceColumnFired), msg(lang, Msg::kTraceColumnDecider));
  for (const RuleTrace& t : r.trace) {
    const Dimension* d = data.features.find_dimension(t.rule->criterion);
    out += fmt::format("| `{}` | {} | {} | {} | {} |\n", t.rule->id,
                       cell(d ? d->name.in(lang) : t.rule->criterion), cell(vote_text(*t.rule, lang)),
                       msg(lang, t.fired ? Msg::kTraceYes : Msg::kTraceNo), cell(decider_text(t, lang)));
  }
  return out;
}

json trace_to_json(const std::vector<RuleTrace>& trace) {
  json out = json::array();
  for (const RuleTrace& t : trace) {
    json decider(nullptr);
    if (t.decider) {
      const Condition& c = *t.decider;
      const FactKind kind = fact_kind(c.fact);
      json operand;
      if (operand_list(c.op)) {
        operand = json::array();
        for (const Operand& o : c.operands) operand.push_back(literal_json(kind, o.number, o.text));
      } else if (!c.operands.empty()) {
        operand = literal_json(kind, c.operands[0].number, c.operands[0].text);
      }
      decider = {{"fact", fact_name(c.fact)},
                 {"value", literal_json(kind, t.value.number, t.value.text)},
                 {"op", op_name(c.op)},
                 {"operand", operand},
                 {"holds", t.decider_holds}};
    }
    out.push_back({{"rule", t.rule->id},
                   {"criterion", t.rule->criterion},
                   {"vote", account_id(t.rule->vote)},
                   {"weight", t.rule->weight},
                   {"fired", t.fired},
                   {"decider", decider}});
  }
  return out;
}

void append_decider_json(const RuleTrace& t, std::string& out) {
  using namespace std::string_view_literals;
  if (!t.decider) {
    out += "null"sv;
    return;
  }
  const Condition& c = *t.decider;
  const FactKind kind = fact_kind(c.fact);
  out += "{\"fact\":\""sv;
  out += fact_name(c.fact);  // names and operators are plain ASCII: nothing to escape
  out += "\",\"value\":"sv;
  append_literal(out, kind, t.value.number, t.value.text);
  out += ",\"op\":\""sv;
  out += op_name(c.op);
  out += "\",\"operand\":"sv;
  if (operand_list(c.op)) {
    out += '[';
    for (std::size_t i = 0; i < c.operands.size(); ++i) {
      if (i) out += ',';
      append_literal(out, kind, c.operands[i].number, c.operands[i].text);
    }
    out += ']';
  } else if (c.operands.empty()) {
    out += "null"sv;
  } else {
    append_literal(out, kind, c.operands[0].number, c.operands[0].text);
  }
  out += t.decider_holds ? ",\"holds\":true}"sv : ",\"holds\":false}"sv;
}

void append_trace_json(const std::vector<RuleTrace>& trace, std::string& out) {
  using namespace std::string_view_literals;
  out += '[';
  bool first = true;
  for (const RuleTrace& t : trace) {
    if (!first) out += ',';
    first = false;
    out += "{\"rule\":"sv;
    append_json_string(out, t.rule->id);
    out += ",\"criterion\":"sv;
    append_json_string(out, t.rule->criterion);
    out += ",\"vote\":\""sv;
    out += account_id(t.rule->vote);
    out += "\",\"weight\":"sv;
    append_number(out, t.rule->weight);
    out += t.fired ? ",\"fired\":true,\"decider\":"sv : ",\"fired\":false,\"decider\":"sv;
    append_decider_json(t, out);
    out += '}';
  }
  out += ']';
}

}  // namespace advisor
