#include "parse_errors.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "acct_advisor/edit_distance.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/utf8.hpp"
#include "help_formatter.hpp"

namespace advisor::cli {
namespace {

// At most two edits away, as the industry suggestions.
constexpr std::size_t kMaxSuggestionDistance = 2;

// CLI11 quotes whole arguments; a 10 KB one would make a 10 KB line. Cut at a UTF-8 boundary.
std::string shortened(std::string text, std::size_t max_bytes = 60) {
  if (text.size() <= max_bytes) return text;
  text.resize(utf8_cut(text, max_bytes));
  return text + "...";
}

std::string joined(const std::vector<std::string>& items, Lang lang) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : std::string(msg(lang, Msg::kListSeparator))) + item;
  return out;
}

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return names;
}

// The candidate closest to `word`, when one is close enough to be what was meant.
std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = kMaxSuggestionDistance + 1;
  for (const auto& candidate : candidates) {
    if (const std::size_t d = edit_distance(word, candidate); d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

// The command being parsed when the error came: the last subcommand CLI11 had entered.
const CLI::App& active_command(const CLI::App& app) {
  const auto parsed = app.get_subcommands();
  return parsed.empty() ? app : *parsed.back();
}

std::vector<std::string> long_option_names(const CLI::App& command) {
  std::vector<std::string> names;
  for (const CLI::Option* opt : command.get_options())
    for (const auto& name : opt->get_lnames()) names.push_back("--" + name);
  return names;
}

// "a: b" -> {"a", "b"}: CLI11 puts the option's name first.
std::pair<std::string, std::string> split_at(const std::string& text, std::string_view separator) {
  const auto at = text.find(separator);
  if (at == std::string::npos) return {"", text};
  return {text.substr(0, at), text.substr(at + separator.size())};
}

// "unknown option '--lnag'", with the one meant when it is near (as git says it).
std::string unknown_option(const std::string& arg, const CLI::App& app, Lang lang) {
  const std::string flag = arg.substr(0, arg.find('='));
  if (const std::string best = closest(flag, long_option_names(active_command(app))); !best.empty())
    return msg(lang, Msg::kErrUnknownOptionSuggest, fmt::arg("option", flag), fmt::arg("name", best));
  return msg(lang, Msg::kErrUnknownOption, fmt::arg("option", flag));
}

std::string extras(const CLI::ParseError& e, const CLI::App& app, Lang lang) {
  // "The following argument(s) was/were not expected: a b" (CLI11 lists them last first).
  const auto [head, tail] = split_at(e.what(), ": ");
  std::vector<std::string> args;
  for (std::size_t start = 0; start <= tail.size();) {
    const auto end = std::min(tail.find(' ', start), tail.size());
    if (end > start) args.push_back(shortened(tail.substr(start, end - start)));
    start = end + 1;
  }
  std::reverse(args.begin(), args.end());
  std::string out = msg(lang, args.size() > 1 ? Msg::kErrExtrasMany : Msg::kErrExtrasOne,
                        fmt::arg("args", joined(args, lang)));
  if (!args.empty() && args.front().starts_with("-")) return unknown_option(args.front(), app, lang);
  return out;
}

bool is_positional(const CLI::App& app, const std::string& name) {
  const CLI::Option* opt = active_command(app).get_option_no_throw(name);
  return opt != nullptr && opt->get_positional();
}

// A positional argument (check's files, completion's shell) as help names it, in the run's
// language; an option by its flag, which is the same in every language.
std::string shown_name(const CLI::App& app, const std::string& name) {
  const auto formatter = std::dynamic_pointer_cast<const HelpFormatter>(app.get_formatter());
  if (!is_positional(app, name) || !formatter) return name;
  return formatter->make_option_name(active_command(app).get_option_no_throw(name), true);
}

std::string required(const CLI::ParseError& e, const CLI::App& app, Lang lang) {
  const std::string what = e.what();
  if (what.starts_with("A subcommand is required") || what.starts_with("Requires at least")) {
    return msg(lang, Msg::kErrCommandRequired, fmt::arg("names", joined(command_names(app), lang)));
  }
  if (what.ends_with(" is required")) {
    const std::string name = what.substr(0, what.size() - 12);
    if (is_positional(app, name))
      return msg(lang, Msg::kErrMissingArgument, fmt::arg("name", shown_name(app, name)));
    return msg(lang, Msg::kErrRequired, fmt::arg("name", name));
  }
  return lang == Lang::kEn ? what : std::string(msg(lang, Msg::kErrBadCommandLine));
}

std::string pair_error(const CLI::ParseError& e, std::string_view word, Msg id, Lang lang) {
  const auto [name, other] = split_at(e.what(), word);
  return msg(lang, id, fmt::arg("name", name), fmt::arg("other", other));
}

std::string validation(const CLI::ParseError& e, const CLI::App& app, Lang lang) {
  // "--name: <the validator's message>": CLI::IsMember says "<value> not in {a,b}"; ours are
  // worded in the run's language already (cli_support's whole_number).
  const auto [raw_name, problem] = split_at(e.what(), ": ");
  const std::string name = shown_name(app, raw_name);
  const auto not_in = problem.rfind(" not in {");
  if (not_in != std::string::npos && problem.ends_with("}")) {
    std::vector<std::string> values;
    const std::string list = problem.substr(not_in + 9, problem.size() - not_in - 10);
    for (std::size_t start = 0; start <= list.size();) {
      const auto end = std::min(list.find(',', start), list.size());
      values.push_back(list.substr(start, end - start));
      start = end + 1;
    }
    return msg(lang, Msg::kErrNotOneOf, fmt::arg("name", name),
               fmt::arg("value", shortened(problem.substr(0, not_in))),
               fmt::arg("values", joined(values, lang)));
  }
  return msg(lang, Msg::kErrOptionProblem, fmt::arg("name", name), fmt::arg("problem", problem));
}

std::string conversion(const CLI::ParseError& e, Lang lang) {
  const std::string what = e.what();
  if (what.starts_with("Could not convert: ")) {
    const auto [name, value] = split_at(what.substr(19), " = ");
    return msg(lang, Msg::kErrNotConvertible, fmt::arg("name", name), fmt::arg("value", shortened(value)));
  }
  if (what.starts_with("The value ")) {
    const auto [value, name] = split_at(what.substr(10), " is not an allowed value for ");
    return msg(lang, Msg::kErrNotConvertible, fmt::arg("name", name), fmt::arg("value", shortened(value)));
  }
  if (what.ends_with(": too many inputs for a flag") || what.ends_with(": Should be true/false or a number"))
    return msg(lang, Msg::kErrFlagTakesNoValue, fmt::arg("name", split_at(what, ": ").first));
  return lang == Lang::kEn ? what : std::string(msg(lang, Msg::kErrBadCommandLine));
}

std::string mismatch(const CLI::ParseError& e, const CLI::App& app, Lang lang) {
  // "--users: 1 required N missing": the option was given without its value.
  const std::string what = e.what();
  if (what.ends_with(" missing")) {
    const auto [name, rest] = split_at(what, ": ");
    const CLI::Option* opt = active_command(app).get_option_no_throw(name);
    const auto formatter = std::dynamic_pointer_cast<const HelpFormatter>(app.get_formatter());
    const std::string type = opt != nullptr && formatter ? formatter->value_name(opt) : "";
    return msg(lang, Msg::kErrMissingValue, fmt::arg("name", name), fmt::arg("type", type));
  }
  if (what.ends_with(" was given a disallowed flag override"))
    return msg(lang, Msg::kErrFlagTakesNoValue, fmt::arg("name", what.substr(0, what.find(' '))));
  return lang == Lang::kEn ? what : std::string(msg(lang, Msg::kErrBadCommandLine));
}

}  // namespace

std::string describe_parse_error(const CLI::ParseError& error, const CLI::App& app, Lang lang) {
  // CLI11 checks required and positional arguments before it rejects unknown options:
  // `completion --lnag zh` would say "zh" is not a shell, when the mistake is the option.
  for (const std::string& arg : active_command(app).remaining())
    if (arg.starts_with("-") && arg != "-") return unknown_option(shortened(arg), app, lang);
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) return extras(error, app, lang);
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) return required(error, app, lang);
  if (dynamic_cast<const CLI::ExcludesError*>(&error) != nullptr)
    return pair_error(error, " excludes ", Msg::kErrExcludes, lang);
  if (dynamic_cast<const CLI::RequiresError*>(&error) != nullptr)
    return pair_error(error, " requires ", Msg::kErrRequires, lang);
  if (dynamic_cast<const CLI::ValidationError*>(&error) != nullptr) return validation(error, app, lang);
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) return conversion(error, lang);
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) return mismatch(error, app, lang);
  // Anything else CLI11 may say (none of this program's options reaches it today).
  return lang == Lang::kEn ? std::string(error.what()) : std::string(msg(lang, Msg::kErrBadCommandLine));
}

std::string unknown_command(const CLI::App& app, std::string_view word, Lang lang) {
  if (word.empty() || word.front() == '-') return "";
  const std::vector<std::string> names = command_names(app);
  if (std::find(names.begin(), names.end(), word) != names.end()) return "";
  const std::string shown = shortened(std::string(word));
  if (const std::string best = closest(word, names); !best.empty())
    return msg(lang, Msg::kErrUnknownCommandSuggest, fmt::arg("word", shown), fmt::arg("name", best));
  return msg(lang, Msg::kErrUnknownCommandList, fmt::arg("word", shown),
             fmt::arg("names", joined(names, lang)));
}

std::string help_command(const CLI::App& app) {
  std::string out = app.get_name();
  for (const CLI::App* sub : app.get_subcommands()) out += " " + sub->get_name();
  return out;
}

}  // namespace advisor::cli
