"""A registry actor ACLED codes by another name in the years that name states (`coded_as` in data/actors.yaml): in
an event of those years it goes by that name too, its own name kept (one group, one actor of the picture); in an
event before them it goes by its own names only."""

from datetime import date

import pytest

from frontwatch.model import Document

SPC = "Military Forces of Yemen (2016-) Supreme Political Council"

CASES = [
    ("Houthi fighters shelled houses in Hays district on 4 May 2019, a local official said.", SPC),
    ("On 2 January 2021, Houthi forces fired a ballistic missile at Marib city.", SPC),
    ("Ansar Allah gunmen stormed a village near Sirwah in March 2020 and detained six tribesmen.", SPC),
    ("A drone launched by the Houthis struck an oil depot in Jizan on 10 September 2022.", SPC),
    ("Tribesmen in Al Bayda were shot at by Houthi militiamen on 18 October 2018, residents said.", SPC),
    # before the period that name states: its own names only
    ("The Houthi movement seized the town of Amran after heavy fighting in July 2014.", None),
]


@pytest.mark.parametrize(("text", "coded"), CASES)
def test_actor_goes_by_acleds_name_on_the_events_day(extractor, text, coded):
    events = extractor.extract(Document(id="t", text=text, origin="t", published=date(2023, 1, 2))).events
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name == "Houthis"
    assert (SPC in events[0].actor1.aliases) == (coded is not None)


SPLA = "SPLA/M: Sudanese Peoples Liberation Army/Movement"
SOUTH_SUDAN = "Military Forces of South Sudan (2011-)"

# the movement's army became South Sudan's at independence: ACLED's state forces from 2011, the movement's before
ARMY_CASES = [
    ("SPLA soldiers clashed with cattle raiders near Bor on 4 March 2016.", SOUTH_SUDAN),
    ("Government SPLA forces shelled opposition positions near Nasir on 15 April 2017.", SOUTH_SUDAN),
    ("SPLA troops overran a rebel camp near Kajo Keji on 20 January 2018.", SOUTH_SUDAN),
    ("SPLA units fought armed youths in Rumbek on 11 September 2012, a county official said.", SOUTH_SUDAN),
    ("Sudan People's Liberation Army soldiers raided a cattle camp near Yirol on 7 May 2014.", SOUTH_SUDAN),
    ("SPLA guerrillas clashed with militiamen near Torit on 5 March 1995.", None),
]


@pytest.mark.parametrize(("text", "coded"), ARMY_CASES)
def test_an_army_keeping_a_movements_name_is_its_states_forces_from_its_year(extractor, text, coded):
    events = extractor.extract(Document(id="t", text=text, origin="t", published=date(2023, 1, 2))).events
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name == SPLA
    assert (SOUTH_SUDAN in events[0].actor1.aliases) == (coded is not None)
