#include "acct_advisor/render/escape.hpp"

#include "acct_advisor/utf8.hpp"

namespace advisor {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Appends the well-formed sequence at text[i] (or U+FFFD for a byte that starts none) and
// returns the bytes consumed. The noncharacters U+FFFE and U+FFFF are not XML characters either.
std::size_t append_non_ascii(std::string& out, std::string_view text, std::size_t i) {
  const std::size_t n = utf8_sequence_length(text, i);
  if (n == 0) {
    out += kReplacement;
    return 1;
  }
  const std::string_view seq = text.substr(i, n);
  out += (seq == "\xEF\xBF\xBE" || seq == "\xEF\xBF\xBF") ? kReplacement : seq;
  return n;
}

}  // namespace

std::string markup_escape(std::string_view text, MarkupPlace place) {
  const bool attribute = place == MarkupPlace::kAttribute;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      i += append_non_ascii(out, text, i);
      continue;
    }
    ++i;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (c < 0x20 || c == 0x7F)
          out += kReplacement;
        else
          out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace advisor
