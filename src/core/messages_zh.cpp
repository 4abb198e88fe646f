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

    // --- Trace
    {Msg::kTraceHeading, "规则明细（规则文件中的每条规则，无论是否触发）："},
    {Msg::kTraceMarkdownHeading, "规则明细"},
    {Msg::kTraceColumnFired, "触发"},
    {Msg::kTraceColumnRule, "规则"},
    {Msg::kTraceColumnCriterion, "维度"},
    {Msg::kTraceColumnVote, "投票"},
    {Msg::kTraceColumnDecider, "决定条件"},
    {Msg::kTraceYes, "是"},
    {Msg::kTraceNo, "否"},
    {Msg::kTraceVote, "{account} +{weight}"},
    {Msg::kTraceTrue, "「是」"},
    {Msg::kTraceFalse, "「否」"},
    {Msg::kTraceQuoted, "「{text}」"},
    {Msg::kTraceAlways, "无条件，总是成立"},
    {Msg::kTraceEqHolds, "{fact} 为{value}"},
    {Msg::kTraceEqFails, "{fact} 为{value}，不是{operand}"},
    {Msg::kTraceNeHolds, "{fact} 为{value}，不是{operand}"},
    {Msg::kTraceNeFails, "{fact} 为{value}（规则要求不是{operand}）"},
    {Msg::kTraceLtHolds, "{fact} 为{value}，小于{operand}"},
    {Msg::kTraceLtFails, "{fact} 为{value}，不小于{operand}"},
    {Msg::kTraceLeHolds, "{fact} 为{value}，不超过{operand}"},
    {Msg::kTraceLeFails, "{fact} 为{value}，超过{operand}"},
    {Msg::kTraceGtHolds, "{fact} 为{value}，超过{operand}"},
    {Msg::kTraceGtFails, "{fact} 为{value}，不超过{operand}"},
    {Msg::kTraceGeHolds, "{fact} 为{value}，不少于{operand}"},
    {Msg::kTraceGeFails, "{fact} 为{value}，少于{operand}"},
    {Msg::kTraceInHolds, "{fact} 为{value}，是{operand}之一"},
    {Msg::kTraceInFails, "{fact} 为{value}，不是{operand}中的任何一个"},
    {Msg::kTraceBetweenHolds, "{fact} 为{value}，在{low}到{high}之间"},
    {Msg::kTraceBetweenFails, "{fact} 为{value}，不在{low}到{high}之间"},
};
static_assert(complete(kChinese), "messages_zh.cpp must list every Msg once, in the enum's order");

}  // namespace advisor::messages_detail
