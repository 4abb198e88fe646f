// The catalogue of broken data files in tests/data/broken/ (made by generate.py there): each
// file is a valid base with one change, and loading it must report exactly the expected
// problems, each naming the file and the JSON pointer (or line:column) of the mistake.

#include <catch2/catch.hpp>

#include <filesystem>
#include <limits>
#include <set>

#include <nlohmann/json.hpp>

#include "acct_advisor/data_set.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/json_reader.hpp"
#include "test_support.hpp"

using namespace advisor;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kSeveral = std::numeric_limits<std::size_t>::max();  // count not pinned

struct Case {
  const char* file;
  std::size_t count;                  // problems the file must produce; 0 = it loads
  std::vector<std::string> expected;  // each follows the display name in some problem, or with a
                                      // leading '*', appears anywhere in one
};

std::string repeat(const std::string& s, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += s;
  return out;
}

enum class Kind { kFeatures, kIndustries, kRules };

const char* folder(Kind kind) {
  switch (kind) {
    case Kind::kFeatures:
      return "features";
    case Kind::kIndustries:
      return "industries";
    case Kind::kRules:
      return "rules";
  }
  return "";
}

// Loads one catalogue file the way the program does and returns its problems (empty when it
// loads). Any exception other than DataError is itself a failure: loaders promise DataError.
std::vector<std::string> problems_of(Kind kind, const std::string& file) {
  const std::string name = std::string(folder(kind)) + "/" + file;
  const SourceFile source{name, test_support::read_bytes(test_support::broken_dir() / folder(kind) / file)};
  test_support::MemorySource memory;
  memory.add(kind == Kind::kFeatures ? "features.json" : "industries.json", source);
  try {
    switch (kind) {
      case Kind::kFeatures:
        FeatureTable::load(memory);
        break;
      case Kind::kIndustries:
        IndustryCatalog::load(memory);
        break;
      case Kind::kRules:
        RuleSet::load(source, test_support::real_data().features, test_support::real_data().industries);
        break;
    }
  } catch (const DataError& e) {
    CHECK(e.code() == ExitCode::kData);
    CHECK(std::string(e.what()).rfind(e.problems().front(), 0) == 0);
    return e.problems();
  } catch (const std::exception& e) {
    FAIL_CHECK(name << ": threw " << typeid(e).name() << " instead of DataError: " << e.what());
    return {std::string("non-DataError exception: ") + e.what()};
  }
  return {};
}

void check_case(Kind kind, const Case& c) {
  const std::string name = std::string(folder(kind)) + "/" + c.file;
  const auto problems = problems_of(kind, c.file);
  INFO(name << " reported:\n" << test_support::join_lines(problems));
  if (c.count == 0) {
    CHECK(problems.empty());
    return;
  }
  if (c.count == kSeveral)
    CHECK(problems.size() >= c.expected.size());
  else
    CHECK(problems.size() == c.count);
  for (const auto& expected : c.expected) {
    if (expected.rfind('*', 0) == 0) {
      INFO("expected anywhere: " << expected.substr(1));
      CHECK(test_support::any_contains(problems, expected.substr(1)));
      continue;
    }
    INFO("expected: " << name << expected);
    CHECK(test_support::any_contains(problems, name + expected));
  }
  for (const auto& problem : problems) CHECK(problem.rfind(name, 0) == 0);  // every problem names the file
}

const std::vector<Case>& feature_cases() {
  static const std::vector<Case> cases = {
      // Whole-file problems.
      {"empty.json", 1, {": file is empty; expected a JSON object"}},
      {"truncated.json",
       1,
       {":114:25: not valid JSON: syntax error while parsing value - invalid string: missing closing quote"}},
      {"not_json.json", 1, {":1:2: not valid JSON: syntax error while parsing value - invalid literal"}},
      {"trailing_comma.json",
       1,
       {":108:5: not valid JSON: syntax error while parsing object key - unexpected '}'; expected string "
        "literal"}},
      {"top_level_array.json", 1, {": /: expected an object, got an array"}},
      {"schema_version_1.json", 1, {": /schema_version: unsupported schema_version 1; this build reads 2"}},
      {"schema_version_3.json", 1, {": /schema_version: unsupported schema_version 3; this build reads 2"}},
      {"schema_version_string.json", 1, {": /schema_version: expected an integer, got a string"}},
      {"data_version_missing.json", 1, {": /: missing required key \"data_version\""}},
      {"data_version_bad.json", 1, {": /data_version: expected YYYY.MM or YYYY.MM.N, got \"2026-11\""}},
      {"features_object.json", 1, {": /features: expected an array, got an object"}},
      {"features_empty.json",
       13,
       {": /features: must hold at least one feature",
        ": /features: no row defines the wecom quantity \"customers_per_account\", which the rules and "
        "planner need",
        ": /features: no row defines the personal quantity \"accounts_per_phone\", which the rules and "
        "planner need"}},
      {"unknown_top_key.json",
       kSeveral,
       {": /dimension: unknown key; did you mean \"dimensions\"?",
        ": /: missing required key \"dimensions\""}},
      {"duplicate_dimension.json", 1, {": /dimensions/5/id: duplicate dimension id \"scale\""}},
      // A missing key and a wrong type for every kind of field.
      {"missing_favours.json", 1, {": /features/0: missing required key \"favours\""}},
      {"row_string.json", kSeveral, {": /features/1: expected an object, got a string"}},
      {"no_string.json", 1, {": /features/0/no: expected an integer, got a string"}},
      {"no_fraction.json", 1, {": /features/0/no: expected an integer, got a number"}},
      {"no_zero.json", 1, {": /features/0/no: expected an integer from 1 to 999"}},
      {"no_huge.json", 1, {": /features/0/no: "}},
      {"id_number.json", 1, {": /features/0/id: expected a string, got an integer"}},
      {"id_empty.json", 1, {": /features/0/id: must not be empty"}},
      {"id_not_snake.json",
       1,
       {": /features/0/id: must be lower_snake_case (a-z, 0-9, _), starting with a letter"}},
      {"name_string.json", 1, {": /features/0/name: expected an object, got a string"}},
      {"dimensions_string.json", 1, {": /features/0/dimensions: expected an array, got a string"}},
      {"dimensions_item_number.json", 1, {": /features/0/dimensions/0: expected a string, got an integer"}},
      {"dimensions_empty.json", 1, {": /features/0/dimensions: must name at least one dimension"}},
      {"favours_bool.json", 1, {": /features/0/favours: expected a string, got a boolean"}},
      {"side_array.json", 1, {": /features/0/wecom: expected an object, got an array"}},
      {"quantities_array.json", 1, {": /features/0/wecom/quantities: expected an object, got an array"}},
      {"quantity_negative.json",
       1,
       {": /features/0/wecom/quantities/group_members_max/value: expected a number >= 0 or \"unlimited\", "
        "got an integer"}},
      {"quantity_string.json",
       1,
       {": /features/0/wecom/quantities/group_members_max/value: expected a number >= 0 or \"unlimited\", "
        "got a string"}},
      {"quantity_no_unit.json",
       1,
       {": /features/0/wecom/quantities/group_members_max: missing required key \"unit\""}},
      {"quantity_name_not_snake.json",
       1,
       {": /features/0/wecom/quantities/Group-Members-Max: quantity name must be lower_snake_case"}},
      {"source_string.json", 1, {": /features/0/source: expected an object, got a string"}},
      {"urls_string.json", 1, {": /features/0/source/urls: expected an array, got a string"}},
      {"urls_item_null.json", 1, {": /features/0/source/urls/0: expected a string, got null"}},
      {"note_string.json", 1, {": /features/0/note: expected an object, got a string"}},
      // The citation: {"zh", "en"} like every text, or one string (the older form) for both.
      {"ref_missing_zh.json", 1, {": /features/0/source/ref: missing required key \"zh\""}},
      {"ref_empty_en.json", 1, {": /features/0/source/ref/en: must not be empty"}},
      {"ref_number.json",
       1,
       {": /features/0/source/ref: expected {\"zh\": ..., \"en\": ...} "
        "(or one string for both languages, the older form), got an integer"}},
      {"ref_array.json", 1, {": /features/0/source/ref: expected {\"zh\": ..., \"en\": ...} (or one string"}},
      {"ref_string_empty.json", 1, {": /features/0/source/ref: must not be empty"}},
      {"ref_string_older_form.json", 0, {}},
      // Unknown keys, suggested when one is a near miss.
      {"unknown_key_suggest.json",
       2,
       {": /features/0/favors: unknown key; did you mean \"favours\"?",
        ": /features/0: missing required key \"favours\""}},
      {"unknown_key_far.json", 1, {": /features/0/colour: unknown key"}},
      {"unknown_quantity_key.json",
       1,
       {": /features/0/wecom/quantities/group_members_max/units: unknown key; did you mean \"unit\"?"}},
      // Duplicates and checks across rows.
      {"duplicate_no.json", 1, {": /features/1/no: duplicate no 3 (also used by \"group_size\")"}},
      {"duplicate_id.json", 1, {": /features/1/id: duplicate id \"group_size\""}},
      {"duplicate_quantity.json",
       1,
       {": /features/2/wecom/quantities/customers_per_account: quantity \"customers_per_account\" is already "
        "defined "
        "on the wecom side of another row"}},
      // A row that fails to load must not shift the pointers of later rows.
      {"duplicate_quantity_after_bad_row.json",
       2,
       {": /features/0/favours: expected wecom, personal or neither, got \"both\"",
        ": /features/2/wecom/quantities/customers_per_account: quantity \"customers_per_account\" is already "
        "defined on the wecom side of another row"}},
      {"required_missing.json",
       1,
       {": /features: no row defines the personal quantity \"accounts_per_phone\", which the rules and "
        "planner need"}},
      {"required_zero.json",
       1,
       {": /features: personal quantity \"customers_per_account\" (row 4) must be a number greater than 0"}},
      {"required_unlimited.json",
       1,
       {": /features: personal quantity \"customers_per_account\" (row 4) must be a number greater than 0"}},
      // Optional, but the planner divides by it where it is given.
      {"same_entity_zero.json",
       1,
       {": /features: wecom quantity \"accounts_per_phone_same_entity\" (row 16) must be greater than 0, or "
        "\"unlimited\""}},
      // Localized text.
      {"name_missing_en.json", 1, {": /features/0/name: missing required key \"en\""}},
      {"name_empty_zh.json", 1, {": /features/0/name/zh: must not be empty"}},
      {"name_extra_language.json", 1, {": /features/0/name/ja: unknown key; did you mean \"zh\"?"}},
      // Enumerations and formats.
      {"unknown_dimension.json", 1, {": /features/0/dimensions/0: unknown dimension \"scael\""}},
      {"bad_favours.json", 1, {": /features/0/favours: expected wecom, personal or neither, got \"both\""}},
      {"bad_bound.json",
       1,
       {": /features/0/wecom/quantities/group_members_max/bound: expected exact, at_most or about, got "
        "\"upto\""}},
      {"bound_number.json",
       1,
       {": /features/0/wecom/quantities/group_members_max/bound: expected a string, got an integer"}},
      // as_of: when the figures were published and when they were last checked.
      {"as_of_string.json", 1, {": /features/0/as_of: expected an object, got a string"}},
      {"published_missing.json", 1, {": /features/0/as_of: missing required key \"published\""}},
      {"checked_missing.json", 1, {": /features/0/as_of: missing required key \"checked\""}},
      {"bad_published_month.json",
       1,
       {": /features/0/as_of/published: expected a date (YYYY, YYYY-MM or YYYY-MM-DD) or \"undated\", got "
        "\"2022-13\""}},
      {"bad_published_slashes.json",
       1,
       {": /features/0/as_of/published: expected a date (YYYY, YYYY-MM or YYYY-MM-DD) or \"undated\", got "
        "\"2022/01/05\""}},
      {"bad_published_day.json",
       1,
       {": /features/0/as_of/published: expected a date (YYYY, YYYY-MM or YYYY-MM-DD) or \"undated\", got "
        "\"2025-02-29\""}},
      {"published_leap_day.json", 0, {}},
      {"checked_year_only.json",
       1,
       {": /features/0/as_of/checked: expected a date (YYYY-MM or YYYY-MM-DD), got \"2026\""}},
      {"checked_before_published.json",
       1,
       {": /features/0/as_of/checked: checked 2026-11 is before published 2026-12-01"}},
      {"checked_same_month.json", 0, {}},
      {"as_of_unknown_key.json", 1, {": /features/0/as_of/verified: unknown key"}},
      {"bad_source_kind.json",
       1,
       {": /features/0/source/kind: unknown source kind \"rumour\"; expected lecture, public, assumption or "
        "a "
        "'+'-joined mix such as lecture+public"}},
      // Validation goes on after the first problem.
      {"two_problems.json",
       2,
       {": /schema_version: unsupported schema_version 3; this build reads 2",
        ": /features/0/no: expected an integer, got a string"}},
      // Structure and encoding.
      {"too_deep.json", 1, {":167:29: nesting deeper than 16 levels"}},
      {"bom.json", 0, {}},
      {"crlf.json", 0, {}},
      {"invalid_utf8.json",
       1,
       {":114:25: not valid JSON: syntax error while parsing value - invalid string: ill-formed UTF-8 byte"}},
      // Valid JSON syntax, but no double holds 1e400.
      {"quantity_overflow.json", 1, {"*not valid JSON", "*1e400"}},
      // A data file means one thing: no key twice, no control characters in text.
      {"duplicate_key_quantity.json",
       1,
       {": /features/0/wecom/quantities/group_members_max/value: duplicate key \"value\": first at line 60, "
        "column 13, again at line 61, column 13; give it once"}},
      {"control_esc_in_name.json",
       1,
       {": /features/1/name/en: control character U+001B in a string (line 114, column 15); remove it"}},
      {"control_nul_in_name.json",
       1,
       {": /features/1/name/zh: control character U+0000 in a string (line 113, column 15); remove it"}},
      {"control_cr_in_ref.json",
       1,
       {": /features/0/source/ref/en: control character U+000D in a string (line 95, column 17); remove it"}},
      {"control_del_in_unit.json",
       1,
       {": /features/0/wecom/quantities/group_members_max/unit: control character U+007F in a string (line "
        "61, "
        "column 21); remove it"}},
  };
  return cases;
}

const std::vector<Case>& industry_cases() {
  static const std::vector<Case> cases = {
      {"empty.json", 1, {": file is empty; expected a JSON object"}},
      {"truncated.json",
       1,
       {":50:18: not valid JSON: syntax error while parsing value - unexpected end of input; expected '[', "
        "'{', or a literal"}},
      {"not_json.json", 1, {":1:2: not valid JSON: syntax error while parsing value - invalid literal"}},
      {"top_level_array.json", 1, {": /: expected an object, got an array"}},
      {"schema_version_2.json", 1, {": /schema_version: unsupported schema_version 2; this build reads 1"}},
      {"industries_empty.json", 1, {": /industries: must hold at least one industry"}},
      {"missing_barrier.json", 1, {": /industries/1: missing required key \"barrier\""}},
      {"alias_collides_with_name.json",
       1,
       {": /industries/2/aliases: name \"律师\" is already used by \"law\""}},
      {"alias_collides_case.json",
       1,
       {": /industries/1/aliases: name \"FRUIT\" is already used by \"fruit\""}},
      {"name_collides.json", 1, {": /industries/2/name/en: name \"Law\" is already used by \"law\""}},
      {"bad_barrier.json", 1, {": /industries/0/barrier: expected low or high, got \"medium\""}},
      {"regulated_string.json", 1, {": /industries/1/regulated: expected true or false, got a string"}},
      {"unknown_key_suggest.json",
       2,
       {": /industries/0/barier: unknown key; did you mean \"barrier\"?",
        ": /industries/0: missing required key \"barrier\""}},
      {"name_missing_en.json", 1, {": /industries/3/name: missing required key \"en\""}},
      {"aliases_string.json", 1, {": /industries/0/aliases: expected an array, got a string"}},
      {"alias_empty.json", 1, {": /industries/0/aliases/4: must not be empty"}},
      {"id_number.json", 1, {": /industries/0/id: expected a string, got an integer"}},
      {"two_problems.json",
       2,
       {": /industries/0/barrier: expected low or high, got \"medium\"",
        ": /industries/3/regulated: expected true or false, got an integer"}},
      {"too_deep.json", 1, {":10:23: nesting deeper than 8 levels"}},
      {"bom.json", 0, {}},
      {"invalid_utf8.json",
       1,
       {":7:17: not valid JSON: syntax error while parsing value - invalid string: ill-formed UTF-8 byte"}},
      {"duplicate_id.json", 1, {": /industries/2/id: duplicate id \"law\""}},
      {"duplicate_key_barrier.json",
       1,
       {": /industries/0/barrier: duplicate key \"barrier\": first at line 16, column 7, again at line 17, "
        "column 7; give it once"}},
      {"control_esc_in_name.json",
       1,
       {": /industries/0/name/en: control character U+001B in a string (line 8, column 15); remove it"}},
      {"missing_barrier_basis.json", 1, {": /industries/1: missing required key \"barrier_basis\""}},
      {"old_source_key.json",
       1,
       {": /industries/0/source: replaced by barrier_basis and regulated_basis, one basis for each field"}},
      {"basis_table_kind.json",
       1,
       {": /industries/2/regulated_basis/kind: \"table\" is not a basis kind here; expected lecture, public, "
        "assumption"}},
      {"basis_why_missing_en.json", 1, {": /industries/0/regulated_basis/why: missing required key \"en\""}},
      {"basis_quote_and_why.json", 1, {": /industries/1/barrier_basis/why: unknown key"}},
  };
  return cases;
}

const std::vector<Case>& rule_cases() {
  static const std::vector<Case> cases = {
      {"empty.json", 1, {": file is empty; expected a JSON object"}},
      {"not_json.json", 1, {":1:1: not valid JSON: syntax error while parsing value - invalid literal"}},
      {"schema_version_2.json", 1, {": /schema_version: unsupported schema_version 2; this build reads 1"}},
      {"rules_empty.json", 1, {": /rules: needs at least one rule"}},
      {"bad_tie.json", 1, {": /tie: expected wecom or personal, got \"neither\""}},
      {"unknown_top_key.json",
       2,
       {": /rule: unknown key; did you mean \"rules\"?", ": /: missing required key \"rules\""}},
      // Facts, operators and values.
      {"unknown_fact.json",
       1,
       {": /rules/0/when/fact: unknown fact \"user\"; known: users, wecom_accounts, personal_accounts, "
        "personal_accounts_max, entities, wecom_entities_needed, live_codes, wecom_days, personal_days, "
        "target_days, adding, industry, barrier, recommendation, regulated, expansion_needed, wecom_in_time, "
        "personal_in_time"}},
      {"unknown_operator.json",
       1,
       {": /rules/0/when/op: unknown operator \"=<\"; known: ==, !=, <, <=, >, >=, in, between"}},
      {"bad_ref_quantity.json",
       1,
       {": /rules/0/when/value/ref: \"personal.nope\": features.json has no such quantity"}},
      {"bad_ref_account.json",
       1,
       {": /rules/0/when/value/ref: \"staff.customers_per_account\": expected wecom.<quantity> or "
        "personal.<quantity>"}},
      {"bad_ref_unlimited.json",
       1,
       {": /rules/0/when/value/ref: \"personal.moments_posts_per_day\" is unlimited; it cannot be compared"}},
      {"bad_ref_extra_key.json", 1, {": /rules/0/when/value/scale: unknown key"}},
      {"string_op_on_number_fact.json",
       1,
       {": /rules/0/when/op: operator \"<\" needs a number; fact \"adding\" is not one"}},
      {"invalid_string_value.json",
       1,
       {": /rules/0/when/value: \"activ\" is not a value fact \"adding\" can take"}},
      {"unknown_industry_value.json",
       1,
       {": /rules/0/when/value/1: \"fruits\" is not a value fact \"industry\" can take"}},
      {"number_fact_string_value.json",
       1,
       {": /rules/0/when/value: expected a number or {\"ref\": ...}, got a string"}},
      {"bool_fact_string_value.json",
       1,
       {": /rules/0/when/value: fact \"regulated\" is true or false; got a string"}},
      {"in_on_bool_fact.json", 1, {": /rules/0/when/op: \"in\" does not apply to a true/false fact; use =="}},
      {"between_three_values.json", 1, {": /rules/0/when/value: \"between\" needs [low, high]"}},
      {"between_low_above_high.json", 1, {": /rules/0/when/value: \"between\" needs low <= high"}},
      {"between_not_array.json",
       1,
       {": /rules/0/when/value: operator \"between\" needs an array, got an integer"}},
      {"in_empty.json", 1, {": /rules/0/when/value: \"in\" needs at least one value"}},
      {"all_empty.json", 1, {": /rules/0/when/all: needs at least one condition"}},
      {"condition_two_keys.json",
       1,
       {": /rules/0/when: a condition is exactly one of {\"all\": [...]}, {\"any\": [...]}, {\"not\": {...}} "
        "or "
        "{\"fact\", \"op\", \"value\"}"}},
      {"condition_all_and_any.json", 1, {": /rules/0/when: a condition is exactly one of"}},
      {"condition_array.json", 1, {": /rules/0/when: expected an object, got an array"}},
      {"compare_missing_op.json", 1, {": /rules/0/when: missing required key \"op\""}},
      {"recommendation_in_scoring.json",
       1,
       {": /rules/0/when/fact: \"recommendation\" is known only after scoring; use it in advice rules"}},
      {"recommendation_in_advice.json", 0, {}},
      // Depth: 32 levels of conditions load, 33 do not.
      {"nesting_all_32.json", 0, {}},
      {"nesting_not_32.json", 0, {}},
      {"nesting_all_33.json",
       1,
       {": /rules/0/when" + repeat("/all/0", 32) + ": conditions nest deeper than 32 levels"}},
      {"nesting_not_33.json",
       1,
       {": /rules/0/when" + repeat("/not", 32) + ": conditions nest deeper than 32 levels"}},
      // The rule's other fields.
      {"unknown_cited_row.json", 1, {": /rules/0/features/1: no feature row 99 in features.json"}},
      {"cited_row_string.json", 1, {": /rules/0/features/0: expected a feature row number, got a string"}},
      {"unknown_placeholder.json",
       1,
       {": /rules/0/reason: unknown placeholder {usres}; known: users, wecom_accounts, personal_accounts, "
        "personal_accounts_max, entities, wecom_entities_needed, live_codes, wecom_days, personal_days, "
        "target_days, industry, barrier, adding"}},
      {"bad_plural_placeholder.json",
       1,
       {": /rules/0/reason: {users|customer}: expected {field|singular|plural}"}},
      // Bases.
      {"basis_missing.json", 1, {": /rules/0: missing required key \"basis\""}},
      {"basis_unknown_kind.json",
       1,
       {": /rules/0/basis/kind: \"hearsay\" is not a basis kind here; expected lecture, table, inference"}},
      {"basis_assumption_on_vote.json",
       1,
       {": /rules/0/basis/kind: \"assumption\" is not a basis kind here; expected lecture, table, "
        "inference"}},
      {"basis_lecture_no_quote.json", 1, {": /rules/0/basis: missing required key \"quote\""}},
      {"basis_lecture_with_rows.json", 1, {": /rules/0/basis/rows: unknown key"}},
      {"basis_table_unknown_row.json", 1, {": /rules/0/basis/rows/1: no feature row 99 in features.json"}},
      {"basis_inference_english_only.json", 1, {": /rules/0/basis/why/zh: must not be empty"}},
      // Margin bands and the default deadline.
      {"margins_empty.json", 1, {": /margins: needs at least one band"}},
      {"margins_out_of_order.json", 1, {": /margins/1/up_to: bands must be in increasing order of up_to"}},
      {"margins_last_bounded.json",
       1,
       {": /margins/2/up_to: the last band takes every larger margin; leave up_to out"}},
      {"target_days_zero.json", 1, {": /target_days/default: expected a number of days from 1 to 36500"}},
      {"target_days_missing.json", 1, {": /: missing required key \"target_days\""}},
      {"unclosed_placeholder.json", 1, {": /rules/0/reason: unclosed '{' in text"}},
      {"duplicate_rule_id.json", 1, {": /rules/1/id: duplicate id \"adding-active\""}},
      {"bad_vote.json", 1, {": /rules/0/vote: expected wecom or personal, got \"wechat\""}},
      {"weight_zero.json", 1, {": /rules/0/weight: expected an integer from 1 to 100"}},
      {"weight_too_big.json", 1, {": /rules/0/weight: expected an integer from 1 to 100"}},
      {"weight_fraction.json", 1, {": /rules/0/weight: expected an integer, got a number"}},
      {"unknown_criterion.json",
       1,
       {": /rules/0/criterion: unknown criterion \"size\"; criteria are the dimensions in features.json"}},
      {"unknown_rule_key.json",
       2,
       {": /rules/0/wieght: unknown key; did you mean \"weight\"?",
        ": /rules/0: missing required key \"weight\""}},
      {"example_bad_expect.json", 1, {": /examples/0/expect: expected wecom or personal, got \"either\""}},
      {"example_users_bool.json",
       1,
       {": /examples/0/profile/users: expected a number or a string such as \"30k\""}},
      {"two_problems.json",
       2,
       {": /rules/0/vote: expected wecom or personal, got \"wechat\"",
        ": /rules/0/weight: expected an integer from 1 to 100"}},
      {"value_overflow.json", 1, {"*not valid JSON", "*1e400"}},
      // 2^32 + 4 must not wrap to row 4.
      {"cited_row_wraps.json", 1, {": /rules/0/features/0: no feature row 4294967300 in features.json"}},
      // "weight": 2, "weight": 100 must not score 100.
      {"duplicate_key_weight.json",
       1,
       {": /rules/0/weight: duplicate key \"weight\": first at line 69, column 7, again at line 70, column "
        "7; "
        "give it once"}},
      {"duplicate_key_top.json",
       1,
       {": /schema_version: duplicate key \"schema_version\": first at line 2, column 3, again at line 83, "
        "column 3; give it once"}},
      {"control_cr_in_reason.json",
       1,
       {": /rules/0/reason/en: control character U+000D in a string (line 72, column 15); remove it"}},
  };
  return cases;
}

const std::vector<Case>& cases_of(Kind kind) {
  switch (kind) {
    case Kind::kFeatures:
      return feature_cases();
    case Kind::kIndustries:
      return industry_cases();
    case Kind::kRules:
      return rule_cases();
  }
  return feature_cases();
}

void run_catalogue(Kind kind) {
  for (const Case& c : cases_of(kind)) check_case(kind, c);
}

}  // namespace

TEST_CASE("every catalogue file has a case and every case a file", "[broken]") {
  for (Kind kind : {Kind::kFeatures, Kind::kIndustries, Kind::kRules}) {
    std::set<std::string> on_disk, listed;
    for (const auto& entry : fs::directory_iterator(test_support::broken_dir() / folder(kind))) {
      if (entry.path().extension() == ".json") on_disk.insert(entry.path().filename().string());
    }
    for (const Case& c : cases_of(kind)) CHECK(listed.insert(c.file).second);  // no case listed twice
    INFO(folder(kind));
    CHECK(on_disk == listed);
  }
}

TEST_CASE("the catalogue's base files load cleanly", "[broken]") {
  const auto base = test_support::broken_dir() / "base";
  test_support::MemorySource memory;
  for (const char* name : {"features.json", "industries.json", "rules.json"}) {
    memory.add(name, {std::string("base/") + name, test_support::read_bytes(base / name)});
  }
  const DataSet data = load_data_set(memory);
  CHECK(data.features.features().size() == 5);
  CHECK(data.features.features()[0].id == "group_size");
  CHECK(data.industries.industries().size() == 4);
  CHECK(data.rules.rules.size() == 1);
}

TEST_CASE("broken features.json files report each problem with its pointer", "[broken][features]") {
  run_catalogue(Kind::kFeatures);
}

TEST_CASE("broken industries.json files report each problem with its pointer", "[broken][industries]") {
  run_catalogue(Kind::kIndustries);
}

TEST_CASE("broken rules.json files report each problem with its pointer", "[broken][rules]") {
  run_catalogue(Kind::kRules);
}

TEST_CASE("rules at the depth limit load and evaluate all 32 levels", "[broken][rules]") {
  const auto& data = test_support::real_data();
  auto load = [&](const char* file) {
    const SourceFile source{file, test_support::read_bytes(test_support::broken_dir() / "rules" / file)};
    return RuleSet::load(source, data.features, data.industries);
  };
  FactValues active, passive;
  active.strings[0] = "active";
  passive.strings[0] = "passive";
  const RuleSet all = load("nesting_all_32.json");
  REQUIRE(all.rules.size() == 1);
  CHECK(all.rules[0].when.evaluate(active));
  CHECK_FALSE(all.rules[0].when.evaluate(passive));
  // 31 "not"s around adding == active: an odd number, so the answer is negated.
  const RuleSet negated = load("nesting_not_32.json");
  REQUIRE(negated.rules.size() == 1);
  CHECK_FALSE(negated.rules[0].when.evaluate(active));
  CHECK(negated.rules[0].when.evaluate(passive));
  const RuleSet advice = load("recommendation_in_advice.json");
  REQUIRE(advice.advice.size() == 1);
  CHECK(advice.advice[0].features == std::vector<int>{4});
}

TEST_CASE("100,000 levels of nesting are refused before parsing, without a crash", "[broken][rules]") {
  const auto& data = test_support::real_data();
  constexpr int kLevels = 100000;
  std::string condition;
  for (int i = 0; i < kLevels; ++i) condition += "{\"not\": ";
  condition += R"({"fact": "adding", "op": "==", "value": "active"})";
  condition += std::string(kLevels, '}');
  const std::string text = R"({"schema_version": 1, "tie": "wecom", "tie_reason": {"zh": "平", "en": "tie"},
  "rules": [{"id": "deep", "criterion": "adding", "vote": "wecom", "weight": 1,
             "reason": {"zh": "深", "en": "deep"}, "features": [5], "when": )" +
                           condition + "}]}";
  try {
    RuleSet::load({"rules/deep.json", text}, data.features, data.industries);
    FAIL("a 100,000-deep file loaded");
  } catch (const DataError& e) {
    REQUIRE(e.problems().size() == 1);
    // The scan stops at the first bracket past the limit (72: 32 conditions of two levels plus
    // the file's own), on line 3.
    CHECK_THAT(e.problems()[0], Catch::Matchers::StartsWith("rules/deep.json:3:"));
    CHECK_THAT(e.problems()[0], Catch::Matchers::EndsWith(": nesting deeper than 72 levels"));
  }
  // The same through the generic reader, with arrays, and with brackets inside strings ignored.
  const std::string arrays = std::string(kLevels, '[') + std::string(kLevels, ']');
  CHECK_THROWS_WITH(parse_json_file({"deep.json", arrays}, 16),
                    "deep.json:1:17: nesting deeper than 16 levels");
  const std::string quoted = "{\"a\": \"" + std::string(1000, '[') + "\\\"" + std::string(1000, '{') + "\"}";
  CHECK(parse_json_file({"quoted.json", quoted}, 2)["a"].get<std::string>().size() == 2001);
}

TEST_CASE("parse_json_file: BOM, blank files and syntax errors with line and column", "[broken]") {
  CHECK(parse_json_file({"bom.json", "\xEF\xBB\xBF{\"a\": 1}"}, 4)["a"] == 1);
  CHECK_THROWS_WITH(parse_json_file({"blank.json", " \r\n\t "}, 4),
                    "blank.json: file is empty; expected a JSON object");
  CHECK_THROWS_WITH(parse_json_file({"bom-only.json", "\xEF\xBB\xBF"}, 4),
                    "bom-only.json: file is empty; expected a JSON object");
  // Columns count characters, not bytes, as an editor shows them: column 12 is the blank
  // that ends "tru" (in bytes it would be 16).
  CHECK_THROWS_WITH(parse_json_file({"cjk.json", "{\n  \"名字\": tru }"}, 4),
                    Catch::Matchers::StartsWith("cjk.json:2:12: not valid JSON: "));
  CHECK_THROWS_WITH(parse_json_file({"two.json", "{} {}"}, 4),
                    Catch::Matchers::StartsWith("two.json:1:4: not valid JSON"));
  CHECK_THROWS_AS(parse_json_file({"bad.json", "{\"a\": 1,}"}, 4), DataError);
}

TEST_CASE("validate_data_set lists the problems of every file", "[broken]") {
  const auto dir = test_support::broken_dir();
  test_support::MemorySource memory;
  memory.add("features.json", {"features/two_problems.json",
                               test_support::read_bytes(dir / "features" / "two_problems.json")});
  memory.add("industries.json", {"industries/two_problems.json",
                                 test_support::read_bytes(dir / "industries" / "two_problems.json")});
  memory.add("rules.json",
             {"rules/two_problems.json", test_support::read_bytes(dir / "rules" / "two_problems.json")});
  const ValidationReport report = validate_data_set(memory);
  INFO(test_support::join_lines(report.problems));
  CHECK(report.problems.size() == 5);
  CHECK(test_support::any_contains(report.problems,
                                   "features/two_problems.json: /schema_version: unsupported"));
  CHECK(test_support::any_contains(report.problems,
                                   "features/two_problems.json: /features/0/no: expected an integer"));
  CHECK(test_support::any_contains(report.problems, "industries/two_problems.json: /industries/0/barrier"));
  CHECK(test_support::any_contains(report.problems, "industries/two_problems.json: /industries/3/regulated"));
  CHECK(report.problems.back() == "rules not checked: features.json and industries.json must load first");
  CHECK(report.counts.features == 0);

  // With good features and industries, the rules file's problems are listed too.
  memory.add("features.json",
             {"features.json", test_support::read_bytes(test_support::data_dir() / "features.json")});
  memory.add("industries.json",
             {"industries.json", test_support::read_bytes(test_support::data_dir() / "industries.json")});
  const ValidationReport rules_report = validate_data_set(memory);
  CHECK(rules_report.problems.size() == 2);
  CHECK(test_support::any_contains(rules_report.problems, "rules/two_problems.json: /rules/0/vote"));
  CHECK(test_support::any_contains(rules_report.problems, "rules/two_problems.json: /rules/0/weight"));
}

TEST_CASE("validate_data_set runs the examples and reports one that fails", "[broken]") {
  const auto& data = test_support::real_data();
  auto doc = nlohmann::json::parse(test_support::read_bytes(test_support::data_dir() / "rules.json"));
  REQUIRE(doc["examples"][0]["id"] == "lecture-fruit-large-active");
  doc["examples"][0]["expect"] = "personal";
  doc["examples"][1]["profile"]["industry"] = "fruitt";
  test_support::MemorySource memory;
  memory.add("features.json",
             {"features.json", test_support::read_bytes(test_support::data_dir() / "features.json")});
  memory.add("industries.json",
             {"industries.json", test_support::read_bytes(test_support::data_dir() / "industries.json")});
  memory.add("rules.json", {"rules/failing_example.json", doc.dump(2)});
  const ValidationReport report = validate_data_set(memory);
  INFO(test_support::join_lines(report.problems));
  REQUIRE(report.problems.size() == 2);
  CHECK(report.problems[0] ==
        "rules/failing_example.json: /examples/0: example \"lecture-fruit-large-active\" expects personal, "
        "the rules "
        "give wecom (wecom 8, personal 0); source: " +
            doc["examples"][0]["source"].get<std::string>());
  CHECK_THAT(report.problems[1],
             Catch::Matchers::StartsWith(
                 "rules/failing_example.json: /examples/1: example \"lecture-law-small-passive\": "
                 "bad profile: industry: unknown industry 'fruitt'"));
  // The clean data passes with a summary.
  const ValidationReport clean = validate_data_set(*directory_data_source(test_support::data_dir().string()));
  CHECK(clean.problems.empty());
  CHECK(clean.counts.features == 24);
  CHECK(clean.counts.industries == data.industries.industries().size());
  CHECK(clean.counts.rules == data.rules.rules.size());
  CHECK(clean.counts.advice == data.rules.advice.size());
  CHECK(clean.counts.examples == data.rules.examples.size());
}
