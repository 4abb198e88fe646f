#pragma once
// `batch`: many profiles in, one result per profile out, in input order. Streams: memory
// stays flat whatever the input size, and a bad record is reported in its place while the
// run goes on.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/json_line.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/record_reader.hpp"
#include "acct_advisor/text_encoding.hpp"

namespace advisor {

enum class BatchInputFormat { kAuto, kJsonl, kCsv };
enum class BatchOutputFormat { kJsonl, kCsv };

struct BatchOptions {
  BatchInputFormat input = BatchInputFormat::kAuto;
  BatchOutputFormat output = BatchOutputFormat::kJsonl;
  /// JSONL only: when set, each record gains `"explain":` followed by what this appends (the
  /// full `recommend` JSON, from the render layer, which the core does not know).
  std::function<void(const Recommendation&, std::string&)> explain;
  /// Whether the recommendations handed to `explain` have their texts filled; kLeave when it
  /// fills them itself (RecommendationJsonWriter does, straight into the record).
  TextFill explain_texts = TextFill::kFill;
  /// Hand each output record to `emit` as soon as it is made (for pipes and terminals, so
  /// `tail -f log | acct-advisor batch` shows results as they come); otherwise in large chunks.
  bool flush_each_record = false;
  /// CSV only: write ids and error messages through append_csv_text_cell (formula prefixes
  /// neutralised, control characters replaced); false writes them exactly as given.
  bool guard_csv = true;
  /// Warnings about the whole input (extra CSV columns); nullptr drops them.
  std::function<void(const std::string&)> warn;
  /// The input's encoding; nullopt: decided from the text (see text_encoding.hpp).
  std::optional<TextEncoding> encoding;
  /// Called once when auto decides the input is GB18030 (the caller says so).
  std::function<void()> on_gb18030;
  /// Added to the first "invalid UTF-8" error record (how to name the input's encoding).
  std::string invalid_utf8_hint;
  /// The language of the error messages in error records (field names stay as they are).
  Lang lang = Lang::kEn;
};

struct BatchStats {
  std::size_t records = 0;  ///< Profiles read (blank lines are not profiles).
  std::size_t bad = 0;      ///< Of which could not be scored.
  bool read_error = false;  ///< Reading the input failed (the records before it are out).
};

/// A record's id, carried to its output as it came (a JSON string or number): a view into the
/// record, valid while it is being processed.
struct RecordId {
  std::string_view text;
  bool number = false;
};

class BatchRunner {
 public:
  BatchRunner(const DataSet& data, const Engine& engine, const BatchOptions& options);

  /// Fills `buffer` with up to `size` bytes of input: the count, 0 at the end, -1 on a read
  /// error. Where input comes from is the caller's business (the CLI reads a descriptor, so
  /// what a pipe has is scored at once); the core only decodes and scores it.
  using ReadChunk = std::function<std::ptrdiff_t(char* buffer, std::size_t size)>;

  /// Reads all the input `read` gives, calling `emit` with output text. Throws UsageError only
  /// for a problem with the whole input (a CSV header without a needed column), and
  /// std::logic_error if the output records ever fail to match the input records one for one.
  BatchStats run(const ReadChunk& read, const std::function<void(std::string_view)>& emit);
  /// The same over text already in memory, fed in pieces of `piece` bytes (0: all at once).
  BatchStats run_text(std::string_view text, const std::function<void(std::string_view)>& emit,
                      std::size_t piece = 0);

  /// One JSONL record -> its output record (appended to out). Returns false if it was bad.
  /// Public so tests and the fuzzer reach it without files.
  bool process_jsonl(std::string_view line, std::size_t line_no, std::string& out);
  /// CSV: the header first, then each record's fields.
  void set_csv_header(const std::vector<std::string_view>& header);
  bool process_csv(const std::vector<std::string_view>& fields, std::size_t line_no, std::string& out);

  std::string output_header() const;

 private:
  bool score(const ProfileFields& input, std::size_t line_no, const RecordId& id, std::string& out);
  void error_record(std::size_t line_no, const RecordId& id, std::string_view message, std::string& out);
  /// An id or a message into a CSV cell, guarded unless options_.guard_csv is off.
  void append_csv_cell(std::string& out, std::string_view text) const;
  bool handle_record(const InputRecord& record, std::string& out);
  template <typename Feed>
  BatchStats run_with(const Feed& feed, const std::function<void(std::string_view)>& emit);

  const DataSet& data_;
  const Engine& engine_;
  BatchOptions options_;
  BatchInputFormat detected_ = BatchInputFormat::kAuto;
  bool header_seen_ = false;
  // CSV column positions; npos when the header has no such column.
  std::size_t col_users_, col_industry_, col_barrier_, col_adding_, col_regulated_, col_entities_,
      col_within_, col_id_;
  std::size_t columns_ = 0;
  // Reused between records, so the fast path does not allocate: the parsed fields, the
  // record's profile, its error message, and the digits of numbers written as 3e4 or 30000.0.
  std::vector<FlatField> fields_;
  Profile profile_;
  Recommendation recommendation_;  ///< --explain's, likewise reused
  std::string error_;
  std::string numbers_[7];
  void note_unknown_field(std::string_view key);
  std::vector<std::string> warned_;   // unknown JSONL fields already warned about
  std::size_t output_records_ = 0;    // records written, checked against records read
  bool hinted_ = false;               // invalid_utf8_hint given once
  bool undecided_non_ascii_ = false;  // auto encoding: the decoder has seen a non-ASCII byte
  /// Feeds a chunk through the decoder to the reader, saying once that it is GB18030.
  void feed_decoded(InputDecoder& decoder, RecordReader& reader, std::string_view chunk, std::string& text);
};

}  // namespace advisor
