#pragma once
// `industries`: the industry catalogue as a terminal table or JSON.

#include <string>

#include "acct_advisor/industry_catalog.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/render/text_layout.hpp"

namespace advisor {

std::string render_industries_text(const IndustryCatalog& catalog, Lang lang, std::size_t width,
                                   const TableStyle& style);
std::string render_industries_json(const IndustryCatalog& catalog);

}  // namespace advisor
