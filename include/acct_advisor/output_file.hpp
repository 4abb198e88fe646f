#pragma once
// The one way this program writes an output file (plan --svg, report --output). What PATH is
// decides how:
//
//   "-"                   standard output;
//   a regular file        replaced atomically: a temporary file with a short name (.acct-XXXXXX)
//                         in the same directory, written, fsynced and renamed over it, keeping
//                         the old file's mode (and, when run as root, its owner);
//   no file yet           created the same way, with mode 0666 less the umask;
//   a symlink             followed to its target, which is then written as above (the link
//                         stays a link);
//   a FIFO, a device or   opened and written in place, never replaced (a reader of the FIFO
//   another special file  gets the bytes; /dev/full reports ENOSPC);
//   our own stdout        (e.g. a link to /proc/self/fd/1 onto a regular file) written to stdout;
//   a directory           an error (EISDIR).
//
// A path that is the same file (st_dev and st_ino) as one the run reads is refused, so an
// output can never overwrite the data it was computed from. A pending temporary file is
// removed on any error and on SIGINT or SIGTERM. Every failure throws OutputError (exit 4)
// with one line naming the path and why (the errno, in the target's language).

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "acct_advisor/lang.hpp"

namespace advisor {

struct OutputTarget {
  std::string path;                 ///< as given; "-" is standard output
  std::vector<std::string> inputs;  ///< files the run reads, which the output must not be
  /// How "-" (and a path that is our own stdout) is written; default: fwrite to stdout.
  std::function<void(std::string_view)> write_stdout;
  Lang lang = Lang::kEn;  ///< of the error messages
};

/// The same, written piece by piece as it is made (batch streams its records): opened when
/// constructed (the checks above run then, and a FIFO waits for its reader), written with
/// write(), and put in place by commit(). Destroyed without commit() (an error on the way), a
/// temporary file is removed and the file it would have replaced is left as it was.
class OutputFile {
 public:
  explicit OutputFile(const OutputTarget& target);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  void write(std::string_view chunk);
  void commit();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

/// The whole contents at once: OutputFile, one write, commit.
void write_output_file(const OutputTarget& target, std::string_view contents);

}  // namespace advisor
