// The record fields batch, check and diff share: the CSV header reader, the names, and how a
// field that is not read is named in a warning.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "acct_advisor/record_fields.hpp"

using namespace advisor;

namespace {

struct Read {
  bool ok;
  CsvHeader header;
  std::string error;
};

Read read(std::vector<std::string_view> names, ExpectField expect = ExpectField::kNotRead,
          Lang lang = Lang::kEn) {
  Read r;
  r.ok = read_csv_header(names, expect, lang, r.header, r.error);
  return r;
}

}  // namespace

TEST_CASE("record fields: names and lookup", "[record_fields]") {
  CHECK(record_field_name(RecordField::kUsers) == "users");
  CHECK(record_field_name(RecordField::kExpect) == "expect");
  CHECK(find_record_field("within", false) == RecordField::kWithin);
  CHECK(find_record_field("id", false) == RecordField::kId);
  CHECK_FALSE(find_record_field("expect", false));  // batch does not read it
  CHECK(find_record_field("expect", true) == RecordField::kExpect);
  CHECK_FALSE(find_record_field("Users", true));  // JSON keys are exact
}

TEST_CASE("record fields: a CSV header maps columns to fields", "[record_fields]") {
  SECTION("any case, blanks around, columns in any order") {
    const Read r = read({" ID", "Users ", "industry", "ADDING", "notes"});
    REQUIRE(r.ok);
    REQUIRE(r.header.columns.size() == 5);
    CHECK(r.header.columns[0] == RecordField::kId);
    CHECK(r.header.column_of(RecordField::kUsers) == 1u);
    CHECK(r.header.column_of(RecordField::kAdding) == 3u);
    CHECK_FALSE(r.header.columns[4]);
    CHECK_FALSE(r.header.column_of(RecordField::kBarrier));
    CHECK(r.header.unknown == std::vector<std::string>{"'notes'"});
  }
  SECTION("barrier stands in for industry") {
    CHECK(read({"users", "barrier", "adding"}).ok);
  }
  SECTION("a column close to a field's name is named with it") {
    const Read r = read({"users", "indstry", "barrier", "adding"});
    REQUIRE(r.ok);
    CHECK(r.header.unknown == std::vector<std::string>{"'indstry' (did you mean 'industry'?)"});
    const Read zh = read({"users", "indstry", "barrier", "adding"}, ExpectField::kNotRead, Lang::kZh);
    CHECK(zh.header.unknown == std::vector<std::string>{"「indstry」（是不是想写「industry」？）"});
  }
  SECTION("expect: batch points at check; check reads it") {
    const Read batch = read({"users", "industry", "adding", "expect"});
    REQUIRE(batch.ok);
    CHECK(batch.header.unknown ==
          std::vector<std::string>{
              "'expect' (to test the answers against it, run 'acct-advisor check' on the file)"});
    const Read check = read({"users", "industry", "adding", "expect"}, ExpectField::kRequired);
    REQUIRE(check.ok);
    CHECK(check.header.column_of(RecordField::kExpect) == 3u);
    CHECK(check.header.unknown.empty());
    const Read diff = read({"users", "industry", "adding", "expcet"}, ExpectField::kOptional);
    REQUIRE(diff.ok);
    CHECK(diff.header.unknown == std::vector<std::string>{"'expcet' (did you mean 'expect'?)"});
  }
  SECTION("a name that is not text is shown safely (lower-cased, as every header name)") {
    // As every value a message quotes: ESC made visible, invalid UTF-8 as U+FFFD.
    const Read r = read({"users", "industry", "adding", "a\x1b[2Jb\xFF"});
    REQUIRE(r.ok);
    CHECK(r.header.unknown == std::vector<std::string>{"'a\\x1b[2jb\xEF\xBF\xBD'"});
  }
}

TEST_CASE("record fields: a CSV header that cannot be used", "[record_fields]") {
  SECTION("a column twice") {
    const Read r = read({"users", "industry", "adding", "Users"});
    CHECK_FALSE(r.ok);
    CHECK(r.error == "CSV header: column 'users' appears twice");
    CHECK(read({"users", "industry", "adding", "users"}, ExpectField::kNotRead, Lang::kZh).error ==
          "CSV 表头：「users」列出现了两次");
  }
  SECTION("missing columns, listed the language's way") {
    const Read r = read({"id", "notes"});
    CHECK_FALSE(r.ok);
    CHECK(r.error ==
          "CSV header: missing column users, adding, industry or barrier (the header is the first line, e.g. "
          "id,users,industry,adding)");
    CHECK(
        read({"id"}, ExpectField::kRequired, Lang::kZh).error ==
        "CSV 表头缺少列：users、adding、industry 或 barrier、expect（wecom 或 personal）；表头是第一行，例如 "
        "id,users,industry,adding,expect");
    CHECK(read({"users", "industry", "adding"}, ExpectField::kOptional).ok);
  }
}
