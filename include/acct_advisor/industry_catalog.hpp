#pragma once
// Known industries (data/industries.json) with their knowledge barrier, found by id, name or
// alias in either language.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "acct_advisor/basis.hpp"
#include "acct_advisor/data_source.hpp"
#include "acct_advisor/json_reader.hpp"
#include "acct_advisor/lang.hpp"

namespace advisor {

/// How much a buyer needs a professional to explain the product (the lecture's second criterion).
enum class Barrier { kLow, kHigh };
std::string_view barrier_id(Barrier barrier);
std::optional<Barrier> parse_barrier(std::string_view id);

struct Industry {
  std::string id;
  LocalizedText name;
  std::vector<std::string> aliases;
  Barrier barrier = Barrier::kLow;
  bool regulated = false;
  /// Why the barrier is what it is: the lecture's words, a public page, or our assumption.
  Basis barrier_basis;
  /// Why the industry is (or is not) regulated, likewise.
  Basis regulated_basis;
};

class IndustryCatalog {
 public:
  static IndustryCatalog parse(const nlohmann::json& doc, Problems& problems);
  static IndustryCatalog load(const DataSource& source);

  const std::vector<Industry>& industries() const { return industries_; }
  /// Matches id, Chinese or English name, or alias; ASCII case and surrounding blanks ignored.
  const Industry* find(std::string_view query) const;
  /// Up to `limit` ids whose names are closest to the query, best first, for "did you mean".
  std::vector<std::string> suggest(std::string_view query, std::size_t limit = 3) const;

 private:
  std::vector<Industry> industries_;
  /// Every normalized name -> index in industries_ (an index, not a pointer, so copies stay valid).
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace advisor
