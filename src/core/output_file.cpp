#include "acct_advisor/output_file.hpp"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "acct_advisor/error.hpp"
#include "acct_advisor/file_error.hpp"
#include "acct_advisor/messages.hpp"

namespace advisor {
namespace {

// ------------------------------------------------------------------ the pending temporary file
// A signal handler may only call async-signal-safe functions: it reads a fixed buffer and calls
// unlink(2), then re-raises the signal with its default action.

char g_pending[PATH_MAX + 1];
volatile std::sig_atomic_t g_has_pending = 0;

extern "C" void remove_pending_and_die(int sig) {
  if (g_has_pending) ::unlink(g_pending);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

// Installs the handlers for as long as a temporary file exists, then restores the old ones.
class PendingTemp {
 public:
  explicit PendingTemp(const std::string& path) {
    struct sigaction sa {};
    sa.sa_handler = remove_pending_and_die;
    sigemptyset(&sa.sa_mask);
    // Block both while the path is published, so a handler never sees half of it.
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    ::sigprocmask(SIG_BLOCK, &block, &old);
    std::memcpy(g_pending, path.c_str(), path.size() + 1);
    g_has_pending = 1;
    ::sigaction(SIGINT, &sa, &old_int_);
    ::sigaction(SIGTERM, &sa, &old_term_);
    ::sigprocmask(SIG_SETMASK, &old, nullptr);
  }
  /// The file was renamed into place: nothing to remove any more.
  void release() { g_has_pending = 0; }
  ~PendingTemp() {
    if (g_has_pending) ::unlink(g_pending);
    g_has_pending = 0;
    ::sigaction(SIGINT, &old_int_, nullptr);
    ::sigaction(SIGTERM, &old_term_, nullptr);
  }
  PendingTemp(const PendingTemp&) = delete;
  PendingTemp& operator=(const PendingTemp&) = delete;

 private:
  struct sigaction old_int_ {};
  struct sigaction old_term_ {};
};

// The errno's words come from the catalogue, as a data file's do, so they follow the language.
[[noreturn]] void fail(const std::string& path, Msg what, int err, Lang lang) {
  throw OutputError(
      msg(lang, what, fmt::arg("path", path), fmt::arg("reason", open_error_reason(err, lang))));
}

void write_all(int fd, std::string_view contents, const std::string& path, Lang lang) {
  std::size_t done = 0;
  while (done < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int saved = errno;
      ::close(fd);
      fail(path, Msg::kOutputCannotWrite, saved, lang);
    }
    done += static_cast<std::size_t>(n);
  }
}

void default_stdout(std::string_view text, Lang lang) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
    throw OutputError(
        msg(lang, Msg::kOutputCannotWriteStdout, fmt::arg("reason", open_error_reason(errno, lang))));
}

std::string parent_of(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// Follows a symlink chain by hand, for a link whose final target does not exist yet (realpath
// fails then): the path to create. ELOOP after 40 links, as the kernel does.
std::string dangling_target(std::string path, Lang lang) {
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
      if (errno == ENOENT) return path;
      fail(path, Msg::kOutputCannotWrite, errno, lang);
    }
    if (!S_ISLNK(st.st_mode)) return path;
    char buf[PATH_MAX];
    const ssize_t n = ::readlink(path.c_str(), buf, sizeof buf - 1);
    if (n < 0) fail(path, Msg::kOutputCannotFollowLink, errno, lang);
    std::string next(buf, static_cast<std::size_t>(n));
    if (next.starts_with('/')) {
      path = next;
    } else {
      std::string joined = parent_of(path);
      joined += '/';
      joined += next;
      path = std::move(joined);
    }
  }
  fail(path, Msg::kOutputCannotWrite, ELOOP, lang);
}

// The temporary file beside real_path that is renamed over it once the whole output is in.
// shown is how messages name it.
int open_temp(const std::string& shown, const std::string& real_path, std::string& tmp,
              std::optional<PendingTemp>& pending, Lang lang) {
  tmp = parent_of(real_path) + "/.acct-XXXXXX";
  if (tmp.size() > PATH_MAX) fail(shown, Msg::kOutputCannotCreateTemp, ENAMETOOLONG, lang);
  // Signals are blocked from mkstemp until the path is published, so none slips in between.
  sigset_t block, prev;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  ::sigprocmask(SIG_BLOCK, &block, &prev);
  const int fd = ::mkostemp(tmp.data(), O_CLOEXEC);
  if (fd < 0) {
    const int saved = errno;
    ::sigprocmask(SIG_SETMASK, &prev, nullptr);
    fail(shown, Msg::kOutputCannotCreateTemp, saved, lang);
  }
  pending.emplace(tmp);
  ::sigprocmask(SIG_SETMASK, &prev, nullptr);
  return fd;
}

// Gives the written temporary file the old file's mode (and owner), makes it durable and
// renames it over real_path. Closes fd whatever happens.
void commit_temp(const std::string& shown, const std::string& real_path, const std::string& tmp, int fd,
                 const struct stat* old, PendingTemp& pending, Lang lang) {
  mode_t mode = 0;
  if (old) {
    mode = old->st_mode & 07777;
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  auto fail_fd = [&](Msg what) {
    const int saved = errno;
    ::close(fd);
    fail(shown, what, saved, lang);
  };
  // Owner first: fchown clears set-id bits, which fchmod then restores.
  if (old && ::geteuid() == 0 && (old->st_uid != ::geteuid() || old->st_gid != ::getegid())) {
    if (::fchown(fd, old->st_uid, old->st_gid) != 0) fail_fd(Msg::kOutputCannotKeepOwner);
  }
  if (::fchmod(fd, mode) != 0) fail_fd(Msg::kOutputCannotSetPermissions);
  if (::fsync(fd) != 0) fail_fd(Msg::kOutputCannotWrite);
  if (::close(fd) != 0) fail(shown, Msg::kOutputCannotWrite, errno, lang);
  if (::rename(tmp.c_str(), real_path.c_str()) != 0) fail(shown, Msg::kOutputCannotReplace, errno, lang);
  pending.release();
  // Make the rename itself durable; a directory that cannot be synced is no error.
  const int dir = ::open(parent_of(real_path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

bool same_file(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

}  // namespace

// What an OutputFile writes to, decided when it is opened.
struct OutputFile::State {
  std::function<void(std::string_view)> to_stdout;  ///< set: "-" or our own stdout
  int fd = -1;                                      ///< a temporary file or a special file
  std::string shown;                                ///< the path as given, for messages
  std::string real_path;                            ///< a temporary file: what it replaces
  std::string tmp;
  std::optional<struct stat> old;  ///< the file replaced, if there was one
  std::optional<PendingTemp> pending;
  Lang lang = Lang::kEn;  ///< of the messages
};

OutputFile::OutputFile(const OutputTarget& target) : state_(std::make_unique<State>()) {
  State& s = *state_;
  const std::string& path = target.path;
  s.shown = path;
  const Lang lang = s.lang = target.lang;
  const auto to_stdout = target.write_stdout
                             ? target.write_stdout
                             : std::function<void(std::string_view)>(
                                   [lang](std::string_view text) { default_stdout(text, lang); });
  if (path == "-") {
    s.to_stdout = to_stdout;
    return;
  }
  if (path.empty()) throw OutputError(std::string(msg(lang, Msg::kOutputNameEmpty)));

  struct stat st {};
  const bool exists = ::stat(path.c_str(), &st) == 0;
  if (!exists) {
    if (errno != ENOENT)
      fail(path, Msg::kOutputCannotWrite, errno, lang);  // EACCES, ELOOP, ENOTDIR, ENAMETOOLONG
    struct stat lst {};
    // A dangling symlink: create its target, and the link stays a link.
    const bool is_link = ::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode);
    s.real_path = is_link ? dangling_target(path, lang) : path;
    s.fd = open_temp(path, s.real_path, s.tmp, s.pending, lang);
    return;
  }
  for (const auto& input : target.inputs) {
    struct stat in {};
    if (::stat(input.c_str(), &in) == 0 && same_file(in, st))
      throw OutputError(msg(lang, Msg::kOutputRefuseInput, fmt::arg("path", path), fmt::arg("input", input)));
  }
  if (S_ISDIR(st.st_mode)) fail(path, Msg::kOutputCannotWrite, EISDIR, lang);
  struct stat out {};
  if (::fstat(STDOUT_FILENO, &out) == 0 && same_file(out, st)) {
    s.to_stdout = to_stdout;  // e.g. /proc/self/fd/1: replacing the file would lose what stdout writes
    return;
  }
  if (S_ISREG(st.st_mode)) {
    struct stat lst {};
    s.real_path = path;
    if (::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
      char* resolved = ::realpath(path.c_str(), nullptr);
      if (!resolved) fail(path, Msg::kOutputCannotFollowLink, errno, lang);
      s.real_path = resolved;
      std::free(resolved);
    }
    s.old = st;
    s.fd = open_temp(path, s.real_path, s.tmp, s.pending, lang);
    return;
  }
  // A FIFO, a device, anything else: written where it is. O_NONBLOCK is not used, so opening a
  // FIFO waits for its reader, as any writer of a FIFO does.
  s.fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (s.fd < 0) fail(path, Msg::kOutputCannotOpen, errno, lang);
}

OutputFile::~OutputFile() {
  // Not committed (an error on the way): the temporary file goes (PendingTemp), the fd closes.
  if (state_ && state_->fd >= 0) ::close(state_->fd);
}

void OutputFile::write(std::string_view chunk) {
  State& s = *state_;
  if (s.to_stdout) {
    if (!chunk.empty()) s.to_stdout(chunk);
    return;
  }
  if (s.fd < 0) throw OutputError(msg(s.lang, Msg::kOutputWrittenAfterClose, fmt::arg("path", s.shown)));
  const int fd = s.fd;
  try {
    write_all(fd, chunk, s.shown, s.lang);
  } catch (...) {
    s.fd = -1;  // write_all closed it
    throw;
  }
}

void OutputFile::commit() {
  State& s = *state_;
  if (s.to_stdout || s.fd < 0) return;
  const int fd = s.fd;
  s.fd = -1;  // closed below, whatever happens
  if (s.pending) {
    commit_temp(s.shown, s.real_path, s.tmp, fd, s.old ? &*s.old : nullptr, *s.pending, s.lang);
    return;
  }
  if (::close(fd) != 0) fail(s.shown, Msg::kOutputCannotWrite, errno, s.lang);
}

void write_output_file(const OutputTarget& target, std::string_view contents) {
  OutputFile file(target);
  file.write(contents);
  file.commit();
}

}  // namespace advisor
