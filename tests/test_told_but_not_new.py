"""Sentences of fresh text that tell no new happening (issue 18, branch precision28): what falls on a place is a
munition, never a town falling to someone; a happening planned or expected ("rallies are planned for Friday") has
not happened; a happening's noun that a verb calls its object ("called it the deadliest attack") judges one told
elsewhere; a date told with "only" or "just" ("only last March") is still that date, and a happening so dated long
before the report's own is background. The same words told as news stay events."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract
from test_frames import heads

from frontwatch.reading.model import frames_of
from frontwatch.resolve.dates import resolve_date

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _events(extractor, text: str) -> list[str]:
    return [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events]


FALLEN_ON = [
    # what fell or dropped on a place, named by a weapon word or not, after a dateline or not: the instrument
    ("Bombs", "KALEMIE, May 15 (Lake Wire) - Bombs fell on two schools at the northern edge of Kalemie on Tuesday."),
    ("rounds", "Mortar rounds fell onto the cattle market in Kidal early on Sunday."),
    ("Canisters", "Canisters fell on three camps for displaced families east of Bentiu on Monday, police said."),
    ("rockets", "BUNIA (Ituri Post) - Two rockets fell upon a wedding party near Bunia on Friday, witnesses said."),
    ("debris", "Burning debris fell on the main hospital of Tabarak Allah overnight, residents said."),
]


@pytest.mark.parametrize(("munition", "text"), FALLEN_ON, ids=[m for m, _ in FALLEN_ON])
def test_what_falls_on_a_place_is_the_instrument_not_ground_taken(reader, munition, text):
    fall = next(f for f in frames_of(reader(text)) if f.predicate.lemma_ == "fall")
    assert munition in heads(fall, "instrument")
    assert munition not in heads(fall, "patient")


TOWNS_FALLEN = [
    "Kidal fell on Sunday to the rebels.",
    "Kalemie fell to the militia on Tuesday.",
]


@pytest.mark.parametrize("text", TOWNS_FALLEN)
def test_a_town_that_falls_on_a_day_is_still_taken(extractor, text):
    assert _events(extractor, text) == ["Non-state actor overtakes territory"]


PLANNED = [
    "Rallies against the curfew are planned in Nairobi on Friday.",
    "Protests are expected in Lagos next week, organisers said.",
    "A sit-in is planned outside the governor's office in Kano on Thursday.",
    "More demonstrations against the fuel price were scheduled in Accra for the weekend.",
    "Fresh marches are planned across Khartoum on Saturday, the committees said.",
]


@pytest.mark.parametrize("text", PLANNED)
def test_a_happening_planned_or_expected_is_no_event(extractor, text):
    assert _events(extractor, text) == []


JUDGED = [
    "The UN envoy called it the deadliest attack on civilians this year.",
    "The governor described the raid as the worst massacre in the province since 2019.",
    "Aid agencies termed it the bloodiest assault on the camp yet.",
    "The minister branded the ambush a cowardly attack on peacekeepers.",
    "Church leaders condemned what they called a massacre of worshippers.",
]


@pytest.mark.parametrize("text", JUDGED)
def test_a_happening_a_verb_calls_its_object_is_no_event_of_its_own(extractor, text):
    assert _events(extractor, text) == []


JUDGING_WORDS_TOLD_AS_NEWS = [
    # a judging verb whose object is the happening itself, told as news
    "Police called in the army after rioters attacked a police post in Kano on Monday.",
    "The army called in air strikes on rebel positions near Kalemie on Monday.",
]


@pytest.mark.parametrize("text", JUDGING_WORDS_TOLD_AS_NEWS)
def test_a_happening_told_as_news_stays_one(extractor, text):
    assert len(_events(extractor, text)) == 1


LONG_AGO = [
    # (a report of this week, then a happening told with "only"/"just" and a date long before it)
    "Fighting erupted in Kalemie on Monday. The rebels signed a peace deal with the government only last March.",
    "Fighting erupted in Kalemie on Monday. The militia and the army agreed a truce in Moba only last year.",
    "Troops clashed with rebels near Bunia on Tuesday. The rebels had kidnapped a priest there just last year.",
    "Police fired tear gas at protesters in Nairobi on Monday. Students marched on parliament only in February.",
    "Shelling hit Bentiu on Sunday. The town was bombed just last January, residents recalled.",
]


@pytest.mark.parametrize("text", LONG_AGO)
def test_a_happening_dated_only_or_just_long_before_is_background(extractor, text):
    assert len(_events(extractor, text)) == 1


@pytest.mark.parametrize(("expression", "month"), [("only last March", 3), ("just last February", 2),
                                                     ("only in January", 1)])
def test_only_and_just_leave_the_date_they_lead(expression, month):
    found = resolve_date(expression, PUBLISHED)
    assert found is not None and (found.start.year, found.start.month) == (2024, month)
