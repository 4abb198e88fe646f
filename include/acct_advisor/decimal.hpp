#pragma once
// An integer's decimal digits written at a raw cursor: the one integer writer of the per-record
// writers (batch's Writer, AppendBuffer, the counts of number_words). fmt::format_int and a
// copy of its text cost about twice this on batch's path.

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace advisor {

/// Room write_decimal needs at most: a sign and the 20 digits of the largest 64-bit value.
inline constexpr std::size_t kDecimalChars = 21;

/// Writes `value` in decimal at `at` ('-' first when negative, no leading zeros, "0" for zero)
/// and returns the end of what was written; `at` must have kDecimalChars bytes of room.
template <std::integral Int>
char* write_decimal(char* at, Int value) {
  static_assert(sizeof(Int) <= sizeof(std::uint64_t), "64 bits at most");
  auto magnitude = static_cast<std::uint64_t>(value);
  if constexpr (std::is_signed_v<Int>) {
    if (value < 0) {
      *at++ = '-';
      magnitude = 0 - magnitude;  // exact for the most negative value too
    }
  }
  // The digits are counted first, so they are written in place, last one first.
  std::size_t digits = 1;
  for (std::uint64_t power = 10; digits < 20 && magnitude >= power; power *= 10) ++digits;
  char* const end = at + digits;
  char* p = end;
  do {
    *--p = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  return end;
}

}  // namespace advisor
