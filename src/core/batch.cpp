#include "acct_advisor/batch.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <span>
#include <stdexcept>

#include <fmt/format.h>

#include "acct_advisor/csv.hpp"
#include "acct_advisor/decimal.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/jsonl_profile.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/record_fields.hpp"
#include "acct_advisor/terminal_text.hpp"
#include "acct_advisor/utf8.hpp"

namespace advisor {

// Literals as string_views on the per-record path: `out += "..."` with a char* runs strlen each
// time, and that was about 9% of a batch run under callgrind.
using namespace std::string_view_literals;

namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);
constexpr std::size_t kChunk = 1u << 20;      // input read size
constexpr std::size_t kMaxWarnedFields = 20;  // distinct unknown JSONL fields warned about
constexpr std::size_t kFlushAt = 64u << 10;   // output handed to emit in pieces this big

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_plain_integer(std::string_view s) {
  if (!s.empty() && s.front() == '-') s.remove_prefix(1);
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Writes a record's fixed text and numbers into a buffer on the stack, then into the output in
// one append: an append per piece checks the capacity each time, and that was a sixth of the
// cost of a record. What is written must fit in kRecordRoom.
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  ~Writer() { out_.append(buffer_.data(), static_cast<std::size_t>(p_ - buffer_.data())); }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  Writer& text(std::string_view s) {
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
    return *this;
  }
  Writer& text(char c) {
    *p_++ = c;
    return *this;
  }
  template <typename Int>
  Writer& number(Int value) {
    p_ = write_decimal(p_, value);
    return *this;
  }

 private:
  std::string& out_;
  std::array<char, 256> buffer_;  // the longest fixed text with its numbers (kDecimalChars each)
  char* p_ = buffer_.data();
};

// Whether every field is ASCII, so valid UTF-8: one scan of the record when its fields lie end
// to end in one buffer (the reader's, with the commas taken out), as they do in a run; a call
// per field was most of the cost of checking. Fields elsewhere are checked one by one.
bool all_ascii(const std::vector<std::string_view>& fields) {
  if (fields.empty()) return true;
  const char* const first = fields.front().data();
  const char* at = first;
  for (const std::string_view f : fields) {
    if (f.data() != at) return false;
    at += f.size();
  }
  const std::string_view record(first, static_cast<std::size_t>(at - first));
  return ascii_prefix(record) == record.size();
}

void append_id_json(std::string& out, const RecordId& id) {
  if (id.text.empty()) return;
  out += "\"id\":"sv;
  if (id.number)
    out += id.text;
  else
    append_json_string(out, id.text);
  out += ',';
}

}  // namespace

BatchRunner::BatchRunner(const DataSet& data, const Engine& engine, const BatchOptions& options)
    : data_(data),
      engine_(engine),
      options_(options),
      detected_(options.input),
      col_users_(npos),
      col_industry_(npos),
      col_barrier_(npos),
      col_adding_(npos),
      col_regulated_(npos),
      col_entities_(npos),
      col_within_(npos),
      col_id_(npos) {}

std::string BatchRunner::output_header() const {
  if (options_.output != BatchOutputFormat::kCsv) return "";
  return csv_record({"line", "id", "recommendation", "wecom_score", "personal_score", "margin", "error"});
}

void BatchRunner::append_csv_cell(std::string& out, std::string_view text) const {
  if (options_.guard_csv)
    append_csv_text_cell(out, text);
  else
    append_csv_field(out, text);
}

void BatchRunner::error_record(std::size_t line_no, const RecordId& id, std::string_view message,
                               std::string& out) {
  ++output_records_;
  std::string hinted;
  if (!hinted_ && !options_.invalid_utf8_hint.empty() &&
      message.starts_with(msg(options_.lang, Msg::kInputFieldUtf8))) {
    hinted_ = true;
    hinted = msg(options_.lang, Msg::kWithHint, fmt::arg("message", message),
                 fmt::arg("hint", options_.invalid_utf8_hint));
    message = hinted;
  }
  if (options_.output == BatchOutputFormat::kCsv) {
    Writer(out).number(line_no).text(',');
    append_csv_cell(out, id.text);
    out += ",,,,,"sv;
    append_csv_cell(out, message);
    out += "\r\n"sv;
    return;
  }
  Writer(out).text("{\"line\":"sv).number(line_no).text(',');
  append_id_json(out, id);
  out += "\"error\":"sv;
  append_json_string(out, message);
  out += "}\n"sv;
}

bool BatchRunner::score(const ProfileFields& input, std::size_t line_no, const RecordId& id,
                        std::string& out) {
  // One Profile reused for every record, checked without exceptions: a bad record costs about
  // what a good one does.
  Profile& profile = profile_;
  if (!resolve_profile_into(input, data_.industries, "", profile, error_, options_.lang)) {
    error_record(line_no, id, error_, out);
    return false;
  }
  ++output_records_;
  Scores scores;
  if (options_.output == BatchOutputFormat::kCsv) {
    const Account account = engine_.decide(profile, scores);
    Writer(out).number(line_no).text(',');
    append_csv_cell(out, id.text);
    Writer(out)
        .text(',')
        .text(account_id(account))
        .text(',')
        .number(scores.wecom)
        .text(',')
        .number(scores.personal)
        .text(',')
        .number(scores.of(account) - scores.of(other(account)))
        .text(",\r\n"sv);
    return true;
  }
  // The hot path: no format strings (fmt's parsing was a tenth of the run time), and for the
  // usual record (a short numeric id or none) the whole of it in one Writer, so one append.
  auto result = [&](Writer& w, Account account) {
    w.text("\"recommendation\":\""sv)
        .text(account_id(account))
        .text("\",\"scores\":{\"wecom\":"sv)
        .number(scores.wecom)
        .text(",\"personal\":"sv)
        .number(scores.personal)
        .text("},\"margin\":"sv)
        .number(scores.of(account) - scores.of(other(account)))
        .text("}\n"sv);
  };
  constexpr std::size_t kShortId = 24;  // what fits the Writer's room beside the rest
  if (!options_.explain && (id.text.empty() || (id.number && id.text.size() <= kShortId))) {
    const Account account = engine_.decide(profile, scores);
    Writer w(out);
    w.text("{\"line\":"sv).number(line_no).text(',');
    if (!id.text.empty()) w.text("\"id\":"sv).text(id.text).text(',');
    result(w, account);
    return true;
  }
  Writer(out).text("{\"line\":"sv).number(line_no).text(',');
  append_id_json(out, id);  // as it came, string or number, so it round-trips
  if (options_.explain) {
    // One Recommendation reused for every record: its vectors and texts keep their memory.
    Recommendation& r = recommendation_;
    engine_.recommend_into(profile, r, options_.explain_texts);
    Writer(out)
        .text("\"recommendation\":\""sv)
        .text(account_id(r.account))
        .text("\",\"scores\":{\"wecom\":"sv)
        .number(r.scores.wecom)
        .text(",\"personal\":"sv)
        .number(r.scores.personal)
        .text("},\"margin\":"sv)
        .number(r.margin())
        .text(",\"explain\":"sv);
    options_.explain(r, out);
    out += "}\n"sv;
    return true;
  }
  const Account account = engine_.decide(profile, scores);
  Writer w(out);
  result(w, account);
  return true;
}

bool BatchRunner::process_jsonl(std::string_view line, std::size_t line_no, std::string& out) {
  std::string& error = error_;
  error.clear();
  // The usual record, read straight into its fields; anything else (and every error) below.
  if (PlainRecord plain; read_plain_record(line, plain))
    return score(plain.fields, line_no, {plain.id, plain.id_number}, out);
  if (!parse_flat_object(line, fields_, error, options_.lang)) {
    error_record(line_no, {}, error, out);
    return false;
  }
  // Views into the line (or into the parser's unescaped copies): nothing is copied per record.
  ProfileFields input;
  std::string_view* const slots[] = {&input.users,     &input.industry, &input.barrier, &input.adding,
                                     &input.regulated, &input.entities, &input.within};
  unsigned seen = 0;  // the fields given, one bit each in ProfileFields' order
  RecordId id;
  bool id_seen = false;
  for (const FlatField& f : fields_) {
    const std::string_view key = f.key;
    const std::optional<RecordField> known = find_record_field(key, false);
    if (known == RecordField::kId) {
      if (id_seen) {  // the first is the one echoed
        if (error.empty()) error = msg(options_.lang, Msg::kInputFieldTwice, fmt::arg("field", key));
        continue;
      }
      id_seen = true;
      if (f.kind == FlatField::Kind::kNull) continue;
      if (f.kind == FlatField::Kind::kBool) {
        if (error.empty()) error = msg(options_.lang, Msg::kInputIdType, fmt::arg("field", key));
        continue;
      }
      if (f.kind == FlatField::Kind::kNumber &&
          (f.value.size() >= kLongJsonNumber || f.value.find_first_of("eE") != std::string::npos)) {
        // Echoed as written, so it must be a number any JSON reader takes: one a double holds.
        double d = 0;
        const auto r = std::from_chars(f.value.data(), f.value.data() + f.value.size(), d);
        if (r.ec != std::errc() || r.ptr != f.value.data() + f.value.size()) {
          if (error.empty())
            error = msg(options_.lang, Msg::kInputIdRange, fmt::arg("field", key),
                        fmt::arg("value", std::string_view(f.value).substr(0, 40)));
          continue;
        }
      }
      id.text = f.value;
      id.number = f.kind == FlatField::Kind::kNumber;
      continue;
    }
    if (!known) {
      note_unknown_field(key);
      continue;
    }
    const auto bit = static_cast<unsigned>(*known);
    std::string_view& target = *slots[bit];
    // A repeated field is an error even when one of them is null.
    if ((seen & (1u << bit)) != 0 && error.empty())
      error =
          msg(options_.lang, Msg::kInputFieldTwice, fmt::arg("field", terminal_value(key, kShownValueBytes)));
    seen |= 1u << bit;
    if (f.kind == FlatField::Kind::kNull) {  // null reads as "not given"
      target = {};
      continue;
    }
    if (error.empty()) {
      // By the field's bit, not its name: no comparison of names per field.
      constexpr unsigned kRegulated = 1u << 4;
      constexpr unsigned kCounts = 1u << 0 | 1u << 5 | 1u << 6;  // users, entities, within
      const unsigned field = 1u << bit;
      if ((f.kind == FlatField::Kind::kBool) != (field == kRegulated))
        error = msg(options_.lang, field == kRegulated ? Msg::kInputMustBeBool : Msg::kInputMustNotBeBool,
                    fmt::arg("field", terminal_value(key, kShownValueBytes)), fmt::arg("yes", "true"),
                    fmt::arg("no", "false"));
      else if (f.kind == FlatField::Kind::kNumber && (field & kCounts) == 0)
        error = msg(options_.lang, Msg::kInputMustBeString,
                    fmt::arg("field", terminal_value(key, kShownValueBytes)));
      else if (f.kind == FlatField::Kind::kNumber && !is_plain_integer(f.value)) {
        // 3e4 or 30000.0: its digits, kept here while the record is checked.
        std::string& digits = numbers_[bit];
        if (json_integer(f.value, key, digits, error, options_.lang)) target = digits;
        continue;
      }
    }
    target = f.value;
  }
  if (!error.empty()) {
    error_record(line_no, id, error, out);
    return false;
  }
  return score(input, line_no, id, out);
}

void BatchRunner::note_unknown_field(std::string_view key) {
  if (warned_.size() >= kMaxWarnedFields) return;
  for (const auto& w : warned_)
    if (w == key) return;
  warned_.emplace_back(key);
  // An extra field (a spreadsheet's "notes") is ignored, so real exports work as they are.
  if (options_.warn)
    options_.warn(
        msg(options_.lang,
            warned_.size() == kMaxWarnedFields ? Msg::kBatchUnknownFieldLast : Msg::kBatchUnknownField,
            fmt::arg("name", describe_unknown_field(key, /*reads_expect=*/false, options_.lang))));
}

void BatchRunner::set_csv_header(const std::vector<std::string_view>& header) {
  CsvHeader read;
  std::string error;
  if (!read_csv_header(header, ExpectField::kNotRead, options_.lang, read, error)) throw UsageError(error);
  columns_ = header.size();
  auto column = [&read](RecordField field) { return read.column_of(field).value_or(npos); };
  col_users_ = column(RecordField::kUsers);
  col_industry_ = column(RecordField::kIndustry);
  col_barrier_ = column(RecordField::kBarrier);
  col_adding_ = column(RecordField::kAdding);
  col_regulated_ = column(RecordField::kRegulated);
  col_entities_ = column(RecordField::kEntities);
  col_within_ = column(RecordField::kWithin);
  col_id_ = column(RecordField::kId);
  // Extra columns (a spreadsheet's "notes") are ignored, so real exports work as they are.
  const auto& extra = read.unknown;
  if (!extra.empty() && options_.warn) {
    const std::string_view separator = msg(options_.lang, Msg::kListSeparator);
    std::string names;
    for (std::size_t i = 0; i < extra.size() && i < kMaxWarnedFields; ++i)
      names.append(i ? separator : "").append(extra[i]);
    if (extra.size() > kMaxWarnedFields)
      names += msg(options_.lang, Msg::kMoreNames, fmt::arg("count", extra.size() - kMaxWarnedFields));
    options_.warn(msg(options_.lang, extra.size() == 1 ? Msg::kBatchUnknownColumn : Msg::kBatchUnknownColumns,
                      fmt::arg("names", names)));
  }
}

bool BatchRunner::process_csv(const std::vector<std::string_view>& fields, std::size_t line_no,
                              std::string& out) {
  RecordId id;
  if (col_id_ != npos && col_id_ < fields.size()) id.text = trim(fields[col_id_]);
  if (fields.size() != columns_) {
    error_record(line_no, {valid_utf8(id.text) ? id.text : "", false},
                 msg(options_.lang, Msg::kInputFieldCount, fmt::arg("expected", columns_),
                     fmt::arg("got", fields.size())),
                 out);
    return false;
  }
  for (const auto& f : all_ascii(fields) ? std::span<const std::string_view>() : fields) {
    if (!valid_utf8(f)) {
      error_record(line_no, {valid_utf8(id.text) ? id.text : "", false},
                   msg(options_.lang, Msg::kInputFieldUtf8), out);
      return false;
    }
  }
  // Views of the record's fields, trimmed: nothing is copied.
  auto column = [&](std::size_t col) { return col == npos ? std::string_view() : trim(fields[col]); };
  const ProfileFields input{column(col_users_),  column(col_industry_),  column(col_barrier_),
                            column(col_adding_), column(col_regulated_), column(col_entities_),
                            column(col_within_)};
  return score(input, line_no, id, out);
}

bool BatchRunner::handle_record(const InputRecord& record, std::string& out) {
  const bool csv = record.fields != nullptr || detected_ == BatchInputFormat::kCsv;
  if (!csv) {
    if (!record.error.empty()) {
      error_record(record.line, {}, record.error, out);
      return false;
    }
    return process_jsonl(record.text, record.line, out);
  }
  if (!header_seen_) {
    // A header that cannot be read stops the run, as a header missing a column does.
    if (!record.error.empty())
      throw UsageError(msg(options_.lang, Msg::kCsvHeaderAtLine, fmt::arg("line", record.line),
                           fmt::arg("error", record.error)));
    set_csv_header(*record.fields);
    header_seen_ = true;
    return true;
  }
  if (!record.error.empty()) {
    RecordId id;
    if (record.fields != nullptr && col_id_ != npos && col_id_ < record.fields->size()) {
      id.text = trim((*record.fields)[col_id_]);
      if (!valid_utf8(id.text)) id.text = {};
    }
    error_record(record.line, id, record.error, out);
    return false;
  }
  return process_csv(*record.fields, record.line, out);
}

template <typename Feed>
BatchStats BatchRunner::run_with(const Feed& feed, const std::function<void(std::string_view)>& emit) {
  BatchStats stats;
  std::string out = output_header();
  std::size_t headers = 0;
  output_records_ = 0;
  undecided_non_ascii_ = false;  // each run has a decoder of its own
  const RecordFormat format = detected_ == BatchInputFormat::kJsonl ? RecordFormat::kJsonl
                              : detected_ == BatchInputFormat::kCsv ? RecordFormat::kCsv
                                                                    : RecordFormat::kAuto;
  RecordReader reader(format, options_.lang, [&](const InputRecord& record) {
    if (detected_ == BatchInputFormat::kAuto)
      detected_ = record.fields != nullptr ? BatchInputFormat::kCsv : BatchInputFormat::kJsonl;
    const bool is_header = detected_ == BatchInputFormat::kCsv && !header_seen_;
    const bool ok = handle_record(record, out);
    if (is_header) {
      ++headers;
    } else {
      ++stats.records;
      if (!ok) ++stats.bad;
    }
    if (options_.flush_each_record ? !out.empty() : out.size() >= kFlushAt) {
      emit(out);
      out.clear();
    }
  });
  stats.read_error = !feed(reader);
  reader.finish();
  // Every record read gave exactly one output record: checked, not assumed.
  if (reader.records() != stats.records + headers || output_records_ != stats.records) {
    throw std::logic_error(
        fmt::format("batch read {} records but wrote {}", reader.records() - headers, output_records_));
  }
  if (!out.empty()) emit(out);
  return stats;
}

void BatchRunner::feed_decoded(InputDecoder& decoder, RecordReader& reader, std::string_view chunk,
                               std::string& text) {
  if (decoder.encoding() == TextEncoding::kUtf8) {  // the common case: no copy
    reader.feed(chunk);
    return;
  }
  if (!decoder.encoding() && !undecided_non_ascii_) {
    // Auto, and only ASCII so far, which reads the same in every encoding it may turn out to be:
    // the ASCII part goes to the reader as it is (the decoder would copy it, and scan it a byte
    // at a time), and the decoder sees the input from its first other byte on.
    const std::size_t ascii = ascii_prefix(chunk);
    if (ascii > 0) reader.feed(chunk.substr(0, ascii));
    if (ascii == chunk.size()) return;
    chunk.remove_prefix(ascii);
    undecided_non_ascii_ = true;
  }
  text.clear();
  decoder.decode(chunk, text);
  if (decoder.detected_gb18030() && options_.on_gb18030) {
    options_.on_gb18030();
    options_.on_gb18030 = nullptr;  // once
  }
  if (!text.empty()) reader.feed(text);
}

BatchStats BatchRunner::run(const ReadChunk& read, const std::function<void(std::string_view)>& emit) {
  return run_with(
      [&](RecordReader& reader) {
        std::vector<char> buffer(kChunk);
        InputDecoder decoder(options_.encoding);
        std::string text;
        std::ptrdiff_t n;
        while ((n = read(buffer.data(), buffer.size())) > 0)
          feed_decoded(decoder, reader, std::string_view(buffer.data(), static_cast<std::size_t>(n)), text);
        text.clear();
        decoder.finish(text);
        if (!text.empty()) reader.feed(text);
        return n == 0;
      },
      emit);
}

BatchStats BatchRunner::run_text(std::string_view text, const std::function<void(std::string_view)>& emit,
                                 std::size_t piece) {
  if (piece == 0) piece = text.size() + 1;
  return run(
      [&text, piece](char* buffer, std::size_t size) {
        const std::size_t n = std::min({piece, size, text.size()});
        std::memcpy(buffer, text.data(), n);
        text.remove_prefix(n);
        return static_cast<std::ptrdiff_t>(n);
      },
      emit);
}

}  // namespace advisor
