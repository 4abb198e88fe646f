#include "acct_advisor/error.hpp"

#include <fmt/format.h>

namespace advisor {
namespace {

std::string summarize(const std::vector<std::string>& problems) {
  if (problems.empty()) return "invalid data";
  if (problems.size() == 1) return problems.front();
  return fmt::format("{} (and {} more problem{}; 'acct-advisor validate' lists them all)", problems.front(),
                     problems.size() - 1, problems.size() == 2 ? "" : "s");
}

}  // namespace

DataError::DataError(std::vector<std::string> problems)
    : Error(ExitCode::kData, summarize(problems)), problems_(std::move(problems)) {}

}  // namespace advisor
