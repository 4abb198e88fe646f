#pragma once
// Every word and sentence the tool prints that is not in data/: one catalogue, one file per
// language (src/core/messages_en.cpp, src/core/messages_zh.cpp). Code names a message by its
// id and fills its named placeholders; the words, their order and the punctuation belong to the
// language file, so translating is editing text, and a third language is one more file (plus
// its Lang value).
//
// Placeholders are fmt's named fields: "{count} customers" is filled by
//   msg(lang, Msg::kCustomers, fmt::arg("count", n)).
// fmt::arg keeps a reference to its value: build it inside the msg() call, never in a variable
// (a stored fmt::arg of a temporary dangles).
// Every language must use the same placeholder names for an id (a unit test checks), and each
// file lists the ids in the enum's order (checked when it compiles).
//
// Counts are passed as Count{n, lang}: "{n}" prints the number as the language writes it (en
// 30,000; zh 3万), and "{n:customer|customers}" adds the English noun, singular or plural, so
// the same placeholder serves a language without plurals ("{n}个客户").

#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "acct_advisor/lang.hpp"
#include "acct_advisor/number_words.hpp"

namespace advisor {

// Grouped by where the text is used. Helpers adding a group append it before kCount in the
// same place in all three files.
enum class Msg : std::uint16_t {
  // --- Words used everywhere
  kListSeparator,  ///< between items of a short list: ", " / "、"
  kColon,          ///< after a label: ": " / "："
  kAtLeast,        ///< before a number
  kAbout,          ///< before a number
  kBarrierLow,     ///< the barrier as an adjective phrase: "low barrier" / "低门槛"
  kBarrierHigh,
  kAddingActive,  ///< "active" / "主动添加"
  kAddingPassive,
  kRegulated,  ///< "regulated" / "强监管"
  kWecom,      ///< the account type in running text
  kPersonal,
  kWecomTitle,  ///< the account type starting a sentence or heading
  kPersonalTitle,

  // --- Recommendation (recommend, render/recommendation_view)
  kIndustryDetails,  ///< an industry with its barrier (and regulation)
  kBarrierRegulated,
  kFlipAddingActive,
  kFlipAddingPassive,
  kFlipBarrierLow,
  kFlipBarrierHigh,
  kFlipUsersFewer,
  kFlipUsersMore,
  kRowsCitedOne,  ///< after a sentence: the table rows it rests on
  kRowsCitedMany,
  kBasisPlain,  ///< before a basis that names table rows
  kBasisOfKind,
  kCapacity,
  kCapacityAtMax,
  kEntitiesNeeded,
  kCustomers,
  kMostlyActive,
  kMostlyPassive,
  kProfileEntities,
  kProfileWithin,
  kLabelMeaning,
  kLabelProfile,
  kLabelAccountsNeeded,
  kLabelEntities,
  kLabelTimeToFill,
  kLabelNote,
  kCriteriaHeading,
  kVoteLine,
  kTieHeading,
  kFeaturesCitedHeading,
  kAdviceHeading,
  kFlipsHeading,
  kNoFlips,
  kMdVotesHeader,
  kMdTie,
  kMdAdviceHeading,
  kMdFlipsHeading,
  kMdNoFlips,
  kHeadline,
  kHeadlineTie,

  // --- Plan (plan, render/plan_view)
  kListAnd,  ///< between the last two items of a list
  kRowRefOne,
  kRowRefMany,
  kDaysOne,  ///< {days} is a count with its bound ("at least 167")
  kDaysMany,
  kPlanGiven,
  kPlanToFinishIn,
  kPlanAccountsDivision,
  kPlanAccountsAtMax,
  kPlanDailyActive,
  kPlanDailyPassive,
  kPlanDaysDivision,
  kPlanEntitiesNotApplicable,
  kPlanEntitiesNoLimit,
  kPlanEntitiesNeeded,
  kPlanEntitiesOver,
  kPlanNoLiveCode,
  kPlanLiveCodes,
  kPlanLiveCodesAtMax,
  kPlanPhonesEntity,
  kPlanPhones,
  kPlanDaysHeading,
  kPlanHeading,
  kPlanWithinDays,
  kPlanAccountsEach,
  kPlanNever,
  kPlanCapacitySummary,
  kPlanRowAccounts,
  kPlanRowDaily,
  kPlanRowDays,
  kPlanRowPhones,
  kPlanRowEntities,
  kPlanRowLiveCodes,
  kPlanNotesHeading,
  kPlanAssumptionsHeading,

  // --- Plan chart (plan --svg, render/plan_chart)
  kChartAccounts,  ///< a series: the account type and how many accounts
  kChartDays,
  kChartCapped,
  kChartTitle,
  kChartTarget,
  kChartDescReaches,
  kChartDescCannot,
  kChartDescSeparator,
  kChartDescEnd,
  kChartAxisDays,
  kChartAxisCustomers,
  kChartOffChart,
  kChartNeither,
  kChartLegendPace,
  kChartLegendCannot,

  // --- Comparison table and provenance (table, render/feature_table_view)
  kColNo,  ///< comparison table column headings
  kColFeature,
  kColFavours,
  kColSource,
  kColPublished,
  kColChecked,
  kColDimensions,
  kColNote,
  kColReference,
  kColDates,
  kFavoursWecom,  ///< short, so the column stays narrow
  kFavoursPersonal,
  kSourceLecture,  ///< a source kind in the provenance line
  kSourcePublic,
  kSourceAssumptions,
  kSourceKindLecture,  ///< a row's source kind in table --sources
  kSourceKindPublic,
  kSourceKindAssumption,
  kSourceKindSeparator,
  kUndated,
  kRowCount,
  kFirstRows,
  kSourcesIntro,
  kSourcesDates,
  kSourcesDatesUndated,
  kDateYear,
  kDateMonth,
  kDateDay,
  kProvenanceSourcePart,
  kProvenanceAllFrom,
  kProvenanceOldest,
  kProvenanceUndatedRows,
  kProvenanceNoDates,
  kProvenanceLastChecked,
  kProvenanceCheckedRange,
  kProvenanceLine,

  // --- Sweep and industries (render/sweep_view, render/industries_view)
  kSweepColCustomers,  ///< sweep table column headings
  kSweepColRecommendation,
  kSweepColWecomScore,
  kSweepColPersonalScore,
  kSweepFlipsHeading,
  kSweepNoFlips,
  kSweepFlip,
  kIndustriesColId,  ///< industries table column headings
  kIndustriesColName,
  kIndustriesColBarrier,
  kIndustriesColRegulated,
  kIndustriesColAliases,
  kIndustryBarrierLow,
  kIndustryBarrierHigh,
  kYes,
  kNo,
  kIndustryBasisLecture,  ///< where a classification comes from, in a word
  kIndustryBasisPublic,
  kIndustryBasisAssumption,
  kWithBasis,  ///< a value over its basis, to keep the column narrow in English

  // --- Questions and warnings (src/cli)
  kWizardIntro,  ///< the interactive questions (src/cli/wizard.cpp)
  kWizardEmpty,
  kWizardNotUnderstood,
  kWizardUsersQuestion,
  kWizardBarrierLow,
  kWizardBarrierHigh,
  kWizardIndustryQuestion,
  kWizardNotAnIndustry,
  kWizardDidYouMean,
  kWizardAddingQuestion,
  kWizardBadAdding,
  kWizardRegulatedQuestion,
  kWizardBadRegulated,
  kAgeWarning,  ///< validate --max-age

  // --- Rule reasons (core/engine's template filler)
  kTemplateNoIndustryStart,  ///< {industry} in a rule's reason when the profile names only a barrier: at the
                             ///< start
  kTemplateNoIndustry,       ///< elsewhere
  kTemplateNoIndustryBeforeTrade,  ///< before 行业 in the Chinese template

  // --- Basis of a statement (basis.hpp)
  kBasisLecture,
  kBasisTableRow,
  kBasisTableRows,
  kBasisPublic,
  kBasisInference,
  kBasisAssumption,

  // --- Check and diff
  kCheckPass,      ///< a record that got its expected answer
  kCheckFail,      ///< a record that got the other answer
  kCheckBad,       ///< a record that could not be checked
  kCheckCaseName,  ///< a record and its id
  kCheckFailDetail,
  kCheckDeciding,
  kCheckRuleVote,  ///< one deciding rule
  kCheckNoRules,
  kCheckSummaryOne,
  kCheckSummaryMany,
  kCheckExitFailed,    ///< stderr, exit 1
  kCheckExitBad,       ///< stderr, exit 2
  kCheckExitBadQuiet,  ///< stderr, exit 2 under --quiet: the first bad record itself
  kCheckCommandLine,   ///< names the one profile of recommend --expect
  kDiffSides,
  kDiffBuiltIn,  ///< the data built into the binary
  kDiffRulesOf,  ///< a rules file within a data set
  kDiffGridWhat,
  kDiffFileWhat,
  kDiffNoChange,
  kDiffChanged,
  kDiffFlipsHeading,
  kDiffChangesHeading,
  kDiffColProfile,  ///< table header
  kDiffColAdding,   ///< table header
  kDiffColLine,     ///< table header
  kDiffColBefore,   ///< table header
  kDiffColAfter,    ///< table header
  kDiffFlipGroup,   ///< text: a group of series whose flip points moved alike
  kDiffFlipAt,      ///< one flip point
  kDiffAlways,      ///< a series whose answer never changes
  kDiffScores,
  kDiffSkipped,
  kDiffBadHeading,
  kDiffExitChanged,  ///< stderr, exit 1
  kDiffExitBad,      ///< stderr, exit 2
  kDiffTitle,        ///< Markdown heading
  // --- Trace (recommend --explain, the trace in Markdown; render/trace_view.cpp)
  kTraceHeading,  ///< the --explain section's title
  kTraceMarkdownHeading,
  kTraceColumnFired,
  kTraceColumnRule,
  kTraceColumnCriterion,
  kTraceColumnVote,
  kTraceColumnDecider,
  kTraceYes,   ///< the rule fired
  kTraceNo,    ///< the rule did not fire
  kTraceVote,  ///< {weight} and {account} (running text)
  kTraceTrue,  ///< a true/false fact's value
  kTraceFalse,
  kTraceQuoted,   ///< a string fact's value or operand
  kTraceAlways,   ///< a rule with no comparison
  kTraceEqHolds,  ///< the deciding comparison, as {fact}, its {value} and the {operand} (a comparison that
                  ///< holds, then one that fails)
  kTraceEqFails,
  kTraceNeHolds,
  kTraceNeFails,
  kTraceLtHolds,
  kTraceLtFails,
  kTraceLeHolds,
  kTraceLeFails,
  kTraceGtHolds,
  kTraceGtFails,
  kTraceGeHolds,
  kTraceGeFails,
  kTraceInHolds,  ///< {operand} is the list
  kTraceInFails,
  kTraceBetweenHolds,  ///< {low} and {high} are the bounds
  kTraceBetweenFails,
  // --- Report (render/html_report.hpp)
  kReportTitle,        ///< above the answer: what the page is
  kReportPageTitle,    ///< the browser tab: the answer and the profile
  kReportAnswerLabel,  ///< the h1, before the account type
  kReportScore,        ///< the scores under the answer
  kReportScoreTie,
  kReportMeaning,
  kReportProfile,
  kReportTimeToFill,
  kReportCriteriaHeading,
  kReportCriteriaIntro,
  kReportVote,  ///< a vote: side and weight
  kReportTie,
  kReportFlipsHeading,
  kReportSweepIntro,  ///< the sweep over customer counts
  kReportSweepFlip,
  kReportSweepNone,
  kReportPlanHeading,
  kReportPlanItem,  ///< header of the plan table's label column
  kReportNotes,
  kReportAssumptions,
  kReportAdviceHeading,
  kReportTableHeading,
  kReportTableIntro,
  kReportCited,  ///< read aloud for a highlighted row
  kReportFooterVersion,
  kReportFooterCommand,
  kReportFooterGenerated,
  kReportFillOne,  ///< one account type's accounts and days to the target
  kReportFillMany,
  kReportFillNever,
  kReportFillSeparator,  ///< between the two account types
  kReportChartCaption,   ///< the chart's caption, its text alternative
  // --- Tables (render)
  kTablesNotReachable,     ///< plan's days, where no number of days reaches the target
  kTablesNotReachableWhy,  ///< the same in plan's table, {why} from the planner

  // --- Output files and encodings (src/cli/cli_support, core/text_encoding)
  kOutputOptionOutput,
  kOutputOptionBom,
  kOutputOptionNoBom,
  kOutputOptionInputEncoding,
  kOutputReadAsGb18030,
  kOutputInvalidUtf8Hint,
  kOutputStandardInput,
  kOutputTerminalHint,
  kOutputFormAndFormat,
  kOutputFormNeedsExpect,
  kOutputFormWithoutExpect,
  kOutputBomNotCsv,
  kOutputEmptyName,

  // --- Files and terminal (intact)
  kFileNoSuchFile,    ///< why a file could not be opened: ENOENT
  kFileLoop,          ///< ELOOP
  kFilePermission,    ///< EACCES, EPERM
  kFileNotDirectory,  ///< ENOTDIR
  kFileNameTooLong,   ///< ENAMETOOLONG
  kFileIsDirectory,   ///< EISDIR, or a directory where a file is needed
  kFileNoSpace,       ///< ENOSPC
  kFileQuota,         ///< EDQUOT
  kFileReadOnly,      ///< EROFS
  kFileIo,            ///< EIO
  kFileTooManyOpen,   ///< EMFILE, ENFILE
  kFileBusy,          ///< EBUSY, ETXTBSY
  kFileNoReader,      ///< ENXIO: a FIFO opened for writing with no reader
  kFileOther,         ///< any other errno: {reason} (the C library's words), {code}
  kFileNotRegular,    ///< {kind}: one of the next four
  kFileKindFifo,
  kFileKindCharDevice,
  kFileKindBlockDevice,
  kFileKindSocket,
  kFileCannotRead,     ///< a data or rules file
  kWidthBelowMinimum,  ///< --width/COLUMNS below the minimum, said once on stderr

  // --- Input errors (core: profile answers, counts, ranges)
  kInputListOr,  ///< the last separator of a list of choices
  kInputUsersEmpty,
  kInputUsersNegative,
  kInputUsersGrouping,
  kInputUsersNotWhole,
  kInputUsersNotNumber,
  kInputUsersTooMany,
  kInputUsersZero,
  kInputUsersAmbiguous,  ///< 30.000: a dot groups thousands in some places, marks decimals in others
  kInputWholeRange,
  kInputUnknownIndustry,  ///< followed by kInputIndustrySuggest or kInputIndustryNoneClose
  kInputIndustrySuggest,
  kInputIndustryNoneClose,
  kInputQuoted,  ///< a value from the data quoted in a message
  kInputRegulatedContradictsYes,
  kInputRegulatedContradictsNo,
  kInputBarrierContradicts,
  kInputBarrierLowWord,  ///< a barrier as a value: low / 低
  kInputBarrierHighWord,
  kInputBarrierExpected,
  kInputRegulatedExpected,
  kInputAddingExpected,
  kInputMissing,  ///< the missing fields, a list
  kInputMissingIndustry,
  kInputRangeNotRange,
  kInputRangeNotUp,
  kInputFieldTwice,  ///< batch and check records
  kInputIdType,
  kInputIdRange,
  kInputMustBeBool,  ///< {yes} and {no} are JSON's true and false
  kInputMustNotBeBool,
  kInputMustBeString,
  kInputFieldCount,
  kInputFieldUtf8,
  kInputJsonNotWhole,
  kInputJsonTooLarge,

  // --- Help and command-line errors (src/cli): --help text, CLI11's parse errors, the
  // errors raised in src/cli, validate's summary and the questions' messages
  kHelpProgram,
  kHelpExitCodes,
  kHelpUsage,
  kHelpOptionsBadge,
  kHelpCommandBadge,
  kHelpHeading,
  kHelpGroupOptions,
  kHelpGroupPositionals,
  kHelpGroupCommands,
  kHelpRequired,
  kHelpNeeds,
  kHelpExcludes,
  kHelpEnv,
  kHelpValues,
  kHelpHelpFlag,
  kHelpVersionFlag,
  kHelpLabelFile,
  kHelpLabelFileOrStdin,
  kHelpLabelDir,
  kHelpLabelName,
  kHelpLabelDays,
  kHelpLabelMonths,
  kHelpLabelRange,
  kHelpLabelFormat,
  kHelpLabelInputFormat,
  kHelpLabelInputEncoding,
  kHelpLabelOutput,
  kHelpLabelExpect,
  kHelpLabelDimension,
  kHelpLabelLang,
  kHelpLabelBarrier,
  kHelpLabelAdding,
  kHelpData,
  kHelpLang,
  kHelpAscii,
  kHelpWidth,
  kHelpUsers,
  kHelpIndustry,
  kHelpBarrier,
  kHelpAdding,
  kHelpRegulated,
  kHelpEntities,
  kHelpWithin,
  kHelpFormatTextMdJson,
  kHelpRulesScore,
  kHelpRecommend,
  kHelpRecommendExpect,
  kHelpRecommendFormat,
  kHelpRecommendQuiet,
  kHelpRecommendExplain,
  kHelpRecommendFooter,
  kHelpBatch,
  kHelpBatchInput,
  kHelpBatchInputFormat,
  kHelpBatchFormat,
  kHelpBatchExplain,
  kHelpBatchRawCsv,
  kHelpBatchFooter,
  kHelpPlan,
  kHelpPlanUsers,
  kHelpPlanAdding,
  kHelpPlanDays,
  kHelpPlanAccounts,
  kHelpPlanEntities,
  kHelpPlanSvg,
  kHelpPlanFooter,
  kHelpSweep,
  kHelpSweepUsers,
  kHelpSweepSteps,
  kHelpSweepFormat,
  kHelpSweepFooter,
  kHelpCheck,
  kHelpCheckFiles,
  kHelpCheckOutput,
  kHelpCheckQuiet,
  kHelpCheckFooter,
  kHelpDiff,
  kHelpDiffRules,
  kHelpDiffAgainst,
  kHelpDiffAgainstData,
  kHelpDiffInput,
  kHelpDiffFooter,
  kHelpReport,
  kHelpReportOutput,
  kHelpReportFooter,
  kHelpTable,
  kHelpTableFormat,
  kHelpTableDimension,
  kHelpTableDifferencesOnly,
  kHelpTableSources,
  kHelpTableFooter,
  kHelpIndustries,
  kHelpIndustriesFormat,
  kHelpIndustriesFooter,
  kHelpValidate,
  kHelpValidateRules,
  kHelpValidateMaxAge,
  kHelpValidateFooter,
  kHelpCompletion,
  kHelpCompletionShell,
  kHelpCompletionFooter,
  kErrRunHelp,
  kErrUnknownCommandSuggest,
  kErrUnknownCommandList,
  kErrCommandRequired,
  kErrExtrasOne,
  kErrExtrasMany,
  kErrUnknownOption,
  kErrUnknownOptionSuggest,
  kErrRequired,
  kErrExcludes,
  kErrRequires,
  kErrNotOneOf,
  kErrOptionProblem,
  kErrNotWholeNumber,
  kErrOutOfRange,
  kErrNotConvertible,
  kErrMissingValue,
  kErrFlagTakesNoValue,
  kErrBadCommandLine,
  kErrSourceDateEpoch,
  kErrStdoutWrite,
  kErrBatchExplainCsv,
  kErrCannotOpen,
  kErrIsDirectory,
  kErrReadError,
  kErrStandardInput,
  kErrInputIsOutput,
  kErrBatchBad,
  kErrDiffNothing,
  kErrDaysOrAccounts,
  kErrSweepMissingUsers,
  kErrExpectation,
  kErrValidateProblems,
  kValidateSummary,
  kErrOutOfMemory,
  kErrInternal,
  kVersionDataBroken,
  kWizardInputEnded,
  kWizardInterrupted,
  kWizardBadChoice,
  kWizardEquivalent,

  // --- Records: CSV headers and check (core/batch, core/check_records, core/check)
  kCsvColumnTwice,        ///< batch and check
  kCsvMissingColumns,     ///< {columns} joined by kListSeparator
  kCsvIndustryOrBarrier,  ///< a needed column: one of the two
  kCsvExpectColumn,       ///< check's column
  kCheckNoExpect,         ///< a check record
  kCheckBadExpect,
  kCheckEmptyFile,

  // --- batch and plan (core/json_line, record_reader, batch, check_records, planner, sweep,
  //     output_file; render/feature_table_view)
  kJsonAt,              ///< {what}: one of the kJson* below
  kJsonExpectedObject,  ///< {open} is the brace
  kJsonExpectedName,
  kJsonExpectedColon,
  kJsonExpectedCommaOrEnd,
  kJsonTrailingText,
  kJsonIncompleteEscape,
  kJsonBadHexEscape,
  kJsonUnterminatedString,
  kJsonControlCharacter,
  kJsonInvalidUtf8,
  kJsonUnpairedSurrogate,
  kJsonBadEscape,
  kJsonBadNumber,
  kJsonUnexpectedValue,
  kJsonNestedValue,
  kJsonExpectedValue,
  kRecordTooLong,  ///< record_reader: a record past the byte limit
  kCsvTextAfterQuote,
  kCsvQuoteNeverClosed,
  kCsvQuoteSwallowedLine,
  kCsvQuoteSwallowedLines,
  kCsvHeaderAtLine,        ///< batch: a header line that cannot be read
  kCsvHeaderError,         ///< check: the same
  kUnknownName,            ///< a field or column name not read, quoted
  kUnknownNameClose,       ///< the same with the known one it is close to
  kUnknownNameExpect,      ///< batch given check's column
  kMoreNames,              ///< after a list cut short
  kBatchUnknownField,      ///< a JSONL field batch ignores
  kBatchUnknownFieldLast,  ///< the same, the last one named
  kBatchUnknownColumn,
  kBatchUnknownColumns,
  kCheckUnknownField,
  kCheckUnknownFields,
  kWithHint,               ///< a record error and the hint after it
  kRangeOutOfRange,        ///< a count outside its bounds (planner)
  kRangeDaysOutOfRange,    ///< the same for days
  kRangeUsersOutOfRange,   ///< the planner given a count parse_users would refuse
  kRangeFrom,              ///< a range's first end
  kRangeTo,                ///< a range's last end
  kTableUnknownDimension,  ///< table --dimension
  kTableUnknownDimensionClose,
  kOutputCannotWrite,  ///< output_file: {path}: what: {reason}
  kOutputCannotFollowLink,
  kOutputCannotCreateTemp,
  kOutputCannotKeepOwner,
  kOutputCannotSetPermissions,
  kOutputCannotReplace,
  kOutputCannotOpen,
  kOutputCannotWriteStdout,
  kOutputNameEmpty,
  kOutputRefuseInput,
  kOutputWrittenAfterClose,

  // --- Data files (core/json_reader, core/data_source, the loaders, validate)
  kDataProblemAt,  ///< FILE: POINTER: MESSAGE, one problem in a data file
  kJsonEmptyFile,
  kJsonTooDeep,
  kJsonSyntaxAt,    ///< {reason}: the parser's words in English, ours in Chinese
  kJsonSyntax,      ///< a number no double can hold
  kJsonUnexpected,  ///< the Chinese syntax error: {token} is one of kJsonToken*
  kJsonExpectedToken,
  kJsonLastRead,
  kJsonTokenLiteral,  ///< {name}: true, false or null
  kJsonTokenString,
  kJsonTokenNumber,
  kJsonTokenChar,  ///< {char}: one of [ ] { } : ,
  kJsonTokenEnd,
  kJsonTokenValue,
  kJsonTokenUnknown,
  kJsonLexLiteral,  ///< the parser's lexer errors: the English text is how it starts
  kJsonLexNoClosingQuote,
  kJsonLexControl,
  kJsonLexUtf8,
  kJsonLexEscape,
  kJsonLexNumber,
  kJsonLexComment,
  kJsonLexOther,
  kJsonDuplicateKey,
  kJsonControlInKey,  ///< {code}: four hex digits
  kJsonControlInString,
  kJsonKindNull,  ///< a JSON value's kind, for kJsonExpected
  kJsonKindBoolean,
  kJsonKindInteger,
  kJsonKindNumber,
  kJsonKindString,
  kJsonKindArray,
  kJsonKindObject,
  kJsonKindOther,
  kJsonExpected,  ///< {expected} and {kind}: kJsonKind*
  kJsonExpectedBoolean,
  kJsonMissingKey,
  kJsonEmptyValue,
  kJsonIntegerRange,
  kJsonNumberRange,
  kJsonUnknownKey,
  kJsonUnknownKeyDidYouMean,
  kCondRefAccount,  ///< core/condition: a rule's "when"
  kCondRefUnknown,
  kCondRefUnlimited,
  kCondNumberOrRef,
  kCondFactBoolean,
  kCondFactString,
  kCondFactValue,
  kCondUnknownFact,   ///< {known}: joined by kListSeparator
  kCondAfterScoring,  ///< {fact}: recommendation
  kCondUnknownOp,
  kCondOpNeedsNumber,
  kCondOpNotForBoolean,
  kCondOpNeedsArray,
  kCondBetweenPair,
  kCondInEmpty,
  kCondBetweenOrder,
  kCondTooDeep,
  kCondShape,
  kCondNeedsOne,
  kRulesUnclosedBrace,  ///< core/rule_set
  kRulesCountForm,      ///< {text}: the placeholder as written, braces and all
  kRulesUnknownPlaceholder,
  kRulesExpectedRow,
  kRulesNoSuchRow,
  kRulesNeedsBand,
  kRulesMarginRange,
  kRulesBandOrder,  ///< {key}: up_to
  kRulesLastBand,   ///< {key}: up_to
  kRulesDaysRange,
  kRulesDuplicateId,
  kRulesUnknownCriterion,
  kRulesExpectedAccount,
  kRulesWeightRange,
  kRulesUsersForm,
  kRulesSchemaVersion,  ///< {key}: schema_version
  kRulesNeedsRule,
  kFeatQuantityName,   ///< core/feature_table
  kFeatQuantityValue,  ///< {unlimited}: the word as written in the file
  kFeatBound,          ///< {choices}: one_of(), as kFeatFavours and kIndBarrier
  kFeatSourceKind,
  kFeatPublished,  ///< {undated}: the word as written in the file
  kFeatChecked,
  kFeatCheckedBeforePublished,
  kFeatNoRange,
  kFeatIdForm,
  kFeatDimensionsEmpty,
  kFeatUnknownDimension,
  kFeatFavours,
  kFeatQuantityTwice,  ///< {side}: wecom or personal
  kFeatDataVersion,
  kFeatDuplicateDimension,
  kFeatNeedsFeature,
  kFeatDuplicateNo,
  kFeatMissingQuantity,
  kFeatQuantityPositive,
  kFeatQuantityPositiveOrUnlimited,
  kIndSourceReplaced,  ///< core/industry_catalog; {barrier_basis} and {regulated_basis}: the keys
  kIndBarrier,
  kIndNameTaken,
  kIndNeedsIndustry,
  kDataRulesNotChecked,  ///< core/data_set, validate
  kDataExampleBadProfile,
  kDataExampleFails,
  kDataAt,         ///< FILE: POINTER, where an example is
  kBasisNotAKind,  ///< core/basis: a basis in rules.json
                   ///< or industries.json; {kinds} joined by kListSeparator
  kBasisNeedsRow,
  kBasisUrl,
  // --- zh prefix and leftovers (src/cli/diagnostics, help, the industry suggestion)
  kLineError,            ///< a line on stderr: {program} and the {message}, in the run's language
  kLineWarning,          ///< the same for a warning
  kLineNote,             ///< the same for a note (neither error nor warning)
  kHelpLabelFiles,       ///< check's positional argument, in the usage line and help
  kHelpLabelShell,       ///< completion's positional argument (bash or zsh)
  kInputIndustryChoice,  ///< one suggested industry: its {id}; Chinese puts its {name} first
  kErrMissingArgument,   ///< a positional argument not given: {name} as help names it
  kVersionData,          ///< --version, after the program's line: {version}, {rows}
  kVersionPublished,     ///< {from}, {to}: ISO dates
  kVersionUndated,       ///< after kVersionPublished: {rows}, the undated rows
  kVersionNoDates,
  kVersionLastChecked,  ///< {date}: an ISO date
  kWizardUsersField,    ///< what the wizard's users question asks for, naming it in a bad answer's reason
  // --- Facts in the trace (render/trace_view.cpp): a fact as the deciding condition names it.
  // English keeps the rules file's names, which a rules author searches for; Chinese says what
  // the fact is. In Fact's order (condition.hpp).
  kTraceFactUsers,
  kTraceFactWecomAccounts,
  kTraceFactPersonalAccounts,
  kTraceFactPersonalAccountsMax,
  kTraceFactEntities,
  kTraceFactWecomEntitiesNeeded,
  kTraceFactLiveCodes,
  kTraceFactWecomDays,
  kTraceFactPersonalDays,
  kTraceFactTargetDays,
  kTraceFactAdding,
  kTraceFactIndustry,
  kTraceFactBarrier,
  kTraceFactRecommendation,
  kTraceFactRegulated,
  kTraceFactExpansionNeeded,
  kTraceFactWecomInTime,
  kTraceFactPersonalInTime,
  kTraceFactWecomFaster,
  // A string fact's value as the trace shows it: the rules file's word in English.
  kTraceValueActive,
  kTraceValuePassive,
  kTraceValueLow,
  kTraceValueHigh,
  kTraceValueWecom,
  kTraceValuePersonal,
  // --- A row's citation (core/feature_table): source.ref of a wrong kind, {kind} as json_kind()
  kFeatSourceRefKind,
  kCount  ///< not a message: the number of them
};

/// A count to put in a message: see the header comment.
struct Count {
  std::int64_t n;
  Lang lang;
};

namespace messages_detail {
struct Entry {
  Msg id;
  std::string_view text;
};

/// True when `entries` names every Msg once, in the enum's order: the language files
/// static_assert it, so a missing or misplaced message does not compile.
template <std::size_t N>
consteval bool complete(const Entry (&entries)[N]) {
  if (N != static_cast<std::size_t>(Msg::kCount)) return false;
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(entries[i].id) != i || entries[i].text.empty()) return false;
  }
  return true;
}

std::string_view lookup(Msg id, Lang lang);
}  // namespace messages_detail

/// The message as the language file gives it, placeholders unfilled.
inline std::string_view msg(Lang lang, Msg id) {
  return messages_detail::lookup(id, lang);
}

/// The message with its placeholders filled from fmt::arg("name", value) arguments.
template <typename Arg, typename... Args>
std::string msg(Lang lang, Msg id, const Arg& arg, const Args&... args) {
  return fmt::format(fmt::runtime(messages_detail::lookup(id, lang)), arg, args...);
}

}  // namespace advisor

template <>
struct fmt::formatter<advisor::Count> {
  std::string_view singular, plural;  // empty: the number alone

  constexpr auto parse(format_parse_context& ctx) {
    auto it = ctx.begin();
    const auto begin = it;
    while (it != ctx.end() && *it != '}') ++it;
    const std::string_view spec(begin, static_cast<std::size_t>(it - begin));
    if (const auto bar = spec.find('|'); bar != std::string_view::npos) {
      singular = spec.substr(0, bar);
      plural = spec.substr(bar + 1);
    } else {
      singular = plural = spec;
    }
    return it;
  }

  template <typename Context>
  auto format(const advisor::Count& c, Context& ctx) const {
    const std::string number = advisor::format_count(c.n, c.lang);
    if (singular.empty()) return fmt::format_to(ctx.out(), "{}", number);
    return fmt::format_to(ctx.out(), "{} {}", number, c.n == 1 ? singular : plural);
  }
};
