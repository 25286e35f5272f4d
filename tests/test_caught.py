"""Errors survived on purpose are logged and counted, never swallowed in silence."""

from __future__ import annotations

import logging

from frontwatch.caught import CAUGHT, CaughtErrors


def test_the_first_error_of_a_kind_is_a_warning_and_every_one_is_counted(caplog):
    caught = CaughtErrors()
    with caplog.at_level(logging.DEBUG, logger="frontwatch"):
        for _ in range(3):
            caught.add("a parser", ValueError("odd input"))
        caught.add("a parser", KeyError("k"))
    assert caught.counts() == {("a parser", "ValueError"): 3, ("a parser", "KeyError"): 1}
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == ["a parser: caught ValueError: odd input (survived; counted)",
                        "a parser: caught KeyError: 'k' (survived; counted)"]


def test_fusion_without_its_sentence_encoder_says_so_and_counts_it(monkeypatch, caplog):
    from frontwatch.classify import embed
    from frontwatch.fuse.events import _embedding_similarity

    def broken():
        raise OSError("model files missing")

    monkeypatch.setattr(embed, "load_encoder", broken)
    before = CAUGHT.counts().get(("fusion sentence encoder", "OSError"), 0)
    with caplog.at_level(logging.WARNING, logger="frontwatch"):
        assert _embedding_similarity([]) is None
    assert CAUGHT.counts()[("fusion sentence encoder", "OSError")] == before + 1
