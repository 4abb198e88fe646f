#include "acct_advisor/jsonl_profile.hpp"

#include <cstring>
#include <optional>

#include "acct_advisor/json_line.hpp"
#include "acct_advisor/record_fields.hpp"

namespace advisor {

using namespace std::string_view_literals;

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
// Usually there is no space: one comparison for anything above ' '.
void skip_space(const char*& p, const char* end) {
  while (p < end && static_cast<unsigned char>(*p) <= ' ' && is_space(*p)) ++p;
}

// The key at p (its opening quote) when it is one of batch's fields (record_fields' names),
// written plainly: its name and closing quote compared in place, with no scan for escapes;
// nothing for anything else (an escaped or unknown key, or check's expect, goes to the general
// path, which decodes it or warns about it).
std::optional<RecordField> known_key(const char*& p, const char* end) {
  auto at = [&](std::string_view quoted, RecordField key) -> std::optional<RecordField> {
    // the name and its closing quote
    if (static_cast<std::size_t>(end - p) <= quoted.size() ||
        std::memcmp(p + 1, quoted.data(), quoted.size()) != 0)
      return std::nullopt;
    p += 1 + quoted.size();
    return key;
  };
  switch (end - p > 1 ? p[1] : '\0') {
    case 'u':
      return at("users\""sv, RecordField::kUsers);
    case 'i':
      return p + 2 < end && p[2] == 'd' ? at("id\""sv, RecordField::kId)
                                        : at("industry\""sv, RecordField::kIndustry);
    case 'b':
      return at("barrier\""sv, RecordField::kBarrier);
    case 'a':
      return at("adding\""sv, RecordField::kAdding);
    case 'r':
      return at("regulated\""sv, RecordField::kRegulated);
    case 'e':
      return at("entities\""sv, RecordField::kEntities);
    case 'w':
      return at("within\""sv, RecordField::kWithin);
    default:
      return std::nullopt;
  }
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// What the general path accepts of each kind, one bit per RecordField: a number for the counts
// and the id, a string for all but regulated, a boolean for regulated only.
constexpr unsigned bit(RecordField k) {
  return 1U << static_cast<unsigned>(k);
}
constexpr unsigned kTakesNumber = bit(RecordField::kUsers) | bit(RecordField::kEntities) |
                                  bit(RecordField::kWithin) | bit(RecordField::kId);
constexpr unsigned kTakesBool = bit(RecordField::kRegulated);
constexpr unsigned kTakesString = ~kTakesBool;

}  // namespace

bool read_plain_record(std::string_view line, PlainRecord& out) {
  const char* p = line.data();
  const char* const end = p + line.size();
  std::string_view* const slots[] = {
      &out.fields.users,     &out.fields.industry, &out.fields.barrier, &out.fields.adding,
      &out.fields.regulated, &out.fields.entities, &out.fields.within,  &out.id};
  skip_space(p, end);
  if (p == end || *p != '{') return false;
  ++p;
  skip_space(p, end);
  if (p < end && *p == '}') return false;  // {}: rare, and its error is the general path's
  unsigned seen = 0;
  while (true) {
    if (p == end || *p != '"') return false;
    const std::optional<RecordField> found = known_key(p, end);
    if (!found) return false;  // warned about there
    const RecordField key = *found;
    const unsigned k = bit(key);
    if ((seen & k) != 0) return false;  // refused there
    seen |= k;
    skip_space(p, end);
    if (p == end || *p != ':') return false;
    ++p;
    skip_space(p, end);
    if (p == end) return false;
    const char* const start = p;
    if (*p == '"') {
      if ((kTakesString & k) == 0) return false;
      const char* const close = plain_string_end(p + 1, end);
      if (close == nullptr) return false;
      *slots[static_cast<unsigned>(key)] = std::string_view(p + 1, static_cast<std::size_t>(close - p - 1));
      p = close + 1;
    } else if (*p == '-' || is_digit(*p)) {  // an integer as JSON writes it: no leading zeros
      if ((kTakesNumber & k) == 0) return false;
      if (*p == '-') ++p;
      if (p == end || !is_digit(*p)) return false;
      if (*p++ != '0')
        while (p < end && is_digit(*p)) ++p;
      if (p < end && (*p == '.' || *p == 'e' || *p == 'E')) return false;  // 3e4, 30000.0
      const auto size = static_cast<std::size_t>(p - start);
      if (size >= kLongJsonNumber) return false;  // the general path checks it as a double
      *slots[static_cast<unsigned>(key)] = std::string_view(start, size);
    } else {
      if ((kTakesBool & k) == 0) return false;
      const std::string_view rest(p, static_cast<std::size_t>(end - p));
      const std::size_t size = rest.starts_with("true"sv) ? 4 : rest.starts_with("false"sv) ? 5 : 0;
      if (size == 0) return false;  // null (read as "not given") and all else: the general path
      *slots[static_cast<unsigned>(key)] = rest.substr(0, size);
      p += size;
    }
    if (key == RecordField::kId) out.id_number = *start != '"';
    skip_space(p, end);
    if (p == end) return false;
    if (*p++ == '}') break;
    if (p[-1] != ',') return false;
    skip_space(p, end);
  }
  skip_space(p, end);
  return p == end;
}

}  // namespace advisor
