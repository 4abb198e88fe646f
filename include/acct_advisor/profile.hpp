#pragma once
// A business profile: the answers to the lecture's three questions.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "acct_advisor/industry_catalog.hpp"
#include "acct_advisor/input_bounds.hpp"
#include "acct_advisor/lang.hpp"

namespace advisor {

/// Who starts the friend request: the company (active) or the customer (passive).
enum class Adding { kActive, kPassive };
std::string_view adding_id(Adding adding);
std::optional<Adding> parse_adding(std::string_view id);

/// A barrier as a user answers it: the data's ids (low, high) or Chinese (低/高, 低门槛/高门槛).
/// Data files keep to the ids (parse_barrier); this is for flags, batch fields and the wizard.
std::optional<Barrier> parse_barrier_answer(std::string_view text);

/// Whether an unlisted industry is regulated, as answered: true/false or 是/否.
std::optional<bool> parse_regulated(std::string_view text);

struct Profile {
  std::int64_t users = 0;
  std::string industry;  ///< Catalog id; empty when only the barrier was given.
  Barrier barrier = Barrier::kLow;
  bool regulated = false;
  Adding adding = Adding::kActive;
  std::int64_t entities = 1;                ///< Company entities the WeCom accounts may be spread over.
  std::optional<std::int64_t> within_days;  ///< The user's own deadline; else the rules' default.
};

/// The answers as a user typed them, before checking. Empty means "not given".
struct ProfileInput {
  std::string users;
  std::string industry;
  std::string barrier;
  std::string adding;
  std::string regulated;  ///< "true"/"false": describes an unlisted industry, with barrier only.
  std::string entities;
  std::string within;  ///< Days to reach the customers in.
};

/// Calls f(name, value) for each answer, named as batch records and flags name them, in the
/// order people write a profile (users, industry, barrier, regulated, adding, entities, within).
template <typename F>
void for_each_answer(const ProfileInput& input, F&& f) {
  f("users", input.users);
  f("industry", input.industry);
  f("barrier", input.barrier);
  f("regulated", input.regulated);
  f("adding", input.adding);
  f("entities", input.entities);
  f("within", input.within);
}

/// The same answers as views (batch: into the line just read), so checking them copies nothing.
struct ProfileFields {
  std::string_view users;
  std::string_view industry;
  std::string_view barrier;
  std::string_view adding;
  std::string_view regulated;
  std::string_view entities;
  std::string_view within;
};

/// Parses a customer count as operators type it: 30000, 30,000, 30k, 3万, 3.5w, 1.5万, 三万,
/// 一万五千, 十万, 两千, 1万2千, and the same in full-width forms (３００００, ３ｋ, ３０，０００).
/// Throws UsageError naming `what` (the caller's name for the input: "users" in a record, the
/// flag on the command line), in `lang`, for zero, negative, fractional, non-numeric or absurdly
/// large values, and for 30.000 (thousands to some, 30 to others).
std::int64_t parse_users(std::string_view text, std::string_view what, Lang lang = Lang::kEn);

/// A whole number in [low, high], as typed ("12"); throws UsageError naming `what`, in `lang`.
std::int64_t parse_whole(std::string_view text, std::string_view what, std::int64_t low, std::int64_t high,
                         Lang lang = Lang::kEn);

/// Checks and resolves the answers (industry by id, name or alias) into a Profile. Throws
/// UsageError naming the field, in `lang`, with suggestions for an unknown industry.
/// `field_prefix` is "--" for flags and "" for batch fields.
Profile resolve_profile(const ProfileInput& input, const IndustryCatalog& catalog,
                        std::string_view field_prefix = "--", Lang lang = Lang::kEn);

/// resolve_profile without exceptions, for batch: fills `profile` (reusing its storage) and
/// returns true, or returns false with the very message resolve_profile would throw in `error`.
bool resolve_profile_into(const ProfileFields& input, const IndustryCatalog& catalog,
                          std::string_view field_prefix, Profile& profile, std::string& error,
                          Lang lang = Lang::kEn);

}  // namespace advisor
