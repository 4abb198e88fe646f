#include "acct_advisor/feature_table.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "acct_advisor/data_file.hpp"
#include "acct_advisor/error.hpp"

namespace advisor {

using nlohmann::json;

std::string_view favours_id(Favours favours) {
  switch (favours) {
    case Favours::kWecom:
      return "wecom";
    case Favours::kPersonal:
      return "personal";
    case Favours::kNeither:
      return "neither";
  }
  return "neither";
}

std::optional<Bound> parse_bound(std::string_view id) {
  if (id == "exact") return Bound::kExact;
  if (id == "at_most") return Bound::kAtMost;
  if (id == "about") return Bound::kAbout;
  return std::nullopt;
}

bool FeatureSource::has(std::string_view part) const {
  std::string_view rest = kind;
  while (!rest.empty()) {
    const auto plus = rest.find('+');
    if (rest.substr(0, plus) == part) return true;
    if (plus == std::string_view::npos) break;
    rest.remove_prefix(plus + 1);
  }
  return false;
}

// By hand rather than std::regex: compiling the regex cost more start-up time than the rest of
// loading the table.
std::optional<SourceDate> SourceDate::parse(std::string_view s) {
  auto digits = [&](std::size_t at, std::size_t n) {
    return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(at),
                       s.begin() + static_cast<std::ptrdiff_t>(at + n),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  auto number = [&](std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); };
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
  if (!digits(0, 4)) return std::nullopt;
  SourceDate d;
  d.year = number(0) * 100 + number(2);
  if (d.year < 1) return std::nullopt;  // no year 0000
  if (s.size() == 4) return d;
  if (s[4] != '-' || !digits(5, 2)) return std::nullopt;
  d.month = number(5);
  if (d.month < 1 || d.month > 12) return std::nullopt;
  if (s.size() == 7) return d;
  if (s[7] != '-' || !digits(8, 2)) return std::nullopt;
  d.day = number(8);
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int days = kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
  if (d.day < 1 || d.day > days) return std::nullopt;
  return d;
}

std::string SourceDate::iso() const {
  if (month == 0) return fmt::format("{:04}", year);
  if (day == 0) return fmt::format("{:04}-{:02}", year, month);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

int SourceDate::last_month() const {
  return year * 12 + (month == 0 ? 12 : month) - 1;
}

int SourceDate::first_day() const {
  return year * 10000 + (month == 0 ? 1 : month) * 100 + (day == 0 ? 1 : day);
}

int SourceDate::last_day() const {
  // 31 stands for "the month's last day": only the order of these numbers matters.
  return year * 10000 + (month == 0 ? 12 : month) * 100 + (day == 0 ? 31 : day);
}

int months_between(const SourceDate& date, const SourceDate& today) {
  return today.year * 12 + (today.month == 0 ? 1 : today.month) - 1 - date.last_month();
}

std::string_view bound_id(Bound bound) {
  switch (bound) {
    case Bound::kExact:
      return "exact";
    case Bound::kAtMost:
      return "at_most";
    case Bound::kAbout:
      return "about";
  }
  return "exact";
}

namespace {

constexpr int kMaxDepth = 16;  // the real file nests 6 deep
const char* const kSourceKinds[] = {"lecture",
                                    "public",
                                    "lecture+public",
                                    "public+assumption",
                                    "lecture+public+assumption",
                                    "lecture+assumption",
                                    "assumption"};

// YYYY.MM, or YYYY.MM.N for a second release in one month.
bool is_data_version(std::string_view s) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (s.size() < 7 || s[4] != '.' || !std::all_of(s.begin(), s.begin() + 4, digit) || !digit(s[5]) ||
      !digit(s[6])) {
    return false;
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  if (month < 1 || month > 12) return false;
  if (s.size() == 7) return true;
  return s.size() > 8 && s[7] == '.' && std::all_of(s.begin() + 8, s.end(), digit) && s.size() <= 12;
}

bool is_identifier(std::string_view s) {
  if (s.empty() || s[0] < 'a' || s[0] > 'z') return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

std::optional<Quantity> parse_quantity(const std::string& name, const json& value, const std::string& pointer,
                                       Problems& problems) {
  ObjectReader q(value, pointer, problems);
  if (!q.ok()) return std::nullopt;
  q.only_keys({"value", "unit", "bound"});
  Quantity out;
  out.name = name;
  if (!is_identifier(name)) problems.add(pointer, msg(q.lang(), Msg::kFeatQuantityName));
  if (const json* v = q.any("value")) {
    if (v->is_string() && v->get<std::string>() == "unlimited") {
      out.value = std::nullopt;
    } else if (v->is_number() && std::isfinite(v->get<double>()) && v->get<double>() >= 0) {
      out.value = v->get<double>();
    } else {
      q.problem("value", msg(q.lang(), Msg::kFeatQuantityValue, fmt::arg("unlimited", "unlimited"),
                             fmt::arg("kind", json_kind(*v, q.lang()))));
      return std::nullopt;
    }
  }
  auto unit = q.string("unit");
  if (!unit) return std::nullopt;
  out.unit = *unit;
  if (auto bound = q.string("bound", false)) {
    if (auto parsed = parse_bound(*bound)) {
      out.bound = *parsed;
    } else {
      q.problem("bound", msg(q.lang(), Msg::kFeatBound,
                             fmt::arg("choices", one_of(q.lang(), {"exact", "at_most", "about"})),
                             fmt::arg("value", *bound)));
      return std::nullopt;
    }
  }
  return out;
}

FeatureSide parse_side(ObjectReader& row, std::string_view key, Problems& problems) {
  FeatureSide side;
  const json* v = row.object(key);
  if (!v) return side;
  ObjectReader r(*v, row.child_pointer(key), problems);
  r.only_keys({"text", "quantities"});
  if (auto text = r.text("text")) side.text = *text;
  if (const json* qs = r.object("quantities", false)) {
    for (const auto& [name, q] : qs->items()) {
      if (auto quantity =
              parse_quantity(name, q, pointer_join(r.child_pointer("quantities"), name), problems)) {
        side.quantities.push_back(std::move(*quantity));
      }
    }
  }
  return side;
}

std::optional<Favours> parse_favours(std::string_view s) {
  if (s == "wecom") return Favours::kWecom;
  if (s == "personal") return Favours::kPersonal;
  if (s == "neither") return Favours::kNeither;
  return std::nullopt;
}

// {"zh": ..., "en": ...} like every other text. One plain string is the older form, which users'
// own --data directories may still hold: it stays valid (both languages get it) rather than
// failing a file that loaded yesterday; the schema marks it deprecated.
LocalizedText parse_ref(ObjectReader& r) {
  const json* v = r.any("ref");
  if (!v) return {};
  if (v->is_string()) {
    auto text = r.string("ref");  // checks it is not empty
    return text ? LocalizedText{*text, *text} : LocalizedText{};
  }
  if (!v->is_object()) {
    r.problem("ref", msg(r.lang(), Msg::kFeatSourceRefKind, fmt::arg("kind", json_kind(*v, r.lang()))));
    return {};
  }
  auto text = r.text("ref");
  return text ? std::move(*text) : LocalizedText{};
}

FeatureSource parse_source(ObjectReader& row, Problems& problems) {
  FeatureSource source;
  const json* v = row.object("source");
  if (!v) return source;
  ObjectReader r(*v, row.child_pointer("source"), problems);
  r.only_keys({"kind", "ref", "urls"});
  if (auto kind = r.string("kind")) {
    if (std::find(std::begin(kSourceKinds), std::end(kSourceKinds), *kind) == std::end(kSourceKinds)) {
      r.problem("kind", msg(r.lang(), Msg::kFeatSourceKind, fmt::arg("value", *kind),
                            fmt::arg("kinds", one_of(r.lang(), {"lecture", "public", "assumption"}, false)),
                            fmt::arg("example", "lecture+public")));
    }
    source.kind = *kind;
  }
  source.ref = parse_ref(r);
  if (auto urls = r.strings("urls", false)) source.urls = *urls;
  return source;
}

// {"published": "YYYY[-MM[-DD]]" | "undated", "checked": "YYYY-MM[-DD]"}: checked names at
// least a month (a check happens on a day), and cannot come before what it checked.
std::optional<AsOf> parse_as_of(ObjectReader& row, Problems& problems) {
  const json* v = row.object("as_of");
  if (!v) return std::nullopt;
  ObjectReader r(*v, row.child_pointer("as_of"), problems);
  r.only_keys({"published", "checked"});
  const auto published = r.string("published");
  const auto checked = r.string("checked");
  AsOf out;
  bool ok = published && checked;
  if (published && *published != "undated") {
    out.published = SourceDate::parse(*published);
    if (!out.published) {
      r.problem("published", msg(r.lang(), Msg::kFeatPublished, fmt::arg("undated", "undated"),
                                 fmt::arg("value", *published)));
      ok = false;
    }
  }
  if (checked) {
    const auto date = SourceDate::parse(*checked);
    if (!date || date->month == 0) {
      r.problem("checked", msg(r.lang(), Msg::kFeatChecked, fmt::arg("value", *checked)));
      ok = false;
    } else {
      out.checked = *date;
    }
  }
  if (ok && out.published && out.checked.last_day() < out.published->first_day()) {
    r.problem("checked",
              msg(r.lang(), Msg::kFeatCheckedBeforePublished, fmt::arg("checked", out.checked.iso()),
                  fmt::arg("published", out.published->iso())));
    ok = false;
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<Feature> parse_feature(const json& value, const std::string& pointer, const FeatureTable& table,
                                     Problems& problems) {
  const std::size_t before = problems.items().size();
  ObjectReader row(value, pointer, problems);
  if (!row.ok()) return std::nullopt;
  row.only_keys(
      {"no", "id", "name", "dimensions", "favours", "wecom", "personal", "source", "as_of", "note"});
  Feature f;
  if (auto no = row.integer("no")) {
    if (*no < 1 || *no > 999) row.problem("no", msg(row.lang(), Msg::kFeatNoRange));
    f.no = static_cast<int>(*no);
  }
  if (auto id = row.string("id")) {
    if (!is_identifier(*id)) row.problem("id", msg(row.lang(), Msg::kFeatIdForm));
    f.id = *id;
  }
  if (auto name = row.text("name")) f.name = *name;
  if (auto dims = row.strings("dimensions")) {
    if (dims->empty()) row.problem("dimensions", msg(row.lang(), Msg::kFeatDimensionsEmpty));
    for (std::size_t i = 0; i < dims->size(); ++i) {
      if (!table.find_dimension((*dims)[i])) {
        problems.add(pointer_join(row.child_pointer("dimensions"), i),
                     msg(row.lang(), Msg::kFeatUnknownDimension, fmt::arg("dimension", (*dims)[i])));
      }
    }
    f.dimensions = *dims;
  }
  if (auto favours = row.string("favours")) {
    if (auto parsed = parse_favours(*favours))
      f.favours = *parsed;
    else
      row.problem("favours", msg(row.lang(), Msg::kFeatFavours,
                                 fmt::arg("choices", one_of(row.lang(), {"wecom", "personal", "neither"})),
                                 fmt::arg("value", *favours)));
  }
  f.wecom = parse_side(row, "wecom", problems);
  f.personal = parse_side(row, "personal", problems);
  f.source = parse_source(row, problems);
  if (auto as_of = parse_as_of(row, problems)) f.as_of = *as_of;
  f.note = row.text("note", false);
  if (problems.items().size() != before) return std::nullopt;
  return f;
}

// Rules and the planner look quantities up by name, so a name must mean one figure per side.
// `index_of[i]` is where features[i] stands in the file: rows that failed to load are not in
// `features`, and a pointer must name the row the user sees.
void check_quantity_names(const std::vector<Feature>& features, const std::vector<std::size_t>& index_of,
                          Problems& problems) {
  for (Account account : kAccounts) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < features.size(); ++i) {
      for (const auto& q : features[i].side(account).quantities) {
        if (!seen.insert(q.name).second) {
          problems.add(fmt::format("/features/{}/{}/quantities/{}", index_of[i], account_id(account), q.name),
                       msg(problems.lang(), Msg::kFeatQuantityTwice, fmt::arg("name", q.name),
                           fmt::arg("side", account_id(account))));
        }
      }
    }
  }
}

}  // namespace

FeatureTable FeatureTable::parse(const json& doc, Problems& problems) {
  FeatureTable table;
  ObjectReader top(doc, "", problems);
  if (!top.ok()) return table;
  top.only_keys({"$schema", "schema_version", "data_version", "dimensions", "features"});
  if (auto version = top.integer("schema_version"); version && *version != kFeaturesSchemaVersion) {
    // Version 1 wrote as_of as one string; version 2 splits it into published and checked.
    top.problem("schema_version",
                msg(top.lang(), Msg::kRulesSchemaVersion, fmt::arg("key", "schema_version"),
                    fmt::arg("version", *version), fmt::arg("supported", kFeaturesSchemaVersion)));
  }
  if (auto version = top.string("data_version")) {
    if (!is_data_version(*version)) {
      top.problem("data_version", msg(top.lang(), Msg::kFeatDataVersion, fmt::arg("value", *version)));
    }
    table.data_version_ = *version;
  }
  if (const json* dims = top.array("dimensions")) {
    for (std::size_t i = 0; i < dims->size(); ++i) {
      ObjectReader d((*dims)[i], pointer_join("/dimensions", i), problems);
      d.only_keys({"id", "name"});
      auto id = d.string("id");
      auto name = d.text("name");
      if (!id || !name) continue;
      if (table.find_dimension(*id))
        d.problem("id", msg(d.lang(), Msg::kFeatDuplicateDimension, fmt::arg("id", *id)));
      table.dimensions_.push_back({*id, *name});
    }
  }
  const json* rows = top.array("features");
  if (!rows) return table;
  if (rows->empty()) top.problem("features", msg(top.lang(), Msg::kFeatNeedsFeature));
  std::vector<std::size_t> index_of;  // position in the file, for pointers in later checks
  for (std::size_t i = 0; i < rows->size(); ++i) {
    const std::string pointer = pointer_join("/features", i);
    auto f = parse_feature((*rows)[i], pointer, table, problems);
    if (!f) continue;
    if (const Feature* other = table.find_no(f->no)) {
      problems.add(pointer + "/no", msg(problems.lang(), Msg::kFeatDuplicateNo, fmt::arg("no", f->no),
                                        fmt::arg("other", other->id)));
    }
    if (table.find_id(f->id))
      problems.add(pointer + "/id", msg(problems.lang(), Msg::kRulesDuplicateId, fmt::arg("id", f->id)));
    table.features_.push_back(std::move(*f));
    index_of.push_back(i);
  }
  check_quantity_names(table.features_, index_of, problems);
  for (Account account : kAccounts) {
    for (auto name : kRequiredQuantities) {
      const auto q = table.quantity(account, name);
      if (!q) {
        problems.add("/features", msg(problems.lang(), Msg::kFeatMissingQuantity,
                                      fmt::arg("side", account_id(account)), fmt::arg("name", name)));
      } else if (!q->quantity->value || *q->quantity->value <= 0) {
        problems.add("/features",
                     msg(problems.lang(), Msg::kFeatQuantityPositive, fmt::arg("side", account_id(account)),
                         fmt::arg("name", name), fmt::arg("no", q->feature->no)));
      }
    }
    for (auto name : kPositiveQuantities) {
      const auto q = table.quantity(account, name);
      if (q && q->quantity->value && *q->quantity->value <= 0) {
        problems.add("/features", msg(problems.lang(), Msg::kFeatQuantityPositiveOrUnlimited,
                                      fmt::arg("side", account_id(account)), fmt::arg("name", name),
                                      fmt::arg("no", q->feature->no), fmt::arg("unlimited", "unlimited")));
      }
    }
  }
  std::stable_sort(table.features_.begin(), table.features_.end(),
                   [](const Feature& a, const Feature& b) { return a.no < b.no; });
  return table;
}

FeatureTable FeatureTable::load(const DataSource& source) {
  return load_data_file(source.read("features.json"), kMaxDepth, source.lang(), &FeatureTable::parse);
}

const Feature* FeatureTable::find_no(int no) const {
  for (const auto& f : features_)
    if (f.no == no) return &f;
  return nullptr;
}

const Feature* FeatureTable::find_id(std::string_view id) const {
  for (const auto& f : features_)
    if (f.id == id) return &f;
  return nullptr;
}

const Dimension* FeatureTable::find_dimension(std::string_view id) const {
  for (const auto& d : dimensions_)
    if (d.id == id) return &d;
  return nullptr;
}

std::optional<QuantityRef> FeatureTable::quantity(Account account, std::string_view name) const {
  for (const auto& f : features_) {
    for (const auto& q : f.side(account).quantities) {
      if (q.name == name) return QuantityRef{&f, &q};
    }
  }
  return std::nullopt;
}

std::vector<AgedRow> rows_older_than(const FeatureTable& table, int max_months, const SourceDate& today) {
  std::vector<AgedRow> out;
  for (const auto& f : table.features()) {
    if (!f.as_of.published) continue;
    const int months = months_between(*f.as_of.published, today);
    if (months > max_months) out.push_back({&f, months});
  }
  return out;
}

QuantityRef FeatureTable::need(Account account, std::string_view name) const {
  auto q = quantity(account, name);
  if (!q || !q->quantity->value) {
    throw DataError({fmt::format("features.json: no finite {} quantity \"{}\"", account_id(account), name)});
  }
  return *q;
}

}  // namespace advisor
