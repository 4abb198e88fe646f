#include "acct_advisor/feature_table_view.hpp"

#include <cmath>

#include <fmt/format.h>

#include "acct_advisor/csv.hpp"
#include "acct_advisor/edit_distance.hpp"
#include "acct_advisor/error.hpp"
#include "acct_advisor/text_layout.hpp"

namespace advisor {

using json = nlohmann::ordered_json;

namespace {

struct Labels {
  const char* no;
  const char* feature;
  const char* favours;
  const char* neither;
  const char* source;
  const char* published;
  const char* checked;
  const char* dimensions;
  const char* wecom;
  const char* personal;
};

const Labels& labels(Lang lang) {
  static const Labels zh = {"序号", "功能", "更适合", "-",        "来源",
                            "发布", "核对", "维度",   "企业微信", "个人微信"};
  static const Labels en = {"No",        "Feature", "Favours",    "-",     "Source",
                            "Published", "Checked", "Dimensions", "WeCom", "Personal WeChat"};
  return lang == Lang::kZh ? zh : en;
}

// Short, so the column stays narrow and the descriptions get the room.
std::string favours_label(Favours favours, Lang lang) {
  const bool zh = lang == Lang::kZh;
  switch (favours) {
    case Favours::kWecom:
      return zh ? "企微" : "WeCom";
    case Favours::kPersonal:
      return zh ? "个微" : "Personal";
    case Favours::kNeither:
      break;
  }
  return labels(lang).neither;
}

std::string source_label(const Feature& f) {
  std::string out = f.source.kind;
  for (const auto& url : f.source.urls) out += " " + url;
  return out;
}

// The published date as the data writes it, or "undated".
std::string published_iso(const AsOf& as_of) {
  return as_of.published ? as_of.published->iso() : "undated";
}

std::string dimension_list(const FeatureTable& table, const Feature& f, Lang lang) {
  std::string out;
  for (const auto& id : f.dimensions) {
    if (!out.empty()) out += lang == Lang::kZh ? "、" : ", ";
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

std::string render_text(const FeatureTable& table, const std::vector<const Feature*>& rows,
                        const TableOptions& o) {
  const Labels& l = labels(o.lang);
  TextTable t({l.no, l.feature, l.wecom, l.personal, l.favours});
  for (const Feature* f : rows) {
    t.add_row({std::to_string(f->no), f->name.in(o.lang), f->wecom.text.in(o.lang),
               f->personal.text.in(o.lang), favours_label(f->favours, o.lang)});
  }
  (void)table;
  return t.render(o.width, TableStyle{o.color});
}

std::string render_markdown(const FeatureTable& table, const std::vector<const Feature*>& rows, Lang lang) {
  const Labels& l = labels(lang);
  std::string out = fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", l.no, l.feature, l.wecom,
                                l.personal, l.favours, l.dimensions, l.source, l.published, l.checked);
  out += "|---:|---|---|---|---|---|---|---|---|\n";
  for (const Feature* f : rows) {
    out += fmt::format(
        "| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", f->no, markdown_cell(f->name.in(lang)),
        markdown_cell(f->wecom.text.in(lang)), markdown_cell(f->personal.text.in(lang)),
        markdown_cell(favours_label(f->favours, lang)), markdown_cell(dimension_list(table, *f, lang)),
        markdown_cell(source_label(*f)), published_iso(f->as_of), f->as_of.checked.iso());
  }
  return out;
}

std::string render_csv(const std::vector<const Feature*>& rows, Lang lang) {
  std::string out = csv_record({"no", "id", "name", "wecom", "personal", "favours", "dimensions",
                                "source_kind", "source_ref", "source_urls", "published", "checked", "note"});
  for (const Feature* f : rows) {
    std::string dims, urls;
    for (const auto& d : f->dimensions) dims += (dims.empty() ? "" : ";") + d;
    for (const auto& u : f->source.urls) urls += (urls.empty() ? "" : " ") + u;
    out += csv_record({std::to_string(f->no), f->id, f->name.in(lang), f->wecom.text.in(lang),
                       f->personal.text.in(lang), std::string(favours_id(f->favours)), dims, f->source.kind,
                       f->source.ref, urls, published_iso(f->as_of), f->as_of.checked.iso(),
                       f->note ? f->note->in(lang) : ""});
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

std::string format_number(double value) {
  if (std::floor(value) != value || std::fabs(value) >= 1e15) return fmt::format("{:g}", value);
  const auto n = static_cast<long long>(value);
  const std::string digits = std::to_string(n < 0 ? -n : n);
  // Built front to back: GCC 12 warns falsely (-Wrestrict) on string::insert here.
  std::string out = n < 0 ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

json feature_to_json(const Feature& f) {
  json out = {{"no", f.no},
              {"id", f.id},
              {"name", text_json(f.name)},
              {"dimensions", f.dimensions},
              {"favours", favours_id(f.favours)},
              {"wecom", side_json(f.wecom)},
              {"personal", side_json(f.personal)},
              {"source", {{"kind", f.source.kind}, {"ref", f.source.ref}, {"urls", f.source.urls}}},
              {"as_of", {{"published", published_iso(f.as_of)}, {"checked", f.as_of.checked.iso()}}}};
  if (f.note) out["note"] = text_json(*f.note);
  return out;
}

std::vector<const Feature*> select_features(const FeatureTable& table, const TableOptions& options) {
  if (options.dimension && !table.find_dimension(*options.dimension)) {
    std::string known, closest;
    std::size_t best = 3;
    for (const auto& d : table.dimensions()) {
      known += (known.empty() ? "" : ", ") + d.id;
      if (auto dist = edit_distance(d.id, *options.dimension); dist < best) best = dist, closest = d.id;
    }
    throw UsageError(fmt::format("--dimension: unknown dimension '{}'; {}known: {}", *options.dimension,
                                 closest.empty() ? "" : fmt::format("did you mean '{}'? ", closest), known));
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
      return render_text(table, rows, options);
    case TableFormat::kMarkdown:
      return render_markdown(table, rows, options.lang);
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
