// Terminal layout: display width (CJK is two columns), wrapping and the bordered table.

#include <catch2/catch.hpp>

#include "acct_advisor/render/text_layout.hpp"
#include "test_support.hpp"

using namespace advisor;

namespace {

// Strips every ASCII space, so wrapped text can be compared with the original.
std::string without_spaces(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ') out += c;
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line;
  return out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto nl = text.find('\n', start);
    lines.push_back(text.substr(start, nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return lines;
}

const char* const kSamples[] = {
    "单账号2万；一个企业主体5万，可申请扩容",
    "20,000 per account; 50,000 per company entity, expandable on application",
    "员工名后带黄色“@企业名”；认证企业另显认证标识",
    "企微被动添加一天最高可以添加800个好友，个微被动添加一天最高可以添加200个好友。",
    "Mixed 中英文 text with a verylongwordthatcannotbebrokenanywhere and 水果，蔬菜，肉禽蛋。",
    "One number: 5 accounts, each in a different entity; 1 per entity",
    "通过率10%以内（讲座）",
    "a b c d e f g h i j k l m n o p",
    "",
};

}  // namespace

TEST_CASE("display_width counts CJK as two columns", "[text]") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("水果") == 4);
  CHECK(display_width("a水b果c") == 7);
  CHECK(display_width("企业微信 WeCom") == 14);
  CHECK(display_width("，。") == 4);        // full-width punctuation
  CHECK(display_width("１２３") == 6);      // full-width digits
  CHECK(display_width("e\xcc\x81") == 1);   // e + combining acute accent
  CHECK(display_width("\xff\xfe") == 2);    // invalid bytes: one column each
  CHECK(display_width("ab\xe6\xb0") == 4);  // a truncated sequence counts, never stalls
}

TEST_CASE("pad_right pads to a display width", "[text]") {
  CHECK(pad_right("ab", 5) == "ab   ");
  CHECK(pad_right("水果", 6) == "水果  ");
  CHECK(display_width(pad_right("水a", 10)) == 10);
  CHECK(pad_right("abcdef", 3) == "abcdef");  // never truncates
}

TEST_CASE("wrap keeps every line within the width", "[text][wrap]") {
  for (const char* sample : kSamples) {
    for (std::size_t width = 2; width <= 40; ++width) {
      const auto lines = wrap(sample, width);
      INFO("width " << width << ": " << sample);
      REQUIRE_FALSE(lines.empty());
      for (const auto& line : lines) {
        INFO("line '" << line << "'");
        CHECK(display_width(line) <= width);
        CHECK(line.rfind(' ', 0) != 0);  // no leading blank
        if (!line.empty()) CHECK(line.back() != ' ');
      }
      // Nothing lost or reordered except the spaces broken at.
      CHECK(without_spaces(joined(lines)) == without_spaces(sample));
    }
  }
}

TEST_CASE("wrap never starts a line with closing punctuation", "[text][wrap]") {
  const char* const closers[] = {"，", "。", "、", "；", "：", "！", "？", "）", "”", ",", ".", ";", ")"};
  auto check = [&](const std::string& text, std::size_t from_width) {
    for (std::size_t width = from_width; width <= 30; ++width) {
      for (const auto& line : wrap(text, width)) {
        INFO("width " << width << ": '" << line << "'");
        for (const char* closer : closers) CHECK(line.rfind(closer, 0) != 0);
      }
    }
  };
  // A character and the closer after it take four columns; from there on a closer never leads.
  check("水果，蔬菜，肉禽蛋，饮品。零食、鲜花；图书：宠物！母婴？end", 4);
  check(
      "单账号2万；一个企业主体5万，可申请扩容。企微被动添加一天最高可以添加800个好友，个微被动添加一天最高可"
      "以添加200个好友。",
      4);
  // With two closers in a row ("”，") and a 7-column word ("(paren)"), from 7 columns.
  check("水果，蔬菜。肉禽蛋、饮品；零食：鲜花！图书？（宠物）“母婴”，end, stop. semi; (paren)", 7);
}

TEST_CASE("wrap breaks at spaces and between CJK characters", "[text][wrap]") {
  CHECK(wrap("hello world", 5) == std::vector<std::string>{"hello", "world"});
  CHECK(wrap("hello world", 11) == std::vector<std::string>{"hello world"});
  CHECK(wrap("a b c", 3) == std::vector<std::string>{"a b", "c"});
  CHECK(wrap("水果蔬菜", 4) == std::vector<std::string>{"水果", "蔬菜"});
  CHECK(wrap("水果蔬菜", 5) == std::vector<std::string>{"水果", "蔬菜"});
  // A word longer than the width is cut where it must be.
  CHECK(wrap("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
  // A CJK character wider than the column is emitted alone rather than looping.
  CHECK(wrap("水果", 1) == std::vector<std::string>{"水", "果"});
  // Width 0 is treated as 1.
  CHECK(wrap("ab", 0) == std::vector<std::string>{"a", "b"});
}

TEST_CASE("wrap keeps explicit newlines and always returns a line", "[text][wrap]") {
  CHECK(wrap("", 10) == std::vector<std::string>{""});
  CHECK(wrap("a\nb", 10) == std::vector<std::string>{"a", "b"});
  CHECK(wrap("a\n\nb", 10) == std::vector<std::string>{"a", "", "b"});
  CHECK(wrap("a\n", 10) == std::vector<std::string>{"a", ""});
  CHECK(wrap("   ", 10) == std::vector<std::string>{""});
}

TEST_CASE("wrap survives invalid UTF-8", "[text][wrap]") {
  const std::string bad = "ab\xff\xfe\xe6\xb0 cd \xc3";
  for (std::size_t width = 1; width <= 8; ++width) {
    const auto lines = wrap(bad, width);
    for (const auto& line : lines) CHECK(display_width(line) <= std::max<std::size_t>(width, 1));
    CHECK(without_spaces(joined(lines)) == without_spaces(bad));
  }
}

TEST_CASE("TextTable lines all have the same display width", "[text][table]") {
  const auto& features = test_support::real_data().features.features();
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    TextTable table({"No", lang == Lang::kZh ? "功能" : "Feature", "WeCom", "个人微信", "Favours"});
    for (const auto& f : features) {
      table.add_row({std::to_string(f.no), f.name.in(lang), f.wecom.text.in(lang), f.personal.text.in(lang),
                     std::string(favours_id(f.favours))});
    }
    for (std::size_t max_width : {60u, 80u, 100u, 120u, 200u}) {
      const std::string out = table.render(max_width, {});
      const auto lines = split_lines(out);
      REQUIRE(lines.size() > features.size());
      const std::size_t width = display_width(lines[0]);
      INFO(lang_code(lang) << " max " << max_width << "\n" << out);
      CHECK(width <= max_width);
      for (const auto& line : lines) CHECK(display_width(line) == width);
      CHECK(lines.front().rfind("+-", 0) == 0);
      CHECK(lines.back() == lines.front());
      // Every row's number is there.
      for (const auto& f : features) CHECK(out.find("| " + std::to_string(f.no) + " ") != std::string::npos);
      // The widths it chose add up to the table's width.
      const auto widths = table.fit_widths(max_width);
      std::size_t total = 3 * widths.size() + 1;
      for (auto w : widths) total += w;
      CHECK(total == width);
    }
  }
}

TEST_CASE("TextTable keeps natural widths when the table fits, and handles short rows", "[text][table]") {
  TextTable table({"a", "水果"});
  table.add_row({"1", "apple"});
  table.add_row({"22"});  // a missing cell renders empty
  CHECK(table.fit_widths(100) == std::vector<std::size_t>{2, 5});
  const std::string expected =
      "+----+-------+\n"
      "| a  | 水果  |\n"
      "+----+-------+\n"
      "| 1  | apple |\n"
      "+----+-------+\n"
      "| 22 |       |\n"
      "+----+-------+\n";
  CHECK(table.render(100, {}) == expected);
  // Colour wraps the header in bold and nothing else.
  const std::string coloured = table.render(100, TableStyle{true});
  CHECK(coloured.find("\x1b[1ma \x1b[0m") != std::string::npos);
  CHECK(coloured.find("\x1b[1m1") == std::string::npos);
}

TEST_CASE("TextTable stays aligned even when the terminal is too narrow", "[text][table]") {
  TextTable table({"No", "Text"});
  table.add_row({"1", "水果蔬菜肉禽蛋饮品零食鲜花图书 and some English words too"});
  for (std::size_t max_width : {5u, 10u, 20u, 30u}) {
    const auto lines = split_lines(table.render(max_width, {}));
    INFO("max " << max_width);
    for (const auto& line : lines) CHECK(display_width(line) == display_width(lines[0]));
  }
}

TEST_CASE("wrap keeps an ordinal with its number", "[text][wrap]") {
  // 第 and 4 stay together at any width the ordinal fits in, as 4 and 项 do.
  for (std::size_t width = 6; width <= 12; ++width) {  // 第4项 is 5 columns wide
    INFO("width " << width);
    for (const auto& line : wrap("规模较大（第4项）", width)) {
      const bool whole = line.find("第") == std::string::npos || line.find("第4") != std::string::npos;
      CHECK(whole);
    }
  }
}

TEST_CASE("wrap breaks an id at _ only when nothing better fits", "[text][wrap]") {
  CHECK(wrap("wealth_management", 17) == std::vector<std::string>{"wealth_management"});
  CHECK(wrap("wealth_management", 12) == std::vector<std::string>{"wealth_", "management"});
  // A space earlier on the line wins over the `_`: the id moves down whole.
  CHECK(wrap("see wealth_management", 18) == std::vector<std::string>{"see", "wealth_management"});
}

TEST_CASE("wrap keeps a short CJK word whole where the line has a better break", "[text][wrap]") {
  // 水果店 after a space moves to the next line rather than splitting 水果|店.
  CHECK(wrap("fruit, 水果, 水果店", 15) == std::vector<std::string>{"fruit, 水果,", "水果店"});
  // A label alone is split between its characters only when it cannot fit at all.
  CHECK(wrap("加满所需天数", 12) == std::vector<std::string>{"加满所需天数"});
  CHECK(wrap("加满所需天数", 8) == std::vector<std::string>{"加满所需", "天数"});
  // A CJK sentence (wider than a word) still breaks between any characters.
  CHECK(wrap("企微被动添加一天最高可以添加800个好友", 20).front() == "企微被动添加一天最高");
}

TEST_CASE("wrap keeps a date whole", "[text][wrap]") {
  CHECK(wrap("核对于2026年1月5日", 16) == std::vector<std::string>{"核对于", "2026年1月5日"});
  CHECK(wrap("核对于 2026年1月5日", 16) == std::vector<std::string>{"核对于", "2026年1月5日"});
}

TEST_CASE("wrap keeps a lone - with the words after it", "[text][wrap]") {
  CHECK(wrap("概况文件（格式同 batch），- 表示标准输入", 28) ==
        std::vector<std::string>{"概况文件（格式同 batch），", "- 表示标准输入"});
  CHECK(wrap("write to FILE, - for stdout", 16) ==
        std::vector<std::string>{"write to FILE,", "- for stdout"});
  // A hyphen inside or after a word is not lone.
  CHECK(wrap("well- known words", 6).front() == "well-");
}

TEST_CASE("wrap breaks a CJK list between its items", "[text][wrap]") {
  // 、 and no clause punctuation: a list, each item a word ("肉禽蛋", not 肉|禽蛋).
  CHECK(wrap("生鲜食品、蔬菜、肉禽蛋、农产品", 20) ==
        std::vector<std::string>{"生鲜食品、蔬菜、", "肉禽蛋、农产品"});
  CHECK(wrap("管理后台可看加好友数、日新增、删除、活跃等数据", 30) ==
        std::vector<std::string>{"管理后台可看加好友数、日新增、", "删除、活跃等数据"});
  // Latin items in the list too.
  CHECK(wrap("水果店、fruits、fruit shop", 16) == std::vector<std::string>{"水果店、fruits、", "fruit shop"});
  // With clause punctuation it stays a sentence: any break between characters.
  CHECK(wrap("加好友数、日新增，删除、活跃", 16).front() == "加好友数、日新");
}

TEST_CASE("wrap keeps a CJK label of up to twelve characters whole when it fits", "[text][wrap]") {
  // Nine and ten characters: labels (no clause punctuation), not sentences.
  CHECK(wrap("企业身份展示与认证", 18, true) == std::vector<std::string>{"企业身份展示与认证"});
  CHECK(wrap("序号 每号每天可加客户数", 20, true) == std::vector<std::string>{"序号", "每号每天可加客户数"});
  // Not a label: in a sentence, a clause without punctuation is no word.
  CHECK(wrap("序号 每号每天可加客户数", 20) == std::vector<std::string>{"序号 每号每天可加客", "户数"});
  // Too wide for the line: at a natural break if it has one (before a bracket, after 、 ／ /,
  // at a zero-width space), else between any two characters.
  CHECK(wrap("获客助手（获客链接）", 14, true) == std::vector<std::string>{"获客助手", "（获客链接）"});
  CHECK(wrap("素材库／话术模板", 10, true) == std::vector<std::string>{"素材库／", "话术模板"});
  CHECK(wrap("开放接口\u200b与第三方工具", 14, true) ==
        std::vector<std::string>{"开放接口\u200b", "与第三方工具"});
  CHECK(wrap("企业身份展示与认证", 10, true) == std::vector<std::string>{"企业身份展", "示与认证"});
  // With clause punctuation it is a sentence even as a label: any break between characters.
  CHECK(wrap("可开通，单独付费按人数", 12, true).front() == "可开通，单独");
}

TEST_CASE("fit_widths keeps a long CJK label whole when another column can give way", "[text][table]") {
  // As `table --lang zh` at 80 columns: the feature's name beside two columns of sentences.
  TextTable table({"序号", "功能", "企业微信", "个人微信"});
  table.add_row({"2", "企业身份展示与认证", "员工名后带黄色「@企业名」；认证企业另显认证标识",
                 "仅个人昵称和头像，无企业身份"});
  table.add_row({"21", "开放接口与第三方工具", "开放API，可对接SCRM等第三方工具", "无官方接口"});
  const std::string out = table.render(80, {});
  INFO(out);
  CHECK(out.find("企业身份展示与认证") != std::string::npos);
  CHECK(out.find("开放接口与第三方工具") != std::string::npos);
}

TEST_CASE("append_hanging indents continuation lines by a fixed amount", "[text]") {
  for (const std::string label : {"  Basis: ", "  Basis (public source): "}) {
    std::string out;
    append_hanging(out, label, "one two three four five six seven eight nine ten eleven twelve thirteen", 50,
                   6);
    const auto lines = split_lines(out);
    REQUIRE(lines.size() > 1);
    INFO(out);
    CHECK(lines[0].rfind(label, 0) == 0);
    for (std::size_t i = 1; i < lines.size(); ++i) {
      CHECK(lines[i].rfind("      ", 0) == 0);
      CHECK(lines[i][6] != ' ');
      CHECK(display_width(lines[i]) <= 50);
    }
    CHECK(display_width(lines[0]) <= 50);
  }
}

namespace {

// The widths a table's columns add up to, with borders and padding.
std::size_t table_width(const std::vector<std::size_t>& widths) {
  std::size_t total = 3 * widths.size() + 1;
  for (auto w : widths) total += w;
  return total;
}

// The widest line of each column when wrapped to the widths chosen.
std::size_t widest_line(const std::vector<std::string>& cells, std::size_t width) {
  std::size_t widest = 0;
  for (const auto& cell : cells)
    for (const auto& line : wrap(cell, width)) widest = std::max(widest, display_width(line));
  return widest;
}

}  // namespace

TEST_CASE("fit_widths keeps ids and CJK labels whole when a wider column can give way", "[text][table]") {
  // As `industries` at 80 columns: an id column, a name column and a wide column of aliases.
  TextTable table({"ID", "Name", "Aliases"});
  const std::vector<std::pair<std::string, std::string>> industries = {
      {"wealth_management", "财富管理\nWealth management"},
      {"clothing", "服装\nClothing"},
      {"fruit", "水果\nFruit"},
      {"maternal_and_infant", "母婴用品\nMother and baby"},
  };
  const std::string aliases =
      "fruit, fruits, 水果, 水果店, 生鲜水果, greengrocer, fresh produce, orchard, 鲜果, 果蔬, 果切, "
      "水果批发";
  for (const auto& [id, name] : industries) table.add_row({id, name, aliases});
  for (std::size_t max_width : {60u, 70u, 80u, 100u}) {
    INFO("max " << max_width);
    const auto widths = table.fit_widths(max_width);
    CHECK(table_width(widths) <= max_width);
    CHECK(widths[0] >= display_width("maternal_and_infant"));  // no id split
    CHECK(widths[1] >= display_width("management"));           // nor a word of a name
    const std::string out = table.render(max_width, {});
    for (const char* word : {"wealth_management", "maternal_and_infant", "财富管理", "服装", "水果店",
                             "生鲜水果", "水果批发", "greengrocer"})
      CHECK(out.find(word) != std::string::npos);
  }
}

TEST_CASE("fit_widths splits an id at _ only when nothing else fits", "[text][table]") {
  TextTable table({"ID", "Text"});
  table.add_row({"wealth_management", "words"});
  // 17 + 5 + 7 columns of chrome = 29: the id fits whole from there on.
  CHECK(table.fit_widths(29)[0] == 17);
  const std::string narrow = table.render(24, {});
  CHECK(narrow.find("wealth_ ") != std::string::npos);
  CHECK(narrow.find("management") != std::string::npos);
}

TEST_CASE("fit_widths never makes a column wider than its content", "[text][table]") {
  const auto& features = test_support::real_data().features.features();
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    std::vector<std::vector<std::string>> columns(5);
    TextTable table({"No", lang == Lang::kZh ? "功能" : "Feature", "WeCom", "个人微信", "Favours"});
    for (const auto& f : features) {
      const std::vector<std::string> row = {std::to_string(f.no), f.name.in(lang), f.wecom.text.in(lang),
                                            f.personal.text.in(lang), std::string(favours_id(f.favours))};
      for (std::size_t c = 0; c < row.size(); ++c) columns[c].push_back(row[c]);
      table.add_row(row);
    }
    for (std::size_t max_width : {60u, 80u, 120u, 160u, 300u}) {
      INFO(lang_code(lang) << " max " << max_width);
      const auto widths = table.fit_widths(max_width);
      CHECK(table_width(widths) <= max_width);
      for (std::size_t c = 0; c < widths.size(); ++c) {
        INFO("column " << c);
        CHECK(widths[c] == widest_line(columns[c], widths[c]));
        CHECK(widths[c] <= widest_line(columns[c], 100000));
      }
    }
  }
}

TEST_CASE("fit_widths balances columns of similar content", "[text][table]") {
  // As `plan` at 160 columns: two text columns of about the same length share the room, rather
  // than one column taking its natural width and leaving the other a sliver.
  const std::string wecom(150, 'w'), personal(140, 'p');
  auto words = [](const std::string& run) {
    std::string out;
    for (std::size_t i = 0; i < run.size(); i += 6) out += run.substr(i, 5) + " ";
    return out;
  };
  TextTable table({"", "WeCom", "Personal WeChat"});
  table.add_row({"Accounts needed", words(wecom), words(personal)});
  table.add_row({"Phone numbers", "1", words(personal)});
  const auto widths = table.fit_widths(160);
  INFO(table.render(160, {}));
  CHECK(table_width(widths) <= 160);
  const auto diff = widths[1] > widths[2] ? widths[1] - widths[2] : widths[2] - widths[1];
  CHECK(diff <= 12);
}

TEST_CASE("TextTable draws box lines when asked", "[text][table]") {
  TextTable table({"a", "水果"});
  table.add_row({"1", "apple"});
  const std::string expected =
      "┌───┬───────┐\n"
      "│ a │ 水果  │\n"
      "├───┼───────┤\n"
      "│ 1 │ apple │\n"
      "└───┴───────┘\n";
  CHECK(table.render(100, TableStyle{false, true}) == expected);
  for (const auto& line : split_lines(expected)) CHECK(display_width(line) == 13);
}

TEST_CASE("locale_is_utf8 follows LC_ALL, then LC_CTYPE, then LANG", "[text]") {
  CHECK(locale_is_utf8(nullptr, nullptr, "zh_CN.UTF-8"));
  CHECK(locale_is_utf8(nullptr, nullptr, "C.utf8"));
  CHECK(locale_is_utf8("", "", "en_US.UTF-8"));  // empty means unset
  CHECK_FALSE(locale_is_utf8(nullptr, nullptr, nullptr));
  CHECK_FALSE(locale_is_utf8(nullptr, nullptr, "C"));
  CHECK_FALSE(locale_is_utf8("C", nullptr, "zh_CN.UTF-8"));  // LC_ALL wins
  CHECK_FALSE(locale_is_utf8(nullptr, "zh_CN.GB18030", "en_US.UTF-8"));
  CHECK(locale_is_utf8(nullptr, "en_US.utf-8", "C"));
}
