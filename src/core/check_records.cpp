#include "acct_advisor/check_records.hpp"
#include "acct_advisor/terminal_text.hpp"
#include "acct_advisor/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include <fmt/format.h>

#include "acct_advisor/edit_distance.hpp"
#include "acct_advisor/json_line.hpp"
#include "acct_advisor/messages.hpp"

namespace advisor {
namespace {

using namespace std::string_view_literals;

// The fields a profile record may have, in ProfileInput's order, then id and expect.
constexpr std::array<std::string_view, 9> kFields = {"users",    "industry", "barrier", "adding", "regulated",
                                                     "entities", "within",   "id",      "expect"};
constexpr std::size_t kId = 7;
constexpr std::size_t kExpect = 8;
constexpr std::size_t kMaxWarnedNames = 20;

std::string* input_field(ProfileInput& input, std::size_t index) {
  std::array<std::string*, 7> slots = {&input.users,     &input.industry, &input.barrier, &input.adding,
                                       &input.regulated, &input.entities, &input.within};
  return index < slots.size() ? slots[index] : nullptr;
}

std::optional<std::size_t> field_index(std::string_view name) {
  for (std::size_t i = 0; i < kFields.size(); ++i)
    if (kFields[i] == name) return i;
  return std::nullopt;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string lower_ascii(std::string_view s) {
  std::string out(trim(s));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// A name as a warning line may show it: cut to 40 bytes at a character boundary, control
// characters and invalid UTF-8 as U+FFFD (a binary file's "header" must not reach the terminal raw).
std::string shown_name(std::string_view key) {
  std::string out;
  for (std::size_t i = 0; i < key.size() && out.size() < 40;) {
    const auto c = static_cast<unsigned char>(key[i]);
    const std::size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    const std::string_view seq = key.substr(i, n);
    if (n == 1 ? (c >= 0x20 && c != 0x7F) : (seq.size() == n && valid_utf8(seq))) {
      out += seq;
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

// An unknown field is named once, with the known one it is close to (as batch does).
std::string describe_unknown(std::string_view raw) {
  const std::string key = shown_name(raw);
  for (auto known : kFields) {
    if (key.size() >= 2 && edit_distance(known, key) <= (key.size() >= 4 ? 2u : 1u))
      return fmt::format("'{}' (did you mean '{}'?)", terminal_value(key, 40), known);
  }
  return fmt::format("'{}'", terminal_value(key, 40));
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
      std::string names;
      for (std::size_t i = 0; i < unknown_.size(); ++i) names += (i ? ", " : "") + unknown_[i];
      file_.warnings.push_back(fmt::format("{} {} {} not one check and diff read; ignored",
                                           unknown_.size() == 1 ? "field" : "fields", names,
                                           unknown_.size() == 1 ? "is" : "are"));
    }
    return std::move(file_);
  }

 private:
  void note_unknown(std::string_view key) {
    const std::string described = describe_unknown(key);
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
    if (!parse_flat_object(record.text, fields_, error)) {
      out.error = error;
      file_.records.push_back(std::move(out));
      return;
    }
    std::array<bool, kFields.size()> seen{};
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
      const bool numeric = *index == 0 || *index == 5 || *index == 6 || *index == kId;
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
      if (*index == kId) {
        out.id = std::string(f.value);
      } else if (*index == kExpect) {
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
      stop(fmt::format("CSV header: {}", record.error));
      return;
    }
    columns_.assign(record.fields->size(), std::nullopt);
    std::array<bool, kFields.size()> seen{};
    for (std::size_t i = 0; i < record.fields->size(); ++i) {
      const std::string name = lower_ascii((*record.fields)[i]);
      const auto index = field_index(name);
      if (!index) {
        note_unknown(name);
        continue;
      }
      if (seen[*index]) {
        stop(msg(lang_, Msg::kCsvColumnTwice, fmt::arg("name", terminal_value(name, kShownValueBytes))));
        return;
      }
      seen[*index] = true;
      columns_[i] = *index;
    }
    std::string missing;
    auto need = [this, &missing](bool present, std::string_view what) {
      if (!present)
        missing += (missing.empty() ? "" : std::string(msg(lang_, Msg::kListSeparator))) + std::string(what);
    };
    need(seen[0], "users");
    need(seen[3], "adding");
    need(seen[1] || seen[2], msg(lang_, Msg::kCsvIndustryOrBarrier));
    if (need_expect_) need(seen[kExpect], msg(lang_, Msg::kCsvExpectColumn));
    if (!missing.empty())
      stop(msg(lang_, Msg::kCsvMissingColumns, fmt::arg("columns", missing),
               fmt::arg("example",
                        need_expect_ ? "id,users,industry,adding,expect" : "id,users,industry,adding")));
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
      if (columns_[i] == kId) out.id = std::string(trim(fields[i]));
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
        if (!columns_[i] || *columns_[i] == kId) continue;
        const std::string value(trim(fields[i]));
        if (*columns_[i] == kExpect)
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
  RecordReader records(format, [&reader, &self](const InputRecord& record) {
    reader.on_record(record, self->format() == RecordFormat::kCsv);
  });
  self = &records;
  records.feed(text);
  records.finish();
  return reader.finish();
}

}  // namespace advisor
