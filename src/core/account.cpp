#include "acct_advisor/account.hpp"

#include "acct_advisor/messages.hpp"

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
  return msg(lang, account == Account::kWecom ? Msg::kWecom : Msg::kPersonal);
}

std::string_view account_title(Account account, Lang lang) {
  return msg(lang, account == Account::kWecom ? Msg::kWecomTitle : Msg::kPersonalTitle);
}

}  // namespace advisor
