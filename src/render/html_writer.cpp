#include "acct_advisor/render/html_writer.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

namespace advisor {

namespace {

// Containers get a newline after their start tag and every block its own line after its end
// tag, so the file reads well in an editor; inline elements stay inside their line (a newline
// there would be a space in the rendered text).
constexpr std::string_view kContainers[] = {"html",    "head",  "body",   "main",  "header", "footer",
                                            "section", "table", "thead",  "tbody", "tr",     "ul",
                                            "ol",      "dl",    "figure", "div"};
constexpr std::string_view kInline[] = {"a", "abbr",  "b",    "code",   "em",
                                        "q", "small", "span", "strong", "mark"};

bool is_container(std::string_view tag) {
  return std::find(std::begin(kContainers), std::end(kContainers), tag) != std::end(kContainers);
}
bool is_inline(std::string_view tag) {
  return std::find(std::begin(kInline), std::end(kInline), tag) != std::end(kInline);
}

// Length of the valid UTF-8 sequence at s[i], or 0 when it is not one (truncated, a stray
// continuation byte, overlong, a surrogate or past U+10FFFF).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = 0;
  std::uint32_t cp = 0;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1Fu;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0Fu;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07u;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3Fu);
  }
  constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

void append_attrs(std::string& out, const HtmlAttrs& attrs) {
  for (const auto& [name, value] : attrs) {
    out += ' ';
    out += name;
    out += "=\"";
    out += html_escape(value);
    out += '"';
  }
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const std::size_t len = utf8_length(text, i);
    if (len == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    if (len > 1) {
      out.append(text.substr(i, len));
      i += len;
      continue;
    }
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
      case '\t':
      case '\n':
      case '\r':
        out += c;
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
          out += kReplacement;
        else
          out += c;
    }
    ++i;
  }
  return out;
}

HtmlWriter& HtmlWriter::open(std::string_view tag, const HtmlAttrs& attrs) {
  out_ += '<';
  out_ += tag;
  append_attrs(out_, attrs);
  out_ += '>';
  if (is_container(tag)) out_ += '\n';
  open_.push_back(tag);
  return *this;
}

HtmlWriter& HtmlWriter::close() {
  if (open_.empty()) throw std::logic_error("HtmlWriter::close: no open element");
  const std::string_view tag = open_.back();
  open_.pop_back();
  out_ += "</";
  out_ += tag;
  out_ += '>';
  if (!is_inline(tag)) out_ += '\n';
  return *this;
}

HtmlWriter& HtmlWriter::element(std::string_view tag, std::string_view text, const HtmlAttrs& attrs) {
  out_ += '<';
  out_ += tag;
  append_attrs(out_, attrs);
  out_ += '>';
  out_ += html_escape(text);
  out_ += "</";
  out_ += tag;
  out_ += '>';
  if (!is_inline(tag)) out_ += '\n';
  return *this;
}

HtmlWriter& HtmlWriter::empty(std::string_view tag, const HtmlAttrs& attrs) {
  out_ += '<';
  out_ += tag;
  append_attrs(out_, attrs);
  out_ += ">\n";
  return *this;
}

HtmlWriter& HtmlWriter::text(std::string_view text) {
  out_ += html_escape(text);
  return *this;
}

HtmlWriter& HtmlWriter::trusted(std::string_view markup) {
  out_ += markup;
  return *this;
}

std::string HtmlWriter::finish() const {
  if (!open_.empty()) throw std::logic_error("HtmlWriter::finish: an element is still open");
  return "<!DOCTYPE html>\n" + out_;
}

}  // namespace advisor
