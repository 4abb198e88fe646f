// Levenshtein distance over Unicode code points.

#include <catch2/catch.hpp>

#include "acct_advisor/edit_distance.hpp"

using advisor::edit_distance;

TEST_CASE("edit_distance on ASCII", "[edit_distance]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("fruit", "fruit") == 0);
  CHECK(edit_distance("fruit", "fruits") == 1);  // insertion
  CHECK(edit_distance("fruit", "frut") == 1);    // deletion
  CHECK(edit_distance("favours", "favors") == 1);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("flaw", "lawn") == 2);
  CHECK(edit_distance("ab", "ba") == 2);        // a transposition is two edits
  CHECK(edit_distance("Fruit", "fruit") == 1);  // case matters
}

TEST_CASE("edit_distance counts code points, not bytes", "[edit_distance]") {
  CHECK(edit_distance("水果", "水菓") == 1);
  CHECK(edit_distance("水果", "") == 2);
  CHECK(edit_distance("水果", "水果店") == 1);
  CHECK(edit_distance("律师", "法律") == 2);
  CHECK(edit_distance("café", "cafe") == 1);                          // 2-byte é
  CHECK(edit_distance("\xF0\x9F\x98\x80", "\xF0\x9F\x98\x81") == 1);  // 4-byte emoji
  CHECK(edit_distance("a水", "a") == 1);
  // Characters sharing a lead byte are still different.
  CHECK(edit_distance("水", "氵") == 1);
}

TEST_CASE("edit_distance is a metric", "[edit_distance]") {
  const char* const words[] = {"",       "fruit", "fruits", "frut", "水果",
                               "水果店", "law",   "lawyer", "café", "a水b"};
  for (const char* a : words) {
    CHECK(edit_distance(a, a) == 0);
    for (const char* b : words) {
      INFO(a << " / " << b);
      CHECK(edit_distance(a, b) == edit_distance(b, a));
      if (std::string_view(a) != b) CHECK(edit_distance(a, b) > 0);
      for (const char* c : words) CHECK(edit_distance(a, c) <= edit_distance(a, b) + edit_distance(b, c));
    }
  }
}

TEST_CASE("edit_distance tolerates invalid UTF-8", "[edit_distance]") {
  CHECK(edit_distance("\xff", "a") == 1);
  CHECK(edit_distance("\xff\xfe", "") == 2);
  CHECK(edit_distance("a\x80"
                      "b",
                      "ab") == 1);  // a stray continuation byte
}

// An invalid byte counts as one code point of its own: a sequence cut short must not swallow
// the characters after its lead byte ("\xE6ab" is three code points, not one).
TEST_CASE("edit_distance: a truncated sequence does not swallow the next characters", "[edit_distance]") {
  CHECK(edit_distance("\xE6"
                      "ab",
                      "ab") == 1);
  CHECK(edit_distance("\xC3"
                      "a",
                      "a") == 1);
  CHECK(edit_distance("\xC3"
                      "ab",
                      "\xC3"
                      "b") == 1);  // the 'a' is deleted on its own
  CHECK(edit_distance("\xF0"
                      "abc",
                      "abc") == 1);
  CHECK(edit_distance("\xE4\xB8"
                      "a",
                      "a") == 2);  // 万 cut short: two invalid bytes
}

TEST_CASE("code_points decodes UTF-8; invalid bytes stay apart from real characters", "[edit_distance]") {
  CHECK(advisor::code_points("水果a") == std::u32string{U'水', U'果', U'a'});
  CHECK(advisor::code_points("\xF0\x9F\x98\x80") == std::u32string{U'\U0001F600'});
  const auto invalid = advisor::code_points("\xff");  // not U+00FF (ÿ)
  REQUIRE(invalid.size() == 1);
  CHECK(invalid[0] > 0x10FFFF);
  const auto cut = advisor::code_points("\xe6\xb0");  // 水 (E6 B0 B4) cut short: two invalid bytes
  REQUIRE(cut.size() == 2);
  CHECK((cut[0] > 0x10FFFF && cut[1] > 0x10FFFF));
  CHECK(advisor::code_points("").empty());
}

TEST_CASE("edit_distance_within agrees with edit_distance up to its limit", "[edit_distance]") {
  const char* const words[] = {"",        "a",        "fruit",  "fruti",        "frut",        "fruits",
                               "水果",    "水菓",     "水果店", "insurance",    "insur",       "lawyer",
                               "lawer",   "flower",   "xyzzy",  "pet_hospital", "pet_hospitl", "kitten",
                               "sitting", "汽车配件", "a水b"};
  for (const char* a : words) {
    for (const char* b : words) {
      const auto x = advisor::code_points(a);
      const auto y = advisor::code_points(b);
      const std::size_t full = edit_distance(a, b);
      for (std::size_t limit = 0; limit <= 6; ++limit) {
        INFO(a << " / " << b << " within " << limit);
        const std::size_t bounded = advisor::edit_distance_within(x, y, limit);
        CHECK(bounded == (full <= limit ? full : limit + 1));
      }
    }
  }
  // Longer than the 64 code points kept on the stack.
  const std::string long_a(100, 'a');
  const std::string long_b = std::string(99, 'a') + "b";
  CHECK(advisor::edit_distance_within(advisor::code_points(long_a), advisor::code_points(long_b), 2) == 1);
  CHECK(edit_distance(long_a, long_b) == 1);
}
