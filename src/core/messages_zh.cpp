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

    // --- Report
    {Msg::kReportTitle, "决策报告：用企业微信还是个人微信"},
    {Msg::kReportPageTitle, "{account} · {profile} · {program}"},
    {Msg::kReportAnswerLabel, "推荐使用"},
    {Msg::kReportScore, "得分{mine}比{theirs}，领先{margin}分"},
    {Msg::kReportScoreTie, "得分{mine}比{theirs}，同分，按平局规则选定"},
    {Msg::kReportMeaning, "分差的含义"},
    {Msg::kReportProfile, "概况"},
    {Msg::kReportTimeToFill, "加满用时"},
    {Msg::kReportCriteriaHeading, "理由：各维度的判断"},
    {Msg::kReportCriteriaIntro,
     "以下是这个概况触发的规则：每条投给哪一方、权重多少、理由是什么、依据从哪里来。"},
    {Msg::kReportVote, "{account} +{weight}"},
    {Msg::kReportTie, "平局"},
    {Msg::kReportFlipsHeading, "什么情况下结论会改变"},
    {Msg::kReportNoFlip, "单独改动添加形式、行业门槛或客户规模中的任何一项，结论都不变。"},
    {Msg::kReportSweepIntro, "其他条件不变，客户数从{from}到{to}："},
    {Msg::kReportSweepFlip, "从{users}个客户起：{from} → {to}"},
    {Msg::kReportSweepNone, "结论始终是{account}。"},
    {Msg::kReportPlanHeading, "两种账号的计划"},
    {Msg::kReportPlanItem, "项目"},
    {Msg::kReportPlanAccounts, "所需账号"},
    {Msg::kReportPlanDaily, "每号每天可加客户数"},
    {Msg::kReportPlanDays, "加满所需天数"},
    {Msg::kReportPlanPhones, "所需手机号"},
    {Msg::kReportPlanEntities, "企业主体"},
    {Msg::kReportPlanLiveCodes, "活码"},
    {Msg::kReportNotes, "注意"},
    {Msg::kReportAssumptions, "假设"},
    {Msg::kReportAdviceHeading, "建议"},
    {Msg::kReportTableHeading, "完整功能对比（共{count}项）"},
    {Msg::kReportTableIntro, "本次结论引用的行已高亮，并标有★。"},
    {Msg::kReportCited, "本次引用"},
    {Msg::kReportColNo, "序号"},
    {Msg::kReportColFeature, "功能"},
    {Msg::kReportColFavours, "更适合"},
    {Msg::kReportColSource, "来源"},
    {Msg::kReportColPublished, "发布"},
    {Msg::kReportColChecked, "核对"},
    {Msg::kReportNote, "备注"},
    {Msg::kReportFooterVersion, "由{program} {version}根据数据版本{data_version}生成。"},
    {Msg::kReportFooterCommand, "重新生成本报告的命令："},
    {Msg::kReportFooterGenerated, "生成日期：{date}。"},
    {Msg::kReportFillOne, "{account}{accounts}个号，{days}"},
    {Msg::kReportFillMany, "{account}{accounts}个号，{days}"},
    {Msg::kReportFillNever, "{account}（{accounts}个号）：无法承接目标客户数"},
    {Msg::kReportFillSeparator, "；"},
    {Msg::kReportDaysOne, "{days}天"},
    {Msg::kReportDaysMany, "{days}天"},
    {Msg::kReportChartCaption, "按对比表的每日上限逐日累计加到的客户数。{summary}。"},
};
static_assert(complete(kChinese), "messages_zh.cpp must list every Msg once, in the enum's order");

}  // namespace advisor::messages_detail
