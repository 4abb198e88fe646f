#include "acct_advisor/edit_distance.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace advisor {

std::size_t edit_distance(std::span<const char32_t> x, std::span<const char32_t> y) {
  // One row of the table; on the stack for the short names and words suggestions compare.
  std::array<std::size_t, 65> small{};
  std::vector<std::size_t> large;
  std::size_t* row = small.data();
  if (y.size() + 1 > small.size()) {
    large.resize(y.size() + 1);
    row = large.data();
  }
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

std::size_t edit_distance_within(std::span<const char32_t> x, std::span<const char32_t> y,
                                 std::size_t limit) {
  const std::size_t over = limit + 1;
  if ((x.size() > y.size() ? x.size() - y.size() : y.size() - x.size()) > limit) return over;
  std::array<std::size_t, 65> small{};
  std::vector<std::size_t> large;
  std::size_t* row = small.data();
  if (y.size() + 1 > small.size()) {
    large.resize(y.size() + 1);
    row = large.data();
  }
  // Cells further than `limit` from the diagonal are known to exceed it: they hold `over`.
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = std::min(j, over);
  for (std::size_t i = 1; i <= x.size(); ++i) {
    const std::size_t from = i > limit ? i - limit : 1;
    const std::size_t to = std::min(y.size(), i + limit);
    std::size_t diagonal = row[from - 1];
    row[from - 1] = from == 1 ? std::min(i, over) : over;
    std::size_t row_min = row[from - 1];
    for (std::size_t j = from; j <= to; ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1), over});
      row_min = std::min(row_min, row[j]);
      diagonal = above;
    }
    if (to < y.size()) row[to + 1] = over;
    if (row_min > limit) return over;
  }
  return std::min(row[y.size()], over);
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::u32string x = code_points(a);
  const std::u32string y = code_points(b);
  return edit_distance(std::span<const char32_t>(x), std::span<const char32_t>(y));
}

}  // namespace advisor
