#include <catch2/catch.hpp>

#include "acct_advisor/data_set.hpp"

TEST_CASE("embedded data loads and its examples pass", "[data]") {
  const auto source = advisor::embedded_data_source();
  const auto data = advisor::load_data_set(*source);
  CHECK(data.features.features().size() == 24);
  CHECK(advisor::failing_examples(data).empty());
}
