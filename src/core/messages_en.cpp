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

    // --- Plan (plan, render/plan_view)
    {Msg::kListAnd, " and "},
    {Msg::kRowRefOne, "row {rows}"},
    {Msg::kRowRefMany, "rows {rows}"},
    {Msg::kDaysOne, "{days} day"},
    {Msg::kDaysMany, "{days} days"},
    {Msg::kPlanGiven, " (given)"},
    {Msg::kPlanToFinishIn, " (to finish in {days:day|days})"},
    {Msg::kPlanAccountsDivision, " ({users} / {cap} per account, row {row})"},
    {Msg::kPlanAccountsAtMax, "; {n} at the {max} maximum"},
    {Msg::kPlanDailyActive, "{n} ({requests} requests x {rate} accepted, rows {row} and {rate_row})"},
    {Msg::kPlanDailyPassive, "{n} (passive limit, row {row})"},
    {Msg::kPlanDaysDivision, "{days} ({users} / {per_day} a day)"},
    {Msg::kPlanEntitiesNotApplicable, "does not apply"},
    {Msg::kPlanEntitiesNoLimit, "no limit"},
    {Msg::kPlanEntitiesNeeded, "{n} needed ({cap} customers per entity at most, row {row})"},
    {Msg::kPlanEntitiesOver,
     "; {given} given, {over} over the cap: register {more} more, or apply to Tencent for an expansion "
     "(扩容; it has conditions, see row {row}'s note)"},
    {Msg::kPlanNoLiveCode, "no live code"},
    {Msg::kPlanLiveCodes, "{n} ({staff} staff accounts per code{at_max}, row {row})"},
    {Msg::kPlanLiveCodesAtMax, "; {n} with {max} a code, the most one binds"},
    {Msg::kPlanPhonesEntity,
     " ({same} per number within an entity, up to {across} across entities; {entities:entity|entities}, row "
     "{row})"},
    {Msg::kPlanPhones, " ({n:account|accounts} per number, row {row})"},
    {Msg::kPlanDaysHeading, "Days to target:"},
    {Msg::kPlanHeading, "Plan: {users:customer|customers}, {adding}"},
    {Msg::kPlanWithinDays, ", within {days:day|days}"},
    {Msg::kPlanAccountsEach, ", {n:account|accounts} of each type"},
    {Msg::kPlanNever, "never"},
    {Msg::kPlanCapacitySummary,
     "{wecom:WeCom account|WeCom accounts} in {wecom_days}, or {personal:personal account|personal accounts} "
     "in {personal_days} (at the daily limits of {rows}; see '{command}')"},
    {Msg::kPlanRowAccounts, "Accounts needed"},
    {Msg::kPlanRowDaily, "Customers added per account a day"},
    {Msg::kPlanRowDays, "Days to target"},
    {Msg::kPlanRowPhones, "Phone numbers"},
    {Msg::kPlanRowEntities, "Company entities"},
    {Msg::kPlanRowLiveCodes, "Live codes"},
    {Msg::kPlanNotesHeading, "Notes:"},
    {Msg::kPlanAssumptionsHeading, "Assumptions:"},

    // --- Plan chart (plan --svg, render/plan_chart)
    {Msg::kChartAccounts, "{name}, {n:account|accounts}"},
    {Msg::kChartDays, "{n:day|days}"},
    {Msg::kChartCapped,
     "{slow} needs {days:day|days}, over {ratio} times as long as {fast}; the axis stops at {max:day|days}."},
    {Msg::kChartTitle, "Days to reach {target:customer|customers} ({adding} adding)"},
    {Msg::kChartTarget, "Target {target}"},
    {Msg::kChartDescReaches, ": {days} to the target"},
    {Msg::kChartDescCannot, ": cannot hold the target"},
    {Msg::kChartDescSeparator, "; "},
    {Msg::kChartDescEnd, "."},
    {Msg::kChartAxisDays, "Days"},
    {Msg::kChartAxisCustomers, "Customers reached"},
    {Msg::kChartOffChart, "reaches the target on day {day} →"},
    {Msg::kChartNeither, "Neither account type can hold the target"},
    {Msg::kChartLegendPace, ": about {pace} customers a day"},
    {Msg::kChartLegendCannot, ": cannot hold the target (not drawn)"},

    // --- Comparison table and provenance (table, render/feature_table_view)
    {Msg::kColNo, "No"},
    {Msg::kColFeature, "Feature"},
    {Msg::kColFavours, "Favours"},
    {Msg::kColSource, "Source"},
    {Msg::kColPublished, "Published"},
    {Msg::kColChecked, "Checked"},
    {Msg::kColDimensions, "Dimensions"},
    {Msg::kColNote, "Note"},
    {Msg::kColReference, "Reference"},
    {Msg::kColDates, "Dates"},
    {Msg::kFavoursWecom, "WeCom"},
    {Msg::kFavoursPersonal, "Personal"},
    {Msg::kSourceLecture, "the lecture"},
    {Msg::kSourcePublic, "public pages"},
    {Msg::kSourceAssumptions, "unverified assumptions"},
    {Msg::kSourceKindLecture, "lecture"},
    {Msg::kSourceKindPublic, "public pages"},
    {Msg::kSourceKindAssumption, "unverified assumption"},
    {Msg::kSourceKindSeparator, " + "},
    {Msg::kUndated, "undated"},
    {Msg::kRowCount, "{n:row|rows}"},
    {Msg::kFirstRows, "{rows} and others, {total} in all"},
    {Msg::kSourcesIntro,
     "Where each row comes from. Published: the date of the source its figures rest on (the oldest, if "
     "several). Checked: when they were last compared with it."},
    {Msg::kSourcesDates, "published {published}; checked {checked}"},
    {Msg::kSourcesDatesUndated, "no source gives a date; checked {checked}"},
    {Msg::kDateYear, "{year:04}"},
    {Msg::kDateMonth, "{year:04}-{month:02}"},
    {Msg::kDateDay, "{year:04}-{month:02}-{day:02}"},
    {Msg::kProvenanceSourcePart, "{part} ({rows})"},
    {Msg::kProvenanceAllFrom, "all figures from {date}"},
    {Msg::kProvenanceOldest, "oldest figures from {date} ({rows})"},
    {Msg::kProvenanceUndatedRows, ", {rows} undated"},
    {Msg::kProvenanceNoDates, "no source gives a date"},
    {Msg::kProvenanceLastChecked, "last checked {date}"},
    {Msg::kProvenanceCheckedRange, "checked {from} to {to}"},
    {Msg::kProvenanceLine,
     "Sources: {sources}; {age}; {checked}. Tencent changes these limits: check them against its current "
     "rules."},

    // --- Sweep and industries (render/sweep_view, render/industries_view)
    {Msg::kSweepColCustomers, "Customers"},
    {Msg::kSweepColRecommendation, "Recommendation"},
    {Msg::kSweepColWecomScore, "WeCom score"},
    {Msg::kSweepColPersonalScore, "Personal score"},
    {Msg::kSweepFlipsHeading, "Where the answer flips:"},
    {Msg::kSweepNoFlips, "Nowhere in this range."},
    {Msg::kSweepFlip, "from {users:customer|customers}: {from} -> {to}"},
    {Msg::kIndustriesColId, "id"},
    {Msg::kIndustriesColName, "Name"},
    {Msg::kIndustriesColBarrier, "Barrier"},
    {Msg::kIndustriesColRegulated, "Regulated"},
    {Msg::kIndustriesColAliases, "Aliases"},
    {Msg::kIndustryBarrierLow, "low"},
    {Msg::kIndustryBarrierHigh, "high"},
    {Msg::kYes, "yes"},
    {Msg::kNo, "no"},
    {Msg::kIndustryBasisLecture, "lecture"},
    {Msg::kIndustryBasisPublic, "public"},
    {Msg::kIndustryBasisAssumption, "assumption"},
    {Msg::kWithBasis, "{value}\n({basis})"},

    // --- Questions and warnings (src/cli)
    {Msg::kWizardIntro, "A few questions, then the answer (Ctrl-D to quit).\n\n"},
    {Msg::kWizardEmpty, "Please type an answer (Ctrl-D to quit).\n"},
    {Msg::kWizardNotUnderstood, "Not understood: {reason}\n"},
    {Msg::kWizardUsersQuestion, "How many customers do you expect to serve? (e.g. 30000, 30,000, 30k, 3万)"},
    {Msg::kWizardBadUsers,
     "'{answer}' is not a customer count: type a whole number such as 30000, 30,000, 30k or 3万"},
    {Msg::kWizardBarrierLow, " (low)"},
    {Msg::kWizardBarrierHigh, " (high)"},
    {Msg::kWizardIndustryQuestion,
     "Which industry are you in? Type its number, name or id (Chinese names work); if it is not listed, type "
     "{low} or {high} for its knowledge barrier.\n"},
    {Msg::kWizardNotAnIndustry, "'{answer}' is not a listed industry"},
    {Msg::kWizardDidYouMean, "; did you mean {name}?"},
    {Msg::kWizardAddingQuestion,
     "How are customers mostly added?\n  1. {active}   the company adds users itself, e.g. by searching "
     "phone numbers\n  2. {passive}  users send the friend request; the company waits for them"},
    {Msg::kWizardBadAdding, "'{answer}': type 1 or {active}, 2 or {passive}"},
    {Msg::kWizardRegulatedQuestion,
     "Is the industry strictly regulated, so chats must be kept (as in insurance or finance)?\n  1. yes\n  "
     "2. no"},
    {Msg::kWizardBadRegulated, "'{answer}': type 1 or yes, 2 or no"},
    {Msg::kAgeWarning,
     "warning: {file} row {no} ({name}): published {date}, {months} months ago; check it against its source"},

    // --- Rule reasons (core/engine's template filler)
    {Msg::kTemplateNoIndustryStart, "This industry"},
    {Msg::kTemplateNoIndustry, "this industry"},
    {Msg::kTemplateNoIndustryBeforeTrade, "this industry"},

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
    {Msg::kCheckExitBadQuiet, "{where}: {error} ({bad} of {total} records could not be checked)"},
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
    {Msg::kReportSweepIntro, "With everything else as above, from {from} to {to} customers:"},
    {Msg::kReportSweepFlip, "from {users} customers: {from} → {to}"},
    {Msg::kReportSweepNone, "the answer is {account} throughout."},
    {Msg::kReportPlanHeading, "The plan for both account types"},
    {Msg::kReportPlanItem, "Item"},
    {Msg::kReportNotes, "Notes"},
    {Msg::kReportAssumptions, "Assumptions"},
    {Msg::kReportAdviceHeading, "Advice"},
    {Msg::kReportTableHeading, "The full comparison ({count} rows)"},
    {Msg::kReportTableIntro, "Rows this decision cites are highlighted and marked ★."},
    {Msg::kReportCited, "cited"},
    {Msg::kReportFooterVersion, "Made by {program} {version} from data {data_version}."},
    {Msg::kReportFooterCommand, "The command that reproduces this report:"},
    {Msg::kReportFooterGenerated, "Generated on {date}."},
    {Msg::kReportFillOne, "{account}: {accounts} account, {days}"},
    {Msg::kReportFillMany, "{account}: {accounts} accounts, {days}"},
    {Msg::kReportFillNever, "{account} ({accounts}): cannot hold the target"},
    {Msg::kReportFillSeparator, "; "},
    {Msg::kReportChartCaption,
     "Customers reached day by day at the daily limits of the comparison. {summary}."},
    // --- Tables (render)
    {Msg::kTablesNotReachable, "not reachable"},
    {Msg::kTablesNotReachableWhy, "not reachable: {why}"},

    // --- Output files and encodings
    {Msg::kOutputOptionOutput,
     "Write the output to {file} instead of standard output ({stdout} is standard output); an existing file "
     "is replaced whole, once the output is complete"},
    {Msg::kOutputOptionBom,
     "CSV output: start with a UTF-8 byte order mark, so Excel shows Chinese correctly (default: on when "
     "{output} names a {ext} file, off otherwise)"},
    {Msg::kOutputOptionNoBom, "CSV output: no byte order mark, even in a {ext} file"},
    {Msg::kOutputOptionInputEncoding,
     "Encoding of the input: {utf8}, {gb18030} (as Excel saves CSV in Chinese) or {auto} (default: UTF-8, "
     "unless the text is valid only as GB18030)"},
    {Msg::kOutputReadAsGb18030,
     "{input}: not UTF-8, read as GB18030 (the encoding Excel saves CSV in, in Chinese); give {option} to "
     "say which it is"},
    {Msg::kOutputInvalidUtf8Hint,
     "if the file was saved by Excel in Chinese, it is probably GB18030: try {option}"},
    {Msg::kOutputStandardInput, "standard input"},
    {Msg::kOutputTerminalHint,
     "{command}: reading profiles typed here, one a line (JSON Lines, or CSV with its header line first); "
     "end with Ctrl-D, or give a file: {option}"},
    {Msg::kOutputFormAndFormat,
     "{output} {form}: that is a form's name, and {format} already gives the form; to write a file named "
     "{form}, give {output} ./{form}"},
    {Msg::kOutputFormNeedsExpect, "{format}: the form of a gate's result; give {expect} too"},
    {Msg::kOutputFormWithoutExpect,
     "{output} {form}: that is a form's name, which selects the gate's result only with {expect}; for the "
     "recommendation in a format give {format}; to write a file named {form}, give {output} ./{form}"},
    {Msg::kOutputBomNotCsv, "{bom}: only for CSV output; give {format} too"},
    {Msg::kOutputEmptyName, "{output}: the file name is empty; give a file, or {stdout} for standard output"},

    // --- Files and terminal (intact)
    {Msg::kFileNoSuchFile, "no such file or directory"},
    {Msg::kFileLoop, "too many levels of symbolic links (a symlink loop?)"},
    {Msg::kFilePermission, "permission denied (by the file or by a directory on its path)"},
    {Msg::kFileNotDirectory, "a part of the path is not a directory"},
    {Msg::kFileNameTooLong, "the name is too long"},
    {Msg::kFileIsDirectory, "is a directory"},
    {Msg::kFileOther, "{reason}"},
    {Msg::kFileNotRegular, "is {kind}, not a regular file; data and rules files must be regular files"},
    {Msg::kFileKindFifo, "a FIFO (named pipe)"},
    {Msg::kFileKindCharDevice, "a character device"},
    {Msg::kFileKindBlockDevice, "a block device"},
    {Msg::kFileKindSocket, "a socket"},
    {Msg::kFileCannotRead, "{path}: cannot read: {reason}"},
    {Msg::kWidthBelowMinimum, "width {width} is below the minimum of {minimum} columns; using {minimum}"},

    // --- Input errors (core)
    {Msg::kInputListOr, " or "},
    {Msg::kInputUsersEmpty,
     "{field}: '{value}' is empty; give a number of customers such as 30000, 30k or 3万"},
    {Msg::kInputUsersNegative,
     "{field}: '{value}' is negative; give the number of customers you expect, at least 1"},
    {Msg::kInputUsersGrouping,
     "{field}: '{value}' has misplaced thousands separators; write 30000 or 30,000"},
    {Msg::kInputUsersNotWhole, "{field}: '{value}' is not a whole number of customers"},
    {Msg::kInputUsersNotNumber,
     "{field}: '{value}' is not a number; give a count of customers such as 30000, 30,000, 30k or 3万"},
    {Msg::kInputUsersTooMany, "{field}: '{value}' is more than {max} customers; check the number"},
    {Msg::kInputUsersZero, "{field}: '{value}' must be at least 1 customer"},
    {Msg::kInputUsersAmbiguous,
     "{field}: '{value}' is ambiguous: in some countries the dot groups thousands, in others it marks "
     "decimals; for {count} customers write {choices}"},
    {Msg::kInputWholeRange, "{field}: expected a whole number from {low} to {high}, got '{value}'"},
    {Msg::kInputUnknownIndustry, "{field}: unknown industry '{value}'"},
    {Msg::kInputIndustrySuggest, "; did you mean {choices}?"},
    {Msg::kInputIndustryNoneClose,
     "; no listed industry is close. '{command}' lists them; for an unlisted one give {barrier_field} low or "
     "high (and {regulated_field} if it is)"},
    {Msg::kInputQuoted, "'{text}'"},
    {Msg::kInputRegulatedContradictsYes,
     "{field}: '{value}' contradicts {industry_field} '{industry}', which is regulated; {field} describes an "
     "unlisted industry, with {barrier_field}"},
    {Msg::kInputRegulatedContradictsNo,
     "{field}: '{value}' contradicts {industry_field} '{industry}', which is not regulated; {field} "
     "describes an unlisted industry, with {barrier_field}"},
    {Msg::kInputBarrierContradicts,
     "{field}: '{value}' contradicts {industry_field} '{industry}', whose barrier is {barrier}; give one of "
     "them"},
    {Msg::kInputBarrierLowWord, "low"},
    {Msg::kInputBarrierHighWord, "high"},
    {Msg::kInputBarrierExpected, "{field}: expected low or high, got '{value}'"},
    {Msg::kInputRegulatedExpected, "{field}: expected true or false, got '{value}'"},
    {Msg::kInputAddingExpected, "{field}: expected active or passive, got '{value}'"},
    {Msg::kInputMissing, "missing {fields}"},
    {Msg::kInputMissingIndustry, "{industry_field} (or {barrier_field})"},
    {Msg::kInputRangeNotRange,
     "{field}: '{value}' is not a range; write FROM..TO, e.g. 1000..1000000 or 1k..100万"},
    {Msg::kInputRangeNotUp, "{field}: the range must go up; {from} is not below {to}"},
    {Msg::kInputFieldTwice, "field '{field}' appears twice"},
    {Msg::kInputIdType, "field '{field}' must be a string or a number"},
    {Msg::kInputIdRange, "field '{field}': the number {value} is out of range; give the id as a string"},
    {Msg::kInputMustBeBool, "field '{field}' must be {yes} or {no}"},
    {Msg::kInputMustNotBeBool, "field '{field}' must not be {yes} or {no}"},
    {Msg::kInputMustBeString, "field '{field}' must be a string"},
    {Msg::kInputFieldCount, "expected {expected} fields as in the header, got {got}"},
    {Msg::kInputFieldUtf8, "invalid UTF-8 in a field"},
    {Msg::kInputJsonNotWhole, "{field}: {value} is not a whole number"},
    {Msg::kInputJsonTooLarge, "{field}: {value} is far too large; check the number"},

    // --- Help and command-line errors (src/cli)
    {Msg::kHelpProgram,
     "acct-advisor: choose between WeCom (企业微信) and personal WeChat (个人微信) for private-domain\n"
     "customer operations, from user scale, industry knowledge barrier and adding mode."},
    {Msg::kHelpExitCodes,
     "Exit codes:\n"
     "  0  success\n"
     "  1  an expectation was not met (recommend --expect, check), or diff found a changed decision\n"
     "  2  usage or input error (unknown flag, bad value, a bad batch, check or diff record)\n"
     "  3  data or rules file unreadable or invalid\n"
     "  4  output could not be written\n"
     "  5  out of memory\n"
     " 70  internal error (a bug: please report it with the command line)\n"
     "  (a reader that stops early, as in '| head', is not an error: the run ends quietly, exit 0)\n"
     "\n"
     "Environment: ACCT_ADVISOR_DATA (as --data), LC_ALL/LC_MESSAGES/LANG (zh_* gives Chinese),\n"
     "COLUMNS (text width; 40 at least), NO_COLOR or TERM=dumb (no colour), SOURCE_DATE_EPOCH (today,\n"
     "for validate --max-age and the date of a report)."},
    {Msg::kHelpUsage, "Usage: {usage}"},
    {Msg::kHelpOptionsBadge, "OPTIONS"},
    {Msg::kHelpCommandBadge, "SUBCOMMAND"},
    {Msg::kHelpHeading, "{group}:"},
    {Msg::kHelpGroupOptions, "Options"},
    {Msg::kHelpGroupPositionals, "Positionals"},
    {Msg::kHelpGroupCommands, "Subcommands"},
    {Msg::kHelpRequired, "REQUIRED"},
    {Msg::kHelpNeeds, "{text} (Needs: {names})"},
    {Msg::kHelpExcludes, "{text} (Excludes: {names})"},
    {Msg::kHelpEnv, "{text} (Env: {name})"},
    {Msg::kHelpValues, "{text} [{values}]"},
    {Msg::kHelpHelpFlag, "Print this help message and exit"},
    {Msg::kHelpVersionFlag, "Display program version information and exit"},
    {Msg::kHelpLabelFile, "FILE"},
    {Msg::kHelpLabelFileOrStdin, "FILE|-"},
    {Msg::kHelpLabelDir, "DIR"},
    {Msg::kHelpLabelName, "NAME"},
    {Msg::kHelpLabelDays, "DAYS"},
    {Msg::kHelpLabelMonths, "MONTHS"},
    {Msg::kHelpLabelRange, "FROM..TO"},
    {Msg::kHelpLabelFormat, "FORMAT"},
    {Msg::kHelpLabelInputFormat, "INPUT-FORMAT"},
    {Msg::kHelpLabelOutput, "OUTPUT"},
    {Msg::kHelpLabelExpect, "EXPECT"},
    {Msg::kHelpLabelDimension, "DIMENSION"},
    {Msg::kHelpLabelLang, "LANG"},
    {Msg::kHelpLabelBarrier, "BARRIER"},
    {Msg::kHelpLabelAdding, "ADDING"},
    {Msg::kHelpData,
     "Read features.json, industries.json and rules.json from DIR instead of the built-in copies"},
    {Msg::kHelpLang, "Output language: zh or en (default: from LC_ALL/LANG)"},
    {Msg::kHelpAscii, "Draw tables with +-| (default: box-drawing lines when the locale is UTF-8)"},
    {Msg::kHelpWidth,
     "Lay text out for N columns, 40 at least (default: COLUMNS, else the terminal's width, else 80)"},
    {Msg::kHelpUsers, "Customers expected: 30000, 30,000, 30k, 3万 or 三万"},
    {Msg::kHelpIndustry, "Industry id, name or alias (see 'industries'), e.g. fruit, 水果, law"},
    {Msg::kHelpBarrier, "Knowledge barrier instead of an industry: low or high"},
    {Msg::kHelpAdding,
     "Who mostly starts the friend request: active (the company adds users) or passive (users "
     "add the company)"},
    {Msg::kHelpRegulated,
     "With --barrier: the unlisted industry is strictly regulated (chats must be archived)"},
    {Msg::kHelpEntities, "Company entities the WeCom accounts may be registered under (default 1)"},
    {Msg::kHelpWithin, "Days to add the customers in (default: the rules' own, a year); weighs adding speed"},
    {Msg::kHelpFormatTextMdJson, "text (default), markdown or json"},
    {Msg::kHelpRulesScore, "Score with this rules file instead of the data's rules.json"},
    {Msg::kHelpRecommend, "Recommend WeCom or personal WeChat for a business profile, with reasons"},
    {Msg::kHelpRecommendExpect, "Exit 1 unless the recommendation is this (a CI gate)"},
    {Msg::kHelpRecommendFormat,
     "text (default), markdown or json (with --expect also junit, github or tap: the gate's result in that "
     "form instead of the report, as 'check --format')"},
    {Msg::kHelpRecommendQuiet, "With --expect: print nothing; the exit code is the answer"},
    {Msg::kHelpRecommendExplain,
     "Text: also list every rule, fired or not, with the condition that decided it (Markdown and "
     "JSON always carry this trace)"},
    {Msg::kHelpRecommendFooter,
     "Examples:\n"
     "  acct-advisor recommend --users 30000 --industry fruit --adding active\n"
     "  acct-advisor recommend --users 8000 --industry law --adding active --explain\n"
     "  acct-advisor recommend --users 3万 --industry 保险 --adding passive --lang zh\n"
     "  acct-advisor recommend --users 8k --barrier high --adding active --format json --expect wecom\n"
     "  acct-advisor recommend --users 20万 --barrier high --regulated --adding passive --entities 4\n"
     "  acct-advisor recommend --users 5000 --industry 律师 --adding active --within 180\n"
     "  acct-advisor recommend          (at a terminal: asks for each missing answer)"},
    {Msg::kHelpBatch,
     "Score many profiles (JSON Lines or CSV with a header), one result per input record, streaming"},
    {Msg::kHelpBatchInput, "Input file, or - for standard input (default)"},
    {Msg::kHelpBatchInputFormat,
     "auto (default: '{' on the first line means JSON Lines, else CSV), jsonl or csv"},
    {Msg::kHelpBatchFormat, "Output: jsonl (default) or csv"},
    {Msg::kHelpBatchExplain,
     "Add the full 'recommend --format json' output, with its trace of every rule, to each record "
     "(jsonl only)"},
    {Msg::kHelpBatchRawCsv,
     "CSV output: write ids and error messages exactly as given (by default a cell starting with "
     "= + - @ is quoted and prefixed with ', so a spreadsheet does not run it as a formula)"},
    {Msg::kHelpBatchFooter,
     "Input records: {\"id\": \"c1\", \"users\": 30000, \"industry\": \"fruit\", \"adding\": \"active\"}\n  "
     "(or \"barrier\" instead of \"industry\"); CSV: a header naming users, industry|barrier, adding, id.\nA "
     "bad record gives {\"line\": N, \"error\": \"...\"} and the run goes on; exit 2 if any was "
     "bad.\nExamples:\n  acct-advisor batch --input profiles.jsonl > results.jsonl\n  acct-advisor batch "
     "--input clients.csv --format csv --output report.csv   (with a BOM, for Excel)\n  printf "
     "'{\"users\":\"3万\",\"industry\":\"水果\",\"adding\":\"active\"}\\n' | acct-advisor batch"},
    {Msg::kHelpPlan,
     "Plan accounts, days and phone numbers to reach a customer target, for both account types"},
    {Msg::kHelpPlanUsers, "Customers to reach: 30000, 30,000, 30k, 3万 or 三万"},
    {Msg::kHelpPlanAdding, "active (the company adds users) or passive (users add the company)"},
    {Msg::kHelpPlanDays, "Reach the target within D days: how many accounts that takes"},
    {Msg::kHelpPlanAccounts, "Use K accounts of each type: how many days that takes"},
    {Msg::kHelpPlanEntities, "Company entities the WeCom accounts are registered under (default 1)"},
    {Msg::kHelpPlanSvg, "Also write a chart of customers reached over days to FILE (SVG; - for stdout)"},
    {Msg::kHelpPlanFooter,
     "Examples:\n"
     "  acct-advisor plan --users 30000 --adding passive\n"
     "  acct-advisor plan --users 3万 --adding active --days 90 --lang zh\n"
     "  acct-advisor plan --users 30000 --adding active --accounts 4 --svg plan.svg\n"
     "  acct-advisor plan               (at a terminal: asks for each missing answer)"},
    {Msg::kHelpSweep, "Show the recommendation across a range of customer counts and where it flips"},
    {Msg::kHelpSweepUsers, "Range of customers FROM..TO, e.g. 1000..1000000 or 1k..100万"},
    {Msg::kHelpSweepSteps, "Points on a log scale (default 20)"},
    {Msg::kHelpSweepFormat, "text (default), json or csv"},
    {Msg::kHelpSweepFooter,
     "Examples:\n"
     "  acct-advisor sweep --users 1000..1000000 --industry law --adding passive\n"
     "  acct-advisor sweep --users 1k..100万 --barrier high --adding active --format csv"},
    {Msg::kHelpCheck, "Check profile files against the answer each record expects (a CI gate on the rules)"},
    {Msg::kHelpCheckFiles, "Profile files (JSON Lines or CSV, as batch reads), - for standard input"},
    {Msg::kHelpCheckOutput, "text (default), json, junit, github or tap"},
    {Msg::kHelpCheckQuiet,
     "Print no report: the exit code is the answer (errors in the files are still reported)"},
    {Msg::kHelpCheckFooter,
     "Each record is a batch profile plus \"expect\": wecom or personal, e.g.\n  {\"id\": \"c1\", \"users\": "
     "30000, \"industry\": \"fruit\", \"adding\": \"active\", \"expect\": \"wecom\"}\n  or CSV: "
     "id,users,industry,adding,expect\nExit 0 when every record gets its expected answer, 1 when any gets "
     "the other, 2 when any\nrecord cannot be read or scored (it is reported and the run goes on; 2 wins "
     "over 1), 3 for\nbroken data or rules.\n--output FORM (text, json, junit, github or tap) still selects "
     "the form and standard output,\nas before --format; write --output ./junit for a file of that "
     "name.\nExamples:\n  acct-advisor check expected.csv\n  acct-advisor check --format junit --output "
     "check.xml expected.csv\n  acct-advisor check --format github --rules my-rules.json profiles/*.jsonl"},
    {Msg::kHelpDiff, "Show which decisions a rules or data change would flip (exit 1 if any would)"},
    {Msg::kHelpDiffRules, "The changed rules file (default: the data's rules.json)"},
    {Msg::kHelpDiffAgainst,
     "Compare with this rules file (default: the built-in rules, or --against-data's)"},
    {Msg::kHelpDiffAgainstData, "Compare with the data in DIR (default: the built-in data)"},
    {Msg::kHelpDiffInput,
     "Compare over the profiles in FILE (JSON Lines or CSV, as batch reads; - for standard "
     "input) instead of the built-in grid"},
    {Msg::kHelpDiffFooter,
     "The change is --data DIR (or the built-in data) with --rules FILE (or that data's rules.json);\n"
     "the baseline is --against-data DIR with --against FILE, by default the built-in data and rules.\n"
     "Without --input, the grid: customer counts on a log scale from 1 to 100,000,000 for every\n"
     "industry and each bare barrier, both adding modes; the exact flip points are compared too.\n"
     "Exit 0 when no decision changed, 1 when any did, 2 when a profile could not be compared\n"
     "(2 wins over 1), 3 for broken data or rules.\n"
     "Examples:\n"
     "  acct-advisor diff --rules my-rules.json\n"
     "  acct-advisor diff --rules new.json --against old.json --input clients.csv\n"
     "  acct-advisor diff --data data/ --format markdown > decision-diff.md"},
    {Msg::kHelpReport,
     "Write the decision as one self-contained HTML page to share: answer, reasons, plan, table"},
    {Msg::kHelpReportOutput, "Write the page to FILE (replaced atomically); - or none for stdout"},
    {Msg::kHelpReportFooter,
     "The page has no scripts and makes no network requests: open it offline, send it, print it.\n"
     "SOURCE_DATE_EPOCH sets its date, so the same command gives the same bytes.\n"
     "\n"
     "Examples:\n"
     "  acct-advisor report --users 30000 --industry fruit --adding active --output report.html\n"
     "  acct-advisor report --users 3万 --industry 保险 --adding passive --lang zh --output 报告.html\n"
     "  acct-advisor report --users 8k --barrier high --adding active > report.html\n"
     "  acct-advisor report --output report.html   (at a terminal: asks for each missing answer)"},
    {Msg::kHelpTable, "Print the 24-feature WeCom vs personal WeChat comparison"},
    {Msg::kHelpTableFormat, "text (default), markdown, csv or json"},
    {Msg::kHelpTableDimension,
     "Only rows bearing on one dimension: scale, barrier, adding, compliance, general"},
    {Msg::kHelpTableDifferencesOnly, "Only rows that favour one side"},
    {Msg::kHelpTableSources,
     "Where each row comes from: source, published and checked dates, note, references "
     "(csv and json always carry them)"},
    {Msg::kHelpTableFooter,
     "Examples:\n"
     "  acct-advisor table --lang zh\n"
     "  acct-advisor table --sources\n"
     "  acct-advisor table --dimension scale --format markdown\n"
     "  acct-advisor table --format csv > features.csv"},
    {Msg::kHelpIndustries, "List the known industries and their knowledge barrier"},
    {Msg::kHelpIndustriesFormat, "text (default) or json"},
    {Msg::kHelpIndustriesFooter,
     "Examples:\n  acct-advisor industries --lang zh\n  acct-advisor industries --format json"},
    {Msg::kHelpValidate,
     "Check the data and rules files, and run the rules file's examples; exit 3 listing every problem"},
    {Msg::kHelpValidateRules, "Validate this rules file instead of the data's rules.json"},
    {Msg::kHelpValidateMaxAge,
     "Also warn (on stderr, exit status unchanged) about rows published more than MONTHS months "
     "ago; today is SOURCE_DATE_EPOCH when set"},
    {Msg::kHelpValidateFooter,
     "Examples:\n"
     "  acct-advisor validate\n"
     "  acct-advisor validate --data ./data\n"
     "  acct-advisor validate --rules my-rules.json\n"
     "  acct-advisor validate --max-age 24"},
    {Msg::kHelpCompletion, "Print a bash or zsh completion script for acct-advisor"},
    {Msg::kHelpCompletionShell, "bash or zsh"},
    {Msg::kHelpCompletionFooter,
     "The script completes subcommands, options, their fixed values and the built-in industry ids.\n"
     "Examples:\n"
     "  source <(acct-advisor completion bash)        # in ~/.bashrc\n"
     "  acct-advisor completion bash > ~/.local/share/bash-completion/completions/acct-advisor\n"
     "  acct-advisor completion zsh > ~/.zfunc/_acct-advisor   # with fpath+=(~/.zfunc) before compinit"},
    {Msg::kErrRunHelp, "{message} (run 'acct-advisor --help')"},
    {Msg::kErrUnknownCommandSuggest, "unknown command '{word}'; did you mean '{name}'?"},
    {Msg::kErrUnknownCommandList, "unknown command '{word}'; the commands are {names}"},
    {Msg::kErrCommandRequired, "A subcommand is required; the commands are {names}"},
    {Msg::kErrExtrasOne, "The following argument was not expected: {args}"},
    {Msg::kErrExtrasMany, "The following arguments were not expected: {args}"},
    {Msg::kErrUnknownOption, "unknown option '{option}'"},
    {Msg::kErrUnknownOptionSuggest, "unknown option '{option}'; did you mean '{name}'?"},
    {Msg::kErrRequired, "{name} is required"},
    {Msg::kErrExcludes, "{name} excludes {other}"},
    {Msg::kErrRequires, "{name} requires {other}"},
    {Msg::kErrNotOneOf, "{name}: '{value}' is not one of {values}"},
    {Msg::kErrOptionProblem, "{name}: {problem}"},
    {Msg::kErrNotWholeNumber, "'{value}' is not a whole number"},
    {Msg::kErrOutOfRange, "{value} is out of range; give {lo} to {hi}"},
    {Msg::kErrNotConvertible, "{name}: '{value}' is not a valid value"},
    {Msg::kErrMissingValue, "{name}: a value is missing ({type})"},
    {Msg::kErrFlagTakesNoValue, "{name} is a switch and takes no value"},
    {Msg::kErrBadCommandLine, "the command line is not valid"},
    {Msg::kErrSourceDateEpoch,
     "SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 00:00 UTC, got '{value}'"},
    {Msg::kErrStdoutWrite, "cannot write to standard output: {reason}"},
    {Msg::kErrBatchExplainCsv, "--explain: needs --format jsonl (a CSV cell cannot hold the explanation)"},
    {Msg::kErrCannotOpen, "cannot open '{path}': {reason}"},
    {Msg::kErrIsDirectory, "'{path}' is a directory; give a file, or - for standard input"},
    {Msg::kErrReadError, "read error on '{path}'"},
    {Msg::kErrStandardInput, "standard input"},
    {Msg::kErrInputIsOutput, "'{path}' is also the standard output; write the results to another file"},
    {Msg::kErrBatchBad,
     "{bad} of {total:record|records} could not be scored; see the error records in the output"},
    {Msg::kErrDiffNothing,
     "nothing to compare: give --rules FILE or --data DIR (the change), and optionally --against FILE "
     "or --against-data DIR (what it is compared with; default the built-in data)"},
    {Msg::kErrDaysOrAccounts, "--days and --accounts: give one or the other"},
    {Msg::kErrSweepMissingUsers, "missing --users FROM..TO"},
    {Msg::kErrExpectation,
     "expected {expected}, but the recommendation is {got} (wecom {wecom}, personal {personal}, margin "
     "{margin})"},
    {Msg::kErrValidateProblems, "{count:problem|problems} found"},
    {Msg::kValidateSummary,
     "ok: {features} features, {industries} industries, {rules} rules, {advice} advice rules, {examples} "
     "examples passed\n"},
    {Msg::kErrOutOfMemory, "out of memory"},
    {Msg::kErrInternal, "internal error: {detail}"},
    {Msg::kVersionDataBroken, "data: the built-in features.json does not load (run 'acct-advisor validate')"},
    {Msg::kWizardInputEnded,
     "input ended before answering {flag}; give it as a flag to run without questions"},
    {Msg::kWizardInterrupted,
     "interrupted before answering {flag}; give it as a flag to run without questions"},
    {Msg::kWizardBadChoice, "'{answer}': type 1 to {count}, or a name from the list"},
    {Msg::kWizardEquivalent, "The same without questions:\n  {command}\n"},

    // --- Records: CSV headers and check
    {Msg::kCsvColumnTwice, "CSV header: column '{name}' appears twice"},
    {Msg::kCsvMissingColumns,
     "CSV header: missing column {columns} (the header is the first line, e.g. {example})"},
    {Msg::kCsvIndustryOrBarrier, "industry or barrier"},
    {Msg::kCsvExpectColumn, "expect (wecom or personal)"},
    {Msg::kCheckNoExpect, "no 'expect' value: give wecom or personal"},
    {Msg::kCheckBadExpect, "expect: '{value}' is not wecom or personal"},
    {Msg::kCheckEmptyFile, "no records: the file is empty"},
};
static_assert(complete(kEnglish), "messages_en.cpp must list every Msg once, in the enum's order");

}  // namespace advisor::messages_detail
