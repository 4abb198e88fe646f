#include "argv_conventions.hpp"

#include <algorithm>
#include <string_view>

namespace advisor::cli {
namespace {

bool is_option(std::string_view arg) {
  return arg.size() > 1 && arg.front() == '-';
}

}  // namespace

std::vector<std::string> apply_argv_conventions(std::vector<std::string> args) {
  const auto end_of_options = std::find(args.begin(), args.end(), "--");
  if (std::find(args.begin(), end_of_options, "--version") != end_of_options) return {"--version"};
  if (!args.empty() && args.front() == "help") {
    args.erase(args.begin());
    // `help` alone, or `help --anything`: the program's help; `help COMMAND`: that command's.
    if (args.empty() || is_option(args.front())) return {"--help"};
    return {args.front(), "--help"};
  }
  return args;
}

}  // namespace advisor::cli
