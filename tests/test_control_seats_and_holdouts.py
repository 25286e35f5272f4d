"""Control claims in three families of paraphrases (issue 18): a place told in apposition as a side's seat that its
clause has another side take, a side that stays put in a place under attack, and an advance on a side where it stands.
Each row asserts the claims read (holder, place, status) or, in a negative row of similar shape, that they are not all
read."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)
CAR = "Military Forces of the Central African Republic"

ROWS = [
    # a seat taken: the side whose seat (stronghold, bastion, redoubt: class `stronghold`) an apposition names the place
    # its clause has another side take lost it to them (control.py `_takers`)
    ("seat taken: possessive stronghold", "Government troops seized Sirte, the militants' main stronghold, on Monday.",
     {("Military Forces of Libya", "Sirte", "controls"), ("Unidentified Armed Group (Libya)", "Sirte", "lost")}, True),
    ("seat taken: possessive bastion", "Rebels captured Bossangoa, the army's last bastion in the north, on Sunday.",
     {(CAR, "Bossangoa", "lost")}, True),
    ("seat taken: named group", "Troops recaptured Jilib, al-Shabaab's main stronghold, on Friday.",
     {("al-Shabaab", "Jilib", "lost")}, True),
    ("seat taken: redoubt", "Iraqi forces retook Tikrit, the jihadists' last redoubt on the Tigris, on Wednesday.",
     {("Unidentified Armed Group (Iraq)", "Tikrīt", "lost")}, True),
    ("seat taken: of-phrase", "Kurdish fighters overran Tal Abyad, a bastion of Islamic State fighters, on Monday.",
     {("Islamic State", "Tall Abyaḑ", "lost")}, True),
    ("seat taken, negative: its own seat retaken", "The rebels retook Bambari, their former stronghold, on Sunday.",
     {("Unidentified Armed Group (Central African Republic)", "Bambari", "lost")}, False),
    ("seat taken, negative: an advance takes nothing", "Troops advanced on Jilib, al-Shabaab's main stronghold, on "
     "Friday.", {("al-Shabaab", "Jilib", "lost")}, False),
    ("seat taken, negative: a seat told alone", "Sirte remains the militants' main stronghold.",
     {("Unidentified Armed Group (Libya)", "Sirte", "lost")}, False),
    # holding out: a side holed up, dug in, entrenched or holding out in a place holds it (class `hold_out`)
    ("holding out: barracks", "Government troops are holding out in the Mopti barracks.",
     {("Military Forces of Mali", "Mopti base", "controls")}, True),
    ("holding out: entrenched in a port", "Several hundred marines are entrenched in the port of Kherson.",
     {("Military Forces of Ukraine", "Kherson port", "controls")}, True),
    ("holding out: still, at an airport", "Soldiers were still holding out at the Kidal airport on Monday.",
     {("Military Forces of Mali", "Kidal airport", "controls")}, True),
    ("holding out: holed up, where", "Russian forces shelled the Azovstal works, where about 1,000 Ukrainian marines "
     "are holed up.", {("Military Forces of Ukraine", "Azovstal steel plant", "controls")}, True),
    ("holding out: holed up in a quarter", "Islamic State fighters are holed up in the old city of Mosul.",
     {("Islamic State", "Mosul", "controls")}, True),
    ("holding out: for weeks", "Hundreds of Kurdish fighters held out in Kobani for weeks.",
     {("Unidentified Armed Group (Syria)", "‘Ayn al ‘Arab", "controls")}, True),
    # pressing on a side: an advance whose goal is a side, no ground, threatens the place it is told in
    # (frame_table.yaml `advance`: its goal, else its object, else its place)
    ("pressing on a side: where, pressed on", "Fighting raged around Kidal, where rebels have pressed on the army for "
     "weeks.", {("Unidentified Armed Group (Mali)", "Kidal", "threatened")}, True),
    ("pressing on a side: where, closing in", "Heavy shelling hit Djibo, where jihadists are closing in on government "
     "troops.", {("Unidentified Armed Group (Burkina Faso)", "Djibo", "threatened")}, True),
    ("pressing on a side: where, bearing down", "Clashes went on near Bunia, where the militia has been bearing down "
     "on the army since March.", {("Unidentified Armed Group (Democratic Republic of Congo)", "Bunia", "threatened")},
     True),
    ("pressing on a side: in-phrase", "Rebels pressed on the army in Bossangoa on Sunday.",
     {("Unidentified Armed Group (Central African Republic)", "Bossangoa", "threatened")}, True),
    ("pressing on a side: from three sides", "Mortar rounds landed in Goma, where the rebels are pressing on the army "
     "from three sides.", {("Unidentified Armed Group (Democratic Republic of Congo)", "Goma", "threatened")}, True),
    ("pressing on a side, negative: its goal first", "Government forces advanced towards Kidal from Anefis.",
     {("Military Forces of Mali", "Anefis", "threatened")}, False),
]

NOBODY = [
    # holding out, negative: people no side arms who shelter somewhere, and "hold out" in another sense, hold nothing
    ("civilians in a church", "Thousands of civilians are holed up in a church in Bangui."),
    ("journalists in a hotel", "The journalists were holed up in a hotel in Tripoli."),
    ("hold out hope", "The talks could hold out hope for Gao."),
    ("an advance on a side told nowhere", "Houthi fighters closed in on government troops."),
    ("an advance told in a quarter", "Troops advanced in the north on Friday."),
]


@pytest.mark.parametrize(("shape", "text", "claims", "made"), ROWS, ids=[r[0] for r in ROWS])
def test_control_of_each_family(extractor, shape, text, claims, made):
    told = {(c.actor.name, c.place.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control}
    assert (claims <= told) is made


@pytest.mark.parametrize(("shape", "text"), NOBODY, ids=[r[0] for r in NOBODY])
def test_sheltering_or_advancing_nowhere_holds_nothing(extractor, shape, text):
    assert extract(extractor, text, PUBLISHED).control == []
