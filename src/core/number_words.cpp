#include "acct_advisor/number_words.hpp"

#include <charconv>
#include <cmath>
#include <iterator>

#include <fmt/format.h>

namespace advisor {

namespace {

// Appends n's decimal digits through a buffer on the stack: batch --explain writes a dozen
// counts a record, and a std::string per count was a tenth of its cost.
void append_digits(std::string& out, std::int64_t n) {
  char digits[24];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

// Appends n / unit with at most two decimals, trailing zeros dropped, and the unit's word;
// appends nothing and returns false when that would lose digits.
bool append_in_units(std::string& out, std::int64_t n, std::int64_t unit, std::string_view word) {
  if (n % (unit / 100) != 0) return false;
  const std::int64_t whole = n / unit, hundredths = (n % unit) / (unit / 100);
  append_digits(out, whole);
  if (hundredths != 0) {
    out += '.';
    out += static_cast<char>('0' + hundredths / 10);
    if (hundredths % 10 != 0) out += static_cast<char>('0' + hundredths % 10);
  }
  out += word;
  return true;
}

}  // namespace

void append_grouped(std::string& out, double value) {
  if (std::floor(value) != value || std::fabs(value) >= 1e15) {
    fmt::format_to(std::back_inserter(out), "{:g}", value);
    return;
  }
  const auto n = static_cast<long long>(value);
  if (n < 0) out += '-';
  char digits[24];
  const char* end = std::to_chars(digits, digits + sizeof digits, n < 0 ? -n : n).ptr;
  const auto size = static_cast<std::size_t>(end - digits);
  for (std::size_t i = 0; i < size; ++i) {
    if (i > 0 && (size - i) % 3 == 0) out += ',';
    out += digits[i];
  }
}

std::string format_number(double value) {
  std::string out;
  append_grouped(out, value);
  return out;
}

void append_count(std::string& out, std::int64_t n, Lang lang) {
  if (lang == Lang::kEn) {
    append_grouped(out, static_cast<double>(n));
    return;
  }
  if (n >= 100'000'000 && append_in_units(out, n, 100'000'000, "亿")) return;
  if (n >= 10'000 && append_in_units(out, n, 10'000, "万")) return;
  append_digits(out, n);
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
