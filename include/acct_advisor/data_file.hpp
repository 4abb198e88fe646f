#pragma once
// The one way a data file is loaded (features.json, industries.json, rules.json): read strictly
// (depth, syntax, duplicate keys, control characters), then built and checked by the file's own
// parse, every problem worded in the run's language.

#include <utility>

#include <nlohmann/json.hpp>

#include "acct_advisor/data_source.hpp"
#include "acct_advisor/json_reader.hpp"
#include "acct_advisor/lang.hpp"

namespace advisor {

/// Parses `file` (nesting at most max_depth) and builds its value with parse(doc, problems);
/// throws DataError listing every problem, in `lang`.
template <typename Parse>
auto load_data_file(const SourceFile& file, int max_depth, Lang lang, Parse&& parse) {
  const nlohmann::json doc = parse_json_file(file, max_depth, lang);
  Problems problems(file.display_name, lang);
  auto built = std::forward<Parse>(parse)(doc, problems);
  problems.throw_if_any();
  return built;
}

}  // namespace advisor
