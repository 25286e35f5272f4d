"""The dashboard in a real browser: charts drawn with Chart.js agree with the store for a filter."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from web_fixtures import ARTIFACTS, examples_site, examples_store, needs_chromium, open_page  # noqa: F401

from frontwatch.store import PlaceRow
from frontwatch.store.fusion_schema import FusedEventRow

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def page(examples_site):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser, page = open_page(playwright, examples_site[0] + "/dashboard")
        yield page
        browser.close()


def fused_in(store, country: str) -> tuple[int, int]:
    """Fused events of a country and their best fatality figures, counted straight from the tables."""
    with store.session() as session:
        query = (select(func.count(FusedEventRow.id), func.coalesce(func.sum(FusedEventRow.fatalities_best), 0))
                 .join(PlaceRow, FusedEventRow.place_id == PlaceRow.id).where(PlaceRow.country == country))
        count, dead = session.execute(query).one()
    return count, dead


def test_every_chart_is_drawn(page):
    assert set(page.evaluate("window.frontwatch.chartIds()")) == {
        "chart-events", "chart-fatalities", "chart-by", "chart-actors", "chart-countries", "chart-provinces"}
    assert page.locator("canvas").count() == 6


@pytest.mark.parametrize("country", ["Iraq", "Syria"])
def test_a_country_filter_gives_the_stores_totals_in_the_figures_and_the_charts(page, examples_site, country):
    _base, store = examples_site
    events, dead = fused_in(store, country)
    assert events > 0
    page.select_option("#f-country", country)
    page.wait_for_function(f"window.frontwatch.totals().events === {events}")
    assert page.inner_text("#total-events") == str(events)
    assert page.inner_text("#total-fatalities") == str(dead)
    assert page.evaluate("window.frontwatch.seriesSum('chart-events')") == events
    assert page.evaluate("window.frontwatch.seriesSum('chart-fatalities')") == dead
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"dashboard-{country.lower()}.png"), full_page=True)
    page.select_option("#f-country", "")


def test_the_unfiltered_dashboard_counts_every_fused_event(page, examples_site):
    _base, store = examples_site
    with store.session() as session:
        total = session.scalar(select(func.count(FusedEventRow.id)))
    page.wait_for_function(f"window.frontwatch.totals().events === {total}")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)


def test_a_late_answer_to_an_earlier_filter_never_replaces_the_newest(page, examples_site):
    """Responses can arrive out of order: the first filter's answer, held back until the second's is shown, is
    dropped when it comes."""
    _base, store = examples_site
    held = []
    page.route("**/map/charts?*country=Iraq*", lambda route: held.append(route))
    with page.expect_request("**/map/charts?*country=Iraq*"):
        page.select_option("#f-country", "Iraq")
    for _ in range(100):  # until the route has parked it
        if held:
            break
        page.wait_for_timeout(20)
    assert held, "the first filter's request was never parked"
    syria, _dead = fused_in(store, "Syria")
    page.select_option("#f-country", "Syria")
    page.wait_for_function(f"window.frontwatch.totals().events === {syria}")
    with page.expect_response(lambda response: "country=Iraq" in response.url):
        held[0].continue_()
    page.evaluate("new Promise((done) => setTimeout(done, 0))")  # let the late answer's handler run
    assert page.evaluate("window.frontwatch.totals().events") == syria
    assert page.inner_text("#total-events") == str(syria)
    page.unroute("**/map/charts?*country=Iraq*")
    page.select_option("#f-country", "")
