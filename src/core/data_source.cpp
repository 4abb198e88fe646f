#include "acct_advisor/data_source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include <fmt/format.h>

#include "acct_advisor/embedded_data.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/file_error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/terminal_text.hpp"

namespace advisor {
namespace {

class EmbeddedSource : public DataSource {
 public:
  explicit EmbeddedSource(Lang lang) : DataSource(lang) {}
  SourceFile read(const std::string& name) const override {
    for (const auto& file : embedded_files()) {
      if (file.name == name) return {"data/" + name + " (built in)", std::string(file.contents)};
    }
    throw DataError({fmt::format("data/{}: not built into this binary", name)});
  }
};

class DirectorySource : public DataSource {
 public:
  DirectorySource(std::string dir, Lang lang) : DataSource(lang), dir_(std::move(dir)) {}
  SourceFile read(const std::string& name) const override {
    std::string path = dir_;
    if (!path.empty() && path.back() != '/') path += '/';
    return read_data_file(path + name, lang());
  }

 private:
  std::string dir_;
};

}  // namespace

std::unique_ptr<DataSource> embedded_data_source(Lang lang) {
  return std::make_unique<EmbeddedSource>(lang);
}

std::unique_ptr<DataSource> directory_data_source(const std::string& dir, Lang lang) {
  return std::make_unique<DirectorySource>(dir, lang);
}

namespace {

[[noreturn]] void cannot_read(const std::string& path, const std::string& reason, Lang lang) {
  throw DataError({msg(lang, Msg::kFileCannotRead, fmt::arg("path", terminal_value(path, kShownPathBytes)),
                       fmt::arg("reason", reason))});
}

// Closes the descriptor on every way out, exceptions included.
struct Fd {
  explicit Fd(int descriptor) : fd(descriptor) {}
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int fd;
};

}  // namespace

SourceFile read_data_file(const std::string& path, Lang lang) {
  // O_NONBLOCK: a FIFO with no writer would block open() for ever; it is refused below instead,
  // as are devices and sockets (a data file is a regular file: its size is known up front).
  const Fd file(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (file.fd < 0) cannot_read(path, open_error_reason(errno, lang), lang);
  struct stat st {};
  if (::fstat(file.fd, &st) != 0) cannot_read(path, open_error_reason(errno, lang), lang);
  if (S_ISDIR(st.st_mode)) cannot_read(path, std::string(msg(lang, Msg::kFileIsDirectory)), lang);
  if (!S_ISREG(st.st_mode)) {
    cannot_read(path, msg(lang, Msg::kFileNotRegular, fmt::arg("kind", special_file_kind(st.st_mode, lang))),
                lang);
  }
  // Checked before reading so a huge file is never pulled into memory.
  if (static_cast<std::size_t>(st.st_size) > kMaxDataFileBytes) {
    throw DataError({fmt::format("{}: file is {} bytes; data files are limited to {} bytes",
                                 terminal_value(path, kShownPathBytes), st.st_size, kMaxDataFileBytes)});
  }
  std::string contents;
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      cannot_read(path, open_error_reason(errno, lang), lang);
    }
    contents.append(buffer, static_cast<std::size_t>(n));
    if (contents.size() > kMaxDataFileBytes) {  // the file grew while being read
      throw DataError({fmt::format("{}: more than {} bytes; data files are limited to that",
                                   terminal_value(path, kShownPathBytes), kMaxDataFileBytes)});
    }
  }
  return {terminal_value(path, kShownPathBytes), std::move(contents)};  // how messages name it
}

}  // namespace advisor
