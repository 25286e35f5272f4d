"""Clearing operations (issue 18), as specification: an armed side cleared, flushed, pushed or dislodged out of a place,
or a place cleared or rid of them ("cleared X of Y", its of-phrase who is driven out whether the parser hangs it on the
verb or on the place, predicates.yaml `ridding`; its passive's by-phrase the doer), or its state's authority restored
over a place, is the place regained or taken: the doer holds it, the side driven out lost it. ACLED's train notes code
an armed side's clearing of a named place, forest or camp of another as a change of hands (16 of 18: 15 territory
regained, 1 a transfer; 2 a battle). A way or a charge cleared is no ground ("cleared the road of debris"). A bare
entry stays a contest, no taking: of 115 train notes telling an armed side entering a place, 3 are coded a change of
hands, each telling a withdrawal or a taking beside it."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import control_claims, extract

PUBLISHED = date(2024, 5, 13)


_claims = partial(control_claims, published=PUBLISHED)  # (holder, place, status) of one text


CLEARED = [  # (shape, text, claims)
    ("cleared X of Y", "Nigerian soldiers cleared Gubio of ISWAP fighters on Saturday.",
     {("Military Forces of Nigeria", "Gubio", "controls"), ("Islamic State West Africa Province", "Gubio", "lost")}),
    ("cleared X of Y, its of-phrase on X", "Somali troops cleared Afgooye of al-Shabaab fighters on Monday.",
     {("Military Forces of Somalia", "Afgooye", "controls"), ("al-Shabaab", "Afgooye", "lost")}),
    ("passive, by-phrase", "Jowhar was cleared of al-Shabaab militants by Somali soldiers on Sunday.",
     {("Military Forces of Somalia", "Jawhar", "controls"), ("al-Shabaab", "Jawhar", "lost")}),
    ("passive, by-phrase on who is driven out", "Bama was cleared of insurgents by the army on Thursday.",
     {("Military Forces of Nigeria", "Bama", "controls")}),
    ("nominal", "The clearing of Dikwa by Nigerian troops was completed on Sunday.",
     {("Military Forces of Nigeria", "Dikwa", "controls")}),
    ("pushed out of", "Nigerian troops pushed Boko Haram fighters out of Monguno on Wednesday, killing 12 of them.",
     {("Military Forces of Nigeria", "Monguno", "controls"), ("Boko Haram", "Monguno", "lost")}),
    ("flushed out of", "Somali soldiers flushed al-Shabaab militants out of Jowhar on Sunday.",
     {("Military Forces of Somalia", "Jawhar", "controls"), ("al-Shabaab", "Jawhar", "lost")}),
    ("dislodged from", "Iraqi troops dislodged Islamic State fighters from Baiji on Friday.",
     {("Military Forces of Iraq", "Bayjī", "controls"), ("Islamic State", "Bayjī", "lost")}),
    ("authority restored over", "Malian troops restored state authority over Kidal on Friday.",
     {("Military Forces of Mali", "Kidal", "controls")}),
]


@pytest.mark.parametrize(("shape", "text", "claims"), CLEARED)
def test_a_place_cleared_of_an_armed_side_is_regained(extractor, shape, text, claims):
    assert claims <= _claims(extractor, text), shape
    place = next(iter(claims))[1]
    found = extract(extractor, text, PUBLISHED).events
    assert any(e.sub_event_type == "Government regains territory" and e.place and e.place.name == place
               for e in found), shape


CAMPS_CLEARED = [  # (text, place of the regain): a side's camp or base cleared by the state's forces (train: 5 of 5)
    ("Soldiers cleared an al-Shabaab camp at Bariire on Sunday.", "Bariirre"),
    ("The army cleared the rebels' base outside Beni on Monday.", "Beni"),
    ("Nigerian troops cleared three Boko Haram camps around Gwoza on Friday, killing nine militants.", "Gwoza"),
]


@pytest.mark.parametrize(("text", "place"), CAMPS_CLEARED)
def test_camps_cleared_by_the_state_are_ground_regained(extractor, text, place):
    found = extract(extractor, text, PUBLISHED).events
    assert found and found[0].sub_event_type == "Government regains territory"
    assert found[0].place is not None and found[0].place.name == place


def test_a_protest_camp_cleared_is_a_protest_broken_up(extractor):
    found = extract(extractor, "Police cleared the protest camp in Nairobi on Monday.", PUBLISHED).events
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]


NOTHING_TAKEN = [  # (shape, text): no ground changes hands
    ("a way", "Police cleared the road of debris on Monday after the protest in Lagos."),
    ("a charge", "The court cleared the colonel of all charges in Abuja on Monday."),
]


@pytest.mark.parametrize(("shape", "text"), NOTHING_TAKEN)
def test_a_way_or_a_charge_cleared_is_no_taking(extractor, shape, text):
    assert not {c for c in _claims(extractor, text) if c[2] in {"controls", "lost"}}, shape
    assert not [e for e in extract(extractor, text, PUBLISHED).events if "territory" in (e.sub_event_type or "")]


def test_a_bare_entry_is_a_contest_no_taking(extractor):
    assert _claims(extractor, "Burkinabe soldiers entered Djibo on Saturday.") == {
        ("Military Forces of Burkina Faso", "Djibo", "contested")}
