#include "acct_advisor/csv.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "acct_advisor/error.hpp"

namespace advisor {

void append_csv_field(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_csv_text_cell(std::string& out, std::string_view field) {
  const bool formula =
      !field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos;
  const bool control = std::any_of(field.begin(), field.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t' && c != '\r' && c != '\n') || u == 0x7F;
  });
  if (!formula && !control) {
    append_csv_field(out, field);
    return;
  }
  std::string cell = formula ? "'" : "";
  for (char c : field) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t' && c != '\r' && c != '\n') || u == 0x7F)
      cell += "\xEF\xBF\xBD";  // U+FFFD
    else
      cell += c;
  }
  out += '"';  // always quoted: a ' alone before the text is what the spreadsheet reads as "text"
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string csv_field(std::string_view field) {
  std::string out;
  append_csv_field(out, field);
  return out;
}

std::string csv_record(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    out += csv_field(fields[i]);
  }
  out += "\r\n";
  return out;
}

bool CsvReader::next(std::string_view& input, std::vector<std::string>& fields, std::size_t& line) {
  fields.clear();
  if (input.empty()) return false;
  line = line_;
  std::string field;
  std::size_t i = 0;
  bool quoted = false;
  bool was_quoted = false;
  while (i < input.size()) {
    const char c = input[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < input.size() && input[i + 1] == '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c == '\n') ++line_;
        field += c;
      }
      ++i;
      continue;
    }
    if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\n' || c == '\r') {
      ++i;
      if (c == '\r' && i < input.size() && input[i] == '\n') ++i;
      ++line_;
      fields.push_back(std::move(field));
      input.remove_prefix(i);
      return true;
    } else {
      field += c;
    }
    ++i;
  }
  if (quoted) throw UsageError(fmt::format("line {}: unterminated quoted field", line));
  fields.push_back(std::move(field));
  input.remove_prefix(i);
  return true;
}

}  // namespace advisor
