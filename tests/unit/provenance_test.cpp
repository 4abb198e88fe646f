// Where the figures come from and how old they are: the dates in features.json (published,
// checked), months-ago arithmetic, quantity bounds, and the provenance line that `table` and
// `recommend` print under what they show.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/render/feature_table_view.hpp"
#include "acct_advisor/render/text_layout.hpp"
#include "test_support.hpp"

using namespace advisor;
using test_support::real_data;

namespace {

SourceDate date(const char* text) {
  const auto d = SourceDate::parse(text);
  INFO(text);
  REQUIRE(d.has_value());
  return *d;
}

const Feature& row(int no) {
  const Feature* f = real_data().features.find_no(no);
  REQUIRE(f != nullptr);
  return *f;
}

const Quantity& quantity(int no, Account account, const std::string& name) {
  const auto& qs = row(no).side(account).quantities;
  const auto it = std::find_if(qs.begin(), qs.end(), [&](const Quantity& q) { return q.name == name; });
  INFO("row " << no << " " << account_id(account) << " " << name);
  REQUIRE(it != qs.end());
  return *it;
}

bool has_latin_letter(const std::string& text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

}  // namespace

TEST_CASE("SourceDate parses a year, a month or a day", "[provenance][date]") {
  CHECK(date("2022") == SourceDate{2022, 0, 0});
  CHECK(date("2025-11") == SourceDate{2025, 11, 0});
  CHECK(date("2025-11-17") == SourceDate{2025, 11, 17});
  CHECK(date("2024-02-29") == SourceDate{2024, 2, 29});  // a leap year
  CHECK(date("2000-02-29") == SourceDate{2000, 2, 29});  // divisible by 400
  CHECK(date("2026-12-31").day == 31);
  for (const char* bad :
       {"",           "22",         "2022-",      "2022-1",    "2022-13",    "2022-00",     "2022-01-00",
        "2022-04-31", "2025-02-29", "1900-02-29", "0000",      "2022/01/05", "2022-01-05 ", " 2022",
        "2022\n",     "２０２２",   "20221",      "2022-1-05", "2022-01-5",  "abcd"}) {
    INFO("'" << bad << "'");
    CHECK_FALSE(SourceDate::parse(bad).has_value());
  }
}

TEST_CASE("SourceDate prints as written and orders by the days it can mean", "[provenance][date]") {
  for (const char* text : {"2022", "2025-11", "2025-11-17", "0999", "2026-01-05"})
    CHECK(date(text).iso() == text);
  CHECK(date("2022").first_day() == 20220101);
  CHECK(date("2022").last_day() == 20221231);
  CHECK(date("2025-11").first_day() == 20251101);
  CHECK(date("2025-11-17").first_day() == date("2025-11-17").last_day());
  // "2022" may be any day of 2022: it begins before 2022-05 and ends after it.
  CHECK(date("2022").first_day() < date("2022-05").first_day());
  CHECK(date("2022").last_day() > date("2022-05").last_day());
  CHECK(date("2022-12").last_month() == date("2022").last_month());
  CHECK(date("2023-01").last_month() == date("2022").last_month() + 1);
}

TEST_CASE("months_between counts whole calendar months, a year-only date as its December",
          "[provenance][date]") {
  const SourceDate today = date("2026-11-30");
  CHECK(months_between(date("2022"), today) == 47);  // 2022-12 to 2026-11
  CHECK(months_between(date("2022-12-31"), today) == 47);
  CHECK(months_between(date("2022-01"), today) == 58);
  CHECK(months_between(date("2025-11-17"), today) == 12);
  CHECK(months_between(date("2026-10-31"), today) == 1);
  CHECK(months_between(date("2026-11"), today) == 0);
  CHECK(months_between(date("2026-11-30"), today) == 0);
  CHECK(months_between(date("2026"), today) == -1);  // may still be December 2026
  CHECK(months_between(date("2027-03"), today) == -4);
  // Across a year end, and with a today given only to the month.
  CHECK(months_between(date("2025-12"), date("2026-01-01")) == 1);
  CHECK(months_between(date("2025-12"), date("2026-01")) == 1);
}

TEST_CASE("quantity bounds parse, default to exact and follow the source's words", "[provenance][bound]") {
  CHECK(parse_bound("exact") == Bound::kExact);
  CHECK(parse_bound("at_most") == Bound::kAtMost);
  CHECK(parse_bound("about") == Bound::kAbout);
  for (const char* bad : {"", "at most", "AT_MOST", "approx", "upto"})
    CHECK_FALSE(parse_bound(bad).has_value());
  for (Bound b : {Bound::kExact, Bound::kAtMost, Bound::kAbout}) CHECK(parse_bound(bound_id(b)) == b);

  // 以内 / 最多 / 最高 / 上限 -> at_most; 约 / 左右 / 通常 -> about.
  CHECK(quantity(6, Account::kWecom, "add_pass_rate").bound == Bound::kAtMost);    // 10%以内
  CHECK(quantity(6, Account::kPersonal, "add_pass_rate").bound == Bound::kAbout);  // 20%左右
  for (const char* name : {"passive_adds_per_day", "active_adds_per_day"}) {
    CHECK(quantity(5, Account::kWecom, name).bound == Bound::kAtMost);  // 一天最高
    CHECK(quantity(5, Account::kPersonal, name).bound == Bound::kAtMost);
  }
  CHECK(quantity(4, Account::kWecom, "customers_per_account").bound == Bound::kAtMost);
  CHECK(quantity(4, Account::kWecom, "customers_per_entity").bound == Bound::kAtMost);
  CHECK(quantity(4, Account::kPersonal, "customers_per_account").bound == Bound::kAbout);  // usually 5,000
  CHECK(quantity(4, Account::kPersonal, "customers_per_account_max").bound == Bound::kAtMost);
  CHECK(quantity(7, Account::kWecom, "live_code_staff").bound == Bound::kExact);       // 绑定50个
  CHECK(quantity(7, Account::kWecom, "live_code_staff_max").bound == Bound::kAtMost);  // 最高是100个
  CHECK(quantity(16, Account::kWecom, "accounts_per_phone").bound == Bound::kAtMost);
  CHECK(quantity(16, Account::kWecom, "accounts_per_phone_same_entity").bound == Bound::kAtMost);
  CHECK(quantity(16, Account::kPersonal, "accounts_per_phone").bound == Bound::kAtMost);
  CHECK(quantity(9, Account::kWecom, "moments_posts_per_day").bound == Bound::kAtMost);
  // Thresholds are exact: past 200 members, invitations are by hand.
  CHECK(quantity(3, Account::kWecom, "group_manual_invite_above").bound == Bound::kExact);
}

TEST_CASE("a source kind names its parts", "[provenance]") {
  FeatureSource s;
  s.kind = "lecture+public+assumption";
  CHECK(s.has("lecture"));
  CHECK(s.has("public"));
  CHECK(s.has("assumption"));
  CHECK_FALSE(s.has("lec"));
  CHECK_FALSE(s.has("public+assumption"));
  s.kind = "public";
  CHECK(s.has("public"));
  CHECK_FALSE(s.has("lecture"));
  s.kind = "";
  CHECK_FALSE(s.has(""));
}

TEST_CASE("every row says when its figures were published and checked", "[provenance][data]") {
  const auto& table = real_data().features;
  CHECK(table.data_version() == "2026.11");
  for (const auto& f : table.features()) {
    INFO("row " << f.no);
    CHECK(f.as_of.checked == date("2026-11"));
    if (f.as_of.published) CHECK(f.as_of.published->last_day() <= f.as_of.checked.last_day());
    // A row resting on the lecture is as old as the lecture, whatever else it cites.
    if (f.source.has("lecture")) CHECK(f.as_of.published == date("2022"));
  }
  // Public rows carry their page's own date, not the date they were checked.
  CHECK(row(8).as_of.published == date("2025-11-17"));
  CHECK(row(12).as_of.published == date("2025-10"));
  CHECK(row(20).as_of.published == date("2023-11-20"));
  // No page behind rows 3, 14, 19 and 21 gives a date.
  for (int no : {3, 14, 19, 21}) CHECK_FALSE(row(no).as_of.published.has_value());
  // Row 4's note (verified companies, the 2026 pricing) is data the --sources view shows.
  REQUIRE(row(4).note.has_value());
  CHECK(row(4).note->en.find("2026") != std::string::npos);
}

TEST_CASE("rows_older_than measures published dates against today", "[provenance][date]") {
  const auto& table = real_data().features;
  const SourceDate today = date("2026-11-30");
  const auto old = rows_older_than(table, 1, today);
  // Every dated row is more than a month old; undated rows cannot be measured.
  CHECK(old.size() == 20);
  REQUIRE_FALSE(old.empty());
  CHECK(old.front().feature->no == 1);
  CHECK(old.front().months == 47);
  for (const auto& r : old) CHECK(r.feature->as_of.published.has_value());
  CHECK(rows_older_than(table, 1200, today).empty());
  CHECK(rows_older_than(table, 47, today).empty());  // 47 months is not more than 47
  // 2025-11-17 is 12 months old: not listed; 2025-10 (row 12) is 13.
  const auto year = rows_older_than(table, 12, today);
  CHECK(year.size() == 17);  // the 15 lecture rows, 2023-11-20 and 2025-10
  for (const auto& r : year) CHECK(r.months > 12);
  CHECK(std::any_of(year.begin(), year.end(),
                    [](const AgedRow& r) { return r.feature->no == 12 && r.months == 13; }));
  CHECK(std::none_of(year.begin(), year.end(), [](const AgedRow& r) { return r.feature->no == 8; }));
}

TEST_CASE("date_text writes dates the way each language does", "[provenance][date]") {
  CHECK(date_text(date("2022"), Lang::kZh) == "2022年");
  CHECK(date_text(date("2026-01"), Lang::kZh) == "2026年1月");
  CHECK(date_text(date("2025-11-17"), Lang::kZh) == "2025年11月17日");
  CHECK(date_text(date("2025-11-17"), Lang::kEn) == "2025-11-17");
  CHECK(date_text(date("2022"), Lang::kEn) == "2022");
}

TEST_CASE("provenance_line summarises the rows it is given", "[provenance][view]") {
  const auto& table = real_data().features;
  CHECK(provenance_line(table, {4, 5, 6}, Lang::kZh) ==
        "数据来源：讲座（第4、5、6项）；数据均为2022年，最近核对于2026年11月。"
        "腾讯会调整这些限制，请以官方最新规则为准。");
  CHECK(provenance_line(table, {4, 5, 6}, Lang::kEn) ==
        "Sources: the lecture (rows 4, 5, 6); all figures from 2022; last checked 2026-11. "
        "Tencent changes these limits: check them against its current rules.");
  CHECK(provenance_line(table, {4, 8, 3}, Lang::kZh) ==
        "数据来源：讲座（第4项）、公开资料（第3、8项）；最早的数据为2022年（第4项），"
        "第3项的来源未注明日期，最近核对于2026年11月。腾讯会调整这些限制，请以官方最新规则为准。");
  CHECK(provenance_line(table, {4, 8, 3}, Lang::kEn) ==
        "Sources: the lecture (row 4), public pages (rows 3, 8); oldest figures from 2022 (row 4), row 3 "
        "undated; last checked 2026-11. Tencent changes these limits: check them against its current rules.");
  CHECK(provenance_line(table, {11}, Lang::kEn) ==
        "Sources: public pages (row 11), unverified assumptions (row 11); all figures from 2025-11-17; last "
        "checked 2026-11. Tencent changes these limits: check them against its current rules.");
  CHECK(provenance_line(table, {3}, Lang::kZh) ==
        "数据来源：公开资料（第3项）；来源均未注明日期，最近核对于2026年11月。"
        "腾讯会调整这些限制，请以官方最新规则为准。");
  // Rows the table lacks are ignored; none left gives nothing.
  CHECK(provenance_line(table, {4, 99}, Lang::kEn) == provenance_line(table, {4}, Lang::kEn));
  CHECK(provenance_line(table, {0, 99}, Lang::kEn).empty());
}

TEST_CASE("provenance_line over every row gives counts, and zh has no English", "[provenance][view]") {
  const auto& table = real_data().features;
  std::vector<int> all;
  for (const auto& f : table.features()) all.push_back(f.no);
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    const std::string line = provenance_line(table, {}, lang);
    INFO(line);
    CHECK(line == provenance_line(table, all, lang));  // empty means every row
    CHECK(line.find('\n') == std::string::npos);
    CHECK_FALSE(line.empty());
  }
  const std::string zh = provenance_line(table, {}, Lang::kZh);
  CHECK(zh ==
        "数据来源：讲座（15项）、公开资料（15项）、未经核实的假设（第11、14、21、23项）；"
        "最早的数据为2022年（第1、2、4项等15项），第3、14、19、21项的来源未注明日期，最近核对于2026年11月。"
        "腾讯会调整这些限制，请以官方最新规则为准。");
  CHECK_FALSE(has_latin_letter(zh));
  for (int no = 1; no <= 24; ++no) CHECK_FALSE(has_latin_letter(provenance_line(table, {no}, Lang::kZh)));
  CHECK(
      provenance_line(table, {}, Lang::kEn) ==
      "Sources: the lecture (15 rows), public pages (15 rows), unverified assumptions (rows 11, 14, 21, 23); "
      "oldest figures from 2022 (rows 1, 2, 4 and others, 15 in all), rows 3, 14, 19, 21 undated; last "
      "checked "
      "2026-11. "
      "Tencent changes these limits: check them against its current rules.");
}

TEST_CASE("the version text names the data and its dates", "[provenance][view]") {
  CHECK(data_version_lines(real_data().features, Lang::kEn) ==
        "data 2026.11 (24 rows)\n"
        "figures published 2022 to 2025-11-17 (rows 3, 14, 19, 21 undated)\n"
        "last checked 2026-11\n");
  // A Chinese user meets no English word here either; the dates stay ISO in both.
  CHECK(data_version_lines(real_data().features, Lang::kZh) ==
        "数据 2026.11（共24项）\n"
        "数据发布于 2022 至 2025-11-17（第3、14、19、21项未注明日期）\n"
        "最近核对于 2026-11\n");
}

TEST_CASE("table --format json carries each quantity's bound and both dates", "[provenance][view]") {
  TableOptions options;
  options.format = TableFormat::kJson;
  const auto doc = nlohmann::json::parse(render_feature_table(real_data().features, options));
  CHECK(doc["schema_version"] == kFeaturesSchemaVersion);
  CHECK(doc["data_version"] == "2026.11");
  const auto& r4 = doc["features"][3];
  REQUIRE(r4["no"] == 4);
  CHECK(r4["as_of"] == nlohmann::json{{"published", "2022"}, {"checked", "2026-11"}});
  CHECK(r4["personal"]["quantities"]["customers_per_account"]["bound"] == "about");
  CHECK(r4["wecom"]["quantities"]["customers_per_account"]["bound"] == "at_most");
  CHECK(r4["note"]["zh"].get<std::string>().find("2026") != std::string::npos);
  CHECK(doc["features"][2]["as_of"]["published"] == "undated");
  CHECK(doc["features"][6]["wecom"]["quantities"]["live_code_staff"]["bound"] == "exact");
}

TEST_CASE("table --sources shows every row's note and references within the width", "[provenance][view]") {
  TableOptions options;
  options.sources = true;
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    for (std::size_t width : {80u, 160u}) {
      options.lang = lang;
      options.width = width;
      const std::string text = render_feature_table(real_data().features, options);
      for (const auto& f : real_data().features.features()) {
        INFO("row " << f.no);
        CHECK(text.find(f.name.in(lang)) != std::string::npos);
        for (const auto& url : f.source.urls) CHECK(text.find(url) != std::string::npos);
      }
      std::size_t start = 0;
      while (start < text.size()) {
        const auto end = text.find('\n', start);
        const std::string line = text.substr(start, end - start);
        INFO(line);
        CHECK(display_width(line) <= width);
        start = end + 1;
      }
    }
  }
  options.lang = Lang::kEn;
  options.width = 1000;  // no wrapping, so the note is one piece
  const std::string wide = render_feature_table(real_data().features, options);
  CHECK(wide.find(row(4).note->en) != std::string::npos);
  CHECK(wide.find("no source gives a date; checked 2026-11") != std::string::npos);  // row 3
}

TEST_CASE("validate_data_set lists the rows older than --max-age allows", "[provenance][validate]") {
  const auto source = directory_data_source(test_support::data_dir().string());
  const ValidationReport plain = validate_data_set(*source);
  CHECK(plain.problems.empty());
  CHECK(plain.aged.empty());  // no AgeCheck, no ages
  const ValidationReport report = validate_data_set(*source, "", AgeCheck{1, date("2026-11-30")});
  CHECK(report.problems.empty());
  CHECK(report.counts.features == 24);
  REQUIRE(report.aged.size() == 20);
  CHECK(report.aged[2].no == 4);
  CHECK(report.aged[2].name.en == "Customers per account");
  CHECK(report.aged[2].published == date("2022"));
  CHECK(report.aged[2].months == 47);
  CHECK(validate_data_set(*source, "", AgeCheck{1200, date("2026-11-30")}).aged.empty());
}
