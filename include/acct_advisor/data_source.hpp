#pragma once
// Where data files come from: the copies compiled into the binary, or a directory on disk
// (--data DIR / ACCT_ADVISOR_DATA). Loaders read through this so tests can hand them strings.

#include <cstddef>
#include <memory>
#include <string>

#include "acct_advisor/lang.hpp"

namespace advisor {

struct SourceFile {
  std::string display_name;  ///< How error messages name the file, e.g. "data/features.json"; terminal-safe.
  std::string contents;
};

/// A source knows the language of the run it serves: every problem found reading or loading its
/// files is worded in it, so no loader needs to be told again.
class DataSource {
 public:
  explicit DataSource(Lang lang = Lang::kEn) : lang_(lang) {}
  virtual ~DataSource() = default;
  /// The language problems in this source's files are reported in.
  Lang lang() const { return lang_; }
  /// Reads one file by name ("features.json"); throws DataError when it cannot be read.
  virtual SourceFile read(const std::string& name) const = 0;

 private:
  Lang lang_;
};

/// Data and rules files larger than this are refused unread: the real ones are a few tens of
/// kilobytes, so anything this big is a mistake, and reading it would only waste memory.
inline constexpr std::size_t kMaxDataFileBytes = std::size_t{8} * 1024 * 1024;

std::unique_ptr<DataSource> embedded_data_source(Lang lang = Lang::kEn);
std::unique_ptr<DataSource> directory_data_source(const std::string& dir, Lang lang = Lang::kEn);

/// Reads a whole file, enforcing kMaxDataFileBytes; throws DataError naming the file.
SourceFile read_data_file(const std::string& path, Lang lang = Lang::kEn);

}  // namespace advisor
