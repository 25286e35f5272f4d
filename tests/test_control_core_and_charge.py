"""Control told by a place's core or by a side "in charge" (issue 18), as specification: a side that takes or holds
the centre or heart of a town holds part of it, while a district centre is the district's seat, the whole town, and a
building called a centre in a town is no part of the town; a side "in charge of X", or "in charge"/"in control" with an
in-phrase naming X, holds X."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import control_claims, extract

PUBLISHED = date(2024, 5, 1)


_claims = partial(control_claims, published=PUBLISHED)  # (holder, place, status) of one text


CORE = [  # (shape, text, the claim)
    ("the centre of X, taken", "Iraqi troops seized the centre of Hit on Tuesday after a week of fighting.",
     ("Military Forces of Iraq", "Hīt", "partial")),
    ("the city centre of X", "Rebels captured the city centre of Gao late on Friday, residents said.",
     ("Unidentified Armed Group (Mali)", "Gao", "partial")),
    ("the heart of X, held", "The army said it controls the heart of Homs, while militants still hold the northern "
     "suburbs.", ("Military Forces of Syria", "Homs", "partial")),
    ("the town centre of X, overrun", "Al-Shabaab fighters overran the town centre of Mahaday before dawn.",
     ("al-Shabaab", "Mahadaay", "partial")),
    ("now control the centre of X city", "Houthi forces now control the centre of Marib city, tribal sources said.",
     ("Houthis", "Marib City", "partial")),
]


@pytest.mark.parametrize(("shape", "text", "claim"), CORE, ids=[r[0] for r in CORE])
def test_the_core_of_a_town_is_part_of_it(extractor, shape, text, claim):
    claims = _claims(extractor, text)
    assert claim in claims
    assert (*claim[:2], "controls") not in claims


SEATS = [  # (shape, text, the claim): a district centre is the town that seats the district
    ("the district centre of X", "Taliban fighters captured the district centre of Jaghatu on Sunday.",
     ("Taliban", "Jaghatū", "controls")),
    ("X district centre", "The Taliban overran Khan Abad district centre in Kunduz province.",
     ("Taliban", "Khānābād", "controls")),
]


@pytest.mark.parametrize(("shape", "text", "claim"), SEATS, ids=[r[0] for r in SEATS])
def test_a_district_centre_is_the_whole_town(extractor, shape, text, claim):
    assert claim in _claims(extractor, text)


BUILDINGS = [  # a building called a centre, in a town: no claim on the town
    ("a health centre in X", "Militants seized a health centre in Diffa and looted medicine."),
    ("the detention centre in X", "Soldiers took control of the detention centre in Kidal."),
]


@pytest.mark.parametrize(("shape", "text"), BUILDINGS, ids=[r[0] for r in BUILDINGS])
def test_a_centre_that_is_a_building_claims_no_part_of_its_town(extractor, shape, text):
    assert not {c for c in _claims(extractor, text) if c[2] in {"controls", "partial"}}


IN_CHARGE = [  # (shape, text, the claim)
    ("in charge of X", "The Taliban are now in charge of Ghazni, a provincial official said.",
     ("Taliban", "Ghazni", "controls")),
    ("were in charge of X by a day", "M23 fighters were in charge of Rutshuru by Sunday evening.",
     ("M23", "Rutshuru", "controls")),
    ("firmly in charge of X, said", "Local officials said the army was firmly in charge of Dori.",
     ("Military Forces of Burkina Faso", "Dori", "controls")),
    ("in X fronted, remain in charge", "In Tessalit, the rebels remain in charge, residents said.",
     ("Unidentified Armed Group (Mali)", "Tessalit", "controls")),
    ("remained in charge in X", "Fano militiamen remained in charge in Gondar after the army pulled back.",
     ("Unidentified Armed Group (Ethiopia)", "Gonder", "controls")),
    ("in X fronted, remains in control", "In Dori, the army remains in control, residents said.",
     ("Military Forces of Burkina Faso", "Dori", "controls")),
    ("in control in X", "The army is firmly in control in Dori.", ("Military Forces of Burkina Faso", "Dori",
                                                                    "controls")),
]


@pytest.mark.parametrize(("shape", "text", "claim"), IN_CHARGE, ids=[r[0] for r in IN_CHARGE])
def test_a_side_in_charge_holds_the_place(extractor, shape, text, claim):
    assert claim in _claims(extractor, text)


NOT_IN_CHARGE = [  # charges laid, a person in charge of a task or a post: no place held
    ("charged, the verb", "The police said they had charged 12 protesters in Kano."),
    ("charges, the noun", "The governor denied the charges against him in Maiduguri."),
    ("a commander in charge of an operation", "A commander in charge of the operation in Gao was killed."),
    ("an officer in charge of a checkpoint", "The officer in charge of the checkpoint in Kabul was arrested."),
]


@pytest.mark.parametrize(("shape", "text"), NOT_IN_CHARGE, ids=[r[0] for r in NOT_IN_CHARGE])
def test_charges_and_people_in_charge_of_a_task_hold_nothing(extractor, shape, text):
    assert not _claims(extractor, text)


RETOLD_LOSS = [  # (shape, text, the loss): a retaking told first, the capture it undid told after, dated earlier
    ("pushed out of, captured in late March", "Ukrainian troops pushed Russian forces out of Vovchansk on Monday. "
     "Russian forces captured Vovchansk in late March.", ("Military Forces of Russia", "Vovchansk", "lost")),
    ("expelled from, overran in January", "Government forces expelled ISWAP fighters from Marte on Sunday, officials "
     "said. ISWAP overran Marte in January.", ("Islamic State West Africa Province", "Marte", "lost")),
    ("expelled from, seized in early March", "Iraqi forces expelled Islamic State from Rutba on Monday. Islamic State "
     "seized Rutba in early March.", ("Islamic State", "Ar Ruţbah", "lost")),
    ("pushed out of, overran in February", "Somali troops pushed al-Shabaab out of Mahas on Thursday. Al-Shabaab "
     "overran Mahas in February.", ("al-Shabaab", "Mahas", "lost")),
    ("drove out of, captured in late October", "Ethiopian troops drove TPLF fighters out of Kombolcha on Monday. The "
     "TPLF captured Kombolcha in late October.", ("Tigray People's Liberation Front", "Kombolcha", "lost")),
]


@pytest.mark.parametrize(("shape", "text", "loss"), RETOLD_LOSS, ids=[r[0] for r in RETOLD_LOSS])
def test_a_hold_a_later_retaking_ended_is_one_loss_claim(extractor, shape, text, loss):
    facts = [(c.actor.name, c.place.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control]
    assert len(facts) == len(set(facts))
    assert loss in facts


PART_RETAKEN = [  # (text, the earlier holder's claim): part of a town taken after another side seized all of it
    ("Government troops recaptured the centre of Ramadi on 28 April, seven months after Islamic State fighters seized "
     "the city in September.", ("Islamic State", "Ramadi")),
    ("Soldiers retook the centre of Gharyan on Sunday, a spokesman said. Militiamen seized the town last June.",
     ("Unidentified Armed Group (Libya)", "Gharyan")),
    ("The army regained the heart of Marib's old quarter on Monday. Houthi fighters overran Marib in January.",
     ("Houthis", "Ma'rib")),
    ("Ukrainian troops recaptured the centre of Vovchansk on Monday, a year after Russian forces captured the town.",
     ("Military Forces of Russia", "Vovchansk")),
    ("Malian soldiers regained the centre of Gao on Tuesday, a month after Islamist fighters seized the town.",
     ("Islamist Militia (Mali)", "Gao")),
]


@pytest.mark.parametrize(("text", "holder"), PART_RETAKEN)
def test_a_holder_a_later_taking_of_part_leaves_holding_part(extractor, text, holder):
    claims = _claims(extractor, text)
    assert (*holder, "partial") in claims
    assert (*holder, "controls") not in claims
