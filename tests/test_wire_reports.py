"""Wire reports, as specification: a dateline ("GOMA, Congo, May 13 (Agency) -") is a sentence of its own that tells
where and when the reporter files, not where or when the happening after it took place: its filing date never dates
the lede's happening, nor does its dash break the lede's parse (the lede is one sentence: its subject stays its verb's,
however long), and its place yields to any other the lede names (it stays the place of a lede that names no
other); a clause told "N days after/before the <happening>" is dated on or back from the story's day told before it;
people killed and homes burned or looted in one happening are an attack (its violent label names it), not property
destruction; a part of the day alone ("overnight") yields to a date beside it, and a date inside a participle on the
doer or the weapon ("a mine laid on Friday") is the happening's own, before the story's day told earlier."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)  # a Monday

DATELINED = [
    ("NAIROBI, May 13 (Wire) - Police fired tear gas at traders protesting in Kisumu on Friday, witnesses said.",
     "Kisumu", date(2024, 5, 10)),
    ("BAMAKO, 13 May 2024 (Wire) - Jihadists ambushed an army convoy near Douentza on Saturday, killing six soldiers.",
     "Douentza", date(2024, 5, 11)),
    ("GOMA, Congo, May 13 (Newsdesk) - Rebels shelled the outskirts of Rutshuru late on Sunday, a local official said.",
     "Rutshuru", date(2024, 5, 12)),
    ("MOGADISHU, May 13 - A roadside bomb hit a minibus near Afgoye on Thursday, killing three passengers.",
     "Afgooye", date(2024, 5, 9)),
    ("ISLAMABAD, Pakistan, May 13 (Wire) - Gunmen shot dead two polio workers in Bannu on Wednesday, police said.",
     "Bannu", date(2024, 5, 8)),
    # the dateline is a sentence of its own: an actor's name after its dash opens the story's sentence
    ("NIAMEY, May 13 (Wire) - Islamic State fighters killed 11 soldiers near Tillia on Saturday, the army said.",
     "Tillia", date(2024, 5, 11)),
]


@pytest.mark.parametrize(("text", "town", "day"), DATELINED)
def test_a_datelines_place_and_filing_date_are_not_the_happenings(extractor, text, town, day):
    [event] = extract(extractor, text, PUBLISHED).events
    assert town in event.place.name
    assert (event.date.start, event.date.end) == (day, day)


SUBJECT_AFTER_THE_DASH = [
    ("MAIDUGURI, May 13 - Gunmen of the Boko Haram faction abducted 20 farmers near Damboa on Sunday, residents said.",
     "Boko Haram"),
    ("BENI, Congo, May 13 - Rebels of the Allied Democratic Forces killed 11 farmers near Eringeti on Sunday, a local "
     "official said.", "ADF: Allied Democratic Forces"),
    ("NIAMEY, May 13 - Soldiers loyal to the junta arrested six opposition activists in Zinder on Friday, relatives "
     "said.", "Military Forces of Niger"),
    ("OUAGADOUGOU, May 13 - Soldiers loyal to the transitional government arrested a journalist in Bobo-Dioulasso on "
     "Friday, colleagues said.", "Military Forces of Burkina Faso"),
    ("TRIPOLI, May 13 - Gunmen loyal to a local commander abducted a municipal official in Zawiya on Thursday, "
     "relatives said.", None),
    ("JUBA, May 13 - Rebels loyal to the former army chief attacked Nasir on Friday, a UN spokesman said.", None),
]


@pytest.mark.parametrize(("text", "actor1"), SUBJECT_AFTER_THE_DASH)
def test_the_lede_after_a_dateline_is_one_sentence_with_its_subject(extractor, text, actor1):
    assert len(list(extractor.nlp(text).sents)) == 2  # the dateline and the lede
    if actor1 is not None:
        assert extract(extractor, text, PUBLISHED).events[0].actor1.name == actor1


@pytest.mark.parametrize(("text", "town"), [
    ("KHARTOUM, May 12 (Wire) - Paramilitary fighters looted shops in the main market on Saturday, residents said.",
     "Khartoum"),
    ("BUNIA, Congo (Newsdesk) - Militiamen attacked a camp for displaced people on Sunday, killing nine.", "Bunia"),
])
def test_a_sentence_naming_no_other_place_keeps_the_datelines(extractor, text, town):
    [event] = extract(extractor, text, PUBLISHED).events
    assert town in event.place.name


COUNTED_FROM_A_HAPPENING = [
    ("Rebels attacked an army base near Beni on Thursday. A day before the attack, militiamen kidnapped four farmers "
     "near Oicha.", "Abduction/forced disappearance", date(2024, 5, 8)),
    ("Gunmen killed 12 villagers in Kaya on Tuesday. Two days after the massacre, soldiers arrested nine suspects "
     "in Kaya.", "Arrests", date(2024, 5, 9)),
    ("A suicide bomber struck a market in Maiduguri on Wednesday. Three days after the bombing, police arrested two "
     "men in Maiduguri.", "Arrests", date(2024, 5, 11)),
    ("Insurgents ambushed a convoy near Mocimboa da Praia on Friday. A day after the ambush, helicopters bombed "
     "their camp near Mocimboa da Praia.", "Air/drone strike", date(2024, 5, 11)),
    ("Students marched through Khartoum on Saturday. A day before the march, police detained six organisers in "
     "Khartoum.", "Arrests", date(2024, 5, 10)),
    # a gerund after the preposition is a happening of its own: the main clause keeps its day
    ("Rebels took Pinga on Saturday, two days after overrunning Kashebere.", "Non-state actor overtakes territory",
     date(2024, 5, 11)),
]


@pytest.mark.parametrize(("text", "sub_type", "day"), COUNTED_FROM_A_HAPPENING)
def test_a_day_counted_from_a_happening_told_before(extractor, text, sub_type, day):
    [event] = [e for e in extract(extractor, text, PUBLISHED).events if e.sub_event_type == sub_type]
    assert (event.date.start, event.date.end) == (day, day)


KILLED_AND_BURNED = [
    ("Militiamen killed four farmers and torched their granaries near Djibo on Sunday.", ["Attack"]),
    ("Bandits shot dead two herders and set fire to a market in Zurmi on Saturday.", ["Attack"]),
    ("Gunmen executed three traders and looted their shops in Kidal on Friday.", ["Attack"]),
    ("Attackers killed five villagers and burned the chief's house near Beni on Thursday.", ["Attack"]),
    ("Raiders beheaded a pastor and burned the church in Mocimboa da Praia on Wednesday.", ["Attack"]),
    # burning alone is the destruction
    ("Militiamen torched 30 houses near Djugu on Sunday.", ["Looting/property destruction"]),
]


@pytest.mark.parametrize(("text", "types"), KILLED_AND_BURNED)
def test_people_killed_and_homes_burned_are_an_attack(extractor, text, types):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == types


STORY = "Troops clashed with rebels near Goma on Sunday. "
DAY_IN_A_PARTICIPLE_OR_BESIDE_A_PART_OF_DAY = [
    (STORY + "Jihadists killed nine villagers near Aribinda overnight on Wednesday, officials said.", "Aribinda",
     date(2024, 5, 8)),
    (STORY + "Overnight on Thursday, bandits abducted 14 pupils from a school near Kankara.", "Kankara",
     date(2024, 5, 9)),
    (STORY + "A mine laid on a farm track near Kismayo on Friday wounded four women, police said.", "Kismayo",
     date(2024, 5, 10)),
    (STORY + "A rocket fired from the hills on Saturday morning hit a clinic in Kabul, a doctor said.", "Kabul",
     date(2024, 5, 11)),
    (STORY + "A grenade tossed into a bar in Bujumbura on Friday night wounded six people.", "Bujumbura",
     date(2024, 5, 10)),
]


@pytest.mark.parametrize(("text", "town", "day"), DAY_IN_A_PARTICIPLE_OR_BESIDE_A_PART_OF_DAY)
def test_a_day_beside_a_part_of_day_or_in_a_participle_is_the_happenings(extractor, text, town, day):
    [event] = [e for e in extract(extractor, text, PUBLISHED).events if town in e.place.name]
    assert event.date.start == day
