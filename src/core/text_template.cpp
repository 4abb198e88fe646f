#include "acct_advisor/text_template.hpp"

#include <algorithm>
#include <optional>
#include <span>

#include "acct_advisor/messages.hpp"
#include "acct_advisor/number_words.hpp"
#include "acct_advisor/rule_set.hpp"

namespace advisor {

namespace {

constexpr std::string_view kTrade = "行业";

// The counts a placeholder may name, in the order count_value() reads them: the first fields of
// kTemplateFields (the one list of placeholders), the facts after them being words, not counts.
constexpr auto kCounts = std::span(kTemplateFields).first<10>();
static_assert(kCounts.front() == "users" && kCounts.back() == "target_days",
              "count_value() reads the counts in kTemplateFields' order");

std::int64_t count_value(std::uint8_t count, const Profile& profile, const Sizing& sizing) {
  switch (count) {
    case 0:
      return profile.users;
    case 1:
      return sizing.wecom_accounts;
    case 2:
      return sizing.personal_accounts;
    case 3:
      return sizing.personal_accounts_max;
    case 4:
      return sizing.entities;
    case 5:
      return sizing.wecom_entities_needed;
    case 6:
      return sizing.live_codes;
    case 7:
      return sizing.wecom_days;
    case 8:
      return sizing.personal_days;
    default:
      return sizing.target_days;
  }
}

std::optional<std::uint8_t> count_of(std::string_view name) {
  const auto at = std::find(kCounts.begin(), kCounts.end(), name);
  if (at == kCounts.end()) return std::nullopt;
  return static_cast<std::uint8_t>(at - kCounts.begin());
}

}  // namespace

TextTemplate::TextTemplate(std::string_view text, Lang lang) : lang_(lang) {
  const bool zh = lang == Lang::kZh;
  auto literal = [this](std::string_view run) {
    if (!run.empty()) pieces_.push_back({Slot::kLiteral, 0, false, false, run, {}, {}});
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto open = text.find('{', pos);
    const auto close = open == std::string_view::npos ? std::string_view::npos : text.find('}', open);
    if (close == std::string_view::npos) {
      literal(text.substr(pos));
      break;
    }
    literal(text.substr(pos, open - pos));
    std::string_view name = text.substr(open + 1, close - open - 1);
    Piece piece;
    if (const auto bar = name.find('|'); bar != std::string_view::npos) {
      const std::string_view nouns = name.substr(bar + 1);
      const auto bar2 = nouns.find('|');
      piece.singular = nouns.substr(0, bar2);
      piece.plural = bar2 == std::string_view::npos ? nouns : nouns.substr(bar2 + 1);
      name = name.substr(0, bar);
    }
    if (const auto count = count_of(name)) {
      piece.slot = Slot::kCount;
      piece.count = *count;
      if (zh) piece.singular = piece.plural = {};  // Chinese counts take no noun
    } else if (name == "industry") {
      piece.slot = Slot::kIndustry;
      piece.trade_follows = zh && text.compare(close + 1, kTrade.size(), kTrade) == 0;
      piece.at_start = open == 0;
    } else if (name == "wecom_days_bound") {
      piece.slot = Slot::kWecomDaysBound;
    } else if (name == "personal_days_bound") {
      piece.slot = Slot::kPersonalDaysBound;
    } else if (name == "barrier") {
      piece.slot = Slot::kBarrier;
    } else if (name == "adding") {
      piece.slot = Slot::kAdding;
    } else {
      literal(text.substr(open, close - open + 1));  // validated at load time; keep as written
      pos = close + 1;
      continue;
    }
    if (piece.slot != Slot::kCount) piece.singular = piece.plural = {};
    pieces_.push_back(piece);
    pos = close + 1;
  }
}

void TextTemplate::append_to(std::string& out, const Profile& profile, const Sizing& sizing,
                             const Industry* industry) const {
  AppendBuffer buffer(out);
  append_to(buffer, profile, sizing, industry);
}

void TextTemplate::append_to(AppendBuffer& out, const Profile& profile, const Sizing& sizing,
                             const Industry* industry) const {
  bool skip_trade = false;  // the industry's name is itself a trade: drop the 行业 after it
  for (const Piece& p : pieces_) {
    switch (p.slot) {
      case Slot::kLiteral:
        // After a trade's name the run starts with 行业 (the parser saw it there): drop it.
        out.put(skip_trade && p.text.starts_with(kTrade) ? p.text.substr(kTrade.size()) : p.text);
        break;
      case Slot::kCount: {
        const std::int64_t n = count_value(p.count, profile, sizing);
        out.advance(write_count(out.room(kCountChars), n, lang_));
        if (!p.singular.empty()) {
          out.put(' ');
          out.put(n == 1 ? p.singular : p.plural);
        }
        break;
      }
      case Slot::kIndustry:
        // Chinese templates write {industry}行业 where it reads naturally (保险行业); a name that
        // is itself a trade (美业) or no name at all (该行业) takes no second 行业.
        if (!industry) {
          out.put(msg(lang_, p.trade_follows ? Msg::kTemplateNoIndustryBeforeTrade
                             : p.at_start    ? Msg::kTemplateNoIndustryStart
                                             : Msg::kTemplateNoIndustry));
        } else {
          const std::string& shown_name = industry->name.in(lang_);
          out.put(shown_name);
          skip_trade = p.trade_follows && shown_name.ends_with("业");
          continue;
        }
        break;
      case Slot::kWecomDaysBound:
      case Slot::kPersonalDaysBound: {
        // "at least " where the days rest on a ceiling, "about " where on an approximation.
        const Estimate e =
            p.slot == Slot::kWecomDaysBound ? sizing.wecom_days_estimate : sizing.personal_days_estimate;
        if (e == Estimate::kAtLeast) out.put(msg(lang_, Msg::kAtLeast));
        if (e == Estimate::kAbout) out.put(msg(lang_, Msg::kAbout));
        break;
      }
      case Slot::kBarrier:
        out.put(msg(lang_,
                    profile.barrier == Barrier::kLow ? Msg::kIndustryBarrierLow : Msg::kIndustryBarrierHigh));
        break;
      case Slot::kAdding:
        out.put(msg(lang_, profile.adding == Adding::kActive ? Msg::kAddingActive : Msg::kAddingPassive));
        break;
    }
    skip_trade = false;
  }
}

std::string render_template(const std::string& text, const Profile& profile, const Sizing& sizing, Lang lang,
                            const Industry* industry) {
  std::string out;
  out.reserve(text.size() + 32);
  TextTemplate(text, lang).append_to(out, profile, sizing, industry);
  return out;
}

}  // namespace advisor
