"""The situation picture end to end: the seed report and six reports of our own about the
same June 2014 days, from different outlets, fused into one picture (issue: situation picture)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontwatch.fuse.control import control_as_of
from frontwatch.fuse.events import fuse_events, fused_events
from frontwatch.fuse.ledgers import force_estimates, ranges
from frontwatch.fuse.population import population_under_control
from frontwatch.pipeline import ingest_paths
from frontwatch.settings import Settings
from frontwatch.store import Store

JUNE_2014 = Path(__file__).parents[1] / "examples" / "june2014"
AS_OF = date(2014, 6, 12)


@pytest.fixture(scope="module")
def picture(shared_dir, extractor, tmp_path_factory):
    store = Store("sqlite:///" + str(tmp_path_factory.mktemp("june") / "june.db"))
    settings = Settings()
    ingest_paths([JUNE_2014], store, extractor, settings)
    ingest_paths([shared_dir / "seed" / "mosul-2014-06-11.txt"], store, extractor, settings,
                 published=date(2014, 6, 11), source="Broadcaster (seed)")
    fuse_events(store)
    return store


def test_every_report_of_the_mosul_takeover_is_one_fused_event(picture):
    takeovers = [f for f in fused_events(picture) if f.sub_event_type == "Non-state actor overtakes territory"
                 and f.location == "Mosul"]
    assert len(takeovers) == 1
    [mosul] = takeovers
    assert mosul.date_start == date(2014, 6, 10)
    assert mosul.n_documents == 7  # the six June 2014 reports and the seed
    assert mosul.certainty == "confirmed"


def test_conflicting_fighter_numbers_are_one_range_with_their_sources(picture):
    fighters = [r for r in ranges(force_estimates(picture, AS_OF)) if r.actor == "Islamic State"]
    assert fighters
    outlets = {e.outlet for r in fighters for e in r.entries}
    assert len(outlets) >= 4
    assert min(r.low for r in fighters) <= 1000 and max(r.high for r in fighters) >= 3000


def test_control_as_of_the_twelfth_names_the_holdings_the_reports_agree_on(picture):
    held = {(i.place.name, i.status) for i in control_as_of(picture, AS_OF, include_claimed=False)
            if i.actor == "Islamic State"}
    assert ("Mosul", "controls") in held
    assert ("Al Fallūjah", "controls") in held
    assert ("Ramadi", "partial") in held
    assert any(name.startswith("Badush") and status == "controls" for name, status in held)


def test_population_under_control_is_computed_beside_the_claimed_figure(picture):
    [estimate] = [e for e in population_under_control(picture, AS_OF) if e.actor == "Islamic State"]
    assert 2_000_000 < estimate.computed < 5_000_000  # the gazetteer's towns, half of partly held Ramadi
    assert any(q.low == 5_000_000 for q in estimate.claimed)  # "over five million inhabitants"
