"""A registry actor ACLED codes by another name in the years that name states (`coded_as` in data/actors.yaml): in
an event of those years it goes by that name too, its own name kept (one group, one actor of the picture); in an
event before them it goes by its own names only."""

from datetime import date

import pytest

from frontwatch.model import Document

HOUTHIS, SPC = "Houthis", "Military Forces of Yemen (2016-) Supreme Political Council"
SPLA, SOUTH_SUDAN = "SPLA/M: Sudanese Peoples Liberation Army/Movement", "Military Forces of South Sudan (2011-)"

CASES = [
    ("Houthi fighters shelled houses in Hays district on 4 May 2019, a local official said.", HOUTHIS, SPC, True),
    ("On 2 January 2021, Houthi forces fired a ballistic missile at Marib city.", HOUTHIS, SPC, True),
    ("Ansar Allah gunmen stormed a village near Sirwah in March 2020 and detained six tribesmen.", HOUTHIS, SPC, True),
    ("A drone launched by the Houthis struck an oil depot in Jizan on 10 September 2022.", HOUTHIS, SPC, True),
    ("Tribesmen in Al Bayda were shot at by Houthi militiamen on 18 October 2018, residents said.", HOUTHIS, SPC, True),
    # before the period that name states: its own names only
    ("The Houthi movement seized the town of Amran after heavy fighting in July 2014.", HOUTHIS, SPC, False),
    # the movement's army became South Sudan's at independence: ACLED's state forces from 2011, the movement's before
    ("SPLA soldiers clashed with cattle raiders near Bor on 4 March 2016.", SPLA, SOUTH_SUDAN, True),
    ("Government SPLA forces shelled opposition positions near Nasir on 15 April 2017.", SPLA, SOUTH_SUDAN, True),
    ("SPLA troops overran a rebel camp near Kajo Keji on 20 January 2018.", SPLA, SOUTH_SUDAN, True),
    ("SPLA units fought armed youths in Rumbek on 11 September 2012, a county official said.", SPLA, SOUTH_SUDAN, True),
    ("Sudan People's Liberation Army soldiers raided a cattle camp near Yirol on 7 May 2014.", SPLA, SOUTH_SUDAN, True),
    ("SPLA guerrillas clashed with militiamen near Torit on 5 March 1995.", SPLA, SOUTH_SUDAN, False),
]


@pytest.mark.parametrize(("text", "name", "coded", "in_period"), CASES)
def test_actor_goes_by_acleds_name_on_the_events_day(extractor, text, name, coded, in_period):
    events = extractor.extract(Document(id="t", text=text, origin="t", published=date(2023, 1, 2))).events
    assert events and events[0].actor1 is not None
    assert events[0].actor1.name == name
    assert (coded in events[0].actor1.aliases) == in_period
