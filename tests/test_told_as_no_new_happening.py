"""Sentences of fresh text whose happening words tell no new happening (issue 18, branch spurious43): a deed whose own
subject is told as nobody ("neither army shelled X") is negated; a truce or ceasefire only talked over ("met to
discuss a ceasefire", "proposed a truce") is an aim, not an agreement; a building or goods that burn by themselves,
or people or armed men who burn with nothing burned ("two guards burned in their post", branch spurious45), tell damage
or harm, not a deed. The same words told as news stay events."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import sub_event_types

PUBLISHED = date(2024, 5, 15)  # a Wednesday

EVENTS_TOLD = [
    # a deed whose own subject is told as nobody: negated
    ("nobody-neither-army", "Neither army shelled the border towns over the weekend, monitors said.", []),
    ("nobody-no-militia", "No militia attacked the camps around Bunia on Monday, the UN mission said.", []),
    ("nobody-neither-faction", "Neither faction raided the market in Bor on Sunday, elders said.", []),
    ("nobody-no-gunmen", "No gunmen stormed the school in Kaduna on Monday, police said, denying earlier reports.", []),
    ("nobody-neither-government", "Neither government bombed the border villages near Abyei on Tuesday.", []),
    # a truce only talked over: an aim, no agreement
    ("talked-due-to-discuss", "Envoys of the two sides are due to meet in Doha on Friday to discuss a ceasefire.", []),
    ("talked-debated", "The leaders debated a truce for Darfur in Addis Ababa on Monday.", []),
    ("talked-proposed", "Mediators proposed a ceasefire in Juba on Tuesday, diplomats said.", []),
    ("talked-considered", "Both delegations considered a ceasefire for the Donbas in Istanbul on Tuesday.", []),
    ("talked-weighed", "The foreign ministers weighed a truce for Gaza in Cairo on Sunday.", []),
    ("talked-floated", "Negotiators floated a ceasefire for the Kivus in Luanda on Monday.", []),
    # a building or goods burning by itself: damage, no deed
    ("burns-market", "The market in Gao burned for hours on Tuesday, residents said.", []),
    ("burns-houses", "Dozens of houses burned through the night in Djibo, witnesses said.", []),
    ("burns-depot", "Smoke rose over Kidal on Monday while the fuel depot burned.", []),
    ("burns-warehouses", "Three warehouses burned in the port of Hodeidah on Sunday, officials said.", []),
    ("burns-mosque", "The old mosque of Kano burned through Monday night as firefighters waited for water.", []),
    # people or armed men who burn with nothing burned (branch spurious45): the harm of a happening, no deed of theirs
    ("burns-nurses", "Three nurses burned in the ward in Kassala on Monday, a doctor said.", []),
    ("burns-soldiers", "Two soldiers burned inside their truck near Gao on Friday, a medic said.", []),
    ("burns-children", "Doctors in Taiz said on Sunday that several children burned in the clinic.", []),
    ("burns-patients", "Several patients burned in their beds at the hospital in Kunduz on Saturday, a nurse said.",
     []),
    ("burns-wounded", "The wounded men burned in the wreck of their bus outside Dori on Friday, a medic said.", []),
    ("burns-beside-a-strike", "A mortar bomb hit the clinic in Kassala on Monday and three nurses burned in the ward, "
     "a doctor said.", ["Shelling/artillery/missile attack"]),
    # the same words told as news stay events
    ("news-fighting", "Fighting raged for three days around Menaka, officials said on Tuesday.", ["Armed clash"]),
    ("news-clashes", "Clashes broke out between the army and the militia near Gao on Monday.", ["Armed clash"]),
    ("news-agreed", "The army and the rebels agreed to a ceasefire in Juba on Tuesday.", ["Agreement"]),
    ("news-gunmen-burned", "Gunmen burned dozens of houses in Djibo on Monday.", ["Looting/property destruction"]),
    ("news-militia-burned", "Militiamen burned the market in Djugu on Saturday, residents said.",
     ["Looting/property destruction"]),
    ("news-villagers-burned", "Villagers burned the huts of herders near Djugu on Sunday, police said.",
     ["Looting/property destruction"]),
    ("news-homes-were-burned", "Forty homes were burned in Kajuru on Sunday, police said.",
     ["Looting/property destruction"]),
    ("news-militia-attacked", "A militia attacked the camps around Bunia on Monday, the UN mission said.", ["Attack"]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in EVENTS_TOLD], ids=[i for i, _, _ in EVENTS_TOLD])
def test_only_words_that_tell_a_new_happening_yield_an_event(extractor, text, expected):
    assert sub_event_types(extractor, text, PUBLISHED) == expected
