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

    // --- Basis of a statement
    {Msg::kBasisLecture, "lecture"},
    {Msg::kBasisTableRow, "table row {rows}"},
    {Msg::kBasisTableRows, "table rows {rows}"},
    {Msg::kBasisPublic, "public source"},
    {Msg::kBasisInference, "inference"},
    {Msg::kBasisAssumption, "assumption"},

    // --- Trace
    {Msg::kTraceHeading, "Rule trace (every rule in the rules file, fired or not):"},
    {Msg::kTraceMarkdownHeading, "Rule trace"},
    {Msg::kTraceColumnFired, "Fired"},
    {Msg::kTraceColumnRule, "Rule"},
    {Msg::kTraceColumnCriterion, "Criterion"},
    {Msg::kTraceColumnVote, "Vote"},
    {Msg::kTraceColumnDecider, "Deciding condition"},
    {Msg::kTraceYes, "yes"},
    {Msg::kTraceNo, "no"},
    {Msg::kTraceVote, "+{weight} {account}"},
    {Msg::kTraceTrue, "true"},
    {Msg::kTraceFalse, "false"},
    {Msg::kTraceQuoted, "\"{text}\""},
    {Msg::kTraceAlways, "no condition: always holds"},
    {Msg::kTraceEqHolds, "{fact} = {value}"},
    {Msg::kTraceEqFails, "{fact} = {value}, not {operand}"},
    {Msg::kTraceNeHolds, "{fact} = {value}, not {operand}"},
    {Msg::kTraceNeFails, "{fact} = {value} (the rule asks for anything but {operand})"},
    {Msg::kTraceLtHolds, "{fact} = {value}, below {operand}"},
    {Msg::kTraceLtFails, "{fact} = {value}, not below {operand}"},
    {Msg::kTraceLeHolds, "{fact} = {value}, at most {operand}"},
    {Msg::kTraceLeFails, "{fact} = {value}, more than {operand}"},
    {Msg::kTraceGtHolds, "{fact} = {value}, more than {operand}"},
    {Msg::kTraceGtFails, "{fact} = {value}, not more than {operand}"},
    {Msg::kTraceGeHolds, "{fact} = {value}, at least {operand}"},
    {Msg::kTraceGeFails, "{fact} = {value}, below {operand}"},
    {Msg::kTraceInHolds, "{fact} = {value}, one of {operand}"},
    {Msg::kTraceInFails, "{fact} = {value}, none of {operand}"},
    {Msg::kTraceBetweenHolds, "{fact} = {value}, between {low} and {high}"},
    {Msg::kTraceBetweenFails, "{fact} = {value}, not between {low} and {high}"},
};
static_assert(complete(kEnglish), "messages_en.cpp must list every Msg once, in the enum's order");

}  // namespace advisor::messages_detail
