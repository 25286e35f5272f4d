"""A movement ACLED names by its wings joined ("KNU/KNLA: Karen National Union/Karen National Liberation Army") is the
actor a report means when it names one wing alone, by its acronym or its name ("the KNU", "Chin National Army
troops"); a wing that is a group of its own in the registry ("KIA: Kachin Independence Army") stays that group."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

from frontwatch.resolve.actors import ActorRegistry

PUBLISHED = date(2022, 6, 5)

ONE_WING = [
    ("KNU fighters attacked a Myanmar army outpost near Hpapun on Monday.",
     "KNU/KNLA: Karen National Union/Karen National Liberation Army"),
    ("The Chin National Front ambushed a military convoy near Falam on Sunday.",
     "CNF/CNA: Chin National Front/Chin National Army"),
    ("CNA troops clashed with Myanmar soldiers near Thantlang on Friday.",
     "CNF/CNA: Chin National Front/Chin National Army"),
    ("KNPP fighters clashed with Myanmar troops near Loikaw on Tuesday.",
     "KNPP/KA: Karenni National Progressive Party/Karenni Army"),
    ("RCSS forces clashed with the TNLA near Kyaukme on Thursday.",
     "RCSS/SSA-S: Restoration Council of Shan State/Shan State Army-South"),
    ("Karenni Army fighters shelled a military camp near Demoso on Wednesday.",
     "KNPP/KA: Karenni National Progressive Party/Karenni Army"),
    ("KIA fighters attacked a Myanmar army outpost near Hpakant on Monday.", "KIA: Kachin Independence Army"),
]


@pytest.mark.parametrize(("text", "doer"), ONE_WING, ids=["acronym", "name", "second-acronym", "acronym-clash",
                                                          "acronym-forces", "second-name", "a-group-of-its-own"])
def test_one_wing_named_alone_is_the_movement(extractor, text, doer):
    events = extract(extractor, text, PUBLISHED).events
    assert [e.actor1.name if e.actor1 else None for e in events] == [doer]


SPLA_M = "SPLA/M: Sudanese Peoples Liberation Army/Movement"


@pytest.mark.parametrize(("wing", "movement"), [
    ("Movement", None), ("M", None), ("Sudanese Peoples Liberation Army", None), ("SPLA", SPLA_M)],
    ids=["one-word-name", "one-letter-acronym", "two-movements-share-it", "its-own-alias"])
def test_a_wing_of_one_word_one_letter_or_two_movements_names_none(wing, movement):
    actor = ActorRegistry.load().get(wing)
    assert (actor.name if actor else None) == movement
