"""Situation report: sections with their sources, in Markdown and self-contained HTML."""

from __future__ import annotations

import pytest
from fusion_fixtures import AIRPORT, CITY, HALF_TOWN, TOWN, ct, day, qt, report, takeover_reports

from frontwatch.fuse.events import fuse_events
from frontwatch.model import Certainty, ControlStatus
from frontwatch.sitrep import build_sitrep, to_html, to_markdown
from frontwatch.store import Store


@pytest.fixture()
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'sitrep.db'}")
    for extraction in takeover_reports():
        store.save(extraction)
    store.save(report("d4", "Outlet Four", day(12), control=[
        ct("d4", TOWN, ControlStatus.CONTROLS, day(11)),
        ct("d4", HALF_TOWN, ControlStatus.PARTIAL, day(11), start=40),
        ct("d4", AIRPORT, ControlStatus.CONTROLS, day(11), start=80, certainty=Certainty.CLAIMED),
    ], quantities=[qt("d4", "population under control", 5_000_000, None),
                   qt("d4", "prisoners freed", 1000, None, start=200),
                   qt("d4", "helicopters seized", 2, 2, certainty=Certainty.CLAIMED, start=300)]))
    fuse_events(store)
    yield store
    store.close()


def test_sitrep_has_every_section(store):
    sitrep = build_sitrep(store, day(12), since=day(1))
    assert [s.key for s in sitrep.sections] == [
        "judgements", "changes", "control_changes", "control", "forces", "population", "assets", "displacement",
        "claims", "findings"]


def test_sitrep_lists_the_fused_takeover_with_its_three_sources(store):
    [line] = build_sitrep(store, day(12), since=day(1)).section("changes").lines
    assert CITY.name in line.text and "3 document(s)" in line.text
    assert {s.doc_id for s in line.sources} == {"d1", "d2", "d3"}


def test_sitrep_control_table_and_gains(store):
    sitrep = build_sitrep(store, day(12), since=day(1))
    held = " ".join(line.text for line in sitrep.section("control").lines)
    assert CITY.name in held and TOWN.name in held and "partial" in held
    assert AIRPORT.name not in held  # only claimed: listed under claims
    assert any(AIRPORT.name in line.text for line in sitrep.section("claims").lines)
    assert any("took" in line.text for line in sitrep.section("control_changes").lines)


def test_sitrep_population_is_computed_beside_the_claimed_figure(store):
    [line] = build_sitrep(store, day(12), since=day(1)).section("population").lines
    assert "computed 1,500,000" in line.text and "5,000,000+" in line.text


def test_sitrep_force_figures_give_the_range_over_sources(store):
    lines = build_sitrep(store, day(12), since=day(1)).section("forces").lines
    assert "800–3,000" in lines[0].text or "800+" in lines[0].text
    assert len(lines) == 4


def test_markdown_has_the_expected_sections_and_source_links(store):
    text = to_markdown(build_sitrep(store, day(12), since=day(1)))
    for heading in ("# Situation report as of 2030-06-12", "## What changed since 2030-06-01",
                    "## Control gains and losses", "## Who holds what on 2030-06-12", "## Force sizes",
                    "## Population under control", "## Claims still unconfirmed", "## Consistency findings",
                    "## Sources"):
        assert heading in text
    assert "(#doc-d1)" in text and 'id="doc-d1"' in text


def test_html_is_self_contained_and_escaped(store):
    html = to_html(build_sitrep(store, day(12), since=day(1)))
    assert html.startswith("<!DOCTYPE html>") and "</html>" in html
    assert "http://" not in html and "https://" not in html and "<script" not in html
    assert 'href="#doc-d2"' in html


def test_area_filter_leaves_out_events_elsewhere(store):
    sitrep = build_sitrep(store, day(12), since=day(1), area="30,30,40,35")
    assert sitrep.section("changes").lines == ()


def test_ledgers_sort_figures_by_what_they_count():
    from frontwatch.fuse.ledgers import ledger_of
    from frontwatch.fuse.rules import load_rules

    rules = load_rules()
    assert ledger_of("fighter helicopters seized", rules) == "assets"
    assert ledger_of("fighters", rules) == "forces"
    assert ledger_of("soldiers killed", rules) is None
    assert ledger_of("soldiers captured", rules) is None
    assert ledger_of("prisoners freed", rules) == "prisoners_freed"
    assert ledger_of("people displaced", rules) == "displacement"
    # a category of counts (quantities.yaml `categories`) stands for its words: rebels are a force, the detained
    # are no force's size, convicts let out are prisoners freed
    assert ledger_of("rebels captured", rules) is None
    assert ledger_of("militants detained", rules) is None
    assert ledger_of("jihadists", rules) == "forces"
    assert ledger_of("convicts escaped", rules) == "prisoners_freed"
