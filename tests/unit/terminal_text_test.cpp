// The one terminal escaper (terminal_text.hpp) and the errno-accurate reasons for files that
// cannot be read (file_error.hpp, data_source.hpp).

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "acct_advisor/data_source.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/file_error.hpp"
#include "acct_advisor/terminal_text.hpp"
#include "acct_advisor/utf8.hpp"

using namespace advisor;
namespace fs = std::filesystem;

namespace {

// No byte below 0x20 but the ones `allowed`, and no DEL.
bool no_control_bytes(const std::string& s, std::string_view allowed = "") {
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 || u == 0x7F) && allowed.find(c) == std::string_view::npos) return false;
  }
  return true;
}

std::string data_error(const std::string& path) {
  try {
    (void)read_data_file(path);
  } catch (const DataError& e) {
    return e.what();
  }
  return "(read without an error)";
}

// A fresh directory under the system's temporary directory, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "acct-advisor-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
    for (const auto& entry : fs::directory_iterator(path, ec))
      fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

}  // namespace

TEST_CASE("control characters are shown as visible escapes", "[terminal]") {
  CHECK(terminal_value("a\x1b[31mb", kNoLengthCap) == "a\\x1b[31mb");
  CHECK(terminal_value("bell\x07", kNoLengthCap) == "bell\\x07");
  CHECK(terminal_value("cr\rlf\ntab\t", kNoLengthCap) == "cr\\rlf\\ntab\\t");
  CHECK(terminal_value(std::string("nul\0end", 7), kNoLengthCap) == "nul\\x00end");
  CHECK(terminal_value("del\x7f", kNoLengthCap) == "del\\x7f");
  CHECK(terminal_value("\xC2\x9B"
                       "31m",
                       kNoLengthCap) == "\\u009b31m");  // C1 CSI
  // A block of text keeps its line feeds and tabs; every other control is escaped the same way.
  CHECK(terminal_safe("a\tb\nc\x1b\r") == "a\tb\nc\\x1b\\r");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD, valid text is untouched", "[terminal]") {
  CHECK(terminal_value("水果\xFF", kNoLengthCap) == "水果\xEF\xBF\xBD");
  CHECK(terminal_value("\xE6\xB0", kNoLengthCap) == "\xEF\xBF\xBD\xEF\xBF\xBD");  // truncated 水
  CHECK(terminal_safe("「低门槛」 café") == "「低门槛」 café");
  CHECK(terminal_safe("C:\\path") == "C:\\path");
}

TEST_CASE("the length cap cuts between characters and says it cut", "[terminal]") {
  CHECK(terminal_value("abcdef", 6) == "abcdef");
  CHECK(terminal_value("abcdefg", 6) == "abcdef…");
  std::string wan;
  for (int i = 0; i < 10; ++i) wan += "万";         // 3 bytes each
  const std::string cut = terminal_value(wan, 10);  // 3 characters fit in 10 bytes
  CHECK(cut == "万万万…");
  CHECK(valid_utf8(cut));
  // An escape is never split: the ESC is shown whole or not at all.
  CHECK(terminal_value("ab\x1b", 2) == "ab…");
  const std::string huge(10 * 1024, 'x');
  CHECK(terminal_value(huge, kShownPathBytes).size() == kShownPathBytes + std::string("…").size());
}

TEST_CASE("no control byte survives, whatever the input", "[terminal]") {
  std::string all;
  for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
  const std::string line = terminal_value(all + all, kNoLengthCap);
  CHECK(no_control_bytes(line));
  CHECK(valid_utf8(line));
  CHECK(no_control_bytes(terminal_safe(all), "\n\t"));
  // Escaping twice changes nothing more: an error line may pass through twice.
  CHECK(terminal_value(line, kNoLengthCap) == line);
}

TEST_CASE("file errors name the errno's real cause", "[files]") {
  CHECK(open_error_reason(ENOENT, Lang::kEn) == "no such file or directory");
  CHECK_THAT(open_error_reason(ELOOP, Lang::kEn), Catch::Matchers::Contains("symbolic links"));
  CHECK_THAT(open_error_reason(EACCES, Lang::kEn), Catch::Matchers::Contains("permission denied"));
  CHECK_THAT(open_error_reason(ENOTDIR, Lang::kEn), Catch::Matchers::Contains("not a directory"));
  CHECK_THAT(open_error_reason(EACCES, Lang::kZh), Catch::Matchers::Contains("权限不足"));
  CHECK(open_error_reason(ENOSPC, Lang::kEn) == "no space left on the device");
  CHECK(open_error_reason(ENOSPC, Lang::kZh) == "磁盘空间已满");
  CHECK(open_error_reason(ENXIO, Lang::kZh) == "没有程序在读取它");
  // An errno without words of its own: the C library's English, and in Chinese the code alone.
  CHECK(open_error_reason(EPROTO, Lang::kEn) ==
        fmt::format("{} (error code {})", std::strerror(EPROTO), EPROTO));
  CHECK(open_error_reason(EPROTO, Lang::kZh) == fmt::format("系统错误（错误码 {}）", EPROTO));
  CHECK(special_file_kind(S_IFIFO, Lang::kEn) == "a FIFO (named pipe)");
  CHECK(special_file_kind(S_IFCHR, Lang::kZh) == "字符设备");
}

TEST_CASE("a data file that cannot be read says why", "[files]") {
  TempDir dir;
  const fs::path d = dir.path;
  CHECK_THAT(data_error((d / "missing.json").string()),
             Catch::Matchers::EndsWith("no such file or directory"));

  fs::create_symlink("loop-b", d / "loop-a");
  fs::create_symlink("loop-a", d / "loop-b");
  CHECK_THAT(data_error((d / "loop-a").string()), Catch::Matchers::Contains("symbolic links"));

  std::ofstream(d / "plain.json") << "{}";
  CHECK_THAT(data_error((d / "plain.json" / "rules.json").string()),
             Catch::Matchers::Contains("not a directory"));
  CHECK_THAT(data_error(d.string()), Catch::Matchers::Contains("is a directory"));

  // A FIFO with no writer: refused at once, never waited on (open is non-blocking).
  REQUIRE(::mkfifo((d / "fifo.json").c_str(), 0600) == 0);
  CHECK_THAT(data_error((d / "fifo.json").string()),
             Catch::Matchers::Contains("a FIFO (named pipe), not a regular file"));

  // A path with control characters is quoted through the escaper.
  const std::string hostile = (d / "x\x1b[31m.json").string();
  const std::string message = data_error(hostile);
  CHECK(message.find('\x1b') == std::string::npos);
  CHECK_THAT(message, Catch::Matchers::Contains("x\\x1b[31m.json"));
}

TEST_CASE("permission errors say permission, for the file and for its directory", "[files]") {
  if (::geteuid() == 0) {
    WARN("skipped: running as root, which permissions do not stop (the CLI test runs this as nobody)");
    return;
  }
  TempDir dir;
  const fs::path d = dir.path;
  std::ofstream(d / "secret.json") << "{}";
  fs::permissions(d / "secret.json", fs::perms::none);
  CHECK_THAT(data_error((d / "secret.json").string()), Catch::Matchers::Contains("permission denied"));
  fs::create_directory(d / "locked");
  std::ofstream(d / "locked" / "rules.json") << "{}";
  fs::permissions(d / "locked", fs::perms::owner_read);  // listable, not searchable
  CHECK_THAT(data_error((d / "locked" / "rules.json").string()),
             Catch::Matchers::Contains("permission denied"));
}
