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

    // --- Report
    {Msg::kReportTitle, "Decision report: WeCom or personal WeChat"},
    {Msg::kReportPageTitle, "{account} · {profile} · {program}"},
    {Msg::kReportAnswerLabel, "Use "},
    {Msg::kReportScore, "Score {mine} to {theirs}, margin {margin}"},
    {Msg::kReportScoreTie, "Score {mine} to {theirs}: a tie, broken by the tie rule"},
    {Msg::kReportMeaning, "What the margin means"},
    {Msg::kReportProfile, "Profile"},
    {Msg::kReportTimeToFill, "Time to fill"},
    {Msg::kReportCriteriaHeading, "Why: each criterion's vote"},
    {Msg::kReportCriteriaIntro,
     "The rules that fired for this profile, each with the side it votes for, its weight, its reason and "
     "what that rests on."},
    {Msg::kReportVote, "+{weight} for {account}"},
    {Msg::kReportTie, "Tie"},
    {Msg::kReportFlipsHeading, "What would change the answer"},
    {Msg::kReportNoFlip, "No single change of adding mode, barrier or customer count changes it."},
    {Msg::kReportSweepIntro, "With everything else as above, from {from} to {to} customers:"},
    {Msg::kReportSweepFlip, "from {users} customers: {from} → {to}"},
    {Msg::kReportSweepNone, "the answer is {account} throughout."},
    {Msg::kReportPlanHeading, "The plan for both account types"},
    {Msg::kReportPlanItem, "Item"},
    {Msg::kReportPlanAccounts, "Accounts needed"},
    {Msg::kReportPlanDaily, "Customers added per account a day"},
    {Msg::kReportPlanDays, "Days to target"},
    {Msg::kReportPlanPhones, "Phone numbers"},
    {Msg::kReportPlanEntities, "Company entities"},
    {Msg::kReportPlanLiveCodes, "Live codes"},
    {Msg::kReportNotes, "Notes"},
    {Msg::kReportAssumptions, "Assumptions"},
    {Msg::kReportAdviceHeading, "Advice"},
    {Msg::kReportTableHeading, "The full comparison ({count} rows)"},
    {Msg::kReportTableIntro, "Rows this decision cites are highlighted and marked ★."},
    {Msg::kReportCited, "cited"},
    {Msg::kReportColNo, "No."},
    {Msg::kReportColFeature, "Feature"},
    {Msg::kReportColFavours, "Favours"},
    {Msg::kReportColSource, "Source"},
    {Msg::kReportColPublished, "Published"},
    {Msg::kReportColChecked, "Checked"},
    {Msg::kReportNote, "Note"},
    {Msg::kReportFooterVersion, "Made by {program} {version} from data {data_version}."},
    {Msg::kReportFooterCommand, "The command that reproduces this report:"},
    {Msg::kReportFooterGenerated, "Generated on {date}."},
    {Msg::kReportFillOne, "{account}: {accounts} account, {days}"},
    {Msg::kReportFillMany, "{account}: {accounts} accounts, {days}"},
    {Msg::kReportFillNever, "{account} ({accounts}): cannot hold the target"},
    {Msg::kReportFillSeparator, "; "},
    {Msg::kReportDaysOne, "{days} day"},
    {Msg::kReportDaysMany, "{days} days"},
    {Msg::kReportChartCaption,
     "Customers reached day by day at the daily limits of the comparison. {summary}."},
};
static_assert(complete(kEnglish), "messages_en.cpp must list every Msg once, in the enum's order");

}  // namespace advisor::messages_detail
