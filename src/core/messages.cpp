#include "acct_advisor/messages.hpp"

namespace advisor::messages_detail {

// Defined in messages_en.cpp and messages_zh.cpp, each checked complete where it is defined.
extern const Entry kEnglish[static_cast<std::size_t>(Msg::kCount)];
extern const Entry kChinese[static_cast<std::size_t>(Msg::kCount)];

std::string_view lookup(Msg id, Lang lang) {
  const Entry* table = lang == Lang::kZh ? kChinese : kEnglish;
  return table[static_cast<std::size_t>(id)].text;
}

}  // namespace advisor::messages_detail
