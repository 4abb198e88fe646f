#include "acct_advisor/json_line.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

#include <fmt/format.h>

#include "acct_advisor/messages.hpp"
#include "acct_advisor/utf8.hpp"

namespace advisor {

namespace {

// Bytes that end or interrupt the plain run of a string: '"', '\\', control characters, and
// anything past ASCII (checked as UTF-8). A table lookup per byte, the cheapest test here: the
// values batch reads are a few bytes long, too short for wider tricks to pay.
constexpr std::array<bool, 256> kStringStop = [] {
  std::array<bool, 256> stop{};
  for (std::size_t c = 0; c < stop.size(); ++c) stop[c] = c == '"' || c == '\\' || c < 0x20 || c >= 0x80;
  return stop;
}();

class Parser {
 public:
  Parser(std::string_view s, std::string& error, Lang lang) : s_(s), error_(error), lang_(lang) {}

  // On return `fields` holds the fields parsed so far, as before. The elements are reused
  // rather than cleared and rebuilt: their strings keep their capacity between records, so a
  // batch run does not allocate and free every field of every line.
  bool object(std::vector<FlatField>& fields) {
    std::size_t count = 0;
    const bool ok = members(fields, count);
    fields.resize(count);
    // Growing the vector moved the elements, and a short stored string moved with its element.
    for (FlatField& f : fields) {
      if (f.key_stored) f.key = f.key_storage;
      if (f.value_stored) f.value = f.value_storage;
    }
    return ok;
  }

 private:
  bool members(std::vector<FlatField>& fields, std::size_t& count) {
    skip_space();
    if (!eat('{')) return fail(msg(lang_, Msg::kJsonExpectedObject, fmt::arg("open", "{")));
    skip_space();
    if (eat('}')) return end();
    while (true) {
      if (count == fields.size()) fields.emplace_back();
      FlatField& field = fields[count];
      field.key = {};
      field.value = {};
      field.key_stored = field.value_stored = false;
      field.kind = FlatField::Kind::kString;
      skip_space();
      if (peek() != '"') return fail(Msg::kJsonExpectedName);
      if (!string(field.key, field.key_storage, field.key_stored)) return false;
      skip_space();
      if (!eat(':')) return fail(msg(lang_, Msg::kJsonExpectedColon, fmt::arg("colon", ":")));
      skip_space();
      if (!value(field)) return false;
      ++count;
      skip_space();
      if (eat(',')) continue;
      if (eat('}')) return end();
      return fail(msg(lang_, Msg::kJsonExpectedCommaOrEnd, fmt::arg("comma", ","), fmt::arg("close", "}")));
    }
  }

  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  bool eat(char c) {
    if (peek() != c || i_ >= s_.size()) return false;
    ++i_;
    return true;
  }
  void skip_space() {
    // Usually there is none: one test for anything above ' ', which is never space.
    while (i_ < s_.size() && static_cast<unsigned char>(s_[i_]) <= ' ' &&
           (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n'))
      ++i_;
  }
  bool fail(std::string_view what) {
    error_ = msg(lang_, Msg::kJsonAt, fmt::arg("column", i_ + 1), fmt::arg("what", what));
    return false;
  }
  bool fail(Msg what) { return fail(msg(lang_, what)); }
  bool fail_escape(Msg what) { return fail(msg(lang_, what, fmt::arg("escape", "\\u"))); }
  bool end() {
    skip_space();
    return i_ == s_.size() || fail(Msg::kJsonTrailingText);
  }

  bool hex4(std::uint32_t& out) {
    if (i_ + 4 > s_.size()) return fail_escape(Msg::kJsonIncompleteEscape);
    out = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[i_++];
      out <<= 4;
      if (c >= '0' && c <= '9')
        out |= static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f')
        out |= static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        out |= static_cast<std::uint32_t>(c - 'A' + 10);
      else
        return fail_escape(Msg::kJsonBadHexEscape);
    }
    return true;
  }

  // A string without escapes is a view into the line; one with escapes is unescaped into
  // `storage`, and the view points there.
  bool string(std::string_view& view, std::string& storage, bool& stored) {
    ++i_;  // opening quote
    const std::size_t start = i_;
    const char* const data = s_.data();
    const std::size_t size = s_.size();
    while (true) {
      while (i_ < size && !kStringStop[static_cast<unsigned char>(data[i_])]) ++i_;
      if (i_ >= size) return fail(Msg::kJsonUnterminatedString);
      const auto u = static_cast<unsigned char>(data[i_]);
      if (u == '"') {
        view = std::string_view(data + start, i_ - start);
        ++i_;
        return true;
      }
      if (u == '\\') break;
      if (u < 0x20) return fail(Msg::kJsonControlCharacter);
      const std::size_t n = utf8_sequence_length(s_, i_);
      if (n == 0) return fail(Msg::kJsonInvalidUtf8);
      i_ += n;
    }
    storage.assign(s_.data() + start, i_ - start);
    stored = true;
    if (!unescape(storage)) return false;
    view = storage;
    return true;
  }

  // The rest of a string from its first backslash, appended to out.
  bool unescape(std::string& out) {
    while (true) {
      if (i_ >= s_.size()) return fail(Msg::kJsonUnterminatedString);
      const char c = s_[i_];
      if (c == '"') {
        ++i_;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) return fail(Msg::kJsonControlCharacter);
      if (c == '\\') {
        ++i_;
        const char e = peek();
        ++i_;
        switch (e) {
          case '"':
            out += '"';
            break;
          case '\\':
            out += '\\';
            break;
          case '/':
            out += '/';
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'u': {
            std::uint32_t cp = 0;
            if (!hex4(cp)) return false;
            if (cp >= 0xD800 && cp <= 0xDBFF) {  // a surrogate pair encodes one code point
              std::uint32_t low = 0;
              if (!eat('\\') || !eat('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) {
                return fail_escape(Msg::kJsonUnpairedSurrogate);
              }
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
              return fail_escape(Msg::kJsonUnpairedSurrogate);
            }
            append_utf8(out, cp);
            break;
          }
          default:
            --i_;
            return fail(Msg::kJsonBadEscape);
        }
        continue;
      }
      // Copy a run of plain ASCII in one go; most field values are nothing else.
      std::size_t run = i_;
      while (run < s_.size()) {
        const auto u = static_cast<unsigned char>(s_[run]);
        if (u < 0x20 || u >= 0x80 || u == '"' || u == '\\') break;
        ++run;
      }
      if (run > i_) {
        out.append(s_.data() + i_, run - i_);
        i_ = run;
        continue;
      }
      const std::size_t n = utf8_sequence_length(s_, i_);
      if (n == 0) return fail(Msg::kJsonInvalidUtf8);
      out.append(s_.data() + i_, n);
      i_ += n;
    }
  }

  bool number(std::string_view& out) {
    const std::size_t start = i_;
    eat('-');
    if (peek() == '0')
      ++i_;
    else if (peek() >= '1' && peek() <= '9')
      while (peek() >= '0' && peek() <= '9') ++i_;
    else
      return fail(Msg::kJsonBadNumber);
    if (eat('.')) {
      if (!(peek() >= '0' && peek() <= '9')) return fail(Msg::kJsonBadNumber);
      while (peek() >= '0' && peek() <= '9') ++i_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      if (!(peek() >= '0' && peek() <= '9')) return fail(Msg::kJsonBadNumber);
      while (peek() >= '0' && peek() <= '9') ++i_;
    }
    out = s_.substr(start, i_ - start);
    return true;
  }

  bool literal(std::string_view word, FlatField& field, FlatField::Kind kind) {
    if (s_.substr(i_, word.size()) != word) return fail(Msg::kJsonUnexpectedValue);
    i_ += word.size();
    field.value = word;
    field.kind = kind;
    return true;
  }

  bool value(FlatField& field) {
    const char c = peek();
    if (c == '"') {
      field.kind = FlatField::Kind::kString;
      return string(field.value, field.value_storage, field.value_stored);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      field.kind = FlatField::Kind::kNumber;
      return number(field.value);
    }
    if (c == 't') return literal("true", field, FlatField::Kind::kBool);
    if (c == 'f') return literal("false", field, FlatField::Kind::kBool);
    if (c == 'n') return literal("null", field, FlatField::Kind::kNull);
    if (c == '{' || c == '[') return fail(msg(lang_, Msg::kJsonNestedValue, fmt::arg("field", field.key)));
    return fail(Msg::kJsonExpectedValue);
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::string& error_;
  Lang lang_;
};

}  // namespace

namespace {

// The bytes of `word` that stop a plain run (as kStringStop), as their high bits: eight bytes
// tested at once, with the "has a zero byte" trick per condition. Only the lowest flagged byte
// is sure to match (a borrow can flag bytes above a match), and that is the one wanted.
std::uint64_t string_stops(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const std::uint64_t quote = word ^ (kOnes * '"');
  const std::uint64_t slash = word ^ (kOnes * '\\');
  return (((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash) | ((word - kOnes * 0x20) & ~word) | word) &
         kHigh;
}

}  // namespace

const char* plain_string_end(const char* p, const char* end) {
  while (true) {
    // Eight bytes a step to the first that is not plain, then byte by byte near the end. (The
    // lowest set bit is the first byte only on little-endian machines.)
    while (std::endian::native == std::endian::little && end - p >= 8) {
      std::uint64_t word;
      std::memcpy(&word, p, 8);
      if (const std::uint64_t stops = string_stops(word)) {
        p += std::countr_zero(stops) / 8;
        break;
      }
      p += 8;
    }
    while (p < end && !kStringStop[static_cast<unsigned char>(*p)]) ++p;
    if (p == end || (static_cast<unsigned char>(*p) < 0x80 && *p != '"')) return nullptr;  // \ or control
    if (*p == '"') return p;
    const std::size_t n = utf8_sequence_length(std::string_view(p, static_cast<std::size_t>(end - p)), 0);
    if (n == 0) return nullptr;
    p += n;
  }
}

namespace {

// The usual record in one pass: strings without escapes, integers, literals. It reports
// nothing: on anything else it returns false and the Parser reads the line again, so every
// error message comes from one place and the common case skips its bookkeeping.
bool parse_plain_object(std::string_view line, std::vector<FlatField>& fields) {
  const char* p = line.data();
  const char* const end = p + line.size();
  auto space = [&] {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) ++p;
  };
  auto is = [&](char c) { return p < end && *p == c; };
  auto string = [&](std::string_view& out) {  // from the opening quote
    const char* const start = ++p;
    const char* const close = plain_string_end(start, end);
    if (close == nullptr) return false;
    out = std::string_view(start, static_cast<std::size_t>(close - start));
    p = close + 1;
    return true;
  };
  auto digit = [&] { return p < end && *p >= '0' && *p <= '9'; };
  space();
  if (!is('{')) return false;
  ++p;
  space();
  std::size_t count = 0;
  bool closed = is('}');
  if (closed) ++p;
  while (!closed) {
    if (!is('"')) return false;
    if (count == fields.size()) fields.emplace_back();
    FlatField& field = fields[count++];
    field.key_stored = field.value_stored = false;
    if (!string(field.key)) return false;
    space();
    if (!is(':')) return false;
    ++p;
    space();
    if (is('"')) {
      field.kind = FlatField::Kind::kString;
      if (!string(field.value)) return false;
    } else if (is('-') || digit()) {  // an integer, as JSON writes it: no leading zeros
      const char* const start = p;
      if (is('-')) ++p;
      if (is('0'))
        ++p;
      else if (!digit())
        return false;
      else
        while (digit()) ++p;
      if (is('.') || is('e') || is('E')) return false;
      field.kind = FlatField::Kind::kNumber;
      field.value = std::string_view(start, static_cast<std::size_t>(p - start));
    } else {
      const std::string_view rest(p, static_cast<std::size_t>(end - p));
      const std::string_view word = rest.starts_with("true")    ? "true"
                                    : rest.starts_with("false") ? "false"
                                    : rest.starts_with("null")  ? "null"
                                                                : "";
      if (word.empty()) return false;
      field.kind = word == "null" ? FlatField::Kind::kNull : FlatField::Kind::kBool;
      field.value = rest.substr(0, word.size());
      p += word.size();
    }
    space();
    if (!is(',') && !is('}')) return false;
    closed = *p++ == '}';
    space();
  }
  if (p != end) return false;
  if (count != fields.size()) fields.resize(count);
  return true;
}

}  // namespace

bool parse_flat_object_full(std::string_view line, std::vector<FlatField>& fields, std::string& error,
                            Lang lang) {
  return Parser(line, error, lang).object(fields);
}

bool parse_flat_object(std::string_view line, std::vector<FlatField>& fields, std::string& error, Lang lang) {
  return parse_plain_object(line, fields) || parse_flat_object_full(line, fields, error, lang);
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  const char* const data = s.data();
  const std::size_t size = s.size();
  std::size_t i = 0;
  while (i < size) {
    // A run that needs no escaping is copied in one append: most ids and messages are one run.
    // Plain ASCII eight bytes a step, as the parser reads strings; other bytes are checked as
    // UTF-8 one character at a time.
    std::size_t run = i;
    while (run < size) {
      while (std::endian::native == std::endian::little && size - run >= 8) {
        std::uint64_t word;
        std::memcpy(&word, data + run, 8);
        if (const std::uint64_t stops = string_stops(word)) {
          run += static_cast<std::size_t>(std::countr_zero(stops) / 8);
          break;
        }
        run += 8;
      }
      if (run >= size) break;
      const auto u = static_cast<unsigned char>(data[run]);
      if (!kStringStop[u]) {
        ++run;
        continue;
      }
      if (u < 0x80) break;  // '"', '\\' or a control character
      const std::size_t n = utf8_sequence_length(s, run);
      if (n == 0) break;
      run += n;
    }
    out.append(data + i, run - i);
    i = run;
    if (i == size) break;
    const char c = s[i];
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
        else
          out += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not UTF-8
    }
    ++i;
  }
  out += '"';
}

bool json_integer(std::string_view num, std::string_view key, std::string& digits, std::string& error,
                  Lang lang) {
  std::size_t i = 0;
  const bool negative = i < num.size() && num[i] == '-';
  if (negative) ++i;
  std::string mantissa;
  std::int64_t exponent = 0;
  for (; i < num.size() && num[i] >= '0' && num[i] <= '9'; ++i) mantissa += num[i];
  if (i < num.size() && num[i] == '.') {
    for (++i; i < num.size() && num[i] >= '0' && num[i] <= '9'; ++i) {
      mantissa += num[i];
      --exponent;
    }
  }
  if (i < num.size() && (num[i] == 'e' || num[i] == 'E')) {
    ++i;
    const bool neg_exp = i < num.size() && num[i] == '-';
    if (i < num.size() && (num[i] == '-' || num[i] == '+')) ++i;
    std::int64_t e = 0;
    for (; i < num.size() && num[i] >= '0' && num[i] <= '9'; ++i)
      e = std::min<std::int64_t>(e * 10 + (num[i] - '0'), 1'000'000);
    exponent += neg_exp ? -e : e;
  }
  const auto first = mantissa.find_first_not_of('0');
  if (first == std::string::npos) {  // zero, in any form
    digits = "0";
    return true;
  }
  mantissa.erase(0, first);
  while (exponent < 0 && mantissa.back() == '0') {
    mantissa.pop_back();
    ++exponent;
  }
  if (exponent < 0) {
    error = msg(lang, Msg::kInputJsonNotWhole, fmt::arg("field", key), fmt::arg("value", num.substr(0, 40)));
    return false;
  }
  if (static_cast<std::int64_t>(mantissa.size()) + exponent > 18) {
    error = msg(lang, Msg::kInputJsonTooLarge, fmt::arg("field", key), fmt::arg("value", num.substr(0, 40)));
    return false;
  }
  digits.assign(negative ? "-" : "");
  digits += mantissa;
  digits.append(static_cast<std::size_t>(exponent), '0');
  return true;
}

}  // namespace advisor
