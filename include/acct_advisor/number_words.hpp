#pragma once
// Counts as people write them: thousands grouped with commas in English; in Chinese 万 and 亿
// where the count is round enough and plain digits otherwise, never a thousands comma.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "acct_advisor/lang.hpp"

namespace advisor {

/// A figure as the table prints it: whole numbers with thousands separators (1234567 gives
/// "1,234,567"), fractions as they are.
std::string format_number(double value);
/// The same appended to `out`, with no string of its own (for per-record output).
void append_grouped(std::string& out, double value);

/// A count in the language: en as format_number; zh with 万/亿 when round enough.
std::string format_count(std::int64_t n, Lang lang);
/// The same appended to `out`, with no string of its own (for per-record output).
void append_count(std::string& out, std::int64_t n, Lang lang);
/// Room that write_count needs at most.
inline constexpr std::size_t kCountChars = 32;
/// The same written at `at` (kCountChars bytes of room), for writers with a raw cursor;
/// returns the end of what was written.
char* write_count(char* at, std::int64_t n, Lang lang);

/// "1 customer" / "2 customers" in English; the count alone in Chinese (the caller adds 个客户).
std::string count_noun(std::int64_t n, std::string_view singular, std::string_view plural, Lang lang);

}  // namespace advisor
