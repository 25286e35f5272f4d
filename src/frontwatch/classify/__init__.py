"""Sentence-level event typing: CASE 2021 / ACLED sub-event types, or NONE."""

from frontwatch.classify.typer import HybridConfig, SentenceTyper, TypedSentence

__all__ = ["HybridConfig", "SentenceTyper", "TypedSentence"]
