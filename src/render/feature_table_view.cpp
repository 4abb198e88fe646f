#include "acct_advisor/render/feature_table_view.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "acct_advisor/csv.hpp"
#include "acct_advisor/edit_distance.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/input_error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/render/text_layout.hpp"

namespace advisor {

using json = nlohmann::ordered_json;

namespace {

struct Labels {
  std::string no;
  std::string feature;
  std::string favours;
  std::string neither;
  std::string source;
  std::string published;
  std::string checked;
  std::string dimensions;
  std::string wecom;
  std::string personal;
  std::string note;
  std::string reference;
  std::string dates;
};

Labels make_labels(Lang lang) {
  auto m = [lang](Msg id) { return std::string(msg(lang, id)); };
  return {m(Msg::kColNo),      m(Msg::kColFeature),    m(Msg::kColFavours), "-",
          m(Msg::kColSource),  m(Msg::kColPublished),  m(Msg::kColChecked), m(Msg::kColDimensions),
          m(Msg::kWecomTitle), m(Msg::kPersonalTitle), m(Msg::kColNote),    m(Msg::kColReference),
          m(Msg::kColDates)};
}

const Labels& labels(Lang lang) {
  static const Labels zh = make_labels(Lang::kZh), en = make_labels(Lang::kEn);
  return lang == Lang::kZh ? zh : en;
}

}  // namespace

// The parts a source kind can name, in the order they are listed.
constexpr std::string_view kSourceParts[] = {"lecture", "public", "assumption"};

std::string source_part_label(std::string_view part, Lang lang) {
  if (part == "lecture") return std::string(msg(lang, Msg::kSourceLecture));
  if (part == "public") return std::string(msg(lang, Msg::kSourcePublic));
  return std::string(msg(lang, Msg::kSourceAssumptions));
}

// "lecture + public pages" / "讲座、公开资料": a row's source kind as --sources shows it.
std::string source_kind_label(const FeatureSource& source, Lang lang) {
  std::string out;
  for (auto part : kSourceParts) {
    if (!source.has(part)) continue;
    if (!out.empty()) out += msg(lang, Msg::kSourceKindSeparator);
    out += msg(lang, part == "lecture"  ? Msg::kSourceKindLecture
                     : part == "public" ? Msg::kSourceKindPublic
                                        : Msg::kSourceKindAssumption);
  }
  return out.empty() ? source.kind : out;
}

std::string published_text(const AsOf& as_of, Lang lang) {
  if (as_of.published) return date_text(*as_of.published, lang);
  return std::string(msg(lang, Msg::kUndated));
}

namespace {

// "第4、5、6项" / "rows 4, 5, 6" / "row 4".
std::string row_numbers(const std::vector<int>& rows, Lang lang) {
  std::string list;
  for (int n : rows)
    list += (list.empty() ? "" : std::string(msg(lang, Msg::kListSeparator))) + std::to_string(n);
  return msg(lang, rows.size() == 1 ? Msg::kRowRefOne : Msg::kRowRefMany, fmt::arg("rows", list));
}

// Row numbers while they are few, else a count: "第4、5项" / "15项", "rows 4, 5" / "15 rows".
constexpr std::size_t kMostRowsListed = 6;
std::string rows_or_count(const std::vector<int>& rows, Lang lang) {
  if (rows.size() <= kMostRowsListed) return row_numbers(rows, lang);
  return msg(lang, Msg::kRowCount, fmt::arg("n", Count{static_cast<std::int64_t>(rows.size()), lang}));
}

// All the rows while they are few, else the first three and how many there are:
// "第1、2、4项等15项" / "rows 1, 2, 4 and 12 more".
constexpr std::size_t kFirstRowsShown = 3;
std::string first_rows(const std::vector<int>& rows, Lang lang) {
  if (rows.size() <= kMostRowsListed) return row_numbers(rows, lang);
  const std::vector<int> first(rows.begin(), rows.begin() + kFirstRowsShown);
  return msg(lang, Msg::kFirstRows, fmt::arg("rows", row_numbers(first, lang)),
             fmt::arg("total", rows.size()));
}

}  // namespace

// Short, so the column stays narrow and the descriptions get the room.
std::string favours_label(Favours favours, Lang lang) {
  switch (favours) {
    case Favours::kWecom:
      return std::string(msg(lang, Msg::kFavoursWecom));
    case Favours::kPersonal:
      return std::string(msg(lang, Msg::kFavoursPersonal));
    case Favours::kNeither:
      break;
  }
  return labels(lang).neither;
}

namespace {

std::string source_label(const Feature& f, Lang lang) {
  std::string out = source_kind_label(f.source, lang);
  for (const auto& url : f.source.urls) out += " " + url;
  return out;
}

std::string dimension_list(const FeatureTable& table, const Feature& f, Lang lang) {
  std::string out;
  for (const auto& id : f.dimensions) {
    if (!out.empty()) out += msg(lang, Msg::kListSeparator);
    const Dimension* d = table.find_dimension(id);
    out += d ? d->name.in(lang) : id;
  }
  return out;
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n')
      out += "<br>";
    else
      out += c;
  }
  return out;
}

std::vector<int> row_numbers_of(const std::vector<const Feature*>& rows) {
  std::vector<int> out;
  out.reserve(rows.size());
  for (const Feature* f : rows) out.push_back(f->no);
  return out;
}

// The provenance line under a text table, wrapped to the width, after a blank line.
std::string provenance_block(const FeatureTable& table, const std::vector<const Feature*>& rows, Lang lang,
                             std::size_t width) {
  if (rows.empty()) return "";
  std::string out = "\n";
  for (const auto& line : wrap(provenance_line(table, row_numbers_of(rows), lang), width)) out += line + "\n";
  return out;
}

std::string markdown_provenance(const FeatureTable& table, const std::vector<const Feature*>& rows,
                                Lang lang) {
  if (rows.empty()) return "";
  return "\n" + markdown_cell(provenance_line(table, row_numbers_of(rows), lang)) + "\n";
}

std::string render_text(const FeatureTable& table, const std::vector<const Feature*>& rows,
                        const TableOptions& o) {
  const Labels& l = labels(o.lang);
  TextTable t({l.no, l.feature, l.wecom, l.personal, l.favours});
  for (const Feature* f : rows) {
    t.add_row({std::to_string(f->no), f->name.in(o.lang), f->wecom.text.in(o.lang),
               f->personal.text.in(o.lang), favours_label(f->favours, o.lang)});
  }
  return t.render(o.width, TableStyle{o.color, o.box_drawing}) +
         provenance_block(table, rows, o.lang, o.width);
}

// `table --sources` for a terminal: one block per row, labels on the left, text wrapped to the
// width under them.
std::string render_sources_text(const FeatureTable& table, const std::vector<const Feature*>& rows,
                                const TableOptions& o) {
  const Labels& l = labels(o.lang);
  std::string out;
  append_wrapped(out, "", std::string(msg(o.lang, Msg::kSourcesIntro)), o.width);
  std::size_t label_width = 0;
  for (std::string_view label : {l.source, l.dates, l.note, l.reference})
    label_width = std::max(label_width, display_width(label));
  auto field = [&](std::string_view label, std::string_view text) {
    append_wrapped(out, "    " + pad_right(label, label_width) + "  ", text, o.width);
  };
  for (const Feature* f : rows) {
    out += "\n";
    append_wrapped(out, fmt::format("{:>2}. ", f->no), f->name.in(o.lang), o.width);
    field(l.source, source_kind_label(f->source, o.lang));
    const std::string checked = date_text(f->as_of.checked, o.lang);
    const std::string dates =
        f->as_of.published
            ? msg(o.lang, Msg::kSourcesDates, fmt::arg("published", published_text(f->as_of, o.lang)),
                  fmt::arg("checked", checked))
            : msg(o.lang, Msg::kSourcesDatesUndated, fmt::arg("checked", checked));
    field(l.dates, dates);
    if (f->note) field(l.note, f->note->in(o.lang));
    std::string reference = f->source.ref.in(o.lang);
    for (const auto& url : f->source.urls) reference += "\n" + url;
    field(l.reference, reference);
  }
  return out + provenance_block(table, rows, o.lang, o.width);
}

std::string render_sources_markdown(const FeatureTable& table, const std::vector<const Feature*>& rows,
                                    Lang lang) {
  const Labels& l = labels(lang);
  std::string out = fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", l.no, l.feature, l.source,
                                l.published, l.checked, l.note, l.reference);
  out += "|---:|---|---|---|---|---|---|\n";
  for (const Feature* f : rows) {
    std::string reference = markdown_cell(f->source.ref.in(lang));
    for (const auto& url : f->source.urls) reference += "<br><" + url + ">";
    out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", f->no, markdown_cell(f->name.in(lang)),
                       markdown_cell(source_kind_label(f->source, lang)), published_text(f->as_of, lang),
                       date_text(f->as_of.checked, lang), f->note ? markdown_cell(f->note->in(lang)) : "",
                       reference);
  }
  return out + markdown_provenance(table, rows, lang);
}

std::string render_markdown(const FeatureTable& table, const std::vector<const Feature*>& rows, Lang lang) {
  const Labels& l = labels(lang);
  std::string out = fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", l.no, l.feature, l.wecom,
                                l.personal, l.favours, l.dimensions, l.source, l.published, l.checked);
  out += "|---:|---|---|---|---|---|---|---|---|\n";
  for (const Feature* f : rows) {
    out +=
        fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", f->no,
                    markdown_cell(f->name.in(lang)), markdown_cell(f->wecom.text.in(lang)),
                    markdown_cell(f->personal.text.in(lang)), markdown_cell(favours_label(f->favours, lang)),
                    markdown_cell(dimension_list(table, *f, lang)), markdown_cell(source_label(*f, lang)),
                    published_text(f->as_of, lang), date_text(f->as_of.checked, lang));
  }
  return out + markdown_provenance(table, rows, lang);
}

std::string render_csv(const std::vector<const Feature*>& rows, Lang lang) {
  std::string out = csv_record({"no", "id", "name", "wecom", "personal", "favours", "dimensions",
                                "source_kind", "source_ref", "source_urls", "published", "checked", "note"});
  for (const Feature* f : rows) {
    std::string dims, urls;
    for (const auto& d : f->dimensions) dims += (dims.empty() ? "" : ";") + d;
    for (const auto& u : f->source.urls) urls += (urls.empty() ? "" : " ") + u;
    out +=
        csv_record({std::to_string(f->no), f->id, f->name.in(lang), f->wecom.text.in(lang),
                    f->personal.text.in(lang), std::string(favours_id(f->favours)), dims, f->source.kind,
                    f->source.ref.in(lang), urls, f->as_of.published ? f->as_of.published->iso() : "undated",
                    f->as_of.checked.iso(), f->note ? f->note->in(lang) : ""});
  }
  return out;
}

json text_json(const LocalizedText& t) {
  return {{"zh", t.zh}, {"en", t.en}};
}

json side_json(const FeatureSide& side) {
  json out = {{"text", text_json(side.text)}};
  if (!side.quantities.empty()) {
    json qs = json::object();
    for (const auto& q : side.quantities) {
      json value = q.value ? json(*q.value) : json("unlimited");
      // Whole numbers print as integers so consumers see 20000, not 20000.0.
      if (q.value && std::floor(*q.value) == *q.value && std::fabs(*q.value) < 1e15) {
        value = static_cast<std::int64_t>(*q.value);
      }
      qs[q.name] = {{"value", value}, {"unit", q.unit}, {"bound", bound_id(q.bound)}};
    }
    out["quantities"] = qs;
  }
  return out;
}

}  // namespace

std::string date_text(const SourceDate& date, Lang lang) {
  const auto year = fmt::arg("year", date.year), month = fmt::arg("month", date.month),
             day = fmt::arg("day", date.day);
  if (date.month == 0) return msg(lang, Msg::kDateYear, year);
  if (date.day == 0) return msg(lang, Msg::kDateMonth, year, month);
  return msg(lang, Msg::kDateDay, year, month, day);
}

std::string provenance_line(const FeatureTable& table, const std::vector<int>& rows, Lang lang) {
  std::vector<const Feature*> features;
  for (const auto& f : table.features()) {
    if (rows.empty() || std::find(rows.begin(), rows.end(), f.no) != rows.end()) features.push_back(&f);
  }
  if (features.empty()) return "";

  std::string sources;
  for (auto part : kSourceParts) {
    std::vector<int> with;
    for (const Feature* f : features)
      if (f->source.has(part)) with.push_back(f->no);
    if (with.empty()) continue;
    if (!sources.empty()) sources += msg(lang, Msg::kListSeparator);
    sources += msg(lang, Msg::kProvenanceSourcePart, fmt::arg("part", source_part_label(part, lang)),
                   fmt::arg("rows", rows_or_count(with, lang)));
  }

  // Oldest published date: the earliest day it can mean, so 2022 comes before 2022-05.
  std::optional<SourceDate> oldest;
  std::vector<int> undated;
  bool all_same = true;
  for (const Feature* f : features) {
    if (!f->as_of.published) {
      undated.push_back(f->no);
      continue;
    }
    const SourceDate& d = *f->as_of.published;
    if (oldest && !(d == *oldest)) all_same = false;
    if (!oldest || d.first_day() < oldest->first_day()) oldest = d;
  }
  std::vector<int> oldest_rows;
  for (const Feature* f : features)
    if (f->as_of.published && oldest && *f->as_of.published == *oldest) oldest_rows.push_back(f->no);

  SourceDate first_check = features.front()->as_of.checked, last_check = first_check;
  for (const Feature* f : features) {
    if (f->as_of.checked.first_day() < first_check.first_day()) first_check = f->as_of.checked;
    if (f->as_of.checked.last_day() > last_check.last_day()) last_check = f->as_of.checked;
  }
  const bool one_check = first_check == last_check;

  std::string age;
  if (oldest) {
    age = all_same ? msg(lang, Msg::kProvenanceAllFrom, fmt::arg("date", date_text(*oldest, lang)))
                   : msg(lang, Msg::kProvenanceOldest, fmt::arg("date", date_text(*oldest, lang)),
                         fmt::arg("rows", first_rows(oldest_rows, lang)));
    if (!undated.empty())
      age += msg(lang, Msg::kProvenanceUndatedRows, fmt::arg("rows", rows_or_count(undated, lang)));
  } else {
    age = msg(lang, Msg::kProvenanceNoDates);
  }
  const std::string checked =
      one_check ? msg(lang, Msg::kProvenanceLastChecked, fmt::arg("date", date_text(last_check, lang)))
                : msg(lang, Msg::kProvenanceCheckedRange, fmt::arg("from", date_text(first_check, lang)),
                      fmt::arg("to", date_text(last_check, lang)));
  return msg(lang, Msg::kProvenanceLine, fmt::arg("sources", sources), fmt::arg("age", age),
             fmt::arg("checked", checked));
}

std::string data_version_lines(const FeatureTable& table, Lang lang) {
  std::optional<SourceDate> oldest, newest;
  std::vector<int> undated;
  std::optional<SourceDate> last_check;
  for (const auto& f : table.features()) {
    if (!last_check || f.as_of.checked.last_day() > last_check->last_day()) last_check = f.as_of.checked;
    if (!f.as_of.published) {
      undated.push_back(f.no);
      continue;
    }
    const SourceDate& d = *f.as_of.published;
    if (!oldest || d.first_day() < oldest->first_day()) oldest = d;
    if (!newest || d.last_day() > newest->last_day()) newest = d;
  }
  std::string out = msg(lang, Msg::kVersionData, fmt::arg("version", table.data_version()),
                        fmt::arg("rows", table.features().size())) +
                    "\n";
  std::string published = oldest ? msg(lang, Msg::kVersionPublished, fmt::arg("from", oldest->iso()),
                                       fmt::arg("to", newest->iso()))
                                 : std::string(msg(lang, Msg::kVersionNoDates));
  if (oldest && !undated.empty())
    published += msg(lang, Msg::kVersionUndated, fmt::arg("rows", rows_or_count(undated, lang)));
  out += published + "\n";
  if (last_check) out += msg(lang, Msg::kVersionLastChecked, fmt::arg("date", last_check->iso())) + "\n";
  return out;
}

json feature_to_json(const Feature& f) {
  json out = {
      {"no", f.no},
      {"id", f.id},
      {"name", text_json(f.name)},
      {"dimensions", f.dimensions},
      {"favours", favours_id(f.favours)},
      {"wecom", side_json(f.wecom)},
      {"personal", side_json(f.personal)},
      {"source", {{"kind", f.source.kind}, {"ref", text_json(f.source.ref)}, {"urls", f.source.urls}}},
      {"as_of",
       {{"published", f.as_of.published ? f.as_of.published->iso() : "undated"},
        {"checked", f.as_of.checked.iso()}}}};
  if (f.note) out["note"] = text_json(*f.note);
  return out;
}

std::vector<const Feature*> select_features(const FeatureTable& table, const TableOptions& options) {
  if (options.dimension && !table.find_dimension(*options.dimension)) {
    std::vector<std::string> known;
    std::string closest;
    std::size_t best = 3;
    for (const auto& d : table.dimensions()) {
      known.push_back(d.id);
      if (auto dist = edit_distance(d.id, *options.dimension); dist < best) best = dist, closest = d.id;
    }
    throw UnknownDimensionError(*options.dimension, closest, std::move(known));
  }
  std::vector<const Feature*> rows;
  for (const auto& f : table.features()) {
    if (options.differences_only && f.favours == Favours::kNeither) continue;
    if (options.dimension &&
        std::find(f.dimensions.begin(), f.dimensions.end(), *options.dimension) == f.dimensions.end()) {
      continue;
    }
    rows.push_back(&f);
  }
  return rows;
}

std::string render_feature_table(const FeatureTable& table, const TableOptions& options) {
  const auto rows = select_features(table, options);
  switch (options.format) {
    case TableFormat::kText:
      return options.sources ? render_sources_text(table, rows, options) : render_text(table, rows, options);
    case TableFormat::kMarkdown:
      return options.sources ? render_sources_markdown(table, rows, options.lang)
                             : render_markdown(table, rows, options.lang);
    case TableFormat::kCsv:
      return render_csv(rows, options.lang);
    case TableFormat::kJson: {
      json features = json::array();
      for (const Feature* f : rows) features.push_back(feature_to_json(*f));
      return json{{"schema_version", kFeaturesSchemaVersion},
                  {"data_version", table.data_version()},
                  {"features", features}}
                 .dump(2) +
             "\n";
    }
  }
  return "";
}

}  // namespace advisor
