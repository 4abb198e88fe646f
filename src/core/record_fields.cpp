#include "acct_advisor/record_fields.hpp"

#include <fmt/format.h>

#include "acct_advisor/edit_distance.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/terminal_text.hpp"

namespace advisor {
namespace {

constexpr std::array<std::string_view, kRecordFieldCount> kNames = {
    "users", "industry", "barrier", "adding", "regulated", "entities", "within", "id", "expect"};
constexpr std::size_t kShownNameBytes = 40;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Spreadsheets write "Users" or " users ": a header's names are matched without case or blanks.
std::string lower_ascii(std::string_view s) {
  std::string out(trim(s));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::string_view record_field_name(RecordField field) {
  return kNames[static_cast<std::size_t>(field)];
}

std::optional<RecordField> find_record_field(std::string_view name, bool reads_expect) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] != name) continue;
    const auto field = static_cast<RecordField>(i);
    if (field == RecordField::kExpect && !reads_expect) return std::nullopt;
    return field;
  }
  return std::nullopt;
}

std::string describe_unknown_field(std::string_view name, bool reads_expect, Lang lang) {
  // An expected answer is check's input: point there rather than drop it without a word.
  if (!reads_expect && name == "expect")
    return msg(lang, Msg::kUnknownNameExpect, fmt::arg("command", "acct-advisor check"));
  const std::string shown = terminal_value(name, kShownNameBytes);
  // Only a name about as long as a field's can be within two edits of one; a binary file's
  // "header" is not compared at all.
  const bool comparable = name.size() >= 2 && name.size() <= kShownNameBytes;
  for (std::size_t i = 0; i < kNames.size() && comparable; ++i) {
    if (!reads_expect && static_cast<RecordField>(i) == RecordField::kExpect) continue;
    if (edit_distance(kNames[i], name) <= (name.size() >= 4 ? 2u : 1u))
      return msg(lang, Msg::kUnknownNameClose, fmt::arg("name", shown), fmt::arg("known", kNames[i]));
  }
  return msg(lang, Msg::kUnknownName, fmt::arg("name", shown));
}

std::optional<std::size_t> CsvHeader::column_of(RecordField field) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == field) return i;
  return std::nullopt;
}

bool read_csv_header(const std::vector<std::string_view>& names, ExpectField expect, Lang lang,
                     CsvHeader& header, std::string& error) {
  header.columns.assign(names.size(), std::nullopt);
  header.unknown.clear();
  const bool reads_expect = expect != ExpectField::kNotRead;
  const bool needs_expect = expect == ExpectField::kRequired;
  std::array<bool, kRecordFieldCount> seen{};
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string name = lower_ascii(names[i]);
    const auto field = find_record_field(name, reads_expect);
    if (!field) {
      header.unknown.push_back(describe_unknown_field(name, reads_expect, lang));
      continue;
    }
    auto& was_seen = seen[static_cast<std::size_t>(*field)];
    if (was_seen) {
      error = msg(lang, Msg::kCsvColumnTwice, fmt::arg("name", terminal_value(name, kShownValueBytes)));
      return false;
    }
    was_seen = true;
    header.columns[i] = *field;
  }
  auto has = [&seen](RecordField f) { return seen[static_cast<std::size_t>(f)]; };
  std::string missing;
  auto need = [&missing, lang](bool present, std::string_view what) {
    if (present) return;
    if (!missing.empty()) missing += msg(lang, Msg::kListSeparator);
    missing += what;
  };
  need(has(RecordField::kUsers), "users");
  need(has(RecordField::kAdding), "adding");
  need(has(RecordField::kIndustry) || has(RecordField::kBarrier), msg(lang, Msg::kCsvIndustryOrBarrier));
  if (needs_expect) need(has(RecordField::kExpect), msg(lang, Msg::kCsvExpectColumn));
  if (missing.empty()) return true;
  error =
      msg(lang, Msg::kCsvMissingColumns, fmt::arg("columns", missing),
          fmt::arg("example", needs_expect ? "id,users,industry,adding,expect" : "id,users,industry,adding"));
  return false;
}

}  // namespace advisor
