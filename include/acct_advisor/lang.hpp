#pragma once
// The two languages the tool speaks, and text that exists in both.

#include <optional>
#include <string>
#include <string_view>

namespace advisor {

enum class Lang { kZh, kEn };

/// A piece of user-facing text in Chinese and English, as the data files give it.
struct LocalizedText {
  std::string zh;
  std::string en;

  const std::string& in(Lang lang) const { return lang == Lang::kZh ? zh : en; }
};

std::string_view lang_code(Lang lang);
/// The BCP 47 tag for HTML and SVG `lang` attributes: "en", "zh-Hans".
std::string_view language_tag(Lang lang);
std::optional<Lang> parse_lang(std::string_view code);

/// Picks the language from locale variables as the C library would (LC_ALL, then
/// LC_MESSAGES, then LANG); a zh_* locale gives Chinese, anything else English.
Lang lang_from_locale(const char* lc_all, const char* lc_messages, const char* lang);

}  // namespace advisor
