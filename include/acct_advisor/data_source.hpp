#pragma once
// Where data files come from: the copies compiled into the binary, or a directory on disk
// (--data DIR / ACCT_ADVISOR_DATA). Loaders read through this so tests can hand them strings.

#include <cstddef>
#include <memory>
#include <string>

namespace advisor {

struct SourceFile {
  std::string display_name;  ///< How error messages name the file, e.g. "data/features.json"; terminal-safe.
  std::string contents;
};

class DataSource {
 public:
  virtual ~DataSource() = default;
  /// Reads one file by name ("features.json"); throws DataError when it cannot be read.
  virtual SourceFile read(const std::string& name) const = 0;
};

/// Data and rules files larger than this are refused unread: the real ones are a few tens of
/// kilobytes, so anything this big is a mistake, and reading it would only waste memory.
inline constexpr std::size_t kMaxDataFileBytes = std::size_t{8} * 1024 * 1024;

std::unique_ptr<DataSource> embedded_data_source();
std::unique_ptr<DataSource> directory_data_source(const std::string& dir);

/// Reads a whole file, enforcing kMaxDataFileBytes; throws DataError naming the file.
SourceFile read_data_file(const std::string& path);

}  // namespace advisor
