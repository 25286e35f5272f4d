"""Extraction on short reports written for these tests: events, control, quantities."""

from __future__ import annotations

from datetime import date

from extraction import extract

from frontwatch.ingest import document_id
from frontwatch.model import Document

PUBLISHED = date(2016, 3, 28)


def test_government_retaking_a_town_is_government_regains(extractor):
    text = "Syrian government forces retook the town of Palmyra on Sunday after heavy fighting."
    result = extract(extractor, text, PUBLISHED)
    [event] = result.events
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1.name == "Military Forces of Syria"
    assert event.date.start == date(2016, 3, 27)
    assert event.place.country == "Syria"


def test_failed_attempt_to_take_a_town_is_an_armed_clash(extractor):
    result = extract(extractor, "Last month, the army failed to retake Ramadi from the militants.", date(2015, 6, 10))
    [event] = result.events
    assert event.sub_event_type == "Armed clash"
    assert (event.date.start, event.date.end) == (date(2015, 5, 1), date(2015, 5, 31))


def test_future_and_conditional_takeovers_are_not_events(extractor):
    text = "If the rebels are successful, they will also seize the airport of Goma."
    assert extract(extractor, text, PUBLISHED).events == []


def test_captions_are_not_evidence(extractor):
    text = "Smoke rises over the city after clashes in Aleppo. Credit: Agency photographer\n\nThe market reopened."
    assert extract(extractor, text, PUBLISHED).events == []


def test_protest_without_named_actor_gets_generic_protesters(extractor):
    text = "Thousands of people marched peacefully through Khartoum on Friday to demand civilian rule."
    [event] = extract(extractor, text, date(2019, 6, 30)).events
    assert event.sub_event_type == "Peaceful protest"
    assert event.actor1.name == "Protesters (Sudan)"


def test_control_statements_with_parts_and_threats(extractor):
    text = ("The militants now control Tikrit and large parts of Ramadi. "
            "They are said to be advancing towards Samarra.")
    control = {(c.place.name.split(",")[0], c.status.value) for c in extract(extractor, text, PUBLISHED).control}
    statuses = {status for _, status in control}
    assert {"controls", "partial", "threatened"} <= statuses
    assert any(status == "partial" and "Ramadi" in name for name, status in control)


def test_fatalities_and_casualty_figures(extractor):
    text = "A car bomb exploded at a checkpoint in Mogadishu on Saturday, killing at least 20 people, police said."
    result = extract(extractor, text, date(2017, 10, 16))
    [event] = result.events
    assert event.fatalities == 20
    assert event.claim_source == "police"
    killed = next(q for q in result.quantities if q.what == "people killed")
    assert (killed.low, killed.high) == (20, None)


def test_publication_date_missing_leaves_relative_dates_unresolved(extractor):
    text = "Rebels captured the town of Kidal yesterday."
    result = extractor.extract(Document(id=document_id(text), text=text, origin="undated.txt"))
    assert result.warnings and "no publication date" in result.warnings[0]
    assert all(e.date is None for e in result.events)


def test_a_day_after_dates_the_clause_from_the_main_one(extractor):
    text = ("A missile struck the administration building in Kharkiv on Tuesday. The strike came a day "
            "after rocket fire on residential districts of the city killed dozens of civilians.")
    dates = sorted(e.date.start for e in extract(extractor, text, date(2022, 3, 2)).events)
    assert dates == [date(2022, 2, 28), date(2022, 3, 1)]


def test_recalled_takeover_without_its_own_date_is_not_an_event(extractor):
    text = "Reports of executions in the town have multiplied since the town fell to the rebels."
    assert all(e.sub_event_type != "Non-state actor overtakes territory" for e in extract(extractor, text, PUBLISHED).events)
