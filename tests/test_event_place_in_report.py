"""Which place a report's happening is at, read across its sentences. A happening its sentence does not place is at
the town named before it (the dateline's when the body has named none), never at one a later sentence names about
another happening; a district a sentence names as taken is its place, not "the city" named only to locate it ("south
of the city"); and two sentences that each name a town of their own tell two happenings, however near the towns lie
(unless one is a quarter of the other: `places_km.named_apart`), while a retelling names its town however the gazetteer
spells it. Every report is written for this file."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

from frontwatch.resolve.geo_names import fold

PUBLISHED = date(2024, 5, 13)  # a Monday

CASES = {  # what the report tells: (report, the places of its happenings in order, accents and marks folded)
    # a happening its sentence does not place, then another happening in another town
    "later-town-ambush": ("GOMA, May 13 - Rebels ambushed an army convoy on Sunday, killing six soldiers, a local "
                          "official said.\n\nLater that day in Bukavu, hundreds of residents marched to the governor's "
                          "office to demand protection.", ["goma", "bukavu"]),
    "later-town-raid": ("BAMAKO, May 13 - Jihadists stormed a gendarmerie post on Saturday night and set it on fire, "
                        "the army said.\n\nIn Mopti, traders closed their shops in protest at rising insecurity on "
                        "Sunday.", ["bamako", "mopti"]),
    "later-town-shelling": ("KHARTOUM, May 13 - Paramilitary fighters shelled a crowded market on Sunday, killing "
                            "eleven people, medics said.\n\nIn El Obeid, police fired tear gas at students protesting "
                            "over fuel prices.", ["khartoum", "el obeid"]),
    "later-town-kidnapping": ("ABUJA, May 13 - Gunmen kidnapped twenty worshippers during a church service on Sunday, "
                              "police said.\n\nIn Kaduna, soldiers arrested three suspected arms dealers on Monday.",
                              ["abuja", "kaduna"]),
    "later-town-force": ("DHAKA, May 13 - Police fired rubber bullets at striking garment workers on Sunday, injuring "
                         "dozens, a union said.\n\nIn Chittagong, dock workers held a peaceful sit-in on Monday.",
                         ["dhaka", "chattogram"]),
    # a district taken, and "the city" a compass word hangs on, named only to locate it
    "locator-harib": ("Houthi forces have closed in on the city of Marib this month. On Monday they took the Harib "
                      "district south of the city, tribal sources said.", ["harib"]),
    "locator-nad-ali": ("Taliban fighters have encircled the city of Lashkar Gah. On Sunday they took the Nad Ali "
                        "district west of the city, officials said.", ["nad ali"]),
    "locator-andar": ("Taliban fighters have besieged the city of Ghazni since May. On Sunday they overran the Andar "
                      "district south of the city, officials said.", ["andar"]),
    "locator-zhari": ("Taliban fighters have closed in on the city of Kandahar. On Sunday they took the Zhari "
                      "district west of the city, officials said.", ["zharey"]),
    "locator-chahar-dara": ("Taliban fighters have surrounded the city of Kunduz. On Sunday they took the Chahar Dara "
                            "district west of the city, officials said.", ["chahar dara"]),
    "locator-arghandab": ("Taliban fighters have pressed on the city of Kandahar for days. On Monday they overran "
                          "the Arghandab district north of the city, officials said.", ["arghandab"]),
    "locator-raghwan": ("Houthi forces have closed in on the city of Marib. On Monday they seized the Raghwan "
                        "district north of the city, tribal sources said.", ["raghwan"]),
    # one kind, one day, each sentence naming a town of its own 10-30 km from the other's
    "apart-arson": ("Gang members set fire to houses in Croix-des-Bouquets on Tuesday, residents said. On Tuesday "
                    "gang members set fire to houses in Port-au-Prince as well.", ["croix des bouquets",
                                                                                    "port au prince"]),
    "apart-arrests": ("Soldiers arrested twelve youths in Kati on Wednesday, a rights group said. Soldiers arrested "
                      "eight traders in Bamako on Wednesday too, it said.", ["kati", "bamako"]),
    "apart-students": ("Police arrested ten opposition activists in Narayanganj on Monday, a party spokesman said. "
                       "Police arrested six students in Dhaka on Monday, a union said.", ["narayanganj", "dhaka"]),
    "apart-shootings": ("Gunmen shot dead a cleric in Paghman on Friday, police said. Gunmen shot dead a shopkeeper "
                        "in Kabul on Friday, police said.", ["paghman", "kabul"]),
    "apart-roadside-bombs": ("A roadside bomb wounded three soldiers in Abu Ghraib on Sunday, officials said. A "
                             "roadside bomb wounded two policemen in Baghdad on Sunday, officials said.",
                             ["abu ghurayb", "baghdad"]),
    # a retelling naming the town as written, the gazetteer spelling it with marks
    "retold-spelt-plain": ("TRIPOLI, May 13 - Tension has risen in Tripoli for weeks. Militiamen shot dead three "
                           "people at a checkpoint on Saturday. The shooting in Tajura drew condemnation.", ["tajura"]),
}


@pytest.mark.parametrize(("text", "places"), CASES.values(), ids=CASES.keys())
def test_each_happening_is_at_the_place_its_report_tells(extractor, text, places):
    events = extract(extractor, text, PUBLISHED).events
    assert [fold(e.place.name) if e.place else None for e in events] == places
