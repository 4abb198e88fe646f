// Input encodings: GB18030 (as Chinese Excel saves CSV) is found and decoded as it streams in,
// UTF-8 passes untouched, and bytes that are neither stay as they were (so their records become
// error records). The GB18030 bytes are what Python's codec gives ("水果".encode("gb18030")).

#include <catch2/catch.hpp>

#include "acct_advisor/batch.hpp"
#include "acct_advisor/text_encoding.hpp"
#include "fuzz_entries.hpp"

using namespace advisor;

namespace {

// "id,users,industry,adding\nc1,3万,水果,active\nc2,5000,律师,passive\n" in GB18030.
const std::string kGbCsv =
    "id,users,industry,adding\r\nc1,3\xCD\xF2,\xCB\xAE\xB9\xFB,active\r\nc2,5000,\xC2\xC9\xCA\xA6,"
    "passive\r\n";
const std::string kUtf8Csv = "id,users,industry,adding\r\nc1,3万,水果,active\r\nc2,5000,律师,passive\r\n";

std::string decode_in_pieces(std::string_view text, std::optional<TextEncoding> encoding, std::size_t piece,
                             bool* detected = nullptr) {
  InputDecoder decoder(encoding);
  std::string out;
  for (std::size_t at = 0; at < text.size(); at += piece) decoder.decode(text.substr(at, piece), out);
  decoder.finish(out);
  if (detected) *detected = decoder.detected_gb18030();
  return out;
}

}  // namespace

TEST_CASE("GB18030 well-formedness", "[encoding]") {
  CHECK(gb18030_well_formed_prefix("plain ascii"));
  CHECK(gb18030_well_formed_prefix("\xCB\xAE\xB9\xFB"));        // two-byte
  CHECK(gb18030_well_formed_prefix("\x81\x30\x81\x30"));        // four-byte
  CHECK(gb18030_well_formed_prefix("\xCB"));                    // cut off at the end
  CHECK(gb18030_well_formed_prefix("\x81\x30\x81"));            // cut off at the end
  CHECK_FALSE(gb18030_well_formed_prefix("\x80"));              // starts nothing
  CHECK_FALSE(gb18030_well_formed_prefix("\xFF\x41"));          // starts nothing
  CHECK_FALSE(gb18030_well_formed_prefix("\xCB\x20"));          // no trail byte
  CHECK_FALSE(gb18030_well_formed_prefix("\x81\x30\x20\x30"));  // four-byte form broken
}

TEST_CASE("auto: GB18030 is decoded, in any pieces, and said once", "[encoding]") {
  for (std::size_t piece : {1U, 2U, 3U, 5U, 7U, 64U, 4096U}) {
    INFO("piece " << piece);
    bool detected = false;
    CHECK(decode_in_pieces(kGbCsv, std::nullopt, piece, &detected) == kUtf8Csv);
    CHECK(detected);
  }
}

TEST_CASE("auto: UTF-8 and ASCII pass through untouched", "[encoding]") {
  for (std::size_t piece : {1U, 2U, 3U, 4096U}) {
    bool detected = true;
    CHECK(decode_in_pieces(kUtf8Csv, std::nullopt, piece, &detected) == kUtf8Csv);
    CHECK_FALSE(detected);
    CHECK(decode_in_pieces("id,users\n1,2\n", std::nullopt, piece, &detected) == "id,users\n1,2\n");
    CHECK_FALSE(detected);
  }
}

TEST_CASE("auto: bytes that are neither stay as they were", "[encoding]") {
  const std::string bad = "id,users\nc1,\xFF\xFE\n";
  bool detected = true;
  CHECK(decode_in_pieces(bad, std::nullopt, 4096, &detected) == bad);
  CHECK_FALSE(detected);
}

TEST_CASE("explicit encodings", "[encoding]") {
  bool detected = true;
  // gb18030: decoded though never detected; a byte that is not GB18030 goes through as it is.
  CHECK(decode_in_pieces(kGbCsv, TextEncoding::kGb18030, 3, &detected) == kUtf8Csv);
  CHECK_FALSE(detected);
  CHECK(decode_in_pieces("a\x80z", TextEncoding::kGb18030, 1) == "a\x80z");
  CHECK(decode_in_pieces("a\xCB", TextEncoding::kGb18030, 1) == "a\xCB");  // cut off at the end
  // utf-8: GB18030 bytes are left alone (and their records are errors).
  CHECK(decode_in_pieces(kGbCsv, TextEncoding::kUtf8, 5) == kGbCsv);
  // decode_text, as check reads whole files.
  CHECK(decode_text(kGbCsv, std::nullopt, detected) == kUtf8Csv);
  CHECK(detected);
}

TEST_CASE("batch reads GB18030 CSV, and a bad record names the encoding option", "[encoding][batch]") {
  const DataSet& data = fuzz_entries::real_data();
  const Engine engine(data.features, data.industries, data.rules);
  for (std::size_t piece : {0U, 1U, 9U}) {
    int said = 0;
    BatchOptions options;
    options.output = BatchOutputFormat::kCsv;
    options.on_gb18030 = [&said] { ++said; };
    options.invalid_utf8_hint = "try the encoding option";
    BatchRunner runner(data, engine, options);
    std::string out;
    const BatchStats stats = runner.run_text(
        kGbCsv, [&](std::string_view s) { out.append(s); }, piece);
    CHECK(stats.records == 2);
    CHECK(stats.bad == 0);
    CHECK(said == 1);
    CHECK(out.find("2,c1,wecom,") != std::string::npos);
    CHECK(out.find("3,c2,personal,") != std::string::npos);
  }
  BatchOptions options;
  options.output = BatchOutputFormat::kCsv;
  options.encoding = TextEncoding::kUtf8;
  options.invalid_utf8_hint = "try the encoding option";
  BatchRunner runner(data, engine, options);
  std::string out;
  const BatchStats stats = runner.run_text(kGbCsv, [&](std::string_view s) { out.append(s); });
  CHECK(stats.bad == 2);
  // Once: the first bad record carries the hint, the second not.
  CHECK(out.find("invalid UTF-8 in a field; try the encoding option") != std::string::npos);
  CHECK(out.find("try the encoding option") == out.rfind("try the encoding option"));
}
