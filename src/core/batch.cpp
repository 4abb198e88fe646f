#include "acct_advisor/batch.hpp"

#include <cstring>

#include <fmt/format.h>

#include "acct_advisor/csv.hpp"
#include "acct_advisor/edit_distance.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/recommendation_view.hpp"

namespace advisor {

// Literals as string_views on the per-record path: `out += "..."` with a char* runs strlen each
// time, and that was about 9% of a batch run under callgrind.
using namespace std::string_view_literals;

namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);
constexpr std::size_t kChunk = 1u << 20;     // input read size
constexpr std::size_t kFlushAt = 64u << 10;  // output handed to emit in pieces this big
constexpr std::string_view kFields[] = {"users", "industry", "barrier", "adding", "regulated", "entities", "within", "id"};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A misspelt field name is an error with a suggestion; any other extra field (a spreadsheet's
// "notes" column) is ignored, so real exports work as they are.
std::string unknown_field_error(std::string_view key) {
  for (auto known : kFields) {
    if (edit_distance(known, key) <= 2 && key.size() >= 3) {
      return fmt::format("unknown field '{}'; did you mean '{}'?", key.substr(0, 40), known);
    }
  }
  return "";
}

std::string lower_ascii(std::string_view s) {
  std::string out(trim(s));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool balanced_quotes(std::string_view s) {
  std::size_t quotes = 0;
  for (char c : s) quotes += c == '"';
  return quotes % 2 == 0;
}

// format_int knows its length; appending its c_str() would run strlen on every number.
template <typename Int>
void append_int(std::string& out, Int value) {
  const fmt::format_int text(value);
  out.append(text.data(), text.size());
}

void append_id_json(std::string& out, const RecordId& id) {
  if (id.text.empty()) return;
  out += "\"id\":"sv;
  if (id.number)
    out += id.text;
  else
    append_json_string(out, id.text);
  out += ',';
}

}  // namespace

BatchRunner::BatchRunner(const DataSet& data, const Engine& engine, BatchOptions options)
    : data_(data),
      engine_(engine),
      options_(options),
      detected_(options.input),
      col_users_(npos),
      col_industry_(npos),
      col_barrier_(npos),
      col_adding_(npos),
      col_regulated_(npos),
      col_entities_(npos),
      col_within_(npos),
      col_id_(npos) {}

std::string BatchRunner::output_header() const {
  if (options_.output != BatchOutputFormat::kCsv) return "";
  return csv_record({"line", "id", "recommendation", "wecom_score", "personal_score", "margin", "error"});
}

void BatchRunner::error_record(std::size_t line_no, const RecordId& id, std::string_view message,
                               std::string& out) {
  if (options_.output == BatchOutputFormat::kCsv) {
    out += csv_record({std::to_string(line_no), id.text, "", "", "", "", std::string(message)});
    return;
  }
  fmt::format_to(std::back_inserter(out), "{{\"line\":{},", line_no);
  append_id_json(out, id);
  out += "\"error\":";
  append_json_string(out, message);
  out += "}\n";
}

bool BatchRunner::score(const ProfileInput& input, std::size_t line_no, const RecordId& id,
                        std::string& out) {
  Profile profile;
  try {
    profile = resolve_profile(input, data_.industries, "");
  } catch (const UsageError& e) {
    error_record(line_no, id, e.what(), out);
    return false;
  }
  Scores scores;
  if (options_.output == BatchOutputFormat::kCsv) {
    const Account account = engine_.decide(profile, scores);
    const int margin = scores.of(account) - scores.of(other(account));
    out += csv_record({std::to_string(line_no), id.text, std::string(account_id(account)),
                       std::to_string(scores.wecom), std::to_string(scores.personal), std::to_string(margin),
                       ""});
    return true;
  }
  out += "{\"line\":"sv;
  append_int(out, line_no);
  out += ',';
  append_id_json(out, id);  // as it came, string or number, so it round-trips
  if (options_.explain) {
    const Recommendation r = engine_.recommend(profile);
    fmt::format_to(
        std::back_inserter(out),
        "\"recommendation\":\"{}\",\"scores\":{{\"wecom\":{},\"personal\":{}}},\"margin\":{},\"explain\":",
        account_id(r.account), r.scores.wecom, r.scores.personal, r.margin());
    out += recommendation_to_json(r, data_).dump(-1, ' ', false,
                                                 nlohmann::ordered_json::error_handler_t::replace);
    out += "}\n";
    return true;
  }
  // The hot path: plain appends, as fmt's format-string parsing was a tenth of the run time.
  const Account account = engine_.decide(profile, scores);
  out += "\"recommendation\":\""sv;
  out += account_id(account);
  out += "\",\"scores\":{\"wecom\":"sv;
  append_int(out, scores.wecom);
  out += ",\"personal\":"sv;
  append_int(out, scores.personal);
  out += "},\"margin\":"sv;
  append_int(out, scores.of(account) - scores.of(other(account)));
  out += "}\n"sv;
  return true;
}

bool BatchRunner::process_jsonl(std::string_view line, std::size_t line_no, std::string& out) {
  std::string error;
  if (!parse_flat_object(line, fields_, error)) {
    error_record(line_no, {}, error, out);
    return false;
  }
  // input_ is reused, so a value longer than the small-string buffer is copied into capacity
  // already there instead of a new allocation per record.
  ProfileInput& input = input_;
  input.users.clear();
  input.industry.clear();
  input.barrier.clear();
  input.adding.clear();
  input.regulated.clear();
  input.entities.clear();
  input.within.clear();
  RecordId id;
  for (const FlatField& f : fields_) {
    if (f.kind == FlatField::Kind::kNull) continue;  // null reads as "not given"
    std::string* target = nullptr;
    const std::string_view key = f.key;  // compared with sv literals: no strlen per comparison
    if (key == "users"sv)
      target = &input.users;
    else if (key == "industry"sv)
      target = &input.industry;
    else if (key == "barrier"sv)
      target = &input.barrier;
    else if (key == "adding"sv)
      target = &input.adding;
    else if (key == "regulated"sv)
      target = &input.regulated;
    else if (key == "entities"sv)
      target = &input.entities;
    else if (key == "within"sv)
      target = &input.within;
    else if (key == "id"sv) {
      if (f.kind == FlatField::Kind::kBool && error.empty())
        error = "field 'id' must be a string or a number";
      else
        id = {f.value, f.kind == FlatField::Kind::kNumber};
      continue;
    } else {
      if (auto e = unknown_field_error(f.key); !e.empty() && error.empty()) error = e;
      continue;
    }
    if (error.empty()) {
      if (!target->empty())
        error = fmt::format("field '{}' appears twice", f.key);
      else if ((f.kind == FlatField::Kind::kBool) != (key == "regulated"sv))
        error = key == "regulated"sv ? "field 'regulated' must be true or false"
                                     : fmt::format("field '{}' must not be true or false", f.key);
      else if (f.kind == FlatField::Kind::kNumber && key != "users"sv && key != "entities"sv && key != "within"sv)
        error = fmt::format("field '{}' must be a string", f.key);
    }
    *target = f.value;
  }
  if (!error.empty()) {
    error_record(line_no, id, error, out);
    return false;
  }
  return score(input, line_no, id, out);
}

void BatchRunner::set_csv_header(const std::vector<std::string>& header) {
  columns_ = header.size();
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string name = lower_ascii(header[i]);
    std::size_t* slot = name == "users"      ? &col_users_
                        : name == "industry" ? &col_industry_
                        : name == "barrier"  ? &col_barrier_
                        : name == "adding"   ? &col_adding_
                        : name == "regulated" ? &col_regulated_
                        : name == "entities" ? &col_entities_
                        : name == "within"   ? &col_within_
                        : name == "id"       ? &col_id_
                                             : nullptr;
    if (slot == nullptr) {
      if (auto e = unknown_field_error(name); !e.empty()) throw UsageError("CSV header: " + e);
      continue;
    }
    if (*slot != npos) throw UsageError(fmt::format("CSV header: column '{}' appears twice", name));
    *slot = i;
  }
  std::string missing;
  if (col_users_ == npos) missing += "users";
  if (col_adding_ == npos) missing += missing.empty() ? "adding" : ", adding";
  if (col_industry_ == npos && col_barrier_ == npos)
    missing += missing.empty() ? "industry or barrier" : ", industry or barrier";
  if (!missing.empty()) {
    throw UsageError(
        fmt::format("CSV header: missing column {} (the header is the first line, e.g. "
                    "id,users,industry,adding)",
                    missing));
  }
}

bool BatchRunner::process_csv(const std::vector<std::string>& fields, std::size_t line_no, std::string& out) {
  RecordId id;
  if (col_id_ != npos && col_id_ < fields.size()) id.text = std::string(trim(fields[col_id_]));
  if (fields.size() != columns_) {
    error_record(line_no, id,
                 fmt::format("expected {} fields as in the header, got {}", columns_, fields.size()), out);
    return false;
  }
  for (const auto& f : fields) {
    if (!valid_utf8(f)) {
      error_record(line_no, {valid_utf8(id.text) ? id.text : "", false}, "invalid UTF-8 in a field", out);
      return false;
    }
  }
  ProfileInput& input = input_;  // reused, as in process_jsonl: assign() keeps the capacity
  auto set = [&](std::string& to, std::size_t col) {
    if (col == npos)
      to.clear();
    else
      to.assign(trim(fields[col]));
  };
  set(input.users, col_users_);
  set(input.industry, col_industry_);
  set(input.barrier, col_barrier_);
  set(input.adding, col_adding_);
  set(input.regulated, col_regulated_);
  set(input.entities, col_entities_);
  set(input.within, col_within_);
  return score(input, line_no, id, out);
}

bool BatchRunner::handle_record(std::string_view record, std::size_t line_no, std::string& out) {
  if (detected_ == BatchInputFormat::kJsonl) return process_jsonl(record, line_no, out);
  std::string_view rest = record;
  CsvReader reader;
  std::size_t ignored;
  try {
    reader.next(rest, csv_fields_, ignored);
  } catch (const UsageError& e) {
    // A header that cannot be read stops the run, as a header missing a column does. Reported
    // as a bad record it was left out of the counts and the next line was read as the header.
    if (!header_seen_)
      throw UsageError(fmt::format("CSV header (line {}): a quoted field is not closed", line_no));
    error_record(line_no, {}, e.what(), out);
    return false;
  }
  if (!header_seen_) {
    set_csv_header(csv_fields_);
    header_seen_ = true;
    return true;
  }
  return process_csv(csv_fields_, line_no, out);
}

BatchStats BatchRunner::run(std::FILE* in, const std::function<void(std::string_view)>& emit) {
  BatchStats stats;
  std::string out = output_header();
  std::vector<char> buffer(kChunk);
  std::string carry;        // a line split across reads
  std::string csv_pending;  // a CSV record whose quoted field spans lines
  std::size_t csv_start = 0;
  bool skipping = false;  // inside a line longer than kMaxRecordBytes
  bool first = true;
  std::size_t line_no = 0;

  auto too_long = [&](std::size_t at) {
    ++stats.records;
    ++stats.bad;
    error_record(at, {}, fmt::format("record is longer than {} bytes; skipped", kMaxRecordBytes), out);
  };
  // Counts, runs and flushes one complete record.
  auto process = [&](std::string_view text, std::size_t at) {
    const bool is_header = detected_ == BatchInputFormat::kCsv && !header_seen_;
    const bool ok = handle_record(text, at, out);
    if (!is_header) {
      ++stats.records;
      if (!ok) ++stats.bad;
    }
    if (out.size() >= kFlushAt) {
      emit(out);
      out.clear();
    }
  };
  // Takes one physical line; joins CSV lines while a quoted field is open.
  auto record = [&](std::string_view text, std::size_t at) {
    if (first) {
      if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM from Windows editors
      first = false;
    }
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (!csv_pending.empty()) {
      csv_pending += '\n';
      csv_pending.append(text);
      if (csv_pending.size() > kMaxRecordBytes) {
        csv_pending.clear();
        too_long(csv_start);
      } else if (balanced_quotes(csv_pending)) {
        process(csv_pending, csv_start);
        csv_pending.clear();
      }
      return;
    }
    if (trim(text).empty()) return;  // blank lines are not records
    if (detected_ == BatchInputFormat::kAuto) {
      detected_ = trim(text).front() == '{' ? BatchInputFormat::kJsonl : BatchInputFormat::kCsv;
    }
    if (detected_ == BatchInputFormat::kCsv && !balanced_quotes(text)) {
      csv_pending.assign(text);
      csv_start = at;
      return;
    }
    process(text, at);
  };

  std::size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), in)) > 0) {
    const char* data = buffer.data();
    std::size_t pos = 0;
    while (pos < n) {
      const auto* nl = static_cast<const char*>(std::memchr(data + pos, '\n', n - pos));
      if (nl == nullptr) {
        if (!skipping) {
          carry.append(data + pos, n - pos);
          if (carry.size() > kMaxRecordBytes) {
            skipping = true;
            carry.clear();
            carry.shrink_to_fit();
          }
        }
        break;
      }
      const auto len = static_cast<std::size_t>(nl - (data + pos));
      ++line_no;
      if (skipping) {
        skipping = false;
        too_long(line_no);
      } else if (!carry.empty()) {
        carry.append(data + pos, len);
        if (carry.size() > kMaxRecordBytes)
          too_long(line_no);
        else
          record(carry, line_no);
        carry.clear();
      } else {
        record(std::string_view(data + pos, len), line_no);
      }
      pos += len + 1;
    }
  }
  if (skipping)
    too_long(++line_no);
  else if (!carry.empty())
    record(carry, ++line_no);
  if (!csv_pending.empty()) {
    ++stats.records;
    ++stats.bad;
    // Everything after the opening quote was read as part of this one field, so say so: the
    // lines that follow it were not skipped silently, they are inside this record.
    error_record(
        csv_start, {},
        line_no > csv_start
            ? fmt::format("unterminated quoted field: the quote opened on line {} is never closed, so {} "
                          "read as part of this record",
                          csv_start,
                          line_no == csv_start + 1
                              ? fmt::format("line {} was", line_no)
                              : fmt::format("lines {} to {} were", csv_start + 1, line_no))
            : std::string("unterminated quoted field: the quote is never closed"),
        out);
  }
  if (!out.empty()) emit(out);
  return stats;
}

}  // namespace advisor
