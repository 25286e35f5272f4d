"""Numbers in a parsed sentence with what they count ("thousands of prisoners" → prisoners)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from frontwatch.doc_memo import entities_in
from frontwatch.language import word_book
from frontwatch.reading.lexicon import load_lexicon
from frontwatch.resolve.numbers import (
    NumberRange,
    load_number_words,
    looks_like_clock,
    looks_like_year,
    parse_number_range,
)

_WORDS = word_book("quantities")
_QUALIFIERS, _KILL, _WOUND, _PRONOUNS, _DEATHS = (_WORDS.words(k) for k in (
    "qualifiers", "fatal", "wounding", "counted_pronouns", "deaths_beside_wounds"))
_OF, _LEMMA, _VAGUE = load_lexicon().of, load_lexicon().lemma, load_lexicon().vague  # "hundreds", "a dozen", "a number"
_NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}
_JOINERS, _BETWEEN = load_number_words().range_joiners, _WORDS.texts("between")
_UNITS = _WORDS.words("units").union(_WORDS.mapping("distance_units"))  # measures: "5 km", "40 tonnes"


@dataclass(frozen=True)
class NumberPhrase:
    """A count in a sentence: its range, offsets, and the noun it counts (if found)."""

    value: NumberRange
    start: int
    end: int
    number: Token
    counted: Token | None


def _counted_token(number: Token, end: int) -> Token | None:
    doc = number.doc
    for token in (number, number.head):  # "40 rifles", "some 40 rifles"
        if token.dep_ == "nummod" and token.head.pos_ in {"NOUN", "PROPN"}:
            return token.head
    if end + 1 < len(doc) and doc[end].lower_ in _OF and doc[end + 1].lower_ in _PRONOUNS:
        return number.head if number.head.pos_ in {"NOUN", "PROPN"} else None
    if end < len(doc) and doc[end].lower_ in _OF:
        objects = [t for t in doc[end].children if t.dep_ == "pobj"]
        if objects and objects[0].pos_ in {"NOUN", "PROPN"} and objects[0].lower_ not in _PRONOUNS:
            return objects[0]
    return doc[end] if end < len(doc) and doc[end].pos_ == "NOUN" else None


def number_phrases(span: Span) -> tuple[NumberPhrase, ...]:
    """Every count in a sentence (dates, money, shares and ordinals left out), read once per span of a Doc."""
    if (key := (span.start, span.end)) in (memo := span.doc.user_data.setdefault("number phrases", {})):
        return memo[key]  # the event, fatality and quantity readers each ask of the same sentences
    phrases, taken = list[NumberPhrase](), set[int]()
    candidates = [(e.start, e.end) for e in entities_in(span) if e.label_ in {"CARDINAL", "QUANTITY"}]
    candidates += [(t.i, t.i + 1) for t in span if (t.lower_ in _VAGUE or t.like_num) and not t.ent_type_]
    starts = dict(sorted(candidates))  # a candidate's start -> its widest end
    for start, end in sorted(candidates):
        if taken.intersection(range(start, end)):
            continue
        while end + 1 in starts and _joins(span.doc, start, end):  # "250,000 to 300,000": two figures, one range
            end = starts[end + 1]
        while start > span.start and span.doc[start - 1].lower_ in _QUALIFIERS:  # "at least", "about"
            start -= 1
        words = span.doc[start:end]
        value = parse_number_range(words.text)
        measured = any(t.ent_type_ in _NOT_COUNTS or t.lower_ in _UNITS for t in words) or (
            end < len(span.doc) and span.doc[end].lower_ in _UNITS)
        if value is None or measured or looks_like_clock(words[-1].text) or (
                looks_like_year(words[-1].text) and value.low == value.high):
            continue
        taken.update(range(start, end))
        noun = _counted_token(words.root, end)
        while noun is not None and noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"}:
            noun = noun.head  # the head of a compound it counts ("two army trucks": trucks)
        phrases.append(NumberPhrase(value, words.start_char, words.end_char, words.root, noun))
    return memo.setdefault(key, tuple(phrases))


def _joins(doc: Doc, start: int, end: int) -> bool:
    """Whether the word after a figure joins it to the next into a range ("to", "-"; "and" after "between")."""
    word = doc[end].lower_
    return word in _JOINERS or start > 0 and _BETWEEN.get(doc[start - 1].lower_) == word


def reference(noun: Token) -> Token:
    """The noun a count's noun stands in for ("five of them children" → the people)."""
    return noun.head if noun.dep_ == "appos" else noun


def is_fatal(phrase: NumberPhrase) -> bool:
    """Whether a count is of people killed: not wounded ("five injuries"), nor of a killing with its own object."""
    target = reference(phrase.counted) if phrase.counted is not None else phrase.number
    siblings = [t for t in target.head.children if not any(c.dep_ == "dobj" and c != target for c in t.children)]
    near = [target, target.head, *target.children, *siblings]
    if target.head.dep_ in {"prep", "agent"}:
        near.append(target.head.head)
    lemmas = {_LEMMA(t) for t in near}
    wounded = any(_LEMMA(t) in _WOUND for t in (target, target.head, *(c for c in target.children if c.dep_ != "conj")))
    return bool(lemmas & _DEATHS) and not wounded if lemmas & _WOUND else bool(lemmas & _KILL)

