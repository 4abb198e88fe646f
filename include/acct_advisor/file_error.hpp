#pragma once
// Why a file could not be read, in words that name the real cause: a symlink loop, a
// permission (of the file or of a directory on its path), a path through a non-directory, a
// FIFO or device where a regular file is needed. The errno decides; a generic "cannot read"
// would send the user looking for a file that is there.

#include <sys/types.h>

#include <string>

#include "acct_advisor/lang.hpp"

namespace advisor {

/// The reason for a failed open()/stat() with errno `err`.
std::string open_error_reason(int err, Lang lang);

/// "a FIFO (named pipe)", "a character device", ... for a file type that is neither a regular
/// file nor a directory.
std::string special_file_kind(mode_t mode, Lang lang);

}  // namespace advisor
