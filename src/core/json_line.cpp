#include "acct_advisor/json_line.hpp"

#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include "acct_advisor/utf8.hpp"

namespace advisor {

namespace {

// True when none of the 8 bytes in `word` ends or interrupts a plain string: no '"', no '\\',
// no control character, nothing past ASCII. (Each test is the classic "has a zero byte" trick,
// exact for whether any byte matches.)
inline bool plain_ascii8(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const std::uint64_t quote = word ^ (kOnes * '"');
  const std::uint64_t slash = word ^ (kOnes * '\\');
  const std::uint64_t hits = ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash) | ((word - kOnes * 0x20) & ~word) | word;
  return (hits & kHigh) == 0;
}

class Parser {
 public:
  Parser(std::string_view s, std::string& error) : s_(s), error_(error) {}

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
    if (!eat('{')) return fail("expected a JSON object starting with '{'");
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
      if (peek() != '"') return fail("expected a field name in double quotes");
      if (!string(field.key, field.key_storage, field.key_stored)) return false;
      skip_space();
      if (!eat(':')) return fail("expected ':' after a field name");
      skip_space();
      if (!value(field)) return false;
      ++count;
      skip_space();
      if (eat(',')) continue;
      if (eat('}')) return end();
      return fail("expected ',' or '}'");
    }
  }

  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  bool eat(char c) {
    if (peek() != c || i_ >= s_.size()) return false;
    ++i_;
    return true;
  }
  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n')) ++i_;
  }
  bool fail(std::string_view what) {
    error_ = fmt::format("not valid JSON at column {}: {}", i_ + 1, what);
    return false;
  }
  bool end() {
    skip_space();
    return i_ == s_.size() || fail("unexpected text after the object");
  }

  bool hex4(std::uint32_t& out) {
    if (i_ + 4 > s_.size()) return fail("incomplete \\u escape");
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
        return fail("bad \\u escape");
    }
    return true;
  }

  // A string without escapes is a view into the line; one with escapes is unescaped into
  // `storage`, and the view points there.
  bool string(std::string_view& view, std::string& storage, bool& stored) {
    ++i_;  // opening quote
    const std::size_t start = i_;
    // Eight plain bytes at a time, then byte by byte from the first that is not plain.
    while (i_ + 8 <= s_.size()) {
      std::uint64_t word;
      std::memcpy(&word, s_.data() + i_, 8);
      if (!plain_ascii8(word)) break;
      i_ += 8;
    }
    while (true) {
      if (i_ >= s_.size()) return fail("unterminated string");
      const auto u = static_cast<unsigned char>(s_[i_]);
      if (u == '"') {
        view = s_.substr(start, i_ - start);
        ++i_;
        return true;
      }
      if (u == '\\') break;
      if (u < 0x20) return fail("control character in a string");
      if (u < 0x80) {
        ++i_;
        continue;
      }
      const std::size_t n = utf8_sequence_length(s_, i_);
      if (n == 0) return fail("invalid UTF-8 in a string");
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
      if (i_ >= s_.size()) return fail("unterminated string");
      const char c = s_[i_];
      if (c == '"') {
        ++i_;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) return fail("control character in a string");
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
            std::uint32_t cp;
            if (!hex4(cp)) return false;
            if (cp >= 0xD800 && cp <= 0xDBFF) {  // a surrogate pair encodes one code point
              std::uint32_t low;
              if (!eat('\\') || !eat('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) {
                return fail("unpaired surrogate in \\u escape");
              }
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
              return fail("unpaired surrogate in \\u escape");
            }
            append_utf8(out, cp);
            break;
          }
          default:
            --i_;
            return fail("bad escape in a string");
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
      if (n == 0) return fail("invalid UTF-8 in a string");
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
      return fail("bad number");
    if (eat('.')) {
      if (!(peek() >= '0' && peek() <= '9')) return fail("bad number");
      while (peek() >= '0' && peek() <= '9') ++i_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      if (!(peek() >= '0' && peek() <= '9')) return fail("bad number");
      while (peek() >= '0' && peek() <= '9') ++i_;
    }
    out = s_.substr(start, i_ - start);
    return true;
  }

  bool literal(std::string_view word, FlatField& field, FlatField::Kind kind) {
    if (s_.substr(i_, word.size()) != word) return fail("unexpected value");
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
    if (c == '{' || c == '[')
      return fail(fmt::format("field \"{}\" holds a nested value; fields must be plain", field.key));
    return fail("expected a value");
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::string& error_;
};

}  // namespace

bool parse_flat_object(std::string_view line, std::vector<FlatField>& fields, std::string& error) {
  return Parser(line, error).object(fields);
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  std::size_t i = 0;
  while (i < s.size()) {
    // A run that needs no escaping is copied in one append: most ids and messages are one run.
    std::size_t run = i;
    while (run < s.size()) {
      const auto u = static_cast<unsigned char>(s[run]);
      if (u < 0x20 || u == '"' || u == '\\') break;
      if (u < 0x80) {
        ++run;
        continue;
      }
      const std::size_t n = utf8_sequence_length(s, run);
      if (n == 0) break;
      run += n;
    }
    out.append(s.data() + i, run - i);
    i = run;
    if (i == s.size()) break;
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

}  // namespace advisor
