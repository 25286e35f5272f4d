"""Quantities a report gives: force sizes, prisoners freed, assets seized, populations."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import yaml
from spacy.tokens import Token

from frontwatch.errors import RegistryError
from frontwatch.extract.certainty import CertaintyLexicon, assess
from frontwatch.extract.context import DocumentContext
from frontwatch.extract.numbers_in_text import NumberPhrase, is_fatal, number_phrases, reference
from frontwatch.extract.sentences import SentenceUnit
from frontwatch.extract.verbs import verb_lemma
from frontwatch.model import QuantityFact

_POPULATION_NOUNS = {"inhabitants", "residents", "people", "population", "citizens", "civilians"}
_GENERIC_NOUNS = {"people", "persons", "men", "women", "others", "individuals", "things", "times"}
_SETTLEMENTS = {"city", "town", "village", "area", "region", "province", "district", "territory"}
# the report's own participle (its category comes from data/quantity_words.yaml); "in possession
# of" and "left behind" are the only verbs renamed
_PARTICIPLES = {
    "free": "freed", "release": "released", "seize": "seized", "capture": "captured",
    "kill": "killed", "wound": "wounded", "injure": "injured", "displace": "displaced",
    "flee": "fled", "abduct": "abducted", "kidnap": "kidnapped", "arrest": "arrested",
    "detain": "detained", "destroy": "destroyed", "abandon": "abandoned", "restore": "restored",
    "evacuate": "evacuated", "rescue": "rescued", "execute": "executed", "die": "died",
    "possess": "seized", "leave": "abandoned", "deploy": "deployed",
}
# a crowd counted by what it did: "two million people took part", "a rally that drew a million people"
_TURNOUT_VERBS = {"take", "join", "march", "rally", "protest", "demonstrate", "gather", "turn", "attend"}
_DRAWING_VERBS = {"draw", "attract", "bring"}
_NON_COUNT_NOUNS = {"year", "years", "month", "months", "day", "days", "hour", "hours", "week",
                    "weeks", "km", "kilometres", "kilometers", "miles", "percent", "times", "am",
                    "pm", "minutes", "decades", "centuries"}


def _words(noun: Token) -> str:
    compounds = [t.text.lower() for t in noun.lefts if t.dep_ == "compound"]
    return " ".join([*compounds, noun.text.lower()])


def _governing_event(noun: Token) -> str | None:
    """The participle of the verb acting on the counted noun ("freed" prisoners), if any."""
    node = noun
    for _ in range(3):
        head = node.head
        if head.i == node.i:
            return None
        lemma = verb_lemma(head)
        if lemma in _PARTICIPLES and node.dep_ in {"dobj", "nsubjpass", "pobj", "nsubj", "attr", "conj"}:
            return _PARTICIPLES[lemma]
        if head.lower_ == "possession":
            return "seized"
        node = head
    return None


def _under_control(phrase: NumberPhrase) -> bool:
    sentence = phrase.number.sent
    after = sentence.text[phrase.end - sentence.start_char: phrase.end - sentence.start_char + 60].lower()
    return "under" in after and "control" in after


def describe(phrase: NumberPhrase) -> str | None:
    """What a count counts, in a few words ("prisoners freed", "population"), or None."""
    noun = phrase.counted
    if noun is None:
        return _elided(phrase.number)
    if noun.lower_ in _NON_COUNT_NOUNS or noun.ent_type_ in {"DATE", "TIME", "GPE", "LOC"}:
        return None
    if phrase.value.low == phrase.value.high == 1:
        return None  # one person or thing is a detail of the story, not a figure
    if noun.lower_ in _POPULATION_NOUNS:
        if _under_control(phrase):
            return "population under control"
        above = noun.head.head if noun.head.lower_ == "of" else None
        if above is not None and above.lemma_.lower() in _SETTLEMENTS:
            return "population"
    if is_fatal(phrase):
        return f"{_words(noun)} killed" if noun.lower_ not in {"dead", "deaths"} else "killed"
    event = _governing_event(reference(noun))
    if event:
        return f"{_words(noun)} {event}"
    if noun.lower_ not in _GENERIC_NOUNS:
        return _words(noun)
    return _turnout(noun) or _located(noun)


def _elided(number: Token) -> str | None:
    """A count whose noun the sentence leaves out: "276 people were killed and about 300
    wounded", "killing 140 people and wounding over 500"."""
    acting = [c for c in number.children if c.dep_ in {"acl", "amod"}]
    if number.dep_ in {"dobj", "nsubjpass", "conj"}:
        acting.append(number.head)
    return next((_PARTICIPLES[verb_lemma(v)] for v in acting if verb_lemma(v) in _PARTICIPLES), None)


def _turnout(noun: Token) -> str | None:
    """People counted as a crowd: the subject of taking part or marching, the object of drawing."""
    verb, lemma = noun.head, verb_lemma(noun.head)
    joined = noun.dep_ == "nsubj" and lemma in _TURNOUT_VERBS and (
        lemma != "take" or any(c.lower_ == "part" for c in verb.children)) and (
        lemma != "turn" or any(c.lower_ == "out" for c in verb.children))
    drawn = noun.dep_ == "dobj" and lemma in _DRAWING_VERBS
    return f"{noun.lower_} protesting" if joined or drawn else None


def _located(noun: Token) -> str | None:
    """A generic count given a place: "4,000 people were at the station" → people at station."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() != "be":
        return None
    prep = next((p for p in noun.head.children if p.dep_ == "prep" and p.lower_ in {"at", "in", "inside", "near"}), None)
    place = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
    return f"{noun.lower_} {prep.lower_} {place.lower_}" if place is not None else None


@dataclass(frozen=True)
class CountCategories:
    """data/quantity_words.yaml: categories of counted nouns and of what happened to them."""

    nouns: dict[str, tuple[str, ...]]
    events: dict[str, tuple[str, ...]]

    @classmethod
    def load(cls) -> CountCategories:
        """Load and invert the bundled category lists (word -> categories)."""
        data = yaml.safe_load(resources.files("frontwatch.data").joinpath("quantity_words.yaml").read_text("utf-8"))
        if not isinstance(data, dict) or not all(isinstance(data.get(k), dict) for k in ("nouns", "events")):
            raise RegistryError("quantity_words.yaml: needs mappings 'nouns' and 'events'")
        return cls(_invert(data["nouns"]), _invert(data["events"]))

    def label(self, what: str) -> str:
        """The description with the categories its words belong to, in brackets."""
        words = what.split()
        extra = [c for w in words for c in (*self.nouns.get(w, ()), *self.events.get(w, ())) if c not in words]
        extra = list(dict.fromkeys(extra))
        return f"{what} ({' '.join(extra)})" if extra else what


def _invert(categories: dict) -> dict[str, tuple[str, ...]]:
    inverted: dict[str, list[str]] = {}
    for category, members in categories.items():
        for word in members:
            inverted.setdefault(str(word).lower(), []).append(str(category))
    return {word: tuple(cats) for word, cats in inverted.items()}


class QuantityExtractor:
    """Reads every count of a sentence into a QuantityFact."""

    def __init__(self, lexicon: CertaintyLexicon) -> None:
        self.lexicon = lexicon
        self.categories = CountCategories.load()

    def extract(self, ctx: DocumentContext, unit: SentenceUnit) -> list[QuantityFact]:
        """The quantities one sentence states (captions left out; questions kept)."""
        if unit.is_caption:
            return []
        facts: list[QuantityFact] = []
        for phrase in number_phrases(unit.span):
            what = describe(phrase)
            if what is None:
                continue
            what = self.categories.label(what)
            noun = phrase.counted or phrase.number
            actor = self._actor(ctx, noun) if phrase.counted is not None else None
            reading = assess(unit.span, self.lexicon, noun)
            facts.append(
                QuantityFact(
                    what=what, low=phrase.value.low, high=phrase.value.high,
                    evidence=ctx.evidence(unit), actor=actor,
                    place=ctx.place_near(noun, unit) if what != "population under control" else None,
                    certainty=reading.certainty, claim_source=reading.source,
                )
            )
        return facts

    @staticmethod
    def _actor(ctx: DocumentContext, noun: Token):
        """Whose count it is: the counted actors themselves, or who acted on them."""
        own = ctx.actors.resolve(noun)
        if own is not None and own.actor.kind not in {"civilians"}:
            return own.actor
        verb = noun.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        subjects = [t for t in verb.children if t.dep_ == "nsubj"]
        if subjects:
            resolved = ctx.actors.resolve(subjects[0])
            if resolved is not None:
                return resolved.actor
        if "control" in noun.sent.text.lower() and ctx.actors.salient is not None:
            return ctx.actors.salient
        return None
