"""Certainty from attribution and hedging: who says it, and how sure they sound."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

import yaml
from spacy.tokens import Span, Token

from frontwatch.errors import RegistryError
from frontwatch.extract.verbs import verb_lemma
from frontwatch.model import Certainty

_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "our"}
_SOURCE_HEADS_TO_SKIP = {"it", "he", "she", "they", "we", "i", "you", "this", "which", "who"}


@dataclass(frozen=True)
class CertaintyLexicon:
    """Word lists of data/certainty.yaml, validated on load."""

    claim_words: frozenset[str]
    soft_hedges: tuple[str, ...]
    confirm_words: tuple[str, ...]
    negators: tuple[str, ...]
    party_sources: tuple[str, ...]
    attribution_verbs: frozenset[str]
    attribution_phrases: tuple[str, ...]

    @classmethod
    def load(cls) -> CertaintyLexicon:
        """Load the bundled lexicon."""
        text = resources.files("frontwatch.data").joinpath("certainty.yaml").read_text("utf-8")
        data = yaml.safe_load(text)
        keys = ("claim_words", "soft_hedges", "confirm_words", "negators", "party_sources",
                "attribution_verbs", "attribution_phrases")
        missing = [k for k in keys if not isinstance(data.get(k), list)]
        if missing:
            raise RegistryError(f"certainty.yaml: missing word lists {missing}")
        lower = {k: [str(w).lower() for w in data[k]] for k in keys}
        return cls(
            claim_words=frozenset(lower["claim_words"]),
            soft_hedges=tuple(lower["soft_hedges"]),
            confirm_words=tuple(lower["confirm_words"]),
            negators=tuple(lower["negators"]),
            party_sources=tuple(lower["party_sources"]),
            attribution_verbs=frozenset(lower["attribution_verbs"]),
            attribution_phrases=tuple(lower["attribution_phrases"]),
        )


@dataclass(frozen=True)
class CertaintyReading:
    """The certainty of a statement, its source (if attributed) and the hedges seen."""

    certainty: Certainty
    source: str | None = None
    hedges: tuple[str, ...] = field(default_factory=tuple)
    speaker: Token | None = None  # the head of the source when it is a "X said" subject


def _noun_phrase(head: Token) -> str:
    """A source's name: the head noun with its left modifiers, or the whole named entity."""
    doc = head.doc
    if head.ent_type_ and head.ent_iob_ in {"B", "I"}:
        entity = next(e for e in doc.ents if e.start <= head.i < e.end)
        start, end = entity.start, entity.end
    else:
        left = [t for t in head.lefts if t.dep_ in {"amod", "compound", "nmod", "det", "poss", "nummod", "case"}]
        tokens = [*(w for t in left for w in t.subtree), head]
        start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    while start < end - 1 and doc[start].lower_ in _DETERMINERS:
        start += 1
    return doc[start:end].text.strip(" ,.")


def _contains(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text) is not None


def _scopes_over(marker: Token, anchor: Token | None) -> bool:
    """Whether an attribution marker governs the clause of the anchor."""
    if anchor is None:
        return True
    chain = {anchor.i, *(t.i for t in anchor.ancestors)}
    return marker.i in chain or marker.head.i in chain


def _attribution_source(
    sent: Span, lexicon: CertaintyLexicon, anchor: Token | None
) -> tuple[str | None, Token | None]:
    """(source phrase, attribution verb) of a sentence: "according to X", "X said"."""
    lowered = sent.text.lower()
    for token in sent:
        if not _scopes_over(token, anchor):
            continue
        if token.lower_ == "according" and token.i + 1 < sent.end and sent.doc[token.i + 1].lower_ == "to":
            objects = [t for t in sent.doc[token.i + 1].children if t.dep_ == "pobj"]
            if objects:
                return _noun_phrase(objects[0]), token
    for token in sent:
        if token.pos_ in {"VERB", "AUX"} and verb_lemma(token) in lexicon.attribution_verbs:
            subjects = [t for t in token.children if t.dep_ in {"nsubj", "nsubjpass"}]
            governs_clause = any(t.dep_ in {"ccomp", "xcomp", "parataxis", "dobj"} for t in token.children) or (
                token.dep_ in {"parataxis", "advcl", "ccomp", "conj"} or token.head == token
            )
            if subjects and governs_clause and subjects[0].lower_ not in _SOURCE_HEADS_TO_SKIP:
                return _noun_phrase(subjects[0]), token
    for phrase in lexicon.attribution_phrases:
        if phrase != "according to" and _contains(lowered, phrase):
            return phrase, None
    return None, None


def assess(sent: Span, lexicon: CertaintyLexicon, anchor: Token | None = None) -> CertaintyReading:
    """Certainty of what a sentence (or the clause of `anchor` in it) states."""
    lowered = sent.text.lower()
    source, verb = _attribution_source(sent, lexicon, anchor)
    hedges = tuple(h for h in lexicon.soft_hedges if _contains(lowered, h))
    claim_hits = tuple(w for w in lexicon.claim_words if _contains(lowered, w))
    party = source is not None and any(_contains(source.lower(), p) for p in lexicon.party_sources)
    claim_verb = verb is not None and verb_lemma(verb) in {"claim", "allege", "boast"}
    speaker = next((t for t in verb.children if t.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None
    if claim_hits or party or claim_verb:
        return CertaintyReading(Certainty.CLAIMED, source, hedges + claim_hits, speaker)
    confirmed = any(_contains(lowered, w) for w in lexicon.confirm_words)
    negated = any(_contains(lowered, f"{n} be {w}") or _contains(lowered, f"{n} {w}")
                  for n in lexicon.negators for w in ("confirmed", "verified", "independently verified"))
    if confirmed and not negated and not hedges:
        return CertaintyReading(Certainty.CONFIRMED, source, hedges, speaker)
    return CertaintyReading(Certainty.REPORTED, source, hedges, speaker)
