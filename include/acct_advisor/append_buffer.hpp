#pragma once
// Many small appends to one std::string through a raw cursor. std::string::append checks the
// capacity out of line and writes a terminator for every piece; batch --explain writes a few
// hundred pieces a record (keys, filled-in texts, figures), and those calls were most of its
// writer's cost. Here the string is grown in steps (resize: each step is zero-filled once) and a
// piece is one bounds check and a copy, inlined (a literal's copy becomes a few moves). The
// string is cut back to what was written when the buffer goes; it must not be touched before.

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "acct_advisor/decimal.hpp"

namespace advisor {

class AppendBuffer {
 public:
  /// Appends to `out`, growing it `step` bytes at a time (more when one piece needs more): the
  /// size of what is usually written, so that one step is enough.
  explicit AppendBuffer(std::string& out, std::size_t step = 256) noexcept
      : out_(out), step_(std::max<std::size_t>(step, 1)), used_(out.size()) {}
  ~AppendBuffer() { out_.resize(used()); }
  AppendBuffer(const AppendBuffer&) = delete;
  AppendBuffer& operator=(const AppendBuffer&) = delete;

  void put(std::string_view s) {
    char* at = room(s.size());
    copy(at, s.data(), s.size());
    cur_ = at + s.size();
  }
  void put(char c) { *room(1) = c, ++cur_; }
  void put_int(std::int64_t value) { cur_ = write_decimal(room(kDecimalChars), value); }

  /// At least `n` writable bytes at the cursor, for a writer of a bounded size (a count): write
  /// there, then give the end of what was written to advance().
  char* room(std::size_t n) {
    if (static_cast<std::size_t>(end_ - cur_) < n) grow(n);
    return cur_;
  }
  void advance(char* end) { cur_ = end; }

  /// The bytes written through this buffer so far.
  std::string_view written() const { return {out_.data() + used_, used() - used_}; }

  /// Copies n bytes; most pieces are short (keys, template literals, figures), and a call to
  /// the library's memcpy for each was a fifth of batch --explain's time. Up to 32 bytes the
  /// copy is inlined as fixed-size moves of the first and last bytes, which overlap in between.
  static void copy(char* to, const char* from, std::size_t n) {
    if (n >= 8) {
      if (n > 32) {
        std::memcpy(to, from, n);
      } else if (n > 16) {
        std::memcpy(to, from, 16);
        std::memcpy(to + n - 16, from + n - 16, 16);
      } else {
        std::memcpy(to, from, 8);
        std::memcpy(to + n - 8, from + n - 8, 8);
      }
    } else if (n >= 4) {
      std::memcpy(to, from, 4);
      std::memcpy(to + n - 4, from + n - 4, 4);
    } else if (n > 0) {
      to[0] = from[0];
      to[n / 2] = from[n / 2];
      to[n - 1] = from[n - 1];
    }
  }

 private:
  std::size_t used() const { return cur_ ? static_cast<std::size_t>(cur_ - out_.data()) : used_; }
  void grow(std::size_t n) {
    const std::size_t at = used();
    out_.resize(std::max(out_.size() + step_, at + n + step_));
    cur_ = out_.data() + at;
    end_ = out_.data() + out_.size();
  }

  std::string& out_;
  std::size_t step_;
  std::size_t used_;  ///< out_'s size before: what this buffer appends starts there.
  char* cur_ = nullptr;
  char* end_ = nullptr;
};

}  // namespace advisor
