#pragma once
// The encoding of input text, and turning it into UTF-8 as it streams in. Everything past the
// reader works on UTF-8; a CSV saved by Excel in a Chinese locale is GB18030 (GBK's superset),
// so that is the one other encoding read.
//
// Auto: ASCII is the same in both, so bytes pass through untouched until the first non-ASCII
// one; the chunk from there on decides. Valid UTF-8 (a character cut off at the chunk's end is
// allowed) is UTF-8; otherwise, if it is well-formed GB18030, GB18030; otherwise UTF-8 again,
// so the records with bad bytes become error records as before. Pure: bytes in, UTF-8 out.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace advisor {

enum class TextEncoding { kUtf8, kGb18030 };

/// True when s is well-formed GB18030 (one, two and four byte forms), but for a character cut
/// off at its end.
bool gb18030_well_formed_prefix(std::string_view s);

/// Decodes one input, chunk by chunk, into UTF-8.
class InputDecoder {
 public:
  /// nullopt: decide from the text (auto).
  explicit InputDecoder(std::optional<TextEncoding> encoding);
  ~InputDecoder();
  InputDecoder(const InputDecoder&) = delete;
  InputDecoder& operator=(const InputDecoder&) = delete;

  /// Appends the UTF-8 of the next chunk to out. Bytes of a character cut off at the chunk's
  /// end wait for the next chunk. A byte that is not GB18030 passes through unchanged (it is
  /// then invalid UTF-8, and its record an error record).
  void decode(std::string_view chunk, std::string& out);
  /// The end of input: what is still waiting goes out as it is.
  void finish(std::string& out);
  /// The encoding in use; nullopt while auto has seen only ASCII.
  std::optional<TextEncoding> encoding() const { return encoding_; }
  /// True once auto has chosen GB18030, so the caller can say so once.
  bool detected_gb18030() const { return detected_gb18030_; }

 private:
  void decide(bool at_end);
  void convert(std::string& out, bool at_end);

  std::optional<TextEncoding> encoding_;
  bool detected_gb18030_ = false;
  std::string pending_;  ///< undecided (auto) or cut-off (GB18030) bytes
  struct Converter;
  std::unique_ptr<Converter> converter_;
};

/// The whole of text as UTF-8 (check reads each file whole); detected is set when auto chose
/// GB18030.
std::string decode_text(std::string text, std::optional<TextEncoding> encoding, bool& detected);

}  // namespace advisor
