#include "acct_advisor/file_error.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "acct_advisor/messages.hpp"

namespace advisor {

std::string open_error_reason(int err, Lang lang) {
  switch (err) {
    case ENOENT:
      return std::string(msg(lang, Msg::kFileNoSuchFile));
    case ELOOP:
      return std::string(msg(lang, Msg::kFileLoop));
    case EACCES:
    case EPERM:
      return std::string(msg(lang, Msg::kFilePermission));
    case ENOTDIR:
      return std::string(msg(lang, Msg::kFileNotDirectory));
    case ENAMETOOLONG:
      return std::string(msg(lang, Msg::kFileNameTooLong));
    case EISDIR:
      return std::string(msg(lang, Msg::kFileIsDirectory));
    case ENOSPC:
      return std::string(msg(lang, Msg::kFileNoSpace));
    case EDQUOT:
      return std::string(msg(lang, Msg::kFileQuota));
    case EROFS:
      return std::string(msg(lang, Msg::kFileReadOnly));
    case EIO:
      return std::string(msg(lang, Msg::kFileIo));
    case EMFILE:
    case ENFILE:
      return std::string(msg(lang, Msg::kFileTooManyOpen));
    case EBUSY:
    case ETXTBSY:
      return std::string(msg(lang, Msg::kFileBusy));
    case ENXIO:
      return std::string(msg(lang, Msg::kFileNoReader));
    default:
      // The C library's words are English whatever the locale, so Chinese shows the code instead.
      return msg(lang, Msg::kFileOther, fmt::arg("reason", std::strerror(err)), fmt::arg("code", err));
  }
}

std::string special_file_kind(mode_t mode, Lang lang) {
  if (S_ISFIFO(mode)) return std::string(msg(lang, Msg::kFileKindFifo));
  if (S_ISCHR(mode)) return std::string(msg(lang, Msg::kFileKindCharDevice));
  if (S_ISBLK(mode)) return std::string(msg(lang, Msg::kFileKindBlockDevice));
  return std::string(msg(lang, Msg::kFileKindSocket));
}

}  // namespace advisor
