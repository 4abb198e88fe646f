#pragma once
// The two account types the tool chooses between.

#include <array>
#include <optional>
#include <string_view>

#include "acct_advisor/lang.hpp"

namespace advisor {

enum class Account { kWecom, kPersonal };

inline constexpr std::array<Account, 2> kAccounts = {Account::kWecom, Account::kPersonal};

/// "wecom" / "personal": the ids used in data files, JSON output and flags.
std::string_view account_id(Account account);
std::optional<Account> parse_account(std::string_view id);
/// "WeCom" / "personal WeChat" / "企业微信": for use mid-sentence.
std::string_view account_name(Account account, Lang lang);
/// "WeCom" / "Personal WeChat": for headings and table headers.
std::string_view account_title(Account account, Lang lang);
inline Account other(Account account) {
  return account == Account::kWecom ? Account::kPersonal : Account::kWecom;
}

}  // namespace advisor
