"""A hold told as new as specification: a state of control the words tell as new ("X is now held by Y", "now in Y's
hands", "back under Y's control", "by Saturday Y held X", "in Y's hands since Friday") tells the taking that made it,
on the day it is told (the day it began, told "since"; undated, the report's day); an entry told with the hold it made
("entered X and now hold the town") is that taking; a standing hold ("still hold", "have held X since 2014", "remains
under Y's control") or what is left ("now hold only X") tells none, and is still a control fact."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 13)  # a Monday
THURSDAY, FRIDAY, SATURDAY, SUNDAY = date(2024, 5, 9), date(2024, 5, 10), date(2024, 5, 11), date(2024, 5, 12)
OVERTAKES, REGAINS = "Non-state actor overtakes territory", "Government regains territory"

TOLD_AS_NEW = [
    ("Kherson is now held by Ukrainian forces, the governor said on Sunday.", (REGAINS, "Kherson", SUNDAY)),
    ("Al-Shabaab said on Sunday that Mahas was now in its fighters' hands.", (OVERTAKES, "Mahas", SUNDAY)),
    ("By Saturday evening the insurgents held Mocimboa da Praia, the district capital.",
     (OVERTAKES, "Mocímboa da Praia", SATURDAY)),
    ("The army said on Friday that Ras Kamboni was back under its control.", (REGAINS, "Kaambooni", FRIDAY)),
    ("JNIM said on Friday that Djibo was now under its control.", (OVERTAKES, "Djibo", FRIDAY)),
]
SINCE_A_DAY = [  # a hold told from the day it began: the taking on that day
    ("Mocimboa da Praia has been under the control of the insurgents since Friday.",
     (OVERTAKES, "Mocímboa da Praia", FRIDAY)),
    ("Kidal has been held by the army since last Saturday, officials said.", (REGAINS, "Kidal", SATURDAY)),
    ("Since Thursday, Bunia has been under the control of CODECO militiamen.", (OVERTAKES, "Bunia", THURSDAY)),
    ("Residents said Menaka had been in the hands of JNIM since 8 May.", (OVERTAKES, "Ménaka", date(2024, 5, 8))),
    ("Gao has been in the hands of JNIM since Sunday.", (OVERTAKES, "Gao", SUNDAY)),
]
NOW_UNDATED = [  # "now" with no day of its own: the report's day
    ("Menaka is now in the hands of JNIM fighters, residents say.", (OVERTAKES, "Ménaka", PUBLISHED)),
    ("Bunia is now held by CODECO militiamen, according to local officials.", (OVERTAKES, "Bunia", PUBLISHED)),
    ("Mocimboa da Praia was now entirely under the insurgents' control, a local official said.",
     (OVERTAKES, "Mocímboa da Praia", PUBLISHED)),
    ("JNIM said the town of Menaka was now in its hands.", (OVERTAKES, "Ménaka", PUBLISHED)),
    ("Rebels said on Sunday that Menaka town was now under their control.", (OVERTAKES, "Ménaka", SUNDAY)),
]
ENTRY_AND_HOLD = [  # an entry told with the hold it made ("the town" is the one entered): the taking on its day
    ("JNIM fighters entered Menaka on Friday and now hold the town.", (OVERTAKES, "Ménaka", FRIDAY)),
    ("CODECO militiamen pushed into Bunia on Thursday and now control the city.", (OVERTAKES, "Bunia", THURSDAY)),
    ("Insurgents drove into Mocimboa da Praia on Saturday and are now in control of the town.",
     (OVERTAKES, "Mocímboa da Praia", SATURDAY)),
    ("Soldiers rolled into Kidal on Friday and now hold the town, the army said.", (REGAINS, "Kidal", FRIDAY)),
    pytest.param("Al-Shabaab fighters stormed into Mahas on Saturday and now control the town.",
                 (OVERTAKES, "Mahas", SATURDAY), marks=pytest.mark.xfail(strict=True, reason=(
                     "a town the gazetteer holds only abroad is no pin: no mention 'the town' can mean"))),
]
PLAIN_STATES = [  # a hold with no mark of change: who holds the place, no taking
    ("Kidal remains under the control of Tuareg rebels.", "Kidal"),
    ("Kidal, long held by Tuareg rebels, was calm on Sunday.", "Kidal"),
    ("Menaka has been under JNIM control since last month.", "Ménaka"),
    ("The insurgents have held Mocimboa da Praia for weeks.", "Mocímboa da Praia"),
    ("Bunia has stayed in the hands of CODECO militiamen, residents said on Sunday.", "Bunia"),
]
STANDING = [
    "The rebels still hold Kidal, officials said on Sunday.",
    "Tuareg rebels have held Kidal since 2014.",
    "Government troops now hold only Juba and Wau, officials said on Sunday.",
]
NO_PLACE_NAMED = [  # a hold told as new of what no place name names: land near a town, much of an area, a pronoun
    "The militia said on Sunday that it now controls land stretching from the river to the edge of Beni.",
    "JNIM said on Friday that its fighters now held much of the countryside around Djibo.",
    "The rebels said on Saturday that the whole area north of Kidal was now in their hands.",
    "On Sunday the insurgents claimed that they now held most of the coast between Palma and Pemba.",
    "A rebel spokesman said on Sunday that the fighters now held all of it, as the army regrouped near Komanda.",
]


@pytest.mark.parametrize(("text", "told"), TOLD_AS_NEW + SINCE_A_DAY + NOW_UNDATED + ENTRY_AND_HOLD)
def test_a_hold_told_as_new_is_a_taking(extractor, text, told):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, *place_and_day(e)) for e in events] == [told]


@pytest.mark.parametrize("text", STANDING + NO_PLACE_NAMED)
def test_a_standing_hold_is_no_event(extractor, text):
    assert extract(extractor, text, PUBLISHED).events == []


@pytest.mark.parametrize(("text", "place"), PLAIN_STATES)
def test_a_plain_state_is_a_control_fact_only(extractor, text, place):
    read = extract(extractor, text, PUBLISHED)
    assert (read.events, [(c.place.name, c.status.value) for c in read.control]) == ([], [(place, "controls")])


def test_a_hold_told_as_new_retells_the_taking_told_before(extractor):
    text = ("Rebels of the Arakan Army captured Buthidaung on Saturday. The group said on Sunday "
            "that Buthidaung was now under its control.")
    events = [e for e in extract(extractor, text, PUBLISHED).events if e.sub_event_type == OVERTAKES]
    assert [place_and_day(e) for e in events] == [
        ("Buthidaung Town", SATURDAY)]
