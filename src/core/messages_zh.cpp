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

    // --- Recommendation (recommend, render/recommendation_view)
    {Msg::kIndustryDetails, "{industry}（{details}）"},
    {Msg::kBarrierRegulated, "{barrier}，强监管"},
    {Msg::kFlipAddingActive, "改为以主动添加为主：{to}"},
    {Msg::kFlipAddingPassive, "改为以被动添加为主：{to}"},
    {Msg::kFlipBarrierLow, "如果换成低门槛行业：{to}"},
    {Msg::kFlipBarrierHigh, "如果换成高门槛行业：{to}"},
    {Msg::kFlipUsersFewer, "客户数不超过{n}：{to}"},
    {Msg::kFlipUsersMore, "客户数超过{n}：{to}"},
    {Msg::kRowsCitedOne, "（第{rows}项）"},
    {Msg::kRowsCitedMany, "（第{rows}项）"},
    {Msg::kBasisPlain, "依据："},
    {Msg::kBasisOfKind, "依据（{kind}）："},
    {Msg::kCapacity, "企业微信{wecom}个号，或个人微信{personal}个号{at_max}"},
    {Msg::kCapacityAtMax, "（若每号加到上限{max}，需{n}个号）"},
    {Msg::kEntitiesNeeded,
     "每个企业主体的企微最多加{per}个客户（第{row}项），需要{needed}个企业主体（现有{given}"
     "个），或向官方申请扩容（有条件，见第{row}项备注）"},
    {Msg::kCustomers, "{n}个客户"},
    {Msg::kMostlyActive, "以主动添加为主"},
    {Msg::kMostlyPassive, "以被动添加为主"},
    {Msg::kProfileEntities, " · {n}个企业主体"},
    {Msg::kProfileWithin, " · {n}天内加满"},
    {Msg::kLabelMeaning, "说明："},
    {Msg::kLabelProfile, "概况："},
    {Msg::kLabelAccountsNeeded, "所需账号："},
    {Msg::kLabelEntities, "企业主体："},
    {Msg::kLabelTimeToFill, "加满用时："},
    {Msg::kLabelNote, "备注："},
    {Msg::kCriteriaHeading, "各维度的判断："},
    {Msg::kVoteLine, "{criterion}：{account} +{weight}"},
    {Msg::kTieHeading, "平局："},
    {Msg::kFeaturesCitedHeading, "引用的功能对比："},
    {Msg::kAdviceHeading, "建议："},
    {Msg::kFlipsHeading, "什么情况下结论会改变："},
    {Msg::kNoFlips, "单独改动添加形式、行业门槛或客户规模中的任何一项，结论都不变。"},
    {Msg::kMdVotesHeader, "| 维度 | 投票 | 权重 | 理由 | 依据 |"},
    {Msg::kMdTie, "平局：{reason}（{basis}）"},
    {Msg::kMdAdviceHeading, "### 建议"},
    {Msg::kMdFlipsHeading, "### 什么情况下结论会改变"},
    {Msg::kMdNoFlips, "单独改动任何一项，结论都不变"},
    {Msg::kHeadline, "推荐：{account}（{band}，{mine}比{theirs}，领先{margin}分）"},
    {Msg::kHeadlineTie, "推荐：{account}（{band}，{mine}比{theirs}，同分按平局规则选定）"},

    // --- Basis of a statement
    {Msg::kBasisLecture, "讲座原话"},
    {Msg::kBasisTableRow, "对比表第{rows}项"},
    {Msg::kBasisTableRows, "对比表第{rows}项"},
    {Msg::kBasisPublic, "公开资料"},
    {Msg::kBasisInference, "推断"},
    {Msg::kBasisAssumption, "假设"},
};
static_assert(complete(kChinese), "messages_zh.cpp must list every Msg once, in the enum's order");

}  // namespace advisor::messages_detail
