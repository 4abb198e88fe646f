// write_decimal, the one integer writer: edge values, both signs, every width.

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>

#include "acct_advisor/append_buffer.hpp"
#include "acct_advisor/decimal.hpp"

using namespace advisor;

namespace {

template <typename Int>
std::string decimal(Int value) {
  char text[kDecimalChars];
  return {text, write_decimal(text, value)};
}

}  // namespace

TEST_CASE("write_decimal writes edge values", "[decimal]") {
  CHECK(decimal(0) == "0");
  CHECK(decimal(9) == "9");
  CHECK(decimal(10) == "10");
  CHECK(decimal(99) == "99");
  CHECK(decimal(100) == "100");
  CHECK(decimal(-1) == "-1");
  CHECK(decimal(-10) == "-10");
  CHECK(decimal(std::numeric_limits<std::int64_t>::max()) == "9223372036854775807");
  CHECK(decimal(std::numeric_limits<std::int64_t>::min()) == "-9223372036854775808");
  CHECK(decimal(std::numeric_limits<std::uint64_t>::max()) == "18446744073709551615");
  CHECK(decimal(std::numeric_limits<int>::min()) == "-2147483648");
  CHECK(decimal(std::size_t{42}) == "42");
}

TEST_CASE("write_decimal writes every power of ten and its neighbours", "[decimal]") {
  std::uint64_t power = 1;
  for (int digits = 1; digits <= 20; ++digits, power *= 10) {
    CAPTURE(digits);
    const std::string p = "1" + std::string(static_cast<std::size_t>(digits - 1), '0');
    CHECK(decimal(power) == p);
    CHECK(decimal(power - 1) == (digits == 1 ? "0" : std::string(static_cast<std::size_t>(digits - 1), '9')));
    CHECK(decimal(power + 1) == std::to_string(power + 1));
    if (digits <= 19) {
      const auto signed_power = static_cast<std::int64_t>(power);
      CHECK(decimal(-signed_power) == "-" + p);
      CHECK(decimal(signed_power - 1) == std::to_string(signed_power - 1));
    }
  }
}

TEST_CASE("AppendBuffer::put_int writes through write_decimal", "[decimal]") {
  std::string out = "x";
  {
    AppendBuffer buffer(out, 4);  // a small step: each number needs the buffer to grow
    buffer.put_int(std::numeric_limits<std::int64_t>::min());
    buffer.put(',');
    buffer.put_int(0);
    buffer.put(',');
    buffer.put_int(1'000'000);
  }
  CHECK(out == "x-9223372036854775808,0,1000000");
}
