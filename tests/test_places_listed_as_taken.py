"""Every name listed with a place as what a side captured, seized or took ("took X and Y", "X and Y south of Z") is a
place too, whatever the tagger called it: never a captive (no abduction) nor the other side; each the gazetteer knows
gets its control fact. Persons taken stay captives."""

from __future__ import annotations

import pytest

from frontwatch.model import Document


@pytest.mark.parametrize(("text", "sub_type", "held"), [
    ("Al-Shabaab fighters captured Mahas and Bardale overnight, residents said.",
     "Non-state actor overtakes territory", {"Bardaale", "Mahas"}),  # Mahas: the gazetteer's is abroad, the group's
    # home country instead
    ("Rebels of the M23 seized Rubaya and Mushaki on Friday after heavy fighting.",
     "Non-state actor overtakes territory", {"Rubaya"}),
    ("Kachin rebels captured Hpakant and Lonkin after two days of clashes.",
     "Non-state actor overtakes territory", {"Hpākān"}),
    ("Sudanese army units recaptured Singa and Dinder from the RSF.", "Government regains territory", {"Singa"}),
    ("The insurgents overran Mocimboa and Mbau on Tuesday.", "Non-state actor overtakes territory", {"Mocímboa"}),
])
def test_names_listed_with_a_place_taken_are_places(extractor, text, sub_type, held):
    found = extractor.extract(Document(id="t", text=text, origin="test"))
    assert {e.sub_event_type for e in found.events} == {sub_type}
    assert all(e.actor2 is None or not e.actor2.needs_review for e in found.events)  # no town as the other side
    assert {c.place.name for c in found.control if c.status.value == "controls"} == held


@pytest.mark.parametrize("text", [
    "Gunmen captured two aid workers and their driver near Goma on Monday.",
    "The militants seized a district official and his two sons at a checkpoint.",
])
def test_persons_taken_stay_captives(extractor, text):
    found = extractor.extract(Document(id="t", text=text, origin="test"))
    assert {e.sub_event_type for e in found.events} == {"Abduction/forced disappearance"}
    assert not found.control
