#pragma once
// The scoring rules' conditions compiled once into one flat array, for the per-record path
// (batch's decide()): each node holds its thresholds and its fact's slot, and a node's subtree
// follows it, so evaluating is a walk over contiguous memory with no vectors of operands to
// chase. It answers exactly as Condition::evaluate and Condition::explain (the tree stays for
// bound and for the conditions' text).

#include <cstdint>
#include <string_view>
#include <vector>

#include "acct_advisor/condition.hpp"

namespace advisor {

class RuleProgram {
 public:
  /// Compiles the conditions, in order; they must outlive the program (strings are views).
  explicit RuleProgram(const std::vector<const Condition*>& conditions);
  RuleProgram() = default;

  /// Whether condition `index` (in the order given) holds for the facts.
  bool holds(std::size_t index, const FactValues& facts) const { return eval(roots_[index], facts); }
  /// The conditions compiled.
  std::size_t size() const { return roots_.size(); }
  /// Whether each condition holds, into held[0, size()): one call for them all, with the usual
  /// comparisons inlined (a call per condition and per comparison was a fifth of batch's time).
  void holds_all(const FactValues& facts, bool* held) const;
  /// Condition `index`'s value and the comparison that decided it, as Condition::explain
  /// (the decider points into the conditions compiled).
  Condition::Outcome explain(std::size_t index, const FactValues& facts) const {
    return explain_at(roots_[index], facts);
  }
  /// Whether any of the conditions reads the fact: the engine computes only those facts.
  bool reads(Fact fact) const { return (facts_read_ >> static_cast<unsigned>(fact) & 1U) != 0; }

 private:
  /// The comparison a node makes, settled when it is compiled: the usual ones are tested
  /// inline, the rest (!=, `in`) by compare_number and compare_text.
  enum class Test : std::uint8_t { kNever, kNumberRange, kBoolRange, kTextEquals, kOther };
  struct Node {
    Condition::Kind kind = Condition::Kind::kTrue;
    Test test = Test::kOther;
    FactKind type = FactKind::kNumber;
    Op op = Op::kEq;
    std::uint8_t slot = 0;               ///< Index into FactValues' numbers, strings or bools.
    bool no_operands = false;            ///< A comparison with nothing to compare against: false.
    std::uint32_t end = 0;               ///< One past this node's subtree.
    double low = 0, high = 0;            ///< The operand, or between's bounds.
    std::uint32_t first = 0, count = 0;  ///< `in` (and string) operands in numbers_ or texts_.
    const Condition* source = nullptr;   ///< What it was compiled from: explain's decider.
  };
  void compile(const Condition& c);
  bool eval(std::uint32_t at, const FactValues& facts) const;
  Condition::Outcome explain_at(std::uint32_t at, const FactValues& facts) const;
  bool compare(const Node& n, const FactValues& facts) const;
  bool compare_other(const Node& n, const FactValues& facts) const;
  bool compare_number(const Node& n, double a) const;
  bool compare_text(const Node& n, std::string_view a) const;

  std::vector<Node> nodes_;
  std::vector<std::uint32_t> roots_;
  std::vector<double> numbers_;
  std::vector<std::string_view> texts_;
  std::uint32_t facts_read_ = 0;  ///< Bit Fact: some comparison reads it.
};

}  // namespace advisor
