// CSV as RFC 4180 has it, both ways.

#include <catch2/catch.hpp>

#include "acct_advisor/csv.hpp"
#include "acct_advisor/error.hpp"

using namespace advisor;

namespace {

struct Record {
  std::vector<std::string> fields;
  std::size_t line;
};

std::vector<Record> read_all(std::string_view input) {
  CsvReader reader;
  std::vector<Record> out;
  std::vector<std::string> fields;
  std::size_t line = 0;
  while (reader.next(input, fields, line)) out.push_back({fields, line});
  return out;
}

using Fields = std::vector<std::string>;

}  // namespace

TEST_CASE("csv_field quotes only when it must", "[csv]") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("") == "");
  CHECK(csv_field("水果 fruit") == "水果 fruit");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("\"") == "\"\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("cr\rhere") == "\"cr\rhere\"");
  CHECK(csv_field(" padded ") == " padded ");
  CHECK(csv_field("，") == "，");  // a full-width comma is not a separator
}

TEST_CASE("csv_record joins with commas and ends in CRLF", "[csv]") {
  CHECK(csv_record({"a", "b,c", "d\"e"}) == "a,\"b,c\",\"d\"\"e\"\r\n");
  CHECK(csv_record({}) == "\r\n");
  CHECK(csv_record({""}) == "\r\n");
  CHECK(csv_record({"", ""}) == ",\r\n");
}

TEST_CASE("CsvReader splits records and fields", "[csv]") {
  const auto records = read_all("users,industry,adding\r\n30000,fruit,active\n3000,law,passive");
  REQUIRE(records.size() == 3);
  CHECK(records[0].fields == Fields{"users", "industry", "adding"});
  CHECK(records[1].fields == Fields{"30000", "fruit", "active"});
  CHECK(records[2].fields == Fields{"3000", "law", "passive"});
  CHECK(records[0].line == 1);
  CHECK(records[1].line == 2);
  CHECK(records[2].line == 3);
}

TEST_CASE("CsvReader handles quoted commas, doubled quotes and embedded line breaks", "[csv]") {
  const auto records = read_all("\"30,000\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nnext,\"\",x\r\n");
  REQUIRE(records.size() == 2);
  CHECK(records[0].fields == Fields{"30,000", "say \"hi\"", "two\nlines"});
  CHECK(records[1].fields == Fields{"next", "", "x"});
  CHECK(records[0].line == 1);
  CHECK(records[1].line == 3);  // the embedded newline moved it down a line
  // A quoted CRLF is kept as written.
  const auto crlf = read_all("\"a\r\nb\",c\r\n");
  REQUIRE(crlf.size() == 1);
  CHECK(crlf[0].fields == Fields{"a\r\nb", "c"});
}

TEST_CASE("CsvReader: empty fields, blank lines and end of input", "[csv]") {
  CHECK(read_all("").empty());
  const auto records = read_all(",\n\na,\n");
  REQUIRE(records.size() == 3);
  CHECK(records[0].fields == Fields{"", ""});
  CHECK(records[1].fields == Fields{""});
  CHECK(records[2].fields == Fields{"a", ""});
  CHECK(records[2].line == 3);
  // Round trip: what csv_record writes, CsvReader reads back.
  const Fields original = {"水果", "a,b", "q\"uote", "line\nbreak", "", "end"};
  const auto back = read_all(csv_record(original) + csv_record({"x"}));
  REQUIRE(back.size() == 2);
  CHECK(back[0].fields == original);
  CHECK(back[1].fields == Fields{"x"});
}

TEST_CASE("CsvReader refuses an unterminated quote, naming its line", "[csv]") {
  CHECK_THROWS_AS(read_all("\"open"), UsageError);
  CHECK_THROWS_WITH(read_all("ok,1\n\"open,2\nmore"), "line 2: unterminated quoted field");
  try {
    read_all("a\nb\n\"never closed");
    FAIL("no exception");
  } catch (const UsageError& e) {
    CHECK(e.code() == ExitCode::kUsage);
    CHECK(std::string(e.what()) == "line 3: unterminated quoted field");
  }
}

TEST_CASE("append_csv_text_cell neutralises formulas and control characters (OWASP CSV injection)") {
  auto cell = [](std::string_view text) {
    std::string out;
    append_csv_text_cell(out, text);
    return out;
  };
  SECTION("a formula prefix is quoted behind a '") {
    CHECK(cell("=1+1") == "\"'=1+1\"");
    CHECK(cell("+x") == "\"'+x\"");
    CHECK(cell("-5") == "\"'-5\"");
    CHECK(cell("@SUM(A1)") == "\"'@SUM(A1)\"");
    CHECK(cell("\tx") == "\"'\tx\"");
    CHECK(cell("=\"a\"") == "\"'=\"\"a\"\"\"");  // quotes still doubled
  }
  SECTION("ordinary text is written as csv_field writes it") {
    CHECK(cell("c1") == "c1");
    CHECK(cell("a,b") == "\"a,b\"");
    CHECK(cell("a=b") == "a=b");
    CHECK(cell("") == "");
    CHECK(cell("水果") == "水果");
  }
  SECTION("control characters become U+FFFD") {
    CHECK(cell(std::string("a\x1b"
                           "b")) ==
          "\"a\xEF\xBF\xBD"
          "b\"");
    CHECK(cell(std::string("a\0b", 3)) ==
          "\"a\xEF\xBF\xBD"
          "b\"");
  }
}
