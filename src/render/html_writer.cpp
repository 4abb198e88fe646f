#include "acct_advisor/render/html_writer.hpp"

#include "acct_advisor/render/escape.hpp"

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

void append_attrs(std::string& out, const HtmlAttrs& attrs) {
  for (const auto& [name, value] : attrs) {
    out += ' ';
    out += name;
    out += "=\"";
    out += markup_escape(value, MarkupPlace::kAttribute);
    out += '"';
  }
}

}  // namespace

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
  out_ += markup_escape(text);
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
  out_ += markup_escape(text);
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
