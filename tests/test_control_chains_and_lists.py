"""Control claims whose holder or places a list leaves to the words around them: a taking told as a noun at the end of
a chain of verbs is done by the chain's first subject, not by the victims an earlier verb names ("attacked X, killed
Y and took control of Z"); a list in apposition to a town noun names every town of the list, those no recogniser
marked too ("three towns: X, Y and Z")."""

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
    ("Soldiers retook three villages: Gwoza, Bama and Dikwa.", "Military Forces of Nigeria", {"Gwoza", "Bama", "Dikwa"}),
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
