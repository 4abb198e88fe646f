#pragma once
// The body of each fuzz target, shared by the libFuzzer executables (fuzz_*.cpp) and by the
// unit test that replays kept crashers and the seed corpus (tests/unit/fuzz_regression_test.cpp).
//
// Contract: an entry either returns, or throws advisor::Error (the project's "bad input"
// exceptions, which the program reports as a message and an exit code). Anything else is a
// finding: a crash or sanitizer report, or any other exception escaping - including the
// std::logic_error thrown here when a result breaks a promise the code makes (a user count out
// of range, batch output that is not valid JSON, ...).

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "acct_advisor/batch.hpp"
#include "acct_advisor/csv.hpp"
#include "acct_advisor/data_set.hpp"
#include "acct_advisor/data_source.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/industry_catalog.hpp"
#include "acct_advisor/json_line.hpp"
#include "acct_advisor/planner.hpp"
#include "acct_advisor/profile.hpp"
#include "acct_advisor/record_reader.hpp"
#include "acct_advisor/render/recommendation_view.hpp"
#include "acct_advisor/rule_set.hpp"
#include "acct_advisor/utf8.hpp"

namespace fuzz_entries {

inline void require(bool ok, const char* what) {
  if (!ok) throw std::logic_error(std::string("fuzz invariant broken: ") + what);
}

/// A DataSource serving one file under every name, so one input reaches every loader.
class OneFileSource : public advisor::DataSource {
 public:
  explicit OneFileSource(std::string contents) : contents_(std::move(contents)) {}
  advisor::SourceFile read(const std::string& name) const override { return {"fuzz/" + name, contents_}; }

 private:
  std::string contents_;
};

/// The data built into the library, loaded once: what the rules and batch targets run against.
inline const advisor::DataSet& real_data() {
  static const advisor::DataSet data = advisor::load_data_set(*advisor::embedded_data_source());
  return data;
}

inline std::vector<advisor::Profile> sample_profiles();  // below

/// What a loaded feature table feeds: the engine (account counts from its capacities) and the
/// planner (accounts, days and phones). Run with the real industries and rules, which refer to
/// the table's quantities, so a table that loads is a table the program would compute with.
inline void compute_with(const advisor::FeatureTable& table) {
  advisor::DataSet data;
  data.features = table;
  data.industries = real_data().industries;
  data.rules = advisor::RuleSet::load(advisor::embedded_data_source()->read("rules.json"), data.features,
                                      data.industries);
  const advisor::Engine engine(data.features, data.industries, data.rules);
  for (const auto& profile : sample_profiles()) {
    const advisor::Recommendation r = engine.recommend(profile);
    require(r.sizing.wecom_accounts >= 1 && r.sizing.personal_accounts >= 1, "at least one account");
    (void)advisor::recommendation_to_json(r, data).dump();
    advisor::PlanInput plan;
    plan.users = profile.users;
    plan.adding = profile.adding;
    (void)advisor::make_plan(data.features, plan);
  }
}

/// fuzz_data_loader: the input as features.json and as industries.json. Loaders report
/// content problems as DataError; what a loaded file promises is checked, and a loaded feature
/// table is computed with.
inline void data_loader(std::string_view input) {
  const OneFileSource source{std::string(input)};
  try {
    const auto table = advisor::FeatureTable::load(source);
    for (const auto& feature : table.features()) {
      require(table.find_no(feature.no) == &feature, "feature found by its no");
      require(table.find_id(feature.id) == &feature, "feature found by its id");
    }
    compute_with(table);
  } catch (const advisor::Error&) {
    // features.json refused; the input may still be an industries.json
  }
  try {
    const auto catalog = advisor::IndustryCatalog::load(source);
    for (const auto& industry : catalog.industries()) {
      require(catalog.find(industry.id) == &industry, "industry found by its id");
      (void)catalog.suggest(industry.name.en);
    }
  } catch (const advisor::Error&) {
    // refused as industries.json too: the bad-input outcome
  }
}

/// A few profiles spanning the facts the rules look at.
inline std::vector<advisor::Profile> sample_profiles() {
  std::vector<advisor::Profile> out;
  const std::int64_t users[] = {1, 499, 5000, 30000, 123457, advisor::kMaxUsers};
  int i = 0;
  for (const auto& industry : real_data().industries.industries()) {
    if (i >= 6) break;
    advisor::Profile p;
    p.users = users[i % 6];
    p.industry = industry.id;
    p.barrier = industry.barrier;
    p.regulated = industry.regulated;
    p.adding = i % 2 ? advisor::Adding::kPassive : advisor::Adding::kActive;
    out.push_back(p);
    ++i;
  }
  advisor::Profile by_barrier;  // no industry, only a barrier
  by_barrier.users = 20000;
  by_barrier.barrier = advisor::Barrier::kHigh;
  out.push_back(by_barrier);
  return out;
}

/// fuzz_rules: the input as a rules file against the real features and industries; when it
/// loads, its examples are checked and a few profiles are scored and rendered as JSON.
inline void rules(std::string_view input) {
  // One copy of the real data whose rules each input replaces (copying the tables per input
  // would cost more than most inputs take to parse).
  static advisor::DataSet data = real_data();
  data.rules =
      advisor::RuleSet::load({"fuzz/rules.json", std::string(input)}, data.features, data.industries);
  (void)advisor::failing_examples(data);
  const advisor::Engine engine(data.features, data.industries, data.rules);
  for (const auto& profile : sample_profiles()) {
    advisor::Scores scores;
    const advisor::Account account = engine.decide(profile, scores);
    const advisor::Recommendation r = engine.recommend(profile);
    require(r.account == account, "decide and recommend agree");
    require(r.scores.wecom == scores.wecom && r.scores.personal == scores.personal, "same scores");
    require(scores.wecom >= 0 && scores.personal >= 0, "scores are sums of positive weights");
    (void)advisor::recommendation_to_json(r, data).dump();
  }
}

/// fuzz_users: the --users parser. A count it accepts is in range and reads back the same.
inline void users(std::string_view input) {
  const std::int64_t n = advisor::parse_users(input, "users");
  require(n >= 1 && n <= advisor::kMaxUsers, "users in [1, kMaxUsers]");
  require(advisor::parse_users(std::to_string(n), "users") == n, "users round-trips");
}

/// Every output line must be a JSON object (append_json_string promises valid output whatever
/// the input held).
inline void check_jsonl_output(const std::string& out) {
  std::size_t start = 0;
  while (start < out.size()) {
    std::size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    const std::string_view line(out.data() + start, end - start);
    require(advisor::valid_utf8(line), "batch output is UTF-8");
    const auto parsed = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    require(parsed.is_object(), "batch output line is a JSON object");
    start = end + 1;
  }
}

/// One JSONL record through batch (default options, built-in data), as its output record.
inline std::string one_jsonl_record(std::string_view line) {
  const advisor::DataSet& data = real_data();
  static const advisor::Engine engine(data.features, data.industries, data.rules);
  advisor::BatchOptions options;
  options.input = advisor::BatchInputFormat::kJsonl;
  advisor::BatchRunner runner(data, engine, options);
  std::string out;
  (void)runner.process_jsonl(line, 1, out);
  return out;
}

/// Runs a whole input through BatchRunner::run_text (line splitting, format detection, CSV records
/// over several lines) and returns what it emitted.
inline std::string run_batch(std::string_view input, advisor::BatchOptions options,
                             advisor::BatchStats& stats) {
  const advisor::DataSet& data = real_data();
  static const advisor::Engine engine(data.features, data.industries, data.rules);
  advisor::BatchRunner runner(data, engine, options);
  std::string out;
  stats = runner.run_text(input, [&](std::string_view chunk) { out.append(chunk); });
  return out;
}

/// fuzz_batch_line: the input as one JSONL record (with --explain), then as a whole batch
/// input, auto-detected with JSONL output and forced CSV with CSV output.
inline void batch_line(std::string_view input) {
  const advisor::DataSet& data = real_data();
  static const advisor::Engine engine(data.features, data.industries, data.rules);
  {
    advisor::BatchOptions options;
    options.input = advisor::BatchInputFormat::kJsonl;
    options.explain = [&data](const advisor::Recommendation& r, std::string& out) {
      advisor::append_recommendation_json(r, data, out);
    };
    advisor::BatchRunner runner(data, engine, options);
    std::string out;
    (void)runner.process_jsonl(input, 1, out);
    require(!out.empty() && out.back() == '\n', "one output record per input record");
    check_jsonl_output(out);
  }
  bool whole_input_error = false;
  {
    advisor::BatchStats stats;
    std::string out;
    try {
      out = run_batch(input, {}, stats);
    } catch (const advisor::UsageError&) {
      whole_input_error = true;  // a CSV header without a needed column: the whole run stops
    }
    require(stats.bad <= stats.records, "bad records are records");
    if (!whole_input_error) check_jsonl_output(out);
  }
  {
    advisor::BatchOptions options;
    options.input = advisor::BatchInputFormat::kCsv;
    options.output = advisor::BatchOutputFormat::kCsv;
    advisor::BatchStats stats;
    std::string out;
    try {
      out = run_batch(input, options, stats);
    } catch (const advisor::UsageError&) {
      return;
    }
    // CSV output reads back as records of the 7 output columns.
    std::string_view rest = out;
    std::vector<std::string> fields;
    std::size_t line = 0;
    advisor::CsvReader reader;
    std::size_t records = 0;
    while (reader.next(rest, fields, line)) {
      require(fields.size() == 7, "CSV output record has 7 fields");
      ++records;
    }
    require(records == stats.records + 1, "one CSV output record per input record, plus the header");
  }
}

/// One record as the RecordReader handed it over, copied (its views die with the callback).
struct ReadRecord {
  std::size_t line = 0;
  std::string text;
  std::vector<std::string> fields;
  bool has_fields = false;
  std::string error;
  bool operator==(const ReadRecord&) const = default;
};

/// Reads `input` with a RecordReader fed in chunks of `chunk` bytes (0: all at once).
inline std::vector<ReadRecord> read_records(std::string_view input, advisor::RecordFormat format,
                                            std::size_t chunk,
                                            std::size_t max_bytes = advisor::kMaxRecordBytes) {
  std::vector<ReadRecord> out;
  advisor::RecordReader reader(
      format,
      [&out](const advisor::InputRecord& r) {
        ReadRecord copy;
        copy.line = r.line;
        copy.text = std::string(r.text);
        if (r.fields != nullptr) {
          copy.has_fields = true;
          for (auto f : *r.fields) copy.fields.emplace_back(f);
        }
        copy.error = std::string(r.error);
        out.push_back(std::move(copy));
      },
      max_bytes);
  if (chunk == 0) {
    reader.feed(input);
  } else {
    for (std::size_t at = 0; at < input.size(); at += chunk) reader.feed(input.substr(at, chunk));
  }
  reader.finish();
  require(reader.records() == out.size(), "records() counts what reached the sink");
  return out;
}

/// Takes bytes off the front of the fuzzer's input to steer the CSV generator below; once they
/// run out every choice is 0, so every input describes a finite document.
class Script {
 public:
  explicit Script(std::string_view bytes) : bytes_(bytes) {}
  unsigned next(unsigned range) {  // in [0, range)
    if (bytes_.empty() || range == 0) return 0;
    const auto b = static_cast<unsigned char>(bytes_.front());
    bytes_.remove_prefix(1);
    return b % range;
  }
  bool done() const { return bytes_.empty(); }

 private:
  std::string_view bytes_;
};

/// A CSV document built from the script, with the records it holds, so the reader's output can
/// be compared with what went in: quoted fields holding commas, quotes and every line end; stray
/// quotes inside unquoted fields; LF, CR and CRLF record ends mixed; blank lines; a BOM.
struct GeneratedCsv {
  std::string text;
  std::vector<ReadRecord> records;  // line and fields of each, as the reader must report them
};

inline GeneratedCsv generate_csv(Script& script) {
  static constexpr std::string_view kBytes[] = {
      "a", "b", "1", " ", "\"", ",", "\r", "\n", "\r\n", "\xE4\xB8\x87", "\t", "\xFF"};
  static constexpr std::string_view kEnds[] = {"\n", "\r", "\r\n"};
  GeneratedCsv doc;
  if (script.next(4) == 0) doc.text += "\xEF\xBB\xBF";
  std::size_t line = 1;
  const auto count_lines = [&line](std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\r' || (s[i] == '\n' && (i == 0 || s[i - 1] != '\r'))) ++line;
    }
  };
  const unsigned records = script.next(12);
  for (unsigned r = 0; r < records; ++r) {
    if (script.next(5) == 0) {  // a blank line: not a record
      const std::string_view end = kEnds[script.next(3)];
      doc.text += " ";
      doc.text += end;
      ++line;
    }
    ReadRecord record;
    record.line = line;
    record.has_fields = true;
    std::string text;
    const unsigned fields = 1 + script.next(6);
    for (unsigned f = 0; f < fields; ++f) {
      std::string value;
      const unsigned len = script.next(6);
      for (unsigned k = 0; k < len; ++k) value += kBytes[script.next(std::size(kBytes))];
      const bool needs_quotes = value.find_first_of(",\r\n") != std::string::npos || value.rfind('"', 0) == 0;
      // A single empty or blank unquoted field is a blank line, not a record: quote it.
      const bool blank_line = fields == 1 && value.find_first_not_of(" \t") == std::string::npos;
      if (f > 0) text += ',';
      if (needs_quotes || blank_line || script.next(3) == 0) {
        text += '"';
        for (char c : value) {
          if (c == '"') text += '"';
          text += c;
        }
        text += '"';
      } else {
        text += value;  // any quote in it is not its first byte: data, as the reader promises
      }
      record.fields.push_back(value);
    }
    const bool last = r + 1 == records;
    doc.text += text;
    count_lines(text);
    if (!last || script.next(2) == 0) {
      doc.text += kEnds[script.next(3)];
      ++line;
    }
    doc.records.push_back(std::move(record));
  }
  return doc;
}

/// fuzz_csv_records: the CSV record reader's promise, "every input record gives exactly one
/// record out, in order". (1) The input read as a script that builds a CSV document with known
/// records: the reader returns exactly those, fields and start lines, fed whole or in chunks.
/// (2) The raw input, as CSV and auto-detected: reading it in chunks of any size gives the same
/// records as reading it at once, with strictly increasing line numbers; a small record limit
/// turns long records into error records without losing or adding any.
inline void csv_records(std::string_view input) {
  Script script(input);
  const GeneratedCsv doc = generate_csv(script);
  const std::size_t chunk = 1 + script.next(9);
  for (std::size_t c : {std::size_t{0}, chunk}) {
    const auto got = read_records(doc.text, advisor::RecordFormat::kCsv, c);
    require(got.size() == doc.records.size(), "generated CSV: records in = records out");
    for (std::size_t i = 0; i < got.size(); ++i) {
      require(got[i].error.empty(), "generated CSV: a well-formed record is not an error");
      require(got[i].line == doc.records[i].line, "generated CSV: the record starts on its line");
      require(got[i].fields == doc.records[i].fields, "generated CSV: fields read back as written");
    }
  }
  const std::size_t step = input.empty() ? 1U : 1U + static_cast<unsigned char>(input[0]) % 7U;
  for (auto format : {advisor::RecordFormat::kCsv, advisor::RecordFormat::kAuto}) {
    const auto whole = read_records(input, format, 0);
    require(read_records(input, format, step) == whole, "chunked reading gives the same records");
    require(read_records(input, format, 1) == whole, "byte-by-byte reading gives the same records");
    for (std::size_t i = 1; i < whole.size(); ++i)
      require(whole[i].line > whole[i - 1].line, "records come in order of their lines");
    // A record over the limit becomes an error record on its line (a long blank line too, which
    // is no record without the limit); none is lost.
    const auto limited = read_records(input, format, step, 16);
    std::size_t j = 0;
    for (const auto& record : limited) {
      if (j < whole.size() && record.line == whole[j].line) {
        ++j;
      } else {
        require(!record.error.empty(), "a record limit adds only error records");
      }
    }
    require(j == whole.size(), "a record limit loses no record");
  }
}

}  // namespace fuzz_entries
