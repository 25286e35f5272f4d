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
