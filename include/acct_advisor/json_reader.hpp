#pragma once
// Reading hand-edited JSON files strictly: every problem is recorded with the file name and
// the JSON pointer where it was found ("data/features.json: /features/3/no: expected an
// integer"), and reading goes on so one run reports all problems, not just the first.

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "acct_advisor/data_source.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/messages.hpp"

namespace advisor {

/// Problems found in one file. Each is "FILE: POINTER: MESSAGE", worded in the language of
/// the run that loads the file: whoever reads a message into it takes the language from here.
class Problems {
 public:
  explicit Problems(std::string file, Lang lang = Lang::kEn) : file_(std::move(file)), lang_(lang) {}

  void add(std::string_view pointer, std::string_view message);
  void add_all(const Problems& other);
  bool empty() const { return items_.empty(); }
  const std::vector<std::string>& items() const { return items_; }
  const std::string& file() const { return file_; }
  Lang lang() const { return lang_; }
  /// Throws DataError with every problem when there is at least one.
  void throw_if_any() const;

 private:
  std::string file_;
  Lang lang_;
  std::vector<std::string> items_;
};

/// Parses a data file. Strips a UTF-8 byte-order mark (editors on Windows add one), refuses
/// nesting deeper than max_depth before parsing (so hostile input cannot exhaust the stack),
/// and reports syntax errors with line and column. A data file means one thing: a key given
/// twice in one object (which JSON parsers otherwise resolve silently, last one wins) is an
/// error naming the pointer and the line and column of both, and so is a control character
/// (below U+0020, or DEL; JSON allows them escaped) in any key or string, which would
/// otherwise reach the terminal raw. Throws DataError with every such problem.
nlohmann::json parse_json_file(const SourceFile& file, int max_depth, Lang lang = Lang::kEn);

/// Appends a key or index to a JSON pointer, escaping '~' and '/' as RFC 6901 says.
std::string pointer_join(std::string_view pointer, std::string_view key);
std::string pointer_join(std::string_view pointer, std::size_t index);

/// Typed, checked access to one JSON object; failures go to Problems and yield nullopt.
class ObjectReader {
 public:
  ObjectReader(const nlohmann::json& value, std::string pointer, Problems& problems);

  bool ok() const { return object_ != nullptr; }
  const std::string& pointer() const { return pointer_; }
  bool has(std::string_view key) const;
  std::string child_pointer(std::string_view key) const { return pointer_join(pointer_, key); }

  std::optional<std::string> string(std::string_view key, bool required = true);
  std::optional<std::int64_t> integer(std::string_view key, bool required = true);
  std::optional<double> number(std::string_view key, bool required = true);
  std::optional<bool> boolean(std::string_view key, bool required = true);
  std::optional<LocalizedText> text(std::string_view key, bool required = true);
  std::optional<std::vector<std::string>> strings(std::string_view key, bool required = true);
  /// The raw child, after checking it exists and has the right kind; nullptr otherwise.
  const nlohmann::json* object(std::string_view key, bool required = true);
  const nlohmann::json* array(std::string_view key, bool required = true);
  const nlohmann::json* any(std::string_view key, bool required = true);

  /// Records an "unknown key" problem for each key not in allowed (as additionalProperties:
  /// false does in the schema), so a misspelt key is not silently ignored.
  void only_keys(std::initializer_list<std::string_view> allowed);

  /// Records a problem at this object's key.
  void problem(std::string_view key, std::string_view message);
  /// The language problems are worded in.
  Lang lang() const { return problems_.lang(); }

 private:
  const nlohmann::json* find(std::string_view key, bool required);

  const nlohmann::json* object_;
  std::string pointer_;
  Problems& problems_;
};

/// Describes a JSON value's kind for messages: "a string", "an integer", "null", ... (字符串, ...).
std::string_view json_kind(const nlohmann::json& value, Lang lang = Lang::kEn);

/// "a, b or c" as the language lists the values a key takes (without `or`: "a, b, c").
std::string one_of(Lang lang, std::initializer_list<std::string_view> values, bool last_or = true);

/// "expected a string, got an integer": `expected` is a kJsonKind* message.
std::string expected_kind(Msg expected, const nlohmann::json& got, Lang lang);

}  // namespace advisor
