#include "acct_advisor/number_words.hpp"

#include <cmath>

#include <fmt/format.h>

namespace advisor {

namespace {

// n / unit with at most two decimals, trailing zeros dropped; empty when that loses digits.
std::string in_units(std::int64_t n, std::int64_t unit, std::string_view word) {
  if (n % (unit / 100) != 0) return "";
  const std::int64_t whole = n / unit, hundredths = (n % unit) / (unit / 100);
  if (hundredths == 0) return fmt::format("{}{}", whole, word);
  if (hundredths % 10 == 0) return fmt::format("{}.{}{}", whole, hundredths / 10, word);
  return fmt::format("{}.{:02}{}", whole, hundredths, word);
}

}  // namespace

std::string format_number(double value) {
  if (std::floor(value) != value || std::fabs(value) >= 1e15) return fmt::format("{:g}", value);
  const auto n = static_cast<long long>(value);
  const std::string digits = std::to_string(n < 0 ? -n : n);
  // Built front to back: GCC 12 warns falsely (-Wrestrict) on string::insert here.
  std::string out = n < 0 ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string format_count(std::int64_t n, Lang lang) {
  if (lang == Lang::kEn) return format_number(static_cast<double>(n));
  if (n >= 100'000'000) {
    if (auto s = in_units(n, 100'000'000, "亿"); !s.empty()) return s;
  }
  if (n >= 10'000) {
    if (auto s = in_units(n, 10'000, "万"); !s.empty()) return s;
  }
  return std::to_string(n);
}

std::string count_noun(std::int64_t n, std::string_view singular, std::string_view plural, Lang lang) {
  if (lang == Lang::kZh) return format_count(n, lang);
  return fmt::format("{} {}", format_count(n, lang), n == 1 ? singular : plural);
}

}  // namespace advisor
