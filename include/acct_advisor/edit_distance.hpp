#pragma once

#include <cstddef>
#include <string_view>

namespace advisor {

/// Levenshtein distance over Unicode code points (so 水果 vs 水菓 is 1, not 3 bytes).
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace advisor
