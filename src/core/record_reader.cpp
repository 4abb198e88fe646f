#include "acct_advisor/record_reader.hpp"

#include <cstring>

#include <fmt/format.h>

#include "acct_advisor/messages.hpp"

namespace advisor {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t') return false;
  return true;
}

}  // namespace

RecordReader::RecordReader(RecordFormat format, Lang lang, Sink sink, std::size_t max_bytes)
    : format_(format), sink_(std::move(sink)), max_bytes_(max_bytes), lang_(lang) {}

void RecordReader::feed(std::string_view chunk) {
  if (!started_) {
    pre_.append(chunk);
    start(false);
    return;
  }
  if (format_ == RecordFormat::kCsv)
    feed_csv(chunk);
  else
    feed_lines(chunk);
}

// Waits for enough bytes to tell a BOM from none and, for kAuto, JSON Lines from CSV.
void RecordReader::start(bool at_end) {
  const std::string_view pre = pre_;
  if (!at_end && pre.size() < kBom.size() && kBom.substr(0, pre.size()) == pre) return;
  const std::size_t skip = pre.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  if (format_ == RecordFormat::kAuto) {
    const std::size_t first = pre.find_first_not_of(" \t\r\n", skip);
    if (first == std::string_view::npos && !at_end) return;
    format_ =
        first != std::string_view::npos && pre[first] == '{' ? RecordFormat::kJsonl : RecordFormat::kCsv;
  }
  started_ = true;
  std::string rest = std::move(pre_);
  pre_ = std::string();
  feed(std::string_view(rest).substr(skip));
}

void RecordReader::emit_line(std::string_view text, std::size_t line, bool too_long) {
  InputRecord record;
  record.line = line;
  if (too_long) {
    error_ = msg(lang_, Msg::kRecordTooLong, fmt::arg("bytes", max_bytes_));
    record.error = error_;
  } else {
    if (!text.empty() && blank(text)) return;
    if (text.empty()) return;
    record.text = text;
  }
  ++records_;
  sink_(record);
}

// JSON Lines: memchr for both line ends, each remembered until passed, so a file of CR-only
// line ends (no LF at all) is as linear as one of LF.
void RecordReader::feed_lines(std::string_view data) {
  const char* p = data.data();
  const char* const end = p + data.size();
  if (p == end) return;
  if (after_cr_) {
    after_cr_ = false;
    if (*p == '\n') ++p;
  }
  const char* next_lf = nullptr;  // nullptr: not looked for yet
  const char* next_cr = nullptr;
  while (p < end) {
    if (next_lf == nullptr || (next_lf != end && next_lf < p)) {
      next_lf = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
      if (next_lf == nullptr) next_lf = end;
    }
    if (next_cr == nullptr || (next_cr != end && next_cr < p)) {
      next_cr = static_cast<const char*>(std::memchr(p, '\r', static_cast<std::size_t>(end - p)));
      if (next_cr == nullptr) next_cr = end;
    }
    const char* stop = next_lf < next_cr ? next_lf : next_cr;
    const auto len = static_cast<std::size_t>(stop - p);
    if (stop == end) {  // no line end in the rest: keep it for the next feed
      if (!skipping_) {
        carry_.append(p, len);
        if (carry_.size() > max_bytes_) {
          skipping_ = true;
          carry_.clear();
          carry_.shrink_to_fit();
        }
      }
      last_was_end_ = false;
      return;
    }
    if (skipping_) {
      skipping_ = false;
      emit_line({}, line_, true);
    } else if (!carry_.empty()) {
      carry_.append(p, len);
      emit_line(carry_, line_, carry_.size() > max_bytes_);
      carry_.clear();
    } else {
      emit_line(std::string_view(p, len), line_, len > max_bytes_);
    }
    ++line_;
    last_was_end_ = true;
    p = stop + 1;
    if (*stop == '\r') {
      if (p == end)
        after_cr_ = true;
      else if (*p == '\n')
        ++p;
    }
  }
}

void RecordReader::reset_csv_record() {
  state_ = CsvState::kFieldStart;
  in_record_ = false;
  any_quoted_ = false;
  quoted_cr_ = false;
  record_bytes_ = 0;
  too_long_ = false;
  record_.clear();
  ends_.clear();
  error_.clear();
}

void RecordReader::add(std::string_view bytes) {
  record_bytes_ += bytes.size();
  if (too_long_) return;
  if (record_bytes_ > max_bytes_) {  // drop what is held; read on to the record's end
    too_long_ = true;
    record_.clear();
    record_.shrink_to_fit();
    ends_.clear();
    return;
  }
  record_.append(bytes);
}

void RecordReader::end_field() {
  if (!too_long_) ends_.push_back(record_.size());
  state_ = CsvState::kFieldStart;
}

void RecordReader::end_csv_record() {
  end_field();
  InputRecord record;
  record.line = record_line_;
  if (too_long_) {
    error_ = msg(lang_, Msg::kRecordTooLong, fmt::arg("bytes", max_bytes_));
    record.error = error_;
  } else {
    if (ends_.size() == 1 && !any_quoted_ && blank(record_)) {  // a blank line
      reset_csv_record();
      return;
    }
    views_.clear();
    std::size_t from = 0;
    for (std::size_t to : ends_) {
      views_.emplace_back(record_.data() + from, to - from);
      from = to;
    }
    record.fields = &views_;
    record.error = error_;
  }
  ++records_;
  sink_(record);
  reset_csv_record();
}

// One state machine over bytes; runs of plain bytes are copied at once.
void RecordReader::feed_csv(std::string_view data) {
  std::size_t i = 0;
  const std::size_t n = data.size();
  while (i < n) {
    const char c = data[i];
    if (after_cr_) {
      after_cr_ = false;
      if (c == '\n') {
        ++i;
        continue;
      }
    }
    if (!in_record_) {
      in_record_ = true;
      record_line_ = line_;
    }
    last_was_end_ = false;
    switch (state_) {
      case CsvState::kQuoted:
        if (c == '"') {
          state_ = CsvState::kQuoteInQuoted;
        } else {
          if (c == '\r' || (c == '\n' && !quoted_cr_)) ++line_;
          quoted_cr_ = c == '\r';
          last_was_end_ = c == '\r' || c == '\n';
          add(std::string_view(&c, 1));
        }
        ++i;
        continue;
      case CsvState::kQuoteInQuoted:
        if (c == '"') {  // a doubled quote is one quote
          add("\"");
          state_ = CsvState::kQuoted;
          quoted_cr_ = false;
          ++i;
          continue;
        }
        state_ = CsvState::kAfterQuote;
        [[fallthrough]];
      case CsvState::kAfterQuote:
        if (c != ',' && c != '\r' && c != '\n') {
          if (error_.empty())
            error_ = msg(lang_, Msg::kCsvTextAfterQuote, fmt::arg("line", line_),
                         fmt::arg("field", ends_.size() + 1));
          add(std::string_view(&c, 1));
          ++i;
          continue;
        }
        break;
      case CsvState::kFieldStart:
        if (c == '"') {
          state_ = CsvState::kQuoted;
          any_quoted_ = true;
          quoted_cr_ = false;
          quote_line_ = line_;
          ++i;
          continue;
        }
        [[fallthrough]];
      case CsvState::kUnquoted: {
        if (c != ',' && c != '\r' && c != '\n') {
          std::size_t run = i + 1;
          while (run < n && data[run] != ',' && data[run] != '\r' && data[run] != '\n') ++run;
          add(data.substr(i, run - i));
          state_ = CsvState::kUnquoted;
          i = run;
          continue;
        }
        break;
      }
    }
    // c is a comma or a line end outside quotes.
    ++i;
    if (c == ',') {
      end_field();
      continue;
    }
    after_cr_ = c == '\r';
    end_csv_record();
    ++line_;
    last_was_end_ = true;
  }
}

void RecordReader::finish() {
  if (!started_) start(true);
  if (format_ == RecordFormat::kCsv) {
    if (!in_record_) return;
    if (state_ == CsvState::kQuoted) {
      // Everything after the opening quote was read as part of this one field, so say so: the
      // lines that follow it were not skipped silently, they are inside this record.
      const std::size_t last = last_was_end_ ? line_ - 1 : line_;
      InputRecord record;
      record.line = record_line_;
      const Msg what = last <= quote_line_       ? Msg::kCsvQuoteNeverClosed
                       : last == quote_line_ + 1 ? Msg::kCsvQuoteSwallowedLine
                                                 : Msg::kCsvQuoteSwallowedLines;
      error_ = msg(lang_, what, fmt::arg("line", quote_line_), fmt::arg("first", quote_line_ + 1),
                   fmt::arg("last", last));
      record.error = error_;
      ++records_;
      sink_(record);
      reset_csv_record();
      return;
    }
    end_csv_record();
    return;
  }
  if (skipping_) {
    skipping_ = false;
    emit_line({}, line_, true);
  } else if (!carry_.empty()) {
    emit_line(carry_, line_, carry_.size() > max_bytes_);
    carry_.clear();
  }
}

}  // namespace advisor
