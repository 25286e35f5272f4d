"""Frame terms for the typer: who does what to whom, read off the reading pipeline's frames."""

from __future__ import annotations

import numpy as np
import pytest

from frontwatch.classify.frame_terms import FrameTermReader
from frontwatch.classify.ngrams import NgramModel, NgramSpec, fit_vectoriser, load_ngram_model, quantised


@pytest.fixture(scope="module")
def frame_reader(reader):
    """Frame terms over the session's reading pipeline."""
    return FrameTermReader(reader)


# (sentence, terms it must give, terms it must not give) — sentences written for this table
WHO_DOES_WHAT = [
    ("Soldiers opened fire on villagers gathered at a well, killing four.",
     {"cls=shoot", "shoot|agent=state|patient=civilians"}, {"shoot|neg"}),
    ("Insurgents overran an army outpost near the border crossing.",
     {"cls=take", "take|agent=rebels|patient=ground"}, {"cls=retake"}),
    ("Government troops recaptured the district capital from the militants.",
     {"cls=retake", "retake|agent=state|patient=ground"}, {"cls=take"}),
    ("Thousands of demonstrators marched to the governor's office on Monday.",
     {"cls=march", "agent=protesters"}, {"cls=shoot"}),
    ("Rebel fighters handed the town over to a rival faction overnight.",
     {"agent=rebels"}, {"cls=retake"}),
    # negative rows: a denied or negated attack is told as such
    ("The rebels did not attack the convoy.", {"cls=attack", "attack|neg", "agent=rebels"}, set()),
    ("The weather in the capital was mild and sunny.", {"noframe"}, {"cls=attack", "cls=shoot"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), WHO_DOES_WHAT)
def test_frame_terms_tell_who_does_what_to_whom(frame_reader, text: str, present: set[str], absent: set[str]):
    terms = set(frame_reader.of_texts([text])[0])
    assert present <= terms, terms
    assert not absent & terms, terms


def test_spans_of_the_shared_doc_give_the_terms_of_a_fresh_parse(frame_reader, reader):
    text = "Police beat up striking nurses outside the hospital. Two of them were detained."
    doc = reader(text)
    by_sentence = frame_reader.of_spans(list(doc.sents))
    assert [set(t) for t in by_sentence] == [set(t) for t in frame_reader.of_texts([s.text for s in doc.sents])]


def test_a_model_with_frame_terms_round_trips_and_weighs_them(tmp_path):
    texts = ["police fired", "rebels fired", "crowd marched"]
    vec = fit_vectoriser(texts, NgramSpec(), max_terms=20, min_df=1)
    frames = {"agent=state": 0, "agent=rebels": 1}
    coef = np.zeros((2, len(vec.vocabulary) + len(frames)))
    coef[0, len(vec.vocabulary)] = coef[1, len(vec.vocabulary) + 1] = 5.0
    weights, scales = quantised(coef)
    model = NgramModel(("A", "B"), vec, weights, scales, np.zeros(2, np.float32), {}, frames, 1.0)
    model.save(tmp_path / "m.npz")
    loaded = load_ngram_model(tmp_path / "m.npz")
    assert loaded.frame_vocabulary == frames and loaded.frame_weight == 1.0
    probs = loaded.predict_proba(["shots fired", "shots fired"], [["agent=state"], ["agent=rebels", "unknown"]])
    assert probs[0].argmax() == 0 and probs[1].argmax() == 1
    assert np.allclose(loaded.predict_proba(["shots fired"])[0], 0.5)  # no terms given: the n-grams alone


def test_a_model_of_frame_terms_alone_round_trips(tmp_path):
    vec = fit_vectoriser(["police fired"], NgramSpec(), max_terms=0, min_df=1)
    weights, scales = quantised(np.array([[4.0, 0.0], [0.0, 4.0]]))
    model = NgramModel(("A", "B"), vec, weights, scales, np.zeros(2, np.float32), {}, {"x": 0, "y": 1}, 1.0)
    model.save(tmp_path / "m.npz")
    loaded = load_ngram_model(tmp_path / "m.npz")
    assert loaded.vectoriser.vocabulary == {}
    assert loaded.predict_proba(["anything"], [["y"]])[0].argmax() == 1
