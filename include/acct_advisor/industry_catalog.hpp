#pragma once
// Known industries (data/industries.json) with their knowledge barrier, found by id, name or
// alias in either language.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
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
  /// Up to `limit` ids of industries close to an unknown query, best first, for "did you mean".
  /// Chinese input is matched by meaning-bearing characters: a name inside the query or the
  /// query inside a name (汽车配件 -> automotive), else Han characters shared with a name,
  /// weighted by how much of the query they cover (common ones such as 店 count for little).
  /// Other input is matched by edit distance, a prefix, or a whole word, ignoring ASCII case.
  /// Empty when nothing is genuinely close: callers then point to the list or to a barrier.
  /// Answers are cached per distinct query (up to kSuggestCacheSize, then the cache starts
  /// over), so a batch of the same misspelling pays for the search once. Not for concurrent use.
  std::vector<std::string> suggest(std::string_view query, std::size_t limit = 3) const;
  /// The same answer as indices into industries(), from the cache: a repeated query allocates
  /// nothing. Valid until the next call.
  std::span<const std::uint32_t> suggestions(std::string_view query, std::size_t limit = 3) const;
  static constexpr std::size_t kSuggestCacheSize = 4096;

  /// The finished message about an unknown query, made by `make()` the first time this
  /// (context, query) is asked and kept beside the suggestions (bounded alike), so a batch of
  /// the same misspelling formats its message once: each repeat is a lookup. `context` is
  /// whatever else the text depends on (the language, the field's prefix); the wording itself
  /// stays with the caller's `make`. Valid until the next call. Not for concurrent use.
  template <typename Make>
  const std::string& unknown_message(std::string_view context, std::string_view query, Make&& make) const {
    message_key_.assign(context).push_back('\0');
    message_key_.append(query);
    auto it = message_cache_.find(message_key_);
    if (it == message_cache_.end()) {
      std::string text = std::forward<Make>(make)();
      if (message_cache_.size() >= kSuggestCacheSize) message_cache_.clear();  // bounded memory
      it = message_cache_.emplace(message_key_, std::move(text)).first;
    }
    return it->second;
  }

 private:
  /// One normalized name of one industry, as code points in code_points_ (decoded at load, so
  /// suggest() compares without decoding or allocating per name).
  struct NameKey {
    std::uint32_t industry = 0;  ///< index in industries_
    std::uint32_t begin = 0;     ///< first code point in code_points_
    std::uint32_t size = 0;
    std::uint64_t signature = 0;  ///< one bit per code point modulo 64
    bool has_han = false;
  };
  /// Hashes std::string and std::string_view alike, so maps keyed by std::string are searched
  /// with a view of the query, without making a string of it first.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <typename Value>
  using TextMap = std::unordered_map<std::string, Value, TextHash, std::equal_to<>>;

  void build_suggestion_index();
  /// Every industry close to the query, best first (suggest() keeps the first `limit`).
  std::vector<std::uint32_t> suggest_uncached(std::string_view query) const;
  mutable TextMap<std::vector<std::uint32_t>> suggest_cache_;
  mutable TextMap<std::string> message_cache_;  ///< unknown_message's: context '\0' query -> text
  mutable std::string message_key_;             ///< its key, built here so a lookup allocates nothing
  std::vector<std::pair<std::size_t, double>> score_cjk(std::u32string_view query) const;
  std::vector<std::pair<std::size_t, double>> score_other(std::u32string_view query) const;

  std::vector<Industry> industries_;
  /// Names -> index in industries_ (an index, not a pointer, so copies stay valid): open
  /// addressing in a table kept at most a quarter full, hashed on the length and the first and
  /// last eight bytes (names are short), confirmed with one comparison. std::unordered_map's
  /// byte-by-byte hash and node chase were a tenth of a batch run.
  class NameIndex {
   public:
    /// Keeps the first industry given a name, like emplace.
    void insert(std::string name, std::uint32_t industry);
    const std::uint32_t* find(std::string_view name) const;

   private:
    static std::uint64_t hash(std::string_view name);
    void grow();
    struct Slot {
      std::uint32_t name = 0;  ///< 1 + index in names_; 0 when empty
      std::uint32_t industry = 0;
    };
    std::vector<std::string> names_;
    std::vector<Slot> slots_;
  };
  /// Every name, normalized and as written. A name as written finds its industry without
  /// normalizing the query (the usual case in batch); any other query is normalized and looked
  /// up again.
  NameIndex index_;
  std::vector<NameKey> keys_;
  std::u32string code_points_;
  /// Han characters of all names, sorted, each with how many industries use it.
  std::vector<std::pair<char32_t, std::uint32_t>> han_industries_;
};

}  // namespace advisor
