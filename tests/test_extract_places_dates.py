"""Where and when a happening took place, as independent reports tell it: one happening is one event, at the
place it happened (not a place named to locate it) and on the day it happened (not the day somebody told it).
Every report is written for this file; several conflicts, several shapes."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, place_and_day

PUBLISHED = date(2024, 5, 13)  # a Monday
TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = (date(2024, 5, d) for d in range(7, 13))


def _places_and_days(extractor, text: str) -> list[tuple[str | None, date | None, date | None]]:
    return [(*place_and_day(e), e.date.end if e.date else None) for e in extract(extractor, text, PUBLISHED).events]


LOCATORS = [
    # (report, the place of its one event): a town named after a distance ("about 100 km from Y") or in brackets
    # after another ("X (Y, Z)") only says where the place is; every clause of the happening is at the place
    ("Militants attacked an army post in Tillaberi, about 100 km from Niamey, on Thursday, killing six soldiers.",
     "Tillabéri"),
    ("Houthi drones hit a power station in Mokha, 80 miles from Aden, on Friday, wounding four workers.", "Mocha"),
    ("Jihadists attacked a gendarmerie post in Sebba, about 60 km from Dori, on Friday, wounding three gendarmes.",
     "Sebba"),
    ("RSF fighters shelled a camp in Tawila, about 60 km from El Fasher, on Saturday, killing seven displaced "
     "people.", "Tawila"),
    ("Kurdish fighters attacked a checkpoint in Manbij, 80 km from Aleppo, on Friday, killing two guards.", "Manbij"),
    ("Rebels shelled Kitchanga, 80 km from Goma, on Tuesday, killing two children.", "Kitchanga"),
    ("On 3 May 2024, soldiers stormed a militant hideout in Gwoza (Bama, Borno), killed four fighters and freed two "
     "hostages.", "Gwoza"),
    ("On 5 May 2024, a quarrel between two clans in Kismayo town (Afmadow, Lower Juba) over grazing land turned "
     "violent; both clans attacked each other with knives, injuring five men.", "Kismayo"),
    ("On 6 May 2024, suspected militants raided the gendarmerie post in Sebba (Dori, Seno), killed a gendarme and "
     "wounded three others.", "Sebba"),
    ("On 4 May 2024, unidentified gunmen attacked a bus in Tsafe (Gusau, Zamfara), killed the driver and abducted "
     "nine passengers.", "Tsafe"),
    # a distance in any unit of quantities.yaml `distance_units`, the one list the count and place readers share
    ("Bandits raided a clinic in Tsafe, some 3 kms from Gusau, on Wednesday, abducting two nurses.", "Tsafe"),
    ("Militiamen torched homes in Djugu, 15 kms from Bunia, on Sunday, killing four villagers.", "Djugu"),
    ("Fighters stormed a police station in Sebba, 500 meters from Dori, on Saturday, wounding four officers.", "Sebba"),
    ("Jihadists attacked a checkpoint in Mora, about 900 metres from Kolofata, on Friday, killing a soldier.", "Mora"),
    ("Gunmen shot dead a trader in Kidal, some 400 meters from Aguelhok, on Thursday.", "Kidal"),
]


@pytest.mark.parametrize(("text", "place"), LOCATORS)
def test_a_place_named_to_locate_another_is_not_where_it_happened(extractor, text, place):
    assert [p for p, _, _ in _places_and_days(extractor, text)] == [place]


TOLD_LATER = [
    # (report, the events it tells as (place, first day, last day)): the day a happening is told ("the army said on
    # Sunday") bounds the day it happened; a retelling with no place of its own (a toll, what police did to the
    # crowd) is of the day the story reached, and folds into the happening; a new happening with a place of its
    # own keeps the day it was told
    ("Insurgents ambushed an army convoy near Damboa on Friday. Nine soldiers were killed in the ambush, the army "
     "said on Sunday.", [("Damboa", FRIDAY, FRIDAY)]),
    ("Protesters marched in Lagos on Saturday against fuel prices. Police fired tear gas at the crowd, witnesses "
     "said on Sunday.", [("Lagos", SATURDAY, SATURDAY)]),
    ("Rebels shelled Sake on Saturday. Four civilians were wounded by the shells, a hospital said on Monday.",
     [("Sake", SATURDAY, SATURDAY)]),
    ("Bandits raided a village near Gusau on Thursday. Twelve residents were abducted during the raid, police said "
     "on Saturday.", [("Gusau", THURSDAY, THURSDAY)]),
    ("Jihadists attacked a gendarmerie post near Dori on Friday. Two gendarmes died in the attack, the government "
     "said on Sunday.", [("Dori", FRIDAY, FRIDAY)]),
    ("Rebels shelled Sake on Saturday. Police said on Sunday they arrested two gunmen in Goma.",
     [("Sake", SATURDAY, SATURDAY), ("Goma", SUNDAY, SUNDAY)]),
]


@pytest.mark.parametrize(("text", "events"), TOLD_LATER)
def test_the_day_a_happening_is_told_is_not_the_day_it_happened(extractor, text, events):
    assert _places_and_days(extractor, text) == events


DAYS_FROM_THE_STORY = [
    # (report, the days of its events): "the previous day", "the day before", "the next day", "the following day",
    # "the same day" count from the sentence's other date ("said on Sunday that ...") or the day the story reached,
    # never from the report's day
    ("Police said on Sunday that a bomb exploded at a market in Konduga the previous day, killing four people.",
     [SATURDAY]),
    ("The army said on Saturday that jihadists had attacked a post near Djibo the day before, killing six soldiers.",
     [FRIDAY]),
    ("Soldiers clashed with bandits near Gusau on Thursday. The next day gunmen abducted 15 villagers in Tsafe.",
     [THURSDAY, FRIDAY]),
    ("Rebels shelled Sake on Tuesday. On the following day they seized the town.", [TUESDAY, WEDNESDAY]),
    ("Militants burned a school in Kidal on Friday. Gunmen looted shops in Gao the following day.",
     [FRIDAY, SATURDAY]),
    ("Israeli air strikes hit a house in Rafah on Saturday, killing nine people. Another strike killed four people "
     "in Khan Younis the same day.", [SATURDAY, SATURDAY]),
    # "on the eve of" a happening told before: the day before it, for every clause when it opens the sentence
    ("Soldiers raided the village of Kyauk Ta on Friday and burned forty houses. On the eve of the raid, resistance "
     "fighters said they had ambushed an army convoy near Monywa.", [FRIDAY, THURSDAY]),
    ("Rebels shelled Sake on Saturday. On the eve of the shelling, militiamen attacked a camp near Goma, aid workers "
     "said.", [SATURDAY, FRIDAY]),
    ("Troops stormed a militant hideout near Gwoza on Thursday. On the eve of the operation, jihadists killed five "
     "farmers in Bama.", [THURSDAY, WEDNESDAY]),
    ("Bandits abducted forty pupils in Kuriga on Friday. On the eve of the kidnapping, gunmen shot dead a vigilante "
     "in Birnin Gwari.", [FRIDAY, THURSDAY]),
    ("Jihadists attacked an army base in Tessit on Sunday. On the eve of the assault, a drone strike killed three "
     "fighters near Gao, the army said.", [SUNDAY, SATURDAY]),
]


@pytest.mark.parametrize(("text", "days"), DAYS_FROM_THE_STORY)
def test_a_day_told_from_the_story_counts_from_the_storys_day(extractor, text, days):
    told = _places_and_days(extractor, text)
    assert [start for _, start, _ in told] == days
    assert [end for _, _, end in told] == days


GAPPED_TOLLS = [
    # (report, the place and day of its one event): "three were killed and two wounded" tells what happened to the
    # two, nobody doing it (the auxiliary is left out, not the doer): a toll of the happening told before, whoever
    # claims or denies it after
    ("A roadside bomb struck a police vehicle outside Kandahar city on Tuesday. Three officers were killed and two "
     "wounded, a provincial spokesman said on Wednesday. The Taliban claimed responsibility for the blast.",
     ("Kandahār", TUESDAY)),
    ("A drone struck a market in Kramatorsk on Thursday. One woman was killed and nine people injured, the governor "
     "said. Russia denied targeting civilians.", ("Kramatorsk", THURSDAY)),
    ("Gunmen attacked a bar in Beni on Saturday. Four customers were killed and six injured, local officials said. "
     "ADF rebels were blamed for the attack.", ("Beni", SATURDAY)),
    ("A car bomb went off near a checkpoint in Mogadishu on Sunday. Two soldiers were killed and five others wounded, "
     "police said. Al-Shabaab said it carried out the bombing.", ("Mogadishu", SUNDAY)),
    ("Militants stormed a village near Mopti on Friday. Eleven villagers were killed and several wounded, the mayor "
     "said. JNIM claimed the raid on Saturday.", ("Mopti", FRIDAY)),
]


@pytest.mark.parametrize(("text", "event"), GAPPED_TOLLS)
def test_a_gapped_passive_toll_is_part_of_the_happening_told_before(extractor, text, event):
    place, day = event
    assert _places_and_days(extractor, text) == [(place, day, day)]


OVERNIGHT = [
    # a day word the entity recogniser leaves out is still the happening's date: "overnight" in a Monday report is the
    # night from Sunday to Monday, not an undated happening put on the report's day
    "Ukrainian drones struck an oil depot in Novorossiysk overnight, the regional governor said.",
    "Russian missiles hit an energy plant in Kharkiv overnight, killing two workers.",
    "Militants attacked a police station in Peshawar overnight, wounding four officers.",
    "Gunmen kidnapped a priest in Kaduna overnight, his parish said.",
    "Israeli jets bombed a house in Jabalia overnight, medics said.",
]


@pytest.mark.parametrize("text", OVERNIGHT)
def test_overnight_is_the_night_before_the_report(extractor, text):
    [(_, start, end)] = _places_and_days(extractor, text)
    assert (start, end) == (SUNDAY, PUBLISHED)


PLANS_BESIDE = [
    # (report, its events as (place, first day, last day)): a date the sentence gives a plan ("next week", "in the
    # coming days", "tomorrow") is no day of the happening told beside it (data/en/dates.yaml `future`)
    ("Gunmen raided a market in Kauru on Friday, and the governor said troops would deploy there next week.",
     [("Kauru", FRIDAY, FRIDAY)]),
    ("Militia fighters burned a school in Djugu on Thursday; teachers plan to strike in the coming days.",
     [("Djugu", THURSDAY, THURSDAY)]),
    ("Police arrested eleven students in Dhaka on Saturday ahead of a march the union has called for tomorrow.",
     [("Dhaka", SATURDAY, SATURDAY)]),
    ("Rebels shelled Rutshuru on Wednesday, days before the upcoming peace talks in Luanda.",
     [("Rutshuru", WEDNESDAY, WEDNESDAY)]),
    ("A roadside bomb killed two soldiers near Gao on Tuesday; the army promised a new operation in the weeks ahead.",
     [("Gao", TUESDAY, TUESDAY)]),
]


@pytest.mark.parametrize(("text", "events"), PLANS_BESIDE)
def test_a_plan_s_date_is_no_day_of_the_happening_told_beside_it(extractor, text, events):
    assert _places_and_days(extractor, text) == events


LAST_WEEK = (date(2024, 5, 6), SUNDAY)
DESCRIBED_BY_A_STATE = [
    # (report, the place and days of its one event): a participle that describes a noun by a state ("a base held by
    # the rebels", "a post guarded by police") tells no happening of its own, so a date the parser hangs on it is
    # the date of the clause it stands in, not the day the happening was told
    ("Drones struck a base held by the rebels near Kidal late last week, killing four fighters, the army said on "
     "Monday.", ("Kidal", *LAST_WEEK)),
    ("An air strike hit a camp controlled by the militia in Djugu district on Friday, killing six fighters, officials "
     "said on Monday.", ("Djugu", FRIDAY, FRIDAY)),
    ("Shells fell on a market held by government troops in Kharkiv on Saturday evening, killing three people, police "
     "said on Monday.", ("Kharkiv", SATURDAY, SATURDAY)),
    ("A drone hit a checkpoint manned by soldiers outside Menaka on Thursday, wounding two, the army said on Monday.",
     ("Ménaka", THURSDAY, THURSDAY)),
    ("Militants attacked a post guarded by police in Tillaberi region early last week, killing five officers, the "
     "ministry said on Monday.", ("Tillabéri", *LAST_WEEK)),
]


@pytest.mark.parametrize(("text", "event"), DESCRIBED_BY_A_STATE)
def test_a_date_on_a_state_describing_a_noun_is_its_clause_s(extractor, text, event):
    assert _places_and_days(extractor, text) == [event]


HEADLINE_OF_THE_BODY = [
    # (report, the place and day of its one event): a headline restates the happening the body tells; when only the
    # headline codes an event, it is of the day the body gives that happening, not of the report's day
    ("Shells kill three in Kharkiv as Russian forces push north\n\nKYIV, May 13 (example) - Shells fired by Russian "
     "forces killed three people at a bus stop in Kharkiv on Friday night, the regional governor said on Monday.",
     ("Kharkiv", FRIDAY)),
    ("Rockets kill six at Gao market\n\nBAMAKO, May 13 (example) - Rockets fired by jihadists killed six people at the "
     "main market of Gao on Thursday, local officials said on Monday.", ("Gao", THURSDAY)),
    ("Shelling kills two children in Tawila camp\n\nPORT SUDAN, May 13 (example) - Shells fired by the Rapid Support "
     "Forces killed two children in a displacement camp in Tawila on Saturday morning, aid workers said on Monday.",
     ("Tawila", SATURDAY)),
    ("Shells kill seven in Khan Younis\n\nGAZA, May 13 (example) - Shells fired by Israeli tanks killed seven people "
     "at a school in Khan Younis on Saturday night, medics said on Monday.", ("Khān Yūnis", SATURDAY)),
    ("Rockets kill two in Kidal\n\nBAMAKO, May 13 (example) - Rockets fired by the army killed two herders at a well "
     "in Kidal on Friday, local leaders said on Monday.", ("Kidal", FRIDAY)),
]


@pytest.mark.parametrize(("text", "event"), HEADLINE_OF_THE_BODY)
def test_a_headline_s_happening_is_of_the_day_the_body_gives_it(extractor, text, event):
    place, day = event
    assert _places_and_days(extractor, text) == [(place, day, day)]


IN_A_PHRASE_ON_THE_OBJECT = [
    # (report, the days of its one event): a happening noun in a phrase of the clause's time ("in marches", "in
    # protests") that the parser hangs on the clause's object ("demanded pay in marches") happens on the clause's day,
    # as one hung on its verb does, not somewhere in the days before the report
    ("Teachers on Saturday demanded higher pay in marches through two cities in Kenya.", (SATURDAY, SATURDAY)),
    ("Farmers on Thursday called for lower fuel prices in protests in Lahore.", (THURSDAY, THURSDAY)),
    ("Students in Dhaka on Friday demanded the release of detained classmates in demonstrations outside the "
     "university.", (FRIDAY, FRIDAY)),
    ("Opposition supporters on Thursday denounced the election results in street protests in Conakry.",
     (THURSDAY, THURSDAY)),
    ("Miners in Potosi on Friday demanded safer shafts in a rally outside the company offices.", (FRIDAY, FRIDAY)),
]


@pytest.mark.parametrize(("text", "days"), IN_A_PHRASE_ON_THE_OBJECT)
def test_a_happening_in_a_phrase_on_the_object_is_of_the_clause_s_day(extractor, text, days):
    assert [(e.date.start, e.date.end) for e in extract(extractor, text, PUBLISHED).events] == [days]


DATES_NAMING_ANOTHER_THING = [
    # (report): a date that names a noun of no happening told here ("the 2015 bombing", "last year's crackdown", "the
    # 2023 election results") is not the date of the clause that mentions it: the undated happening is of the report's
    # day, as ACLED codes it, not of that year
    "Riot police fired tear gas at a crowd of traders outside a court where four men stood trial for the 2015 market "
    "bombing in Mopti.",
    "Soldiers fired on mourners in Gao who were marking the 2012 massacre of villagers.",
    "Police detained 30 students in Yangon who were commemorating last year's crackdown.",
    "Security forces dispersed a march in Harare against the 2023 election results.",
    "Gunmen shot dead a judge in Quetta who had convicted the 2019 mosque bombers.",
    "Youths stoned police officers in Kisumu during a vigil for the 2017 poll victims.",
]


@pytest.mark.parametrize("text", DATES_NAMING_ANOTHER_THING)
def test_a_date_naming_another_thing_is_not_the_happening_s(extractor, text):
    assert [(e.date.start, e.date.end) for e in extract(extractor, text, PUBLISHED).events] == [(PUBLISHED, PUBLISHED)]


FOLLOWING_WEEKDAY_ON_THE_SAYING = [
    # (the day of its last event, report): "by the following Friday" on the verb of saying dates the undated
    # happening it reports ("the army said it had retaken X") as the first such weekday after the story's day, not
    # the day of the happening told before it nor the report's day
    (date(2024, 5, 3), "Islamist fighters overran Gao on 2 May. By the following Friday the army said it had retaken "
                       "Gao."),
    (THURSDAY, "M23 rebels seized Rutshuru on Monday 6 May; by the following Thursday the government said its troops "
               "had recaptured Rutshuru."),
    (TUESDAY, "Houthi forces took Harib on 4 May. On the following Tuesday the government said its troops had "
              "recaptured Harib."),
    (date(2024, 5, 4), "Jihadists attacked Djibo on 2 May. On the following Saturday officials said jihadists had "
                       "killed nine herders near Djibo."),
    (date(2024, 5, 5), "Separatists overran Ambam on 30 April. By the following Sunday officials said soldiers had "
                       "recaptured Ambam."),
    (date(2024, 5, 6), "Al-Shabaab fighters entered Bardere on 1 May; by the following Monday the army said it had "
                       "pushed them out of Bardere."),
]


@pytest.mark.parametrize(("day", "text"), FOLLOWING_WEEKDAY_ON_THE_SAYING)
def test_a_following_weekday_on_the_saying_dates_the_happening_it_reports(extractor, day, text):
    *_, event = extract(extractor, text, PUBLISHED).events
    assert (event.date.start, event.date.end) == (day, day)

