"""Quantities a report gives: force sizes, prisoners freed, assets seized, populations; and the numbers of a parsed
sentence with what they count ("thousands of prisoners" → prisoners)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from frontwatch.doc_memo import entities_in, text_of
from frontwatch.errors import RegistryError
from frontwatch.extract.context import DocumentContext, SentenceUnit
from frontwatch.extract.doc_actors import first_conjunct
from frontwatch.extract.table import FrameTable
from frontwatch.language import invert, settings, word_book
from frontwatch.model import Actor, QuantityFact
from frontwatch.reading.attribution import reading_at, saying
from frontwatch.reading.lexicon import load_lexicon
from frontwatch.reading.model import objects
from frontwatch.resolve import numbers

_WORDS, _PLACES, _DATES = word_book("quantities"), word_book("arguments"), word_book("dates")
(_POPULATION, _GENERIC, _TURNOUT, _DRAWING, _UNDER, _CONTROL, _LOCATED, _HOLDING, _HOUSING, _STAYING, _DEAD,
 _BEFALLING, _UNDERGOING) = (_WORDS.words(k) for k in ("population_nouns", "generic_nouns", "turnout_verbs",
    "drawing_verbs", "under", "control", "located_prepositions", "population_prepositions", "housing_verbs",
    "staying_verbs", "dead_nouns", "befalling_classes", "subject_undergoes"))
_SETTLEMENTS, _BUT = _WORDS.words("settlements") | _PLACES.words("town_nouns"), _WORDS.phrases("exceptions")
_FIGURES = _WORDS.words("figure_nouns").union(*map(_PLACES.words, _WORDS.words("figure_kinds")))
_NOT_COUNTED, _ACCORDING = {"DATE", "TIME", "GPE", "LOC"}, word_book("attribution").words("according")
_NON_COUNT = _WORDS.words("non_count_nouns", "units").union(_WORDS.mapping("distance_units"),  # dates.yaml's units of
    _DATES.mapping("units"), _DATES.mapping("months"))  # time and months too ("Oct 2": a date read as a count)
_PARTICIPLES, _PAIRS, _SAYS = _WORDS.texts("participles"), _WORDS.texts("category_pairs"), _WORDS.texts("descriptions")
_LEX, _COUNTING = load_lexicon(), _WORDS.words("count_prepositions")
_LEMMA, _OF, _VAGUE = _LEX.lemma, _LEX.of, _LEX.vague  # _VAGUE: "hundreds", "a dozen"
_AIMING, _AIMED = _WORDS.words("aiming_prepositions"), _WORDS.words("aiming_classes")
_PRONOUNS, _HAPPENED = _WORDS.words("counted_pronouns"), {*_PARTICIPLES.values(), _SAYS["killed"]}
_BEFALLEN, _CLASSED = _WORDS.words("befallen_participles"), _WORDS.words("participle_classes")
_QUALIFIERS, _KILL, _WOUND, _DEATHS = (_WORDS.words(k) for k in ("qualifiers", "fatal", "wounding",
    "deaths_beside_wounds"))
_NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"}
_JOINERS, _BETWEEN = numbers.load_number_words().range_joiners, _WORDS.texts("between")
(_CONTROL_REACH,) = settings("quantities", "control_reach_chars")  # read for "under X's control"
_UNITS = _WORDS.words("units").union(_WORDS.mapping("distance_units"))  # measures: "5 km", "40 tonnes"
Toll = tuple[int | None, int | None]  # (low, high) dead


@dataclass(frozen=True)
class NumberPhrase:
    """A count in a sentence: its range, offsets, and the noun it counts (if found)."""

    value: numbers.NumberRange
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
        while end + 1 in starts and ((word := span.doc[end].lower_) in _JOINERS or start > 0 and _BETWEEN.get(
                span.doc[start - 1].lower_) == word):  # "250,000 to 300,000", "between 20 and 30": one range
            end = starts[end + 1]
        while start > span.start and span.doc[start - 1].lower_ in _QUALIFIERS:  # "at least", "about"
            start -= 1
        words = span.doc[start:end]
        value = numbers.parse_number_range(words.text)
        measured = any(t.ent_type_ in _NOT_COUNTS or t.lower_ in _UNITS for t in words) or (
            end < len(span.doc) and span.doc[end].lower_ in _UNITS)
        if value is None or measured or numbers.looks_like_clock(words[-1].text) or (
                numbers.looks_like_year(words[-1].text) and value.low == value.high):
            continue
        taken.update(range(start, end))
        root = words[-1] if words.root.lower_ in _QUALIFIERS - _VAGUE and words.root.head.pos_ == "NOUN" else words.root
        noun = _counted_token(root, end)  # not a word hung on a noun outside ("a chief as well as four men": four)
        while noun is not None and noun.dep_ == "compound" and noun.head.pos_ in {"NOUN", "PROPN"}:
            noun = noun.head  # the head of a compound it counts ("two army trucks": trucks)
        phrases.append(NumberPhrase(value, words.start_char, words.end_char, root, noun))
    return memo.setdefault(key, tuple(phrases))


def reference(noun: Token) -> Token:
    """The noun a count's noun stands in for ("five of them children" → the people)."""
    return noun.head if noun.dep_ == "appos" else noun


def is_fatal(phrase: NumberPhrase) -> bool:
    """Whether a count is of people killed: not wounded ("five injuries"), nor of a killing with its own object."""
    target = reference(phrase.counted) if phrase.counted is not None else phrase.number
    # what befell the first of "six attackers and three guards were found dead" befell them too; not where a
    # conjunct has a verb of its own ("and 8 others were injured")
    first, after = first_conjunct(target), target.doc[min(target.i + 1, len(target.doc) - 1)]
    if after.pos_ == "AUX" and after.head != first.head:
        first = target
    siblings = [t for t in first.head.children if not any(c.dep_ == "dobj" and c != target for c in t.children)]
    up = first.head.head if first.head.dep_ in {"prep", "agent"} else first  # "killed by", "among the dead"
    part = phrase.number.head if phrase.number.dep_ in {"nsubj", "nsubjpass"} else target  # "nine of the X died"
    lemmas = {_LEMMA(t) for t in (target, target.head, first.head, part, *target.children, *siblings, up)}
    # the count's own participle tells its fate first ("3 civilians killed and 2 others injured")
    if own := {_LEMMA(t) for t in target.children if t.dep_ in {"acl", "amod"}} & (_DEATHS | _WOUND):
        return not own & _WOUND
    if lemmas & _WOUND:
        return bool(lemmas & _DEATHS) and not hurt(target)
    return bool(lemmas & _KILL)


def most_dead(phrases: list[NumberPhrase]) -> Toll:
    """The most dead counts give, those of nouns told together added up ("12 militants and 3 soldiers died": 15)."""
    sides: dict[int, list[Toll]] = {}
    for phrase in (p for p in phrases if p.value.toll()[0] is not None):
        sides.setdefault(first_conjunct(phrase.counted or phrase.number).i, []).append(phrase.value.toll())
    return max(map(total, sides.values()), key=lambda v: v[0] or 0, default=(None, None))


def total(counts: list[Toll]) -> Toll:
    """The (low, high) of counts of dead added up (a high is open if any is)."""
    return sum(c[0] or 0 for c in counts), None if None in (h := [c[1] for c in counts]) else sum(x or 0 for x in h)


def hurt(noun: Token) -> bool:
    """Whether a wounding word bears on a noun, not only on its conjunct ("killing/injuring 40 men", "12 wounded")."""
    return any(_LEMMA(t) in _WOUND for t in (noun, noun.head, *(c for c in noun.children if c.dep_ != "conj")))


def _words(noun: Token) -> str:
    compounds = [t.text.lower() for t in noun.lefts if t.dep_ == "compound"]
    return " ".join([*compounds, noun.text.lower()])


def _undergone(token: Token) -> str | None:
    """The participle of what a count undergoes: one on it, the happening it follows "of" in, else its verb."""
    happening = token.head.head if token.head.lower_ in _OF and token.head.head.pos_ == "NOUN" else None
    placed = token.dep_ == "pobj" and token.head.lower_ not in _OF | _COUNTING
    verb = token.head if token.dep_ == "conj" else None if placed else next(
        (t for t in token.ancestors if t.pos_ == "VERB"), None)
    if verb is not None and next(t for t in (token, *token.ancestors) if t.head == verb).dep_ == "nsubj":
        verb = verb if _UNDERGOING & {*_LEX.keys(verb), _LEMMA(verb)} else None  # what the count did
    after = token.doc[min(token.i + 1, len(token.doc) - 1)]  # a state a small clause puts it in, before the verb that
    state = after.i > token.i and after.pos_ in {"ADJ", "VERB"} and token.head in {after, after.head} and all(
        c.dep_ != "dobj" for c in after.children)  # puts it there ("leaves 14 dead"; "600 police detained 40": none)
    events = (after if state else None, *(t for t in token.children if t.dep_ in {"acl", "relcl", "amod"}), happening,
              verb)
    return next((_PARTICIPLES[k] for event in events if event is not None for k in (  # "broke out"; "apprehended"
        *_LEX.keys(event), _LEMMA(event), *_CLASSED & {_LEX.predicate_class(event) or ""}) if k in _PARTICIPLES), None)


def describe(phrase: NumberPhrase, known: dict[str, tuple[str, ...]]) -> str | None:
    """What a count counts, in a few words ("prisoners freed"), or None; an ungoverned count may be a figure."""
    if (noun := phrase.counted) is None:
        return _SAYS["population"] if _held_by(phrase.number, _POPULATION) else _undergone(phrase.number)
    # no figure: one person or thing (a detail), a span, share or way ("from four directions"), the rest of a whole
    # ("all but eight"), happenings ("seven explosions"; "300 arrests" counts people), the sources a statement cites
    aside = phrase.value.low == phrase.value.high == 1 or noun.lower_ in _NON_COUNT or (
        noun.ent_type_ in _NOT_COUNTED or text_of(noun.doc)[:phrase.start].lower().rstrip().endswith(_BUT))
    happening = _LEX.predicate_class(noun)
    first = first_conjunct(noun)  # a source cited: "two residents said", "according to a nurse and three witnesses"
    cited = saying(first.head) if first.dep_ == "nsubj" else first.head.head.lower_ in _ACCORDING
    if aside or cited or happening not in (None, *_BEFALLING):
        return None
    if noun.lower_ in _POPULATION:  # a population "under X's control" (after the count), or of a settlement
        sentence = phrase.number.sent
        after = set(re.findall(r"\w+", sentence.text[phrase.end - sentence.start_char:][:_CONTROL_REACH].lower()))
        if _UNDER & after and _CONTROL & after:
            return _SAYS["under_control"]
        if _held_by(noun, _SETTLEMENTS) or _housed(noun):
            return _SAYS["population"]
    if is_fatal(phrase):
        return _SAYS["killed"] if noun.lower_ in _DEAD else f"{_words(noun)} {_SAYS['killed']}"
    if event := _undergone(reference(noun)):
        return f"{_words(noun)} {event}"
    if noun.lower_ in _GENERIC:  # people counted as a crowd (the subject of taking part or marching, the object of
        keys = set(_LEX.verb_keys(noun.head))  # drawing), or given a place ("4,000 people were at the station")
        if noun.dep_ == "nsubj" and keys & _TURNOUT or noun.dep_ == "dobj" and keys & _DRAWING:
            return f"{noun.lower_} {_SAYS['protesting']}"
        places = objects(noun.head, _LOCATED, deps=None) if noun.dep_ == "nsubj" and noun.head.pos_ == "AUX" else []
        return f"{noun.lower_} {places[0].head.lower_} {places[0].lower_}" if places else None  # people at station
    keys = {noun.lower_, *_LEX.noun_keys(noun)}
    listed = (keys & _FIGURES or _LEX.weapon_kinds(noun)) and not _aimed_at(noun)
    return _words(noun) if listed or keys & known.keys() or happening or noun.pos_ == "PROPN" else None


def _as_told(phrase: NumberPhrase, whole: NumberPhrase, said: str, what: str | None) -> str | None:
    """A count told of the whole read before it befell what the whole befell ("six of them children")."""
    own, (doc, i) = _words(whole.counted) if whole.counted is not None else "", (phrase.number.doc, phrase.number.i)
    befell = said[len(own):].strip() if own and said.startswith(own) else said
    if phrase.counted is not None and i + 2 < len(doc) and doc[i + 1].lower_ in _OF and doc[i + 2].lower_ in _PRONOUNS:
        return f"{_words(phrase.counted)} {befell}" if befell in _HAPPENED else None  # "six of them children"
    return f"{own} {what}" if own and phrase.counted is None and {befell, what} <= _BEFALLEN else None


def _aimed_at(noun: Token) -> bool:
    """Whether a count's noun is where a blow lands with no outcome told ("shells hit four homes"), or a weapon."""
    noun = first_conjunct(noun)
    placed = noun.dep_ == "pobj" and noun.head.lower_ in _AIMING
    verb = noun.head.head if placed else noun.head
    verb = verb.head if placed and verb.dep_ == "dobj" else verb  # on what the verb sends: "fired rockets at"
    struck = noun.dep_ == "dobj" and _LEX.predicate_class(verb) in _AIMED
    dealing = noun.dep_ == "nsubj" and _LEX.weapon_kinds(noun)  # "two jets bombed", "two car bombs went off"
    return bool(placed or struck or dealing) and verb.pos_ == "VERB"


def _held_by(token: Token, heads: frozenset[str]) -> bool:
    """Whether a count hangs on "of" or "to" under one of `heads` ("a population of 30,000", "home to 900 people")."""
    link = token if token.lower_ in _HOLDING else token.head
    return link.lower_ in _HOLDING and link.head.lemma_.lower() in heads


def _housed(noun: Token) -> bool:
    """Whether people are a settlement's population: it houses them or they stay on in it."""
    verb, keys = noun.head, set(_LEX.verb_keys(noun.head))
    owner = verb.head if verb.dep_ in {"acl", "advcl"} else verb  # "the district, hosting 300,000 people, ..."
    hosts = [owner] if owner.pos_ != "VERB" else [t for t in owner.children if t.dep_ == "nsubj"]
    places = objects(verb, _LOCATED, deps=None)
    housed, staying = noun.dep_ == "dobj" and keys & _HOUSING, noun.dep_ == "nsubj" and keys & _STAYING
    return any(_LEMMA(h) in _SETTLEMENTS or h.ent_type_ == "GPE" for h in housed and hosts or staying and places or ())


class QuantityReader:
    """Reads every count of a sentence into a QuantityFact."""

    def __init__(self, table: FrameTable) -> None:
        """Keep the frame table; load and invert quantities.yaml's categories (word -> categories)."""
        self.table = table
        nouns, events = (_WORDS.mapping("categories").get(k) for k in ("nouns", "events"))
        if not isinstance(nouns, dict) or not isinstance(events, dict):
            raise RegistryError(f"{_WORDS.path}: 'categories' needs mappings 'nouns' and 'events'")
        self.nouns, self.events = invert(nouns, str(_WORDS.path)), invert(events, str(_WORDS.path))

    def label(self, what: str) -> str:
        """The description with the categories its words, and pairs of their categories, belong to, in brackets."""
        words = what.split()
        extra = list(dict.fromkeys(c for w in words for c in (*self.nouns.get(w, ()), *self.events.get(w, ()))
                                   if c not in words))
        extra += [c for pair, c in _PAIRS.items() if c not in words + extra and set(pair.split()) <= {*words, *extra}]
        return f"{what} ({' '.join(extra)})" if extra else what

    def read(self, ctx: DocumentContext, unit: SentenceUnit) -> list[QuantityFact]:
        """The quantities one sentence states (captions left out; questions kept)."""
        facts: list[QuantityFact] = []
        whole: tuple[NumberPhrase, str] | None = None  # the last count read whole, for a part told after it
        for phrase in [] if unit.is_caption else number_phrases(unit.span):
            noun = phrase.counted or phrase.number
            what = describe(phrase, self.nouns)
            told = _as_told(phrase, *whole, what) if whole else None
            what, whole = (told, whole) if told else (what, (phrase, what) if what is not None else whole)
            if what is None or self._recalled(ctx, unit, phrase, noun):
                continue
            facts.append(QuantityFact(what=self.label(what), low=phrase.value.low, high=phrase.value.high,
                evidence=ctx.evidence(unit), actor=self._actor(ctx, noun) if phrase.counted is not None else None,
                place=ctx.place_near(noun, unit) if what != _SAYS["under_control"] else None,
                certainty=(reading := reading_at(noun)).certainty, claim_source=reading.source))
        return facts

    def toll(self, unit: SentenceUnit) -> Toll:
        """The most dead a sentence counts ("Four soldiers, two of them officers, died": four), or (None, None)."""
        return most_dead([p for p in number_phrases(unit.span) if is_fatal(p)])

    def _recalled(self, ctx: DocumentContext, unit: SentenceUnit, phrase: NumberPhrase, noun: Token) -> bool:
        """Whether a count is the toll of a happening recalled further back than the frame table's `history` allows."""
        anchor = next((t for t in (noun, *noun.ancestors) if t.pos_ in {"VERB", "AUX"} or (
            t.pos_ == "NOUN" and _LEX.predicate_class(t))), unit.span.root)
        when = ctx.date_in(unit.span, anchor) if _LEX.predicate_class(anchor) or is_fatal(phrase) else None
        return when is not None and self.table.history(when.end, ctx.story_day, "quantities")

    def _actor(self, ctx: DocumentContext, noun: Token) -> Actor | None:
        """Whose count it is: the counted actors themselves, or who acted on them."""
        own = ctx.actors.resolve(noun)
        if own is not None and "civilians" not in self.table.groups_of(own.actor.inter_code):
            return own.actor
        chain = [noun, *noun.ancestors]
        verb = next((t for t in chain[1:] if t.pos_ in {"VERB", "AUX"}), chain[-1])
        subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
        if subject is not None and (resolved := ctx.actors.resolve(subject)) is not None:
            return resolved.actor
        return ctx.actors.salient if _CONTROL & {t.lower_ for t in noun.sent} else None
