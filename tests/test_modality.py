"""Which predicates state real events: modals, conditions, aims and failures."""

from __future__ import annotations

from frontwatch.extract.modality import unrealised_reason


def _token(nlp, text, word):
    return next(t for t in nlp(text) if t.lower_ == word)


def test_past_event_is_realised(nlp):
    assert unrealised_reason(_token(nlp, "Militants seized the refinery on Monday.", "seized")) is None


def test_future_modal_is_not_an_event(nlp):
    assert unrealised_reason(_token(nlp, "They will also seize the refinery.", "seize")) == "modal"


def test_condition_is_not_an_event(nlp):
    token = _token(nlp, "If the army attacks the city, thousands will flee.", "attacks")
    assert unrealised_reason(token) == "conditional"


def test_aim_is_not_an_event(nlp):
    token = _token(nlp, "The mission to regain the city will get tougher.", "regain")
    assert unrealised_reason(token) in {"aim", "modal"}
    token = _token(nlp, "The rebels vowed to capture the capital.", "capture")
    assert unrealised_reason(token) == "aim"


def test_failed_attempt_is_marked_failed(nlp):
    token = _token(nlp, "Last month the government failed to regain the town.", "regain")
    assert unrealised_reason(token) == "failed"


def test_negated_event_is_not_an_event(nlp):
    token = _token(nlp, "The rebels did not attack the convoy.", "attack")
    assert unrealised_reason(token) == "negated"
