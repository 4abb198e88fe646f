#pragma once
// UTF-8, in one place: what counts as well-formed (the batch reader's validator, 8 ASCII bytes
// at a time), decoding to code points, encoding one, and making text safe to print. Every part
// of the tool that reads or cuts UTF-8 goes through here, so they all agree on which bytes are
// a character and which are not.
//
// Well-formed is RFC 3629: no overlong forms, no surrogates (U+D800..U+DFFF), nothing past
// U+10FFFF. A byte that does not start a well-formed sequence is one invalid unit on its own;
// the byte after it is looked at afresh (so a lead byte cut short does not swallow the byte
// that cut it).

#include <cstddef>
#include <string>
#include <string_view>

namespace advisor {

/// Length (1 to 4) of the well-formed sequence starting at s[i], or 0 if none starts there.
/// Requires i < s.size(). Inline: parsers call it for every non-ASCII character.
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const std::size_t left = s.size() - i;
  const unsigned char c = p[0];
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t k) { return (p[k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return left >= 2 && cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (left < 3 || !cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;  // overlong
    if (c == 0xED && p[1] > 0x9F) return 0;  // a surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (left < 4 || !cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;  // overlong
    if (c == 0xF4 && p[1] > 0x8F) return 0;  // past U+10FFFF
    return 4;
  }
  return 0;  // a continuation byte, C0/C1 (always overlong) or F5..FF
}

/// True when all of s is well-formed UTF-8. Fast on ASCII (8 bytes per step): the batch
/// reader runs it on every CSV field.
bool valid_utf8(std::string_view s);

/// Where the first byte that is not part of a well-formed sequence is; npos when there is none.
std::size_t find_invalid_utf8(std::string_view s);

/// How many bytes s starts with that are ASCII (below 0x80), 8 bytes per step: batch passes
/// an ASCII input straight through, without the decoder's copy.
std::size_t ascii_prefix(std::string_view s);

/// Appends the UTF-8 encoding of a code point (at most U+10FFFF, not a surrogate).
void append_utf8(std::string& out, char32_t code_point);

/// One past U+10FFFF: code_points() decodes an invalid byte b as kInvalidUtf8Base + b, so it
/// never equals a real character and two different invalid bytes stay different.
inline constexpr char32_t kInvalidUtf8Base = 0x110000;

/// Decodes into code points, each invalid byte as kInvalidUtf8Base + its value.
std::u32string code_points(std::string_view s);

/// s with each invalid byte replaced by U+FFFD, so what is printed is always text.
std::string replace_invalid_utf8(std::string_view s);

/// Bytes of s that do not continue a character: for well-formed text its code points, the
/// columns an editor shows. (A stray continuation byte counts nothing, as in an editor that
/// shows it with the character before it.)
std::size_t count_code_points(std::string_view s);

/// The largest length <= max_bytes at which s can be cut without splitting a character.
std::size_t utf8_cut(std::string_view s, std::size_t max_bytes);

}  // namespace advisor
