#pragma once
// A JSON Lines batch record read straight into a profile's fields. The usual record (known
// keys, each once, of the right JSON type, no escapes) is scanned once, each value a view into
// the line; anything else is left to the general parser (parse_flat_object and the checks in
// batch), which owns every error message, so the two can never word an error differently.

#include <string_view>

#include "acct_advisor/profile.hpp"

namespace advisor {

/// A plain record read: its fields and its id (`id_number` when the id was a JSON number).
/// Views into the line.
struct PlainRecord {
  ProfileFields fields;
  std::string_view id;
  bool id_number = false;
};

/// Reads the usual record in one pass: `{"key": value, ...}` with known keys, none twice, no
/// escapes in keys or strings (valid UTF-8 is fine), counts as plain JSON integers or strings,
/// `regulated` as true or false, the id an integer or a string. Returns false, with `out` in
/// no particular state, for anything else (null, a fraction, an unknown key, an error of any
/// kind): the caller then reads the line with the general parser, which says what is wrong.
bool read_plain_record(std::string_view line, PlainRecord& out);

}  // namespace advisor
