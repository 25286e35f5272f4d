"""A headline's verb in the present tense that the tagger read as a noun or adjective, as specification: in "Troops
clear X of Y" or "Militants storm army post" the small parser reads "clear" as an adjective and "storm" as a noun and
leaves the sentence no verb; the sentence is parsed again with its verbs written in the past, so the happening is
told by its doer, at its place, on the day of the report. A verbless headline that tells no happening stays without
an event."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 3, 6)

HEADLINE_VERBS = [
    ("Troops clear Kukawa of insurgents, kill seven", "Government regains territory", "Kukawa"),
    ("Militants storm army post near Gao", "Armed clash", "Gao"),
    ("Gunmen raid village in Zamfara, abduct 30", "Abduction/forced disappearance", "Zamfara"),
    ("Rebels shell army base in Kaga Bandoro", "Shelling/artillery/missile attack", "Kaga-Bandoro"),
    ("Al-Shabaab fighters overrun military base in Baidoa", "Non-state actor overtakes territory", "Baidoa"),
]

NO_HAPPENING = [
    "Peace talks in Doha",  # a meeting
    "Ministers meet in Addis Ababa",
    "Donors pledge aid to Gao flood victims",  # an aid appeal
    "Heavy rains flood villages in Assam",  # a disaster
    "Thieves rob bank in Lagos",  # a crime
    "Students celebrate exam results in Accra",
]


@pytest.mark.parametrize(("text", "sub_type", "place"), HEADLINE_VERBS)
def test_a_headline_verb_read_as_a_noun_is_told(extractor, text, sub_type, place):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.actor1 is not None, *place_and_day(e)) for e in events] == [
        (sub_type, True, place, PUBLISHED)]


@pytest.mark.parametrize("text", NO_HAPPENING)
def test_a_headline_that_tells_no_happening_stays_without_an_event(extractor, text):
    assert extract(extractor, text, PUBLISHED).events == []
