#pragma once
// CSV as RFC 4180 has it: fields quoted when they hold a comma, quote, CR or LF; quotes
// doubled; records end in CRLF.

#include <string>
#include <string_view>
#include <vector>

namespace advisor {

std::string csv_field(std::string_view field);
/// csv_field(field) appended to out, without a string of its own.
void append_csv_field(std::string& out, std::string_view field);
std::string csv_record(const std::vector<std::string>& fields);

/// A cell of text that came from outside (a batch record's id, an error quoting it), made safe
/// for a spreadsheet as OWASP advises against CSV injection: a cell starting with = + - @, tab
/// or CR is quoted and prefixed with ', so Excel and LibreOffice show it as text instead of
/// running it as a formula; other control characters (NUL, ESC, ...) become U+FFFD.
void append_csv_text_cell(std::string& out, std::string_view field);

/// Splits CSV text into records. Handles quoted fields with commas, doubled quotes and line
/// breaks, and CRLF or LF line ends. Throws UsageError on an unterminated quote.
class CsvReader {
 public:
  /// Returns false at end of input. `line` is the 1-based line the record started on.
  bool next(std::string_view& input, std::vector<std::string>& fields, std::size_t& line);

 private:
  std::size_t line_ = 1;
};

}  // namespace advisor
