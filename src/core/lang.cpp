#include "acct_advisor/lang.hpp"

namespace advisor {

std::string_view lang_code(Lang lang) {
  return lang == Lang::kZh ? "zh" : "en";
}

std::string_view language_tag(Lang lang) {
  return lang == Lang::kZh ? "zh-Hans" : "en";
}

std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "zh") return Lang::kZh;
  if (code == "en") return Lang::kEn;
  return std::nullopt;
}

Lang lang_from_locale(const char* lc_all, const char* lc_messages, const char* lang) {
  // POSIX precedence: the first variable that is set and non-empty decides.
  for (const char* value : {lc_all, lc_messages, lang}) {
    if (value == nullptr || *value == '\0') continue;
    std::string_view v(value);
    return v.substr(0, 2) == "zh" ? Lang::kZh : Lang::kEn;
  }
  return Lang::kEn;
}

}  // namespace advisor
