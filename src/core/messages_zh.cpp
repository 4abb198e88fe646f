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
};
static_assert(complete(kChinese), "messages_zh.cpp must list every Msg once, in the enum's order");

}  // namespace advisor::messages_detail
