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
  items_.push_back(fmt::format("{}: {}: {}", file_, pointer.empty() ? "/" : visible(pointer), message));
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
          problems_.add(at,
                        fmt::format("duplicate key \"{}\": first at line {}, column {}, again at line {}, "
                                    "column {}; give it once",
                                    visible(frame.key), first->second.line, first->second.column, here.line,
                                    here.column));
        } else {
          frame.seen.emplace(frame.key, here);
        }
        check_control(at, frame.key, here, "key");
        break;
      }
      case json::parse_event_t::value: {
        const std::string at = next_pointer();
        if (parsed.is_string())
          check_control(at, parsed.get_ref<const std::string&>(), string_location(), "string");
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

  void check_control(const std::string& at, std::string_view value, LineColumn where, std::string_view what) {
    const auto bad = find_control(value);
    if (bad == std::string_view::npos) return;
    problems_.add(at, fmt::format("control character U+{:04X} in a {} (line {}, column {}); remove it",
                                  static_cast<unsigned char>(value[bad]), what, where.line, where.column));
  }

  std::string_view text_;
  const char* begin_;
  Problems& problems_;
  std::vector<Frame> frames_;
  std::size_t located_offset_ = 0;  // the last offset string_location() found, and where it is
  LineColumn located_;
};

}  // namespace

json parse_json_file(const SourceFile& file, int max_depth) {
  std::string_view text = file.contents;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    throw DataError({fmt::format("{}: file is empty; expected a JSON object", file.display_name)});
  }
  if (const auto at = find_too_deep(text, max_depth); at != std::string_view::npos) {
    const auto lc = locate(text, at);
    throw DataError({fmt::format("{}:{}:{}: nesting deeper than {} levels", file.display_name, lc.line,
                                 lc.column, max_depth)});
  }
  Problems problems(file.display_name);
  StrictnessCheck check(text, text.data(), problems);
  json doc;
  try {
    doc = json::parse(TrackingIterator(text.data(), &check.last_read),
                      TrackingIterator(text.data() + text.size(), &check.last_read), std::ref(check));
  } catch (const json::parse_error& e) {
    const auto lc = locate(text, e.byte == 0 ? 0 : e.byte - 1);
    throw DataError({fmt::format("{}:{}:{}: not valid JSON: {}", file.display_name, lc.line, lc.column,
                                 parse_error_reason(e.what()))});
  } catch (const json::exception& e) {
    // e.g. out_of_range.406 for a number such as 1e400 that no double can hold
    throw DataError({fmt::format("{}: not valid JSON: {}", file.display_name, parse_error_reason(e.what()))});
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

std::string_view json_kind(const json& value) {
  switch (value.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return "an integer";
    case json::value_t::number_float:
      return "a number";
    case json::value_t::string:
      return "a string";
    case json::value_t::array:
      return "an array";
    case json::value_t::object:
      return "an object";
    default:
      return "an unsupported value";
  }
}

ObjectReader::ObjectReader(const json& value, std::string pointer, Problems& problems)
    : object_(value.is_object() ? &value : nullptr), pointer_(std::move(pointer)), problems_(problems) {
  if (!object_) problems_.add(pointer_, fmt::format("expected an object, got {}", json_kind(value)));
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
    if (required) problems_.add(pointer_, fmt::format("missing required key \"{}\"", key));
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> ObjectReader::string(std::string_view key, bool required) {
  const json* v = find(key, required);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    problem(key, fmt::format("expected a string, got {}", json_kind(*v)));
    return std::nullopt;
  }
  if (v->get_ref<const std::string&>().empty()) {
    problem(key, "must not be empty");
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, bool required) {
  const json* v = find(key, required);
  if (!v) return std::nullopt;
  if (v->is_number_integer()) return v->get<std::int64_t>();
  if (v->is_number_unsigned()) {
    problem(key, "integer is out of range");
    return std::nullopt;
  }
  problem(key, fmt::format("expected an integer, got {}", json_kind(*v)));
  return std::nullopt;
}

std::optional<double> ObjectReader::number(std::string_view key, bool required) {
  const json* v = find(key, required);
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    problem(key, fmt::format("expected a number, got {}", json_kind(*v)));
    return std::nullopt;
  }
  const double d = v->get<double>();
  if (!std::isfinite(d)) {
    problem(key, "number is out of range");
    return std::nullopt;
  }
  return d;
}

std::optional<bool> ObjectReader::boolean(std::string_view key, bool required) {
  const json* v = find(key, required);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    problem(key, fmt::format("expected true or false, got {}", json_kind(*v)));
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
      problems_.add(
          pointer_join(child_pointer(key), i),
          item.is_string() ? "must not be empty" : fmt::format("expected a string, got {}", json_kind(item)));
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
    problem(key, fmt::format("expected an object, got {}", json_kind(*v)));
    return nullptr;
  }
  return v;
}

const json* ObjectReader::array(std::string_view key, bool required) {
  const json* v = find(key, required);
  if (v && !v->is_array()) {
    problem(key, fmt::format("expected an array, got {}", json_kind(*v)));
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
    problems_.add(child_pointer(key), closest.empty()
                                          ? std::string("unknown key")
                                          : fmt::format("unknown key; did you mean \"{}\"?", closest));
  }
}

}  // namespace advisor
