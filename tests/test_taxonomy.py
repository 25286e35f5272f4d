"""The ACLED taxonomy file: 30 CASE codes, 25 of them valid ACLED (type, sub-type) pairs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from frontwatch.errors import RegistryError
from frontwatch.model import Actor, DateSpan, Place, TimePrecision
from frontwatch.taxonomy import DEFAULT_TAXONOMY_FILE, NONE_LABEL, load_taxonomy


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


@pytest.mark.parametrize("value", ["{ARMED_CLASH: {Nigeria: [{first: 1, then: 2}]}}",
                                   "{ARMED_CLASH: {Nigeria: [{first: 1, then: 2, years: []}]}}",
                                   "{ARMED_CLASH: {Nigeria: [{first: state, then: 2, years: [2014, 2016]}]}}",
                                   "{ARMED_CLASH: [2014]}"],
                         ids=["no-years", "empty-years", "a-word-for-a-kind", "no-country"])
def test_a_fitted_side_order_names_two_kinds_and_its_years(tmp_path: Path, value: str):
    bad = tmp_path / "order.yaml"
    bad.write_text(f"orders: {value}\n")
    with pytest.raises(RegistryError, match="each row needs kinds"):
        load_taxonomy(DEFAULT_TAXONOMY_FILE, bad)


def test_the_fitted_side_order_reads_its_country_and_years(tmp_path: Path):
    order = tmp_path / "order.yaml"
    order.write_text("orders: {ARMED_CLASH: {Ruritania: [{first: 2, then: 1, years: [2003, 2005]}]}}\n")
    clash = load_taxonomy(DEFAULT_TAXONOMY_FILE, order).get("ARMED_CLASH")
    day, later = (DateSpan(date(year, 5, 1), date(year, 5, 1), TimePrecision.DAY) for year in (2004, 2006))
    town = Place(name="Strelsau", latitude=0.0, longitude=0.0, country="Ruritania")
    army, rebels = Actor(name="army", inter_code=1), Actor(name="rebels", inter_code=2, country="Ruritania")
    assert clash.second_first(day, town, (army, rebels), state=False)
    assert clash.second_first(day, None, (army, rebels), state=False)  # no place: the side's country
    assert not clash.second_first(day, town, (rebels, army), state=False)
    assert not clash.second_first(day, replace(town, country="Elbonia"), (army, rebels), state=False)
    assert not clash.second_first(later, town, (army, rebels), state=False)
