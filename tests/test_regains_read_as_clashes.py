"""Regains that used to read as clashes (issue 18), as specification: a hold told as the end of a fight in its own
phrase or clause ("was in full control of X after clashes with Y", "following a gun battle") is the taking that fight
won (time.yaml `won_after`, pseudo-role `change`), never after an attack it beat back ("after repelling an assault")
nor a standing hold ("still in control"); an enemy's bases taken are ground taken, whatever the tagger makes of the
plural ("took over the bases": lemmas.yaml). The state's side taking them back is a territory regained."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import sub_event_types

PUBLISHED = date(2024, 5, 13)
REGAINS = "Government regains territory"

_types = partial(sub_event_types, published=PUBLISHED)

HOLDS_AFTER_A_FIGHT = [  # (shape, text)
    ("after clashes with", "On 10 May 2024, the Sudanese army was in full control of Singa after clashes with the "
     "RSF."),
    ("after fighting, gerund", "Malian troops were in complete control of the town of Menaka on Friday after fighting "
     "jihadists there."),
    ("following a gun battle", "Nigerian soldiers were in control of Gwoza on Saturday following a gun battle with "
     "Boko Haram."),
    ("fronted after-phrase", "After two days of battles with Houthi fighters, Yemeni government forces were in total "
     "control of Hazm on Sunday."),
    ("back in control following", "Congolese troops were back in control of Bunia on Monday following clashes with "
     "CODECO militiamen."),
]

BASES_TAKEN = [  # (shape, text)
    ("coordinated after a clash", "On 10 May 2024, Puntland forces clashed with Islamic State fighters near Bosaso and "
     "took over the bases."),
    ("seized, after a gunfight", "Somali troops seized the bases of al-Shabaab near Afgooye on Friday after a "
     "gunfight."),
    ("passive", "The bases near Kidal were captured by Malian soldiers on Tuesday."),
    ("overran, said", "Nigerian troops overran Boko Haram bases in Sambisa forest on Wednesday, the army said."),
    ("two verbs", "Ethiopian soldiers stormed and took over the OLA bases near Nekemte on Sunday."),
]

NO_REGAIN = [  # (shape, text)
    ("after beating back an assault", "The army said on Tuesday it was in full control of Goma after repelling an "
     "assault by M23 rebels."),
    ("a standing hold", "Iraqi troops were still in control of Tikrit on Sunday."),
]


@pytest.mark.parametrize(("shape", "text"), HOLDS_AFTER_A_FIGHT + BASES_TAKEN,
                         ids=[r[0] for r in HOLDS_AFTER_A_FIGHT + BASES_TAKEN])
def test_a_fight_won_or_bases_taken_are_a_regain(extractor, shape, text):
    assert REGAINS in _types(extractor, text), shape


@pytest.mark.parametrize(("shape", "text"), NO_REGAIN, ids=[r[0] for r in NO_REGAIN])
def test_a_defence_or_a_standing_hold_is_no_regain(extractor, shape, text):
    assert REGAINS not in _types(extractor, text), shape
