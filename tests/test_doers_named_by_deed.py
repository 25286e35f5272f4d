"""Armed doers a report names by what they do rather than by a cause, as specification: "bandits", "terrorists",
"raiders", "hitmen" who kill a policeman or soldiers fight an armed side (a battle), and one who kills or seizes
civilians attacks them, both by an unidentified armed group of the report's country; the noun alone tells the doer is
armed, whatever the sentence's typer reads."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 3, 6)  # a Wednesday
CLASH, ATTACK, ABDUCTION = "Armed clash", "Attack", "Abduction/forced disappearance"

NAMED_BY_DEED = [
    ("Bandits killed a policeman near Tsafe on Monday.", CLASH, "Nigeria"),
    ("Terrorists killed two soldiers near Kirkuk on Sunday.", CLASH, "Iraq"),
    ("Armed bandits killed a vigilante commander near Birnin Gwari on Tuesday.", CLASH, "Nigeria"),
    ("Raiders killed three policemen in Turkana on Friday.", CLASH, "Kenya"),
    ("Hitmen killed a police officer in Celaya on Saturday.", CLASH, "Mexico"),
    ("Suspected terrorists killed four farmers near Malam Fatori on Monday.", ATTACK, "Nigeria"),
    ("Cattle rustlers killed a herder near Moroto on Sunday.", ATTACK, "Uganda"),
    ("Bandits abducted a district officer near Gusau on Tuesday.", ABDUCTION, "Nigeria"),
]


@pytest.mark.parametrize(("text", "sub_type", "country"), NAMED_BY_DEED)
def test_a_doer_named_by_deed_is_an_unidentified_armed_group(extractor, text, sub_type, country):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in events] == [
        (sub_type, f"Unidentified Armed Group ({country})")]
