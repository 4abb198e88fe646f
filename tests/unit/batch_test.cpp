// The batch record reader (fed by strings) and the batch run over it: one output record per
// input record, in order, whatever the bytes.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <random>

#include "acct_advisor/batch.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/record_reader.hpp"
#include "fuzz_entries.hpp"

using namespace advisor;

namespace {

struct Got {
  std::size_t line;
  std::string text;                 // JSONL
  std::vector<std::string> fields;  // CSV
  std::string error;
  bool csv;
};

// Feeds `input` in pieces of `piece` bytes (0: at once), so records split across feeds are
// exercised as well as whole ones.
std::vector<Got> read_records(std::string_view input, RecordFormat format, std::size_t piece = 0,
                              std::size_t max_bytes = kMaxRecordBytes) {
  std::vector<Got> got;
  RecordReader reader(
      format,
      [&](const InputRecord& r) {
        Got g{r.line, std::string(r.text), {}, std::string(r.error), r.fields != nullptr};
        if (r.fields != nullptr)
          for (auto f : *r.fields) g.fields.emplace_back(f);
        got.push_back(std::move(g));
      },
      max_bytes);
  if (piece == 0) piece = input.size() + 1;
  for (std::size_t at = 0; at < input.size(); at += piece) reader.feed(input.substr(at, piece));
  reader.finish();
  REQUIRE(reader.records() == got.size());
  return got;
}

using Fields = std::vector<std::string>;

// The same records whatever the feed size.
std::vector<Got> read_every_way(std::string_view input, RecordFormat format) {
  const auto whole = read_records(input, format);
  for (std::size_t piece : {1U, 2U, 3U, 7U}) {
    const auto split = read_records(input, format, piece);
    REQUIRE(split.size() == whole.size());
    for (std::size_t i = 0; i < whole.size(); ++i) {
      CHECK(split[i].line == whole[i].line);
      CHECK(split[i].text == whole[i].text);
      CHECK(split[i].fields == whole[i].fields);
      CHECK(split[i].error == whole[i].error);
    }
  }
  return whole;
}

}  // namespace

TEST_CASE("record reader: CSV quoted fields per RFC 4180", "[batch][reader]") {
  const auto r = read_every_way("a,\"b,c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\"\"\n", RecordFormat::kCsv);
  REQUIRE(r.size() == 2);
  CHECK(r[0].fields == Fields{"a", "b,c", "say \"hi\""});
  CHECK(r[0].line == 1);
  CHECK(r[1].fields == Fields{"two\nlines", "x", ""});
  CHECK(r[1].line == 2);
  CHECK(r[1].error.empty());
}

TEST_CASE("record reader: a quote inside an unquoted field is data, on its own line", "[batch][reader]") {
  const auto r = read_every_way("id,users\nc2,30\"000\nc3,100\nc4,4\"0\nc5,1\n", RecordFormat::kCsv);
  REQUIRE(r.size() == 5);
  CHECK(r[1].fields == Fields{"c2", "30\"000"});
  CHECK(r[2].fields == Fields{"c3", "100"});
  CHECK(r[3].fields == Fields{"c4", "4\"0"});
  CHECK(r[4].fields == Fields{"c5", "1"});
  CHECK(r[4].line == 5);
  for (const auto& g : r) CHECK(g.error.empty());
}

TEST_CASE("record reader: text after a closing quote spoils only its record", "[batch][reader]") {
  const auto r = read_every_way("a,\"b\"x,c\nd,e,f\n", RecordFormat::kCsv);
  REQUIRE(r.size() == 2);
  CHECK(r[0].error ==
        "line 1: field 2 has text after its closing quote; quote the whole field and double any "
        "quote inside it");
  CHECK(r[1].fields == Fields{"d", "e", "f"});
  CHECK(r[1].error.empty());
}

TEST_CASE("record reader: LF, CRLF and CR line ends, mixed", "[batch][reader]") {
  for (auto format : {RecordFormat::kCsv, RecordFormat::kJsonl}) {
    const auto r = read_every_way("a\rb\r\nc\nd\r\re", format);
    REQUIRE(r.size() == 5);
    const std::size_t lines[] = {1, 2, 3, 4, 6};
    const char* texts[] = {"a", "b", "c", "d", "e"};
    for (std::size_t i = 0; i < 5; ++i) {
      CHECK(r[i].line == lines[i]);
      if (format == RecordFormat::kCsv)
        CHECK(r[i].fields == Fields{texts[i]});
      else
        CHECK(r[i].text == texts[i]);
    }
  }
  // A CR LF inside a quoted field is one line end for the count.
  const auto q = read_every_way("\"x\r\ny\",z\r\nw\r\n", RecordFormat::kCsv);
  REQUIRE(q.size() == 2);
  CHECK(q[0].fields == Fields{"x\r\ny", "z"});
  CHECK(q[1].line == 3);
}

TEST_CASE("record reader: blank lines are not records, a BOM is dropped", "[batch][reader]") {
  for (auto format : {RecordFormat::kCsv, RecordFormat::kJsonl, RecordFormat::kAuto}) {
    const auto r = read_every_way("\xEF\xBB\xBF\n  \n\t\r\nx\n\n\ny", format);
    REQUIRE(r.size() == 2);
    CHECK(r[0].line == 4);
    CHECK(r[1].line == 7);
  }
  // A quoted empty field is a record, not a blank line.
  CHECK(read_every_way("\"\"\n", RecordFormat::kCsv).size() == 1);
  CHECK(read_every_way("", RecordFormat::kAuto).empty());
  CHECK(read_every_way("\xEF\xBB\xBF", RecordFormat::kAuto).empty());
}

TEST_CASE("record reader: auto detects JSON Lines from '{'", "[batch][reader]") {
  RecordReader a(RecordFormat::kAuto, [](const InputRecord&) {});
  a.feed("\xEF\xBB\xBF \n {\"a\":1}\n");
  CHECK(a.format() == RecordFormat::kJsonl);
  RecordReader b(RecordFormat::kAuto, [](const InputRecord&) {});
  b.feed("\n\"id\",users\n");
  CHECK(b.format() == RecordFormat::kCsv);
}

TEST_CASE("record reader: an unclosed quote is one error record naming its line", "[batch][reader]") {
  const auto r = read_every_way("h\nc1\nc2,\"3000\nc3\nc4\n", RecordFormat::kCsv);
  REQUIRE(r.size() == 3);
  CHECK(r[2].line == 3);
  CHECK(r[2].error ==
        "unterminated quoted field: the quote opened on line 3 is never closed, so lines 4 to 5 were read as "
        "part of this record");
  const auto last = read_every_way("h\n\"x", RecordFormat::kCsv);
  REQUIRE(last.size() == 2);
  CHECK(last[1].error == "unterminated quoted field: the quote opened on line 2 is never closed");
}

TEST_CASE("record reader: huge records are error records, not held", "[batch][reader]") {
  const std::string big(5000, 'x');
  for (auto format : {RecordFormat::kCsv, RecordFormat::kJsonl}) {
    std::string input = "a\n" + big + "\nb\n" + big;
    for (std::size_t piece : {0U, 1U, 100U, 4999U}) {
      const auto r = read_records(input, format, piece, 1000);
      REQUIRE(r.size() == 4);
      CHECK(r[1].error == "record is longer than 1000 bytes; skipped");
      CHECK(r[1].line == 2);
      CHECK(r[3].error == "record is longer than 1000 bytes; skipped");
      CHECK(r[3].line == 4);
      CHECK(r[2].error.empty());
    }
  }
  // A quoted field that runs on past the limit: one error record, the next record intact.
  const auto q = read_records("\"" + big + "\"\nnext\n", RecordFormat::kCsv, 0, 1000);
  REQUIRE(q.size() == 2);
  CHECK(!q[0].error.empty());
  CHECK(q[1].fields == Fields{"next"});
}

TEST_CASE("record reader: an unclosed quote is linear, not quadratic", "[batch][reader]") {
  // 400 KB of lines after an open quote: counted once each (the old reader rescanned the
  // pending record per line). Asserts the result, not the time.
  std::string input = "h\n\"";
  for (int i = 0; i < 20000; ++i) input += "c,100,fruit,active\n";
  const auto r = read_records(input, RecordFormat::kCsv);
  REQUIRE(r.size() == 2);
  CHECK(r[1].error.find("lines 3 to 20001") != std::string::npos);
}

namespace {

std::size_t count_lines(std::string_view out) {
  std::size_t n = 0;
  for (char c : out) n += c == '\n';
  return n;
}

// Random input: good and bad records, stray and balanced quotes, mixed line ends, blank lines.
// Returns the number of records in it (what the output must hold).
std::size_t random_input(std::mt19937& rng, bool csv, std::string& text, std::vector<std::string>& ids) {
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  const char* ends[] = {"\n", "\r\n", "\r"};
  const char* users[] = {"30000", "3万", "lots", "3\"0", "", "1e5", "-4"};
  const char* industries[] = {"fruit", "law", "fruti", "律师", "\"\"", "x\"y"};
  const char* adding[] = {"active", "passive", "maybe"};
  text.clear();
  ids.clear();
  if (pick(4) == 0) text += "\xEF\xBB\xBF";
  if (csv) text += std::string("id,users,industry,adding") + ends[pick(3)];
  const std::size_t n = 1 + pick(40);
  for (std::size_t i = 0; i < n; ++i) {
    if (pick(5) == 0) text += ends[pick(3)];  // a blank line
    const std::string id = "r" + std::to_string(i);
    ids.push_back(id);
    if (csv) {
      const std::size_t shape = pick(10);
      if (shape == 0)
        text += id + ",\"1,000\",\"fr\"\"uit\",active";  // quoted with comma and doubled quote
      else if (shape == 1)
        text += id + ",5,\"lines\nin\r\nit\",passive";
      else if (shape == 2)
        text += id + ",5,\"x\"junk,passive";  // text after a closing quote
      else if (shape == 3)
        text += id + ",5";  // too few fields
      else
        text += id + "," + users[pick(7)] + "," + industries[pick(6)] + "," + adding[pick(3)];
    } else {
      const std::size_t shape = pick(8);
      if (shape == 0)
        text += "{\"id\":\"" + id + "\",\"users\":";  // cut short
      else if (shape == 1)
        text += "not json " + id;
      else if (shape == 2)
        text +=
            "{\"id\":\"" + id + "\",\"id\":\"x\",\"users\":1,\"industry\":\"fruit\",\"adding\":\"active\"}";
      else
        text += "{\"id\":\"" + id + "\",\"users\":\"" + std::string(users[pick(7)]).substr(0, 3) +
                "\",\"industry\":\"fruit\",\"adding\":\"" + adding[pick(3)] + "\"}";
    }
    if (i + 1 < n || pick(2) == 0) text += ends[pick(3)];
  }
  return n;
}

}  // namespace

TEST_CASE("batch property: output records == input records, in order, for random input",
          "[batch][property]") {
  std::mt19937 rng(20261130);  // fixed seed: the same cases every run
  std::string text;
  std::vector<std::string> ids;
  for (int round = 0; round < 400; ++round) {
    const bool csv = round % 2 == 0;
    const std::size_t n = random_input(rng, csv, text, ids);
    INFO("round " << round << " input: " << text);
    BatchOptions options;
    options.input = csv ? BatchInputFormat::kCsv : BatchInputFormat::kJsonl;
    const DataSet& data = fuzz_entries::real_data();
    static const Engine engine(data.features, data.industries, data.rules);
    BatchRunner runner(data, engine, options);
    std::string out;
    const std::size_t piece = 1 + static_cast<std::size_t>(rng() % 64);
    const BatchStats stats = runner.run_text(
        text, [&](std::string_view s) { out.append(s); }, piece);
    CHECK(stats.records == n);
    REQUIRE(count_lines(out) == n);
    // In order: each record's id, where the output carries one, is the next expected id.
    std::size_t at = 0;
    std::size_t k = 0;
    while (at < out.size()) {
      const std::size_t nl = out.find('\n', at);
      const std::string_view rec(out.data() + at, nl - at);
      const std::size_t p = rec.find("\"id\":\"r");
      if (p != std::string_view::npos) {
        const std::size_t q = rec.find('"', p + 6);
        CHECK(rec.substr(p + 6, q - p - 6) == ids[k]);
      }
      ++k;
      at = nl + 1;
    }
  }
}

TEST_CASE("batch: extra CSV columns are ignored with one warning", "[batch]") {
  std::vector<std::string> warnings;
  BatchOptions options;
  options.warn = [&](const std::string& w) { warnings.push_back(w); };
  const DataSet& data = fuzz_entries::real_data();
  const Engine engine(data.features, data.industries, data.rules);
  BatchRunner runner(data, engine, options);
  std::string out;
  const auto stats = runner.run_text("id,users,industry,adding,uid,notes\nc1,30000,fruit,active,1,x\n",
                                     [&](std::string_view s) { out.append(s); });
  CHECK(stats.records == 1);
  CHECK(stats.bad == 0);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] ==
        "CSV header: columns 'uid' (did you mean 'id'?), 'notes' are not one batch reads; ignored");
}

TEST_CASE("batch: the caller's reader gives the input; a read error stops it, scored so far kept",
          "[batch]") {
  const DataSet& data = fuzz_entries::real_data();
  const Engine engine(data.features, data.industries, data.rules);
  const std::string line = "{\"users\":30000,\"industry\":\"fruit\",\"adding\":\"active\"}\n";
  SECTION("chunks of any size, then the end") {
    BatchRunner runner(data, engine, BatchOptions{});
    std::string input = line + line + line, out;
    std::size_t at = 0;
    const auto stats = runner.run(
        [&](char* buffer, std::size_t size) {
          const std::size_t n = std::min<std::size_t>({7, size, input.size() - at});  // split mid-record
          std::memcpy(buffer, input.data() + at, n);
          at += n;
          return static_cast<std::ptrdiff_t>(n);
        },
        [&](std::string_view s) { out.append(s); });
    CHECK(stats.records == 3);
    CHECK_FALSE(stats.read_error);
    CHECK(count_lines(out) == 3);
  }
  SECTION("a read error after one record") {
    BatchRunner runner(data, engine, BatchOptions{});
    std::string out;
    int calls = 0;
    const auto stats = runner.run(
        [&](char* buffer, std::size_t) -> std::ptrdiff_t {
          if (calls++ > 0) return -1;
          std::memcpy(buffer, line.data(), line.size());
          return static_cast<std::ptrdiff_t>(line.size());
        },
        [&](std::string_view s) { out.append(s); });
    CHECK(stats.read_error);
    CHECK(stats.records == 1);
    CHECK(count_lines(out) == 1);
  }
}
