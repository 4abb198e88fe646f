// English messages. See messages.hpp: one entry per Msg, in the enum's order.
#include "acct_advisor/messages.hpp"

namespace advisor::messages_detail {

extern const Entry kEnglish[static_cast<std::size_t>(Msg::kCount)];
constexpr Entry kEnglish[] = {
    // --- Words used everywhere
    {Msg::kListSeparator, ", "},
    {Msg::kColon, ": "},
    {Msg::kAtLeast, "at least "},
    {Msg::kAbout, "about "},
    {Msg::kBarrierLow, "low barrier"},
    {Msg::kBarrierHigh, "high barrier"},
    {Msg::kAddingActive, "active"},
    {Msg::kAddingPassive, "passive"},
    {Msg::kRegulated, "regulated"},
    {Msg::kWecom, "WeCom"},
    {Msg::kPersonal, "personal WeChat"},
    {Msg::kWecomTitle, "WeCom"},
    {Msg::kPersonalTitle, "Personal WeChat"},

    // --- Recommendation (recommend, render/recommendation_view)
    {Msg::kIndustryDetails, "{industry} ({details})"},
    {Msg::kBarrierRegulated, "{barrier}, regulated"},
    {Msg::kFlipAddingActive, "with mostly active adding: {to}"},
    {Msg::kFlipAddingPassive, "with mostly passive adding: {to}"},
    {Msg::kFlipBarrierLow, "with a low-barrier industry: {to}"},
    {Msg::kFlipBarrierHigh, "with a high-barrier industry: {to}"},
    {Msg::kFlipUsersFewer, "with {n:customer|customers} or fewer: {to}"},
    {Msg::kFlipUsersMore, "with more than {n:customer|customers}: {to}"},
    {Msg::kRowsCitedOne, " (row {rows})"},
    {Msg::kRowsCitedMany, " (rows {rows})"},
    {Msg::kBasisPlain, "Basis: "},
    {Msg::kBasisOfKind, "Basis ({kind}): "},
    {Msg::kCapacity,
     "{wecom:WeCom account|WeCom accounts}, or {personal:personal WeChat account|personal WeChat "
     "accounts}{at_max}"},
    {Msg::kCapacityAtMax, " ({n} at the {max} maximum)"},
    {Msg::kEntitiesNeeded,
     "WeCom holds at most {per} customers per company entity (row {row}): {needed:entity|entities} needed, "
     "{given} given; or apply to Tencent for an expansion (扩容; it has conditions, see row {row}'s note)"},
    {Msg::kCustomers, "{n:customer|customers}"},
    {Msg::kMostlyActive, "mostly active adding"},
    {Msg::kMostlyPassive, "mostly passive adding"},
    {Msg::kProfileEntities, " · {n:company entity|company entities}"},
    {Msg::kProfileWithin, " · within {n:day|days}"},
    {Msg::kLabelMeaning, "Meaning: "},
    {Msg::kLabelProfile, "Profile: "},
    {Msg::kLabelAccountsNeeded, "Accounts needed: "},
    {Msg::kLabelEntities, "Company entities: "},
    {Msg::kLabelTimeToFill, "Time to fill: "},
    {Msg::kLabelNote, "Note: "},
    {Msg::kCriteriaHeading, "Criteria:"},
    {Msg::kVoteLine, "{criterion}: +{weight} {account}"},
    {Msg::kTieHeading, "Tie:"},
    {Msg::kFeaturesCitedHeading, "Features cited:"},
    {Msg::kAdviceHeading, "Advice:"},
    {Msg::kFlipsHeading, "What would change the answer:"},
    {Msg::kNoFlips, "No single change of adding mode, barrier or customer count changes it."},
    {Msg::kMdVotesHeader, "| Criterion | Vote | Weight | Reason | Basis |"},
    {Msg::kMdTie, "Tie: {reason} ({basis})"},
    {Msg::kMdAdviceHeading, "### Advice"},
    {Msg::kMdFlipsHeading, "### What would change the answer"},
    {Msg::kMdNoFlips, "nothing in a single change"},
    {Msg::kHeadline, "Recommendation: {account} ({band}: score {mine} to {theirs}, margin {margin})"},
    {Msg::kHeadlineTie,
     "Recommendation: {account} ({band}: score {mine} to {theirs}; a tie, broken by the tie rule)"},

    // --- Basis of a statement
    {Msg::kBasisLecture, "lecture"},
    {Msg::kBasisTableRow, "table row {rows}"},
    {Msg::kBasisTableRows, "table rows {rows}"},
    {Msg::kBasisPublic, "public source"},
    {Msg::kBasisInference, "inference"},
    {Msg::kBasisAssumption, "assumption"},
};
static_assert(complete(kEnglish), "messages_en.cpp must list every Msg once, in the enum's order");

}  // namespace advisor::messages_detail
