#include "completion.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "acct_advisor/data_source.hpp"
#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/industry_catalog.hpp"
#include "cli_support.hpp"

namespace advisor::cli {
namespace {

// ------------------------------------------------------------------------------------ model

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
  return line;
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return parts;
}

bool is_word(const std::string& s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.' || c == '+';
  });
}

bool is_lower_word(const std::string& s) {
  return is_word(s) && std::none_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

/// Options whose values are ids in the data files rather than a fixed list in the code.
using DataChoices = std::map<std::string, std::vector<std::string>>;

DataChoices data_choices() {
  const auto source = embedded_data_source();
  DataChoices choices;
  const IndustryCatalog industries = IndustryCatalog::load(*source);
  for (const auto& industry : industries.industries()) choices["--industry"].push_back(industry.id);
  const FeatureTable features = FeatureTable::load(*source);
  for (const auto& dimension : features.dimensions()) choices["--dimension"].push_back(dimension.id);
  return choices;
}

// Values come, in this order of preference, from: a CLI::IsMember check (CLI11 shows it in the
// type name as ":{a,b}"); a type name that lists lower-case words ("low|high"); the data
// (--industry, --dimension); a FILE or DIR type name.
CompletionOption describe_option(const CLI::Option& opt, const DataChoices& from_data) {
  CompletionOption out;
  if (opt.get_positional()) out.names.push_back(opt.get_name());
  out.repeats = opt.get_positional() && opt.get_expected_max() > 1;
  for (const auto& s : opt.get_snames()) out.names.push_back("-" + s);
  for (const auto& l : opt.get_lnames()) out.names.push_back("--" + l);
  out.description = first_line(opt.get_description());
  if (!opt.get_positional() && opt.get_expected_max() == 0) return out;  // a flag: takes no value

  std::string type = opt.get_type_name();
  if (const auto brace = type.find(":{"); brace != std::string::npos) {
    const auto close = type.find('}', brace);
    for (const auto& choice : split(type.substr(brace + 2, close - brace - 2), ','))
      if (is_word(choice)) out.choices.push_back(choice);
    type.erase(brace);
  } else if (const auto colon = type.find(':'); colon != std::string::npos) {
    type.erase(colon);  // another validator's description
  }
  out.value_name = type.empty() ? "VALUE" : type;
  if (out.choices.empty() && type.find('|') != std::string::npos) {
    const auto words = split(type, '|');
    if (std::all_of(words.begin(), words.end(), is_lower_word)) out.choices = words;
  }
  if (out.choices.empty()) {
    for (const auto& name : out.names) {
      if (const auto it = from_data.find(name); it != from_data.end()) out.choices = it->second;
    }
  }
  if (!out.choices.empty())
    out.kind = ValueKind::kChoices;
  else if (type == "DIR")
    out.kind = ValueKind::kDir;
  else if (type == "FILE" || type.rfind("FILE|", 0) == 0)
    out.kind = ValueKind::kFile;
  else
    out.kind = ValueKind::kFree;
  return out;
}

CompletionCommand describe_command(const CLI::App& app, const std::string& name,
                                   const DataChoices& from_data) {
  CompletionCommand out;
  out.name = name;
  out.description = first_line(app.get_description());
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_positional() && opt->get_snames().empty() && opt->get_lnames().empty()) {
      out.positionals.push_back(describe_option(*opt, from_data));
    } else {
      out.options.push_back(describe_option(*opt, from_data));
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------- bash

std::string join(const std::vector<std::string>& items, std::string_view separator = " ") {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string header(std::string_view shell) {
  return fmt::format(
      "# {} completion for acct-advisor, generated by `acct-advisor completion {}` (acct-advisor {})\n"
      "# from the program's own option definitions and built-in data: regenerate it, do not edit.\n",
      shell, shell, ACCT_ADVISOR_VERSION);
}

/// The bash lines that set COMPREPLY for the value of `opt`, then return.
std::string bash_value_action(const CompletionOption& opt, std::string_view indent) {
  switch (opt.kind) {
    case ValueKind::kChoices:
      return fmt::format("{}_acct_advisor_reply -W '{}'; return 0 ;;\n", indent, join(opt.choices));
    case ValueKind::kFile:
      return fmt::format("{}_acct_advisor_reply -f; return 0 ;;\n", indent);
    case ValueKind::kDir:
      return fmt::format("{}_acct_advisor_reply -d; return 0 ;;\n", indent);
    case ValueKind::kFree:
    case ValueKind::kNone:
      break;
  }
  return fmt::format("{}return 0 ;;  # {}: nothing to offer\n", indent, opt.value_name);
}

std::string bash_command_case(const CompletionCommand& cmd, std::string_view label) {
  std::vector<std::string> words;
  std::vector<std::string> takes_value;
  std::string value_cases;
  for (const auto& opt : cmd.options) {
    for (const auto& name : opt.names) words.push_back(name);
    if (opt.kind == ValueKind::kNone) continue;
    for (const auto& name : opt.names) takes_value.push_back(name);
    value_cases += fmt::format("        {})\n", join(opt.names, "|"));
    value_cases += bash_value_action(opt, "          ");
  }
  std::string out = fmt::format("    {})\n", label);
  if (!value_cases.empty()) out += "      case $prev in\n" + value_cases + "      esac\n";
  if (!cmd.positionals.empty()) {
    // Which positional argument is the word under the cursor? Count the earlier ones, skipping
    // option values.
    out += fmt::format("      takes=' {} '\n", join(takes_value));
    out +=
        "      n=0\n"
        "      for (( i = start; i < COMP_CWORD; i++ )); do\n"
        "        w=${COMP_WORDS[i]}\n"
        "        if [[ $w == -* ]]; then\n"
        "          [[ $takes == *\" $w \"* ]] && (( i++ ))\n"
        "        elif [[ $w != = ]]; then\n"
        "          (( n++ ))\n"
        "        fi\n"
        "      done\n"
        "      if [[ $cur != -* ]]; then\n"
        "        case $n in\n";
    for (std::size_t i = 0; i < cmd.positionals.size(); ++i) {
      // A repeating last positional takes every word from its place on.
      const bool rest = cmd.positionals[i].repeats && i + 1 == cmd.positionals.size();
      out += rest ? "          *)\n" : fmt::format("          {})\n", i);
      out += bash_value_action(cmd.positionals[i], "            ");
    }
    out +=
        "        esac\n"
        "      fi\n";
  }
  out += fmt::format("      _acct_advisor_reply -W '{}'\n", join(words));
  out += "      ;;\n";
  return out;
}

}  // namespace

CompletionModel build_completion_model(const CLI::App& app) {
  const DataChoices from_data = data_choices();
  CompletionModel model;
  model.top = describe_command(app, "", from_data);
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_name().empty() || sub->get_disabled()) continue;  // option groups
    model.commands.push_back(describe_command(*sub, sub->get_name(), from_data));
  }
  return model;
}

std::string render_bash_completion(const CompletionModel& model) {
  std::vector<std::string> names;
  for (const auto& cmd : model.commands) names.push_back(cmd.name);

  std::string out = header("bash");
  out +=
      "# Install: copy to ~/.local/share/bash-completion/completions/acct-advisor (or, system-wide,\n"
      "# /usr/share/bash-completion/completions/acct-advisor), or add to ~/.bashrc:\n"
      "#   source <(acct-advisor completion bash)\n"
      "\n"
      "# Sets COMPREPLY from `compgen ARGS -- \"$cur\"`, one match per line (file names may hold spaces).\n"
      "_acct_advisor_reply() {\n"
      "  [[ $1 == -[fd] ]] && compopt -o filenames 2>/dev/null\n"
      "  mapfile -t COMPREPLY < <(compgen \"$@\" -- \"$cur\")\n"
      "}\n"
      "\n"
      "_acct_advisor() {\n"
      "  local cur prev sub='' start=1 i n w takes\n"
      "  COMPREPLY=()\n"
      "  cur=${COMP_WORDS[COMP_CWORD]}\n"
      "  prev=''\n"
      "  (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}\n"
      "  # --option=value: bash splits the word at '=' (see COMP_WORDBREAKS).\n"
      "  if [[ $cur == = ]]; then\n"
      "    cur=''\n"
      "  elif [[ $prev == = ]] && (( COMP_CWORD > 1 )); then\n"
      "    prev=${COMP_WORDS[COMP_CWORD-2]}\n"
      "  fi\n"
      "  for (( i = 1; i < COMP_CWORD; i++ )); do\n"
      "    case ${COMP_WORDS[i]} in\n";
  out += fmt::format("      {}) sub=${{COMP_WORDS[i]}}; start=$(( i + 1 )); break ;;\n", join(names, "|"));
  out +=
      "    esac\n"
      "  done\n"
      "\n"
      "  case $sub in\n";
  // The top level: subcommand names, or its own options after a '-'.
  std::vector<std::string> top_words;
  for (const auto& opt : model.top.options)
    for (const auto& name : opt.names) top_words.push_back(name);
  out += "    '')\n";
  out += fmt::format("      if [[ $cur == -* ]]; then _acct_advisor_reply -W '{}'\n", join(top_words));
  out += fmt::format("      else _acct_advisor_reply -W '{}'\n", join(names));
  out += "      fi\n      ;;\n";
  for (const auto& cmd : model.commands) out += bash_command_case(cmd, cmd.name);
  out +=
      "  esac\n"
      "  return 0\n"
      "}\n"
      "\n"
      "complete -F _acct_advisor acct-advisor\n";
  return out;
}

// -------------------------------------------------------------------------------------- zsh

namespace {

/// Inside a single-quoted zsh word.
std::string zsh_quote_body(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out;
}

/// An _arguments description in [...] or a _describe entry: brackets and colons escaped.
std::string zsh_description(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
    out += c;
  }
  return zsh_quote_body(out);
}

std::string zsh_action(const CompletionOption& opt) {
  switch (opt.kind) {
    case ValueKind::kChoices:
      return "(" + join(opt.choices) + ")";
    case ValueKind::kFile:
      return "_files";
    case ValueKind::kDir:
      return "_files -/";
    case ValueKind::kFree:
    case ValueKind::kNone:
      break;
  }
  return " ";
}

std::string zsh_option_spec(const CompletionOption& opt) {
  const bool value = opt.kind != ValueKind::kNone;
  std::vector<std::string> names;
  for (const auto& name : opt.names) {
    const bool is_long = name.rfind("--", 0) == 0;
    names.push_back(value ? name + (is_long ? "=" : "+") : name);
  }
  std::string spec;
  if (names.size() > 1) {
    spec = "'(" + join(opt.names) + ")'{" + join(names, ",") + "}'";
  } else {
    spec = "'" + names.front();
  }
  spec += "[" + zsh_description(opt.description) + "]";
  if (value) {
    // The message zsh shows above the values: the value's name, or the option's for plain TEXT.
    std::string message = opt.value_name;
    if (message == "TEXT" || message == "VALUE")
      message = opt.names.back().substr(opt.names.back().find_first_not_of('-'));
    spec += ":" + zsh_quote_body(message) + ":" + zsh_quote_body(zsh_action(opt));
  }
  return spec + "'";
}

std::string zsh_arguments(const CompletionCommand& cmd, std::string_view indent) {
  std::string out = fmt::format("{}_arguments -S", indent);
  for (const auto& opt : cmd.options) out += fmt::format(" \\\n{}  {}", indent, zsh_option_spec(opt));
  for (std::size_t i = 0; i < cmd.positionals.size(); ++i) {
    const auto& p = cmd.positionals[i];
    const bool rest = p.repeats && i + 1 == cmd.positionals.size();
    out += fmt::format(" \\\n{}  '{}:{}:{}'", indent, rest ? std::string("*") : std::to_string(i + 1),
                       zsh_quote_body(p.names.front()), zsh_quote_body(zsh_action(p)));
  }
  return out;
}

}  // namespace

std::string render_zsh_completion(const CompletionModel& model) {
  std::string out = "#compdef acct-advisor\n" + header("zsh");
  out +=
      "# Install: copy as _acct-advisor into a directory on $fpath (system-wide:\n"
      "# /usr/share/zsh/vendor-completions or /usr/local/share/zsh/site-functions) before compinit runs,\n"
      "# or, after compinit in ~/.zshrc:  source <(acct-advisor completion zsh)\n"
      "\n"
      "_acct-advisor() {\n"
      "  local curcontext=$curcontext state state_descr line ret=1\n"
      "  typeset -A opt_args\n";
  // The top level: its options, then a subcommand, then that subcommand's arguments.
  std::string top = zsh_arguments(model.top, "  ");
  top.replace(top.find("_arguments -S"), 13, "_arguments -C -S");
  out += top + " \\\n    '1: :->command' \\\n    '*:: :->argument' && ret=0\n";
  out +=
      "  case $state in\n"
      "    command)\n"
      "      local -a commands\n"
      "      commands=(\n";
  for (const auto& cmd : model.commands)
    out += fmt::format("        '{}:{}'\n", cmd.name, zsh_quote_body(cmd.description));
  out +=
      "      )\n"
      "      _describe -t commands 'acct-advisor command' commands && ret=0\n"
      "      ;;\n"
      "    argument)\n"
      "      curcontext=${curcontext%:*:*}:acct-advisor-$words[1]:\n"
      "      case $words[1] in\n";
  for (const auto& cmd : model.commands) {
    out += fmt::format("        {})\n", cmd.name);
    out += zsh_arguments(cmd, "          ") + " && ret=0\n";
    out += "          ;;\n";
  }
  out +=
      "      esac\n"
      "      ;;\n"
      "  esac\n"
      "  return ret\n"
      "}\n"
      "\n"
      "if [[ $funcstack[1] == _acct-advisor ]]; then\n"
      "  _acct-advisor \"$@\"  # autoloaded from $fpath\n"
      "else\n"
      "  compdef _acct-advisor acct-advisor  # sourced\n"
      "fi\n";
  return out;
}

void setup_completion(CLI::App& app) {
  auto shell = std::make_shared<std::string>();
  CLI::App* sub = app.add_subcommand("completion", text(Msg::kHelpCompletion));
  sub->add_option("shell", *shell, text(Msg::kHelpCompletionShell))
      ->required()
      ->check(CLI::IsMember({"bash", "zsh"}));
  // The script is the same in every language; --lang words the help and the errors.
  auto lang = std::make_shared<std::optional<Lang>>();
  add_lang_option(*sub, *lang);
  sub->footer(text(Msg::kHelpCompletionFooter));
  sub->callback([shell, lang, &app] {  // lang: kept alive as long as the command
    const CompletionModel model = build_completion_model(app);
    write_out(*shell == "zsh" ? render_zsh_completion(model) : render_bash_completion(model));
  });
}

}  // namespace advisor::cli
