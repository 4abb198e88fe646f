#include "acct_advisor/utf8.hpp"

#include <cstdint>
#include <cstring>

#include <utf8proc.h>

namespace advisor {

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// A decoded character: its code point and how many bytes it took, or {invalid, 1}.
struct Decoded {
  char32_t code_point;
  std::size_t length;
};

Decoded decode(std::string_view s, std::size_t i) {
  utf8proc_int32_t cp = 0;
  const std::size_t left = s.size() - i < 4 ? s.size() - i : 4;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                  static_cast<utf8proc_ssize_t>(left), &cp);
  if (n <= 0) return {kInvalidUtf8Base + static_cast<unsigned char>(s[i]), 1};
  return {static_cast<char32_t>(cp), static_cast<std::size_t>(n)};
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time: most batch fields are nothing else.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & kHighBits) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    const std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

std::size_t ascii_prefix(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, p + i, 8);
    if ((word & kHighBits) != 0) break;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

bool valid_utf8(std::string_view s) {
  return find_invalid_utf8(s) == std::string_view::npos;
}

void append_utf8(std::string& out, char32_t cp) {
  utf8proc_uint8_t bytes[4];
  const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), bytes);
  out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
}

std::u32string code_points(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const Decoded d = decode(s, i);
    out.push_back(d.code_point);
    i += d.length;
  }
  return out;
}

std::string replace_invalid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t from = 0;
  while (from < s.size()) {
    const std::size_t bad = find_invalid_utf8(s.substr(from));
    if (bad == std::string_view::npos) break;
    out.append(s.substr(from, bad));
    out += "\xEF\xBF\xBD";  // U+FFFD
    from += bad + 1;
  }
  out.append(s.substr(std::min(from, s.size())));
  return out;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t count = 0;
  for (const char c : s) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

std::size_t utf8_cut(std::string_view s, std::size_t max_bytes) {
  if (max_bytes >= s.size()) return s.size();
  std::size_t cut = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t next = i + decode(s, i).length;
    if (next > max_bytes) break;
    cut = i = next;
  }
  return cut;
}

}  // namespace advisor
