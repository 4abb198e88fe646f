// read_plain_record: the one-pass reader of the usual batch record, and its agreement with the
// general path (parse_flat_object and batch's checks) on every line it takes.

#include <catch2/catch.hpp>

#include "acct_advisor/batch.hpp"
#include "acct_advisor/jsonl_profile.hpp"
#include "fuzz_entries.hpp"

using namespace advisor;

namespace {

std::string one_record(std::string_view line) {
  return fuzz_entries::one_jsonl_record(line);
}

// The same record with a key batch does not read added at its end: the plain reader never
// takes that, so the line is read by the general path (which ignores the key).
std::string by_general_path(std::string_view line) {
  std::string s(line);
  const auto close = s.rfind('}');
  s.insert(close, R"(,"zz_not_read":0)");
  return s;
}

}  // namespace

TEST_CASE("read_plain_record reads the usual record into its fields", "[jsonl_profile]") {
  PlainRecord r;
  REQUIRE(read_plain_record(
      R"({"id":7,"users":30000,"industry":"fruit","barrier":"low","adding":"active","regulated":true,)"
      R"("entities":2,"within":30})",
      r));
  CHECK(r.id == "7");
  CHECK(r.id_number);
  CHECK(r.fields.users == "30000");
  CHECK(r.fields.industry == "fruit");
  CHECK(r.fields.barrier == "low");
  CHECK(r.fields.adding == "active");
  CHECK(r.fields.regulated == "true");
  CHECK(r.fields.entities == "2");
  CHECK(r.fields.within == "30");

  PlainRecord s;
  REQUIRE(read_plain_record(" { \"users\" : \"3万\" , \"id\" : \"c-1\" , \"industry\":\"水果\" } ", s));
  CHECK(s.fields.users == "3万");
  CHECK(s.id == "c-1");
  CHECK_FALSE(s.id_number);
  CHECK(s.fields.industry == "水果");
  CHECK(s.fields.adding.empty());
}

TEST_CASE("read_plain_record leaves everything else to the general path", "[jsonl_profile]") {
  const std::string long_id = R"({"id":)" + std::string(300, '9') + "}";  // checked as a double there
  for (const std::string_view line : std::initializer_list<std::string_view>{
           R"({})",
           R"([])",
           R"({"users":1)",
           R"({"users":1}x)",
           R"({"users":1,})",
           R"({"users":null})",  // null reads as "not given"
           R"({"users":3e4})",
           R"({"users":30000.0})",  // exact integers, written otherwise
           R"({"users":012})",
           R"({"users":-})",
           R"({"users":true})",
           R"({"industry":5})",
           R"({"regulated":"yes"})",
           R"({"regulated":1})",
           R"({"users":1,"users":2})",
           R"({"id":1,"id":2})",
           R"({"notes":"x"})",
           R"({"Users":1})",
           R"({"us\u0065rs":1})",
           R"({"industry":"fr\"uit"})",
           "{\"industry\":\"\xFF\"}",
           "{\"industry\":\"a\x01\"}",
           R"({"industry":{"a":1}})",
           R"({"id":1.5})",
           R"({"id":false})",
           R"({"users":1 "adding":"active"})",
           long_id,
       }) {
    CAPTURE(line);
    PlainRecord r;
    CHECK_FALSE(read_plain_record(line, r));
  }
}

TEST_CASE("batch gives the same output whichever path reads a record", "[jsonl_profile][batch]") {
  for (const std::string_view line : {
           R"({"id":1,"users":816830,"industry":"digital_electronics","adding":"active"})",
           R"({"id":"c0000002","users":1,"industry":"counselling","adding":"active"})",
           R"({"users":30000,"industry":"fruit","barrier":"high","adding":"passive","regulated":false})",
           R"({"users":"3万","industry":"数码","adding":"active","entities":3,"within":90})",
           R"({"id":-0,"users":"30,000","industry":"fruit"})",
           R"({"users":30000,"industry":"igital_electronics","adding":"active"})",  // unknown industry
           R"({"users":0,"industry":"fruit","adding":"active"})",                   // refused count
           R"({"users":30000,"industry":"fruit","adding":"sometimes"})",            // refused adding
           R"({"id":12,"industry":"fruit"})",                                       // no users
           R"({"users":30000,"regulated":true,"within":-5})",
       }) {
    CAPTURE(line);
    PlainRecord r;
    CHECK(read_plain_record(line, r));
    CHECK(one_record(line) == one_record(by_general_path(line)));
  }
}
