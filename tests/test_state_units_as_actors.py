"""A named unit of a country's forces is an actor of its own, written in the plural, in lower case or with its region
named another way too (data/acled_actors.yaml, built by training/build_actor_dictionary.py; resolve/actors.py
`_with_plural`)."""

from __future__ import annotations

from datetime import date

import pytest

from frontwatch.model import Document
from frontwatch.resolve.actors import ActorRegistry

UNITS_AS_WRITTEN = [
    ("Puntland dervish forces ambushed Islamic State fighters in a valley west of Bosaso on Sunday.",
     "Military Forces of Somalia Puntland Dervish Force", "Armed clash"),
    ("Two fishermen were beaten by Liyu police at a checkpoint outside Jijiga on 3 August 2019.",
     "Police Forces of Ethiopia Liyu Police", "Attack"),
    ("Jubaland Security Forces have shelled al-Shabaab positions near Jilib, killing three militants.",
     "Military Forces of Somalia Jubaland Security Force", "Shelling/artillery/missile attack"),
    ("Galmudug security forces fought clan gunmen at a water point outside Guriceel on Wednesday.",
     "Military Forces of Somalia Galmudug Security Force", "Armed clash"),
    ("Members of the Amhara regional special forces opened fire on displaced farmers near Kobo, wounding four.",
     "Police Forces of Ethiopia Amhara Regional Special Forces", "Attack"),
    # the unit's region written by another name of it (training/build_actor_dictionary.py `regional_names`)
    ("On 11 January 2021, Oromia regional special forces beat four traders at a market in Gimbi.",
     "Police Forces of Ethiopia Oromo Regional Special Forces", "Attack"),
]


@pytest.mark.parametrize(("text", "unit", "sub_type"), UNITS_AS_WRITTEN)
def test_a_unit_written_as_many_is_the_unit(extractor, text, unit, sub_type):
    events = extractor.extract(Document(id="t", text=text, origin="t", published=date(2024, 5, 10))).events
    assert events and events[0].actor1 is not None
    assert (events[0].actor1.name, events[0].sub_event_type) == (unit, sub_type)
    assert events[0].actor1.country in ("SO", "ET")


def test_a_unit_is_a_registry_entry_of_its_own():
    registry = ActorRegistry.load()
    assert registry.get("Puntland Dervish Force").name == "Military Forces of Somalia Puntland Dervish Force"
    assert registry.get("Puntland Dervish Force").kind == "state"
    assert registry.get("Liyu Police").kind == "police"
