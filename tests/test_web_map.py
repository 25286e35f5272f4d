"""The web map in a real browser (Debian chromium via Playwright) over the bundled example reports."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import func, select
from web_fixtures import ARTIFACTS, TOKEN, examples_site, examples_store, needs_chromium, open_page  # noqa: F401

from frontwatch.store.fusion_schema import FusedEventRow

pytestmark = needs_chromium

IRAQ = (33.8, 43.8)
LARGEST_IRAQI_TOWNS = {"Baghdad", "Mosul", "Erbil", "Kirkuk"}


@pytest.fixture(scope="module")
def page(examples_site):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser, page = open_page(playwright, examples_site[0] + "/")
        yield page
        browser.close()


def wait_idle(page, ms: int = 600) -> None:
    """Let the page's debounced requests finish."""
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(ms)


def test_the_map_shows_fused_events_by_default_and_asks_nothing_from_outside(page, examples_site):
    _base, store = examples_site
    with store.session() as session:
        fused = session.scalar(select(func.count(FusedEventRow.id)))
    assert page.evaluate("window.frontwatch.totalEvents()") == fused
    assert page.locator("#f-layer").input_value() == "fused"
    assert page.evaluate("window.frontwatch.shownEvents()") == fused
    assert page.outside_requests == []


def test_the_largest_towns_are_labelled_at_zoom_6_over_iraq(page):
    page.evaluate(f"window.frontwatch.setView({IRAQ[0]}, {IRAQ[1]}, 6)")
    wait_idle(page)
    labels = set(page.evaluate("window.frontwatch.labels()"))
    assert LARGEST_IRAQI_TOWNS <= labels
    for town in LARGEST_IRAQI_TOWNS:
        assert page.locator(".place-label.town .name", has_text=town).first.is_visible()


def test_control_areas_are_drawn_in_june_2014_and_gone_before_their_evidence(page):
    page.evaluate(f"window.frontwatch.setView({IRAQ[0]}, {IRAQ[1]}, 6)")
    page.evaluate("window.frontwatch.setWindow('2014-06-01', '2014-06-13')")
    page.wait_for_function("window.frontwatch.controlDay() === '2014-06-13'")
    areas = [f for f in page.evaluate("window.frontwatch.controlFeatures()") if f["kind"] == "area"]
    assert "Mosul" in {a["place"] for a in areas}
    assert all(a["strength"] > 0 for a in areas)
    assert page.locator(".leaflet-control-pane path").count() >= len(areas)
    assert page.locator(".legend").inner_text().count("Control (areas)") == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map-control-june-2014.png"))
    page.evaluate("window.frontwatch.setWindow('2014-05-01', '2014-06-05')")
    page.wait_for_function("window.frontwatch.controlDay() === '2014-06-05'")
    places = {f["place"] for f in page.evaluate("window.frontwatch.controlFeatures()") if f["kind"] == "area"}
    assert "Mosul" not in places


def test_every_event_in_a_stack_can_be_clicked(page):
    page.evaluate("window.frontwatch.setWindow('2012-01-01', '2030-01-01')")
    page.evaluate(f"window.frontwatch.setView({IRAQ[0]}, {IRAQ[1]}, 6)")
    wait_idle(page)
    clusters = page.evaluate("window.frontwatch.clusters()")
    index, stack = next((i, c) for i, c in enumerate(clusters) if c["count"] > 1 and c["points"] == 1)
    point = page.evaluate(f"window.frontwatch.clusterPoint({index})")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function(f"window.frontwatch.spiderIds().length === {stack['count']}")
    ids = page.evaluate("window.frontwatch.spiderIds()")
    assert sorted(ids) == sorted(stack["ids"])
    for fact_id in ids:
        leg = page.evaluate(f"window.frontwatch.markerPoint('{fact_id}')")
        page.mouse.click(leg["x"], leg["y"])
        page.wait_for_selector(f"#panel-body code:text-is('{fact_id}')")
        assert page.locator("#list li.selected").get_attribute("data-id") in (fact_id, None)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map-stack-spread.png"))


def test_the_list_and_the_map_point_at_each_other(page):
    wait_idle(page)
    first = page.locator("#list li").first
    fact_id = first.get_attribute("data-id")
    first.click()
    page.wait_for_selector(f"#panel-body code:text-is('{fact_id}')")
    assert page.locator("#list li.selected").get_attribute("data-id") == fact_id
    assert page.locator("#evidence-text").inner_text().strip()


def test_the_review_queue_opens_its_facts_in_the_panel(page):
    page.locator("#queue-box summary").click()
    page.wait_for_selector("#queue li")
    first = page.locator("#queue li").first
    fact_id = first.get_attribute("data-id")
    first.click()
    page.wait_for_selector(f"#panel-body code:text-is('{fact_id}')")
    assert page.locator("#evidence-text").inner_text().strip()
    assert page.locator("form.review").count() >= 1


def test_an_edit_in_the_panel_shows_in_the_export(page, examples_site):
    base, _store = examples_site
    page.locator("#review-login summary").click()
    page.fill("#review-who", "analyst")
    page.fill("#review-token", TOKEN)
    first = page.locator("#list li").first
    first.click()
    form = page.locator("form.review").first
    page.wait_for_selector("form.review")
    report_id = form.get_attribute("data-fact")
    form.locator("select[name=field]").select_option("fatalities")
    form.locator("input[name=value]").fill("77")
    form.locator("button[data-action=edit]").click()
    page.wait_for_selector(f"#panel-body .history:has-text('{report_id}'), #panel-body .history li:has-text('77')")
    exported = httpx.get(f"{base}/export/jsonl", timeout=30).text
    record = next(r for r in map(json.loads, exported.splitlines()) if r.get("id") == report_id)
    assert record["fatalities"] == 77
    assert httpx.get(f"{base}/events/{report_id}").json()["fatalities_high"] == 77
    history = httpx.get(f"{base}/facts/{report_id}/reviews").json()["items"]
    assert history[-1]["field"] == "fatalities" and history[-1]["new"] == "77"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map.png"))
