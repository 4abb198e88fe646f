#pragma once
// Errors are exceptions that carry the exit code the process should end with and, in the
// message, the place the problem was found (file, line, JSON pointer or flag). They are caught
// once, in main, and printed as a single line.

#include <stdexcept>
#include <string>
#include <vector>

namespace advisor {

/// Exit codes; documented in README, --help and the man page. Never renumber.
enum class ExitCode : int {
  kSuccess = 0,
  kExpectationNotMet = 1,  ///< --expect did not hold.
  kUsage = 2,              ///< Bad flag, bad value, bad input record.
  kData = 3,               ///< Data or rules file unreadable or invalid.
  kOutput = 4,             ///< Output could not be written (disk full, closed file).
  kResources = 5,          ///< The system ran out of memory.
  kInternal = 70,          ///< A bug: an exception no part of the tool expected (EX_SOFTWARE).
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

/// Bad user input: a flag value, a profile field, a batch line.
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(ExitCode::kUsage, message) {}
};

/// A data or rules file is unreadable or invalid. Holds every problem found, not just the
/// first, so `validate` can list them all; what() is the first plus a count.
class DataError : public Error {
 public:
  explicit DataError(std::vector<std::string> problems);
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::vector<std::string> problems_;
};

class ExpectationError : public Error {
 public:
  explicit ExpectationError(const std::string& message) : Error(ExitCode::kExpectationNotMet, message) {}
};

class OutputError : public Error {
 public:
  explicit OutputError(const std::string& message) : Error(ExitCode::kOutput, message) {}
};

}  // namespace advisor
