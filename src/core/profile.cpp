#include "acct_advisor/profile.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "acct_advisor/error.hpp"
#include "acct_advisor/terminal_text.hpp"
#include "acct_advisor/utf8.hpp"

namespace advisor {

std::string_view adding_id(Adding adding) {
  return adding == Adding::kActive ? "active" : "passive";
}

std::optional<Adding> parse_adding(std::string_view id) {
  // Batch asks this for every record, mostly with "active" or "passive": those first, by their
  // first byte, before any comparison.
  if (!id.empty() && id[0] == 'a') return id == "active" ? std::optional(Adding::kActive) : std::nullopt;
  if (!id.empty() && id[0] == 'p') return id == "passive" ? std::optional(Adding::kPassive) : std::nullopt;
  if (id == "active" || id == "主动" || id == "主动添加") return Adding::kActive;
  if (id == "passive" || id == "被动" || id == "被动添加") return Adding::kPassive;
  return std::nullopt;
}

namespace {

// Full-width forms (０-９，．) come from Chinese input methods; fold them to ASCII. Bytes that
// are not UTF-8 stay as they are (the number check refuses them, quoting what was typed).
std::string fold_full_width(std::string_view text) {
  std::string out;
  for (const char32_t c : code_points(text)) {
    if (c >= U'\uFF10' && c <= U'\uFF19')
      out += static_cast<char>('0' + (c - U'\uFF10'));
    else if (c == U'\uFF0C' || c == U'\uFF0E')
      out += c == U'\uFF0C' ? ',' : '.';
    else if (c >= kInvalidUtf8Base)
      out += static_cast<char>(c - kInvalidUtf8Base);
    else
      append_utf8(out, c);
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Removes thousands separators, accepting them only where they group digits in threes, so
// "30,000" is 30000 but "3,00" is refused rather than read as 300.
bool strip_grouping(std::string& digits) {
  if (digits.find(',') == std::string::npos) return true;
  const auto dot = digits.find('.');
  const std::string whole = digits.substr(0, dot);
  std::size_t group_start = 0;
  std::string out;
  for (std::size_t i = 0; i <= whole.size(); ++i) {
    if (i == whole.size() || whole[i] == ',') {
      const std::size_t len = i - group_start;
      if ((group_start == 0 && (len < 1 || len > 3)) || (group_start != 0 && len != 3)) return false;
      out += whole.substr(group_start, len);
      group_start = i + 1;
    }
  }
  digits = out + (dot == std::string::npos ? "" : digits.substr(dot));
  return true;
}

// What the user typed, fit to quote in a message; it may be anything (a batch field, 10 KB of
// argv): the one terminal escaper, capped at max_bytes, so a NUL cannot end the C string what()
// returns, an escape sequence cannot reach the terminal and a line end cannot forge a line.
void append_shown(std::string& out, std::string_view text, std::size_t max_bytes) {
  append_terminal_safe(out, text, max_bytes, TerminalLines::kEscape);
}

std::string shown(std::string_view text, std::size_t max_bytes) {
  return terminal_value(text, max_bytes);
}

// The checks below report into `error` and return false instead of throwing: batch runs them
// on millions of records, and one exception per bad record cost more than scoring ten good
// ones. `prefix` + `name` name the field ("--" + "users", "" + "users"): joined only in a
// message, never on the way to an answer.
bool users_from(std::string_view raw, std::string_view prefix, std::string_view name, std::int64_t& users,
                std::string& error) {
  // Fast path for the common case, plain digits: batch runs parse millions of these.
  if (!raw.empty() && raw.size() <= 9 && raw[0] != '0' &&
      std::all_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    std::int64_t n = 0;
    for (char c : raw) n = n * 10 + (c - '0');
    users = n;  // at most 999,999,999 < kMaxUsers, and not zero
    return true;
  }
  auto fail = [&](std::string_view why) {
    error.clear();
    error.append(prefix).append(name).append(": '");
    append_shown(error, raw, 40);
    error.append("' ").append(why);
    return false;
  };
  std::string text = fold_full_width(trim(raw));
  if (text.empty()) return fail("is empty; give a number of customers such as 30000, 30k or 3万");
  if (text[0] == '-') return fail("is negative; give the number of customers you expect, at least 1");
  if (text[0] == '+') text.erase(0, 1);
  // Multiplier suffixes, as operators write them.
  std::int64_t multiplier = 1;
  struct Suffix {
    std::string_view text;
    std::int64_t factor;
  };
  static const Suffix kSuffixes[] = {{"万", 10'000},      {"w", 10'000},    {"W", 10'000},
                                     {"k", 1'000},        {"K", 1'000},     {"千", 1'000},
                                     {"亿", 100'000'000}, {"m", 1'000'000}, {"M", 1'000'000}};
  for (const auto& s : kSuffixes) {
    if (text.size() > s.text.size() &&
        text.compare(text.size() - s.text.size(), s.text.size(), s.text) == 0) {
      multiplier = s.factor;
      text.erase(text.size() - s.text.size());
      text = std::string(trim(text));
      break;
    }
  }
  if (!strip_grouping(text)) return fail("has misplaced thousands separators; write 30000 or 30,000");
  // Digits, then at most one '.' and more digits; exact decimal arithmetic, no floating point.
  std::size_t i = 0;
  std::int64_t whole = 0;
  std::int64_t frac = 0;
  std::int64_t frac_scale = 1;
  bool any_digit = false, overflow = false;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    any_digit = true;
    if (whole > kMaxUsers)
      overflow = true;
    else
      whole = whole * 10 + (text[i] - '0');
  }
  if (i < text.size() && text[i] == '.') {
    for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
      any_digit = true;
      if (frac_scale < 1'000'000'000) {
        frac = frac * 10 + (text[i] - '0');
        frac_scale *= 10;
      } else if (text[i] != '0') {
        return fail("is not a whole number of customers");
      }
    }
  }
  if (!any_digit || i != text.size()) {
    return fail("is not a number; give a count of customers such as 30000, 30,000, 30k or 3万");
  }
  if (overflow || whole > kMaxUsers / multiplier) {
    return fail(fmt::format("is more than {} customers; check the number", kMaxUsers));
  }
  if ((frac * multiplier) % frac_scale != 0) return fail("is not a whole number of customers");
  const std::int64_t n = whole * multiplier + frac * multiplier / frac_scale;
  if (n == 0) return fail("must be at least 1 customer");
  if (n > kMaxUsers) return fail(fmt::format("is more than {} customers; check the number", kMaxUsers));
  users = n;
  return true;
}

bool whole_from(std::string_view text, std::string_view prefix, std::string_view name, std::int64_t low,
                std::int64_t high, std::int64_t& value, std::string& error) {
  std::int64_t n = 0;
  bool ok = !text.empty() && text.size() <= 12;
  for (char c : text) {
    if (c < '0' || c > '9') ok = false;
    if (ok) n = n * 10 + (c - '0');
  }
  if (!ok || n < low || n > high) {
    error = fmt::format("{}{}: expected a whole number from {} to {}, got '{}'", prefix, name, low, high,
                        shown(text, 60));
    return false;
  }
  value = n;
  return true;
}

// "unknown industry 'x'" and what to do about it: the close industries, else where to look.
void unknown_industry(std::string_view query, const IndustryCatalog& catalog, std::string_view prefix,
                      std::string& error) {
  error.clear();
  error.append(prefix).append("industry: unknown industry '");
  append_shown(error, query, 60);
  error += '\'';
  const auto close = catalog.suggestions(query);
  if (close.empty()) {
    // Naming unrelated industries would mislead: when nothing is close, say so, and say how to
    // describe an unlisted industry instead.
    error
        .append(
            "; no listed industry is close. 'acct-advisor industries' lists them; for an unlisted one give ")
        .append(prefix)
        .append("barrier low or high (and ")
        .append(prefix)
        .append("regulated if it is)");
    return;
  }
  error += "; did you mean ";
  for (std::size_t i = 0; i < close.size(); ++i) {
    if (i > 0) error += i + 1 == close.size() ? " or " : ", ";
    error.append("'").append(catalog.industries()[close[i]].id).append("'");
  }
  error += '?';
}

}  // namespace

std::int64_t parse_users(std::string_view raw, std::string_view what) {
  std::int64_t users = 0;
  std::string error;
  if (!users_from(raw, what, "", users, error)) throw UsageError(error);
  return users;
}

std::int64_t parse_whole(std::string_view text, std::string_view what, std::int64_t low, std::int64_t high) {
  std::int64_t value = 0;
  std::string error;
  if (!whole_from(text, what, "", low, high, value, error)) throw UsageError(error);
  return value;
}

bool resolve_profile_into(const ProfileFields& input, const IndustryCatalog& catalog, std::string_view prefix,
                          Profile& p, std::string& error) {
  if (input.users.empty() || input.adding.empty() || (input.industry.empty() && input.barrier.empty())) {
    std::string missing;
    auto need = [&](std::string_view value, std::string_view name) {
      if (value.empty()) missing += fmt::format("{}{}{}", missing.empty() ? "" : ", ", prefix, name);
    };
    need(input.users, "users");
    if (input.industry.empty() && input.barrier.empty())
      need(input.industry, "industry (or " + std::string(prefix) + "barrier)");
    need(input.adding, "adding");
    error = fmt::format("missing {}", missing);
    return false;
  }
  if (!users_from(input.users, prefix, "users", p.users, error)) return false;
  if (!input.industry.empty()) {
    const Industry* industry = catalog.find(input.industry);
    if (!industry) {
      unknown_industry(input.industry, catalog, prefix, error);
      return false;
    }
    // Like the barrier, regulation comes with a listed industry; a value given too must agree.
    if (!input.regulated.empty() && input.regulated != (industry->regulated ? "true" : "false")) {
      error = fmt::format(
          "{}regulated: '{}' contradicts {}industry '{}', which is {}; {}regulated describes an unlisted "
          "industry, with {}barrier",
          prefix, shown(input.regulated, 20), prefix, industry->id,
          industry->regulated ? "regulated" : "not regulated", prefix, prefix);
      return false;
    }
    p.industry = industry->id;  // reused by batch: copied into the capacity it already has
    p.barrier = industry->barrier;
    p.regulated = industry->regulated;
    if (!input.barrier.empty()) {
      const auto b = parse_barrier(input.barrier);
      if (!b || *b != industry->barrier) {
        error = fmt::format(
            "{}barrier: '{}' contradicts {}industry '{}', whose barrier is {}; give one of them", prefix,
            shown(input.barrier, 60), prefix, industry->id, barrier_id(industry->barrier));
        return false;
      }
    }
  } else {
    const auto b = parse_barrier(input.barrier);
    if (!b) {
      error = fmt::format("{}barrier: expected low or high, got '{}'", prefix, shown(input.barrier, 60));
      return false;
    }
    p.industry.clear();
    p.barrier = *b;
    p.regulated = false;
    if (input.regulated == "true" || input.regulated == "false") {
      p.regulated = input.regulated == "true";
    } else if (!input.regulated.empty()) {
      error =
          fmt::format("{}regulated: expected true or false, got '{}'", prefix, shown(input.regulated, 60));
      return false;
    }
  }
  p.entities = 1;
  if (!input.entities.empty() &&
      !whole_from(input.entities, prefix, "entities", 1, kMaxEntities, p.entities, error))
    return false;
  p.within_days.reset();
  if (!input.within.empty()) {
    std::int64_t days = 0;
    if (!whole_from(input.within, prefix, "within", 1, kMaxDays, days, error)) return false;
    p.within_days = days;
  }
  const auto adding = parse_adding(input.adding);
  if (!adding) {
    error = fmt::format("{}adding: expected active or passive, got '{}'", prefix, shown(input.adding, 60));
    return false;
  }
  p.adding = *adding;
  return true;
}

Profile resolve_profile(const ProfileInput& input, const IndustryCatalog& catalog, std::string_view prefix) {
  const ProfileFields fields{input.users,     input.industry, input.barrier, input.adding,
                             input.regulated, input.entities, input.within};
  Profile profile;
  std::string error;
  if (!resolve_profile_into(fields, catalog, prefix, profile, error)) throw UsageError(error);
  return profile;
}

}  // namespace advisor
