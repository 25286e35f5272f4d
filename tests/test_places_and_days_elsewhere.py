"""Where and when a happening took place when a report names many places and days: a village the gazetteer does
not hold, written inside a division the report names, is placed at that division (and says so: a region's
precision), never at a town the story named elsewhere. Every report is written for this file; several conflicts."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

from frontwatch.model import GeoPrecision

PUBLISHED = date(2024, 5, 13)  # a Monday


def _last_place(extractor, text: str) -> tuple[str | None, GeoPrecision | None]:
    place = extract(extractor, text, PUBLISHED).events[-1].place
    return (place.name, place.precision) if place else (None, None)


UNKNOWN_VILLAGES = [
    # (report, the place of its last event): a village the gazetteer does not hold, written inside a named division
    # ("X, a village in Y state", "in X, in Pakistan's Y district"), falls back to the finest division named, not
    # to the town an earlier sentence told (another region's) nor to the country named first
    ("Resistance fighters ambushed a convoy near Mandalay on Monday. On Wednesday, junta jets bombed Man Wein Gyi, "
     "a village in Kachin state, killing five.", ("Kachin", GeoPrecision.REGION)),
    ("Al-Shabaab fighters attacked an army base in Mogadishu on Friday. A day later, the militants killed four farmers "
     "in Bulo Xaaji-Yare, a village in the Lower Juba region.", ("Jubbada Hoose", GeoPrecision.REGION)),
    ("Protesters marched in Kinshasa on Monday. On Tuesday, CODECO fighters killed six displaced people at Lala, a "
     "camp in Ituri province.", ("Ituri", GeoPrecision.REGION)),
    ("Drones hit Kharkiv on Friday. On Saturday, Russian shells wounded two women in Tiahynka-Druha, a village in "
     "the Kherson region.", ("Kherson", GeoPrecision.REGION)),
    ("A bomb exploded at a market in Maiduguri on Monday. On Wednesday, insurgents burned houses in Kwatamari, a "
     "settlement in Yobe state.", ("Yobe", GeoPrecision.REGION)),
    ("RSF drones struck Port Sudan on Sunday. On Monday, RSF fighters killed twelve villagers in Wad Abu Shura, a "
     "village in West Darfur state.", ("West Darfur", GeoPrecision.REGION)),
    ("A suicide bomber killed four police officers in Mir Ali, in Pakistan's North Waziristan district, on "
     "Thursday.", ("North Wazīristān District", GeoPrecision.REGION)),
    # the division's words place it near its seat, as before; a story town inside the division stays the place
    ("Troops repelled an attack on Djibo on Friday. On Sunday, gunmen killed nine herders in Bani-Peulh, a hamlet in "
     "Loroum province.", ("Loroum", GeoPrecision.NEAR)),
    ("Soldiers clashed with bandits near Gusau on Thursday. On Friday, gunmen abducted twenty travellers at Kwanan "
     "Dutse, in Nigeria's Rafi district.", ("Rafi", GeoPrecision.NEAR)),
]


@pytest.mark.parametrize(("text", "place"), UNKNOWN_VILLAGES)
def test_an_unknown_village_falls_back_to_the_division_it_is_written_in(extractor, text, place):
    assert _last_place(extractor, text) == place


SPEAKERS_PLACES = [
    # (report, the places of its events): the town where somebody said it ("an official said in X", "told
    # reporters in X") is where the speaker is, not where it happened: neither the place of the happening nor of
    # its toll, and no story town that the division its clause names would yield to
    ("Militia fighters torched a market in Masisi territory on Sunday, killing two traders, a provincial official "
     "said in Goma on Monday.", ["Masisi Territory"]),
    ("Russian missiles hit an energy plant in the Lviv region overnight, injuring two workers, officials said in "
     "Kyiv.", ["Lviv"]),
    ("Bandits raided a cattle market in the Maru area of Zamfara on Saturday, killing nine herders, a police "
     "spokesman said in Gusau.", ["Maru"]),
    ("Junta jets bombed a monastery in Kachin state on Thursday, killing four monks, a rebel spokesman said in "
     "Myitkyina.", ["Kachin"]),
    ("Al-Shabaab fighters stormed a base in the Lower Shabelle region on Tuesday, killing six soldiers, the defence "
     "ministry said in Mogadishu.", ["Shabeele Hoose"]),
    ("Government shells hit a school in Idlib province on Sunday, wounding five pupils, rescuers said in Istanbul on "
     "Monday.", ["Idlib"]),
    ("Houthi drones struck a government camp in the Hays district on Friday, killing three soldiers, a military "
     "spokesman said in Aden on Saturday.", ["Hays"]),
]


@pytest.mark.parametrize(("text", "places"), SPEAKERS_PLACES)
def test_where_somebody_said_it_is_not_where_it_happened(extractor, text, places):
    assert [e.place.name if e.place else None for e in extract(extractor, text, PUBLISHED).events] == places


BORDERS = [
    # (report, the neighbour it names): a country named for its border ("near the border with Mali", "on the frontier
    # with Y") only locates the place; a village the gazetteer does not hold is then placed nowhere, never across the
    # border; a country whose border it is ("Uganda's border with Congo") and a known town stay
    ("Jihadists attacked an army base in Boulkessi, near the border with Burkina Faso, on Thursday, killing nine "
     "soldiers.", "Burkina Faso"),
    ("Gunmen killed six traders at a market in Kafin Soli, close to the border with Niger, on Sunday.", "Niger"),
    ("Government jets bombed a village in the Maban area, near the border with Sudan, on Wednesday, killing four "
     "farmers.", "Sudan"),
    ("Bandits raided Gidan Kare, a hamlet near the border with Niger, on Monday, abducting twelve women.", "Niger"),
    ("Armed men killed five herders in Tiaga, near the frontier with Burkina Faso, on Saturday.", "Burkina Faso"),
    ("Rebels shelled a camp at Bwiza, near Uganda's border with Congo, on Saturday, wounding three people.",
     "Democratic Republic of the Congo"),
    ("Militants ambushed a police patrol in Zhob, on the frontier with Afghanistan, on Tuesday, killing two "
     "officers.", "Afghanistan"),
]


@pytest.mark.parametrize(("text", "neighbour"), BORDERS)
def test_a_country_named_for_its_border_is_not_where_it_happened(extractor, text, neighbour):
    events = extract(extractor, text, PUBLISHED).events
    assert events and all(e.place is None or e.place.country != neighbour for e in events)


SPOKEN_OF_CAPITALS = [
    # (report, the town where somebody said it): a report that names no town but the speaker's places its happening
    # in the part of the country it names ("in eastern Chad"), never in the capital where the army spoke
    ("Rebels clashed with troops in eastern Chad on Saturday, the army said in N'Djamena.", "N'Djamena"),
    ("Fighters attacked a convoy in northern Mali on Friday, a military source said in Bamako.", "Bamako"),
    ("Bandits killed ten villagers in north-western Nigeria on Sunday, police said in Abuja.", "Abuja"),
    ("Militants ambushed soldiers in southern Somalia on Monday, officials said in Mogadishu.", "Mogadishu"),
    ("Government forces shelled rebel positions in western Ethiopia on Tuesday, residents told reporters in Addis "
     "Ababa.", "Addis Ababa"),
]


@pytest.mark.parametrize(("text", "capital"), SPOKEN_OF_CAPITALS)
def test_a_town_named_only_where_somebody_spoke_is_the_last_resort(extractor, text, capital):
    places = [e.place for e in extract(extractor, text, PUBLISHED).events]
    assert places and all(p is not None and p.name != capital and p.precision == GeoPrecision.REGION for p in places)
