#include "acct_advisor/rule_program.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace advisor {

namespace {

// The slot of a fact within its kind's array in FactValues (Fact lists numbers, then strings,
// then bools).
std::uint8_t slot_of(Fact fact) {
  const auto i = static_cast<std::size_t>(fact);
  if (i < kNumberFacts) return static_cast<std::uint8_t>(i);
  if (i < kNumberFacts + kStringFacts) return static_cast<std::uint8_t>(i - kNumberFacts);
  return static_cast<std::uint8_t>(i - kNumberFacts - kStringFacts);
}

// A number's ordering comparison as the closed range it accepts, so the per-record test is two
// comparisons and no choice of operator: a < v is a <= the double just below v (exact for every
// double a, NaN included, which no range holds), and == is the range [v, v]. Only != and `in`
// stay as they are. What op was is still in the node's source, for explain. (A template only
// because Node is private to the program.)
template <typename Node>
void to_range(Node& n) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const double v = n.low;
  switch (n.op) {
    case Op::kEq:
      n.high = v;
      break;
    case Op::kLt:
      n.no_operands = v == -kInf;  // nothing is below -inf
      n.low = -kInf;
      n.high = std::nextafter(v, -kInf);
      break;
    case Op::kLe:
      n.low = -kInf;
      n.high = v;
      break;
    case Op::kGt:
      n.no_operands = v == kInf;  // nothing is above +inf
      n.low = std::nextafter(v, kInf);
      n.high = kInf;
      break;
    case Op::kGe:
      n.high = kInf;
      break;
    case Op::kBetween:
    case Op::kNe:
    case Op::kIn:
      return;
  }
  n.op = Op::kBetween;
}

}  // namespace

RuleProgram::RuleProgram(const std::vector<const Condition*>& conditions) {
  for (const Condition* c : conditions) {
    roots_.push_back(static_cast<std::uint32_t>(nodes_.size()));
    compile(*c);
  }
}

void RuleProgram::compile(const Condition& c) {
  const auto at = nodes_.size();
  nodes_.emplace_back();
  {
    Node& n = nodes_[at];
    n.kind = c.kind;
    n.source = &c;
    if (c.kind == Condition::Kind::kCompare) {
      static_assert(kFactCount <= 32, "facts_read_ has a bit per fact");
      facts_read_ |= 1U << static_cast<unsigned>(c.fact);
      n.type = fact_kind(c.fact);
      n.op = c.op;
      n.slot = slot_of(c.fact);
      n.no_operands = c.operands.empty();
      if (!c.operands.empty()) n.low = c.operands[0].number;
      if (c.operands.size() > 1) n.high = c.operands[1].number;
      if (n.type != FactKind::kString && !n.no_operands) to_range(n);
      n.test = n.no_operands                                         ? Test::kNever
               : n.type == FactKind::kString && n.op == Op::kEq      ? Test::kTextEquals
               : n.type == FactKind::kNumber && n.op == Op::kBetween ? Test::kNumberRange
               : n.type == FactKind::kBool && n.op == Op::kBetween   ? Test::kBoolRange
                                                                     : Test::kOther;
      n.first = static_cast<std::uint32_t>(n.type == FactKind::kString ? texts_.size() : numbers_.size());
      n.count = static_cast<std::uint32_t>(c.operands.size());
      for (const Operand& o : c.operands) {
        if (n.type == FactKind::kString)
          texts_.push_back(o.text);
        else
          numbers_.push_back(o.number);
      }
    }
  }
  for (const Condition& child : c.children) compile(child);
  nodes_[at].end = static_cast<std::uint32_t>(nodes_.size());
}

bool RuleProgram::compare_number(const Node& n, double a) const {
  if (n.op == Op::kBetween) return (a >= n.low) & (a <= n.high);  // the usual case, first
  switch (n.op) {
    case Op::kEq:
      return a == n.low;
    case Op::kNe:
      return a != n.low;
    case Op::kLt:
      return a < n.low;
    case Op::kLe:
      return a <= n.low;
    case Op::kGt:
      return a > n.low;
    case Op::kGe:
      return a >= n.low;
    case Op::kIn: {
      const double* from = numbers_.data() + n.first;
      return std::find(from, from + n.count, a) != from + n.count;
    }
    case Op::kBetween:
      return a >= n.low && a <= n.high;
  }
  return false;
}

namespace {

// The facts' strings are short ids ("active", "low", "fruit"): compared in place, without a
// call to memcmp for each.
bool same_text(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.size() > 16) return std::memcmp(a.data(), b.data(), a.size()) == 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

}  // namespace

bool RuleProgram::compare_text(const Node& n, std::string_view a) const {
  const std::string_view* from = texts_.data() + n.first;
  switch (n.op) {
    case Op::kEq:
      return same_text(a, from[0]);
    case Op::kNe:
      return !same_text(a, from[0]);
    case Op::kIn:
      return std::find(from, from + n.count, a) != from + n.count;
    default:
      return false;  // ordering on strings is refused at load time
  }
}

bool RuleProgram::compare_other(const Node& n, const FactValues& facts) const {
  if (n.no_operands) return false;
  switch (n.type) {
    case FactKind::kNumber:
      return compare_number(n, facts.numbers[n.slot]);
    case FactKind::kString:
      return compare_text(n, facts.strings[n.slot]);
    case FactKind::kBool:
      return compare_number(n, facts.bools[n.slot] ? 1.0 : 0.0);
  }
  return false;
}

// Inline in eval and holds_all: the usual comparisons are a few instructions, less than a call.
inline bool RuleProgram::compare(const Node& n, const FactValues& facts) const {
  switch (n.test) {
    case Test::kNever:
      return false;
    case Test::kNumberRange: {
      const double a = facts.numbers[n.slot];
      return (a >= n.low) & (a <= n.high);
    }
    case Test::kBoolRange: {
      const double a = facts.bools[n.slot] ? 1.0 : 0.0;
      return (a >= n.low) & (a <= n.high);
    }
    case Test::kTextEquals:
      return same_text(facts.strings[n.slot], texts_[n.first]);
    case Test::kOther:
      break;
  }
  return compare_other(n, facts);
}

bool RuleProgram::eval(std::uint32_t at, const FactValues& facts) const {
  const Node& n = nodes_[at];
  // A child that is a comparison (most are) is compared here, not through a call of eval: the
  // calls were most of the cost of a rule.
  auto child = [&](std::uint32_t c) {
    const Node& k = nodes_[c];
    return k.kind == Condition::Kind::kCompare ? compare(k, facts) : eval(c, facts);
  };
  switch (n.kind) {
    case Condition::Kind::kTrue:
      return true;
    case Condition::Kind::kAll:
      for (std::uint32_t c = at + 1; c < n.end; c = nodes_[c].end)
        if (!child(c)) return false;
      return true;
    case Condition::Kind::kAny:
      for (std::uint32_t c = at + 1; c < n.end; c = nodes_[c].end)
        if (child(c)) return true;
      return false;
    case Condition::Kind::kNot:
      return !child(at + 1);
    case Condition::Kind::kCompare:
      return compare(n, facts);
  }
  return false;
}

void RuleProgram::holds_all(const FactValues& facts, bool* held) const {
  for (const std::uint32_t root : roots_) {
    const Node& n = nodes_[root];
    *held++ = n.kind == Condition::Kind::kCompare ? compare(n, facts) : eval(root, facts);
  }
}

// Walks as eval() does; see Condition::explain for which comparison decides.
Condition::Outcome RuleProgram::explain_at(std::uint32_t at, const FactValues& facts) const {
  const Node& n = nodes_[at];
  switch (n.kind) {
    case Condition::Kind::kTrue:
      return {true, nullptr, true};
    case Condition::Kind::kAll:
    case Condition::Kind::kAny: {
      const bool stop_at = n.kind == Condition::Kind::kAny;
      Condition::Outcome last;
      for (std::uint32_t c = at + 1; c < n.end; c = nodes_[c].end) {
        last = explain_at(c, facts);
        if (last.holds == stop_at) return last;
      }
      return last;
    }
    case Condition::Kind::kNot: {
      Condition::Outcome inner = explain_at(at + 1, facts);
      inner.holds = !inner.holds;
      return inner;
    }
    case Condition::Kind::kCompare: {
      const bool holds = compare(n, facts);
      return {holds, n.source, holds};
    }
  }
  return {};
}

}  // namespace advisor
