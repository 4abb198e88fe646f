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
                           "ID", "JUnit", "TAP", "GitHub", "CI", "Ctrl-D", "id"}) {
    for (auto at = s.find(name); at != std::string::npos; at = s.find(name))
      s.erase(at, std::string(name).size());
  }
  return s;
}

}  // namespace

TEST_CASE("every message has the same placeholders in every language") {
  for (std::size_t i = 0; i < static_cast<std::size_t>(Msg::kCount); ++i) {
    const auto id = static_cast<Msg>(i);
    INFO("message #" << i << ": en '" << msg(Lang::kEn, id) << "', zh '" << msg(Lang::kZh, id) << "'");
    CHECK(placeholders(msg(Lang::kEn, id)) == placeholders(msg(Lang::kZh, id)));
  }
}

TEST_CASE("Chinese messages carry no English words") {
  for (std::size_t i = 0; i < static_cast<std::size_t>(Msg::kCount); ++i) {
    const auto id = static_cast<Msg>(i);
    const std::string rest = words_outside_placeholders(msg(Lang::kZh, id));
    INFO("message #" << i << ": '" << msg(Lang::kZh, id) << "'");
    CHECK(std::none_of(rest.begin(), rest.end(), [](unsigned char c) { return std::isalpha(c) != 0; }));
  }
}

TEST_CASE("msg fills named placeholders") {
  CHECK(msg(Lang::kEn, Msg::kBasisTableRows, fmt::arg("rows", "5, 6")) == "table rows 5, 6");
  CHECK(msg(Lang::kZh, Msg::kBasisTableRows, fmt::arg("rows", "5、6")) == "对比表第5、6项");
  CHECK(msg(Lang::kZh, Msg::kWecom) == "企业微信");
}
