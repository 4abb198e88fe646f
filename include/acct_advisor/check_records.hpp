#pragma once
// Profile files as `check` and `diff` read them: the `batch` input forms (JSON Lines, or CSV
// with a header; see record_reader.hpp), each record's answers kept as typed, plus an `expect`
// field naming the answer the record should get. Unlike batch, which streams, these files are
// read whole: they are test fixtures (hundreds or thousands of records), and every output form
// of `check` (JUnit's counts come first) needs all results before it can begin.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "acct_advisor/profile.hpp"
#include "acct_advisor/record_reader.hpp"

namespace advisor {

/// One record of a profile file.
struct ProfileRecord {
  std::size_t line = 0;  ///< 1-based line the record starts on.
  std::string id;        ///< The record's `id`, as given (a number as written); may be empty.
  ProfileInput input;    ///< The answers, as typed; checked later, against each data set.
  std::string expect;    ///< The `expect` field as given; empty when the record has none.
  std::string error;     ///< Non-empty: the record cannot be read (it is reported, not scored).
};

struct ProfileFile {
  std::vector<ProfileRecord> records;
  /// About the whole file (unknown columns or fields), worded for a warning line.
  std::vector<std::string> warnings;
};

/// Reads every record of `text`. A record that cannot be read becomes a record with `error`
/// set, and reading goes on; a CSV header that lacks a needed column (users, adding, industry
/// or barrier; and `expect` when `need_expect`) is one error record at the header's line, and
/// the rest of the file is not read, since no record of it could be.
/// Errors about a record's fields are in `lang`.
ProfileFile read_profile_file(std::string_view text, bool need_expect,
                              RecordFormat format = RecordFormat::kAuto, Lang lang = Lang::kEn);

}  // namespace advisor
