#include "acct_advisor/industry_catalog.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <map>
#include <span>

#include <fmt/format.h>

#include "acct_advisor/data_file.hpp"
#include "acct_advisor/edit_distance.hpp"
#include "acct_advisor/error.hpp"

namespace advisor {

using nlohmann::json;

std::string_view barrier_id(Barrier barrier) {
  return barrier == Barrier::kLow ? "low" : "high";
}

std::optional<Barrier> parse_barrier(std::string_view id) {
  if (id == "low") return Barrier::kLow;
  if (id == "high") return Barrier::kHigh;
  return std::nullopt;
}

namespace {

constexpr int kMaxDepth = 8;

// ASCII case folding only: Chinese has no case, and full Unicode folding would pull in a
// dependency for no gain on these names. Surrounding blanks go; '-' and ' ' become '_'.
std::string_view trim_blanks(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

char normal_char(char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  return c == '-' || c == ' ' ? '_' : c;
}

std::string normalize(std::string_view s) {
  s = trim_blanks(s);
  std::string out(s.size(), '\0');
  std::transform(s.begin(), s.end(), out.begin(), normal_char);
  return out;
}

// The CJK ideographs (the basic block, extension A, compatibility forms and the astral
// extensions): the characters Chinese names are made of.
bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}

// 64 bits, one per code point modulo 64: two strings sharing no bit share no character, so most
// names are ruled out with one AND.
std::uint64_t signature(std::u32string_view s) {
  std::uint64_t bits = 0;
  for (const char32_t c : s) bits |= std::uint64_t{1} << (c % 64);
  return bits;
}

// `part` occurs in `whole` as whole words ('_' is what normalize() makes of spaces and '-').
bool contains_words(std::u32string_view whole, std::u32string_view part) {
  if (part.empty() || part.size() >= whole.size()) return false;
  for (std::size_t at = whole.find(part); at != std::u32string_view::npos; at = whole.find(part, at + 1)) {
    const bool starts = at == 0 || whole[at - 1] == U'_';
    const bool ends = at + part.size() == whole.size() || whole[at + part.size()] == U'_';
    if (starts && ends) return true;
  }
  return false;
}

std::vector<std::string> names_of(const Industry& industry) {
  std::vector<std::string> names = {industry.id, industry.name.zh, industry.name.en};
  names.insert(names.end(), industry.aliases.begin(), industry.aliases.end());
  return names;
}

}  // namespace

IndustryCatalog IndustryCatalog::parse(const json& doc, Problems& problems) {
  IndustryCatalog catalog;
  ObjectReader top(doc, "", problems);
  if (!top.ok()) return catalog;
  top.only_keys({"$schema", "schema_version", "industries"});
  if (auto version = top.integer("schema_version"); version && *version != 1) {
    top.problem("schema_version", msg(top.lang(), Msg::kRulesSchemaVersion, fmt::arg("key", "schema_version"),
                                      fmt::arg("version", *version), fmt::arg("supported", 1)));
  }
  const json* list = top.array("industries");
  if (!list) return catalog;
  if (list->empty()) top.problem("industries", msg(top.lang(), Msg::kIndNeedsIndustry));
  std::map<std::string, std::string> owner;  // every normalized name -> the industry id using it
  auto& index = catalog.index_;
  // Where a barrier or a regulation flag may come from: the lecture, a public page, or our
  // assumption (the feature table's rows and inferences from them do not classify industries).
  const std::vector<BasisKind> basis_kinds = {BasisKind::kLecture, BasisKind::kPublic,
                                              BasisKind::kAssumption};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::size_t before = problems.items().size();
    ObjectReader r((*list)[i], pointer_join("/industries", i), problems);
    if (!r.ok()) continue;
    r.only_keys(
        {"id", "name", "aliases", "barrier", "regulated", "barrier_basis", "regulated_basis", "source"});
    // The one "source" an industry had before each field named its own basis.
    if (r.has("source"))
      r.problem("source", msg(r.lang(), Msg::kIndSourceReplaced, fmt::arg("barrier_basis", "barrier_basis"),
                              fmt::arg("regulated_basis", "regulated_basis")));
    Industry industry;
    if (auto id = r.string("id")) {
      if (std::any_of(catalog.industries_.begin(), catalog.industries_.end(),
                      [&](const Industry& known) { return known.id == *id; })) {
        r.problem("id", msg(r.lang(), Msg::kRulesDuplicateId, fmt::arg("id", *id)));
      }
      industry.id = *id;
    }
    if (auto name = r.text("name")) industry.name = *name;
    if (auto aliases = r.strings("aliases", false)) industry.aliases = *aliases;
    if (auto barrier = r.string("barrier")) {
      if (auto b = parse_barrier(*barrier))
        industry.barrier = *b;
      else
        r.problem("barrier",
                  msg(r.lang(), Msg::kIndBarrier, fmt::arg("choices", one_of(r.lang(), {"low", "high"})),
                      fmt::arg("value", *barrier)));
    }
    if (auto regulated = r.boolean("regulated")) industry.regulated = *regulated;
    for (const auto& [key, basis] : {std::pair{"barrier_basis", &industry.barrier_basis},
                                     std::pair{"regulated_basis", &industry.regulated_basis}}) {
      if (const json* value = r.any(key)) {
        if (auto parsed = parse_basis(*value, r.child_pointer(key), problems, basis_kinds)) *basis = *parsed;
      }
    }
    if (problems.items().size() != before) continue;
    // A name that two industries share would make lookups depend on file order. The problem
    // points at the key holding the name; names_of lists id, name.zh, name.en, then aliases.
    const auto names = names_of(industry);
    for (std::size_t k = 0; k < names.size(); ++k) {
      const auto [it, inserted] = owner.emplace(normalize(names[k]), industry.id);
      if (inserted || it->second == industry.id) continue;
      std::string pointer = r.child_pointer(k == 0 ? "id" : k < 3 ? "name" : "aliases");
      if (k == 1 || k == 2) pointer = pointer_join(pointer, k == 1 ? "zh" : "en");
      problems.add(pointer, k == 0 ? msg(r.lang(), Msg::kRulesDuplicateId, fmt::arg("id", names[k]))
                                   : msg(r.lang(), Msg::kIndNameTaken, fmt::arg("name", names[k]),
                                         fmt::arg("other", it->second)));
    }
    const auto at = static_cast<std::uint32_t>(catalog.industries_.size());
    for (const auto& name : names) {
      index.insert(normalize(name), at);
      // As written too: normalize(name) finds this industry (checked just above), so the name
      // itself can find it without normalizing.
      index.insert(name, at);
    }
    catalog.industries_.push_back(std::move(industry));
  }
  catalog.build_suggestion_index();
  return catalog;
}

IndustryCatalog IndustryCatalog::load(const DataSource& source) {
  return load_data_file(source.read("industries.json"), kMaxDepth, source.lang(), &IndustryCatalog::parse);
}

std::uint64_t IndustryCatalog::NameIndex::hash(std::string_view name) {
  std::uint64_t head = 0;
  std::uint64_t tail = 0;
  const std::size_t n = name.size();
  if (n >= 8) {
    std::memcpy(&head, name.data(), 8);
    std::memcpy(&tail, name.data() + n - 8, 8);
  } else if (n >= 4) {
    std::uint32_t a = 0, b = 0;
    std::memcpy(&a, name.data(), 4);
    std::memcpy(&b, name.data() + n - 4, 4);
    head = a;
    tail = b;
  } else {
    for (const char c : name) head = head << 8 | static_cast<unsigned char>(c);
  }
  std::uint64_t h = (head ^ (n * 0x9E3779B97F4A7C15ULL)) * 0xBF58476D1CE4E5B9ULL;
  h ^= (tail + (h >> 31)) * 0x94D049BB133111EBULL;
  return h ^ (h >> 29);
}

void IndustryCatalog::NameIndex::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<std::size_t>(64, old.size() * 2), Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.name == 0) continue;
    std::size_t at = hash(names_[slot.name - 1]) & mask;
    while (slots_[at].name != 0) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

void IndustryCatalog::NameIndex::insert(std::string name, std::uint32_t industry) {
  if (find(name) != nullptr) return;
  if ((names_.size() + 1) * 4 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = hash(name) & mask;
  while (slots_[at].name != 0) at = (at + 1) & mask;
  names_.push_back(std::move(name));
  slots_[at] = {static_cast<std::uint32_t>(names_.size()), industry};
}

const std::uint32_t* IndustryCatalog::NameIndex::find(std::string_view name) const {
  if (slots_.empty()) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = hash(name) & mask;; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.name == 0) return nullptr;
    if (names_[slot.name - 1] == name) return &slot.industry;
  }
}

const Industry* IndustryCatalog::find(std::string_view query) const {
  if (const std::uint32_t* at = index_.find(query)) return &industries_[*at];
  // Not a name as written: normalized, in a buffer on the stack when it fits (batch calls this
  // for every record, and an unknown industry should not cost an allocation).
  const std::string_view trimmed = trim_blanks(query);
  std::array<char, 128> buffer;
  std::string large;
  char* out = buffer.data();
  if (trimmed.size() > buffer.size()) {
    large.resize(trimmed.size());
    out = large.data();
  }
  std::transform(trimmed.begin(), trimmed.end(), out, normal_char);
  // Already normal (an unknown id, as a file of misspellings has): the same lookup again would
  // only miss again.
  if (trimmed.size() == query.size() && std::equal(trimmed.begin(), trimmed.end(), out)) return nullptr;
  const std::uint32_t* at = index_.find(std::string_view(out, trimmed.size()));
  return at == nullptr ? nullptr : &industries_[*at];
}

void IndustryCatalog::build_suggestion_index() {
  keys_.clear();
  code_points_.clear();
  std::map<char32_t, std::vector<bool>> users;  // Han character -> which industries use it
  for (std::size_t i = 0; i < industries_.size(); ++i) {
    std::vector<std::string> seen;  // one key per distinct normalized name ("Fruit" and "fruit")
    for (const auto& name : names_of(industries_[i])) {
      std::string n = normalize(name);
      if (n.empty() || std::find(seen.begin(), seen.end(), n) != seen.end()) continue;
      const std::u32string cps = code_points(n);
      NameKey key;
      key.industry = static_cast<std::uint32_t>(i);
      key.begin = static_cast<std::uint32_t>(code_points_.size());
      key.size = static_cast<std::uint32_t>(cps.size());
      key.signature = signature(cps);
      for (const char32_t c : cps) {
        if (!is_han(c)) continue;
        key.has_han = true;
        auto& used = users[c];
        used.resize(industries_.size());
        used[i] = true;
      }
      code_points_ += cps;
      keys_.push_back(key);
      seen.push_back(std::move(n));
    }
  }
  han_industries_.clear();
  for (const auto& [c, used] : users) {
    han_industries_.emplace_back(c, static_cast<std::uint32_t>(std::count(used.begin(), used.end(), true)));
  }
}

namespace {

// A Han character used by more industries than this tells less about which one is meant: 店 (a
// shop) or 服务 (service) appear in a dozen names, 汽 or 茶 in one or two.
constexpr double kTellingUsers = 3.0;
// Letters and digits in Chinese input ("4S店", "SaaS软件") weigh this much each: a short word
// about as much as one telling Han character.
constexpr double kOtherWeight = 1.0 / 3.0;
// Scores for Chinese input, higher is closer: a name equal to the query 1; one containing the
// other from kContained up to 1 as the contained part covers more of the other; shared
// characters at most kSharedMax, so containment always ranks first.
constexpr double kContained = 0.6;
constexpr double kSharedMax = 0.55;
// Shared characters must cover at least this share of the query's weight.
constexpr double kMinCoverage = 0.5;
// Suggestions scoring below this share of the best one are dropped: 汽车美容 shares 美容 with
// 医疗美容 too, but automotive and beauty salons, whose names it contains, are what it means.
constexpr double kRelativeCutoff = 0.75;
// What each further matching name of the same industry adds: enough to break a tie, too little
// to outrank a closer name.
constexpr double kFurtherName = 0.001;

}  // namespace

std::vector<std::pair<std::size_t, double>> IndustryCatalog::score_cjk(std::u32string_view q) const {
  // How telling each character of the query is (1 for a rare Han character), and their sum.
  std::vector<double> weight(q.size(), 0.0);
  std::vector<double> before(q.size() + 1, 0.0);  // prefix sums, for the weight of a span
  bool only_han = true;
  for (std::size_t i = 0; i < q.size(); ++i) {
    if (is_han(q[i])) {
      const auto it = std::lower_bound(han_industries_.begin(), han_industries_.end(), q[i],
                                       [](const auto& entry, char32_t c) { return entry.first < c; });
      const std::uint32_t users = it != han_industries_.end() && it->first == q[i] ? it->second : 0;
      weight[i] = users <= kTellingUsers ? 1.0 : kTellingUsers / users;
    } else if (q[i] != U'_') {
      weight[i] = kOtherWeight;
      only_han = false;
    }
    before[i + 1] = before[i] + weight[i];
  }
  const double total = before[q.size()];
  // A query made only of common characters (店铺, 公司, 服务) names no industry in particular,
  // unless it is a name itself (培训).
  const bool generic = only_han && total < 1.0;
  const std::uint64_t query_signature = signature(q);
  struct Candidate {
    std::size_t industry;
    double score;
    std::size_t begin, end;  ///< where its best name sits in the query, if inside it; else 0, 0
  };
  std::vector<Candidate> best;  // each industry's best name, in file order
  struct Span {
    std::size_t industry, begin, end;
  };
  std::vector<Span> spans;  // every name found inside the query, as [begin, end) in it
  for (const NameKey& key : keys_) {
    if ((key.signature & query_signature) == 0) continue;  // no character in common
    const std::u32string_view n(code_points_.data() + key.begin, key.size);
    if (generic && n != q) continue;
    double score = 0;
    std::size_t at = std::u32string_view::npos;
    if (n == q) {
      score = 1.0;
    } else if (n.find(q) != std::u32string_view::npos) {
      // The query inside a name (保健 in 保健食品): closer the less the name adds.
      score = kContained + (1 - kContained) * static_cast<double>(q.size()) / static_cast<double>(n.size());
    } else if ((key.has_han || n.size() >= 3) && (at = q.find(n)) != std::u32string_view::npos) {
      // A name inside the query (汽车 in 汽车配件; 美甲 in 美甲店, where 店 adds little). A short
      // ASCII name (3c) inside a query could be anything.
      score = kContained + (1 - kContained) * (before[at + n.size()] - before[at]) / total;
      spans.push_back({key.industry, at, at + n.size()});
    } else if (key.has_han) {
      // Han characters in common, each name character matched once.
      std::uint64_t used = 0;
      double matched = 0;
      std::size_t count = 0;
      for (std::size_t i = 0; i < q.size(); ++i) {
        if (!is_han(q[i])) continue;
        for (std::size_t j = 0; j < n.size() && j < 64; ++j) {
          if (n[j] != q[i] || (used >> j & 1U)) continue;
          used |= std::uint64_t{1} << j;
          matched += weight[i];
          ++count;
          break;
        }
      }
      const double coverage = matched / total;
      // One shared character is a match only where it heads or ends both words (水菓 and 水果),
      // not anywhere (书法 and 法律).
      const bool aligned = count >= 2 || q.front() == n.front() || q.back() == n.back();
      if (count == 0 || coverage < kMinCoverage || !aligned) continue;
      score =
          (kSharedMax - 0.05) * coverage + 0.05 * static_cast<double>(count) / static_cast<double>(n.size());
    }
    if (score <= 0) continue;
    const std::size_t begin = at == std::u32string_view::npos ? 0 : at;
    const std::size_t end = at == std::u32string_view::npos ? 0 : at + n.size();
    if (best.empty() || best.back().industry != key.industry) {
      best.push_back({key.industry, score, begin, end});
      continue;
    }
    // An industry's best name decides; each further name that matches breaks ties (车 is in
    // eight names of automotive and one of insurance).
    Candidate& c = best.back();
    if (score > c.score) c = {key.industry, score, begin, end};
    c.score += kFurtherName;
  }
  // A name inside a longer name of another industry found in the query is part of that word,
  // not a word of its own: 酒店管理 is about hotels (酒店), not drinks (酒); 心理咨询室 about
  // counselling, not management consulting (咨询).
  std::erase_if(best, [&](const Candidate& c) {
    return c.end > c.begin && std::any_of(spans.begin(), spans.end(), [&](const Span& s) {
             return s.industry != c.industry && s.begin <= c.begin && c.end <= s.end &&
                    s.end - s.begin > c.end - c.begin;
           });
  });
  std::stable_sort(best.begin(), best.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  std::vector<std::pair<std::size_t, double>> out;
  for (const Candidate& c : best) {
    if (c.score < best.front().score * kRelativeCutoff) break;
    out.emplace_back(c.industry, c.score);
  }
  return out;
}

std::vector<std::pair<std::size_t, double>> IndustryCatalog::score_other(std::u32string_view q) const {
  // Only near misses: beyond a third of the query's length (at least 2) a suggestion is noise;
  // and it must keep more than half of what was typed ("xy" is not a slip of "3c").
  const std::size_t limit = std::min(std::max<std::size_t>(2, q.size() / 3), (q.size() - 1) / 2);
  const std::uint64_t query_signature = signature(q);
  std::vector<std::pair<std::size_t, double>> best;  // industry -> its smallest cost, in file order
  for (const NameKey& key : keys_) {
    if (key.has_han) continue;  // no Han character in the query: none of these can be close
    const std::u32string_view n(code_points_.data() + key.begin, key.size);
    // Characters of one the other cannot hold must each be edited: a lower bound from the
    // signatures alone, which rules out most names without looking at them.
    const auto missing = static_cast<std::size_t>(std::popcount(query_signature & ~key.signature));
    const auto extra = static_cast<std::size_t>(std::popcount(key.signature & ~query_signature));
    double cost = 0;
    if (missing == 0 && n == q) {
      cost = 0;
    } else if (missing == 0 && n.starts_with(q)) {
      cost = 1;  // a query that is a prefix of a name ("insur") is as good as a one-letter slip
    } else if (std::min(n.size(), q.size()) >= 3 &&
               ((missing == 0 && contains_words(n, q)) || (extra == 0 && contains_words(q, n)))) {
      cost = 1.5;  // a whole word of a name ("surgery") or a name in the query ("fruit store")
    } else {
      if (std::max(missing, extra) > limit) continue;
      cost = static_cast<double>(edit_distance_within(std::span<const char32_t>(q.data(), q.size()),
                                                      std::span<const char32_t>(n.data(), n.size()), limit));
    }
    if (cost > static_cast<double>(limit)) continue;
    if (!best.empty() && best.back().first == key.industry) {
      best.back().second = std::min(best.back().second, cost);
    } else {
      best.emplace_back(key.industry, cost);
    }
  }
  std::stable_sort(best.begin(), best.end(),
                   [](const auto& a, const auto& b) { return a.second < b.second; });
  // A whole edit worse than the best is another word: "lawer" is law (lawyer), not flowers.
  if (!best.empty()) {
    const double ceiling = best.front().second + 1;
    best.erase(std::find_if(best.begin(), best.end(), [&](const auto& s) { return s.second >= ceiling; }),
               best.end());
  }
  return best;
}

std::span<const std::uint32_t> IndustryCatalog::suggestions(std::string_view query, std::size_t limit) const {
  auto it = suggest_cache_.find(query);
  if (it == suggest_cache_.end()) {
    if (suggest_cache_.size() >= kSuggestCacheSize) suggest_cache_.clear();  // bounded memory
    it = suggest_cache_.emplace(std::string(query), suggest_uncached(query)).first;
  }
  const std::vector<std::uint32_t>& ranked = it->second;
  return {ranked.data(), std::min(limit, ranked.size())};
}

std::vector<std::string> IndustryCatalog::suggest(std::string_view query, std::size_t limit) const {
  std::vector<std::string> out;
  for (const std::uint32_t industry : suggestions(query, limit)) out.push_back(industries_[industry].id);
  return out;
}

std::vector<std::uint32_t> IndustryCatalog::suggest_uncached(std::string_view query) const {
  const std::u32string q = code_points(normalize(query));
  if (q.empty()) return {};
  const bool han = std::any_of(q.begin(), q.end(), is_han);
  const auto ranked = han ? score_cjk(q) : score_other(q);
  std::vector<std::uint32_t> out;
  out.reserve(ranked.size());
  for (const auto& [industry, score] : ranked) out.push_back(static_cast<std::uint32_t>(industry));
  return out;
}

}  // namespace advisor
