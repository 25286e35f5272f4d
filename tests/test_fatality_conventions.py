"""ACLED's fatality conventions, as specification (learned by counting train notes, not guessed): a victim told by a
singular noun is one dead; the dead of both sides count, also where a later sentence tells the other side's "also"
killed (added to the happening told just before); attackers killed by their own bomb count; the wounded and a failed
attempt never count."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday

ONE_VICTIM = [
    "Unknown gunmen killed a herder near Kaya on Monday.",
    "Police reportedly shot dead a motorcyclist at a checkpoint in Mombasa on Monday.",
    "Residents lynched a suspected thief in Parakou on Friday.",
    "Soldiers beat and stabbed to death a teacher in Kasese on Sunday.",
    "Militiamen tortured and murdered a youth leader in Bunia on Monday.",
]

COUNT_ON_A_NOUN = [
    # (report, its toll): a count hanging on the victim noun is its count, not one
    ("Gunmen killed a total of 14 villagers in Zamfara on Monday.", 14),
    ("Jihadists killed a group of 9 herders near Menaka on Sunday.", 9),
]


@pytest.mark.parametrize("text", ONE_VICTIM)
def test_a_victim_told_by_a_singular_noun_is_one_dead(extractor, text):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.fatalities_low for e in events] == [1]


BOTH_SIDES = [
    # (report, its one event's toll): the other side's dead told "also" are added
    ("Militants stormed a police post in Mandera on Monday, killing four officers. Two of the attackers were also "
     "killed.", 6),
    ("Rebels attacked an army post in Beni on Sunday and killed five soldiers. The army said eleven rebels were "
     "also killed.", 16),
    ("A car bomb exploded outside a hotel in Mogadishu on Tuesday, killing six guests. The driver of the car was "
     "also killed.", 7),
    ("Troops repelled an attack on their base near Diffa on Sunday, killing 12 insurgents; three soldiers also "
     "died.", 15),
    ("Bandits raided a market in Zurmi on Friday and shot dead eight traders. Three of the bandits were also "
     "killed.", 11),
]


OWN_BOMB = [
    ("Two suicide bombers detonated their vests at a checkpoint outside Maiduguri on Monday, killing only "
     "themselves.", 2),
    ("A bomber blew himself up near a mosque in Kabul on Friday, killing no one but himself.", 1),
    ("Three militants blew themselves up at the gate of an army camp in Gao on Sunday, killing only themselves.", 3),
    ("A teenage girl detonated her explosive belt outside a mosque in Konduga on Tuesday, killing herself.", 1),
    ("Four attackers set off their explosives at a checkpoint near Mosul on Saturday, killing themselves.", 4),
]


@pytest.mark.parametrize(("text", "toll"), COUNT_ON_A_NOUN + BOTH_SIDES + OWN_BOMB)
def test_the_dead_counted_both_sides_and_attackers_killed_by_their_own_bomb(extractor, text, toll):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.fatalities_low for e in events] == [toll]


NO_DEAD = [
    "Gunmen tried to kill a village chief in Kaya on Monday but he escaped.",
    "Militants attempted to assassinate a district official in Bossaso on Sunday; he survived with injuries.",
    "Soldiers wounded a herder near Kandi on Monday.",
    "Four soldiers were wounded when their convoy hit a mine near Gao on Tuesday.",
    "Police shot and injured a protester in Nairobi on Friday.",
]


@pytest.mark.parametrize("text", NO_DEAD)
def test_the_wounded_and_a_failed_attempt_count_no_dead(extractor, text):
    events = extract(extractor, text, PUBLISHED).events
    assert events and all(e.fatalities_low is None for e in events)
