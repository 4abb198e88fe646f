// The one UTF-8 module: the fast validator agrees with utf8proc's decoder on every short
// sequence, and the helpers never split a character.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "acct_advisor/utf8.hpp"

using namespace advisor;

namespace {

// What utf8proc (behind code_points) thinks of the bytes: well-formed when no byte decoded as
// invalid.
bool decodes_cleanly(std::string_view s) {
  for (const char32_t c : code_points(s))
    if (c >= kInvalidUtf8Base) return false;
  return true;
}

std::string bytes(std::initializer_list<int> values) {
  std::string s;
  for (const int v : values) s += static_cast<char>(v);
  return s;
}

}  // namespace

TEST_CASE("utf8: the validator agrees with utf8proc on every 1- to 3-byte sequence", "[utf8]") {
  std::size_t checked = 0;
  for (int a = 0; a < 256; ++a) {
    REQUIRE(valid_utf8(bytes({a})) == decodes_cleanly(bytes({a})));
    for (int b = 0; b < 256; ++b) {
      const std::string two = bytes({a, b});
      REQUIRE(valid_utf8(two) == decodes_cleanly(two));
      if (a < 0xE0 || a > 0xF4) continue;
      for (const int c : {0x00, 0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF}) {
        const std::string three = bytes({a, b, c});
        REQUIRE(valid_utf8(three) == decodes_cleanly(three));
        for (const int d : {0x41, 0x80, 0xBF, 0xC0}) {
          const std::string four = bytes({a, b, c, d});
          REQUIRE(valid_utf8(four) == decodes_cleanly(four));
          ++checked;
        }
      }
    }
  }
  CHECK(checked == 21 * 256 * 8 * 4);  // leads E0..F4, every second byte, the third and fourth samples
}

TEST_CASE("utf8: well-formed means RFC 3629", "[utf8]") {
  CHECK(valid_utf8(""));
  CHECK(valid_utf8("plain ascii, longer than eight bytes"));
  CHECK(valid_utf8("水果 and 🍎"));
  CHECK_FALSE(valid_utf8("\xC0\x80"));          // overlong NUL
  CHECK_FALSE(valid_utf8("\xE0\x80\xAF"));      // overlong '/'
  CHECK_FALSE(valid_utf8("\xED\xA0\x80"));      // a surrogate
  CHECK_FALSE(valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(valid_utf8("\xE6\xB0"));          // 水 cut short
  CHECK(utf8_sequence_length("\xF0\x9F\x8D\x8E", 0) == 4);
  CHECK(utf8_sequence_length("\xE6\xB0\xB4", 0) == 3);
  CHECK(utf8_sequence_length("\x80", 0) == 0);
}

TEST_CASE("utf8: the first invalid byte is found wherever it is", "[utf8]") {
  // Past the 8-byte ASCII steps and inside them, at every offset.
  for (std::size_t at = 0; at < 24; ++at) {
    std::string s(24, 'a');
    s[at] = '\xFF';
    CHECK(find_invalid_utf8(s) == at);
  }
  CHECK(find_invalid_utf8("abcdefgh水果\xE6\xB0") == 14);
  CHECK(find_invalid_utf8("abcdefgh水果") == std::string_view::npos);
}

TEST_CASE("utf8: decoding, encoding, replacing, cutting", "[utf8]") {
  CHECK(code_points("水果a") == std::u32string{U'水', U'果', U'a'});
  const auto cut = code_points(
      "\xE6\xB0"
      "a");  // a lead byte cut short does not swallow the 'a'
  REQUIRE(cut.size() == 3);
  CHECK(cut[0] == kInvalidUtf8Base + 0xE6);
  CHECK(cut[1] == kInvalidUtf8Base + 0xB0);
  CHECK(cut[2] == U'a');
  for (const char32_t c : {U'a', U'\u00E9', U'水', U'\U0001F34E', U'\U0010FFFF'}) {
    std::string s;
    append_utf8(s, c);
    CHECK(code_points(s) == std::u32string(1, c));
  }
  CHECK(replace_invalid_utf8("a\xFF"
                             "b\xE6\xB0") ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(replace_invalid_utf8("水果") == "水果");
  CHECK(count_code_points("水果ab") == 4);
  const std::string text = "ab水果";  // 水 at bytes 2..4, 果 at 5..7
  CHECK(utf8_cut(text, 3) == 2);
  CHECK(utf8_cut(text, 5) == 5);
  CHECK(utf8_cut(text, 100) == text.size());
  for (std::size_t max = 0; max <= text.size(); ++max) CHECK(valid_utf8(text.substr(0, utf8_cut(text, max))));
}

TEST_CASE("utf8: the ASCII prefix ends at the first byte past ASCII, wherever it is", "[utf8]") {
  for (std::size_t at = 0; at < 24; ++at) {
    std::string s(24, 'a');
    s[at] = '\x80';
    CHECK(ascii_prefix(s) == at);
  }
  CHECK(ascii_prefix("") == 0);
  CHECK(ascii_prefix("abcdefghijk") == 11);
  CHECK(ascii_prefix("abc水") == 3);
}
