"""Allies coordinated against a side a with-phrase names (issue 18), as specification: in "A and B clashed with C" the
with-phrase names the other side, C, and B fights beside A as its ally (frames/reciprocal.yaml), so actor 2 is C and B
an associated actor; "A and B clashed (with each other)" keeps B as the other side."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)

AGAINST_A_WITH_SIDE = [  # (shape, text, actor 1, actor 2, the ally)
    ("clan militia beside the army", "On 9 May 2024, government forces and Rahanweyn clan militia clashed with "
     "al-Shabaab in Buulo Xaaji village (Afmadow, Lower Juba).", "Military Forces of Somalia", "al-Shabaab",
     "Rahanweyn Clan Militia (Somalia)"),
    ("a mission beside the army", "Somali soldiers and AUSSOM troops clashed with al-Shabaab near Afgooye on Thursday.",
     "Military Forces of Somalia", "al-Shabaab", "AUSSOM: Africa Union Support and Stabilisation Mission in Somalia"),
    ("fought against", "Sudanese soldiers and allied militiamen fought against the RSF in Omdurman on Tuesday.",
     "Military Forces of Sudan", "Rapid Support Forces", "Unidentified Armed Group (Sudan)"),
    ("volunteers beside the army", "Congolese soldiers and Wazalendo militiamen clashed with M23 rebels near Sake on "
     "Monday.", "Military Forces of the Democratic Republic of Congo", "M23",
     "Wazalendo Ethnic Militia (Democratic Republic of Congo)"),
    ("mercenaries beside the army", "Malian troops and Wagner fighters clashed with jihadists near Gao on Saturday.",
     "Military Forces of Mali", "Unidentified Armed Group (Mali)", "Wagner Group"),
]

EACH_OTHER = [  # (shape, text, actor 1, actor 2)
    ("with each other", "Government troops and rebels clashed with each other in Bambari on Friday.",
     "Military Forces of the Central African Republic", "Unidentified Armed Group (Central African Republic)"),
    ("no with-phrase", "Government troops and rebels clashed in Bambari on Friday.",
     "Military Forces of the Central African Republic", "Unidentified Armed Group (Central African Republic)"),
]


@pytest.mark.parametrize(("shape", "text", "first", "second", "ally"), AGAINST_A_WITH_SIDE,
                         ids=[r[0] for r in AGAINST_A_WITH_SIDE])
def test_a_coordinated_subject_fights_beside_the_first(extractor, shape, text, first, second, ally):
    (event,) = extract(extractor, text, PUBLISHED).events
    assert (event.actor1.name, event.actor2.name) == (first, second), shape
    assert ally in [a.name for a in event.assoc_actors], shape


@pytest.mark.parametrize(("shape", "text", "first", "second"), EACH_OTHER, ids=[r[0] for r in EACH_OTHER])
def test_two_coordinated_subjects_alone_are_the_two_sides(extractor, shape, text, first, second):
    (event,) = extract(extractor, text, PUBLISHED).events
    assert (event.actor1.name, event.actor2.name) == (first, second), shape
