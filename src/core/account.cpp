#include "acct_advisor/account.hpp"

namespace advisor {

std::string_view account_id(Account account) {
  return account == Account::kWecom ? "wecom" : "personal";
}

std::optional<Account> parse_account(std::string_view id) {
  if (id == "wecom") return Account::kWecom;
  if (id == "personal") return Account::kPersonal;
  return std::nullopt;
}

std::string_view account_name(Account account, Lang lang) {
  if (lang == Lang::kZh) return account == Account::kWecom ? "企业微信" : "个人微信";
  return account == Account::kWecom ? "WeCom" : "personal WeChat";
}

std::string_view account_title(Account account, Lang lang) {
  if (lang == Lang::kEn && account == Account::kPersonal) return "Personal WeChat";
  return account_name(account, lang);
}

}  // namespace advisor
