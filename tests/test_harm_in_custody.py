"""The arrested beaten, tortured or killed, told with the arrest: ACLED codes the harm, an attack, not the arrest
(data/frame_table.yaml: class `arrest`, the `harm` kinds of the frames told with it). An arrest whose words name a
harm it answers ("in connection with the beating of X", "after they assaulted Y") stays an arrest; in a report of a
protest, the harm is the protest's."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)
ATTACK, ARREST = "Attack", "Arrests"

TOLD_WITH_THE_ARREST = [
    ("Police in Lumo arrested a shopkeeper on Monday and tortured him for two days.", [ATTACK]),
    ("Gendarmes arrested a trader in Tamu on Friday and beat him with sticks.", [ATTACK]),
    ("Police detained a farmer in Kolo on Sunday and beat him to death.", [ATTACK]),
    ("Militiamen detained a driver at a checkpoint near Lumo on Friday and whipped him.", [ATTACK]),
    ("Police arrested a journalist in Kora on Friday and assaulted her.", [ATTACK]),
    ("Security forces arrested a student in Abo on Monday and killed him in custody.", [ATTACK]),
    ("Troops detained and assaulted a journalist in Abo on Wednesday.", [ATTACK]),
    ("Police arrested twelve men in Kora on Monday for theft.", [ARREST]),
    ("Police arrested a councillor in Kora on Monday in connection with the beating of a clerk.", [ARREST]),
    # a date's month is no march: the report tells no protest
    ("On 2 March police arrested a baker in Tamu and beat him in the station.", [ATTACK]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), TOLD_WITH_THE_ARREST)
def test_harm_told_with_an_arrest_is_an_attack(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == sub_event_types
