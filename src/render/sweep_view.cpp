#include "acct_advisor/render/sweep_view.hpp"

#include <fmt/format.h>

#include "acct_advisor/csv.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/number_words.hpp"
#include "acct_advisor/render/text_layout.hpp"

namespace advisor {

using json = nlohmann::ordered_json;

std::string render_sweep_text(const Sweep& sweep, Lang lang, std::size_t width, const TableStyle& style) {
  auto m = [lang](Msg id) { return std::string(msg(lang, id)); };
  TextTable t({m(Msg::kSweepColCustomers), m(Msg::kSweepColRecommendation), m(Msg::kSweepColWecomScore),
               m(Msg::kSweepColPersonalScore)});
  for (const auto& p : sweep.points) {
    t.add_row({format_number(static_cast<double>(p.users)),
               std::string(account_title(p.recommendation, lang)), std::to_string(p.scores.wecom),
               std::to_string(p.scores.personal)});
  }
  std::string out = t.render(width, style);
  out += "\n" + m(Msg::kSweepFlipsHeading) + "\n";
  if (sweep.flips.empty()) out += "  " + m(Msg::kSweepNoFlips) + "\n";
  for (const auto& f : sweep.flips) {
    out += "  " +
           msg(lang, Msg::kSweepFlip, fmt::arg("users", Count{f.users, lang}),
               fmt::arg("from", account_title(f.from, lang)), fmt::arg("to", account_title(f.to, lang))) +
           "\n";
  }
  return out;
}

std::string render_sweep_csv(const Sweep& sweep) {
  std::string out = csv_record({"users", "recommendation", "wecom_score", "personal_score", "flip"});
  std::size_t next_flip = 0;
  for (const auto& p : sweep.points) {
    // Flip rows sit in order among the points, marked, so a spreadsheet plot shows them.
    while (next_flip < sweep.flips.size() && sweep.flips[next_flip].users < p.users) {
      const auto& f = sweep.flips[next_flip++];
      out += csv_record({std::to_string(f.users), std::string(account_id(f.to)), "", "", "yes"});
    }
    out += csv_record({std::to_string(p.users), std::string(account_id(p.recommendation)),
                       std::to_string(p.scores.wecom), std::to_string(p.scores.personal), ""});
  }
  return out;
}

json sweep_to_json(const Sweep& sweep, const Profile& profile) {
  json points = json::array();
  for (const auto& p : sweep.points) {
    points.push_back({{"users", p.users},
                      {"recommendation", account_id(p.recommendation)},
                      {"scores", {{"wecom", p.scores.wecom}, {"personal", p.scores.personal}}}});
  }
  json flips = json::array();
  for (const auto& f : sweep.flips) {
    flips.push_back({{"users", f.users}, {"from", account_id(f.from)}, {"to", account_id(f.to)}});
  }
  json p = {{"industry", profile.industry.empty() ? json(nullptr) : json(profile.industry)},
            {"barrier", barrier_id(profile.barrier)},
            {"regulated", profile.regulated},
            {"adding", adding_id(profile.adding)}};
  return {{"schema_version", 1}, {"profile", p}, {"points", points}, {"flips", flips}};
}

}  // namespace advisor
