#include "acct_advisor/number_words.hpp"

#include <cmath>
#include <cstring>
#include <iterator>

#include <fmt/format.h>

#include "acct_advisor/decimal.hpp"

namespace advisor {

namespace {

// n / unit with at most two decimals, trailing zeros dropped, and the unit's word, written at
// `at`; returns their end, or nullptr (having written nothing that counts) when that would lose
// digits.
char* write_in_units(char* at, std::int64_t n, std::int64_t unit, std::string_view word) {
  if (n % (unit / 100) != 0) return nullptr;
  const std::int64_t whole = n / unit, hundredths = (n % unit) / (unit / 100);
  at = write_decimal(at, whole);
  if (hundredths != 0) {
    *at++ = '.';
    *at++ = static_cast<char>('0' + hundredths / 10);
    if (hundredths % 10 != 0) *at++ = static_cast<char>('0' + hundredths % 10);
  }
  std::memcpy(at, word.data(), word.size());
  return at + word.size();
}

// A whole number below 1e15 in magnitude with its thousands grouped, written at `at`.
char* write_grouped(char* at, long long n) {
  if (n < 0) *at++ = '-';
  char digits[kDecimalChars];
  const char* end = write_decimal(digits, n < 0 ? -n : n);
  const auto size = static_cast<std::size_t>(end - digits);
  for (std::size_t i = 0; i < size; ++i) {
    if (i > 0 && (size - i) % 3 == 0) *at++ = ',';
    *at++ = digits[i];
  }
  return at;
}

bool groupable(double value) {
  return std::floor(value) == value && std::fabs(value) < 1e15;
}

}  // namespace

void append_grouped(std::string& out, double value) {
  if (!groupable(value)) {
    fmt::format_to(std::back_inserter(out), "{:g}", value);
    return;
  }
  char text[kCountChars];
  out.append(text, write_grouped(text, static_cast<long long>(value)));
}

std::string format_number(double value) {
  std::string out;
  append_grouped(out, value);
  return out;
}

char* write_count(char* at, std::int64_t n, Lang lang) {
  if (lang == Lang::kEn) {
    const auto value = static_cast<double>(n);
    if (groupable(value)) return write_grouped(at, static_cast<long long>(value));
    return fmt::format_to_n(at, kCountChars, "{:g}", value).out;
  }
  if (n >= 100'000'000)
    if (char* end = write_in_units(at, n, 100'000'000, "亿")) return end;
  if (n >= 10'000)
    if (char* end = write_in_units(at, n, 10'000, "万")) return end;
  return write_decimal(at, n);
}

void append_count(std::string& out, std::int64_t n, Lang lang) {
  char text[kCountChars];
  out.append(text, write_count(text, n, lang));
}

std::string format_count(std::int64_t n, Lang lang) {
  std::string out;
  append_count(out, n, lang);
  return out;
}

std::string count_noun(std::int64_t n, std::string_view singular, std::string_view plural, Lang lang) {
  if (lang == Lang::kZh) return format_count(n, lang);
  return fmt::format("{} {}", format_count(n, lang), n == 1 ? singular : plural);
}

}  // namespace advisor
