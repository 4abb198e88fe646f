#include "acct_advisor/check_records.hpp"
#include "acct_advisor/terminal_text.hpp"
#include "acct_advisor/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include <fmt/format.h>

#include "acct_advisor/json_line.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/record_fields.hpp"

namespace advisor {
namespace {

using namespace std::string_view_literals;

constexpr std::size_t kMaxWarnedNames = 20;
constexpr auto kIdIndex = static_cast<std::size_t>(RecordField::kId);
constexpr auto kExpectIndex = static_cast<std::size_t>(RecordField::kExpect);

std::string* input_field(ProfileInput& input, std::size_t index) {
  std::array<std::string*, 7> slots = {&input.users,     &input.industry, &input.barrier, &input.adding,
                                       &input.regulated, &input.entities, &input.within};
  return index < slots.size() ? slots[index] : nullptr;
}

// Check and diff read every field, expect included.
std::optional<std::size_t> field_index(std::string_view name) {
  const auto field = find_record_field(name, /*reads_expect=*/true);
  return field ? std::optional(static_cast<std::size_t>(*field)) : std::nullopt;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

class Reader {
 public:
  Reader(bool need_expect, Lang lang) : need_expect_(need_expect), lang_(lang) {}

  void on_record(const InputRecord& record, bool is_csv) {
    if (stopped_) return;
    if (!is_csv) {
      jsonl(record);
    } else if (!header_seen_) {
      header(record);
    } else {
      csv(record);
    }
  }

  ProfileFile finish() {
    if (!unknown_.empty()) {
      const std::string_view separator = msg(lang_, Msg::kListSeparator);
      std::string names;
      for (std::size_t i = 0; i < unknown_.size(); ++i) names.append(i ? separator : "").append(unknown_[i]);
      file_.warnings.push_back(msg(lang_,
                                   unknown_.size() == 1 ? Msg::kCheckUnknownField : Msg::kCheckUnknownFields,
                                   fmt::arg("names", names)));
    }
    return std::move(file_);
  }

 private:
  void note_unknown(std::string_view key) {
    remember_unknown(describe_unknown_field(key, /*reads_expect=*/true, lang_));
  }

  void remember_unknown(const std::string& described) {
    for (const auto& u : unknown_)
      if (u == described) return;
    if (unknown_.size() < kMaxWarnedNames) unknown_.push_back(described);
  }

  void jsonl(const InputRecord& record) {
    ProfileRecord out;
    out.line = record.line;
    if (!record.error.empty()) {
      out.error = std::string(record.error);
      file_.records.push_back(std::move(out));
      return;
    }
    std::string error;
    if (!parse_flat_object(record.text, fields_, error, lang_)) {
      out.error = error;
      file_.records.push_back(std::move(out));
      return;
    }
    std::array<bool, kRecordFieldCount> seen{};
    for (const FlatField& f : fields_) {
      const auto index = field_index(f.key);
      if (!index) {
        note_unknown(f.key);
        continue;
      }
      if (seen[*index] && error.empty())
        error = msg(lang_, Msg::kInputFieldTwice, fmt::arg("field", terminal_value(f.key, kShownValueBytes)));
      seen[*index] = true;
      if (f.kind == FlatField::Kind::kNull) continue;  // null reads as "not given"
      const bool is_regulated = *index == 4;
      const bool numeric = *index == 0 || *index == 5 || *index == 6 || *index == kIdIndex;
      if (error.empty()) {
        if ((f.kind == FlatField::Kind::kBool) != is_regulated) {
          error = msg(lang_, is_regulated ? Msg::kInputMustBeBool : Msg::kInputMustNotBeBool,
                      fmt::arg("field", terminal_value(f.key, kShownValueBytes)), fmt::arg("yes", "true"),
                      fmt::arg("no", "false"));
        } else if (f.kind == FlatField::Kind::kNumber && !numeric) {
          error =
              msg(lang_, Msg::kInputMustBeString, fmt::arg("field", terminal_value(f.key, kShownValueBytes)));
        }
      }
      if (*index == kIdIndex) {
        out.id = std::string(f.value);
      } else if (*index == kExpectIndex) {
        out.expect = std::string(f.value);
      } else if (f.kind == FlatField::Kind::kNumber) {
        std::string count_error;
        if (!json_integer(f.value, f.key, *input_field(out.input, *index), count_error, lang_) &&
            error.empty())
          error = count_error;
      } else {
        *input_field(out.input, *index) = std::string(f.value);
      }
    }
    out.error = error;
    file_.records.push_back(std::move(out));
  }

  void header(const InputRecord& record) {
    header_seen_ = true;
    header_line_ = record.line;
    if (!record.error.empty() || record.fields == nullptr) {
      stop(msg(lang_, Msg::kCsvHeaderError, fmt::arg("error", record.error)));
      return;
    }
    CsvHeader read;
    std::string error;
    const bool ok = read_csv_header(
        *record.fields, need_expect_ ? ExpectField::kRequired : ExpectField::kOptional, lang_, read, error);
    for (const auto& described : read.unknown) remember_unknown(described);
    if (!ok) {
      stop(std::move(error));
      return;
    }
    columns_.assign(read.columns.size(), std::nullopt);
    for (std::size_t i = 0; i < read.columns.size(); ++i)
      if (read.columns[i]) columns_[i] = static_cast<std::size_t>(*read.columns[i]);
  }

  void stop(std::string error) {
    ProfileRecord out;
    out.line = header_line_;
    out.error = std::move(error);
    file_.records.push_back(std::move(out));
    stopped_ = true;
  }

  void csv(const InputRecord& record) {
    ProfileRecord out;
    out.line = record.line;
    static const std::vector<std::string_view> kNone;
    const auto& fields = record.fields != nullptr ? *record.fields : kNone;
    for (std::size_t i = 0; i < fields.size() && i < columns_.size(); ++i)
      if (columns_[i] == kIdIndex) out.id = std::string(trim(fields[i]));
    if (!valid_utf8(out.id)) out.id.clear();
    if (!record.error.empty()) {
      out.error = std::string(record.error);
    } else if (fields.size() != columns_.size()) {
      out.error = msg(lang_, Msg::kInputFieldCount, fmt::arg("expected", columns_.size()),
                      fmt::arg("got", fields.size()));
    } else {
      for (std::size_t i = 0; i < fields.size(); ++i) {
        if (!valid_utf8(fields[i])) {
          out.error = msg(lang_, Msg::kInputFieldUtf8);
          break;
        }
        if (!columns_[i] || *columns_[i] == kIdIndex) continue;
        const std::string value(trim(fields[i]));
        if (*columns_[i] == kExpectIndex)
          out.expect = value;
        else
          *input_field(out.input, *columns_[i]) = value;
      }
    }
    file_.records.push_back(std::move(out));
  }

  bool need_expect_;
  Lang lang_;
  ProfileFile file_;
  std::vector<FlatField> fields_;
  bool header_seen_ = false;
  bool stopped_ = false;
  std::size_t header_line_ = 0;
  std::vector<std::optional<std::size_t>> columns_;  // each CSV column's field, if known
  std::vector<std::string> unknown_;
};

}  // namespace

ProfileFile read_profile_file(std::string_view text, bool need_expect, RecordFormat format, Lang lang) {
  Reader reader(need_expect, lang);
  RecordReader* self = nullptr;
  RecordReader records(format, lang, [&reader, &self](const InputRecord& record) {
    reader.on_record(record, self->format() == RecordFormat::kCsv);
  });
  self = &records;
  records.feed(text);
  records.finish();
  return reader.finish();
}

}  // namespace advisor
