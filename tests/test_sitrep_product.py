"""The situation report as a product: areas by name (accents, aliases), a clear error for unknown ones, HTML and PDF."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from fusion_fixtures import ct, day, ev, report
from web_fixtures import ARTIFACTS

from frontwatch.errors import InputError
from frontwatch.fuse.events import fuse_events
from frontwatch.model import Actor, ControlStatus, Place
from frontwatch.resolve.gazetteer import gazetteer_from_settings
from frontwatch.settings import Settings
from frontwatch.sitrep import build_sitrep, to_html, to_pdf
from frontwatch.store import Store

ARMY = Actor("State army", inter_code=1, country="Ukraine")
INVADERS = Actor("Invading forces", inter_code=8)
REBELS = Actor("Rebel front", inter_code=2, country="Iraq")
KHARKIV = Place("Kharkiv", 49.98, 36.25, country="Ukraine", admin1="Kharkiv", population=1_400_000)
IZIUM = Place("Izium", 49.21, 37.26, country="Ukraine", admin1="Kharkiv", population=45_000)
LVIV = Place("Lviv", 49.84, 24.03, country="Ukraine", admin1="Lviv", population=720_000)
MOSUL = Place("Mosul", 36.34, 43.13, country="Iraq", admin1="Nineveh", population=1_700_000)


@pytest.fixture(scope="module")
def gazetteer():
    return gazetteer_from_settings(Settings())


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('product') / 'product.db'}")
    store.save(report("u1", "Wire One", day(5), events=[
        ev("u1", "Shelling/artillery/missile attack", KHARKIV, day(4), INVADERS,
           etype="Explosions/Remote violence", deaths=(7, 7), text="Shells hit the city centre."),
        ev("u1", "Armed clash", IZIUM, day(3), ARMY, deaths=(2, 3), text="Fighting near the river town."),
    ], control=[ct("u1", IZIUM, ControlStatus.CONTROLS, day(4), INVADERS)]))
    store.save(report("u2", "Wire Two", day(6), events=[
        ev("u2", "Peaceful protest", LVIV, day(6), ARMY, etype="Protests", text="A rally in the west."),
        ev("u2", "Armed clash", MOSUL, day(6), REBELS, text="A clash far away in another country."),
    ]))
    fuse_events(store)
    yield store
    store.close()


def places_in(sitrep) -> set[str]:
    """Place names of the report's "what changed" lines."""
    return {part for line in sitrep.section("changes").lines for part in line.text.split(" · ")}


@pytest.mark.parametrize(("area", "expected", "absent"), [
    ("Ukraine", {"Kharkiv", "Izium", "Lviv"}, {"Mosul"}),
    ("ukraine", {"Kharkiv", "Izium", "Lviv"}, {"Mosul"}),
    ("Iraq", {"Mosul"}, {"Kharkiv"}),
    ("Kharkivska oblast", {"Kharkiv", "Izium"}, {"Lviv"}),
    ("Kharkov", {"Kharkiv"}, {"Izium", "Lviv"}),
    ("Ninawa", {"Mosul"}, {"Kharkiv"}),
    ("Nīnawá", {"Mosul"}, {"Kharkiv"}),
    ("36,49,38,51", {"Kharkiv", "Izium"}, {"Lviv", "Mosul"}),
])
def test_an_area_by_name_alias_accent_or_box_keeps_its_events_only(store, gazetteer, area, expected, absent):
    sitrep = build_sitrep(store, day(7), since=day(1), area=area, gazetteer=gazetteer)
    found = places_in(sitrep)
    assert expected <= found
    assert not (absent & found)


@pytest.mark.parametrize("area", ["Narnia", "Xyzzyland", "200,0,210,10"])
def test_an_unknown_area_is_a_clear_error_not_an_empty_report(store, gazetteer, area):
    with pytest.raises(InputError, match="--area"):
        build_sitrep(store, day(7), since=day(1), area=area, gazetteer=gazetteer)


def test_key_judgements_sum_up_the_period_with_their_sources(store, gazetteer):
    sitrep = build_sitrep(store, day(7), since=day(1), area="Ukraine", gazetteer=gazetteer)
    judgements = sitrep.section("judgements").lines
    assert judgements[0].text.startswith("Activity: 3 events with 9 reported fatalities; by type: ")
    assert any(line.text.startswith("Deadliest:") and "Kharkiv" in line.text for line in judgements)
    assert any(line.text.startswith("Control:") and "Izium" in line.text for line in judgements)
    assert all(line.sources for line in judgements)


def test_the_html_report_has_a_map_inset_and_charts_of_the_period(store, gazetteer):
    html = to_html(build_sitrep(store, day(7), since=day(1), area="Ukraine", gazetteer=gazetteer))
    assert html.count("<svg") == 3
    assert "Events per day, by type" in html and "Fatalities per day, by type" in html
    assert "<script" not in html and "http://" not in html and "https://" not in html
    assert "Invading forces" in html  # the control legend of the inset


def test_the_pdf_report_carries_the_same_content(store, gazetteer):
    sitrep = build_sitrep(store, day(7), since=day(1), area="Ukraine", gazetteer=gazetteer)
    pdf = to_pdf(sitrep)
    assert pdf.startswith(b"%PDF-")
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "sitrep.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftotext, pdftoppm) is not installed: scripts/test.sh installs it")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("Situation report as of 2030-06-07", "Key judgements", "Kharkiv", "Izium", "Wire One",
                     "Events per day, by type"):
        assert expected in text
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(path),
                    str(ARTIFACTS / "sitrep-pdf")], check=True)
    assert (ARTIFACTS / "sitrep-pdf.png").stat().st_size > 10_000
