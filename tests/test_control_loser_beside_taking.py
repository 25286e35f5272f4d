"""The side a taking leaves the place to is told beside it (issue 18), as specification: a retreat that names no ground
of its own, told after a taking or an entry in its sentence or the next, leaves the place taken or entered ("seized
X on Sunday. The soldiers fled across the river": they lost X), the side a verb makes or lets retreat being its
object, never its subject ("forced the garrison to pull back"; an order tells no retreat), and so does a retreat to
ground at a bearing from a place ("fell back to trenches west of the town"); a retreat in a "before ..." phrase
shares the date of the clause it hangs on, background with it ("seized X in 2012 before pulling back"). Tables of
rows that must not give the loss stand beside those that must."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import control_claims

PUBLISHED = date(2024, 5, 13)


_claims = partial(control_claims, published=PUBLISHED)  # (holder, place, status) of one text


RETREATED = [  # (shape, text, the retreating side loses the place)
    ("coordinated, other subject", "Rebels seized Bambari on Sunday, and government soldiers fled across the river, "
     "local officials said.", ("Military Forces of the Central African Republic", "Bambari", "lost")),
    ("next sentence, to a place", "The Taliban captured Kunduz on Sunday. Afghan soldiers fled to the airport, "
     "officials said.", ("Military Forces of Afghanistan", "Kunduz", "lost")),
    ("next sentence, forced to", "Gangs took over Mirebalais on Monday. Police officers who had defended the station "
     "were forced to withdraw towards Hinche.", ("Police Forces of Haiti", "Mirebalais", "lost")),
    ("next sentence, pulled back", "Islamic State fighters overran Palmyra on Wednesday. Syrian troops pulled back "
     "towards Homs overnight.", ("Military Forces of Syria", "Tadmur", "lost")),
    ("after an entry", "Houthi fighters stormed into Marib on Friday. Government forces withdrew hours later, "
     "residents said.", ("Military Forces of Yemen", "Ma'rib", "lost")),
    ("while clause", "Wagner fighters captured Soledar on Friday, while Ukrainian units fell back to new lines.",
     ("Military Forces of Ukraine", "Soledar", "lost")),
]


NOT_RETREATED = [  # (shape, text, place): nobody but the taker has a claim on it
    ("civilians flee", "The army captured Gao on Monday. Thousands of residents fled to nearby villages.", "Gao"),
    ("a retreat from a place of its own", "Rebels seized Bambari on Sunday. Elsewhere, troops withdrew from Bria.",
     "Bambari"),
    ("a retreat with no taking before it", "Troops shelled Bakhmut on Monday. Russian units pulled back overnight.",
     "Bakhmut"),
]


OLD_RETREATS = [  # (shape, text, place): a retreat in a "before ..." phrase on a clause dated years back is background
    ("months and years", "Congolese troops shelled Rubaya on Tuesday. M23 rebels seized Goma in November 2012 "
     "before pulling back to the hills.", "Goma"),
    ("pulling out", "Militants attacked Palmyra on Monday. Islamic State fighters seized the city in May 2015 before "
     "pulling out under Russian air strikes.", "Tadmur"),
    ("a year alone", "Troops shelled Kismayo on Sunday. Kenyan forces took the port in 2012 before withdrawing under "
     "pressure from the clans.", "Kismayo port"),
    ("retreating", "Fighters attacked a checkpoint on Friday. The rebels captured Bangui in March 2013 before "
     "retreating under French pressure.", "Bangui"),
    ("another conflict", "Gunmen attacked a market on Sunday. Houthi fighters seized Aden in March 2015 before "
     "withdrawing under Saudi air strikes.", "Aden"),
]


RECENT_RETREATS = [  # (shape, text, the loss its host's date keeps)
    ("this year's month", "Rebels took Kidal in March before withdrawing under French pressure.",
     ("Unidentified Armed Group (Mali)", "Kidal", "lost")),
    ("a day", "Rebels seized Kidal on Tuesday before withdrawing under pressure.",
     ("Unidentified Armed Group (Mali)", "Kidal", "lost")),
]


BEARINGS = [  # (shape, text, the retreating side loses the place its new ground lies at a bearing from)
    ("said, pronoun, the town", "Syrian soldiers were back inside Saraqib on Monday. The rebels said they had fallen "
     "back to trenches west of the town.", ("Unidentified Armed Group (Syria)", "Saraqib", "lost")),
    ("withdrew to lines east of", "Ukrainian units withdrew to new lines east of Avdiivka on Saturday.",
     ("Military Forces of Ukraine", "Avdiyivka", "lost")),
    ("fell back to villages north of", "The militants fell back to villages north of Kidal after the assault.",
     ("Unidentified Armed Group (Mali)", "Kidal", "lost")),
    ("retreated to hills south of", "Government troops retreated to hills south of Gao overnight.",
     ("Military Forces of Mali", "Gao", "lost")),
    ("pulled back to bases west of", "Al-Shabaab fighters pulled back to bases west of Beledweyne, residents said.",
     ("al-Shabaab", "Beledweyne", "lost")),
]


NOT_LEFT_AT_A_BEARING = [  # (shape, text, place): nobody loses it
    ("an advance", "Troops advanced to positions west of Kidal.", "Kidal"),
    ("a from-phrase names the place left", "The army withdrew from Kidal to positions north of Gao on Sunday.", "Gao"),
    ("civilians flee", "Residents fled to villages west of Gao on Sunday.", "Gao"),
]


MADE_TO_RETREAT = [  # (shape, text, the side made or let to retreat loses the place, the side that made it does not)
    ("forcing, same sentence", "Rebels seized Bambari on Sunday, forcing soldiers to retreat.",
     ("Military Forces of the Central African Republic", "Bambari", "lost"),
     ("Unidentified Armed Group (Central African Republic)", "Bambari", "lost")),
    ("compelling, same sentence", "The army recaptured Gao on Monday, compelling the jihadists to withdraw.",
     ("Unidentified Armed Group (Mali)", "Gao", "lost"), ("Military Forces of Mali", "Gao", "lost")),
    ("third party's strikes forced", "The army recaptured Wad Madani on Saturday. Egyptian air strikes forced the RSF "
     "fighters to pull out.", ("Rapid Support Forces", "Wad Medani", "lost"),
     ("Military Forces of Egypt", "Wad Medani", "lost")),
    ("third party persuaded", "The Taliban captured Kunduz on Monday. Pakistani mediators persuaded the Afghan "
     "soldiers to withdraw to the airport.", ("Military Forces of Afghanistan", "Kunduz", "lost"),
     ("Taliban", "Kunduz", "lost")),
    ("shelling obliged", "Arakan Army fighters seized Paletwa on Saturday. The heavy shelling obliged the junta's "
     "troops to abandon the town.", ("Military Forces of Myanmar", "Paletwa", "lost"),
     ("AA: Arakan Army", "Paletwa", "lost")),
    ("the winner as subject, pronoun", "Rebels seized Bambari on Sunday. They forced the soldiers to flee south.",
     ("Military Forces of the Central African Republic", "Bambari", "lost"),
     ("Unidentified Armed Group (Central African Republic)", "Bambari", "lost")),
    ("the winner as subject, said", "Rebels seized Bambari on Sunday. Residents said the rebels forced the soldiers "
     "to withdraw.", ("Military Forces of the Central African Republic", "Bambari", "lost"),
     ("Unidentified Armed Group (Central African Republic)", "Bambari", "lost")),
    ("the winner compelled, toward", "M23 rebels took Rubaya on Tuesday. The rebels compelled the Congolese troops to "
     "pull back towards Goma.", ("Military Forces of the Democratic Republic of Congo", "Rubaya", "lost"),
     ("M23", "Rubaya", "lost")),
    ("the winner compelled them", "Fano militiamen captured Lalibela on Wednesday. Soldiers said the militia had "
     "compelled them to pull back to Woldia.", ("Military Forces of Ethiopia", "Lalibela", "lost"),
     ("Unidentified Armed Group (Ethiopia)", "Lalibela", "lost")),
    ("a third party's order", "Wagner fighters captured Soledar on Friday. Moscow told the fighters to withdraw.",
     None, ("Military Forces of Russia", "Soledar", "lost")),
    ("an order from the capital", "Taliban fighters entered Ghazni on Thursday. Officials in Kabul told the police to "
     "retreat to the airport.", None, ("Military Forces of Afghanistan", "Ghazni", "lost")),
]


@pytest.mark.parametrize(("shape", "text", "lost", "kept"), MADE_TO_RETREAT, ids=[r[0] for r in MADE_TO_RETREAT])
def test_the_side_made_or_let_to_retreat_loses_the_place_not_the_side_that_made_it(extractor, shape, text, lost,
                                                                                     kept):
    claims = _claims(extractor, text)
    assert (lost is None or lost in claims) and kept not in claims


LOSSES = [(f"{kind}: {shape}", text, lost) for kind, table in (
    ("retreated", RETREATED), ("recent", RECENT_RETREATS), ("bearing", BEARINGS))
    for shape, text, lost in table]


@pytest.mark.parametrize(("shape", "text", "lost"), LOSSES, ids=[r[0] for r in LOSSES])
def test_the_side_a_taking_or_a_retreat_leaves_the_place_to_loses_it(extractor, shape, text, lost):
    assert lost in _claims(extractor, text)


NO_LOSSES = [(f"{kind}: {shape}", text, place) for kind, table in (
    ("not retreated", NOT_RETREATED), ("not at a bearing", NOT_LEFT_AT_A_BEARING))
    for shape, text, place in table]


@pytest.mark.parametrize(("shape", "text", "place"), NO_LOSSES, ids=[r[0] for r in NO_LOSSES])
def test_a_fight_retreat_or_flight_that_leaves_no_side_the_place_tells_no_loss(extractor, shape, text, place):
    assert not {c for c in _claims(extractor, text) if c[1] == place and c[2] == "lost"}


@pytest.mark.parametrize(("shape", "text", "place"), OLD_RETREATS, ids=[r[0] for r in OLD_RETREATS])
def test_a_retreat_before_which_a_place_was_held_years_ago_is_background(extractor, shape, text, place):
    assert not {c for c in _claims(extractor, text) if c[1] == place}
