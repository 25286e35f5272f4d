"""Certainty from attribution and hedging, read on the frame of what is said."""

from __future__ import annotations

import pytest

from frontwatch.model import Certainty
from frontwatch.reading.attribution import certainty, reading_at
from frontwatch.reading.model import frames_of


def _reading(reader, text: str, word: str):  # noqa: ANN001 - the conftest reading pipeline
    doc = reader(text)
    frame = next((f for f in frames_of(doc) if f.predicate.lower_ == word), None)
    return certainty(frame) if frame is not None else reading_at(next(t for t in doc if t.lower_ == word))


@pytest.mark.parametrize(("text", "word", "expected", "source"), [
    ("Rebels captured the depot on Saturday.", "captured", Certainty.REPORTED, None),
    ("Rebels captured the depot on Saturday, a police officer said.", "captured", Certainty.REPORTED,
     "police officer"),
    ("Rebels reportedly captured the depot on Saturday.", "captured", Certainty.REPORTED, None),
    ("According to rebel websites, the fighters captured the depot.", "captured", Certainty.CLAIMED, "rebel websites"),
    ("Rebels allegedly captured the depot on Saturday.", "captured", Certainty.CLAIMED, None),
    ("The rebels claimed they had captured the depot.", "captured", Certainty.CLAIMED, None),
    ("The army confirmed that rebels had captured the depot.", "captured", Certainty.CONFIRMED, "army"),
    ("The capture of the depot could not be independently verified.", "capture", Certainty.REPORTED, None),
])
def test_who_says_it_and_how_sure_it_sounds(reader, text, word, expected, source):
    reading = _reading(reader, text, word)
    assert reading.certainty == expected
    if source is not None:
        assert reading.source == source


def test_a_soft_hedge_is_recorded_but_stays_reported(reader):
    reading = _reading(reader, "They are said to be advancing towards the depot.", "advancing")
    assert reading.certainty == Certainty.REPORTED and "said to be" in reading.hedges


def test_attribution_applies_only_to_its_own_clause(reader):
    text = ("The militia holds the bridge and, according to rebel websites, its fighters are in possession "
            "of three armoured vehicles.")
    assert _reading(reader, text, "holds").certainty == Certainty.REPORTED
    assert _reading(reader, text, "possession").certainty == Certainty.CLAIMED


def test_a_passive_saying_verb_names_no_speaker(reader):
    reading = _reading(reader, "The fighters are said to have captured the depot.", "captured")
    assert reading.speaker is None


@pytest.mark.parametrize(("text", "word"), [  # a party telling its own deed: its pronoun or possessive is the doer
    ("The navy said its frigates had sunk two smuggling boats off the cape.", "sunk"),
    ("The militia said on Monday it had overrun a checkpoint on the ring road.", "overrun"),
    ("Separatist commanders say they have seized the grain terminal.", "seized"),
    ("The interior ministry said its special forces stormed a hideout in the hills.", "stormed"),
    ("The brigade announced that its gunners shelled an enemy depot overnight.", "shelled"),
])
def test_a_party_telling_its_own_deed_claims_it(reader, text, word):
    assert _reading(reader, text, word).certainty == Certainty.CLAIMED


@pytest.mark.parametrize(("text", "word"), [  # another's deed told by a party, or by a bystander about itself
    ("The navy said smugglers had sunk two of its patrol boats off the cape.", "sunk"),
    ("The militia said on Monday that troops had overrun a checkpoint on the ring road.", "overrun"),
    ("Farmers say gunmen have seized the grain terminal.", "seized"),
    ("The interior ministry said unknown attackers stormed a police post in the hills.", "stormed"),
    ("Residents said the brigade shelled a market overnight.", "shelled"),
])
def test_a_deed_told_by_someone_else_stays_reported(reader, text, word):
    assert _reading(reader, text, word).certainty == Certainty.REPORTED


@pytest.mark.parametrize(("text", "word"), [  # a party's own account or channel
    ("The army's own account describes how a camp used by smugglers was raided.", "raided"),
    ("According to the movement's own channels, its fighters ambushed a convoy near the dam.", "ambushed"),
    ("The rebels' own statement says a patrol was captured near the border.", "captured"),
    ("According to the police's own figures, dozens of looters were detained.", "detained"),
])
def test_a_partys_own_account_is_a_claim(reader, text, word):
    assert _reading(reader, text, word).certainty == Certainty.CLAIMED


@pytest.mark.parametrize(("text", "word", "expected"), [  # hedges: strong ones claim, soft ones stay reported
    ("Gunmen are believed to have abducted the headman of the village.", "abducted", Certainty.REPORTED),
    ("The convoy was reportedly ambushed near the river crossing.", "ambushed", Certainty.REPORTED),
    ("Soldiers allegedly burned the market stalls on Friday.", "burned", Certainty.CLAIMED),
    ("An unverified video shows fighters looting the depot.", "looting", Certainty.CLAIMED),
    ("The bridge was apparently destroyed by a drone.", "destroyed", Certainty.REPORTED),
])
def test_hedges_grade_a_statement(reader, text, word, expected):
    assert _reading(reader, text, word).certainty == expected
