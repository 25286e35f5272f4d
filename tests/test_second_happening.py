"""A second happening in one sentence as specification: the sentence typer reads one label for the whole sentence, so a
happening told by a verb of many senses ("attacked", "stormed") beside another the typer's label went to ("... and later
kidnapped two in B") is read from what the typer reads of the rest; each happening is an event at its own place."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

from frontwatch.extract.table import load_table

PUBLISHED = date(2024, 3, 6)  # a Wednesday
SUNDAY, MONDAY, TUESDAY = date(2024, 3, 3), date(2024, 3, 4), date(2024, 3, 5)

TWO_HAPPENINGS = [
    ("Gunmen attacked a checkpoint in Zinder on Monday and abducted three traders near Maradi.",
     [("Zinder", MONDAY), ("Maradi", MONDAY)]),
    ("Militants stormed an army post near Ansongo on Sunday and later kidnapped four villagers in Menaka.",
     [("Ansongo", SUNDAY), ("Ménaka", SUNDAY)]),
    ("Houthi fighters attacked government positions near Taiz on Monday and arrested two journalists in Sanaa.",
     [("Taiz", MONDAY), ("Sanaa", MONDAY)]),
    ("JNIM fighters attacked a gendarmerie post in Djibo on Sunday and later abducted a priest near Arbinda.",
     [("Djibo", SUNDAY), ("Aribinda", SUNDAY)]),
    ("Gunmen stormed a police station in Katsina on Tuesday and kidnapped a chief in Funtua.",
     [("Katsina", TUESDAY), ("Funtua", TUESDAY)]),
]


@pytest.mark.parametrize(("text", "told"), TWO_HAPPENINGS)
def test_each_happening_of_a_sentence_is_an_event(extractor, text, told):
    events = extract(extractor, text, PUBLISHED).events
    assert [place_and_day(e) for e in events] == told


class Typed:
    def __init__(self, probs: dict[str, float]) -> None:
        self.label, self.probs = max(probs, key=probs.__getitem__), probs


def _kinds(**roles: list[str]):
    return lambda role: frozenset(roles.get(role, ["untold"]))


@pytest.mark.parametrize(("spent", "code"), [
    (frozenset(), None),  # the typer's reading is the kidnapping's: no attack
    (frozenset({"ABDUCT_DISSAP"}), "ARMED_CLASH"),  # the kidnapping told by its own verb: the rest is the attack's
    (frozenset({"ARMED_CLASH"}), None),  # what the typer reads of the rest may name no attack at all
])
def test_codes_other_happenings_took_leave_the_typer_reading_of_the_rest(spent, code):
    typing = Typed({"ABDUCT_DISSAP": 0.86, "ARMED_CLASH": 0.12, "NONE": 0.02})
    roles = _kinds(agent=["armed", "told"], patient=["building"])
    candidate = load_table().decide("attack", roles, typing, spent=spent)
    assert (candidate.code if candidate else None) == code


ONE_HAPPENING_AT_ONE_PLACE = [  # a second doing at the first's place (or at none) tells the same happening
    "Vigilantes fought with gunmen in the hills, leaving five dead.",
    "Suspected ADF fighters attacked the village of Oicha overnight and burned several houses.",
    "Local hunters clashed with militants in the bush near Kaya, leaving four dead.",
    "Rebels attacked the village of Kamango on Monday and burned dozens of homes.",
    "Jihadists attacked the town of Djibo on Sunday and burned the market.",
]


@pytest.mark.parametrize("text", ONE_HAPPENING_AT_ONE_PLACE)
def test_a_second_doing_at_the_same_place_is_the_same_happening(extractor, text):
    assert len(extract(extractor, text, PUBLISHED).events) == 1
