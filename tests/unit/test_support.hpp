#pragma once
// Helpers shared by the unit tests: reading test files, the real data set, and a DataSource
// that serves one in-memory file, so loaders can be fed broken input.

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/data_source.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/error.hpp"

namespace test_support {

inline std::filesystem::path tests_dir() {
  return ACCT_TEST_DIR;
}
inline std::filesystem::path data_dir() {
  return ACCT_DATA_DIR;
}
inline std::filesystem::path broken_dir() {
  return tests_dir() / "data" / "broken";
}

inline std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("test cannot open " + path.string());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// A data source that serves files from memory by name; any other name is a DataError, as a
/// missing file on disk would be.
class MemorySource : public advisor::DataSource {
 public:
  explicit MemorySource(advisor::Lang lang = advisor::Lang::kEn) : DataSource(lang) {}
  void add(const std::string& name, advisor::SourceFile file) { files_[name] = std::move(file); }
  advisor::SourceFile read(const std::string& name) const override {
    const auto it = files_.find(name);
    if (it == files_.end()) throw advisor::DataError({name + ": not in the test's MemorySource"});
    return it->second;
  }

 private:
  std::map<std::string, advisor::SourceFile> files_;
};

/// The data files in data/, loaded once (read from the source tree, so tests see edits to
/// data/ without a rebuild of the embedded copy).
inline const advisor::DataSet& real_data() {
  static const advisor::DataSet data =
      advisor::load_data_set(*advisor::directory_data_source(data_dir().string()));
  return data;
}

/// An engine over real_data(), built once.
inline const advisor::Engine& real_engine() {
  const auto& data = real_data();
  static const advisor::Engine engine(data.features, data.industries, data.rules);
  return engine;
}

inline bool any_contains(const std::vector<std::string>& items, std::string_view needle) {
  return std::any_of(items.begin(), items.end(),
                     [&](const std::string& item) { return item.find(needle) != std::string::npos; });
}

inline std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += "  " + item + "\n";
  return out;
}

/// True when `text` is well-formed UTF-8 (no stray continuation bytes, no truncated sequences,
/// no overlong forms or surrogates).
inline bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > text.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    const std::uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

}  // namespace test_support
