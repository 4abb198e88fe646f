#pragma once
// Batch input split into records, fed by strings: no files, so it is unit-testable and
// fuzzable, and the scoring loop never sees a line end, a quote or a BOM.
//
// - Line ends: LF, CRLF and CR alone, mixed freely (a CRLF split across two feeds is one end).
// - A UTF-8 BOM at the very start is dropped.
// - JSON Lines: one record per line; blank lines (spaces and tabs only) are not records.
// - CSV (RFC 4180): a field that starts with '"' is quoted and may hold commas, doubled quotes
//   and line ends. A quote anywhere else in an unquoted field is data, never the start of a
//   multi-line field, so a stray quote can spoil only its own line. Text between a closing quote
//   and the next comma or line end makes that one record an error record. A quoted field still
//   open at the end of input is one error record naming the line its quote opened on.
// - A record longer than the byte limit is an error record; its bytes are not held.
// Linear time in the input, memory bounded by the limit, whatever the bytes.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "acct_advisor/lang.hpp"

namespace advisor {

/// A record longer than this is reported as bad and skipped without being held in memory.
inline constexpr std::size_t kMaxRecordBytes = 1u << 20;

enum class RecordFormat { kAuto, kJsonl, kCsv };

struct InputRecord {
  std::size_t line = 0;                                   ///< 1-based line the record starts on.
  std::string_view text;                                  ///< JSONL: the line, without its line end.
  const std::vector<std::string_view>* fields = nullptr;  ///< CSV: the fields, unquoted.
  std::string_view error;                                 ///< Non-empty: the record cannot be read.
};

class RecordReader {
 public:
  using Sink = std::function<void(const InputRecord&)>;

  /// kAuto decides on the first byte that is not a BOM, space, tab or line end: '{' means JSON
  /// Lines, anything else CSV. Error records are worded in `lang` (English when not given).
  RecordReader(RecordFormat format, Lang lang, Sink sink, std::size_t max_bytes = kMaxRecordBytes);
  RecordReader(RecordFormat format, Sink sink, std::size_t max_bytes = kMaxRecordBytes)
      : RecordReader(format, Lang::kEn, std::move(sink), max_bytes) {}

  void feed(std::string_view chunk);
  /// End of input: emits the last record (unterminated line, unclosed quote).
  void finish();

  RecordFormat format() const { return format_; }
  /// Records handed to the sink so far (blank lines are not records).
  std::size_t records() const { return records_; }

 private:
  void start(bool at_end);
  void feed_lines(std::string_view data);
  void feed_csv(std::string_view data);
  void emit_line(std::string_view text, std::size_t line, bool too_long);
  void add(std::string_view bytes);
  void end_field();
  void end_csv_record();
  void reset_csv_record();

  RecordFormat format_;
  Sink sink_;
  std::size_t max_bytes_;
  Lang lang_;
  bool started_ = false;
  std::string pre_;           // input before the format and the BOM are decided
  std::size_t line_ = 1;      // the line being read
  bool after_cr_ = false;     // the last byte was a CR line end: a LF next is part of it
  bool last_was_end_ = true;  // the last byte ended a line (or nothing was read)
  std::size_t records_ = 0;

  // JSON Lines.
  std::string carry_;      // a line split across feeds
  bool skipping_ = false;  // inside a line longer than the limit

  // CSV.
  enum class CsvState { kFieldStart, kUnquoted, kQuoted, kQuoteInQuoted, kAfterQuote };
  CsvState state_ = CsvState::kFieldStart;
  bool in_record_ = false;
  bool any_quoted_ = false;  // some field of the record was quoted (so it is not blank)
  bool quoted_cr_ = false;   // inside a quoted field, the last byte was CR
  std::size_t record_line_ = 0;
  std::size_t quote_line_ = 0;
  std::size_t record_bytes_ = 0;
  bool too_long_ = false;
  std::string record_;             // the fields' bytes, one after another
  std::vector<std::size_t> ends_;  // where each finished field ends in record_
  std::vector<std::string_view> views_;
  std::string error_;
};

}  // namespace advisor
