#pragma once
// Why a statement the tool prints is true. Every vote, advice line, industry barrier and
// regulation flag names its basis, so an operator can tell the lecture's own words from the
// comparison table's figures and from our reasoning.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/json_reader.hpp"
#include "acct_advisor/lang.hpp"

namespace advisor {

enum class BasisKind {
  kLecture,     ///< The lecture says it; `quote` holds its words.
  kTable,       ///< Rows of the comparison table say it; `rows` holds their numbers.
  kPublic,      ///< A public page says it; `url` holds it.
  kInference,   ///< Our reasoning from the lecture and the table; `why` says it in one sentence.
  kAssumption,  ///< Our judgement with no source; `why` gives the reason.
};

struct Basis {
  BasisKind kind = BasisKind::kInference;
  std::string quote;      ///< kLecture: the lecture's words, in Chinese as spoken.
  std::vector<int> rows;  ///< kTable: feature rows.
  std::string url;        ///< kPublic.
  LocalizedText why;      ///< kInference, kAssumption: the reasoning.
};

/// "lecture", "table", "public", "inference", "assumption": the ids in data files and JSON.
std::string_view basis_kind_id(BasisKind kind);
std::optional<BasisKind> parse_basis_kind(std::string_view id);

/// Reads {"kind": ..., "quote" | "rows" | "url" | "why": ...} at `pointer`; each kind needs its
/// own field and no other. `allowed` limits the kinds this place may use (empty: any). Row
/// numbers are checked against `features` when given. Problems go to `problems`.
std::optional<Basis> parse_basis(const nlohmann::json& value, const std::string& pointer, Problems& problems,
                                 const std::vector<BasisKind>& allowed = {},
                                 const FeatureTable* features = nullptr);

/// The JSON form, as parse_basis reads it.
nlohmann::ordered_json basis_to_json(const Basis& basis);

/// A short label for text output: 讲座原话 / lecture, 对比表第4、5项 / table rows 4, 5,
/// 推断 / inference, ...; the quote or reasoning is rendered separately.
std::string basis_label(const Basis& basis, Lang lang);

}  // namespace advisor
