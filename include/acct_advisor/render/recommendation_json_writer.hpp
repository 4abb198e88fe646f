#pragma once
// The `recommend` JSON (recommendation_to_json without a plan) written straight into a string,
// for `batch --explain`: building a JSON tree per record and dumping it was nearly all of that
// run's time. What is the same for every record (each rule's and advice's id, vote, rows and
// basis, the margin bands) is rendered once, here, by the same JSON code as
// recommendation_to_json; per record only the figures and filled-in texts are written.

#include <array>
#include <string>
#include <vector>

#include "acct_advisor/append_buffer.hpp"
#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"

namespace advisor {

class RecommendationJsonWriter {
 public:
  /// `data` and `engine` (which scores with data's rules) must outlive the writer, and the
  /// recommendations must come from that engine.
  RecommendationJsonWriter(const DataSet& data, const Engine& engine);

  /// Appends recommendation_to_json(r, data) as compact JSON: it parses to the same value. When
  /// `r` was made with TextFill::kLeave, its texts are filled straight into `out`.
  void append(const Recommendation& r, std::string& out) const;

 private:
  /// Whether every vote and advice points into data's rules (the parts are by their position).
  bool from_these_rules(const Recommendation& r) const;
  void write(const Recommendation& r, AppendBuffer& out) const;
  /// A vote's reason or an advice's text in `lang` as a JSON string: `filled` when the engine
  /// filled it, else filled by the engine into `out`.
  template <typename Item>
  void put_localized(const Recommendation& r, const Item& item, const LocalizedText& filled, Lang lang,
                     AppendBuffer& out) const;
  /// About what one record with a full trace takes, reserved before writing it.
  static constexpr std::size_t kTypicalSize = 8192;

  struct Parts {
    std::string head;  ///< Up to the first text: `{"id":..,...,"reason":`
    std::string tail;  ///< After it: `,"features":[..],"basis":{..}}`
    /// The whole item, when its text is the same for every profile (no placeholders); else empty.
    std::string whole;
  };
  const DataSet& data_;
  const Engine& engine_;
  std::vector<Parts> rules_;        ///< By position in data.rules.rules.
  std::vector<Parts> advice_;       ///< By position in data.rules.advice.
  std::vector<std::string> bands_;  ///< `"margin_band":{..}` by position in data.rules.margins.
  /// A trace entry up to its decider, [not fired, fired], by position in data.rules.rules.
  std::vector<std::array<std::string, 2>> trace_heads_;
  /// A comparison a rule may be decided by, as its whole trace entry around the fact's value:
  /// the entry up to the value (the rule's head, not fired and fired, then
  /// `{"fact":..,"value":`) and, after the value, the rest to the entry's end for `holds` false
  /// and true. Whole, so that an entry is three appends, not seven.
  struct DeciderParts {
    const Condition* condition = nullptr;
    std::string head[2];
    std::string tail[2];
    /// tail[holds], a comma and the next rule's entry up to its value, by that entry's
    /// [decider's position in deciders_ x 2 + fired].
    std::vector<std::string> next[2];
  };
  std::vector<std::vector<DeciderParts>> deciders_;  ///< By position in data.rules.rules.
  /// Whether every text a reason or advice can be filled from (the rules' texts, the industry
  /// names) is free of what JSON escapes: then the filled texts are written as they are, with no
  /// byte-by-byte check per record. (They are valid UTF-8: the JSON parser that read them checks.)
  bool plain_texts_ = false;
};

}  // namespace advisor
