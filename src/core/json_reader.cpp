#include "acct_advisor/json_reader.hpp"
#include <algorithm>

#include <cmath>
#include <cstddef>
#include <functional>
#include <iterator>
#include <map>

#include <fmt/format.h>

#include "acct_advisor/edit_distance.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/utf8.hpp"

namespace advisor {

using nlohmann::json;

namespace {
// Shows control characters as JSON escapes (backslash, u, four hex digits), so a message cannot
// drive the terminal.
std::string visible(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F)
      out += fmt::format("\\u{:04X}", u);
    else
      out += c;
  }
  return out;
}
}  // namespace

void Problems::add(std::string_view pointer, std::string_view message) {
  // A key may hold any character; the pointer is printed so that it cannot move the cursor.
  items_.push_back(msg(lang_, Msg::kDataProblemAt, fmt::arg("file", file_),
                       fmt::arg("pointer", pointer.empty() ? "/" : visible(pointer)),
                       fmt::arg("message", message)));
}

void Problems::add_all(const Problems& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

void Problems::throw_if_any() const {
  if (!items_.empty()) throw DataError(items_);
}

namespace {

struct LineColumn {
  std::size_t line = 1;
  std::size_t column = 1;
};

// Where `offset` is, given where `from` is (at or before it): lines by '\n', columns in code
// points, not bytes, so they match what an editor shows.
LineColumn locate_from(std::string_view text, std::size_t from, LineColumn at, std::size_t offset) {
  offset = std::min(offset, text.size());
  for (std::size_t nl = text.find('\n', from); nl < offset; nl = text.find('\n', from)) {
    ++at.line;
    at.column = 1;
    from = nl + 1;
  }
  if (from < offset) at.column += count_code_points(text.substr(from, offset - from));
  return at;
}

LineColumn locate(std::string_view text, std::size_t offset) {
  return locate_from(text, 0, LineColumn{}, offset);
}

// Finds where nesting first exceeds max_depth, skipping strings; npos when it never does.
// Scanning first keeps a hostile file from driving any recursive code past its depth.
std::size_t find_too_deep(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::string_view::npos;
}

// nlohmann's messages start "[json.exception.parse_error.101] parse error at line 3, column 5: ";
// we print our own location, so keep only what follows.
std::string parse_error_reason(const std::string& what) {
  const auto colon = what.find(": ");
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

// The text between `after` and the next `until` (or the end); empty when `after` is absent.
std::string_view between(std::string_view text, std::string_view after, std::string_view until) {
  const auto start = text.find(after);
  if (start == std::string_view::npos) return {};
  text.remove_prefix(start + after.size());
  return text.substr(0, text.find(until));
}

// One of nlohmann's token names ("end of input", "']'") in the reader's language.
std::string token_name(std::string_view token, Lang lang) {
  if (token.size() == 3 && token.front() == '\'' && token.back() == '\'')
    return msg(lang, Msg::kJsonTokenChar, fmt::arg("char", token.substr(1, 1)));
  for (std::string_view literal : {"true", "false", "null"}) {
    if (token.substr(0, literal.size()) == literal && token.substr(literal.size()) == " literal")
      return msg(lang, Msg::kJsonTokenLiteral, fmt::arg("name", literal));
  }
  if (token == "string literal") return std::string(msg(lang, Msg::kJsonTokenString));
  if (token == "number literal") return std::string(msg(lang, Msg::kJsonTokenNumber));
  if (token == "end of input") return std::string(msg(lang, Msg::kJsonTokenEnd));
  if (token.substr(0, 3) == "'['") return std::string(msg(lang, Msg::kJsonTokenValue));
  return std::string(msg(lang, Msg::kJsonTokenUnknown));
}

// The parser's reason in the reader's language. English keeps nlohmann's own words (people
// search for them); other languages get ours, built from the pieces the parser's text names:
// "syntax error while parsing CONTEXT - PROBLEM[; last read: 'TEXT'][; expected TOKEN]".
std::string syntax_reason(const std::string& what, Lang lang) {
  std::string english = parse_error_reason(what);
  if (lang == Lang::kEn) return english;
  const std::string_view text = english;
  if (text.substr(0, 15) == "number overflow") return std::string(msg(lang, Msg::kJsonNumberRange));
  const std::string_view problem = between(text, " - ", "; ");
  std::string out;
  if (problem.substr(0, 11) == "unexpected ") {
    out = msg(lang, Msg::kJsonUnexpected, fmt::arg("token", token_name(problem.substr(11), lang)));
  } else {
    // The lexer's errors, most specific first: each English text is how the parser's starts.
    out = std::string(msg(lang, Msg::kJsonLexOther));
    for (Msg id : {Msg::kJsonLexLiteral, Msg::kJsonLexNoClosingQuote, Msg::kJsonLexControl, Msg::kJsonLexUtf8,
                   Msg::kJsonLexEscape, Msg::kJsonLexNumber, Msg::kJsonLexComment}) {
      const std::string_view english_words = msg(Lang::kEn, id);
      if (problem.substr(0, english_words.size()) == english_words) {
        out = std::string(msg(lang, id));
        break;
      }
    }
  }
  if (const auto read = text.find("; last read: '"); read != std::string_view::npos) {
    std::string_view last = text.substr(read + 14);
    last = last.substr(
        0, last.rfind("; expected ") != std::string_view::npos ? last.rfind("; expected ") : last.size());
    if (!last.empty() && last.back() == '\'') last.remove_suffix(1);
    out = msg(lang, Msg::kJsonLastRead, fmt::arg("problem", out), fmt::arg("text", visible(last)));
  }
  if (const auto expected = text.rfind("; expected "); expected != std::string_view::npos) {
    out = msg(lang, Msg::kJsonExpectedToken, fmt::arg("problem", out),
              fmt::arg("token", token_name(text.substr(expected + 11), lang)));
  }
  return out;
}

// An input iterator over the text that remembers the furthest character the parser has read,
// so the parser callback can say where a key or string is (nlohmann's callback gets no offset).
// At a key or string value event, that character is the string's closing quote.
class TrackingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackingIterator(const char* at, const char** last_read) : at_(at), last_read_(last_read) {}
  reference operator*() const {
    *last_read_ = at_;
    return *at_;
  }
  TrackingIterator& operator++() {
    ++at_;
    return *this;
  }
  TrackingIterator operator++(int) {
    auto old = *this;
    ++at_;
    return old;
  }
  bool operator==(const TrackingIterator& other) const { return at_ == other.at_; }
  bool operator!=(const TrackingIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  const char** last_read_;
};

// The opening quote of the string whose closing quote is at `close`: the nearest '"' before
// it that is not escaped (preceded by an even number of backslashes).
std::size_t string_start(std::string_view text, std::size_t close) {
  for (std::size_t i = close; i-- > 0;) {
    if (text[i] != '"') continue;
    std::size_t slashes = 0;
    while (slashes < i && text[i - 1 - slashes] == '\\') ++slashes;
    if (slashes % 2 == 0) return i;
  }
  return 0;
}

// The first control character (below U+0020, or DEL) in text; npos when there is none. JSON
// lets them in escaped (an ESC, a CR, even a NUL); printed raw they would drive the terminal.
std::size_t find_control(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto u = static_cast<unsigned char>(text[i]);
    if (u < 0x20 || u == 0x7F) return i;
  }
  return std::string_view::npos;
}

// Walks the parser's events keeping the JSON pointer of each value, to report what the DOM
// cannot show afterwards: a key given twice in one object (nlohmann keeps the last silently),
// and control characters in keys and strings.
class StrictnessCheck {
 public:
  StrictnessCheck(std::string_view text, const char* begin, Problems& problems)
      : text_(text), begin_(begin), problems_(problems) {}

  const char* last_read = nullptr;

  bool operator()(int /*depth*/, json::parse_event_t event, json& parsed) {
    switch (event) {
      case json::parse_event_t::object_start:
      case json::parse_event_t::array_start: {
        std::string at = next_pointer();
        frames_.push_back(Frame{event == json::parse_event_t::object_start, std::move(at), {}, 0, {}});
        break;
      }
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end:
        if (!frames_.empty()) frames_.pop_back();
        break;
      case json::parse_event_t::key: {
        if (frames_.empty() || !parsed.is_string()) break;
        Frame& frame = frames_.back();
        frame.key = parsed.get<std::string>();
        const LineColumn here = string_location();
        const std::string at = pointer_join(frame.pointer, frame.key);
        if (const auto first = frame.seen.find(frame.key); first != frame.seen.end()) {
          // Both occurrences have this same pointer; the lines and columns tell them apart.
          problems_.add(at, msg(problems_.lang(), Msg::kJsonDuplicateKey, fmt::arg("key", visible(frame.key)),
                                fmt::arg("first_line", first->second.line),
                                fmt::arg("first_column", first->second.column), fmt::arg("line", here.line),
                                fmt::arg("column", here.column)));
        } else {
          frame.seen.emplace(frame.key, here);
        }
        check_control(at, frame.key, here, Msg::kJsonControlInKey);
        break;
      }
      case json::parse_event_t::value: {
        const std::string at = next_pointer();
        if (parsed.is_string())
          check_control(at, parsed.get_ref<const std::string&>(), string_location(),
                        Msg::kJsonControlInString);
        break;
      }
    }
    return true;
  }

 private:
  struct Frame {
    bool object;
    std::string pointer;
    std::string key;    // the current key, in an object
    std::size_t index;  // the next index, in an array
    std::map<std::string, LineColumn, std::less<>> seen;
  };

  // The pointer of the value that starts now (advancing the array index).
  std::string next_pointer() {
    if (frames_.empty()) return "";
    Frame& frame = frames_.back();
    if (frame.object) return pointer_join(frame.pointer, frame.key);
    return pointer_join(frame.pointer, frame.index++);
  }

  // Events come in file order, so each location is found from the one before: scanning from
  // the start every time made loading the industries (thousands of strings) quadratic, a
  // tenth of a second at every start.
  LineColumn string_location() {
    if (!last_read) return {};
    const std::size_t offset = string_start(text_, static_cast<std::size_t>(last_read - begin_));
    if (offset < located_offset_) {
      located_offset_ = 0;
      located_ = {};
    }
    located_ = locate_from(text_, located_offset_, located_, offset);
    located_offset_ = offset;
    return located_;
  }

  void check_control(const std::string& at, std::string_view value, LineColumn where, Msg message) {
    const auto bad = find_control(value);
    if (bad == std::string_view::npos) return;
    problems_.add(at, msg(problems_.lang(), message,
                          fmt::arg("code", fmt::format("{:04X}", static_cast<unsigned char>(value[bad]))),
                          fmt::arg("line", where.line), fmt::arg("column", where.column)));
  }

  std::string_view text_;
  const char* begin_;
  Problems& problems_;
  std::vector<Frame> frames_;
  std::size_t located_offset_ = 0;  // the last offset string_location() found, and where it is
  LineColumn located_;
};

}  // namespace

json parse_json_file(const SourceFile& file, int max_depth, Lang lang) {
  std::string_view text = file.contents;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw DataError({msg(lang, Msg::kJsonEmptyFile, fmt::arg("file", file.display_name))});
  }
  if (const auto at = find_too_deep(text, max_depth); at != std::string_view::npos) {
    const auto lc = locate(text, at);
    throw DataError(
        {msg(lang, Msg::kJsonTooDeep, fmt::arg("file", file.display_name), fmt::arg("line", lc.line),
             fmt::arg("column", lc.column), fmt::arg("depth", max_depth))});
  }
  Problems problems(file.display_name, lang);
  StrictnessCheck check(text, text.data(), problems);
  json doc;
  try {
    doc = json::parse(TrackingIterator(text.data(), &check.last_read),
                      TrackingIterator(text.data() + text.size(), &check.last_read), std::ref(check));
  } catch (const json::parse_error& e) {
    const auto lc = locate(text, e.byte == 0 ? 0 : e.byte - 1);
    throw DataError(
        {msg(lang, Msg::kJsonSyntaxAt, fmt::arg("file", file.display_name), fmt::arg("line", lc.line),
             fmt::arg("column", lc.column), fmt::arg("reason", syntax_reason(e.what(), lang)))});
  } catch (const json::exception& e) {
    // e.g. out_of_range.406 for a number such as 1e400 that no double can hold
    throw DataError({msg(lang, Msg::kJsonSyntax, fmt::arg("file", file.display_name),
                         fmt::arg("reason", syntax_reason(e.what(), lang)))});
  }
  problems.throw_if_any();
  return doc;
}

std::string pointer_join(std::string_view pointer, std::string_view key) {
  std::string out(pointer);
  out += '/';
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

std::string pointer_join(std::string_view pointer, std::size_t index) {
  return fmt::format("{}/{}", pointer, index);
}

std::string_view json_kind(const json& value, Lang lang) {
  switch (value.type()) {
    case json::value_t::null:
      return msg(lang, Msg::kJsonKindNull);
    case json::value_t::boolean:
      return msg(lang, Msg::kJsonKindBoolean);
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return msg(lang, Msg::kJsonKindInteger);
    case json::value_t::number_float:
      return msg(lang, Msg::kJsonKindNumber);
    case json::value_t::string:
      return msg(lang, Msg::kJsonKindString);
    case json::value_t::array:
      return msg(lang, Msg::kJsonKindArray);
    case json::value_t::object:
      return msg(lang, Msg::kJsonKindObject);
    default:
      return msg(lang, Msg::kJsonKindOther);
  }
}

std::string one_of(Lang lang, std::initializer_list<std::string_view> values, bool last_or) {
  std::string out;
  std::size_t i = 0;
  for (auto value : values) {
    if (i > 0) out += msg(lang, last_or && i + 1 == values.size() ? Msg::kInputListOr : Msg::kListSeparator);
    out += value;
    ++i;
  }
  return out;
}

std::string expected_kind(Msg expected, const json& got, Lang lang) {
  return msg(lang, Msg::kJsonExpected, fmt::arg("expected", msg(lang, expected)),
             fmt::arg("kind", json_kind(got, lang)));
}

ObjectReader::ObjectReader(const json& value, std::string pointer, Problems& problems)
    : object_(value.is_object() ? &value : nullptr), pointer_(std::move(pointer)), problems_(problems) {
  if (!object_) problems_.add(pointer_, expected_kind(Msg::kJsonKindObject, value, lang()));
}

bool ObjectReader::has(std::string_view key) const {
  return object_ && object_->find(std::string(key)) != object_->end();
}

void ObjectReader::problem(std::string_view key, std::string_view message) {
  problems_.add(child_pointer(key), message);
}

const json* ObjectReader::find(std::string_view key, bool required) {
  if (!object_) return nullptr;
  const auto it = object_->find(std::string(key));
  if (it == object_->end()) {
    if (required) problems_.add(pointer_, msg(lang(), Msg::kJsonMissingKey, fmt::arg("key", key)));
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> ObjectReader::string(std::string_view key, bool required) {
  const json* v = find(key, required);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    problem(key, expected_kind(Msg::kJsonKindString, *v, lang()));
    return std::nullopt;
  }
  if (v->get_ref<const std::string&>().empty()) {
    problem(key, msg(lang(), Msg::kJsonEmptyValue));
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, bool required) {
  const json* v = find(key, required);
  if (!v) return std::nullopt;
  if (v->is_number_integer()) return v->get<std::int64_t>();
  if (v->is_number_unsigned()) {
    problem(key, msg(lang(), Msg::kJsonIntegerRange));
    return std::nullopt;
  }
  problem(key, expected_kind(Msg::kJsonKindInteger, *v, lang()));
  return std::nullopt;
}

std::optional<double> ObjectReader::number(std::string_view key, bool required) {
  const json* v = find(key, required);
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    problem(key, expected_kind(Msg::kJsonKindNumber, *v, lang()));
    return std::nullopt;
  }
  const double d = v->get<double>();
  if (!std::isfinite(d)) {
    problem(key, msg(lang(), Msg::kJsonNumberRange));
    return std::nullopt;
  }
  return d;
}

std::optional<bool> ObjectReader::boolean(std::string_view key, bool required) {
  const json* v = find(key, required);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    problem(key, msg(lang(), Msg::kJsonExpectedBoolean, fmt::arg("kind", json_kind(*v, lang()))));
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<LocalizedText> ObjectReader::text(std::string_view key, bool required) {
  const json* v = find(key, required);
  if (!v) return std::nullopt;
  ObjectReader inner(*v, child_pointer(key), problems_);
  if (!inner.ok()) return std::nullopt;
  inner.only_keys({"zh", "en"});
  auto zh = inner.string("zh");
  auto en = inner.string("en");
  if (!zh || !en) return std::nullopt;
  return LocalizedText{std::move(*zh), std::move(*en)};
}

std::optional<std::vector<std::string>> ObjectReader::strings(std::string_view key, bool required) {
  const json* v = array(key, required);
  if (!v) return std::nullopt;
  std::vector<std::string> out;
  bool good = true;
  for (std::size_t i = 0; i < v->size(); ++i) {
    const json& item = (*v)[i];
    if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
      problems_.add(pointer_join(child_pointer(key), i),
                    item.is_string() ? std::string(msg(lang(), Msg::kJsonEmptyValue))
                                     : expected_kind(Msg::kJsonKindString, item, lang()));
      good = false;
      continue;
    }
    out.push_back(item.get<std::string>());
  }
  if (!good) return std::nullopt;
  return out;
}

const json* ObjectReader::object(std::string_view key, bool required) {
  const json* v = find(key, required);
  if (v && !v->is_object()) {
    problem(key, expected_kind(Msg::kJsonKindObject, *v, lang()));
    return nullptr;
  }
  return v;
}

const json* ObjectReader::array(std::string_view key, bool required) {
  const json* v = find(key, required);
  if (v && !v->is_array()) {
    problem(key, expected_kind(Msg::kJsonKindArray, *v, lang()));
    return nullptr;
  }
  return v;
}

const json* ObjectReader::any(std::string_view key, bool required) {
  return find(key, required);
}

void ObjectReader::only_keys(std::initializer_list<std::string_view> allowed) {
  if (!object_) return;
  for (const auto& [key, value] : object_->items()) {
    // Distances only for unknown keys: computing them for every key was half of start-up.
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string_view closest;
    std::size_t best = 3;  // suggest only near misses, as a spelling slip would be
    for (auto a : allowed) {
      if (const auto d = edit_distance(a, key); d < best) {
        best = d;
        closest = a;
      }
    }
    problems_.add(child_pointer(key), closest.empty() ? std::string(msg(lang(), Msg::kJsonUnknownKey))
                                                      : msg(lang(), Msg::kJsonUnknownKeyDidYouMean,
                                                            fmt::arg("suggestion", closest)));
  }
}

}  // namespace advisor
