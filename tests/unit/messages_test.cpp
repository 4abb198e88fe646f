// The message catalogue: every language fills the same placeholders, and Chinese text carries
// no English words (a Chinese user should never meet English).

#include <catch2/catch.hpp>

#include <cctype>
#include <regex>
#include <set>
#include <string>

#include "acct_advisor/messages.hpp"

using namespace advisor;

namespace {

std::set<std::string> placeholders(std::string_view text) {
  static const std::regex field(R"(\{([a-z_0-9]*)[^}]*\})");
  std::set<std::string> out;
  const std::string s(text);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), field); it != std::sregex_iterator(); ++it) {
    out.insert((*it)[1].str());
  }
  return out;
}

// The text with placeholders and the names that are the same in every language removed.
std::string words_outside_placeholders(std::string_view text) {
  std::string s = std::regex_replace(std::string(text), std::regex(R"(\{[^}]*\})"), "");
  s = std::regex_replace(s, std::regex(R"([0-9]+k\b)"), "");  // "30k", an input people type
  for (const char* name : {"CSV", "JSONL", "JSON", "SVG", "UTF-8", "GB18030", "Excel", "HTML", "Markdown",
                           "ID", "JUnit", "TAP", "GitHub", "CI", "Ctrl-D"}) {
    for (auto at = s.find(name); at != std::string::npos; at = s.find(name))
      s.erase(at, std::string(name).size());
  }
  s = std::regex_replace(s, std::regex(R"((^|[^A-Za-z])id(?![A-Za-z]))"), "$1");  // the field, not "validate"
  // Help text names what is typed, the same in every language: example command lines, flags,
  // file names and paths, environment variables and the values flags take.
  s = std::regex_replace(s, std::regex(R"((^|\n) *(acct-advisor|printf|source) [^\n]*)"), "$1");
  s = std::regex_replace(s, std::regex(R"([!-~]*[-./_~|=<>'*#:+@][!-~]*)"), " ");
  s = std::regex_replace(s, std::regex(R"(\b[A-Z][A-Z0-9]*\b)"), " ");
  s = std::regex_replace(
      s,
      std::regex(
          R"((^|[^A-Za-z0-9_])(text|markdown|json|csv|jsonl|junit|github|tap|wecom|personal|active|passive|low|high|zh|en)"
          R"(|auto|bash|zsh|scale|barrier|adding|compliance|general|users|industry|expect|batch|check)"
          R"(|diff|industries|Lines|recommend|validate|plan|sweep|report|table|completion|fruit|head)(?![A-Za-z0-9_]))"),
      "$1 ");  // std::regex's \b does not see a boundary after a UTF-8 character, so match one
  return s;
}

// A CJK character (or full-width punctuation) directly followed by an ASCII colon, comma,
// semicolon or parenthesis: Chinese text takes the full-width ones (：，；（）).
bool ascii_punctuation_after_cjk(std::string_view text) {
  for (std::size_t i = 0; i + 3 < text.size(); ++i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    // UTF-8 three-byte sequences E3..E9 cover U+3000..U+9FFF (CJK punctuation, kana, ideographs);
    // EF BC/BD covers the full-width forms.
    const bool cjk = (lead >= 0xE3 && lead <= 0xE9) ||
                     (lead == 0xEF && (static_cast<unsigned char>(text[i + 1]) & 0xFE) == 0xBC);
    if (cjk && std::string_view(":,;()").find(text[i + 3]) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every message has the same placeholders in every language") {
  for (std::size_t i = 0; i < static_cast<std::size_t>(Msg::kCount); ++i) {
    const auto id = static_cast<Msg>(i);
    INFO("message #" << i << ": en '" << msg(Lang::kEn, id) << "', zh '" << msg(Lang::kZh, id) << "'");
    if (id == Msg::kFileOther) {
      // The one exception: {reason} is the C library's strerror text, English whatever the
      // locale, so Chinese shows only {code}.
      auto en = placeholders(msg(Lang::kEn, id));
      en.erase("reason");
      CHECK(en == placeholders(msg(Lang::kZh, id)));
      continue;
    }
    if (id == Msg::kInputIndustryChoice) {
      // The other: English suggests the industry by its id alone; Chinese names it in Chinese
      // first ({name}), as a Chinese operator thinks of it, and keeps the id to type.
      auto zh = placeholders(msg(Lang::kZh, id));
      zh.erase("name");
      CHECK(placeholders(msg(Lang::kEn, id)) == zh);
      continue;
    }
    CHECK(placeholders(msg(Lang::kEn, id)) == placeholders(msg(Lang::kZh, id)));
  }
}

TEST_CASE("Chinese messages carry no English words") {
  for (std::size_t i = 0; i < static_cast<std::size_t>(Msg::kCount); ++i) {
    const auto id = static_cast<Msg>(i);
    const std::string rest = words_outside_placeholders(msg(Lang::kZh, id));
    INFO("message #" << i << ": '" << msg(Lang::kZh, id) << "'; left after the allowed words: '" << rest
                     << "'");
    CHECK(std::none_of(rest.begin(), rest.end(), [](unsigned char c) { return std::isalpha(c) != 0; }));
  }
}

TEST_CASE("Chinese messages use full-width punctuation after Chinese text") {
  CHECK(ascii_punctuation_after_cjk("用户规模 +2 企业微信: 好"));
  CHECK(ascii_punctuation_after_cjk("企业微信,个人微信"));
  CHECK_FALSE(ascii_punctuation_after_cjk("企业微信：个人微信（第{rows}项）"));
  CHECK_FALSE(ascii_punctuation_after_cjk("或 CSV：id,users"));
  for (std::size_t i = 0; i < static_cast<std::size_t>(Msg::kCount); ++i) {
    const auto id = static_cast<Msg>(i);
    INFO("message #" << i << ": '" << msg(Lang::kZh, id) << "'");
    CHECK_FALSE(ascii_punctuation_after_cjk(msg(Lang::kZh, id)));
  }
}

TEST_CASE("msg fills named placeholders") {
  CHECK(msg(Lang::kEn, Msg::kBasisTableRows, fmt::arg("rows", "5, 6")) == "table rows 5, 6");
  CHECK(msg(Lang::kZh, Msg::kBasisTableRows, fmt::arg("rows", "5、6")) == "对比表第5、6项");
  CHECK(msg(Lang::kZh, Msg::kWecom) == "企业微信");
}
