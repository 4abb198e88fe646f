#!/usr/bin/env python3
"""Generates the catalogue of broken data files the unit tests load (tests/unit/broken_*_test.cpp).

Each file is a small valid base with ONE change, so the problem it triggers is the change's
alone. The bases are cut down from the real data/ files:

  base/features.json    rows 3, 4, 5, 6 and 16 of data/features.json, without their notes and
                        with each source ref cut to its first clause in each language (to
                        keep files small).
                        /features/0 is row 3 (group_size), which most cases break: it has
                        quantities and urls but none the planner needs, so breaking it gives
                        exactly one problem. /features/1 is row 4, /features/2 row 5,
                        /features/3 row 6 and /features/4 row 16: together they hold every
                        quantity the planner needs (kRequiredQuantities);
  base/industries.json  fruit, law, insurance and medical from data/industries.json;
  base/rules.json       one rule from data/rules.json (rules files are checked against the
                        real features.json and industries.json).

The outputs are committed; rerun this after changing the real files' structure:

    python3 tests/data/broken/generate.py

The expected message of every case lives next to its file name in the tests, not here.
"""

import copy
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent.parent.parent / "data"


def dump(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write(folder, name, text):
    path = HERE / folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)


def load(name):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


# ---------------------------------------------------------------- features.json

def features_base():
    doc = load("features.json")
    doc["features"] = [f for f in doc["features"] if f["no"] in (3, 4, 5, 6, 16)]
    for f in doc["features"]:  # kept small: notes are optional, and a ref's quote is prose
        f.pop("note", None)
        ref = f["source"]["ref"]
        f["source"]["ref"] = {"zh": ref["zh"].split("：")[0], "en": ref["en"].split(":")[0]}
    return doc


def features_cases(base):
    cases = {}

    def change(name, fn):
        doc = copy.deepcopy(base)
        fn(doc)
        cases[name] = dump(doc)

    row = lambda d, i=0: d["features"][i]  # noqa: E731

    # Whole-file problems.
    cases["empty.json"] = "  \n\n"
    text = dump(base)
    cut = text.index('"en": "Customers per account"') + len('"en": "Customers')
    cases["truncated.json"] = text[:cut]  # ends inside a string in row 4's name
    cases["not_json.json"] = "features:\n  - no: 4\n    id: customers_per_account\n"
    cases["trailing_comma.json"] = text.replace('"checked": "2026-11"\n      }\n    },',
                                                '"checked": "2026-11"\n      },\n    },', 1)
    assert cases["trailing_comma.json"] != text
    cases["top_level_array.json"] = dump(base["features"])
    # Version 1 wrote as_of as one string; this build reads version 2.
    change("schema_version_1.json", lambda d: d.update(schema_version=1))
    change("schema_version_3.json", lambda d: d.update(schema_version=3))
    change("schema_version_string.json", lambda d: d.update(schema_version="2"))
    change("data_version_missing.json", lambda d: d.pop("data_version"))
    change("data_version_bad.json", lambda d: d.update(data_version="2026-11"))
    change("features_object.json", lambda d: d.update(features={"4": d["features"][0]}))
    change("features_empty.json", lambda d: d.update(features=[]))
    change("unknown_top_key.json", lambda d: d.update(dimension=d.pop("dimensions")))
    change("duplicate_dimension.json", lambda d: d["dimensions"].append(copy.deepcopy(d["dimensions"][0])))

    # A missing key, and a wrong type for every kind of field.
    change("missing_favours.json", lambda d: row(d).pop("favours"))
    change("row_string.json", lambda d: d["features"].__setitem__(1, "daily_adds"))
    change("no_string.json", lambda d: row(d).update(no="3"))
    change("no_fraction.json", lambda d: row(d).update(no=3.5))
    change("no_zero.json", lambda d: row(d).update(no=0))
    change("no_huge.json", lambda d: row(d).update(no=18446744073709551615))
    change("id_number.json", lambda d: row(d).update(id=4))
    change("id_empty.json", lambda d: row(d).update(id=""))
    change("id_not_snake.json", lambda d: row(d).update(id="Group-Size"))
    change("name_string.json", lambda d: row(d).update(name="Customer group size"))
    change("dimensions_string.json", lambda d: row(d).update(dimensions="scale"))
    change("dimensions_item_number.json", lambda d: row(d).update(dimensions=[1]))
    change("dimensions_empty.json", lambda d: row(d).update(dimensions=[]))
    change("favours_bool.json", lambda d: row(d).update(favours=True))
    change("side_array.json", lambda d: row(d).update(wecom=[row(d)["wecom"]]))
    change("quantities_array.json", lambda d: row(d)["wecom"].update(quantities=[]))
    change("quantity_negative.json",
           lambda d: row(d)["wecom"]["quantities"]["group_members_max"].update(value=-1))
    change("quantity_string.json",
           lambda d: row(d)["wecom"]["quantities"]["group_members_max"].update(value="lots"))
    change("quantity_no_unit.json",
           lambda d: row(d)["wecom"]["quantities"]["group_members_max"].pop("unit"))
    change("quantity_name_not_snake.json",
           lambda d: row(d)["wecom"]["quantities"].update({"Group-Members-Max":
                                                           row(d)["wecom"]["quantities"].pop("group_members_max")}))
    change("source_string.json", lambda d: row(d).update(source="lecture"))
    change("urls_string.json", lambda d: row(d)["source"].update(urls="https://example.com"))
    change("urls_item_null.json", lambda d: row(d)["source"].update(urls=[None]))
    change("note_string.json", lambda d: row(d).update(note="a note"))
    # A citation is {"zh", "en"}; one plain string is the older form, still read for both.
    change("ref_missing_zh.json", lambda d: row(d)["source"]["ref"].pop("zh"))
    change("ref_empty_en.json", lambda d: row(d)["source"]["ref"].update(en=""))
    change("ref_number.json", lambda d: row(d)["source"].update(ref=3))
    change("ref_array.json", lambda d: row(d)["source"].update(ref=["zh", "en"]))
    change("ref_string_empty.json", lambda d: row(d)["source"].update(ref=""))
    change("ref_string_older_form.json", lambda d: row(d)["source"].update(ref=row(d)["source"]["ref"]["en"]))
    # 1e400 is valid JSON syntax but no double holds it.
    cases["quantity_overflow.json"] = dump(base).replace('"value": 500,', '"value": 1e400,', 1)

    # Unknown keys, with and without a near miss to suggest.
    change("unknown_key_suggest.json", lambda d: row(d).update(favors=row(d).pop("favours")))
    change("unknown_key_far.json", lambda d: row(d).update(colour="green"))
    change("unknown_quantity_key.json",
           lambda d: row(d)["wecom"]["quantities"]["group_members_max"].update(units="members"))

    # Duplicates and cross-row checks.
    change("duplicate_no.json", lambda d: row(d, 1).update(no=3))
    change("duplicate_id.json", lambda d: row(d, 1).update(id="group_size"))
    change("duplicate_quantity.json",
           lambda d: row(d, 2)["wecom"]["quantities"].update(customers_per_account={"value": 1, "unit": "customers"}))

    # As above, after a row that fails to load: the pointer must still name the file's row 2.
    def dup_after_bad(d):
        row(d).update(favours="both")
        row(d, 2)["wecom"]["quantities"].update(customers_per_account={"value": 1, "unit": "customers"})
    change("duplicate_quantity_after_bad_row.json", dup_after_bad)
    change("required_missing.json", lambda d: row(d, 4)["personal"]["quantities"].pop("accounts_per_phone"))
    change("required_zero.json",
           lambda d: row(d, 1)["personal"]["quantities"]["customers_per_account"].update(value=0))
    change("required_unlimited.json",
           lambda d: row(d, 1)["personal"]["quantities"]["customers_per_account"].update(value="unlimited"))
    # The planner divides by it, so 0 must be refused (it gave "1e+15 phone numbers").
    change("same_entity_zero.json",
           lambda d: row(d, 4)["wecom"]["quantities"]["accounts_per_phone_same_entity"].update(value=0))

    # Localized text.
    change("name_missing_en.json", lambda d: row(d)["name"].pop("en"))
    change("name_empty_zh.json", lambda d: row(d)["name"].update(zh=""))
    change("name_extra_language.json", lambda d: row(d)["name"].update(ja="グループ人数"))

    # Enumerations and formats.
    change("unknown_dimension.json", lambda d: row(d).update(dimensions=["scael"]))
    change("bad_favours.json", lambda d: row(d).update(favours="both"))
    change("bad_bound.json",
           lambda d: row(d)["wecom"]["quantities"]["group_members_max"].update(bound="upto"))
    change("bound_number.json",
           lambda d: row(d)["wecom"]["quantities"]["group_members_max"].update(bound=1))

    # as_of: {"published": date or "undated", "checked": date to the month or day}.
    change("as_of_string.json", lambda d: row(d).update(as_of="2022"))  # the version 1 form
    change("published_missing.json", lambda d: row(d)["as_of"].pop("published"))
    change("checked_missing.json", lambda d: row(d)["as_of"].pop("checked"))
    change("bad_published_month.json", lambda d: row(d)["as_of"].update(published="2022-13"))
    change("bad_published_slashes.json", lambda d: row(d)["as_of"].update(published="2022/01/05"))
    change("bad_published_day.json", lambda d: row(d)["as_of"].update(published="2025-02-29"))
    change("published_leap_day.json", lambda d: row(d)["as_of"].update(published="2024-02-29"))  # loads
    change("checked_year_only.json", lambda d: row(d)["as_of"].update(checked="2026"))
    change("checked_before_published.json", lambda d: row(d)["as_of"].update(published="2026-12-01"))
    change("checked_same_month.json", lambda d: row(d)["as_of"].update(published="2026-11-17"))  # loads
    change("as_of_unknown_key.json", lambda d: row(d)["as_of"].update(verified="2026-11"))
    change("bad_source_kind.json", lambda d: row(d)["source"].update(kind="rumour"))

    # Two independent problems: both must be reported.
    def two(d):
        d.update(schema_version=3)
        row(d).update(no="3")
    change("two_problems.json", two)

    # Deeper than features.json's limit of 16: top{1} features[2] row{3} source{4} urls[5] and 12 more.
    deep = dump(base).replace('"urls": []', '"urls": ' + "[" * 13 + "]" * 13, 1)
    cases["too_deep.json"] = deep

    # Encoding: a byte-order mark is accepted; bytes that are not UTF-8 are not.
    cases["bom.json"] = b"\xef\xbb\xbf" + dump(base).encode("utf-8")
    cases["crlf.json"] = dump(base).replace("\n", "\r\n")
    raw = dump(base).encode("utf-8").replace(b'"en": "Customers per account"', b'"en": "Customers\xff per account"', 1)
    cases["invalid_utf8.json"] = raw

    # A data file means one thing. JSON parsers keep the last of two equal keys silently, so a
    # quantity given twice would score with whichever came last: an error naming both.
    text = dump(base)
    dup = text.replace('"value": 500,', '"value": 5,\n            "value": 500,', 1)
    assert dup != text
    cases["duplicate_key_quantity.json"] = dup
    # Control characters in text (JSON allows them escaped) would reach the terminal raw.
    change("control_esc_in_name.json", lambda d: row(d, 1)["name"].update(en="Customers\x1b[2J per account"))
    change("control_nul_in_name.json", lambda d: row(d, 1)["name"].update(zh="单号\x00好友上限"))
    change("control_cr_in_ref.json",
           lambda d: row(d)["source"]["ref"].update(en=row(d)["source"]["ref"]["en"] + "\rfake"))
    change("control_del_in_unit.json",
           lambda d: row(d)["wecom"]["quantities"]["group_members_max"].update(unit="members\x7f"))
    return cases


# -------------------------------------------------------------- industries.json

def industries_base():
    doc = load("industries.json")
    doc["industries"] = [i for i in doc["industries"] if i["id"] in ("fruit", "law", "insurance", "medical")]
    return doc


def industries_cases(base):
    cases = {}

    def change(name, fn):
        doc = copy.deepcopy(base)
        fn(doc)
        cases[name] = dump(doc)

    ind = lambda d, i: d["industries"][i]  # noqa: E731  0 fruit, 1 law, 2 insurance, 3 medical

    cases["empty.json"] = ""
    text = dump(base)
    cases["truncated.json"] = text[:text.index('"barrier": "high"') + len('"barrier": ')]  # law's barrier
    cases["not_json.json"] = "fruit = low\nlaw = high\n"
    cases["top_level_array.json"] = dump(base["industries"])
    change("schema_version_2.json", lambda d: d.update(schema_version=2))
    change("industries_empty.json", lambda d: d.update(industries=[]))
    change("missing_barrier.json", lambda d: ind(d, 1).pop("barrier"))
    change("duplicate_id.json", lambda d: ind(d, 2).update(id="law"))
    change("alias_collides_with_name.json", lambda d: ind(d, 2)["aliases"].append("律师"))
    change("alias_collides_case.json", lambda d: ind(d, 1)["aliases"].append("FRUIT"))
    change("name_collides.json", lambda d: ind(d, 2)["name"].update(en="Law"))
    change("bad_barrier.json", lambda d: ind(d, 0).update(barrier="medium"))
    change("regulated_string.json", lambda d: ind(d, 1).update(regulated="yes"))
    change("unknown_key_suggest.json", lambda d: ind(d, 0).update(barier=ind(d, 0).pop("barrier")))
    change("name_missing_en.json", lambda d: ind(d, 3)["name"].pop("en"))
    change("aliases_string.json", lambda d: ind(d, 0).update(aliases="水果店"))
    change("alias_empty.json", lambda d: ind(d, 0)["aliases"].append(""))
    change("id_number.json", lambda d: ind(d, 0).update(id=7))

    # Where a barrier or regulation flag comes from: a basis object per field.
    change("missing_barrier_basis.json", lambda d: ind(d, 1).pop("barrier_basis"))
    change("old_source_key.json", lambda d: ind(d, 0).update(source="lecture"))
    change("basis_table_kind.json", lambda d: ind(d, 2).update(regulated_basis={"kind": "table", "rows": [13]}))
    change("basis_why_missing_en.json", lambda d: ind(d, 0)["regulated_basis"]["why"].pop("en"))
    change("basis_quote_and_why.json",
           lambda d: ind(d, 1)["barrier_basis"].update(why={"zh": "因为", "en": "because"}))

    def two(d):
        ind(d, 0).update(barrier="medium")
        ind(d, 3).update(regulated=1)
    change("two_problems.json", two)

    # Deeper than industries.json's limit of 8: top{1} industries[2] row{3} aliases[4] and 5 more.
    cases["too_deep.json"] = dump(base).replace('"aliases": [\n        "生鲜水果"',
                                                '"aliases": [' + "[" * 5 + "]" * 5 + ',\n        "生鲜水果"', 1)
    cases["bom.json"] = b"\xef\xbb\xbf" + dump(base).encode("utf-8")
    cases["invalid_utf8.json"] = dump(base).encode("utf-8").replace('"水果"'.encode(), b'"\xe6\xb0"', 1)

    # A barrier given twice: it must not be "whichever came last".
    text = dump(base)
    dup = text.replace('"barrier": "low",', '"barrier": "low",\n      "barrier": "high",', 1)
    assert dup != text
    cases["duplicate_key_barrier.json"] = dup
    change("control_esc_in_name.json", lambda d: ind(d, 0)["name"].update(en="Fruit\x1b]0;pwned\x07"))
    return cases


# ------------------------------------------------------------------- rules.json

def rules_base():
    real = load("rules.json")
    rule = next(r for r in real["rules"] if r["id"] == "adding-active")
    return {
        "schema_version": 1,
        "tie": real["tie"],
        "tie_reason": real["tie_reason"],
        "tie_basis": real["tie_basis"],
        "margins": real["margins"],
        "target_days": real["target_days"],
        "rules": [rule],
    }


def when(fact, op, value):
    return {"fact": fact, "op": op, "value": value}


def nested(kind, levels):
    """A condition `levels` deep: `levels - 1` all/not wrappers around one comparison."""
    c = when("adding", "==", "active")
    for _ in range(levels - 1):
        c = {"all": [c]} if kind == "all" else {"not": c}
    return c


def rules_cases(base):
    cases = {}

    def change(name, fn):
        doc = copy.deepcopy(base)
        fn(doc)
        cases[name] = dump(doc)

    def set_when(name, condition):
        change(name, lambda d: d["rules"][0].update(when=condition))

    rule = lambda d, i=0: d["rules"][i]  # noqa: E731

    cases["empty.json"] = "\n"
    cases["not_json.json"] = "rules:\n  - adding == active\n"
    change("schema_version_2.json", lambda d: d.update(schema_version=2))
    change("rules_empty.json", lambda d: d.update(rules=[]))
    change("bad_tie.json", lambda d: d.update(tie="neither"))
    change("unknown_top_key.json", lambda d: d.update(rule=d.pop("rules")))

    # Facts, operators and values.
    set_when("unknown_fact.json", when("user", ">", 5000))
    set_when("unknown_operator.json", when("users", "=<", 5000))
    set_when("bad_ref_quantity.json", when("users", ">", {"ref": "personal.nope"}))
    set_when("bad_ref_account.json", when("users", ">", {"ref": "staff.customers_per_account"}))
    set_when("bad_ref_unlimited.json", when("users", ">", {"ref": "personal.moments_posts_per_day"}))
    set_when("bad_ref_extra_key.json", when("users", ">", {"ref": "personal.customers_per_account", "scale": 2}))
    set_when("string_op_on_number_fact.json", when("adding", "<", "active"))
    set_when("invalid_string_value.json", when("adding", "==", "activ"))
    set_when("unknown_industry_value.json", when("industry", "in", ["fruit", "fruits"]))
    set_when("number_fact_string_value.json", when("users", ">", "5000"))
    cases["value_overflow.json"] = dump(copy.deepcopy(base) | {"rules": [
        rule(base) | {"when": when("users", ">", 5000)}]}).replace('"value": 5000', '"value": 1e400', 1)
    set_when("bool_fact_string_value.json", when("regulated", "==", "yes"))
    set_when("in_on_bool_fact.json", when("regulated", "in", [True]))
    set_when("between_three_values.json", when("users", "between", [1, 2, 3]))
    set_when("between_low_above_high.json", when("users", "between", [10000, 5000]))
    set_when("between_not_array.json", when("users", "between", 5000))
    set_when("in_empty.json", when("adding", "in", []))
    set_when("all_empty.json", {"all": []})
    set_when("condition_two_keys.json", {"all": [when("adding", "==", "active")], "fact": "users"})
    set_when("condition_all_and_any.json", {"all": [when("adding", "==", "active")],
                                            "any": [when("adding", "==", "active")]})
    set_when("condition_array.json", [when("adding", "==", "active")])
    set_when("compare_missing_op.json", {"fact": "users", "value": 5000})
    set_when("recommendation_in_scoring.json", when("recommendation", "==", "wecom"))
    # In advice the answer is known, so the same condition is fine (this file loads).
    change("recommendation_in_advice.json", lambda d: d.update(advice=[{
        "id": "advice-on-wecom",
        "when": when("recommendation", "==", "wecom"),
        "text": {"zh": "企微：{wecom_accounts}个号。", "en": "WeCom: {wecom_accounts|account|accounts}."},
        "features": [4],
        "basis": {"kind": "table", "rows": [4]},
    }]))

    # Depth: conditions may nest 32 levels; 33 is refused.
    set_when("nesting_all_32.json", nested("all", 32))
    set_when("nesting_all_33.json", nested("all", 33))
    set_when("nesting_not_32.json", nested("not", 32))
    set_when("nesting_not_33.json", nested("not", 33))

    # The rule's other fields.
    change("unknown_cited_row.json", lambda d: rule(d).update(features=[5, 99]))
    change("cited_row_string.json", lambda d: rule(d).update(features=["5"]))
    change("cited_row_wraps.json", lambda d: rule(d).update(features=[4294967300]))  # 2**32 + 4
    change("unknown_placeholder.json",
           lambda d: rule(d)["reason"].update(en="{usres} customers: " + rule(d)["reason"]["en"]))
    change("unclosed_placeholder.json", lambda d: rule(d)["reason"].update(zh="{users 个客户"))
    change("duplicate_rule_id.json", lambda d: d["rules"].append(copy.deepcopy(rule(d))))
    change("bad_vote.json", lambda d: rule(d).update(vote="wechat"))
    change("weight_zero.json", lambda d: rule(d).update(weight=0))
    change("weight_too_big.json", lambda d: rule(d).update(weight=101))
    change("weight_fraction.json", lambda d: rule(d).update(weight=1.5))
    change("unknown_criterion.json", lambda d: rule(d).update(criterion="size"))
    change("unknown_rule_key.json", lambda d: rule(d).update(wieght=rule(d).pop("weight")))
    change("bad_plural_placeholder.json", lambda d: rule(d)["reason"].update(en="{users|customer} added"))

    # Every vote names its basis, of a kind it may use, with that kind's one field.
    change("basis_missing.json", lambda d: rule(d).pop("basis"))
    change("basis_unknown_kind.json", lambda d: rule(d).update(basis={"kind": "hearsay", "quote": "x"}))
    change("basis_assumption_on_vote.json",
           lambda d: rule(d).update(basis={"kind": "assumption", "why": {"zh": "因为", "en": "because"}}))
    change("basis_lecture_no_quote.json", lambda d: rule(d).update(basis={"kind": "lecture"}))
    change("basis_lecture_with_rows.json",
           lambda d: rule(d).update(basis={"kind": "lecture", "quote": "建议用企微", "rows": [5]}))
    change("basis_table_unknown_row.json", lambda d: rule(d).update(basis={"kind": "table", "rows": [5, 99]}))
    change("basis_inference_english_only.json",
           lambda d: rule(d).update(basis={"kind": "inference", "why": {"zh": "", "en": "because"}}))

    # Margin bands and the default deadline.
    change("margins_empty.json", lambda d: d.update(margins=[]))
    change("margins_out_of_order.json", lambda d: d["margins"][1].update(up_to=0))
    change("margins_last_bounded.json", lambda d: d["margins"][-1].update(up_to=99))
    change("target_days_zero.json", lambda d: d["target_days"].update(default=0))
    change("target_days_missing.json", lambda d: d.pop("target_days"))

    # Examples.
    change("example_bad_expect.json", lambda d: d.update(examples=[{
        "id": "x", "profile": {"users": 30000, "industry": "fruit", "adding": "active"},
        "expect": "either", "source": "test"}]))
    change("example_users_bool.json", lambda d: d.update(examples=[{
        "id": "x", "profile": {"users": True, "industry": "fruit", "adding": "active"},
        "expect": "wecom", "source": "test"}]))

    def two(d):
        rule(d).update(vote="wechat")
        rule(d).update(weight=0)
    change("two_problems.json", two)

    # A weight given twice ("weight": 2, "weight": 100) must not score 100.
    text = dump(base)
    dup = text.replace('"weight": 2,', '"weight": 2,\n      "weight": 100,', 1)
    assert dup != text
    cases["duplicate_key_weight.json"] = dup
    # The same key twice at the top, far apart.
    dup_top = text.rstrip().removesuffix("}").rstrip() + ',\n  "schema_version": 1\n}\n'
    cases["duplicate_key_top.json"] = dup_top
    change("control_cr_in_reason.json", lambda d: rule(d)["reason"].update(en="Active\r" + rule(d)["reason"]["en"]))
    return cases


def main():
    fb, ib, rb = features_base(), industries_base(), rules_base()
    write("base", "features.json", dump(fb))
    write("base", "industries.json", dump(ib))
    write("base", "rules.json", dump(rb))
    for folder, cases in (("features", features_cases(fb)), ("industries", industries_cases(ib)),
                          ("rules", rules_cases(rb))):
        for old in (HERE / folder).glob("*.json") if (HERE / folder).exists() else []:
            old.unlink()
        base_text = dump({"features": fb, "industries": ib, "rules": rb}[folder])
        for name, text in cases.items():
            assert text not in (base_text, base_text.encode("utf-8")), f"{folder}/{name} is unchanged"
            write(folder, name, text)
        print(f"{folder}: {len(cases)} files")


if __name__ == "__main__":
    main()
