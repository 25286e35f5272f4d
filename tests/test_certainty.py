"""Certainty from attribution and hedging."""

from __future__ import annotations

import pytest

from frontwatch.extract.certainty import CertaintyLexicon, assess
from frontwatch.model import Certainty


@pytest.fixture(scope="module")
def lexicon() -> CertaintyLexicon:
    return CertaintyLexicon.load()


def _sentence(nlp, text):
    return next(nlp(text).sents)


def test_plain_statement_is_reported(nlp, lexicon):
    reading = assess(_sentence(nlp, "Rebels captured the town of Kidal on Saturday."), lexicon)
    assert reading.certainty == Certainty.REPORTED
    assert reading.source is None


def test_according_to_a_party_is_a_claim(nlp, lexicon):
    sent = _sentence(nlp, "According to militant websites, the fighters seized two helicopters.")
    reading = assess(sent, lexicon)
    assert reading.certainty == Certainty.CLAIMED
    assert reading.source == "militant websites"


def test_officials_said_stays_reported_with_its_source(nlp, lexicon):
    sent = _sentence(nlp, "Twelve soldiers were killed in the ambush, officials said.")
    reading = assess(sent, lexicon)
    assert reading.certainty == Certainty.REPORTED
    assert reading.source == "officials"


def test_purportedly_makes_a_claim(nlp, lexicon):
    sent = _sentence(nlp, "A video purportedly shows the execution of two hostages.")
    assert assess(sent, lexicon).certainty == Certainty.CLAIMED


def test_soft_hedge_is_recorded_but_reported(nlp, lexicon):
    sent = _sentence(nlp, "They are said to be advancing towards the town.")
    reading = assess(sent, lexicon)
    assert reading.certainty == Certainty.REPORTED
    assert "said to be" in reading.hedges


def test_explicit_confirmation_is_confirmed(nlp, lexicon):
    sent = _sentence(nlp, "The army confirmed that the bridge had been destroyed.")
    assert assess(sent, lexicon).certainty == Certainty.CONFIRMED


def test_could_not_be_confirmed_is_not_confirmed(nlp, lexicon):
    sent = _sentence(nlp, "The death toll could not be independently verified.")
    assert assess(sent, lexicon).certainty != Certainty.CONFIRMED


def test_attribution_applies_only_to_its_own_clause(nlp, lexicon):
    sent = _sentence(nlp, "They hold the airport and, according to militant websites, "
                          "the fighters are in possession of two helicopters.")
    hold = next(t for t in sent if t.lower_ == "hold")
    possession = next(t for t in sent if t.lower_ == "possession")
    assert assess(sent, lexicon, hold).certainty == Certainty.REPORTED
    assert assess(sent, lexicon, possession).certainty == Certainty.CLAIMED
