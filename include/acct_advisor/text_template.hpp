#pragma once
// A reason or advice text of rules.json with its {placeholders} (see kTemplateFields), parsed
// once at load into literal runs and slots. Filling it for a profile then appends the pieces to
// a buffer; searching the text for braces and matching the names on every record was about half
// of recommend()'s cost in `batch --explain`.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "acct_advisor/append_buffer.hpp"
#include "acct_advisor/industry_catalog.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/planner.hpp"
#include "acct_advisor/profile.hpp"

namespace advisor {

class TextTemplate {
 public:
  /// Parses `text`, written in `lang`; the template keeps views into it, so it must outlive
  /// the template. Unknown or unclosed placeholders stay as written (load time refuses them).
  TextTemplate(std::string_view text, Lang lang);

  /// Appends the text filled for the profile: counts in the language's digits (and, in English,
  /// {field|singular|plural} with the noun that agrees), the industry's name, the barrier, the
  /// adding mode and the days' bound words.
  void append_to(std::string& out, const Profile& profile, const Sizing& sizing,
                 const Industry* industry) const;
  /// The same through a raw cursor (batch --explain writes the text straight into its record).
  void append_to(AppendBuffer& out, const Profile& profile, const Sizing& sizing,
                 const Industry* industry) const;

 private:
  enum class Slot : std::uint8_t {
    kLiteral,
    kCount,
    kIndustry,
    kWecomDaysBound,
    kPersonalDaysBound,
    kBarrier,
    kAdding
  };
  struct Piece {
    Slot slot = Slot::kLiteral;
    std::uint8_t count = 0;      ///< kCount: which count (kTemplateFields' order).
    bool trade_follows = false;  ///< kIndustry: Chinese text goes on with 行业.
    bool at_start = false;       ///< kIndustry: the placeholder opens the text.
    std::string_view text;       ///< kLiteral: the run.
    std::string_view singular;   ///< kCount: the English nouns, when given.
    std::string_view plural;
  };
  Lang lang_;
  std::vector<Piece> pieces_;
};

/// Fills {users}, {industry}, ... in a reason or advice text (see kTemplateFields), and
/// {field|singular|plural} with the count and the English noun that agrees with it.
std::string render_template(const std::string& text, const Profile& profile, const Sizing& sizing, Lang lang,
                            const Industry* industry);

}  // namespace advisor
