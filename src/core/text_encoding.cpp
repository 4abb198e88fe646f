#include "acct_advisor/text_encoding.hpp"

#include <iconv.h>
#include <cerrno>
#include <stdexcept>

#include "acct_advisor/utf8.hpp"

namespace advisor {
namespace {

bool in(unsigned char c, unsigned char lo, unsigned char hi) {
  return c >= lo && c <= hi;
}

// Valid UTF-8 but for a sequence cut off at the end (a lead byte and fewer continuation bytes
// than it announces, each a continuation byte).
bool utf8_well_formed_prefix(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t n = utf8_sequence_length(s, i);
    if (n > 0) {
      i += n;
      continue;
    }
    const auto lead = static_cast<unsigned char>(s[i]);
    const std::size_t want = in(lead, 0xC2, 0xDF)   ? 2
                             : in(lead, 0xE0, 0xEF) ? 3
                             : in(lead, 0xF0, 0xF4) ? 4
                                                    : 0;
    if (want == 0 || s.size() - i >= want) return false;
    for (std::size_t k = i + 1; k < s.size(); ++k)
      if ((static_cast<unsigned char>(s[k]) & 0xC0) != 0x80) return false;
    return true;
  }
  return true;
}

bool has_multibyte_char(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80 && utf8_sequence_length(s, i) > 1) return true;
  return false;
}

std::size_t first_non_ascii(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return i;
  return std::string_view::npos;
}

}  // namespace

bool gb18030_well_formed_prefix(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (!in(c, 0x81, 0xFE)) return false;  // 0x80 and 0xFF start nothing
    if (i + 1 == n) return true;
    const unsigned char c2 = p[i + 1];
    if (in(c2, 0x40, 0x7E) || in(c2, 0x80, 0xFE)) {
      i += 2;
      continue;
    }
    if (!in(c2, 0x30, 0x39)) return false;
    if (i + 2 == n) return true;
    if (!in(p[i + 2], 0x81, 0xFE)) return false;
    if (i + 3 == n) return true;
    if (!in(p[i + 3], 0x30, 0x39)) return false;
    i += 4;
  }
  return true;
}

struct InputDecoder::Converter {
  iconv_t cd;
  Converter() : cd(::iconv_open("UTF-8", "GB18030")) {
    // (iconv_t)-1 is how iconv_open(3) says it failed; there is no other way to test it.
    if (cd == reinterpret_cast<iconv_t>(-1))  // NOLINT(performance-no-int-to-ptr)
      throw std::runtime_error("iconv cannot convert GB18030 to UTF-8");
  }
  ~Converter() { ::iconv_close(cd); }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;
};

InputDecoder::InputDecoder(std::optional<TextEncoding> encoding) : encoding_(encoding) {
  if (encoding_ == TextEncoding::kGb18030) converter_ = std::make_unique<Converter>();
}

InputDecoder::~InputDecoder() = default;

void InputDecoder::decide(bool at_end) {
  // pending_ starts at the first non-ASCII byte. Wait while it is only a cut-off character.
  if (utf8_well_formed_prefix(pending_)) {
    if (at_end || has_multibyte_char(pending_)) encoding_ = TextEncoding::kUtf8;
    return;
  }
  if (gb18030_well_formed_prefix(pending_)) {
    encoding_ = TextEncoding::kGb18030;
    detected_gb18030_ = true;
    converter_ = std::make_unique<Converter>();
    return;
  }
  encoding_ = TextEncoding::kUtf8;  // neither: the bad bytes make error records
}

void InputDecoder::convert(std::string& out, bool at_end) {
  char buffer[4096];
  char* from = pending_.data();
  std::size_t left = pending_.size();
  while (left > 0) {
    char* to = buffer;
    std::size_t room = sizeof buffer;
    const std::size_t rc = ::iconv(converter_->cd, &from, &left, &to, &room);
    out.append(buffer, static_cast<std::size_t>(to - buffer));
    if (rc != static_cast<std::size_t>(-1)) continue;
    if (errno == E2BIG) continue;
    if (errno == EINVAL && !at_end) break;  // a character cut off: wait for the rest
    // Not GB18030 (or cut off at the very end): the byte goes through as it is.
    out.push_back(*from);
    ++from;
    --left;
  }
  pending_.erase(0, pending_.size() - left);
}

void InputDecoder::decode(std::string_view chunk, std::string& out) {
  if (!encoding_) {
    if (pending_.empty()) {
      const std::size_t at = first_non_ascii(chunk);
      if (at == std::string_view::npos) {
        out.append(chunk);
        return;
      }
      out.append(chunk.substr(0, at));
      chunk.remove_prefix(at);
    }
    pending_.append(chunk);
    decide(/*at_end=*/false);
    if (!encoding_) return;
    chunk = {};
    if (*encoding_ == TextEncoding::kUtf8) {
      out.append(pending_);
      pending_.clear();
      return;
    }
  }
  if (*encoding_ == TextEncoding::kUtf8) {
    out.append(chunk);
    return;
  }
  pending_.append(chunk);
  convert(out, /*at_end=*/false);
}

void InputDecoder::finish(std::string& out) {
  if (!encoding_) {
    if (pending_.empty()) return;
    decide(/*at_end=*/true);
  }
  if (*encoding_ == TextEncoding::kUtf8) {
    out.append(pending_);
    pending_.clear();
    return;
  }
  convert(out, /*at_end=*/true);
}

std::string decode_text(std::string text, std::optional<TextEncoding> encoding, bool& detected) {
  InputDecoder decoder(encoding);
  std::string out;
  decoder.decode(text, out);
  decoder.finish(out);
  detected = decoder.detected_gb18030();
  if (decoder.encoding() == TextEncoding::kGb18030) return out;
  return text;  // UTF-8: the bytes as they came
}

}  // namespace advisor
