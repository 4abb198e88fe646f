#pragma once
// One JSON Lines record, parsed fast: batch input is a flat object of strings, numbers and
// booleans, so a small strict parser beats a general DOM by an order of magnitude here.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "acct_advisor/lang.hpp"

namespace advisor {

struct FlatField {
  enum class Kind { kString, kNumber, kBool, kNull };
  /// Views into the parsed line (no copy: most keys and values hold no escape), or, for a string
  /// with escapes, into the unescaped text kept below. Valid while the line is and until the
  /// next parse_flat_object with the same vector.
  std::string_view key;
  std::string_view value;  ///< Unescaped string, or the number's / literal's text as written.
  Kind kind = Kind::kString;
  std::string key_storage;    ///< The unescaped key, when it had escapes.
  std::string value_storage;  ///< The unescaped value, when it had escapes.
  bool key_stored = false;
  bool value_stored = false;
};

/// Parses `{"key": value, ...}` where every value is a string, number, true, false or null.
/// Rejects nested objects and arrays, invalid UTF-8, bad escapes and trailing text. On failure
/// returns false and sets `error` to what was wrong and where (column), in `lang`.
bool parse_flat_object(std::string_view line, std::vector<FlatField>& fields, std::string& error,
                       Lang lang = Lang::kEn);

/// The full parser alone. parse_flat_object first tries a one-pass reader of the usual record
/// and falls back to this for anything else; tests check the two agree on every line.
bool parse_flat_object_full(std::string_view line, std::vector<FlatField>& fields, std::string& error,
                            Lang lang = Lang::kEn);

/// Without an exponent, a JSON number shorter than this is within a double's range, so a
/// record's id of fewer digits is echoed as written; a longer one is checked as a double first.
inline constexpr std::size_t kLongJsonNumber = 300;

/// From just past a string's opening quote: its closing quote when the string is plain (no
/// escape, no control character, valid UTF-8), so that its text is the bytes in between;
/// nullptr otherwise, or when it does not close before `end`.
const char* plain_string_end(const char* p, const char* end);

/// Appends s as a JSON string literal. Invalid UTF-8 becomes U+FFFD, so output is always
/// valid JSON whatever the input held.
void append_json_string(std::string& out, std::string_view s);

/// A JSON number given for a count (batch and check records): any exact integer, however
/// written (30000, 3e4, 30000.0, 3.0E4), as plain digits in `digits`; a fraction or a number
/// past any count sets `error`, naming the field `key`, and returns false.
bool json_integer(std::string_view num, std::string_view key, std::string& digits, std::string& error,
                  Lang lang = Lang::kEn);

}  // namespace advisor
