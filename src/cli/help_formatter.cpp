#include "help_formatter.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string_view>
#include <vector>

#include "acct_advisor/messages.hpp"
#include "acct_advisor/render/text_layout.hpp"

namespace advisor::cli {
namespace {

constexpr std::size_t kIndent = 2;         // before an option's name
constexpr std::size_t kMinTextWidth = 24;  // narrower than this, descriptions go under the names

// CLI11 appends each validator's description to the type name ("TEXT:{text,json}"); the part
// before the first ':' is the type name the option was given.
std::string own_type_name(const CLI::Option* opt) {
  std::string type = opt->get_type_name();
  if (const auto colon = type.find(':'); colon != std::string::npos) type.resize(colon);
  return type;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    parts.emplace_back(
        text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

bool is_value_word(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

// The fixed values an option takes: from a CLI::IsMember check ("{a,b}" in the type name) or
// a type name that lists lower-case words ("low|high"). Empty when it takes any value.
std::vector<std::string> fixed_values(const CLI::Option* opt) {
  const std::string full = opt->get_type_name();
  if (const auto brace = full.find(":{"); brace != std::string::npos) {
    const auto close = full.find('}', brace);
    if (close != std::string::npos) return split(full.substr(brace + 2, close - brace - 2), ',');
  }
  const std::string type = own_type_name(opt);
  if (type.find('|') == std::string::npos) return {};
  auto values = split(type, '|');
  return std::all_of(values.begin(), values.end(), is_value_word) ? values : std::vector<std::string>{};
}

// "--input-format" -> "INPUT-FORMAT": the placeholder for an option whose values are listed
// in its description.
std::string placeholder(const CLI::Option* opt) {
  std::string name = opt->get_lnames().empty() ? opt->get_name() : opt->get_lnames().front();
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

// Whether `word` appears in `text` as a whole word (not inside another one).
bool mentions(std::string_view text, std::string_view word) {
  auto is_word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; };
  for (auto at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !is_word_char(text[at - 1]);
    const bool ends = at + word.size() == text.size() || !is_word_char(text[at + word.size()]);
    if (starts && ends) return true;
  }
  return false;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

// The placeholders and type names help shows, as the catalogue words them: the keys are what
// the options are given in the code (type names stay ASCII: completion reads them).
constexpr std::pair<const char*, Msg> kLabels[] = {
    {"FILE", Msg::kHelpLabelFile},
    {"FILE|-", Msg::kHelpLabelFileOrStdin},
    {"DIR", Msg::kHelpLabelDir},
    {"NAME", Msg::kHelpLabelName},
    {"DAYS", Msg::kHelpLabelDays},
    {"MONTHS", Msg::kHelpLabelMonths},
    {"FROM..TO", Msg::kHelpLabelRange},
    {"FORMAT", Msg::kHelpLabelFormat},
    {"INPUT-FORMAT", Msg::kHelpLabelInputFormat},
    {"INPUT-ENCODING", Msg::kHelpLabelInputEncoding},
    {"OUTPUT", Msg::kHelpLabelOutput},
    {"EXPECT", Msg::kHelpLabelExpect},
    {"DIMENSION", Msg::kHelpLabelDimension},
    {"LANG", Msg::kHelpLabelLang},
    {"BARRIER", Msg::kHelpLabelBarrier},
    {"ADDING", Msg::kHelpLabelAdding},
    {"OPTIONS", Msg::kHelpOptionsBadge},
    {"SUBCOMMAND", Msg::kHelpCommandBadge},
    {"REQUIRED", Msg::kHelpRequired},
    {"Positionals", Msg::kHelpGroupPositionals},
    {"files", Msg::kHelpLabelFiles},  // check's positional argument
    {"shell", Msg::kHelpLabelShell},  // completion's positional argument
};

}  // namespace

HelpFormatter::HelpFormatter(std::function<std::size_t()> width, Lang lang)
    : width_(std::move(width)), lang_(lang) {
  for (const auto& [key, id] : kLabels) label(key, std::string(msg(lang, id)));
}

std::string HelpFormatter::value_name(const CLI::Option* opt) const {
  // CLI11's own type names say only how the value is stored: name it for the option instead.
  const std::string type = own_type_name(opt);
  const bool generic = type.empty() || type == "TEXT" || type == "INT" || type == "UINT" || type == "FLOAT";
  return get_label(generic || !fixed_values(opt).empty() ? placeholder(opt) : type);
}

std::string HelpFormatter::make_option_name(const CLI::Option* opt, bool is_positional) const {
  if (is_positional) return get_label(opt->get_name(true, false));
  return CLI::Formatter::make_option_name(opt, false);
}

std::string HelpFormatter::make_option_opts(const CLI::Option* opt) const {
  if (!opt->get_option_text().empty()) return " " + opt->get_option_text();
  // A flag (CLI11 leaves the type size of a flag without a variable, as --help, at 1).
  if (opt->get_type_size() == 0 || opt->get_expected_max() == 0) return "";
  std::string out = " " + value_name(opt);
  if (!opt->get_default_str().empty()) out += "=" + opt->get_default_str();
  if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) out += " ...";
  if (opt->get_required()) out += " " + get_label("REQUIRED");
  return out;
}

std::string HelpFormatter::make_option_desc(const CLI::Option* opt) const {
  std::string out = opt->get_description();
  const auto values = fixed_values(opt);
  if (!values.empty() &&
      !std::all_of(values.begin(), values.end(), [&](const std::string& v) { return mentions(out, v); })) {
    out = msg(lang_, Msg::kHelpValues, fmt::arg("text", out), fmt::arg("values", joined(values, "|")));
  }
  const std::string separator(msg(lang_, Msg::kListSeparator));
  std::vector<std::string> others;
  for (const CLI::Option* needed : opt->get_needs())
    if (!mentions(out, needed->get_name())) others.push_back(needed->get_name());
  if (!others.empty())
    out = msg(lang_, Msg::kHelpNeeds, fmt::arg("text", out), fmt::arg("names", joined(others, separator)));
  others.clear();
  for (const CLI::Option* excluded : opt->get_excludes()) others.push_back(excluded->get_name());
  if (!others.empty())
    out = msg(lang_, Msg::kHelpExcludes, fmt::arg("text", out), fmt::arg("names", joined(others, separator)));
  if (!opt->get_envname().empty())
    out = msg(lang_, Msg::kHelpEnv, fmt::arg("text", out), fmt::arg("name", opt->get_envname()));
  return out;
}

std::string HelpFormatter::two_columns(const std::string& name, const std::string& text) const {
  const std::size_t width = width_();
  const std::size_t column = std::min(column_width_, width / 2);
  const std::string left = std::string(kIndent, ' ') + name;
  std::string out;
  // Room beside the names: descriptions wrap there. No room (a narrow terminal): under them.
  const bool beside = width > column + kMinTextWidth;
  const std::size_t text_column = beside ? column : kIndent * 3;
  std::string first_prefix;
  if (beside && display_width(left) + 1 < column) {
    first_prefix = pad_right(left, column);
  } else {
    out += left + "\n";
    first_prefix = std::string(text_column, ' ');
  }
  if (text.empty()) return out.empty() ? left + "\n" : out;
  append_wrapped(out, first_prefix, text, width - 1);  // the last column stays free
  return out;
}

std::string HelpFormatter::make_option(const CLI::Option* opt, bool is_positional) const {
  const std::string opts = is_positional ? positional_opts(opt) : make_option_opts(opt);
  return two_columns(make_option_name(opt, is_positional) + opts, make_option_desc(opt));
}

std::string HelpFormatter::positional_opts(const CLI::Option* opt) const {
  // No type name: the argument's name already says what it is ("概况文件 文件" said it twice).
  std::string out;
  if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) out += " ...";
  if (opt->get_required()) out += " " + get_label("REQUIRED");
  return out;
}

std::string HelpFormatter::make_subcommand(const CLI::App* sub) const {
  return two_columns(sub->get_display_name(true), sub->get_description());
}

std::string HelpFormatter::wrapped_lines(const std::string& text) const {
  const std::size_t width = width_() - 1;  // the last column stays free
  std::string out;
  for (const std::string& line : split(text, '\n')) {
    const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
    const std::string_view body = std::string_view(line).substr(indent);
    if (display_width(line) <= width || indent + kMinTextWidth > width) {
      out += line + "\n";
    } else if (indent > 0 && body.starts_with("acct-advisor ")) {
      // An example command: continued with a backslash, so it still pastes into a shell.
      const auto parts = wrap(body, width - indent - 2 - kIndent);
      for (std::size_t i = 0; i < parts.size(); ++i) {
        out += std::string(indent + (i == 0 ? 0 : kIndent), ' ') + parts[i];
        out += i + 1 < parts.size() ? " \\\n" : "\n";
      }
    } else {
      // A long line continues under its own text: "  0  success" lists keep their shape.
      append_wrapped(out, line.substr(0, indent), body, width);
    }
  }
  return out;
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
  std::string desc = CLI::Formatter::make_description(app);
  if (desc.empty()) return desc;
  desc.pop_back();  // the newline CLI11 ends it with
  // Prose: a line break inside a paragraph was made for some width; wrap for this one instead.
  for (std::size_t at = desc.find('\n'); at != std::string::npos; at = desc.find('\n', at + 1)) {
    if (at + 1 < desc.size() && desc[at + 1] != ' ' && desc[at + 1] != '\n' && at > 0 && desc[at - 1] != '\n')
      desc[at] = ' ';
  }
  return wrapped_lines(desc);
}

std::string HelpFormatter::make_usage(const CLI::App* app, std::string name) const {
  std::string usage = name;
  if (!app->get_options([](const CLI::Option* opt) { return opt->nonpositional(); }).empty())
    usage += " [" + get_label("OPTIONS") + "]";
  for (const CLI::Option* opt :
       app->get_options([](const CLI::Option* opt) { return opt->get_positional(); }))
    usage += " " + make_option_usage(opt);
  if (!app->get_subcommands(
              [](const CLI::App* sub) { return !sub->get_disabled() && !sub->get_name().empty(); })
           .empty())
    usage += " " + get_label("SUBCOMMAND");
  return msg(lang_, Msg::kHelpUsage, fmt::arg("usage", usage)) + "\n";
}

std::string HelpFormatter::make_group(std::string group, bool is_positional,
                                      std::vector<const CLI::Option*> opts) const {
  std::string out = "\n" + msg(lang_, Msg::kHelpHeading, fmt::arg("group", group)) + "\n";
  for (const CLI::Option* opt : opts) out += make_option(opt, is_positional);
  return out;
}

std::string HelpFormatter::make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const {
  if (mode == CLI::AppFormatMode::All) return CLI::Formatter::make_subcommands(app, mode);
  std::string out;
  for (const CLI::App* sub : app->get_subcommands({})) {
    if (sub->get_name().empty()) continue;  // option groups: none in this program
    if (out.empty())
      out =
          "\n" + msg(lang_, Msg::kHelpHeading, fmt::arg("group", msg(lang_, Msg::kHelpGroupCommands))) + "\n";
    out += make_subcommand(sub);
  }
  return out;
}

std::string HelpFormatter::make_footer(const CLI::App* app) const {
  const std::string footer = app->get_footer();
  return footer.empty() ? footer : wrapped_lines(footer);
}

}  // namespace advisor::cli
