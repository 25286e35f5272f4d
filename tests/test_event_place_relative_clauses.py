"""Where a happening is when its sentence names towns only inside a relative clause on another word. Such a clause
tells what its own people did elsewhere ("camps where families who fled X live", "a school that housed people who
left Y"): its towns are where they fled from or came from, not where the shells, bombs or fire struck. With no other
town in its clause or sentence, the happening is at the story's town."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)  # a Monday

ASIDE = [
    # (report, the story's town every happening is at, the towns named only inside a relative clause)
    ("MAIDUGURI, May 13 - Rockets hit two camps on the edge of Maiduguri on Sunday. The rockets landed in the Dalori "
     "and Bakassi sites, where families who escaped the insurgency in Bama and Gwoza have lived for years.",
     "Maiduguri", "Bama"),
    ("GOMA, May 13 - A bomb exploded at a market in the Kanyaruchinya camp outside Goma on Sunday, killing four "
     "women who had fled the fighting in Kibumba and Rutshuru.", "Kanyaruchinya", "Rutshuru"),
    ("MOGADISHU, May 13 - A car bomb exploded on Sunday outside a hotel where lawmakers who represent Baidoa and "
     "Kismayo stay, killing six guards.", "Mogadishu", "Baidoa"),
    ("KHARKIV, May 13 - Russian glide bombs struck a school on Saturday that housed families who had fled Vovchansk "
     "and Lyptsi, killing two.", "Kharkiv", "Vovchansk"),
    ("KABUL, May 13 - A suicide bomber blew himself up in Kandahar on Sunday. He struck a mosque where worshippers "
     "who had travelled from Lashkar Gah and Herat gathered for prayers.", "Kandahār", "Lashkar Gāh"),
    ("SANAA, May 13 - Air strikes hit a wedding in Hodeidah on Friday. The planes bombed a tent where guests who had "
     "come from Taiz and Ibb were dancing.", "Al Ḩudaydah", "Taiz"),
    ("PORT-AU-PRINCE, May 13 - Gang members set fire to a church on Sunday that sheltered people who had fled "
     "Mirebalais and Hinche.", "Port-au-Prince", "Mirebalais"),
]


@pytest.mark.parametrize(("text", "town", "aside"), [pytest.param(*row, id=row[1]) for row in ASIDE])
def test_a_town_named_only_in_a_relative_clause_on_another_word_places_nothing(extractor, text, town, aside):
    events = extract(extractor, text, PUBLISHED).events
    assert events and all(e.place is not None and e.place.name == town for e in events)
    assert aside not in {e.place.name for e in events if e.place}


TOLD_INSIDE = [
    # (report, the town of the happening its own relative clause tells)
    ("KYIV, May 13 - The drone, which struck a depot in Kupiansk on Sunday, was launched from Belgorod.",
     "Kupyansk"),
    ("ADEN, May 13 - Separatist fighters, who clashed with government troops in Zinjibar on Saturday, returned to "
     "Aden on Sunday.", "Zinjibār"),
    ("NAIROBI, May 13 - Police questioned two men who had attacked a bus in Garissa on Friday.", "Garissa"),
    ("KHARTOUM, May 13 - Residents left El Obeid, where shells hit a market on Sunday.", "El Obeid"),
]


@pytest.mark.parametrize(("text", "town"), [pytest.param(*row, id=row[1]) for row in TOLD_INSIDE])
def test_a_happening_told_inside_a_relative_clause_keeps_its_town(extractor, text, town):
    assert town in {e.place.name for e in extract(extractor, text, PUBLISHED).events if e.place}
