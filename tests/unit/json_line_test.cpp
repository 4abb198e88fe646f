// parse_flat_object, append_json_string and the JSONL record checks of batch.

#include <catch2/catch.hpp>

#include <random>

#include "acct_advisor/batch.hpp"
#include "acct_advisor/json_line.hpp"
#include "fuzz_entries.hpp"

using namespace advisor;

namespace {

std::string one_record(std::string_view line) {
  return fuzz_entries::one_jsonl_record(line);
}

}  // namespace

TEST_CASE("parse_flat_object reads strings, numbers, literals", "[json_line]") {
  std::vector<FlatField> fields;
  std::string error;
  REQUIRE(parse_flat_object(R"( {"a": "x\"y\u00e9", "b": -1.5e3, "c": true, "d": null} )", fields, error));
  REQUIRE(fields.size() == 4);
  CHECK(fields[0].key == "a");
  CHECK(fields[0].value == "x\"y\xC3\xA9");
  CHECK(fields[1].kind == FlatField::Kind::kNumber);
  CHECK(fields[1].value == "-1.5e3");
  CHECK(fields[2].kind == FlatField::Kind::kBool);
  CHECK(fields[3].kind == FlatField::Kind::kNull);
  // Fewer fields next time: the vector shrinks to what this record has.
  REQUIRE(parse_flat_object(R"({"k":"v"})", fields, error));
  CHECK(fields.size() == 1);
}

TEST_CASE("parse_flat_object refuses what is not a flat object, saying where", "[json_line]") {
  std::vector<FlatField> fields;
  std::string error;
  CHECK_FALSE(parse_flat_object(R"({"a": [1]})", fields, error));
  CHECK(error == "not valid JSON at column 7: field \"a\" holds a nested value; fields must be plain");
  CHECK_FALSE(parse_flat_object(R"({"a": 01})", fields, error));
  CHECK_FALSE(parse_flat_object(R"({"a": "x"} y)", fields, error));
  CHECK(error == "not valid JSON at column 12: unexpected text after the object");
  CHECK_FALSE(parse_flat_object("{\"a\": \"\xFF\"}", fields, error));
  CHECK(error.find("invalid UTF-8") != std::string::npos);
  CHECK_FALSE(parse_flat_object(R"({"a": "\ud800"})", fields, error));
}

TEST_CASE("append_json_string escapes and replaces invalid UTF-8", "[json_line]") {
  std::string out;
  append_json_string(out, "a\"b\\c\n\x01\xFF水");
  CHECK(out == "\"a\\\"b\\\\c\\n\\u0001\xEF\xBF\xBD水\"");
}

TEST_CASE("append_json_string: what needs escaping is found at every offset of the 8-byte steps",
          "[json_line]") {
  struct Case {
    std::string_view in, out;
  };
  for (const Case c :
       {Case{"\"", "\\\""}, Case{"\\", "\\\\"}, Case{"\n", "\\n"}, Case{"\x1F", "\\u001f"},
        Case{"\xFF", "\xEF\xBF\xBD"}, Case{"水", "水"}, Case{"\xE6\xB0", "\xEF\xBF\xBD\xEF\xBF\xBD"}}) {
    for (std::size_t at = 0; at < 20; ++at) {
      const std::string in = std::string(at, 'a') + std::string(c.in) + std::string(19 - at, 'b');
      std::string out;
      append_json_string(out, in);
      CHECK(out == "\"" + std::string(at, 'a') + std::string(c.out) + std::string(19 - at, 'b') + "\"");
    }
  }
}

TEST_CASE("batch JSONL: users as any exact JSON integer, fractions refused", "[json_line][batch]") {
  const std::string fruit = R"(,"industry":"fruit","adding":"active"})";
  for (const char* users : {"30000", "3e4", "3E4", "30000.0", "3.0e4", "300000e-1"}) {
    INFO(users);
    CHECK(one_record(std::string(R"({"users":)") + users + fruit).find("\"recommendation\":\"wecom\"") !=
          std::string::npos);
  }
  CHECK(one_record(R"({"users":2.5)" + fruit) ==
        "{\"line\":1,\"error\":\"users: 2.5 is not a whole number\"}\n");
  CHECK(one_record(R"({"users":1e30)" + fruit) ==
        "{\"line\":1,\"error\":\"users: 1e30 is far too large; check the number\"}\n");
  CHECK(one_record(R"({"users":0.0)" + fruit).find("at least 1 customer") != std::string::npos);
}

TEST_CASE("batch JSONL: ids echoed as given; numeric ids valid JSON numbers", "[json_line][batch]") {
  const std::string rest = R"("users":30000,"industry":"fruit","adding":"active"})";
  CHECK(one_record(R"({"id":"a\u00e9 \"q\"",)" + rest)
            .rfind("{\"line\":1,\"id\":\"a\xC3\xA9 \\\"q\\\"\",", 0) == 0);
  CHECK(one_record(R"({"id":-12.50e1,)" + rest).rfind("{\"line\":1,\"id\":-12.50e1,", 0) == 0);
  CHECK(one_record(R"({"id":1e999,)" + rest) ==
        "{\"line\":1,\"error\":\"field 'id': the number 1e999 is out of range; give the id as a string\"}\n");
}

TEST_CASE("batch JSONL: a repeated field, id included, is an error record", "[json_line][batch]") {
  CHECK(one_record(R"({"id":"a","id":"b","users":30000,"industry":"fruit","adding":"active"})") ==
        "{\"line\":1,\"id\":\"a\",\"error\":\"field 'id' appears twice\"}\n");
  CHECK(one_record(R"({"users":30000,"users":null,"industry":"fruit","adding":"active"})") ==
        "{\"line\":1,\"error\":\"field 'users' appears twice\"}\n");
}

TEST_CASE("parse_flat_object: the one-pass reader agrees with the full parser on every line", "[json_line]") {
  // Lines made of pieces of records, right and wrong: the one-pass reader must accept exactly
  // what the full parser accepts, with the same fields, or leave the line to it.
  const std::vector<std::string> keys = {"\"users\"", "\"id\"", "\"industry\"", "\"a\\\"b\"", "\"水\"",
                                         "users",     ""};
  const std::vector<std::string> values = {
      "\"fruit\"", "\"水果\"", "123", "0", "-0", "0123", "-", "1.5", "1e3", "-12", "true", "false", "null",
      "tru", "nul", "\"a\\\"b\"", "\"\xFF\"", "\"\xE6\xB0\"", "{}", "[1]", "", "\"a\tb\"",
      // Longer than a word, something to stop at in every position of the second one.
      "\"abcdefghijklmnopqrstuvwxyz\"", "\"abcdefghij\\\"klmnop\"", "\"abcdefghijklmno水果pq\"",
      "\"abcdefghijkl\tmn\"", "\"abcdefghijkl\xFFmn\"", "\"abcdefgh\"", "\"abcdefghi\"", "\"abcdefghijklmn",
      "\"\\u6C34\""};
  const std::vector<std::string> gaps = {"", " ", "\t", "\r"};
  std::mt19937 random(20261130);
  auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  std::vector<FlatField> fast, full;
  std::size_t accepted = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string line = pick(gaps) + (random() % 20 ? "{" : "");
    const std::size_t count = random() % 4;
    for (std::size_t k = 0; k < count; ++k) {
      if (k > 0) line += random() % 15 ? "," : ",,";
      line += pick(gaps) + pick(keys) + pick(gaps) + (random() % 20 ? ":" : "") + pick(gaps) + pick(values) +
              pick(gaps);
    }
    line += random() % 20 ? "}" : "";
    line += random() % 10 ? "" : pick({"", " ", "x", "}"});
    std::string fast_error, full_error;
    const bool fast_ok = parse_flat_object(line, fast, fast_error);
    const bool full_ok = parse_flat_object_full(line, full, full_error);
    INFO("line: " << line);
    REQUIRE(fast_ok == full_ok);
    CHECK(fast_error == full_error);
    if (!fast_ok) continue;
    ++accepted;
    REQUIRE(fast.size() == full.size());
    for (std::size_t k = 0; k < fast.size(); ++k) {
      CHECK(fast[k].key == full[k].key);
      CHECK(fast[k].value == full[k].value);
      CHECK(fast[k].kind == full[k].kind);
    }
  }
  CHECK(accepted > 1000);
}
