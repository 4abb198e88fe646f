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

    // --- Check and diff
    {Msg::kCheckPass, "PASS"},
    {Msg::kCheckFail, "FAIL"},
    {Msg::kCheckBad, "ERROR"},
    {Msg::kCheckCaseName, "{where} ({id})"},
    {Msg::kCheckFailDetail,
     "expected {expected}, got {got} ({wecom_name} {wecom}, {personal_name} {personal}, margin {margin})"},
    {Msg::kCheckDeciding, "deciding rules: {rules}"},
    {Msg::kCheckRuleVote, "{id} (+{weight} {account})"},
    {Msg::kCheckNoRules, "no rule held; the tie rule decided"},
    {Msg::kCheckSummaryOne,
     "{total} record checked: {passed} passed, {failed} failed, {bad} could not be checked"},
    {Msg::kCheckSummaryMany,
     "{total} records checked: {passed} passed, {failed} failed, {bad} could not be checked"},
    {Msg::kCheckExitFailed, "{failed} of {total} records did not get the expected answer"},
    {Msg::kCheckExitBad, "{bad} of {total} records could not be checked; see the report"},
    {Msg::kCheckCommandLine, "command line"},
    {Msg::kDiffSides, "Comparing {after} against {before}."},
    {Msg::kDiffBuiltIn, "the built-in data"},
    {Msg::kDiffRulesOf, "{rules} (with {data})"},
    {Msg::kDiffGridWhat,
     "{total} decisions compared: the built-in grid of {series} industries and barriers, both adding modes, "
     "and {points} customer counts from 1 to {max}."},
    {Msg::kDiffFileWhat, "{total} decisions compared: the profiles in {file}."},
    {Msg::kDiffNoChange, "No decision changed."},
    {Msg::kDiffChanged,
     "{changed} changed: {to_personal} from WeCom to personal WeChat, {to_wecom} from personal WeChat to "
     "WeCom."},
    {Msg::kDiffFlipsHeading, "Flip points that moved ({count}):"},
    {Msg::kDiffChangesHeading, "Changed profiles ({count}):"},
    {Msg::kDiffColProfile, "Profile"},
    {Msg::kDiffColAdding, "Adding"},
    {Msg::kDiffColLine, "Line"},
    {Msg::kDiffColBefore, "Before"},
    {Msg::kDiffColAfter, "After"},
    {Msg::kDiffFlipGroup, "{adding} adding: was {before}; now {after}"},
    {Msg::kDiffFlipAt, "{to} from {users}"},
    {Msg::kDiffAlways, "always {account}"},
    {Msg::kDiffScores, "{account} ({wecom} to {personal})"},
    {Msg::kDiffSkipped, "Left out, not in both data sets: {ids}."},
    {Msg::kDiffBadHeading, "Profiles that could not be compared ({count}):"},
    {Msg::kDiffExitChanged, "{changed} of {total} decisions changed"},
    {Msg::kDiffExitBad, "{bad} profiles could not be compared; see the report"},
    {Msg::kDiffTitle, "Decision diff"},
};
static_assert(complete(kEnglish), "messages_en.cpp must list every Msg once, in the enum's order");

}  // namespace advisor::messages_detail
