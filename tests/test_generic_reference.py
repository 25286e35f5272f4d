"""Who a generic reference names ("rebels", "the insurgents", "militants"): the report's main armed group only when the
report does not tell that group beside the state or as the other side of the noun's own clause; else an unidentified
armed group of the country, as ACLED codes it."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2025, 3, 12)


def _facts(extractor, text: str) -> set[tuple[str, str]]:
    """Every (actor, role) of the events and control claims the text gives."""
    facts = extract(extractor, text, PUBLISHED)
    return {*((c.actor.name, c.status.value) for c in facts.control),
            *((e.actor2.name, "actor2") for e in facts.events if e.actor2 is not None)}


NOT_THE_MAIN_GROUP = [  # the group fights beside the state (coordinated, backing) or against the noun
    ("Iraqi troops and Popular Mobilization Forces fighters entered Tal Afar on Sunday. Rebels had held the town "
     "since March.", ("Unidentified Armed Group (Iraq)", "lost"), "Popular Mobilization Forces"),
    ("Nigerian troops, backed by the Civilian Joint Task Force, recaptured Gwoza on Friday. The insurgents had held "
     "the town since August.", ("Unidentified Armed Group (Nigeria)", "lost"),
     "Civilian JTF: Civilian Joint Task Force"),
    ("Soldiers and Pyu Saw Htee militiamen raided Kani on Wednesday. The insurgents had controlled the town for two "
     "years.", ("Unidentified Armed Group (Myanmar)", "lost"), "Pyu Saw Htee"),
    ("Burkinabe soldiers and VDP volunteers retook Djibo on Monday. The militants had held the town since May.",
     ("Unidentified Armed Group (Burkina Faso)", "lost"), "VDP: Volunteer for Defense of Homeland"),
    ("Hezbollah fighters clashed with militants near Hermel on Friday.",
     ("Unidentified Armed Group (Lebanon)", "actor2"), "Hezbollah"),
]


@pytest.mark.parametrize(("text", "fact", "ally"), NOT_THE_MAIN_GROUP)
def test_a_generic_reference_is_no_group_told_beside_the_state_or_against_it(extractor, text, fact, ally):
    facts = _facts(extractor, text)
    assert fact in facts
    assert (ally, fact[1]) not in facts


@pytest.mark.parametrize(("text", "fact"), [
    ("Al Shabaab attacked an army base near Jowhar on Monday. The militants then seized the town.",
     ("al-Shabaab", "controls")),
    ("Pyu Saw Htee militiamen burned houses in Kani on Tuesday. The militiamen then seized the town.",
     ("Pyu Saw Htee", "controls")),
])
def test_a_generic_reference_to_the_main_group_acting_alone_stays_that_group(extractor, text, fact):
    assert fact in _facts(extractor, text)
