"""A taking or regain whose object is part of a place (issue 18), as specification: the part named by a town noun that
refers back ("the town centre", "the city's outskirts"), by an of-phrase ("the city centre of X"), or a spot in a town
named by an in-phrase or a possessive ("the main market in X", "the town's bazaar"), told active, passive or as a noun
("the recapture of ..."), is a taking of a share of that town (`partial`, arguments.yaml `core_nouns`, `spot_nouns`) and
the event of the taking there; the seat a district's centre or headquarters names is the whole town. A health centre,
a building, is no part taken."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import control_claims, extract

PUBLISHED = date(2024, 5, 13)


_claims = partial(control_claims, published=PUBLISHED)  # (holder, place, status) of one text


PART_TAKEN = [  # (shape, text, claim, sub-event type of the taking)
    ("active, town noun", "Heavy fighting was reported in Kismayo on Monday. Al-Shabaab fighters seized the town "
     "centre on Tuesday.", ("al-Shabaab", "Kismayo", "partial"), "Non-state actor overtakes territory"),
    ("passive, town noun", "Clashes erupted in Marawi on Friday. The city centre was recaptured by Philippine troops "
     "on Sunday.", ("Military Forces of the Philippines", "Marawi City", "partial"), "Government regains territory"),
    ("nominal, of-phrase", "The recapture of the city centre of Mosul by Iraqi troops was announced on Sunday.",
     ("Military Forces of Iraq", "Mosul", "partial"), "Government regains territory"),
    ("spot, in-phrase", "Jihadists overran the main market in Menaka on Wednesday.",
     ("Unidentified Armed Group (Mali)", "Ménaka", "partial"), "Non-state actor overtakes territory"),
    ("spot, in-phrase on the verb", "ISWAP fighters took the bazaar in Monguno on Friday.",
     ("Islamic State West Africa Province", "Monguno", "partial"), "Non-state actor overtakes territory"),
    ("spot, possessive", "Rebels shelled Goma on Monday. Soldiers took the city's main market on Tuesday.",
     ("Military Forces of the Democratic Republic of Congo", "Goma", "partial"), "Government regains territory"),
    ("share, possessive, unaccusative", "Houthi fighters stormed Marib on Monday. The city's outskirts fell to the "
     "Houthis on Wednesday.", ("Houthis", "Ma'rib", "partial"), "Non-state actor overtakes territory"),
]


@pytest.mark.parametrize(("shape", "text", "claim", "sub_type"), PART_TAKEN)
def test_a_part_of_a_town_taken_is_a_share_of_it_and_its_taking_there(extractor, shape, text, claim, sub_type):
    assert claim in _claims(extractor, text), shape
    found = extract(extractor, text, PUBLISHED).events
    assert any(e.sub_event_type == sub_type and e.place and e.place.name == claim[1] for e in found), shape


SEATS = [  # (text, claim): a district's centre or headquarters is the town that seats it, taken whole
    ("Afghan commandos retook the district centre of Musa Qala from the insurgents on Friday.",
     ("Military Forces of Afghanistan", "Mūsá Qal‘ah", "controls")),
    ("Taliban fighters overran the district centre of Khwaja Ghar in Takhar province on Monday.",
     ("Taliban", "Khwājah Ghār", "controls")),
    ("The army recaptured the headquarters of Musa Qala district on Monday.",
     ("Military Forces of Afghanistan", "Mūsá Qal‘ah", "controls")),
]


@pytest.mark.parametrize(("text", "claim"), SEATS)
def test_a_district_seat_taken_is_the_whole_town(extractor, text, claim):
    assert claim in _claims(extractor, text)


SEATS_TOLD_BEFORE = [  # (text, sub-event type, place): "the district centre" of the district named before is ground
    ("Heavy clashes erupted in Nad Ali district on Friday. Afghan commandos recaptured the district centre on "
     "Saturday.", "Government regains territory", "Nād ‘Alī"),
    ("Taliban fighters attacked Arghandab district on Monday and captured the district centre after hours of fighting.",
     "Non-state actor overtakes territory", "Arghandāb"),
]


@pytest.mark.parametrize(("text", "sub_type", "place"), SEATS_TOLD_BEFORE)
def test_a_district_centre_told_by_reference_is_a_taking_at_its_district(extractor, text, sub_type, place):
    assert (sub_type, place) in {(e.sub_event_type, e.place.name if e.place else None)
                                 for e in extract(extractor, text, PUBLISHED).events}


def test_a_building_named_centre_is_no_part_taken(extractor):
    assert _claims(extractor, "A health centre in Gao was looted by gunmen on Monday.") == set()
