"""A hold told as new as specification: a state of control the words tell as new ("X is now held by Y", "now in Y's
hands", "back under Y's control", "by Saturday Y held X") tells the taking that made it, on the day it is told; a
standing hold ("still hold", "have held X since 2014") or what is left ("now hold only X") tells none."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 13)  # a Monday
FRIDAY, SATURDAY, SUNDAY = date(2024, 5, 10), date(2024, 5, 11), date(2024, 5, 12)
OVERTAKES, REGAINS = "Non-state actor overtakes territory", "Government regains territory"

TOLD_AS_NEW = [
    ("Kherson is now held by Ukrainian forces, the governor said on Sunday.", (REGAINS, "Kherson", SUNDAY)),
    ("Al-Shabaab said on Sunday that Mahas was now in its fighters' hands.", (OVERTAKES, "Māḩiş", SUNDAY)),
    ("By Saturday evening the insurgents held Mocimboa da Praia, the district capital.",
     (OVERTAKES, "Mocímboa da Praia", SATURDAY)),
    ("The army said on Friday that Ras Kamboni was back under its control.", (REGAINS, "Kaambooni", FRIDAY)),
    ("JNIM said on Friday that Djibo was now under its control.", (OVERTAKES, "Djibo", FRIDAY)),
]
STANDING = [
    "The rebels still hold Kidal, officials said on Sunday.",
    "Tuareg rebels have held Kidal since 2014.",
    "Government troops now hold only Juba and Wau, officials said on Sunday.",
]
NO_PLACE_NAMED = [  # a hold told as new of what no place name names: land near a town, much of an area, a pronoun
    "The militia said on Sunday that it now controls land stretching from the river to the edge of Beni.",
    "JNIM said on Friday that its fighters now held much of the countryside around Djibo.",
    "The rebels said on Saturday that the whole area north of Kidal was now in their hands.",
    "On Sunday the insurgents claimed that they now held most of the coast between Palma and Pemba.",
    "A rebel spokesman said on Sunday that the fighters now held all of it, as the army regrouped near Komanda.",
]


@pytest.mark.parametrize(("text", "told"), TOLD_AS_NEW)
def test_a_hold_told_as_new_is_a_taking(extractor, text, told):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [told]


@pytest.mark.parametrize("text", STANDING + NO_PLACE_NAMED)
def test_a_standing_hold_is_no_event(extractor, text):
    assert extract(extractor, text, PUBLISHED).events == []


def test_a_hold_told_as_new_retells_the_taking_told_before(extractor):
    text = ("Rebels of the Arakan Army captured Buthidaung on Saturday. The group said on Sunday "
            "that Buthidaung was now under its control.")
    events = [e for e in extract(extractor, text, PUBLISHED).events if e.sub_event_type == OVERTAKES]
    assert [place_and_day(e) for e in events] == [
        ("Buthidaung Town", SATURDAY)]
