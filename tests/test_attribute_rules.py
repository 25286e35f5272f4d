"""The reading pipeline's attribute ruler finds its rules' matches by look-up, exactly as spaCy's Matcher would."""

from __future__ import annotations

import pytest
from spacy.pipeline import AttributeRuler

from frontwatch.nlp import IndexedRules

SENTENCES = {
    # case: a text whose tokens meet the rules of one token and of two, by form, tag, label and space
    "a clause opened by but": "But the convoy still moved north, and I told them so.",
    "spoken forms of two tokens": "They're gonna shell the ridge again, y'all said, so let's go.",
    "an existential there": "There were three mortar strikes near the depot on Tuesday.",
    "pronouns as subject and object": "It was me who saw it; you can ask him whether it happened to you.",
    "runs of spaces and blank lines": "Whatever that means, the militia did not withdraw.\n\n  Reporters   were  "
                                      "told nothing.",
    "a negated be and a dropped g": "Ain't nothin' going to stop the patrol that has done this before.",
}


@pytest.mark.parametrize("case", sorted(SENTENCES))
def test_looked_up_matches_are_the_matchers(reader, case):
    ruler = reader.get_pipe("attribute_ruler")
    doc = reader(SENTENCES[case])
    assert isinstance(ruler.match, IndexedRules)
    found = ruler.match(doc)
    assert found == AttributeRuler.match(ruler, doc)
    assert len(found) >= len(doc)  # every token meets at least its tag's rule


def test_benchmarks_bare_spacy_keeps_spacys_own_matcher(nlp):
    assert not isinstance(nlp.get_pipe("attribute_ruler").match, IndexedRules)
