#pragma once
// A small HTML builder for the report: every piece of text and every attribute value goes
// through the one markup escaper (escape.hpp), so no string from the user or a data file can
// become markup. Markup the program makes itself (the style sheet, the chart's SVG) is the only
// thing written raw, through trusted().

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace advisor {

/// Attributes in the order written: name (a constant of the program) and value (escaped).
using HtmlAttrs = std::vector<std::pair<std::string_view, std::string>>;

class HtmlWriter {
 public:
  /// `<tag attrs>`, left open until the matching close().
  HtmlWriter& open(std::string_view tag, const HtmlAttrs& attrs = {});
  /// Closes the innermost open element.
  HtmlWriter& close();
  /// `<tag attrs>text</tag>`, the text escaped.
  HtmlWriter& element(std::string_view tag, std::string_view text, const HtmlAttrs& attrs = {});
  /// A void element (`<meta ...>`): no content, no closing tag.
  HtmlWriter& empty(std::string_view tag, const HtmlAttrs& attrs);
  /// Escaped text in the current element.
  HtmlWriter& text(std::string_view text);
  /// Markup the program made itself. Never pass text from data files or the user.
  HtmlWriter& trusted(std::string_view markup);
  /// The document: `<!DOCTYPE html>` and everything written. Every element must be closed.
  std::string finish() const;

 private:
  std::string out_;
  std::vector<std::string_view> open_;
};

}  // namespace advisor
