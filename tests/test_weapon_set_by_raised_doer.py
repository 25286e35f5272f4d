"""Who set a blast's weapon, told through a verb of belief, as specification: "the mine is suspected to have been
planted by X", "the bomb was believed to have been laid by X" blame X as plainly as "the mine was planted by X", so X is
actor 1 of a blast whose own clause names no doer; so do a setter told on the weapon ("hit a mine planted by X") and
one a passive accuses ("X are accused of beating Y")."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 3, 6)  # a Wednesday

RAISED = [
    ("Two traders died when their cart struck a mine near Djibo. The mine is suspected to have been planted by JNIM "
     "militants.", "JNIM"),
    ("A roadside bomb wounded three soldiers near Afgoye on Monday. The bomb was believed to have been laid by "
     "al-Shabaab.", "al-Shabaab"),
    ("A landmine killed a shepherd near Menaka on Sunday. The device was thought to have been buried by Islamic State "
     "fighters.", "Islamic State"),
    ("A mine killed a goatherd near Kidal on Sunday. The explosive was alleged to have been hidden by Ansar Dine.",
     "Ansar Dine"),
    ("A mine blast killed two farmers near Marib on Tuesday. The mine was reported to have been placed by the Houthis.",
     "Houthis"),
]


# A weapon's setter told in a reduced relative on the weapon itself ("a mine planted by X") blames X as plainly.
LAID_ON_THE_WEAPON = [
    ("A bus hit a landmine planted by Boko Haram near Gwoza on Friday.", "Boko Haram"),
    ("Three soldiers died when their truck hit a bomb laid by al-Shabaab near Afgooye.", "al-Shabaab"),
    ("A tractor hit a mine buried by Islamic State fighters near Menaka.", "Islamic State"),
    ("A minibus hit an explosive device placed by the Houthis south of Marib.", "Houthis"),
    ("A patrol vehicle struck a roadside bomb set by the Taliban in Helmand.", "Taliban"),
]


# A doer the report accuses in a passive ("X are accused of V-ing", "X were blamed for V-ing") does the deed its gerund
# tells, as the object of an active accusation does ("Y accused X of V-ing"); nobody accused leaves the deed's doer
# unidentified, and one a reduced relative says is suspected or accused ("a man suspected of X was killed") is told of,
# not accused: the victim of the deed, not its doer.
ACCUSED = [
    ("Soldiers in Gao are accused of beating a shopkeeper.", "Military Forces of Mali"),
    ("The gendarmes are accused of torturing two detainees in Kaya.", "Police Forces of Burkina Faso"),
    ("Al-Shabaab fighters are suspected of beating two teachers near Mandera.", "al-Shabaab"),
    ("The Houthis were blamed for shelling a market in Taiz.", "Houthis"),
    ("Police officers in Kisumu were accused of shooting a hawker on Tuesday.", "Police Forces of Kenya"),
    # guards
    ("A bus hit a landmine near Gwoza on Friday.", "Unidentified Armed Group (Nigeria)"),
    ("Unknown gunmen shot dead a shopkeeper in Jos on Sunday.", "Unidentified Armed Group (Nigeria)"),
    ("Residents lynched a man suspected of kidnapping a child in Abuja.", "Rioters (Nigeria)"),
    ("A policeman accused of extortion was stabbed to death in Mombasa.", "Unidentified Armed Group (Kenya)"),
    ("Three traders suspected of spying for the rebels were abducted near Beni.",
     "Unidentified Armed Group (Democratic Republic of Congo)"),
]


@pytest.mark.parametrize(("text", "actor1"), [*RAISED, *LAID_ON_THE_WEAPON, *ACCUSED])
def test_the_doer_a_raised_verb_blames_is_actor_1(extractor, text, actor1):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.actor1.name if e.actor1 else None for e in events] == [actor1]
