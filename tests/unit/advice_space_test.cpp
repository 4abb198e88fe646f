// Walks the profile space (customers on a log grid from 1 to 100 million x every industry and
// both bare barriers, regulated or not x both adding modes x 1 or 3 entities x three deadlines)
// and checks the promises the advice makes to an operator, whatever the rules' weights are:
// scale dominates from 100 personal accounts, no live code carries more staff than it binds,
// regulated profiles are never told to plant fake customers, every statement names its basis,
// English nouns agree with their counts, and more customers never turn WeCom into personal.

#include <catch2/catch.hpp>

#include <cctype>
#include <optional>

#include "acct_advisor/engine.hpp"
#include "test_support.hpp"

using namespace advisor;

namespace {

const Engine& engine() {
  return test_support::real_engine();
}

std::vector<std::int64_t> log_grid() {
  std::vector<std::int64_t> users;
  for (std::int64_t decade = 1; decade <= 100'000'000; decade *= 10) {
    for (std::int64_t m : {1, 2, 3, 5, 7}) {
      if (decade * m <= 100'000'000) users.push_back(decade * m);
    }
  }
  // Each side of the thresholds the rules and the caps use.
  for (std::int64_t n :
       {2190, 2191, 5000, 5001, 10000, 10001, 50000, 50001, 150000, 150001, 495000, 495001, 500000, 500001})
    users.push_back(n);
  std::sort(users.begin(), users.end());
  return users;
}

struct Who {
  std::string industry;  // empty: a bare barrier
  Barrier barrier = Barrier::kLow;
  bool regulated = false;
};

std::vector<Who> everyone() {
  std::vector<Who> out;
  for (Barrier b : {Barrier::kLow, Barrier::kHigh})
    for (bool regulated : {false, true}) out.push_back({"", b, regulated});
  for (const auto& i : test_support::real_data().industries.industries())
    out.push_back({i.id, i.barrier, i.regulated});
  return out;
}

Profile make(const Who& who, std::int64_t users, Adding adding, std::int64_t entities,
             std::optional<std::int64_t> within) {
  Profile p;
  p.users = users;
  p.industry = who.industry;
  p.barrier = who.barrier;
  p.regulated = who.regulated;
  p.adding = adding;
  p.entities = entities;
  p.within_days = within;
  return p;
}

bool has_advice(const Recommendation& r, std::string_view id) {
  return std::any_of(r.advice.begin(), r.advice.end(),
                     [&](const Suggestion& s) { return s.advice->id == id; });
}

void check_basis(const Basis& b) {
  switch (b.kind) {
    case BasisKind::kLecture:
      CHECK_FALSE(b.quote.empty());
      break;
    case BasisKind::kTable:
      CHECK_FALSE(b.rows.empty());
      break;
    case BasisKind::kInference:
      CHECK_FALSE(b.why.zh.empty());
      CHECK_FALSE(b.why.en.empty());
      break;
    default:
      FAIL_CHECK("a vote or advice rests on the lecture, the table or an inference, not "
                 << basis_kind_id(b.kind));
  }
}

// "1 customers", "1 accounts", "1 days": a count of one with a plural noun. By hand, not
// std::regex: this runs on every text of every profile.
bool one_with_plural(const std::string& text) {
  for (std::size_t at = text.find("1 "); at != std::string::npos; at = text.find("1 ", at + 1)) {
    if (at > 0 && (std::isdigit(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == ',' ||
                   text[at - 1] == '.'))
      continue;
    const auto end = text.find_first_of(" ,.;:)", at + 2);
    const std::string noun = text.substr(at + 2, end == std::string::npos ? std::string::npos : end - at - 2);
    for (const char* plural : {"customers", "accounts", "days", "entities", "codes", "numbers"})
      if (noun == plural) return true;
    // "1 personal accounts", "1 WeCom accounts", "1 live codes": one word before the noun.
    const auto end2 = end == std::string::npos ? end : text.find_first_of(" ,.;:)", end + 1);
    const std::string second =
        end == std::string::npos
            ? ""
            : text.substr(end + 1, end2 == std::string::npos ? std::string::npos : end2 - end - 1);
    for (const char* plural : {"customers", "accounts", "codes", "entities"})
      if (second == plural && text[end] == ' ') return true;
  }
  return false;
}

// Chinese counts are written as operators write them (3万), never with a thousands comma.
bool thousands_comma(const std::string& text) {
  for (std::size_t i = 1; i + 3 < text.size(); ++i) {
    if (text[i] == ',' && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 1])))
      return true;
  }
  return false;
}

void check_text(const LocalizedText& t) {
  CHECK(t.en.find('{') == std::string::npos);
  CHECK(t.zh.find('{') == std::string::npos);
  CHECK_FALSE(one_with_plural(t.en));
  CHECK_FALSE(thousands_comma(t.zh));
}

TEST_CASE("the plural check catches what it should", "[space]") {
  CHECK(one_with_plural("1 customers fit"));
  CHECK(one_with_plural("need 1 personal accounts"));
  CHECK(one_with_plural("behind 1 live codes."));
  CHECK_FALSE(one_with_plural("1 customer fits"));
  CHECK_FALSE(one_with_plural("21 customers"));
  CHECK_FALSE(one_with_plural("2,001 customers"));
  CHECK_FALSE(one_with_plural("1 WeCom account"));
  CHECK(thousands_comma("3,000个客户"));
  CHECK_FALSE(thousands_comma("3万个客户，第5、6项"));
}

}  // namespace

TEST_CASE("the profile space: promises that hold for every profile", "[engine][property][space]") {
  const auto& features = test_support::real_data().features;
  const double staff_max = features.need(Account::kWecom, "live_code_staff_max").value();
  const double per_entity = features.need(Account::kWecom, "customers_per_entity").value();
  const auto grid = log_grid();
  std::size_t profiles = 0;
  for (const Who& who : everyone()) {
    for (Adding adding : {Adding::kActive, Adding::kPassive}) {
      for (std::int64_t entities : {1, 3}) {
        for (std::optional<std::int64_t> within :
             {std::optional<std::int64_t>{}, std::optional<std::int64_t>{90},
              std::optional<std::int64_t>{1000}}) {
          std::optional<Account> previous;
          for (std::int64_t users : grid) {
            INFO((who.industry.empty() ? std::string(barrier_id(who.barrier)) : who.industry)
                 << (who.regulated ? " regulated" : "") << " " << adding_id(adding) << " " << users
                 << " customers, " << entities << " entities, within "
                 << (within ? std::to_string(*within) : "default"));
            const Recommendation r = engine().recommend(make(who, users, adding, entities, within));
            ++profiles;
            // Scale dominates: no business that needs 100 or more personal accounts is decided
            // by a tie or a one-point margin, and WeCom wins it.
            if (r.sizing.personal_accounts >= 100) {
              CHECK(r.account == Account::kWecom);
              CHECK(r.margin() >= 2);
            }
            // More customers never turn WeCom back into personal WeChat.
            if (previous == Account::kWecom) CHECK(r.account == Account::kWecom);
            previous = r.account;
            // Live codes: never more staff on one code than it binds at most (row 7).
            CHECK(static_cast<double>(r.sizing.wecom_accounts) <=
                  static_cast<double>(r.sizing.live_codes) * staff_max);
            // Row 4's per-entity cap, and the advice that follows from it.
            CHECK(static_cast<double>(r.sizing.wecom_entities_needed) * per_entity >=
                  static_cast<double>(users));
            CHECK(r.sizing.expansion_needed == (r.sizing.wecom_entities_needed > entities));
            CHECK(has_advice(r, "entity-expansion") ==
                  (r.account == Account::kWecom && r.sizing.expansion_needed));
            // Regulated profiles are never told to plant fake customers in their groups.
            if (who.regulated) {
              CHECK_FALSE(has_advice(r, "keep-personal-helpers"));
              if (r.account == Account::kWecom) CHECK(has_advice(r, "no-helpers-when-regulated"));
            }
            // Every statement names its basis, and reads right in both languages.
            for (const Vote& v : r.votes) {
              check_basis(v.rule->basis);
              check_text(v.reason);
            }
            for (const Suggestion& s : r.advice) {
              check_basis(s.advice->basis);
              check_text(s.text);
            }
            REQUIRE(r.band != nullptr);
            CHECK((r.band->id == "toss_up") == r.tie);
          }
        }
      }
    }
  }
  CHECK(profiles > 15000);
}
