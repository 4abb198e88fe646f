#include "acct_advisor/data_source.hpp"

#include <sys/stat.h>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "acct_advisor/embedded_data.hpp"
#include "acct_advisor/error.hpp"

namespace advisor {
namespace {

class EmbeddedSource : public DataSource {
 public:
  SourceFile read(const std::string& name) const override {
    for (const auto& file : embedded_files()) {
      if (file.name == name) return {"data/" + name + " (built in)", std::string(file.contents)};
    }
    throw DataError({fmt::format("data/{}: not built into this binary", name)});
  }
};

class DirectorySource : public DataSource {
 public:
  explicit DirectorySource(std::string dir) : dir_(std::move(dir)) {}
  SourceFile read(const std::string& name) const override {
    std::string path = dir_;
    if (!path.empty() && path.back() != '/') path += '/';
    return read_data_file(path + name);
  }

 private:
  std::string dir_;
};

}  // namespace

std::unique_ptr<DataSource> embedded_data_source() {
  return std::make_unique<EmbeddedSource>();
}

std::unique_ptr<DataSource> directory_data_source(const std::string& dir) {
  return std::make_unique<DirectorySource>(dir);
}

SourceFile read_data_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) throw DataError({fmt::format("{}: cannot read: no such file", path)});
  if (S_ISDIR(st.st_mode)) throw DataError({fmt::format("{}: cannot read: is a directory", path)});
  // Checked before reading so a huge file is never pulled into memory.
  if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > kMaxDataFileBytes) {
    throw DataError({fmt::format("{}: file is {} bytes; data files are limited to {} bytes", path, st.st_size,
                                 kMaxDataFileBytes)});
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError({fmt::format("{}: cannot read: permission denied or unreadable", path)});
  std::string contents;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    contents.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (contents.size() > kMaxDataFileBytes) {  // a pipe or device has no size to check up front
      throw DataError(
          {fmt::format("{}: more than {} bytes; data files are limited to that", path, kMaxDataFileBytes)});
    }
  }
  if (in.bad()) throw DataError({fmt::format("{}: read error", path)});
  return {path, std::move(contents)};
}

}  // namespace advisor
