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
};
static_assert(complete(kEnglish), "messages_en.cpp must list every Msg once, in the enum's order");

}  // namespace advisor::messages_detail
