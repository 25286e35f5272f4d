"""Who a frame is reported by and how sure it sounds: attribution, hedges, certainty."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from frontwatch.language import word_book
from frontwatch.model import Certainty
from frontwatch.reading.lexicon import load_lexicon
from frontwatch.reading.model import Attribution, Frame, objects

_WORDS = word_book("attribution")
_VERBS, _NOUNS = _WORDS.texts("verbs"), _WORDS.texts("nouns")
_RETRACTING, _ACCORDING = _WORDS.words("retracting"), _WORDS.words("according")
_UNSAYING = _RETRACTING | {k for k, v in _VERBS.items() if v in {"denied", "retracted"}}  # a statement taken back
_PHRASES, _CLAIMS, _HEDGES, _CONFIRMS, _NEGATORS, _PARTIES = (_WORDS.phrases(k) for k in (
    "attribution_phrases", "claim_words", "soft_hedges", "confirm_words", "negators", "party_sources"))
_UNDOING = tuple(f"{n} {c}{w}" for n in _NEGATORS for c in ("", *(f"{b} " for b in _WORDS.words("negated_copulas")))
                 for w in _CONFIRMS)  # "not confirmed", "not be confirmed"
_UNNAMED, _DETERMINERS, _SELF = (_WORDS.words(k) for k in ("unnamed_sources", "determiners", "self_references"))
_CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "acl", "parataxis", "csubj", "pcomp"}
_ASIDES, _SAID_DEPS = {"parataxis", "advcl"}, {"ccomp", "xcomp", "parataxis"}  # a saying verb says its complement
_STATED_DEPS = {"acl", "ccomp", "appos", "relcl", "prep"}


def contains(text: str, phrase: str) -> bool:
    """Whether `phrase` occurs in `text` as whole words (the regex only where it occurs at all)."""
    return phrase in text and _whole_words(phrase).search(text) is not None


@lru_cache(maxsize=4096)
def _whole_words(phrase: str) -> re.Pattern[str]:
    """The pattern of a phrase as whole words, compiled once (the word lists are fixed)."""
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")


def source_name(head: Token) -> str:
    """A source's name: the named entity it heads, or the head noun with its left modifiers."""
    doc = head.doc
    entity = next((e for e in doc.ents if e.start <= head.i < e.end), None) if head.ent_type_ else None
    if entity is not None:
        start, end = entity.start, entity.end
    else:
        left = [t for t in head.lefts if t.dep_ in {"amod", "compound", "nmod", "det", "poss", "nummod", "case"}]
        tokens = [*(w for t in left for w in t.subtree), head]
        start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    while start < end - 1 and doc[start].lower_ in _DETERMINERS:
        start += 1
    return doc[start:end].text.strip(" ,.")


def scope(frame: Frame) -> str:
    """The words of the frame's own clause and the clauses above it, lower case (clauses found once per sentence)."""
    sentence, chain = frame.sentence, {frame.predicate.i, *(t.i for t in frame.predicate.ancestors)}
    if (words := sentence.doc.user_data.get(key := f"clauses {sentence.start}")) is None:
        clause: dict[int, int] = {}  # a word's clause: the first of it and its ancestors heading one, else its root
        for path in ([token] for token in sentence):  # each head path walked once (a cycle ends past the Doc)
            while (node := path[-1]).i not in clause and not (node.pos_ in {"VERB", "AUX"} and node.dep_ in _CLAUSE_DEPS
                                                              or node.head.i == node.i or len(path) > len(node.doc)):
                path.append(node.head)
            clause.update(dict.fromkeys([t.i for t in path], clause.get(node.i, node.i)))
        words = sentence.doc.user_data[key] = [(clause[t.i], t.lower_) for t in sentence]
    return " ".join(word for head, word in words if head in chain)


def _speaker(verb: Token) -> tuple[Token | None, str | None]:
    by = objects(verb, deps=("agent",))  # "said by X"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), by[0] if by else None)
    return subject, None if subject is None or subject.lower_ in _UNNAMED else source_name(subject)


def saying(token: Token) -> bool:
    """Whether a verb says something rather than tells a happening."""
    return token.pos_ in {"VERB", "AUX"} and load_lexicon().lemma(token) in _VERBS


def attribution(predicate: Token, lemma: Callable[[Token], str]) -> Attribution | None:
    """The report a predicate is told in: a saying verb or statement noun above it, "according to X",
    or a parenthetical "X said" beside its clause."""
    chain = [predicate, *predicate.ancestors]
    for below, node in zip(chain, chain[1:], strict=False):
        verb = node.pos_ in {"VERB", "AUX"}
        kind = _VERBS.get(lemma(node)) if verb else _NOUNS.get(lemma(node))
        if kind is None or below.dep_ not in (_SAID_DEPS if verb else _STATED_DEPS) or verb and below.i < node.i < max(
                (c.i for c in node.children if c.dep_ in _SAID_DEPS), default=0):  # "X; Y denied that Z": Z is said
            continue
        unsaid = not verb and lemma(node.head) in _UNSAYING  # "denied reports that ...", "retracted its claim that"
        said = ("retracted" if lemma(node.head) in _RETRACTING else "denied", node.head) if unsaid else (kind, node)
        return Attribution(*said, *_speaker(said[1]))
    for node in chain:
        for child in node.children:
            if child.lower_ in _ACCORDING and (head := next(iter(objects(child, deps=None)), None)) is not None:
                return Attribution("according", child, head, source_name(head))
            if child.dep_ in _ASIDES and child.i != predicate.i and _VERBS.get(lemma(child)) is not None and not any(
                    c.dep_ in {*_SAID_DEPS, "dobj"} for c in child.children):  # ", denying it", "rejecting X": no aside
                return Attribution(_VERBS[lemma(child)], child, *_speaker(child))
    return None


@dataclass(frozen=True)
class CertaintyReading:
    """The certainty of a frame, its source (if attributed), the hedges seen and the speaker."""

    certainty: Certainty
    source: str | None = None
    hedges: tuple[str, ...] = field(default_factory=tuple)
    speaker: Token | None = None


def hedges(text: str) -> tuple[str, ...]:
    """Hedges and claim words in a clause's text."""
    return tuple(h for h in (*_HEDGES, *_CLAIMS) if contains(text, h))


def reading_at(token: Token) -> CertaintyReading:
    """Certainty of what is said at any word (a count, a name) by its clause's attribution and hedges."""
    return certainty(Frame(token, "", "", attribution=attribution(token, load_lexicon().lemma)))


def _own_deed(frame: Frame) -> bool:
    """Whether a said frame's doer points back to its speaker ("X said it had seized", "its units seized")."""
    doers = frame.roles.get("agent") or [c for c in frame.predicate.children if c.dep_ == "nsubj"]
    return any(d.lower_ in _SELF or any(c.dep_ == "poss" and c.lower_ in _SELF for c in d.children) for d in doers)


def certainty(frame: Frame) -> CertaintyReading:
    """Certainty of what a frame states, from its attribution and its clause's hedges."""
    said, found = frame.attribution, hedges(text := scope(frame))  # its clause's hedges
    source = said.source if said is not None else next((p for p in _PHRASES if contains(text, p)), None)
    speaker = said.speaker if said is not None else None
    party = source is not None and any(contains(source.lower(), p) for p in _PARTIES)
    own = said is not None and said.speaker is not None and _own_deed(frame)  # a party telling its own deed
    claimed = party or own or (said is not None and said.kind == "claimed") or any(h in _CLAIMS for h in found)
    confirmed = not claimed and any(contains(text, w) for w in _CONFIRMS) and not any(
        contains(text, phrase) for phrase in _UNDOING) and not any(h in _HEDGES for h in found)
    level = Certainty.CLAIMED if claimed else Certainty.CONFIRMED if confirmed else Certainty.REPORTED
    return CertaintyReading(level, source, found, speaker)
