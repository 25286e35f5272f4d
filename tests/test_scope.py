"""scope: the words of a frame's own clause and the clauses above it, each head path walked once."""

from __future__ import annotations

import pytest

from frontwatch.reading.attribution import scope
from frontwatch.reading.model import Frame

SENTENCES = [
    "The ministry said on Monday that gunmen had burned two schools after villagers refused to pay them.",
    "Residents who fled the shelling reported that the bridge, which the army had mined, collapsed overnight.",
    "According to a local official, troops reportedly advanced towards the airport but were pushed back.",
    "Witnesses claimed the convoy was ambushed while it was crossing the river, and nobody has confirmed it.",
    "No one was hurt.",
]


def _walked(token) -> int:  # noqa: ANN001 - the definition scope keeps: the first clause-heading verb up the chain
    chain = [token, *token.ancestors]
    return next((t for t in chain if t.pos_ in {"VERB", "AUX"} and t.dep_ in {
        "ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "acl", "parataxis", "csubj", "pcomp"}), chain[-1]).i


@pytest.mark.parametrize("text", SENTENCES)
def test_scope_keeps_the_words_of_the_clauses_above(nlp, text: str):
    doc = nlp(text)
    for predicate in doc:
        chain = {predicate.i, *(t.i for t in predicate.ancestors)}
        expected = " ".join(t.lower_ for t in predicate.sent if _walked(t) in chain)
        assert scope(Frame(predicate, "", "")) == expected
