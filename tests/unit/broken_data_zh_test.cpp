// The broken-file catalogue in Chinese: every problem a data file can have is worded in the
// run's language, at the same place (file, JSON pointer, line and column) as in English, so a
// Chinese rules author meets no English sentence and loses no precision.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/json_reader.hpp"
#include "test_support.hpp"

using namespace advisor;
namespace fs = std::filesystem;

namespace {

// Loads one catalogue file as the program does, in `lang`; its problems, empty when it loads.
std::vector<std::string> problems_in(const std::string& folder, const fs::path& path, Lang lang) {
  const SourceFile source{folder + "/" + path.filename().string(), test_support::read_bytes(path)};
  test_support::MemorySource memory(lang);
  memory.add(folder == "features" ? "features.json" : "industries.json", source);
  try {
    if (folder == "features")
      FeatureTable::load(memory);
    else if (folder == "industries")
      IndustryCatalog::load(memory);
    else
      RuleSet::load(source, test_support::real_data().features, test_support::real_data().industries, lang);
  } catch (const DataError& e) {
    return e.problems();
  }
  return {};
}

// What is left of a Chinese problem once the file, the pointer, values quoted in 「」, JSON
// fragments and the words a data file itself spells (keys, values, formats) are taken out:
// it must hold no English word.
std::vector<std::string> english_words(std::string text) {
  text = std::regex_replace(text, std::regex("「[^」]*」"), " ");
  text = std::regex_replace(text, std::regex("可用的有：[^；]*"), " ");  // names, as typed
  text = std::regex_replace(text, std::regex(R"(\{[^}]*\})"), " ");
  static const std::set<std::string> kSpelt = {"JSON",
                                               "UTF",
                                               "id",
                                               "wecom",
                                               "personal",
                                               "neither",
                                               "exact",
                                               "at_most",
                                               "about",
                                               "low",
                                               "high",
                                               "lecture",
                                               "public",
                                               "assumption",
                                               "inference",
                                               "table",
                                               "YYYY",
                                               "MM",
                                               "DD",
                                               "N",
                                               "U",
                                               "http",
                                               "s",
                                               "schema_version",
                                               "up_to",
                                               "barrier_basis",
                                               "regulated_basis",
                                               "lower_snake_case",
                                               "a",
                                               "z"};
  std::vector<std::string> found;
  static const std::regex token(R"([!-~]+)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), token); it != std::sregex_iterator(); ++it) {
    const std::string t = it->str();
    if (std::regex_search(t, std::regex(R"([-./_~|=<>'*#:+@0-9(){}\[\]",])")))
      continue;  // path, pointer, number
    if (kSpelt.count(t) != 0) continue;
    found.push_back(t);
  }
  return found;
}

}  // namespace

TEST_CASE("every broken data file is reported in Chinese at the same place as in English", "[broken][zh]") {
  static const std::regex at_pointer(R"(^([^:]+): (/[^:]*): )");
  static const std::regex at_line(R"(^([^:]+):([0-9]+):([0-9]+): )");
  std::size_t files = 0, problems = 0;
  for (const std::string folder : {"features", "industries", "rules"}) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(test_support::broken_dir() / folder))
      paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
      const auto en = problems_in(folder, path, Lang::kEn);
      const auto zh = problems_in(folder, path, Lang::kZh);
      INFO(path.filename().string() << "\nen:\n"
                                    << test_support::join_lines(en) << "\nzh:\n"
                                    << test_support::join_lines(zh));
      REQUIRE(zh.size() == en.size());
      ++files;
      for (std::size_t i = 0; i < en.size(); ++i) {
        ++problems;
        std::smatch m;
        if (std::regex_search(en[i], m, at_pointer)) {
          CHECK_THAT(zh[i], Catch::Matchers::StartsWith(m[1].str() + "：" + m[2].str() + "："));
        } else if (std::regex_search(en[i], m, at_line)) {
          CHECK_THAT(zh[i], Catch::Matchers::StartsWith(m[1].str() + "：第" + m[2].str() + "行第" +
                                                        m[3].str() + "列："));
        }
        CHECK(zh[i] != en[i]);
        const auto rest = english_words(zh[i].substr(zh[i].find("：") + 3));
        INFO("English words: " << test_support::join_lines(rest));
        CHECK(rest.empty());
      }
    }
  }
  CHECK(files > 150);
  CHECK(problems > 150);
}

TEST_CASE("parse_json_file words its problems in the reader's language", "[broken][zh]") {
  CHECK_THROWS_WITH(parse_json_file({"blank.json", " \r\n\t "}, 4, Lang::kZh),
                    "blank.json：文件是空的；应为一个 JSON 对象");
  CHECK_THROWS_WITH(parse_json_file({"deep.json", "[[[[[]]]]]"}, 4, Lang::kZh),
                    "deep.json：第1行第5列：嵌套超过4层");
  // Columns in characters, as in English: the blank after "tru" is column 12.
  CHECK_THROWS_WITH(parse_json_file({"cjk.json", "{\n  \"名字\": tru }"}, 4, Lang::kZh),
                    "cjk.json：第2行第12列：不是有效的 "
                    "JSON：无效的写法（字面量须小写，字符串须加双引号）（读到「\"名字\": tru 」）");
  CHECK_THROWS_WITH(parse_json_file({"two.json", "{} {}"}, 4, Lang::kZh),
                    "two.json：第1行第4列：不是有效的 JSON：此处不应出现「{」，这里应为文件结尾");
  CHECK_THROWS_WITH(parse_json_file({"dup.json", "{\"a\": 1,\n \"a\": 2}"}, 4, Lang::kZh),
                    "dup.json：/a：键「a」重复：第一次在第1行第2列，又在第2行第2列；只能写一次");
  CHECK_THROWS_WITH(parse_json_file({"esc.json", "{\"a\": \"x\\u001b\"}"}, 4, Lang::kZh),
                    "esc.json：/a：字符串中有控制字符 U+001B（第1行第7列）；请删除");
  // English keeps the parser's own words.
  CHECK_THROWS_WITH(parse_json_file({"two.json", "{} {}"}, 4, Lang::kEn),
                    "two.json:1:4: not valid JSON: syntax error while parsing value - unexpected '{'; "
                    "expected end of input");
}

TEST_CASE("a Chinese source words read errors, typed problems and validate's notes in Chinese",
          "[broken][zh]") {
  const auto dir = test_support::broken_dir();
  // A missing file through a directory source.
  const auto missing = directory_data_source((dir / "no-such-dir").string(), Lang::kZh);
  CHECK_THROWS_WITH(FeatureTable::load(*missing), Catch::Matchers::Contains("features.json：无法读取："));
  CHECK(missing->lang() == Lang::kZh);

  test_support::MemorySource memory(Lang::kZh);
  memory.add("features.json", {"features/two_problems.json",
                               test_support::read_bytes(dir / "features" / "two_problems.json")});
  memory.add("industries.json",
             {"industries.json", test_support::read_bytes(test_support::data_dir() / "industries.json")});
  const ValidationReport report = validate_data_set(memory);
  INFO(test_support::join_lines(report.problems));
  CHECK(test_support::any_contains(report.problems,
                                   "features/two_problems.json：/features/0/no：应为整数，实际是"));
  CHECK(report.problems.back() == "规则未检查：须先成功加载 features.json 和 industries.json");

  // The rules' own checks: a vote that is no account, a weight out of range.
  memory.add("features.json",
             {"features.json", test_support::read_bytes(test_support::data_dir() / "features.json")});
  memory.add("rules.json",
             {"rules/two_problems.json", test_support::read_bytes(dir / "rules" / "two_problems.json")});
  const ValidationReport rules = validate_data_set(memory);
  INFO(test_support::join_lines(rules.problems));
  CHECK(rules.problems.size() == 2);
  CHECK(test_support::any_contains(
      rules.problems, "rules/two_problems.json：/rules/0/vote：应为 wecom 或 personal，实际是「"));
  CHECK(test_support::any_contains(rules.problems, "rules/two_problems.json：/rules/0/weight："));
}
