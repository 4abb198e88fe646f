// A row's citation (source.ref) is text in both languages like every other: the loader reads
// {"zh", "en"} and still reads the older single string for both, the data's Chinese citations
// quote the lecture word for word, and every output picks the run's language (JSON keeps both).

#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include <nlohmann/json.hpp>

#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/json_reader.hpp"
#include "acct_advisor/render/feature_table_view.hpp"
#include "test_support.hpp"

using namespace advisor;
using test_support::real_data;

namespace {

// The real features.json with row 3's source.ref replaced by `ref` (row 3: no quantity the
// planner needs, so a bad row gives one problem, not also "no row defines ...").
nlohmann::json with_row3_ref(const nlohmann::json& ref) {
  auto doc = nlohmann::json::parse(test_support::read_bytes(test_support::data_dir() / "features.json"));
  doc["features"][2]["source"]["ref"] = ref;
  return doc;
}

// Parses `doc` in `lang`; the problems found (the table is only looked at when there are none).
std::vector<std::string> parse_problems(const nlohmann::json& doc, FeatureTable& table,
                                        Lang lang = Lang::kEn) {
  Problems problems("features.json", lang);
  table = FeatureTable::parse(doc, problems);
  return problems.items();
}

}  // namespace

TEST_CASE("source.ref reads {zh, en} and the older single string", "[data][source-ref]") {
  FeatureTable table;
  SECTION("both languages") {
    const auto problems =
        parse_problems(with_row3_ref({{"zh", "讲座第3项"}, {"en", "Lecture row 3"}}), table);
    INFO(test_support::join_lines(problems));
    REQUIRE(problems.empty());
    CHECK(table.find_no(3)->source.ref.zh == "讲座第3项");
    CHECK(table.find_no(3)->source.ref.in(Lang::kEn) == "Lecture row 3");
  }
  SECTION("one string, the older form, serves both languages") {
    const auto problems = parse_problems(with_row3_ref("Lecture P5, row 3"), table);
    INFO(test_support::join_lines(problems));
    REQUIRE(problems.empty());
    CHECK(table.find_no(3)->source.ref.zh == "Lecture P5, row 3");
    CHECK(table.find_no(3)->source.ref.en == "Lecture P5, row 3");
  }
}

TEST_CASE("a bad source.ref is named by its JSON pointer, in the run's language", "[data][source-ref]") {
  FeatureTable table;
  CHECK(parse_problems(with_row3_ref({{"en", "Lecture row 3"}}), table) ==
        std::vector<std::string>{"features.json: /features/2/source/ref: missing required key \"zh\""});
  CHECK(parse_problems(with_row3_ref({{"zh", "讲座"}, {"en", ""}}), table) ==
        std::vector<std::string>{"features.json: /features/2/source/ref/en: must not be empty"});
  CHECK(parse_problems(with_row3_ref({{"zh", "讲座"}, {"en", "Lecture"}, {"ja", "講義"}}), table).size() ==
        1);
  CHECK(parse_problems(with_row3_ref(""), table) ==
        std::vector<std::string>{"features.json: /features/2/source/ref: must not be empty"});
  CHECK(parse_problems(with_row3_ref(4), table) ==
        std::vector<std::string>{
            "features.json: /features/2/source/ref: expected {\"zh\": ..., \"en\": ...} (or "
            "one string for both languages, the older form), got an integer"});
  CHECK(parse_problems(with_row3_ref(nullptr), table, Lang::kZh) ==
        std::vector<std::string>{"features.json：/features/2/source/ref：应为 {\"zh\": ..., \"en\": "
                                 "...}（或旧格式：中英文共用一个字符串），实际是空值"});
}

TEST_CASE("every row cites its sources in Chinese, quoting the lecture word for word", "[data][source-ref]") {
  static const std::regex quote("「[^」]*」");
  static const std::regex ascii_punctuation("[;:,()]");
  for (const auto& f : real_data().features.features()) {
    const LocalizedText& ref = f.source.ref;
    INFO("row " << f.no << "\nzh: " << ref.zh << "\nen: " << ref.en);
    CHECK(ref.zh != ref.en);
    // Every 「quote」 of the English citation is in the Chinese one as it stands.
    for (auto it = std::sregex_iterator(ref.en.begin(), ref.en.end(), quote); it != std::sregex_iterator();
         ++it)
      CHECK(ref.zh.find(it->str()) != std::string::npos);
    // Chinese punctuation outside the quotes; dates such as 2025/11/17 keep their own form.
    const std::string outside = std::regex_replace(ref.zh, quote, "");
    CHECK_FALSE(std::regex_search(outside, ascii_punctuation));
    // No English prose: Latin letters only in domain names, identifiers, and "API".
    const std::string words =
        std::regex_replace(outside, std::regex(R"([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+|API)"), "");
    CHECK(std::none_of(words.begin(), words.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }));
  }
}

TEST_CASE("table --sources, Markdown and CSV cite in the run's language; JSON gives both",
          "[source-ref][view]") {
  const Feature& row4 = *real_data().features.find_no(4);
  TableOptions options;
  options.sources = true;
  options.width = 10000;  // one line per field, so the citation is one piece
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    options.lang = lang;
    const Lang other = lang == Lang::kZh ? Lang::kEn : Lang::kZh;
    for (TableFormat format : {TableFormat::kText, TableFormat::kMarkdown, TableFormat::kCsv}) {
      options.format = format;
      const std::string out = render_feature_table(real_data().features, options);
      INFO("format " << static_cast<int>(format) << ", lang " << lang_code(lang));
      CHECK(out.find(row4.source.ref.in(lang)) != std::string::npos);
      CHECK(out.find(row4.source.ref.in(other)) == std::string::npos);
    }
  }
  options.format = TableFormat::kJson;
  const auto doc = nlohmann::json::parse(render_feature_table(real_data().features, options));
  CHECK(doc["features"][3]["source"]["ref"] ==
        nlohmann::json{{"zh", row4.source.ref.zh}, {"en", row4.source.ref.en}});
}
