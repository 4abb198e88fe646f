#pragma once
// The one font stack for everything this program draws (the SVG chart, the HTML report): the
// system UI fonts first, then a Chinese font that each platform ships (macOS and iOS: PingFang
// SC, Hiragino Sans GB; Windows: Microsoft YaHei; Linux and Android: Noto Sans CJK SC, Source
// Han Sans SC, WenQuanYi Micro Hei), so Chinese text never falls back to a font without CJK
// glyphs and renders as boxes.

#include <string_view>

namespace advisor {

/// A CSS font-family value. Written into attributes and style sheets as is: it holds no &, <, >
/// or double quote.
inline constexpr std::string_view kFontStack =
    "-apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', "
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif";

}  // namespace advisor
