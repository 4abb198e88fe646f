#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "acct_advisor/utf8.hpp"  // code_points(), to decode what is compared

namespace advisor {

/// Levenshtein distance over Unicode code points (so 水果 vs 水菓 is 1, not 3 bytes).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The same over decoded code points; allocates nothing when b holds at most 64 of them.
std::size_t edit_distance(std::span<const char32_t> a, std::span<const char32_t> b);

/// The distance if it is at most `limit`, else limit + 1; faster than edit_distance when most
/// pairs are far apart, as for suggestions (only cells within `limit` of the diagonal are
/// computed, and it stops once a whole row exceeds the limit).
std::size_t edit_distance_within(std::span<const char32_t> a, std::span<const char32_t> b, std::size_t limit);

}  // namespace advisor
