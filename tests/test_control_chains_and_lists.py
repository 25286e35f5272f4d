"""Control claims whose holder or places a list leaves to the words around them: a taking told as a noun at the end of
a chain of verbs is done by the chain's first subject, not by the victims an earlier verb names ("attacked X, killed
Y and took control of Z"); a list in apposition to a town noun names every town of the list, those no recogniser
marked too ("three towns: X, Y and Z"); the names before a plural area noun name whole places, not shares of them
("the X and Y areas", as "the X area")."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2025, 3, 12)


def _claims(extractor, text: str) -> set[tuple[str, str, str]]:
    return {(c.actor.name, c.place.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control}


CHAIN_END = [
    ("Rebels ambushed a convoy, killed three soldiers and took control of Menaka.",
     ("Unidentified Armed Group (Mali)", "Ménaka", "controls")),
    ("JNIM fighters attacked the camp, killed twelve gendarmes and seized control of Djibo.",
     ("JNIM", "Djibo", "controls")),
    ("ISWAP fighters shelled the base, wounded four soldiers and gained control of Monguno.",
     ("Islamic State West Africa Province", "Monguno", "controls")),
    ("The army bombed the camps, killed twenty militants and regained control of Gwoza.",
     ("Military Forces of Nigeria", "Gwoza", "controls")),
    ("Al-Shabaab militants raided the town, beheaded two policemen and took control of Baidoa.",
     ("al-Shabaab", "Baidoa", "controls")),
    ("Tuareg rebels surrounded the garrison, disarmed the soldiers and took control of Tessalit.",
     ("MNLA", "Tessalit", "controls")),
]


@pytest.mark.parametrize(("text", "claim"), CHAIN_END)
def test_a_taking_at_the_end_of_a_chain_of_verbs_is_the_first_subjects(extractor, text, claim):
    assert _claims(extractor, text) == {claim}


TOWNS_LISTED = [
    ("The army regained three towns: Bama, Gwoza and Dikwa, officials said.",
     "Military Forces of Nigeria", {"Bama", "Gwoza", "Dikwa"}),
    ("Soldiers retook three villages: Gwoza, Bama and Dikwa.",
     "Military Forces of Nigeria", {"Gwoza", "Bama", "Dikwa"}),
    ("Insurgents overran three towns: Dikwa, Gwoza and Marte, residents said.",
     "Unidentified Armed Group (Nigeria)", {"Dikwa", "Gwoza", "Marte"}),
    ("ISWAP fighters captured the towns Monguno, Marte and Kukawa.",
     "Islamic State West Africa Province", {"Monguno", "Marte", "Kukawa"}),
    ("The rebels took three towns: Kidal, Tessalit and Aguelhok.", "Unidentified Armed Group", {"Kidal", "Tessalit",
                                                                                                 "Aguelhok"}),
    ("Troops liberated two towns: Bama and Gwoza.", "Military Forces", {"Bama", "Gwoza"}),
]


@pytest.mark.parametrize(("text", "holder", "towns"), TOWNS_LISTED)
def test_a_list_in_apposition_to_a_town_noun_names_each_town(extractor, text, holder, towns):
    assert _claims(extractor, text) == {(holder, town, "controls") for town in towns}


def test_a_list_in_apposition_to_people_names_no_town(extractor):
    assert not _claims(extractor, "Two soldiers, Musa and Ali, were captured by the militants in Gwoza.")


SOM, SHABAAB, BF, JNIM = "Military Forces of Somalia", "al-Shabaab", "Military Forces of Burkina Faso", "JNIM"
AREAS_NAMED = [
    ("Government troops seized the Jowhar and Balcad areas from al-Shabaab on Monday.",
     {(SOM, "Jawhar", "controls"), (SOM, "Balcad", "controls"), (SHABAAB, "Jawhar", "lost"),
      (SHABAAB, "Balcad", "lost")}),
    ("Al-Shabaab took the Baidoa and Burhakaba areas from government forces.",
     {(SHABAAB, "Baidoa", "controls"), (SHABAAB, "Buurhakaba", "controls"), (SOM, "Baidoa", "lost"),
      (SOM, "Buurhakaba", "lost")}),
    ("Soldiers regained the Djibo and Arbinda areas from JNIM.",
     {(BF, "Djibo", "controls"), (BF, "Aribinda", "controls"), (JNIM, "Djibo", "lost"), (JNIM, "Aribinda", "lost")}),
    ("ISWAP fighters overran the Monguno and Marte areas on Friday.",
     {("Islamic State West Africa Province", "Monguno", "controls"), ("Islamic State West Africa Province", "Marte",
                                                                       "controls")}),
    ("The army took control of the Bama and Gwoza areas from Boko Haram.",
     {("Military Forces of Nigeria", "Bama", "controls"), ("Military Forces of Nigeria", "Gwoza", "controls"),
      ("Boko Haram", "Bama", "lost"), ("Boko Haram", "Gwoza", "lost")}),
]


@pytest.mark.parametrize(("text", "claims"), AREAS_NAMED)
def test_the_names_before_a_plural_area_noun_are_whole_places(extractor, text, claims):
    assert _claims(extractor, text) == claims


@pytest.mark.parametrize("text", [
    "Soldiers took control of parts of Jowhar from al-Shabaab.",
    "Al-Shabaab seized residential areas of Jowhar.",
])
def test_areas_of_a_place_are_a_share_of_it(extractor, text):
    assert {status for _, place, status in _claims(extractor, text) if place == "Jawhar"} == {"partial"}
