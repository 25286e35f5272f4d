"""Control told by expulsion, presence and leaving (issue 18), as specification: an expulsion in any voice or verb
("chased from", "ejected from", "were forced out of") loses the place for the side expelled and wins it for the
side named expelling; a flag an armed side raises over a place tells it holds the place (protesters' flags do not);
a place left, lost or abandoned TO a side is that side's ("leaving the town to Y", "lost X to Y"), and a place lost
after a side's offensive is that side's taking; a place that changed hands before a side withdrew is lost to that side.
Each table has rows that must not give the claim."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import control_claims, extract

PUBLISHED = date(2024, 5, 13)
REGAINS = "Government regains territory"


_claims = partial(control_claims, published=PUBLISHED)  # (holder, place, status) of one text


EXPELLED = [  # (shape, text, the side expelled loses the place, the side expelling holds it or None)
    ("chased from, active", "Somali troops chased al-Shabaab fighters from Beledweyne on Thursday.",
     ("al-Shabaab", "Beledweyne", "lost"), ("Military Forces of Somalia", "Beledweyne", "controls")),
    ("chased away, passive, said", "ISWAP fighters were chased away from Damboa by Nigerian soldiers, the army said.",
     ("Islamic State West Africa Province", "Damboa", "lost"), ("Military Forces of Nigeria", "Damboa", "controls")),
    ("ejected", "Congolese troops ejected M23 rebels from Rutshuru on Monday.", ("M23", "Rutshuru", "lost"),
     ("Military Forces of the Democratic Republic of Congo", "Rutshuru", "controls")),
    ("forced out, passive, reportedly", "Taliban fighters were reportedly forced out of Kunduz after two days of "
     "fighting.", ("Taliban", "Kunduz", "lost"), None),
    ("pushed out, said", "Ukrainian forces pushed Russian troops out of Kupiansk, the general staff said.",
     ("Military Forces of Russia", "Kupyansk", "lost"), ("Military Forces of Ukraine", "Kupyansk", "controls")),
]


@pytest.mark.parametrize(("shape", "text", "lost", "taken"), EXPELLED, ids=[r[0] for r in EXPELLED])
def test_an_expulsion_in_any_verb_or_voice_changes_hands(extractor, shape, text, lost, taken):
    claims = _claims(extractor, text)
    assert lost in claims
    assert taken is None or taken in claims


NOT_EXPELLED = [
    ("a crowd chased from a square", "Police chased protesters from the square in Kano on Friday."),
    ("chased into ground near a town", "Soldiers chased the gunmen into the forest near Gwoza."),
]


@pytest.mark.parametrize(("shape", "text"), NOT_EXPELLED, ids=[r[0] for r in NOT_EXPELLED])
def test_a_chase_that_clears_no_holder_gives_no_control(extractor, shape, text):
    assert not _claims(extractor, text)


FLAGS = [  # a flag an armed side raises over a place: it holds the place (no event of its own: the taking tells one)
    ("over, its square", "Islamic State fighters raised their flag over the main square of Sirte.",
     ("Islamic State", "Sirte", "controls")),
    ("hoisted above, dated", "Russian soldiers hoisted the Russian flag above the town hall of Kupiansk on Sunday.",
     ("Military Forces of Russia", "Kupyansk", "controls")),
    ("planted in, said", "M23 rebels planted their flag in the centre of Rutshuru, residents said.",
     ("M23", "Rutshuru", "controls")),
    ("reportedly, over a town", "JNIM fighters reportedly raised their black flag over Djibo on Friday.",
     ("JNIM", "Djibo", "controls")),
    ("according to, a town's centre", "Al-Shabaab militants planted flags in the centre of Jowhar, according to "
     "elders.", ("al-Shabaab", "Jawhar", "controls")),
]


@pytest.mark.parametrize(("shape", "text", "claim"), FLAGS, ids=[r[0] for r in FLAGS])
def test_a_flag_raised_by_an_armed_side_holds_the_place(extractor, shape, text, claim):
    assert claim in _claims(extractor, text)


NO_PRESENCE = [  # a crowd's flag, a patrol passing or ambushed, a deployment: nobody is told to hold the place
    ("protesters' flags", "Protesters raised flags in the main square of Kano on Friday."),
    ("a patrol passing", "A UN patrol passed through Kidal on Tuesday."),
    ("a patrol ambushed", "Soldiers patrolling near Kidal were ambushed on Tuesday."),
    ("patrol told as a verb", "Al-Shabaab militants now patrol Mahas openly, according to elders."),
]


@pytest.mark.parametrize(("shape", "text"), NO_PRESENCE, ids=[r[0] for r in NO_PRESENCE])
def test_presence_without_a_hold_told_gives_no_control(extractor, shape, text):
    assert not {c for c in _claims(extractor, text) if c[2] == "controls"}


LEFT_TO = [  # (shape, text, the side it is left to holds it)
    ("leaving the town to", "The army pulled out of Kidal, leaving the town to Tuareg rebels.",
     ("MNLA", "Kidal", "controls")),
    ("leaving the city to, dated", "Ethiopian troops withdrew from Baidoa on Friday, leaving the city to al-Shabaab.",
     ("al-Shabaab", "Baidoa", "controls")),
    ("abandoned to, passive, said", "Menaka was abandoned to JNIM fighters after the army left, officials said.",
     ("JNIM", "Ménaka", "controls")),
    ("lost to", "Government troops lost Beledweyne to al-Shabaab on Monday.", ("al-Shabaab", "Beledweyne", "controls")),
    ("ceded to", "The government ceded Rutshuru to M23 rebels under the deal.", ("M23", "Rutshuru", "controls")),
]


@pytest.mark.parametrize(("shape", "text", "claim"), LEFT_TO, ids=[r[0] for r in LEFT_TO])
def test_a_place_left_to_a_side_is_that_sides(extractor, shape, text, claim):
    assert claim in _claims(extractor, text)


NOT_LEFT_TO = [
    ("left to do something", "The rebels left Kidal to attend talks in Algiers.", "Kidal"),
    ("pulled back to ground", "The troops pulled back to the airport of Gao.", "Gao"),
]


@pytest.mark.parametrize(("shape", "text", "place"), NOT_LEFT_TO, ids=[r[0] for r in NOT_LEFT_TO])
def test_a_to_phrase_naming_no_side_hands_nothing_over(extractor, shape, text, place):
    assert not {c for c in _claims(extractor, text) if c[1] == place and c[2] == "controls"}


AFTER_AN_OFFENSIVE = [  # (shape, text, the offensive's side holds it, the loser)
    ("compound, two-day", "The army lost Djibo after a two-day JNIM offensive.", ("JNIM", "Djibo", "controls"),
     ("Military Forces of Burkina Faso", "Djibo", "lost")),
    ("by-phrase, said", "Al-Shabaab lost Jowhar after an offensive by Somali troops, officials said.",
     ("Military Forces of Somalia", "Jawhar", "controls"), ("al-Shabaab", "Jawhar", "lost")),
    ("reportedly, assault", "M23 reportedly lost Rutshuru after a week-long army assault.",
     ("Military Forces of the Democratic Republic of Congo", "Rutshuru", "controls"), ("M23", "Rutshuru", "lost")),
    ("amid", "The militants lost Damboa amid a Nigerian army offensive.", ("Military Forces of Nigeria", "Damboa",
                                                                           "controls"), None),
    ("following, counteroffensive", "Russian forces lost Kupiansk following a Ukrainian counteroffensive.",
     ("Military Forces of Ukraine", "Kupyansk", "controls"), ("Military Forces of Russia", "Kupyansk", "lost")),
]


@pytest.mark.parametrize(("shape", "text", "taken", "lost"), AFTER_AN_OFFENSIVE, ids=[r[0] for r in AFTER_AN_OFFENSIVE])
def test_a_place_lost_after_an_offensive_is_the_offensives_taking(extractor, shape, text, taken, lost):
    claims = _claims(extractor, text)
    assert taken in claims
    assert lost is None or lost in claims


def test_a_loss_after_an_offensive_is_coded_as_its_taking(extractor):
    events = extract(extractor, "Al-Shabaab lost Jowhar after an offensive by Somali troops.", PUBLISHED).events
    assert ("Military Forces of Somalia", REGAINS) in {(e.actor1.name, e.sub_event_type) for e in events if e.actor1}


def test_people_lost_after_an_attack_are_no_place_taken(extractor):
    claims = _claims(extractor, "The army lost three soldiers after a JNIM attack near Djibo.")
    assert ("JNIM", "Djibo", "controls") not in claims


CHANGED_HANDS = [  # (shape, text, the side that withdrew loses the place)
    ("before", "Kupiansk changed hands twice before the Russian forces withdrew.", ("Military Forces of Russia",
                                                                                   "Kupyansk", "lost")),
    ("after, said", "Rutshuru changed hands several times after M23 rebels pulled out, residents said.",
     ("M23", "Rutshuru", "lost")),
    ("as", "Damboa changed hands as ISWAP fighters retreated on Sunday.", ("Islamic State West Africa Province",
                                                                          "Damboa", "lost")),
    ("when, reportedly", "Jowhar reportedly changed hands when al-Shabaab fighters fled on Friday.",
     ("al-Shabaab", "Jawhar", "lost")),
    ("once, pluperfect", "Djibo changed hands once JNIM fighters had pulled back.", ("JNIM", "Djibo", "lost")),
]


@pytest.mark.parametrize(("shape", "text", "lost"), CHANGED_HANDS, ids=[r[0] for r in CHANGED_HANDS])
def test_a_side_that_withdrew_as_a_place_changed_hands_lost_it(extractor, shape, text, lost):
    assert lost in _claims(extractor, text)


def test_a_retreat_beside_a_change_of_mind_leaves_nothing(extractor):
    claims = _claims(extractor, "Djibo's mayor changed his mind before JNIM fighters withdrew.")
    assert ("JNIM", "Djibo", "lost") not in claims


LEFT_UNTAKEN = [
    # a side that leaves its positions, posts or camps at a town, or deserts the town, loses the town; nobody is told
    # taking it, so nobody holds it ("positions" alone never stand for the report's town; its edge left is no loss)
    ("positions", "Ethiopian troops abandoned their positions in Dessie on Saturday.",
     {("Military Forces of Ethiopia", "Dessie", "lost")}),
    ("post at", "Soldiers abandoned their post at Djibo after repeated attacks, local sources said.",
     {("Military Forces of Burkina Faso", "Djibo", "lost")}),
    ("camp, deserted", "Malian soldiers deserted the camp at Tessalit.",
     {("Military Forces of Mali", "Tessalit", "lost")}),
    ("deserted the town", "Fano fighters deserted Lalibela overnight.",
     {("Unidentified Armed Group (Ethiopia)", "Lalibela", "lost")}),
    ("checkpoints", "Somali soldiers abandoned their checkpoints in Beledweyne late on Friday.",
     {("Military Forces of Somalia", "Beledweyne", "lost")}),
    # guards: the edge of the town left (positions near it: test_control_places), positions taken, positions manned,
    # a desertion from the ranks
    ("edge", "Ethiopian troops abandoned their positions on the outskirts of Dessie on Saturday.", set()),
    ("taken", "Ethiopian troops seized rebel positions in Dessie.",
     {("Military Forces of Ethiopia", "Dessie positions", "controls")}),
    ("manned", "Soldiers manned checkpoints in Djibo.", set()),
    ("ranks", "Government soldiers deserted in large numbers.", set()),
]


CLAIMED_AFTER_LOSS = [
    # a side's claim, hedged, that it still holds a place the report told it lost is not its hold: the loss stands
    ("said, parts", "Ukrainian troops withdrew from Avdiivka on Saturday. A Ukrainian commander said on Monday his "
     "troops still held parts of the town.", {("Military Forces of Ukraine", "Avdiyivka", "lost")}),
    ("claimed", "Rebels lost Kidal on Tuesday. A rebel spokesman claimed the group still controlled Kidal.",
     {("Unidentified Armed Group (Mali)", "Kidal", "lost")}),
    ("next day", "Houthi fighters were driven out of Harib on Friday. A Houthi spokesman claimed on Saturday that the "
     "group still held Harib.", {("Houthis", "Ḩarīb", "lost")}),
    ("says", "Islamic State fighters abandoned Raqqa last week. Islamic State says it still holds the city.",
     {("Islamic State", "Ar Raqqah", "lost")}),
    ("insisted", "Government troops fled Kalemie on Thursday; the army insisted on Friday that it still "
     "controlled Kalemie.", {("Military Forces of the Democratic Republic of Congo", "Kalemie", "lost")}),
    # guards: a retaking told after the loss, and a hedged hold with no loss told
    ("retaken", "Rebels lost Kidal on Tuesday but retook the town on Friday.",
     {("Unidentified Armed Group (Mali)", "Kidal", "lost"), ("Unidentified Armed Group (Mali)", "Kidal", "controls")}),
    ("no loss", "A rebel spokesman claimed the group still controlled Kidal.",
     {("Unidentified Armed Group (Mali)", "Kidal", "controls")}),
]


@pytest.mark.parametrize(("shape", "text", "claims"), LEFT_UNTAKEN + CLAIMED_AFTER_LOSS,
                         ids=[r[0] for r in LEFT_UNTAKEN + CLAIMED_AFTER_LOSS])
def test_a_loss_nobody_is_told_taking_stands(extractor, shape, text, claims):
    """Positions left at a town lose it for nobody; a later hedged claim to hold it does not undo the loss."""
    assert _claims(extractor, text) == claims
