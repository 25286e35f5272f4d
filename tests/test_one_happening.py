"""One event per happening, as specification: what a crowd answers ("marched after a soldier shot a driver",
"rallied, denouncing the kidnapping of ...") is its motive, no event of its own; harm nobody is told doing, told in the
sentence of a happening ("attacked a post, three guards killed"), is that happening's toll; a past participle told
without an auxiliary ("three guards killed") is passive, one with a perfect or an object active."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)  # a Monday


def _events(extractor, text: str) -> list[tuple[str, int | None]]:
    return [(e.sub_event_type, e.fatalities_low) for e in extract(extractor, text, PUBLISHED).events]


MOTIVES = [
    # (report, its one event's sub-event type): the violence is what the crowd answers
    ("Motorcycle taxi riders blocked a highway near Mbale on Tuesday after a soldier shot and wounded one of their "
     "colleagues.", "Peaceful protest"),
    ("Shopkeepers closed their stalls and marched in Bo on Thursday after gunmen robbed and stabbed a trader.",
     "Peaceful protest"),
    ("On Saturday, hundreds of traders marched through Kisumu to denounce the shooting of a vendor by police last "
     "week.", "Peaceful protest"),
    ("On 3 March 2024, villagers demonstrated in Gulu, condemning the abduction of two girls by unknown gunmen.",
     "Peaceful protest"),
    ("Teachers protested in Goma on Friday over a case in which four pupils were abducted from their school.",
     "Peaceful protest"),
    ("Students rallied at the university in Jos on Friday, protesting the killing of a classmate by a vigilante "
     "group.", "Peaceful protest"),
    ("Hundreds of women marched in Bunia on Saturday after militiamen abducted three girls from a school.",
     "Peaceful protest"),
]


def test_a_death_a_crowd_answers_is_no_toll_of_its_protest(extractor):
    text = "Residents blocked the main road in Kalehe on Tuesday after unknown gunmen killed a local chief."
    assert _events(extractor, text) == [("Peaceful protest", None)]


@pytest.mark.parametrize(("text", "sub_event_type"), MOTIVES)
def test_what_a_crowd_answers_is_its_motive_not_an_event(extractor, text, sub_event_type):
    assert [t for t, _ in _events(extractor, text)] == [sub_event_type]


APART = [
    # (report, sub-event types of its events): a happening told in a sentence of its own stays one
    ("A drone struck a market in Sumy on Saturday, killing four people. On Sunday, residents marched through the "
     "town against the strike.", ["Air/drone strike", "Peaceful protest"]),
    ("Gunmen killed three farmers near Makurdi on Friday. On Saturday, youths blocked the road to Makurdi, "
     "demanding protection.", ["Attack", "Peaceful protest"]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), APART)
def test_a_happening_told_in_its_own_sentence_is_no_motive(extractor, text, sub_event_types):
    assert sorted(t for t, _ in _events(extractor, text)) == sorted(sub_event_types)


TOLLS = [
    # (report, its one event's sub-event type and death toll)
    ("On Tuesday, suspected militants attacked a gendarmerie post in Kantchari, three gendarmes killed and one other "
     "wounded.", "Armed clash", 3),
    ("On 4 June 2023, Fulani militiamen and allied gunmen raided herders' camps near Bokkos, killing seven people and "
     "injuring five others.", "Attack", 7),
    ("Gunmen stormed a church in Ondo on Sunday, killing twenty worshippers and wounding dozens of others.",
     "Attack", 20),
    ("Soldiers opened fire on students marching in Ambo on Friday, wounding two of them.",
     "Excessive force against protesters", None),
    ("Bandits raided a cattle market in Gusau on Wednesday, two herders killed and four others hurt.", "Attack", 2),
]


@pytest.mark.parametrize(("text", "sub_event_type", "toll"), TOLLS)
def test_harm_nobody_is_told_doing_is_the_toll_of_its_sentences_happening(extractor, text, sub_event_type, toll):
    assert _events(extractor, text) == [(sub_event_type, toll)]


VOICE = [
    # (report, its one event's sub-event type): a perfect or an object keeps the subject the doer
    ("Rebels have killed four soldiers near Beni, the army said on Monday.", "Armed clash"),
    ("On Sunday, gunmen had abducted six traders on the road to Kaduna, police said.",
     "Abduction/forced disappearance"),
    ("Police said militants killed two guards at a bank in Garissa on Saturday.", "Armed clash"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), VOICE)
def test_a_perfect_or_an_object_keeps_the_subject_the_doer(extractor, text, sub_event_type):
    assert [t for t, _ in _events(extractor, text)] == [sub_event_type]


ONE_RIOT = [
    # (report, its one event's sub-event type): the crowd's vandalism or burning told later is its riot
    ("On Sunday, supporters of a losing candidate clashed with police outside a tally centre in Kisii. Cars and a "
     "market stall were vandalised during the clash.", "Violent demonstration"),
    ("Youths fought with traders at a bus park in Onitsha on Friday. Several kiosks were smashed and looted during "
     "the fighting.", "Mob violence"),  # youths against traders, no protest told: a mob (data/frame_table.yaml, clash)
    ("On 9 May 2024, rival student groups fought with sticks at a college in Sylhet, injuring eight. Classrooms were "
     "vandalised in the brawl.", "Mob violence"),
    ("Angry residents stoned police vehicles in Kumasi on Tuesday. The crowd also set fire to a police post.",
     "Violent demonstration"),
    ("On Wednesday, a mob beat a suspected thief to death at a market in Mwanza. The crowd then burned his motorbike.",
     "Mob violence"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), ONE_RIOT)
def test_a_riots_damage_told_later_is_the_riot(extractor, text, sub_event_type):
    assert [t for t, _ in _events(extractor, text)] == [sub_event_type]


ONE_BATTLE = [
    # reports of one battle: a side's ally joins it, or the other side is told routing or repelling the attackers
    "On Monday, suspected JNIM militants ambushed a VDP patrol near Djibo. Soldiers intervened in support of the "
    "patrol and routed the militants.",
    "On Saturday, al-Shabaab fighters attacked a Jubaland militia base in Dhobley. Kenyan troops intervened and "
    "repelled the militants after an hour.",
    "On Sunday, ISWAP fighters attacked a vigilante checkpoint in Malam Fatori. Troops arrived and killed four of the "
    "insurgents.",
    "Ansar Dine gunmen ambushed a Dozo hunters' patrol near Bankass on Thursday. Malian soldiers came to help and "
    "fought off the gunmen.",
    "On Friday, Houthi fighters attacked a tribal militia post near Marib. Yemeni army units intervened and repulsed "
    "the Houthis.",
]


@pytest.mark.parametrize("text", ONE_BATTLE)
def test_a_battle_told_twice_with_a_side_in_common_is_one(extractor, text):
    assert [t for t, _ in _events(extractor, text)] == ["Armed clash"]


def test_battles_at_other_places_stay_apart(extractor):
    text = ("Al-Shabaab fighters attacked an army base in Dhobley on Saturday. On the same day, al-Shabaab fighters "
            "ambushed a police convoy near Afmadow.")
    assert [t for t, _ in _events(extractor, text)] == ["Armed clash", "Armed clash"]
