#pragma once
// How --help looks: CLI11's formatter, told to show each option's values once and to wrap at
// the terminal's width without splitting words (CJK text counts two columns a character).

#include <cstddef>
#include <functional>
#include <string>

#include <CLI/CLI.hpp>

#include "acct_advisor/lang.hpp"

namespace advisor::cli {

class HelpFormatter : public CLI::Formatter {
 public:
  /// `width` is asked each time help is made, so --width and COLUMNS given on the same command
  /// line as --help count.
  HelpFormatter(std::function<std::size_t()> width, Lang lang);

  /// What help shows after an option's name for its value ("FORMAT", "FILE|-"; in Chinese
  /// "格式", "文件|-"), also named by the error for a missing value.
  std::string value_name(const CLI::Option* opt) const;

  std::string make_option(const CLI::Option* opt, bool is_positional) const override;
  /// A positional argument by the catalogue's name for it ("files", in Chinese "概况文件"), in the
  /// usage line and its help; an option by its flags, as CLI11 names it.
  std::string make_option_name(const CLI::Option* opt, bool is_positional) const override;
  /// " FORMAT" for an option with a fixed set of values (they are in its description, once) or
  /// only CLI11's type name (TEXT), " FILE|-" for one whose type name says what to type;
  /// REQUIRED when it is.
  std::string make_option_opts(const CLI::Option* opt) const override;
  /// The description, then what CLI11 would have put beside the name: the environment variable,
  /// the options it needs or excludes, and the values when the description does not name them.
  std::string make_option_desc(const CLI::Option* opt) const override;
  std::string make_subcommand(const CLI::App* sub) const override;
  std::string make_description(const CLI::App* app) const override;
  std::string make_footer(const CLI::App* app) const override;
  /// "Usage: acct-advisor recommend [OPTIONS]", from the catalogue.
  std::string make_usage(const CLI::App* app, std::string name) const override;
  /// Group headings ("Options:", "选项：") with the language's colon.
  std::string make_group(std::string group, bool is_positional,
                         std::vector<const CLI::Option*> opts) const override;
  std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override;

 private:
  /// What follows a positional argument's name in its help line: " ..." when it repeats, and
  /// REQUIRED when it is.
  std::string positional_opts(const CLI::Option* opt) const;
  /// `name` in the left column and `text` wrapped in the right one (under it when it is wider).
  std::string two_columns(const std::string& name, const std::string& text) const;
  /// Each line wrapped to the width, continued under its own indentation.
  std::string wrapped_lines(const std::string& text) const;

  std::function<std::size_t()> width_;
  Lang lang_;
};

}  // namespace advisor::cli
