"""The ACLED taxonomy file: 30 CASE codes, 25 of them valid ACLED (type, sub-type) pairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.errors import RegistryError
from frontwatch.taxonomy import NONE_LABEL, load_taxonomy


def test_taxonomy_has_30_codes_25_acled_and_5_not():
    tax = load_taxonomy()
    assert len(tax.all_codes()) == 30
    assert len(tax.acled_codes()) == 25
    assert set(tax.non_acled_codes()) == {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"}


def test_acled_has_six_event_types_and_25_sub_event_types():
    tax = load_taxonomy()
    assert len(tax.event_types) == 6
    assert sum(len(subs) for subs in tax.event_types.values()) == 25


def test_every_acled_code_maps_to_a_valid_distinct_pair():
    tax = load_taxonomy()
    pairs = set()
    for code in tax.acled_codes():
        c = tax.get(code)
        assert c.sub_event_type in tax.event_types[c.event_type]
        pairs.add((c.event_type, c.sub_event_type))
        assert tax.code_for(c.event_type, c.sub_event_type) == code
    assert len(pairs) == 25


def test_non_acled_codes_have_no_acled_type():
    tax = load_taxonomy()
    for code in tax.non_acled_codes():
        assert tax.get(code).event_type is None and tax.get(code).kind


def test_none_is_not_a_code():
    assert NONE_LABEL not in load_taxonomy().codes


def test_agrees_with_the_scorer_label_table():
    from frontwatch.evaluate.taxonomy import LABEL_TO_ACLED

    tax = load_taxonomy()
    for code in tax.all_codes():
        c = tax.get(code)
        assert LABEL_TO_ACLED[code] == ((c.event_type, c.sub_event_type) if c.acled else None)


def test_unknown_sub_event_type_is_rejected(tmp_path: Path):
    bad = tmp_path / "tax.yaml"
    bad.write_text(
        "event_types: {Battles: [Armed clash]}\n"
        "case_codes: {ARMED_CLASH: {event_type: Battles, sub_event_type: Armed fight}}\n"
    )
    with pytest.raises(RegistryError, match="unknown ACLED type"):
        load_taxonomy(bad)


@pytest.mark.parametrize("value", ["2014", "{Nigeria: 2014}", "{Nigeria: [2014, later]}"],
                         ids=["a-year-alone", "a-year-not-listed", "a-word-among-years"])
def test_state_first_years_of_a_country_are_a_list_of_years(tmp_path: Path, value: str):
    bad = tmp_path / "tax.yaml"
    bad.write_text(
        "event_types: {Battles: [Armed clash]}\n"
        f"case_codes: {{ARMED_CLASH: {{event_type: Battles, sub_event_type: Armed clash, state_first_in: {value}}}}}\n"
    )
    with pytest.raises(RegistryError, match="state_first_in maps a country to a list of years"):
        load_taxonomy(bad)
