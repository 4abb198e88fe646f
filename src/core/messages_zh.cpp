// 中文消息。见 messages.hpp：每个 Msg 一条，按枚举的顺序排列。
#include "acct_advisor/messages.hpp"

namespace advisor::messages_detail {

extern const Entry kChinese[static_cast<std::size_t>(Msg::kCount)];
constexpr Entry kChinese[] = {
    // --- Words used everywhere
    {Msg::kListSeparator, "、"},
    {Msg::kColon, "："},
    {Msg::kAtLeast, "至少"},
    {Msg::kAbout, "约"},
    {Msg::kBarrierLow, "低门槛"},
    {Msg::kBarrierHigh, "高门槛"},
    {Msg::kAddingActive, "主动添加"},
    {Msg::kAddingPassive, "被动添加"},
    {Msg::kRegulated, "强监管"},
    {Msg::kWecom, "企业微信"},
    {Msg::kPersonal, "个人微信"},
    {Msg::kWecomTitle, "企业微信"},
    {Msg::kPersonalTitle, "个人微信"},

    // --- Basis of a statement
    {Msg::kBasisLecture, "讲座原话"},
    {Msg::kBasisTableRow, "对比表第{rows}项"},
    {Msg::kBasisTableRows, "对比表第{rows}项"},
    {Msg::kBasisPublic, "公开资料"},
    {Msg::kBasisInference, "推断"},
    {Msg::kBasisAssumption, "假设"},

    // --- Check and diff
    {Msg::kCheckPass, "通过"},
    {Msg::kCheckFail, "不通过"},
    {Msg::kCheckBad, "无法检查"},
    {Msg::kCheckCaseName, "{where}（{id}）"},
    {Msg::kCheckFailDetail,
     "预期{expected}，结果是{got}（{wecom_name}{wecom}分，{personal_name}{personal}分，相差{margin}分）"},
    {Msg::kCheckDeciding, "起决定作用的规则：{rules}"},
    {Msg::kCheckRuleVote, "{id}（{account}+{weight}）"},
    {Msg::kCheckNoRules, "没有规则成立，按平局规则选定"},
    {Msg::kCheckSummaryOne, "共检查{total}条记录：通过{passed}条，不通过{failed}条，无法检查{bad}条"},
    {Msg::kCheckSummaryMany, "共检查{total}条记录：通过{passed}条，不通过{failed}条，无法检查{bad}条"},
    {Msg::kCheckExitFailed, "检查未通过：{total}条中有{failed}条与预期不符"},
    {Msg::kCheckExitBad, "{total}条中有{bad}条无法检查，详见报告"},
    {Msg::kCheckCommandLine, "命令行"},
    {Msg::kDiffSides, "比较{after}与{before}的结论。"},
    {Msg::kDiffBuiltIn, "内置数据"},
    {Msg::kDiffRulesOf, "{rules}（数据：{data}）"},
    {Msg::kDiffGridWhat,
     "共比较{total}个结论：内置网格，{series}个行业和门槛 × 两种添加方式 × {points}个客户数（1到{max}）。"},
    {Msg::kDiffFileWhat, "共比较{total}个结论：{file}中的客户情况。"},
    {Msg::kDiffNoChange, "没有结论改变。"},
    {Msg::kDiffChanged,
     "{changed}个结论改变：{to_personal}个从企业微信变为个人微信，{to_wecom}个从个人微信变为企业微信。"},
    {Msg::kDiffFlipsHeading, "翻转点有变化的组合（{count}组）："},
    {Msg::kDiffChangesHeading, "结论改变的客户情况（{count}条）："},
    {Msg::kDiffColProfile, "客户情况"},
    {Msg::kDiffColAdding, "添加方式"},
    {Msg::kDiffColLine, "行"},
    {Msg::kDiffColBefore, "改动前"},
    {Msg::kDiffColAfter, "改动后"},
    {Msg::kDiffFlipGroup, "{adding}——改动前：{before}；改动后：{after}"},
    {Msg::kDiffFlipAt, "{users}起为{to}"},
    {Msg::kDiffAlways, "始终为{account}"},
    {Msg::kDiffScores, "{account}（{wecom}比{personal}）"},
    {Msg::kDiffSkipped, "两边数据不同、未比较的行业：{ids}。"},
    {Msg::kDiffBadHeading, "无法比较的客户情况（{count}条）："},
    {Msg::kDiffExitChanged, "{total}个结论中有{changed}个改变"},
    {Msg::kDiffExitBad, "{bad}条客户情况无法比较，详见报告"},
    {Msg::kDiffTitle, "结论变化"},
};
static_assert(complete(kChinese), "messages_zh.cpp must list every Msg once, in the enum's order");

}  // namespace advisor::messages_detail
