// Batch's, check's and plan's messages about bad input in Chinese: every JSON Lines parse error,
// every record reader error, batch's warnings and check's, with today's precision (line, column,
// field, did-you-mean) and no English word.

#include <catch2/catch.hpp>

#include <cctype>
#include <regex>
#include <string>
#include <vector>

#include "acct_advisor/batch.hpp"
#include "acct_advisor/check_records.hpp"
#include "acct_advisor/input_error.hpp"
#include "acct_advisor/json_line.hpp"
#include "acct_advisor/record_reader.hpp"
#include "fuzz_entries.hpp"

using namespace advisor;

namespace {

// What is left of a Chinese message once the user's own text (in 「」) and the names that are
// the same in every language are taken out: it must hold no ASCII letter.
std::string english_in(const std::string& message) {
  std::string s = std::regex_replace(message, std::regex("「[^」]*」"), "");
  s = std::regex_replace(s, std::regex(R"(JSON|UTF-8|CSV|acct-advisor|\\u)"), "");
  s = std::regex_replace(
      s, std::regex(R"(\b(batch|check|diff|users|industry|barrier|adding|expect|wecom|personal|id)\b)"), "");
  std::string letters;
  for (char c : s)
    if (std::isalpha(static_cast<unsigned char>(c)) != 0) letters += c;
  return letters;
}

std::string json_error(std::string_view line, Lang lang) {
  std::vector<FlatField> fields;
  std::string error;
  REQUIRE_FALSE(parse_flat_object(line, fields, error, lang));
  return error;
}

std::vector<std::string> reader_errors(std::string_view text, RecordFormat format, std::size_t max_bytes) {
  std::vector<std::string> errors;
  RecordReader reader(
      format, Lang::kZh,
      [&](const InputRecord& r) {
        if (!r.error.empty()) errors.emplace_back(r.error);
      },
      max_bytes);
  reader.feed(text);
  reader.finish();
  return errors;
}

}  // namespace

TEST_CASE("JSON Lines errors in Chinese keep their column and carry no English", "[batch][zh]") {
  const std::vector<std::string_view> bad = {"[1]",
                                             R"({1:2})",
                                             R"({"a" 1})",
                                             R"({"a":1 "b":2})",
                                             R"({"a":1} x)",
                                             R"({"a":"\u12"})",
                                             R"({"a":"\u12zz"})",
                                             R"({"a":"x)",
                                             "{\"a\":\"\x01\"}",
                                             "{\"a\":\"\xFF\"}",
                                             R"({"a":"\ud800"})",
                                             R"({"a":"\q"})",
                                             R"({"a":-})",
                                             R"({"a":tru})",
                                             R"({"a":{"b":1}})",
                                             R"({"a":})"};
  for (auto line : bad) {
    INFO(line);
    const std::string zh = json_error(line, Lang::kZh);
    INFO(zh);
    CHECK(zh.starts_with("JSON 格式有误（第"));
    CHECK(english_in(zh).empty());
    CHECK(json_error(line, Lang::kEn).starts_with("not valid JSON at column "));
  }
  CHECK(json_error(R"({"a" 1})", Lang::kEn) == "not valid JSON at column 6: expected ':' after a field name");
  CHECK(json_error(R"({"a" 1})", Lang::kZh) == "JSON 格式有误（第6列）：字段名后面应是「:」");
  CHECK(json_error("[1]", Lang::kEn) ==
        "not valid JSON at column 1: expected a JSON object starting with '{'");
  CHECK(json_error(R"({"a":1 "b":2})", Lang::kEn) == "not valid JSON at column 8: expected ',' or '}'");
  CHECK(json_error(R"({"a":"\u12)", Lang::kEn) == "not valid JSON at column 9: incomplete \\u escape");
  CHECK(json_error(R"({"a":"\u12)", Lang::kZh) == "JSON 格式有误（第9列）：\\u 转义不完整");
  CHECK(json_error(R"({"a":{"b":1}})", Lang::kEn) ==
        "not valid JSON at column 6: field \"a\" holds a nested value; fields must be plain");
  CHECK(json_error(R"({"a":{"b":1}})", Lang::kZh) ==
        "JSON 格式有误（第6列）：字段「a」的值是嵌套的对象或数组；字段只能取简单的值");
}

TEST_CASE("record reader errors in Chinese", "[batch][zh][reader]") {
  SECTION("a record too long") {
    const auto jsonl = reader_errors(std::string(40, 'x') + "\n", RecordFormat::kJsonl, 16);
    REQUIRE(jsonl.size() == 1);
    CHECK(jsonl[0] == "记录超过 16 字节，已跳过");
    const auto csv = reader_errors("a,b\n" + std::string(40, 'x') + "\n", RecordFormat::kCsv, 16);
    REQUIRE(csv.size() == 1);
    CHECK(csv[0] == "记录超过 16 字节，已跳过");
  }
  SECTION("text after a closing quote") {
    const auto errors = reader_errors("a,b\n1,\"x\"y\n", RecordFormat::kCsv, kMaxRecordBytes);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0] == "第2行第2个字段的结束引号后面还有内容；请把整个字段放进引号，字段里的引号写成两个");
  }
  SECTION("a quote never closed, on one line and over several") {
    CHECK(reader_errors("a,b\n1,\"x", RecordFormat::kCsv, kMaxRecordBytes) ==
          std::vector<std::string>{"引号字段没有结束：第2行开始的引号一直没有闭合"});
    CHECK(reader_errors("a,b\n1,\"x\n2,y\n", RecordFormat::kCsv, kMaxRecordBytes) ==
          std::vector<std::string>{
              "引号字段没有结束：第2行开始的引号一直没有闭合，所以第3行被当作这条记录的一部分读入"});
    CHECK(reader_errors("a,b\n1,\"x\n2,y\n3,z\n", RecordFormat::kCsv, kMaxRecordBytes) ==
          std::vector<std::string>{
              "引号字段没有结束：第2行开始的引号一直没有闭合，所以第3到4行被当作这条记录的一部分读入"});
  }
}

TEST_CASE("batch's warnings and header errors in Chinese", "[batch][zh]") {
  const DataSet& data = fuzz_entries::real_data();
  static const Engine engine(data.features, data.industries, data.rules);
  std::vector<std::string> warnings;
  BatchOptions options;
  options.lang = Lang::kZh;
  options.warn = [&](const std::string& w) { warnings.push_back(w); };
  auto run = [&](std::string_view text) {
    warnings.clear();
    BatchRunner runner(data, engine, options);
    std::string out;
    runner.run_text(text, [&](std::string_view s) { out += s; });
    return out;
  };
  SECTION("unknown JSONL fields, with did-you-mean") {
    const std::string out =
        run(R"({"users":30000,"industry":"fruit","adding":"active","indstry":"x","notes":1})");
    CHECK(out.find("\"recommendation\"") != std::string::npos);
    CHECK(warnings ==
          std::vector<std::string>{"字段「indstry」（是不是想写「industry」？）不是 batch 读取的字段，已忽略",
                                   "字段「notes」不是 batch 读取的字段，已忽略"});
  }
  SECTION("unknown CSV columns, one warning") {
    run("users,industry,adding,notes,expect\n30000,fruit,active,x,wecom\n");
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0] ==
          "CSV 表头：「notes」、「expect」（要用它检验答案，请对这个文件运行 acct-advisor check）这些列不是 "
          "batch "
          "读取的列，已忽略");
    for (const auto& w : warnings) CHECK(english_in(w).empty());
  }
  SECTION("a header that cannot be read stops the run, in Chinese") {
    CHECK_THROWS_WITH(
        run("users,\"x\"y,adding\n1,2,3\n"),
        "CSV "
        "表头（第1行）：第1行第2个字段的结束引号后面还有内容；请把整个字段放进引号，字段里的引号写成两个");
    CHECK_THROWS_WITH(
        run("id,notes\n1,2\n"),
        "CSV 表头缺少列：users、adding、industry 或 barrier；表头是第一行，例如 id,users,industry,adding");
  }
  SECTION("record errors") {
    const std::string out = run("{\"users\":\n");
    CHECK(out.find("JSON 格式有误（第10列）：这里应是一个值") != std::string::npos);
  }
}

TEST_CASE("check's and diff's warnings in Chinese", "[check][zh]") {
  const ProfileFile file = read_profile_file(
      "{\"users\":1,\"industry\":\"fruit\",\"adding\":\"active\",\"expect\":\"wecom\",\"indstry\":1,\"x\":2}"
      "\n",
      /*need_expect=*/true, RecordFormat::kAuto, Lang::kZh);
  REQUIRE(file.warnings.size() == 1);
  CHECK(file.warnings[0] ==
        "字段「indstry」（是不是想写「industry」？）、「x」不是 check 和 diff 读取的字段，已忽略");
  const ProfileFile header = read_profile_file("users,industry,adding\n1,fruit,active\n",
                                               /*need_expect=*/true, RecordFormat::kAuto, Lang::kZh);
  REQUIRE(header.records.size() == 1);
  CHECK(header.records[0].error ==
        "CSV 表头缺少列：expect（wecom 或 personal）；表头是第一行，例如 id,users,industry,adding,expect");
}

TEST_CASE("a table's unknown dimension is a typed error naming the field", "[zh]") {
  const UnknownDimensionError e("scal", "scale", {"scale", "compliance"});
  CHECK(e.field() == InputField::kDimension);
  CHECK(std::string(e.what()) ==
        "dimension: unknown dimension 'scal'; did you mean 'scale'? known: scale, compliance");
  CHECK(e.describe("--dimension", Lang::kEn) ==
        "--dimension: unknown dimension 'scal'; did you mean 'scale'? known: scale, compliance");
  CHECK(e.describe("--dimension", Lang::kZh) ==
        "--dimension：没有「scal」这个维度；是不是想写「scale」？可用的维度：scale、compliance");
  CHECK(UnknownDimensionError("zzz", "", {"scale"}).describe("--dimension", Lang::kEn) ==
        "--dimension: unknown dimension 'zzz'; known: scale");
}
