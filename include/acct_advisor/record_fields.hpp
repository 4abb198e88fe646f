#pragma once
// The fields of a profile record as batch, check and diff read them, from JSON Lines field
// names or a CSV header's column names: one list of names, one header reader, and one way of
// naming a field that is not read (with the known one it is close to), so the three commands
// read and warn alike.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "acct_advisor/lang.hpp"

namespace advisor {

/// In ProfileInput's order (users .. within), then id and check's expect.
enum class RecordField : std::uint8_t {
  kUsers,
  kIndustry,
  kBarrier,
  kAdding,
  kRegulated,
  kEntities,
  kWithin,
  kId,
  kExpect
};
inline constexpr std::size_t kRecordFieldCount = 9;

/// The field's name as records spell it ("users", "expect").
std::string_view record_field_name(RecordField field);

/// The field named `name` exactly (JSON keys are case-sensitive), if `expect` is read or the name
/// is another field's.
std::optional<RecordField> find_record_field(std::string_view name, bool reads_expect);

/// A field or column that is not read, for a warning: quoted, cut to 40 bytes, control bytes and
/// invalid UTF-8 shown as U+FFFD, with "did you mean" when a known name is within two edits; an
/// `expect` given to batch points at check instead.
std::string describe_unknown_field(std::string_view name, bool reads_expect, Lang lang);

/// A CSV header, read: which field each column holds.
struct CsvHeader {
  std::vector<std::optional<RecordField>> columns;  ///< one per column; none for a column not read
  std::vector<std::string> unknown;                 ///< the columns not read, described, in order
  /// The column holding `field`, if any.
  std::optional<std::size_t> column_of(RecordField field) const;
};

/// Whether a file's records carry `expect`: batch does not read it, diff may, check must.
enum class ExpectField { kNotRead, kOptional, kRequired };

/// Reads a header's column names (case and surrounding blanks ignored). Returns false with
/// `error` set, in `lang`, when a column appears twice or a needed one is missing (users,
/// adding, industry or barrier; expect when kRequired).
bool read_csv_header(const std::vector<std::string_view>& names, ExpectField expect, Lang lang,
                     CsvHeader& header, std::string& error);

}  // namespace advisor
