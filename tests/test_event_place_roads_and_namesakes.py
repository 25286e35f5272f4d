"""Which place a happening took place at when a report also names places only to locate it, and what a name means
when the gazetteer holds it only abroad. A road named after the towns it links ("on the X-Y highway") and the
containers in brackets after a place ("X (Y Township, Z District)") only locate: the town the clause names is the
place. A village the gazetteer holds only in another country than the one the report's divisions say is no place
of that other country: the report's own division, or nothing. A known happening a dated clause tells of ("documented
the killing of X on 3 May") is of that day. Every report is written for this file."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)  # a Monday


def _places(extractor, text: str) -> list[str | None]:
    return [e.place.name if e.place else None for e in extract(extractor, text, PUBLISHED).events]


ROADS = [
    # (report, the places of its events): a road named after towns ("the A-B highway", "the A-B road") runs between
    # them; the town the clause names is where it happened, and the road's towns make no happening of their own
    ("In Kachia town on Sunday, gunmen stopped a bus on the Abuja-Kaduna highway and kidnapped nine passengers.",
     ["Kachia"]),
    ("On 14 October, villagers protested on the Kano-Maiduguri road in Potiskum town (Yobe State) after a cattle "
     "theft.", ["Potiskum"]),
    ("In Funtua town on Friday, bandits stopped a bus on the Zaria-Gusau road and shot its driver.", ["Funtua"]),
    ("In Dikwa town on Monday, insurgents attacked a convoy on the Maiduguri-Gamboru highway, killing two soldiers.",
     ["Dikwa"]),
    ("On 3 March, gunmen attacked a bus on the Abuja-Lokoja highway in Koton Karfe town, kidnapping eleven "
     "passengers.", ["Koton-Karfe"]),
    ("In Gombe town on Saturday, traders blocked the Bauchi-Gombe highway to protest a new market levy.", ["Gombe"]),
    ("In Zuru town on Tuesday, bandits ambushed a lorry on the Kontagora-Yauri road and abducted its driver.",
     ["Zuru"]),
    ("In Sabon Birni town, bandits shot two travellers on the Sokoto-Isa road on Thursday.", ["Sabon Birni"]),
    # a road told "between" two towns: the town it passes "near", not the road's first end nor the dateline's town
    ("NAIROBI, May 13 - Bandits ambushed a bus on the road between Nairobi and Mombasa near Voi on Friday, killing "
     "two passengers.", ["Voi"]),
    ("KABUL, May 13 - Taliban fighters attacked a police post on the highway between Kabul and Kandahar near Ghazni "
     "on Sunday.", ["Ghazni"]),
    ("LIMA, May 13 - Miners clashed with police on the highway between Lima and Arequipa near Nazca on Friday.",
     ["Nazca"]),
    ("KYIV, May 13 - A Russian missile hit a petrol station on the motorway between Kyiv and Odesa near Uman on "
     "Sunday.", ["Uman"]),
    ("QUETTA, May 13 - Gunmen shot dead three truck drivers on the highway between Quetta and Karachi near Khuzdar "
     "on Sunday.", ["Khuzdar"]),
    ("LAGOS, May 13 - Striking workers blocked the highway between Lagos and Ibadan near Sagamu on Saturday.",
     ["Shagamu"]),
]


@pytest.mark.parametrize(("text", "places"), ROADS)
def test_a_road_named_after_towns_only_locates(extractor, text, places):
    assert _places(extractor, text) == places


CONTAINERS_IN_THE_ROLE = [
    # (report, its place): the containers in brackets after the place the clause opens with locate it, even where
    # the parser hangs them in the happening's own place role; a place the gazetteer lacks falls to the finest
    ("On 14 April, in Nawnghkio sub-township (Kyaukme Township, Kyaukme District, Shan State), the military shelled "
     "the Namtu camp with artillery.", ["Nawnghkio"]),
    ("On 2 June, in Mogoke sub-township (Pyin Oo Lwin Township, Pyin Oo Lwin District, Mandalay Region), the PDF "
     "attacked the police post with drones.", ["Mogoke"]),
    ("On 21 August, in Hsihseng sub-township (Taunggyi Township, Taunggyi District, Shan State), junta jets bombed "
     "the Pekon clinic.", ["Hsihseng"]),
    ("On 5 May, in Namtu town (Namtu Township, Kyaukme District, Shan State), junta jets bombed the village school.",
     ["Namtu"]),
    ("On 19 June, in Hsipaw town (Hsipaw Township, Kyaukme District, Shan State), the military shelled the "
     "monastery.", ["Hsipaw"]),
    ("On 26 July, in Mong Ngawt sub-township (Kyaukme Township, Kyaukme District, Shan State), the TNLA attacked the "
     "army camp.", ["Kyaukme Township"]),
]


@pytest.mark.parametrize(("text", "places"), CONTAINERS_IN_THE_ROLE)
def test_containers_in_brackets_locate_the_place_before_them(extractor, text, places):
    assert _places(extractor, text) == places


NAMESAKES_ABROAD = [
    # (report, the country its divisions say): a village the gazetteer holds only as a small town of another country
    # ("Bora" in India, "Silly" in Belgium) is no place of that country in a report whose divisions name its own
    ("On 5 March, Eritrean troops looted shops across the Tigray region. On 6 March, they killed nine civilians in "
     "Bora.", "Ethiopia"),
    ("On 1 June, bandits attacked farmers in Zamfara State. On 2 June, they killed five herders in Silly.", "Nigeria"),
    ("Militants attacked a checkpost in Khyber Pakhtunkhwa province on Monday. On Tuesday, they ambushed a police "
     "van in Kohistan district.", "Pakistan"),
    ("On 3 September, JNIM fighters attacked a convoy in the Boucle du Mouhoun region. On 4 September, they burned "
     "a school in Cholet.", "Burkina Faso"),
    ("On 2 December, bandits stormed villages in Katsina State. On 3 December, they abducted eleven farmers in "
     "Naila.", "Nigeria"),
    ("On 12 May, bandits raided villages in Nasarawa State. On 13 May, they burned twenty houses in Shabu.",
     "Nigeria"),
]


@pytest.mark.parametrize(("text", "country"), NAMESAKES_ABROAD)
def test_a_namesake_abroad_is_no_place_of_the_report(extractor, text, country):
    events = extract(extractor, text, PUBLISHED).events
    assert events
    assert {e.place.country for e in events if e.place} <= {country}  # its own country, else no place


TOLD_HAPPENINGS = [
    # (report published Tuesday 14 May 2024, the day of its event): a known happening ("the killing of X") that a
    # clause tells of ("documented", "recounted") with a date is of that date, not of the days up to the report
    ("The rights group documented the killing of six farmers by soldiers in Gondar on 3 May.", date(2024, 5, 3)),
    ("The report describes the arrest of thirty students by police in Bahir Dar on 2 May.", date(2024, 5, 2)),
    ("Witnesses recounted the abduction of nine traders by gunmen near Gusau on 5 May.", date(2024, 5, 5)),
    ("The commission also recorded the shelling of a clinic by the army in Kidal on 1 May.", date(2024, 5, 1)),
    ("The monitors confirmed the detention of twelve journalists by security forces in Addis Ababa on 6 May.",
     date(2024, 5, 6)),
]


@pytest.mark.parametrize(("text", "day"), TOLD_HAPPENINGS)
def test_a_told_happening_takes_its_clauses_date(extractor, text, day):
    events = extract(extractor, text, date(2024, 5, 14)).events
    assert [(e.date.start, e.date.end) for e in events] == [(day, day)]


TOWNS_NAMED_LIKE_THEIR_DISTRICT = [
    # (report, its place): "X town (Y, Z)" where the gazetteer holds X only as the district named after it: the
    # place is X's, not the town in brackets that locates it
    ("On 16 July, villagers stormed a police post in Chuadanga town (Alamdanga, Khulna) after a custodial death.",
     ["Chuadanga"]),
    ("On 4 August, students blocked the main road in Jhalokati town (Rajapur, Barisal) to demand safer crossings.",
     ["Jhalakathi"]),
    ("On 18 August, traders shut their shops in Gopalganj town (Tungipara, Dhaka) to protest extortion by local "
     "thugs.", ["Gopalganj"]),
    ("On 25 August, unknown men torched a union council office in Shariatpur town (Zajira, Dhaka) at night.",
     ["Shariatpur"]),
    ("On 1 September, farmers protested a fertiliser shortage outside the agriculture office in Jhalokati town "
     "(Nalchity, Barisal).", ["Jhalakathi"]),
]


@pytest.mark.parametrize(("text", "places"), TOWNS_NAMED_LIKE_THEIR_DISTRICT)
def test_a_town_named_with_its_noun_beats_the_town_locating_it(extractor, text, places):
    assert _places(extractor, text) == places
