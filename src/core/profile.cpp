#include "acct_advisor/profile.hpp"

#include <algorithm>
#include <iterator>
#include <vector>

#include <fmt/format.h>

#include "acct_advisor/error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/number_words.hpp"
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

std::optional<Barrier> parse_barrier_answer(std::string_view text) {
  if (const auto b = parse_barrier(text)) return b;
  if (text == "低" || text == "低门槛") return Barrier::kLow;
  if (text == "高" || text == "高门槛") return Barrier::kHigh;
  return std::nullopt;
}

std::optional<bool> parse_regulated(std::string_view text) {
  if (text == "true" || text == "是") return true;
  if (text == "false" || text == "否") return false;
  return std::nullopt;
}

namespace {

// Full-width forms (０-９，．＋－ and letters) come from Chinese input methods; fold them to
// ASCII, so ３ｋ reads as 3k. Bytes that are not UTF-8 stay as they are (the number check
// refuses them, quoting what was typed).
std::string fold_full_width(std::string_view text) {
  std::string out;
  for (const char32_t c : code_points(text)) {
    if (c >= U'\uFF01' && c <= U'\uFF5E')  // the full-width block mirrors ASCII ! to ~
      out += static_cast<char>('!' + (c - U'\uFF01'));
    else if (c == U'\u3000')  // the ideographic space
      out += ' ';
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
std::string shown(std::string_view text, std::size_t max_bytes) {
  return terminal_value(text, max_bytes);
}

// Chinese numerals, for counts: 三万, 一万五千, 十万, 两千零五, 1万2千, 三亿. The parts:
// digits (零〇 一 二两 ... 九, or a run of ASCII digits), small units that multiply the digit
// before them (十 百 千, descending within a section), and 万 and 亿, which close a section.
int chinese_digit(char32_t c) {
  switch (c) {
    case U'零':
    case U'〇':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

std::int64_t small_unit(char32_t c) {
  return c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : 0;
}

bool is_wan(char32_t c) {
  return c == U'万' || c == U'萬';
}
bool is_yi(char32_t c) {
  return c == U'亿' || c == U'億';
}

// Plain forms (digits with one trailing 万, 千 or 亿) are read by users_from itself, which also
// knows decimals (1.5万); anything else with a Chinese numeral or unit is read here.
bool is_chinese_numeral(const std::u32string& cps) {
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const char32_t c = cps[i];
    if (chinese_digit(c) >= 0 || c == U'十' || c == U'百' || c == U'萬' || c == U'億') return true;
    if ((c == U'万' || c == U'千' || c == U'亿') && i + 1 < cps.size()) return true;
  }
  return false;
}

enum class Reading { kOk, kNotNumber, kTooMany };

Reading read_chinese_numeral(const std::u32string& cps, std::int64_t& out) {
  std::int64_t yi = 0, wan = 0, section = 0, pending = 0;
  bool has_pending = false, seen_wan = false, seen_yi = false, after_zero = false;
  std::int64_t last_small = 10'000;  // small units descend within a section: 千 then 百 then 十
  std::int64_t last_unit = 0;        // the unit just applied: 1 for none
  // Every step only adds or multiplies by ten or more, so a part past the bound means the
  // whole is past it too; checking each step keeps the arithmetic far from overflow.
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const char32_t c = cps[i];
    if (c >= U'0' && c <= U'9') {
      if (has_pending) return Reading::kNotNumber;
      for (; i < cps.size() && cps[i] >= U'0' && cps[i] <= U'9'; ++i) {
        pending = pending * 10 + static_cast<std::int64_t>(cps[i] - U'0');
        if (pending > kMaxUsers) return Reading::kTooMany;
      }
      --i;
      has_pending = true;
    } else if (const int d = chinese_digit(c); d >= 0) {
      if (has_pending) return Reading::kNotNumber;  // 三四, 三4
      if (d == 0) {
        after_zero = true;  // 一百零五: the zero only says a place is empty
        continue;
      }
      pending = d;
      has_pending = true;
    } else if (const std::int64_t unit = small_unit(c); unit != 0) {
      if (unit >= last_small) return Reading::kNotNumber;                            // 十百, 百百
      if (!has_pending && (unit != 10 || section != 0)) return Reading::kNotNumber;  // 十 alone is 一十
      section += (has_pending ? pending : 1) * unit;
      if (section > kMaxUsers) return Reading::kTooMany;
      pending = 0;
      has_pending = after_zero = false;
      last_small = last_unit = unit;
    } else if (is_wan(c) || is_yi(c)) {
      const bool is_10k = is_wan(c);
      if (is_10k ? seen_wan : seen_yi) return Reading::kNotNumber;
      const std::int64_t part = (is_10k ? 0 : wan) + section + pending;
      if (part == 0) return Reading::kNotNumber;  // 万 alone
      const std::int64_t big = is_10k ? 10'000 : 100'000'000;
      if (part > kMaxUsers / big) return Reading::kTooMany;
      (is_10k ? wan : yi) = part * big;
      if (!is_10k) wan = 0;
      section = pending = 0;
      has_pending = after_zero = false;
      seen_wan = is_10k;
      seen_yi = seen_yi || !is_10k;
      last_small = 10'000;
      last_unit = big;
    } else {
      return Reading::kNotNumber;
    }
  }
  // 一万五 and 一百五 are 15000 and 150 in speech but 10005 and 105 by the digits: refuse
  // them rather than guess; 一万零五 and 二十五 say which.
  if (has_pending && last_unit > 10 && !after_zero) return Reading::kNotNumber;
  const std::int64_t n = yi + wan + section + pending;
  if (n > kMaxUsers) return Reading::kTooMany;
  out = n;
  return Reading::kOk;
}

// "a, b or c" in the language.
std::string choices(Lang lang, const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += msg(lang, i + 1 == items.size() ? Msg::kInputListOr : Msg::kListSeparator);
    out += items[i];
  }
  return out;
}

// 30.000 and 1.000.000: a dot before every group of three digits, and no other separator.
bool dot_grouped(std::string_view text) {
  const auto dot = text.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 3) return false;
  for (std::size_t i = dot; i < text.size(); i += 4) {
    if (text[i] != '.' || i + 4 > text.size()) return false;
    for (std::size_t j = i + 1; j < i + 4; ++j)
      if (text[j] < '0' || text[j] > '9') return false;
  }
  return std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(dot),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// The checks below report into `error` and return false instead of throwing: batch runs them
// on millions of records, and one exception per bad record cost more than scoring ten good
// ones. `prefix` + `name` name the field ("--" + "users", "" + "users"): joined only in a
// message, never on the way to an answer.
bool users_from(std::string_view raw, std::string_view prefix, std::string_view name, std::int64_t& users,
                std::string& error, Lang lang) {
  // Fast path for the common case, plain digits: batch runs parse millions of these.
  if (!raw.empty() && raw.size() <= 9 && raw[0] != '0' &&
      std::all_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    std::int64_t n = 0;
    for (char c : raw) n = n * 10 + (c - '0');
    users = n;  // at most 999,999,999 < kMaxUsers, and not zero
    return true;
  }
  const std::string field = std::string(prefix).append(name);
  auto fail = [&](Msg why, std::string_view count = {}, std::string_view options = {}) {
    error = msg(lang, why, fmt::arg("field", field), fmt::arg("value", shown(raw, 40)),
                fmt::arg("max", kMaxUsers), fmt::arg("count", count), fmt::arg("choices", options));
    return false;
  };
  // Folded first, so an ideographic space (U+3000) is trimmed like an ASCII one.
  const std::string folded = fold_full_width(raw);
  std::string text(trim(folded));
  if (text.empty()) return fail(Msg::kInputUsersEmpty);
  if (text[0] == '-') return fail(Msg::kInputUsersNegative);
  if (text[0] == '+') text.erase(0, 1);
  if (const auto cps = code_points(text); is_chinese_numeral(cps)) {
    std::int64_t n = 0;
    switch (read_chinese_numeral(cps, n)) {
      case Reading::kNotNumber:
        return fail(Msg::kInputUsersNotNumber);
      case Reading::kTooMany:
        return fail(Msg::kInputUsersTooMany);
      case Reading::kOk:
        break;
    }
    if (n == 0) return fail(Msg::kInputUsersZero);
    users = n;
    return true;
  }
  // 30.000 is thirty thousand in much of Europe and South America and thirty elsewhere: a
  // count read the wrong way is a thousandfold wrong, so ask rather than guess.
  if (dot_grouped(text)) {
    std::string digits;
    std::copy_if(text.begin(), text.end(), std::back_inserter(digits), [](char c) { return c != '.'; });
    const auto n = std::stoll(digits.substr(0, 12));
    if (digits.size() > 10 || n > kMaxUsers) return fail(Msg::kInputUsersTooMany);
    std::vector<std::string> forms{std::to_string(n), format_number(static_cast<double>(n))};
    if (auto chinese = format_count(n, Lang::kZh); chinese != forms[0]) forms.push_back(std::move(chinese));
    return fail(Msg::kInputUsersAmbiguous, fmt::format("{}", Count{n, lang}), choices(lang, forms));
  }
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
  if (!strip_grouping(text)) return fail(Msg::kInputUsersGrouping);
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
        return fail(Msg::kInputUsersNotWhole);
      }
    }
  }
  if (!any_digit || i != text.size()) return fail(Msg::kInputUsersNotNumber);
  if (overflow || whole > kMaxUsers / multiplier) return fail(Msg::kInputUsersTooMany);
  if ((frac * multiplier) % frac_scale != 0) return fail(Msg::kInputUsersNotWhole);
  const std::int64_t n = whole * multiplier + frac * multiplier / frac_scale;
  if (n == 0) return fail(Msg::kInputUsersZero);
  if (n > kMaxUsers) return fail(Msg::kInputUsersTooMany);
  users = n;
  return true;
}

bool whole_from(std::string_view text, std::string_view prefix, std::string_view name, std::int64_t low,
                std::int64_t high, std::int64_t& value, std::string& error, Lang lang) {
  std::int64_t n = 0;
  bool ok = !text.empty() && text.size() <= 12;
  for (char c : text) {
    if (c < '0' || c > '9') ok = false;
    if (ok) n = n * 10 + (c - '0');
  }
  if (!ok || n < low || n > high) {
    error = msg(lang, Msg::kInputWholeRange, fmt::arg("field", std::string(prefix).append(name)),
                fmt::arg("low", low), fmt::arg("high", high), fmt::arg("value", shown(text, 60)));
    return false;
  }
  value = n;
  return true;
}

// "unknown industry 'x'" and what to do about it: the close industries, else where to look.
std::string unknown_industry_message(std::string_view query, const IndustryCatalog& catalog,
                                     std::string_view prefix, Lang lang) {
  const std::string field = std::string(prefix) + "industry";
  std::string error =
      msg(lang, Msg::kInputUnknownIndustry, fmt::arg("field", field), fmt::arg("value", shown(query, 60)));
  const auto close = catalog.suggestions(query);
  if (close.empty()) {
    // Naming unrelated industries would mislead: when nothing is close, say so, and say how to
    // describe an unlisted industry instead.
    error += msg(lang, Msg::kInputIndustryNoneClose, fmt::arg("command", "acct-advisor industries"),
                 fmt::arg("barrier_field", std::string(prefix) + "barrier"),
                 fmt::arg("regulated_field", std::string(prefix) + "regulated"));
    return error;
  }
  std::vector<std::string> names;
  for (const std::size_t i : close) {
    const Industry& industry = catalog.industries()[i];
    names.push_back(msg(lang, Msg::kInputIndustryChoice, fmt::arg("id", industry.id),
                        fmt::arg("name", industry.name.in(lang))));
  }
  error += msg(lang, Msg::kInputIndustrySuggest, fmt::arg("choices", choices(lang, names)));
  return error;
}

// The same message, made once per distinct (language, prefix, query) and then copied from the
// catalog's cache: a file of the same few misspellings would otherwise format each one anew,
// and that was most of the cost of such a record. Everything the text depends on besides the
// query is in the key, so the wording above can change freely.
void unknown_industry(std::string_view query, const IndustryCatalog& catalog, std::string_view prefix,
                      std::string& error, Lang lang) {
  std::string context(1, static_cast<char>('0' + static_cast<int>(lang)));  // short: no allocation
  context += prefix;
  error = catalog.unknown_message(context, query,
                                  [&] { return unknown_industry_message(query, catalog, prefix, lang); });
}

std::string_view barrier_word(Barrier barrier, Lang lang) {
  return msg(lang, barrier == Barrier::kLow ? Msg::kInputBarrierLowWord : Msg::kInputBarrierHighWord);
}

// "missing --users, --adding": the answers a profile cannot do without.
std::string missing_answers(const ProfileFields& input, std::string_view prefix, Lang lang) {
  std::vector<std::string> missing;
  if (input.users.empty()) missing.push_back(std::string(prefix) + "users");
  if (input.industry.empty() && input.barrier.empty()) {
    missing.push_back(msg(lang, Msg::kInputMissingIndustry,
                          fmt::arg("industry_field", std::string(prefix) + "industry"),
                          fmt::arg("barrier_field", std::string(prefix) + "barrier")));
  }
  if (input.adding.empty()) missing.push_back(std::string(prefix) + "adding");
  std::string fields;
  for (const auto& m : missing) {
    if (!fields.empty()) fields += msg(lang, Msg::kListSeparator);
    fields += m;
  }
  return msg(lang, Msg::kInputMissing, fmt::arg("fields", fields));
}

// "--barrier: expected low or high, got 'x'" and the like: a value outside its choices.
std::string bad_choice(Lang lang, Msg id, std::string_view prefix, std::string_view name,
                       std::string_view value) {
  return msg(lang, id, fmt::arg("field", std::string(prefix).append(name)),
             fmt::arg("value", shown(value, 60)));
}

}  // namespace

std::int64_t parse_users(std::string_view raw, std::string_view what, Lang lang) {
  std::int64_t users = 0;
  std::string error;
  if (!users_from(raw, what, "", users, error, lang)) throw UsageError(error);
  return users;
}

std::int64_t parse_whole(std::string_view text, std::string_view what, std::int64_t low, std::int64_t high,
                         Lang lang) {
  std::int64_t value = 0;
  std::string error;
  if (!whole_from(text, what, "", low, high, value, error, lang)) throw UsageError(error);
  return value;
}

bool resolve_profile_into(const ProfileFields& input, const IndustryCatalog& catalog, std::string_view prefix,
                          Profile& p, std::string& error, Lang lang) {
  if (input.users.empty() || input.adding.empty() || (input.industry.empty() && input.barrier.empty())) {
    error = missing_answers(input, prefix, lang);
    return false;
  }
  if (!users_from(input.users, prefix, "users", p.users, error, lang)) return false;
  if (!input.industry.empty()) {
    const Industry* industry = catalog.find(input.industry);
    if (!industry) {
      unknown_industry(input.industry, catalog, prefix, error, lang);
      return false;
    }
    // Like the barrier, regulation comes with a listed industry; a value given too must agree.
    if (!input.regulated.empty() && parse_regulated(input.regulated) != industry->regulated) {
      error = msg(
          lang, industry->regulated ? Msg::kInputRegulatedContradictsYes : Msg::kInputRegulatedContradictsNo,
          fmt::arg("field", std::string(prefix) + "regulated"), fmt::arg("value", shown(input.regulated, 20)),
          fmt::arg("industry_field", std::string(prefix) + "industry"), fmt::arg("industry", industry->id),
          fmt::arg("barrier_field", std::string(prefix) + "barrier"));
      return false;
    }
    p.industry = industry->id;  // reused by batch: copied into the capacity it already has
    p.barrier = industry->barrier;
    p.regulated = industry->regulated;
    if (!input.barrier.empty()) {
      const auto b = parse_barrier_answer(input.barrier);
      if (!b || *b != industry->barrier) {
        error = msg(lang, Msg::kInputBarrierContradicts, fmt::arg("field", std::string(prefix) + "barrier"),
                    fmt::arg("value", shown(input.barrier, 60)),
                    fmt::arg("industry_field", std::string(prefix) + "industry"),
                    fmt::arg("industry", industry->id),
                    fmt::arg("barrier", barrier_word(industry->barrier, lang)));
        return false;
      }
    }
  } else {
    const auto b = parse_barrier_answer(input.barrier);
    if (!b) {
      error = bad_choice(lang, Msg::kInputBarrierExpected, prefix, "barrier", input.barrier);
      return false;
    }
    p.industry.clear();
    p.barrier = *b;
    p.regulated = false;
    if (const auto regulated = parse_regulated(input.regulated)) {
      p.regulated = *regulated;
    } else if (!input.regulated.empty()) {
      error = bad_choice(lang, Msg::kInputRegulatedExpected, prefix, "regulated", input.regulated);
      return false;
    }
  }
  p.entities = 1;
  if (!input.entities.empty() &&
      !whole_from(input.entities, prefix, "entities", 1, kMaxEntities, p.entities, error, lang))
    return false;
  p.within_days.reset();
  if (!input.within.empty()) {
    std::int64_t days = 0;
    if (!whole_from(input.within, prefix, "within", 1, kMaxDays, days, error, lang)) return false;
    p.within_days = days;
  }
  const auto adding = parse_adding(input.adding);
  if (!adding) {
    error = bad_choice(lang, Msg::kInputAddingExpected, prefix, "adding", input.adding);
    return false;
  }
  p.adding = *adding;
  return true;
}

Profile resolve_profile(const ProfileInput& input, const IndustryCatalog& catalog, std::string_view prefix,
                        Lang lang) {
  const ProfileFields fields{input.users,     input.industry, input.barrier, input.adding,
                             input.regulated, input.entities, input.within};
  Profile profile;
  std::string error;
  if (!resolve_profile_into(fields, catalog, prefix, profile, error, lang)) throw UsageError(error);
  return profile;
}

}  // namespace advisor
