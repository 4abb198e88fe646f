// Counts as people write them: English thousands commas, Chinese 万/亿 when round enough.
// format_count and the append_count batch --explain uses write the same text.

#include <catch2/catch.hpp>

#include "acct_advisor/number_words.hpp"

using namespace advisor;

TEST_CASE("Counts in Chinese use 万 and 亿 when round enough, plain digits otherwise") {
  CHECK(format_count(9999, Lang::kZh) == "9999");
  CHECK(format_count(30000, Lang::kZh) == "3万");
  CHECK(format_count(12000, Lang::kZh) == "1.2万");
  CHECK(format_count(123400, Lang::kZh) == "12.34万");
  CHECK(format_count(12345, Lang::kZh) == "12345");
  CHECK(format_count(100000000, Lang::kZh) == "1亿");
  CHECK(format_count(125000000, Lang::kZh) == "1.25亿");
}

TEST_CASE("Counts and figures in English group thousands") {
  CHECK(format_count(999, Lang::kEn) == "999");
  CHECK(format_count(1234567, Lang::kEn) == "1,234,567");
  CHECK(format_number(-1234) == "-1,234");
  CHECK(format_number(0.5) == "0.5");
  std::string out = "n=";
  append_count(out, 30000, Lang::kZh);
  append_count(out, 30000, Lang::kEn);
  CHECK(out == "n=3万30,000");
}
