"""What the extractors share about one document: sentences, places, actors, dates."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from frontwatch.doc_memo import entities_in, text_of
from frontwatch.extract.doc_actors import DocumentActors, first_conjunct, phrase
from frontwatch.extract.table import load_table
from frontwatch.language import settings, word_book
from frontwatch.memo import Memo
from frontwatch.model import DateSpan, Document, Evidence, GeoPrecision, Place, PlaceMention, TimePrecision
from frontwatch.reading.attribution import saying
from frontwatch.resolve.dates import MONTHS, resolve_date
from frontwatch.resolve.geo_math import place_km
from frontwatch.resolve.geo_names import fold
from frontwatch.resolve.geo_sources import strip_region_suffix
from frontwatch.resolve.geo_terms import load_terms as geo_terms
from frontwatch.resolve.numbers import number_value

_WORDS, _DATES, _PLACES = word_book("time"), word_book("dates"), word_book("arguments")
_PERIOD_BOUNDS, _AFTER, _BEFORE, _DAY_WORDS = map(_WORDS.words, ("period_bounds", "after", "before", "day_words"))
_OFFSETS, _ANAPHORIC, _UNITS = _WORDS.numbers("offsets"), _WORDS.numbers("story_days"), _DATES.texts("units")
_STORY_PHRASES = [phrase.split() for phrase in _ANAPHORIC]  # "the day before": a day from the story's
_DAYS, _WEEKDAYS = _WORDS.numbers("unit_days", among=_UNITS.values()), {*_DATES.numbers("weekdays"), *_DATES.words(
    "weekend")}  # a unit's days; the days "the following Monday" or "the next weekend" may name
_UNIT_DAYS = {word: _DAYS[unit] for word, unit in _UNITS.items() if unit in _DAYS}  # "weeks": 7
_ONE, _PLUPERFECT, _COMPASS, _MARKING = map(_WORDS.words, ("one", "pluperfect", "compass", "marking"))
_PERFECT, _LASTING, _SIMULTANEOUS, _OF, _OVERLAP, _SETTING, _RECURRING = map(_WORDS.words, (
    "perfect", "lasting", "simultaneous", "reference_of", "overlap", "setting_relatives", "recurring"))
_GOING_ON, _PROGRESSIVE, _JUST_TOLD = _WORDS.phrases("going_on"), _WORDS.words("progressive"), _WORDS.words("just_told")
_STILL, _LEADS, _INDEFINITE = *map(_WORDS.words, ("still", "story_weekday_leads")), _DATES.words("indefinite_day_leads")
_SINCE, _LOCATING = _DATES.phrases("since")[0], _WORDS.words("locating")  # "since May": a period's start
_MEASURED = _COMPASS.union(word_book("quantities").mapping("distance_units"), _WORDS.words("boundaries"))  # "30 km"
_TOWNS, _NAMING, _PERSONS = _PLACES.words("town_nouns"), _PLACES.words("naming_prepositions"), _PLACES.words("person")
_SAYING, _REFERENCE, _NEARBY = word_book("attribution"), word_book("reference"), _PLACES.words("nearby_prepositions")
THE, _ACCORDING, _REACTING = _REFERENCE.words("anaphor_determiners"), *map(_SAYING.words, ("according", "reacting"))
_SPEAKING, _STATEMENTS = _REACTING | _SAYING.words("deciding"), _SAYING.words("statement_objects")  # verbs a place is
# the subject of as its government; objects that make a verb a saying
_VENUES, _TALKS = _SAYING.words("venues"), word_book("modality").words("discussions")  # where one speaks or talks over
_UNIT_HEADS, _AREA_UNITS = map(word_book("place_names").words, ("unit_heads", "area_unit_heads"))  # "the X brigade"
_PRONOUNS, _DISTINCT, _ANAPHORS, _POINTING = (_REFERENCE.words(k) for k in ("pronouns", "distinct", "anaphors",
                                                                   "demonstratives"))
_DASHES, _PARTS_OF_DAY, _OTHER = {"-", "–", "/"}, _DATES.words("parts_of_day"), _PLACES.words("around_adjectives")
_DIVISIONS, _ROADS = tuple(geo_terms().region_nouns), geo_terms().road_after  # "X district"; "X-Y road" after X
_NUMERIC_DATE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}:?$")
_CLOCK_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*[-–—]\s")  # a live entry's time of day ("12:40 - ...")
_KM, (_ROAD_REACH,) = load_table().places_km, settings("places", "road_reach_chars")  # the characters read for a road
_EXPRESSIONS = word_book("notes").texts("dates")  # how a date worked out is written
UNDATED, TOLD = _EXPRESSIONS["undated"], _EXPRESSIONS["told"]  # the report's day by default; a telling's day
_FAR, _UNJOINED, _AFTER_DAYS, _VAGUE_DAYS, _SLACK, _PASSING, _WHEN_REACH = settings("dates", "clause_steps_far",
    "unjoined_steps", "after_days", "vague_offset_days", "vague_slack_days", "passing_days", "when_reach_words")
_TELLING_DEPS = {"nsubj", "nsubjpass", "dobj", "attr"}  # a noun's roles in the clause that tells it
_QUALIFYING = {"nummod", "nmod", "poss", "compound", "amod"}  # a date's roles naming a noun ("last year's raid")
_SUBJECTS = {"nsubj", "csubj"}  # a happening noun as the subject of the verb that says it goes on
_MARKS = "|".join(re.escape(m) for m in word_book("text").phrases("caption_marks"))
_CAPTION_MARK = re.compile(rf"^\s*({_MARKS})\s*:", re.I)


@dataclass(frozen=True)
class SentenceUnit:
    """One sentence with what the extractors need to know about its standing."""

    index: int
    span: Span
    is_caption: bool
    is_question: bool
    is_headline: bool
    text: str  # the span's text stripped, read once (spaCy joins its tokens on every access)
    start: int  # the character offsets of the span, trailing space left out at its end
    end: int

    @property
    def usable(self) -> bool:
        """Whether facts may be read from it (not a caption, not a question)."""
        return not (self.is_caption or self.is_question)


def _paragraphs(doc: Doc) -> list[list[tuple[Span, str]]]:
    paragraphs: list[list[tuple[Span, str]]] = [[]]
    for sent in doc.sents:
        if (text := sent.text).strip():
            paragraphs[-1].append((sent, text))
        if "\n" in text[len(text.rstrip()):] or sent[-1].is_space and "\n" in sent[-1].text:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def sentence_units(doc: Doc) -> list[SentenceUnit]:
    """The document's sentences, each marked caption / question / headline."""
    units: list[SentenceUnit] = []
    for p_index, paragraph in enumerate(_paragraphs(doc)):
        caption = any(_CAPTION_MARK.match(written) for _, written in paragraph)
        for sent, written in paragraph:
            text, end = written.strip(), sent.start_char + len(written.rstrip())
            headline = p_index == 0 and len(paragraph) == 1 and not text.endswith(".")
            units.append(SentenceUnit(len(units), sent, caption, text.endswith("?"), headline, text, sent.start_char,
                                      end))
    return units


def _at(date: Span, anchor: Token) -> bool:
    """Whether a clause "when ..." right after a date tells what happened at it ("since July, when X fell": July)."""
    return any(t.lower_ in _SIMULTANEOUS and anchor in t.head.subtree for t in date.doc[date.end:][:_WHEN_REACH])


def _opening(span: Span, date: Span) -> bool:
    """Whether a date opens its sentence, setting the scene for every clause ("On 3 May, ...", "On the eve of X,")."""
    return all(t.pos_ in {"ADP", "DET", "PUNCT", "SPACE"} for t in span.doc[span.start:date.start])


def day_offset(anchor: Token) -> tuple[int, Token] | None:
    """(days, the clause they count from, or the preposition of "N days after the raid") of "N days after/later"."""
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else next(
        (a for a in anchor.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    mark = next((c for c in sorted(verb.children, key=lambda c: c.dep_ != "advmod")  # "before ..., two days later"
                 if c.dep_ in {"mark", "prep", "advmod"} and c.lower_ in _OFFSETS), None)
    named = mark is not None and any(c.dep_ == "pobj" for c in mark.children)  # "two days after the raid"
    unit = next((c for c in (*verb.children, *(mark.children if mark is not None and (  # "a year after X did"
        mark.dep_ in {"advmod", "mark"} or named) else ())) if c.dep_ == "npadvmod" and c.lower_ in _UNIT_DAYS), None)
    if mark is None and unit is not None:  # "[a day before] the raid, X did Y", "[a year after] X did, Y": the
        mark = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ in _OFFSETS and (  # preposition hangs
            c.n_rights == 0 or any(g.dep_ == "pobj" for g in c.children))), None)  # on the unit, bare or with a noun
        named = mark is not None and mark.n_rights > 0
    sign, governing = (-1, mark) if named and mark is not None else (1, verb.head)
    if mark is None and verb.dep_ == "pcomp" and verb.head.lower_ in _OFFSETS:
        mark = verb.head  # "(captured X) a day after overrunning Y": the gerund's preposition, on the unit or not
        unit, governing = (mark.head, mark.head.head) if mark.head.lower_ in _UNIT_DAYS else (next(
            (c for c in mark.children if c.dep_ == "npadvmod" and c.lower_ in _UNIT_DAYS), None), mark.head)
    if mark is None or unit is None:
        return None
    count = next((c for c in unit.children if c.dep_ == "nummod"), None)  # "two days", or "a day after"
    one = 1 if any(c.lower_ in _ONE for c in unit.children) else None
    number = number_value(count.text) if count is not None and count.lower_ not in _ONE else one  # "nearly a year"
    return None if number is None else (sign * number * _UNIT_DAYS[unit.lower_] * _OFFSETS[mark.lower_], governing)


def _steps(token: Token, anchor: Token) -> tuple[int, int]:
    """How many other verbs stand between a token and the anchor, and the clause it shares a time with."""
    ends, verbs, found = (anchor.i, _clause_head(anchor).i), 0, dict[int, int]()
    for node in token.ancestors:
        if node.i in ends:
            found.setdefault(node.i, verbs)
        verbs += node.pos_ in {"VERB", "AUX"} and not (node.dep_ in {"conj", "acl"} and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)) and not (  # nor a participle ("a bomb set on
            simultaneous(node) and node.head.i != node.i)  # Monday")
    return found.get(ends[0], _FAR), found.get(ends[1], _FAR)


def simultaneous(verb: Token) -> bool:
    """Whether a clause happens at the time of the one it hangs on ("when a bomb hit X", "while troops searched Y")."""
    return verb.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _SIMULTANEOUS
                                        for c in verb.children)


def _clause_head(head: Token) -> Token:
    """The verb whose time `head` shares: a conjunct's, a complement's, a participle's main clause, a gerund's."""
    while head.head.i != head.i and ((setting := head.dep_ in {"relcl", "advcl"} and any(
            c.tag_ == "WRB" and c.lower_ in _SETTING for c in head.children) or head.dep_ == "pcomp" and (
            head.tag_ == "VBG" and head.head.lower_ in _BEFORE)) or head.dep_ in {"xcomp", "conj"} or (
            head.tag_ == "VBG" and head.dep_ in _SUBJECTS) or (head.dep_ == "advcl" and head.tag_ in {"VBG", "VBN"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in head.children))):
        head = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), head.head) if setting else head.head
    return head


def definite(noun: Token) -> bool:
    """Whether a noun's article names a happening or place the reader knows ("the fall of X"; not "the nearby town")."""
    return any(c.dep_ == "det" and c.lower_ in THE | _POINTING for c in noun.children) > any(
        c.lower_ in _OTHER for c in noun.lefts)


def is_town(place: Place) -> bool:
    """Whether a place is town-level: no region, no country."""
    return place.precision != GeoPrecision.REGION and place.feature != "country"


def _with_day(ent: Span) -> Span:
    """A month-year entity with the day the recogniser left before it ("8 | May 2020"), up to a phrase it ran into."""
    start, end = ent.start, next((t.i for t in ent[1:] if t.dep_ == "prep" and not ent.start <= t.head.i < ent.end or (
        t.lower_ in _AFTER | _PERIOD_BOUNDS and any(w.lower_ in MONTHS for w in ent.doc[ent.start:t.i])) or (
        t.is_punct and ent[-1].lower_ in _UNIT_DAYS)), ent.end)
    while start > ent.sent.start and ent.doc[start - 1].like_num and ent.doc[start].lower_ in MONTHS:
        start -= 1
    return ent.doc[start:end] if (start, end) != (ent.start, ent.end) else ent


def date_spans(span: Span) -> list[Span]:
    """A sentence's date expressions: the entity recogniser's, and the days and numeric dates it misses or cuts."""
    words = [t.lower_ for t in span]  # a story's day after "the", with no object of its own ("the day before the vote")
    found, run = [*(span[k:k + len(p)] for k in range(1, len(span)) for p in _STORY_PHRASES if words[k:k + len(p)] == p
                    and words[k - 1] in THE and not any(c.dep_ == "pobj" for c in span[k + len(p) - 1].children)),
                  *(_with_day(e) for e in entities_in(span) if e.label_ in {"DATE", "TIME"})], list[Token]()
    taken = {t.i for e in found for t in e}
    for token in [*span, None]:
        if token is not None and token.i not in taken and (
                token.like_num or token.lower_ in MONTHS or token.text in _DASHES or _NUMERIC_DATE.match(token.text)):
            run.append(token)
            continue
        dated = any(t.lower_ in MONTHS for t in run) or any(_NUMERIC_DATE.match(t.text) for t in run)
        if run and dated and any(t.like_num or _NUMERIC_DATE.match(t.text) for t in run):
            found.append(span.doc[run[0].i:run[-1].i + 1])
        run = []
    return found + [span.doc[t.i:t.i + 1] for t in span if t.i not in taken and t.lower_ in _DAY_WORDS]


def _named(noun: Token) -> bool:
    """Whether a town word carries a name of its own ("the village of X"): that place, known or not."""
    return any(c.lower_ in _NAMING and any(g.pos_ == "PROPN" for g in c.children) for c in noun.rights)


def bracketed(token: Token) -> bool:
    """Whether a word stands in brackets, where a report locates what it names before ("X village (Y, Z)")."""
    return next((t.is_left_punct for t in reversed(token.sent[:token.i - token.sent.start]) if t.is_bracket), False)


def _called(name: Token, noun: str) -> bool:
    """Whether a place name is introduced with a town noun ("the town of X", "X, a town in ...", "in X village")."""
    hung = name.dep_ in {"compound", "amod", "nmod"} or name.dep_ == "appos" and not bracketed(name)  # not "X (Y)"
    return name.dep_ == "pobj" and name.head.lower_ in _NAMING and name.head.head.lower_ == noun or hung and (
        name.head.lower_ == noun) or any(c.dep_ == "appos" and c.lower_ == noun for c in name.children)


def _mention_token(doc: Doc, mention: PlaceMention) -> Token | None:  # once per mention of a Doc (in its user_data)
    if (key := (mention.start, mention.end)) not in (memo := doc.user_data.setdefault("mention tokens", {})):
        memo[key] = None if (span := doc.char_span(*key, alignment_mode="expand")) is None else span.root
    return memo[key]


def _says(token: Token) -> bool:
    """Whether a word names one who speaks, reacts or decides: such a verb's subject or passive agent."""
    while token.dep_ == "conj" and token.pos_ in {"PROPN", "NOUN"}:  # "X and Y condemned": Y as X
        token = token.head
    verb = token.head.head if (agent := token.dep_ == "pobj" and token.head.dep_ == "agent") else token.head
    return (agent or token.dep_.startswith("nsubj")) and (saying(verb) or verb.lemma_ in _SPEAKING or any(
        c.dep_ == "dobj" and c.lemma_ in _STATEMENTS for c in verb.children))


def _speakers_place(doc: Doc, mention: PlaceMention) -> bool:
    """A place that only says where a speaker is ("officials in X said", "according to Y in X", "Y said in X")."""
    node = _mention_token(doc, mention)
    return node is not None and (_venue(doc, mention) or any(_says(t) or t.head.head.lower_ in _ACCORDING or t.dep_
        == "prep" and any(c.dep_ == "nsubj" and _says(c) for c in t.head.children) for t in (node, *node.ancestors)))


def _venue(doc: Doc, mention: PlaceMention) -> bool:
    """A place where people talk ("speaking in X", "met in Y to discuss a truce"): no happening's place."""
    if (node := _mention_token(doc, mention)) is None:
        return False
    verb = next((t for t in node.ancestors if t.pos_ in {"VERB", "AUX"}), node)
    return verb.lemma_ in _VENUES or any(c.dep_ in {"advcl", "xcomp"} and c.lemma_ in _TALKS for c in verb.children)


def _names_holder(doc: Doc, mention: PlaceMention, nouns: frozenset[str] = _UNIT_HEADS | _PERSONS) -> bool:
    """Whether a place names a unit ("the X brigade") or whose office or person a noun is ("X's governor")."""
    head, named = _mention_token(doc, mention), False  # any noun it qualifies ("the X brigade's base": the brigade)
    while head is not None and head.dep_ in {"poss", "compound"}:
        head = head.head
        bare = head.lower_ in _AREA_UNITS and not any(c.dep_ in {"det", "poss"} or c.like_num for c in head.children)
        named = named or bool({head.lower_, head.lemma_.lower()} & nouns) and not bare  # "in X division": an area
    return named


def speaker(doc: Doc, mention: PlaceMention) -> bool:
    """A place named as a speaker for its government ("Kyiv said", "Paris condemned the raid"): no place told."""
    return (node := _mention_token(doc, mention)) is not None and _says(node)


def _lies_in(town: Place, area: Place, told: list[PlaceMention], towns_before: bool) -> bool:
    """Whether the story's town lies in a division: near a district's point, or in a larger one's first level."""
    if area.feature == "district":
        return place_km(town, area) <= _KM["district_town"]
    names: dict[Place, set[str]] = {}
    for m in [m for m in told if m.resolved.precision == GeoPrecision.REGION]:
        names.setdefault(m.resolved, set()).add(fold(strip_region_suffix(m.surface)))
    return not (towns_before or any(len(given) > 1 for given in names.values())) or town.admin1 == area.admin1


def locator(token: Token) -> bool:
    """Whether a word names a place only to locate another: in brackets, or after a compass word, distance or road."""
    return bracketed(token) or (token := first_conjunct(token)).dep_ == "pobj" and token.head.lower_ in _LOCATING and (
        bool({token.head.head.lower_, *(c.lower_ for c in token.head.children)} & _MEASURED))


def _reference_point(doc: Doc, mention: PlaceMention) -> bool:
    """A place named only to locate another (`locator`), or naming a road ("X-Y road")."""
    return (t := _mention_token(doc, mention)) is not None and locator(t) or bool(_ROADS.match(text_of(doc)[
        mention.end:mention.end + _ROAD_REACH]))


def _tree_distance(doc: Doc, mention: PlaceMention, anchor: Token) -> int:
    """Dependency-path length between a place mention and the event's predicate."""
    token = _mention_token(doc, mention)
    steps = {} if token is None else {t.i: n for n, t in enumerate([token, *token.ancestors])}
    return next((n + steps[node.i] for n, node in enumerate([anchor, *anchor.ancestors]) if node.i in steps), _UNJOINED)


def _joined(verb: Token, words: frozenset[str]) -> Iterator[Token]:
    """A verb's clauses marked by one of the words, and its prepositions among them ("after X left", "since X")."""
    return (c for c in verb.children if c.dep_ == "prep" and c.lower_ in words or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in words for m in c.children))


def _up_to(published: date | None, days: int) -> DateSpan | None:
    """The days up to a report's publication, for a happening it gives no date of."""
    return DateSpan(published - timedelta(days=days), published, TimePrecision.WEEK, UNDATED) if published else None


def _ongoing(verb: Token) -> bool:
    """Whether a verb tells a happening going on or (not) stopped ("fighting continued", "were holding X")."""
    return " ".join([verb.lemma_, *(c.lower_ for c in verb.children if c.dep_ == "prt")]) in _GOING_ON or (
        verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ in _PROGRESSIVE for c in verb.children))


def _still_going(verb: Token) -> bool:
    """Whether a happening is told "still" going on as itself ("fighting in X was still going on"), not its doers."""
    return any(c.lower_ in _STILL for c in verb.children) and not any(c.dep_ == "dobj" for c in verb.children)


def going_on(word: Token) -> bool:
    """Whether a happening word is told going on by its verb or the verb it is subject of ("fighting continues")."""
    verb = word.head if word.dep_ in _SUBJECTS else word
    return verb.pos_ in {"VERB", "AUX"} and (_ongoing(verb) or _still_going(verb))


def _measured_days(noun: Token) -> int:
    """The days a happening's noun lasts as a period's of-phrase ("two weeks of fighting": 14), else 0."""
    unit = (noun := noun.head if noun.dep_ == "conj" else noun).head.head
    count = next((c.text for c in unit.children if c.dep_ == "nummod" and c.lower_ not in _ONE), None)
    return int((number_value(count) if count else 2 if unit.tag_ == "NNS" else 1) or 0) * _UNIT_DAYS[unit.lower_] if (
        noun.dep_ == "pobj" and noun.head.lower_ in _OF and unit.lower_ in _UNIT_DAYS) and not (
            unit.dep_ == "dobj" and unit.head.lemma_ in _MARKING and any(c.dep_ == "nsubj" for c in unit.head.children)
    ) else 0


def past_perfect(verb: Token, auxiliaries: frozenset[str] = _PLUPERFECT) -> bool:
    """Whether a verb is told in the past perfect ("had launched"), or in the perfect of other auxiliaries."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in verb.children)


@dataclass
class DocumentContext:
    """One parsed document with its resolved places and actors, shared by the extractors."""

    document: Document
    doc: Doc
    units: list[SentenceUnit]
    places: list[PlaceMention]
    actors: DocumentActors
    resolve_place: Callable[[str], Place | None] | None = None
    hints: list[tuple[int, int]] = field(default_factory=list)  # the spans the geoparser read as hints: never places
    narrative_dates: dict[int, DateSpan] = field(default_factory=dict)
    known_names: Memo[str, Place | None] = field(default_factory=Memo)
    _dates: Memo[tuple[int, int], list[Span]] = field(default_factory=Memo, repr=False)  # a span's date_spans
    _datelines: dict[int, DateSpan | None] = field(default_factory=dict, repr=False)  # a sentence's _dateline

    def evidence(self, unit: SentenceUnit) -> Evidence:
        """The evidence record of one sentence."""
        return Evidence(self.document.id, unit.start, unit.end, unit.text)

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        """Resolved place mentions between two character offsets."""
        return [m for m in self.places if m.place is not None and m.start >= start and m.end <= end]

    def names_place(self, token: Token) -> bool:
        """Whether a word heads a resolved place mention ("B" in "took A and B"; not "land near A")."""
        return any(_mention_token(self.doc, m) == token for m in self.mentions_in(token))

    def mentions_in(self, head: Token) -> list[PlaceMention]:
        """Resolved place mentions in a noun phrase, its relative clauses left out."""
        inside = phrase(head)
        return [m for m in self.places_in(inside[0].idx, inside[-1].idx + len(inside[-1].text))
                if (token := _mention_token(self.doc, m)) is not None and token.i in {t.i for t in inside}]

    def place_near(self, anchor: Token, unit: SentenceUnit, named: Sequence[Token] = (),
                   elsewhere: frozenset[int] = frozenset()) -> Place | None:
        """The place a happening at `anchor` took place: a town its frame names, else the nearest, else the story's."""
        own = (m.place for t in named for m in self.mentions_in(t) if m.resolved.precision != GeoPrecision.REGION
               and not (_reference_point(self.doc, m) or _names_holder(self.doc, m)))
        if (place := next(own, None)) is not None:
            return place
        elsewhere |= {t.i for c in unit.span if c.dep_ == "relcl" and anchor.i not in {c.head.i, *(w.i for w in (
            c.subtree))} for t in c.subtree}  # relative clauses on other words ("hit camps where families who fled X")
        clause = self._places_apart(anchor.left_edge.idx, anchor.right_edge.idx + len(anchor.right_edge), elsewhere)
        # a clause that names only a region: its sentence's towns before the story's (the sentence read only then)
        here = self._local_towns(clause) or self._local_towns(ours := self._places_apart(unit.start, unit.end,
                                                                                          elsewhere))
        here.sort(key=lambda m: (_tree_distance(self.doc, m, anchor), abs(m.start - anchor.idx)))  # nearest first
        if local := [m for m in here if not _reference_point(self.doc, m)] or here:  # locators last
            return local[0].place
        # else the story's town unless only where one spoke or outside the division its clause (else its sentence)
        # names with its word: then that division ("in X, in Pakistan's Y district", X unknown: Y)
        told, main = clause or ours, self.main_place()
        area = min((m.resolved for m in told if m.resolved.feature != "country" and (t := _mention_token(self.doc, m))
                    and (m.surface.lower().endswith(_DIVISIONS) or t.head.lemma_.lower() in _DIVISIONS)
                    and not _speakers_place(self.doc, m)), key=lambda p: p.feature != "district", default=None)
        towns = self._home_towns(unit.start, main)
        story = self._town_referred(anchor, unit) or (  # "hit cars gathered on the city's edge": the town named before
            main if any(m.place == main for m in towns) else towns[-1].place if towns else self._story_place(main))
        spoken = story is not None and all(m.place != story or _speakers_place(self.doc, m)
                                           for m in towns + self._towns())  # a dateline's town only in `towns`
        # a place the gazetteer lacks told with its division ("the district of X in Y province") is placed like a town
        # named before: a story's town named later outside that division does not place it
        if story and area and (spoken or not _lies_in(story, area, told, bool(towns))):
            return area
        unspoken = (m.place for m in told if not (_speakers_place(self.doc, m) or _reference_point(self.doc, m)
                                                  or _names_holder(self.doc, m, _UNIT_HEADS)))
        return (None if spoken else story) or area or next(unspoken, story)

    def _town_referred(self, anchor: Token, unit: SentenceUnit) -> Place | None:
        """The town the sentence before named that a town noun of a happening's clause, else its sentence, means."""
        spans = ((anchor.left_edge.i, anchor.right_edge.i + 1), (unit.span.start, unit.span.end))
        town = next((p for start, end in spans for t in self.doc[start:end] if (p := self.town_meant(t))), None)
        before = self.units[unit.index - 1].start if unit.index and town else unit.start
        return town if any(m.place == town and m.start >= before for m in self._towns(unit.start)) else None

    def _places_apart(self, start: int, end: int, elsewhere: frozenset[int]) -> list[PlaceMention]:
        """The place mentions between two offsets, but for those among the words of another happening (`elsewhere`)."""
        return [m for m in self.places_in(start, end) if (t := _mention_token(self.doc, m)) is None
                or t.i not in elsewhere]

    def _local_towns(self, told: list[PlaceMention]) -> list[PlaceMention]:
        """The mentions that name a town ("X town" too), not only where one speaks."""
        return [m for m in told if (m.resolved.precision != GeoPrecision.REGION or (
            t := _mention_token(self.doc, m)) is not None and _called(t, t.head.lower_) and t.head.lower_ in _TOWNS)
            and not (_speakers_place(self.doc, m) or _names_holder(self.doc, m))]

    def _story_place(self, main: Place | None) -> Place | None:
        """Where the story is before a town: a district named more often than its main town, else that town."""
        districts = [m.resolved for m in self.places if m.place is not None and m.place.feature == "district"
                     and not speaker(self.doc, m)]
        counts = Counter((p.latitude, p.longitude) for p in districts)  # "X" and "X district" alike
        best = max(districts, key=lambda p: counts[p.latitude, p.longitude], default=None)  # the first of a tie
        return best if best is not None and counts[best.latitude, best.longitude] > sum(
            m.resolved == main for m in self._towns()) else main

    def named_place(self, name: str) -> Place | None:
        """What the gazetteer makes of a name in this document's countries (asked once per name)."""
        return self.known_names.get_or(name, lambda: self.resolve_place(name) if self.resolve_place else None)

    def _towns(self, before: int | None = None) -> list[PlaceMention]:
        """The town-level mentions (before an offset if given); a dateline's town only if the words name no other."""
        if (every := self.doc.user_data.get("towns")) is None:  # read once per document: (mention, in a dateline)
            every = self.doc.user_data["towns"] = [(m, (t := _mention_token(self.doc, m)) is not None and (
                t.sent[-1].text in "-–—")) for m in self.places if m.place is not None and is_town(m.place) and not (
                speaker(self.doc, m) or _venue(self.doc, m) or self.qualifier(m))]
        told = [(m, dateline) for m, dateline in every if before is None or m.end <= before]
        return [m for m, dateline in told if not dateline] or [m for m, _ in told]

    def qualifier(self, mention: PlaceMention) -> bool:
        """A place named only to qualify another word ("the Moscow-backed militia", "the X brigade"): no place told."""
        token = _mention_token(self.doc, mention)
        group = token is not None and token.dep_ == "compound" and token.head.pos_ == "NOUN" and (
            self.actors.known(token.head) is not None)
        joint = text_of(self.doc)[mention.end:mention.end + 2]  # "Moscow-backed": joined to a lower-case word
        return group or joint[:1] == "-" and joint[1:].islower() or _names_holder(self.doc, mention)

    def recent_place(self, before: int) -> Place | None:
        """The last town named before an offset ("the city" refers back to it), unless only to locate another."""
        earlier = self._home_towns(before, main := self.main_place())
        return earlier[-1].place if earlier else self._story_place(main)

    def _home_towns(self, before: int, main: Place | None) -> list[PlaceMention]:
        """The towns named before an offset, none a mere locator nor outside the country of the story's town."""
        return [m for m in self._towns(before) if not _reference_point(self.doc, m) and (main is None or (
            country := m.resolved.country) is None or main.country is None or country == main.country)]

    def towns_meant(self, noun: Token) -> list[PlaceMention]:
        """The towns a bare "the villages" means (not "the towns they took"): the last sentence's; no locators."""
        told = [(t.sent.start, m) for m in self._towns(noun.idx) if (t := _mention_token(self.doc, m)) is not None
                and not _reference_point(self.doc, m)] if noun.tag_ == "NNS" and definite(noun) \
            and noun.lemma_ in _TOWNS and not any(c.dep_ in {"prep", "relcl", "acl"} for c in noun.children) else []
        return [m for start, m in told if start == told[-1][0]]

    def town_meant(self, noun: Token) -> Place | None:
        """The place "the town" refers back to: the last named with that noun, else the last town named, else None."""
        if noun.lower_ not in _TOWNS or _named(noun):
            return None
        # "X village": its own name, one the gazetteer does not know ("X village near Y"; not "a Guji village")
        if own := [t for t in noun.lefts if t.pos_ == "PROPN" and _called(t, noun.lower_)]:
            return None if self.mentions_in(own[-1]) else self._near(own[-1])
        # a town noun in a compound has its head's article ("the town centre")
        if not definite(noun.head if noun.dep_ == "compound" else noun):
            return None
        if not (introduced := [t for t in self.doc[:noun.i] if t.pos_ == "PROPN" and _called(t, noun.lower_)]):
            return self.recent_place(noun.idx)
        # the last name introduced with the noun, one only locating another last ("X village near Y village": X)
        locating = {t.i for t in introduced if (n := t if t.dep_ == "pobj" else t.head).dep_ == "pobj"
                    and n.head.lower_ in _NEARBY}
        last = max(introduced, key=lambda t: (t.i not in locating, t.i))
        # "the town of X" the gazetteer knows as no town: "the town" is no other town
        return next((m.place for m in self._towns(noun.idx) if _mention_token(self.doc, m) == last), self._near(last))

    def _near(self, name: Token) -> Place | None:
        """A place the gazetteer does not know, at the town its words say it lies near ("X village near Y")."""
        after = self.doc[min(max(name.i, name.head.i) + 1, len(self.doc) - 1)]  # after "X village", wherever hung
        around = [o for o in after.children if o.dep_ == "pobj"] if after.lower_ in _NEARBY else []
        town = next((m.place for o in around for m in self.mentions_in(o) if is_town(m.resolved)), None)
        return None if town is None else replace(town, name=self.doc[name.left_edge.i:name.i + 1].text,
                                                 precision=GeoPrecision.NEAR, geonames_id=None, aliases=())

    def facility(self, noun: str, before: int, town: Place | None = None) -> Place | None:
        """An unnamed facility ("the airport") of a town its words name, else of the town the text is about."""
        if (town := town or self.main_place() or self.recent_place(before)) is None:
            return None
        named = self.resolve_place(f"{town.name} {noun}") if self.resolve_place else None
        if named is not None and named.feature != "populated place" and place_km(named, town) <= _KM["facility"]:
            return named
        return replace(town, name=f"{town.name} {noun}", feature=noun, precision=GeoPrecision.NEAR,
                       geonames_id=None, population=None, aliases=())

    def main_place(self) -> Place | None:
        """The town the document names most often."""
        towns = [m.resolved for m in self._towns()]
        counts = Counter((p.name, p.latitude, p.longitude) for p in towns)
        return max(towns, key=lambda p: counts[p.name, p.latitude, p.longitude], default=None)  # the first of a tie

    def date_in(self, span: Span, anchor: Token, allow_bounds: bool = True, foreign: frozenset[int] = frozenset(),
                told: date | None = None) -> DateSpan | None:
        """The anchor's clause's date: its own before others', the most precise; "since X" last, never for a state."""
        found: list[tuple[tuple[int, bool, int, int], DateSpan]] = []
        told, weekday = told or self.document.published, ""  # "on a Thursday (earlier this month)"
        for ent in self.dates_in(span):
            named = ent.root.head  # a date naming a noun not of this clause's time ("a march against the 2023 vote";
            if ent.root.i in foreign and not _opening(span, ent) or ent.root.dep_ in _QUALIFYING and not (  # not
                    named.ent_type_ or named.lower_ in _PARTS_OF_DAY or anchor in named.subtree or (  # "killed in
                        anchor == named.head.head and named.head.lower_ in _OVERLAP) or (  # the 2011 uprising", "the
                        anchor == named.head and named.dep_ in _TELLING_DEPS)):  # 2015 bombing, which killed 20, ...")
                continue  # a date that opens its sentence sets the scene for every clause
            before = span.doc[ent.start - 1].lower_ if ent.start > 0 and not _at(ent, anchor) else ""
            expression = f"{before} {ent.text}" if before in _INDEFINITE | _LEADS | {_SINCE} else ent.text
            resolved, boundary = resolve_date(expression, told), 2 if before in _PERIOD_BOUNDS else 0
            if resolved is None or boundary and not allow_bounds:
                continue
            # of a clause's dates the most precise, a part of the day alone last ("overnight on 3-4 May")
            days = (resolved.end - resolved.start).days + all(t.lower_ in _PARTS_OF_DAY for t in ent)
            own, distance = (steps := _steps(ent.root, anchor))[0], min(steps)
            weekday = expression if before in _INDEFINITE and not distance else weekday  # after its clause's other date
            shared = own > distance or before in _INDEFINITE  # the clause's it is coordinated with: after its own
            found.append(((distance + boundary, shared, days, abs(ent.start - anchor.i)), resolved))
        chosen = min(found, key=lambda pair: pair[0])[1] if found else None
        day = resolve_date(weekday, min(chosen.end + timedelta(_DAYS["week"]), told)) if chosen and told else None
        return day if day and chosen and 0 <= (day.start - chosen.start).days < _DAYS["week"] else chosen

    def lasting(self, span: Span, anchor: Token) -> bool:
        """Whether a clause tells a state or habit over a week, or an undated happening going on or recurring."""
        going = _clause_head(anchor.head if anchor.dep_ in _SUBJECTS else anchor)  # "clashes have not stopped", a
        # gerund the parser reads as a clausal subject too ("fighting continues")
        if _ongoing(going):
            return not any(self.dated_clause(span, t) for t in (going, anchor)) and (not self.places_in(
                span.start_char, span.end_char) or _still_going(going))
        head = next((h for h in (anchor, _clause_head(anchor)) if past_perfect(h, _PERFECT)), None)  # a conjunct's own
        if head is None or next(_joined(head, _LASTING), None) is None:  # "is X and has been shelled since the war"
            return _measured_days(anchor) > _DAYS["week"] or any(c.lower_ in _RECURRING for c in anchor.children) and (
                anchor.pos_ == "NOUN" and not self.dated_clause(span, anchor))
        return (period := self.date_in(span, anchor)) is None or (period.end - period.start).days > _DAYS["week"]

    def _set_scene(self, span: Span, noun: Token) -> bool:
        """Whether a date opening the sentence sets the scene of a happening named in passing, not a reaction."""
        verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        return (verb is None or verb.lemma_ not in _REACTING) and any(_opening(span, e) for e in self.dates_in(span))

    def dated_clause(self, span: Span, anchor: Token) -> bool:
        """Whether the anchor's own clause, or the one it shares a time with, carries a date ("on Tuesday")."""
        return day_offset(anchor) is not None or any(  # its own or one it shares ("..., and X kidnapped Y in April")
            0 in _steps(e.root, anchor) or _at(e, anchor) for e in self.dates_in(span))

    def event_date(self, unit: SentenceUnit, anchor: Token, remember: bool = True,
                   foreign: frozenset[int] = frozenset()) -> DateSpan | None:
        """A sentence's own date (relative to its other dates or the story's), else the narrative date carried."""
        if (offset := day_offset(anchor)) and offset[1].dep_ == "prep" and anchor in offset[1].subtree and (
                self.date_in(unit.span, offset[1].head)):  # the raid itself: that far before its clause's day
            offset = -offset[0], offset[1].head  # ("met on Friday, five years after the massacre": no news)
        elif offset and offset[1].dep_ == "prep" and (dates := [e for e in self.dates_in(unit.span) if (  # "two days
                e.end != offset[1].i)]) and ((out := [e for e in dates if offset[1] not in e.root.ancestors]) == dates
                or any(not _steps(e.root, anchor)[0] for e in out)):  # after the raid" undated where the sentence is
            offset = None  # dated ("said on Monday"), or its clause's own day ("took X on Friday, a week after"): that
        scene = _clause_head(anchor)  # an undated reported clause is of its saying's day ("by the next day X said")
        teller = scene.head if scene.dep_ == "ccomp" and saying(scene.head) and not self.dated_clause(
            unit.span, anchor) else anchor
        lead = None if offset else next(((e, k) for e in sorted(self.dates_in(unit.span), key=lambda e: abs(
            e.start - anchor.i)) if ((
            k := " ".join(t.lower_ for t in e if t.lower_ not in THE | _ONE)) in _ANAPHORIC.keys() | _JUST_TOLD or (
            e[-1].lower_ in _WEEKDAYS and _LEADS & {*(t.lower_ for t in e), e.doc[e.start - 1].lower_})) and (
            _opening(unit.span, e) or 0 in _steps(e.root, anchor) or 0 in _steps(e.root, teller))), None)
        if offset := offset or lead and (_ANAPHORIC.get(lead[1], 0), unit.span.root):
            days, governing = offset
            last = self.dates_in(prior := self.units[unit.index - 1].span) if lead and lead[1] in _JUST_TOLD and (
                unit.index) else []  # "at that hour": the time the sentence before told last
            base = self.date_in(unit.span, governing) or last and self.date_in(prior, last[-1].root) or (
                self._narrative(unit) or _up_to(self.document.published, 0))
            if lead and lead[0][-1].lower_ in _WEEKDAYS and base:  # a weekday: the first such after a day of the story
                base = day if base.precision == TimePrecision.DAY and (day := resolve_date(lead[0][-1].text, min(
                    base.end + timedelta(_DAYS["week"]), self.document.published or base.end))) and (
                    day.start > base.end) else None
            if base is not None:
                slack = timedelta(days=_SLACK if abs(days) >= _VAGUE_DAYS else 0)  # "ten months after" is vague
                precision = TimePrecision.MONTH if slack else base.precision
                return DateSpan(base.start + timedelta(days=days) - slack, base.end + timedelta(days=days) + slack,
                                precision, _EXPRESSIONS["days_from"].format(days, base.expression))
        if anchor.pos_ == "NOUN" and not self.dated_clause(unit.span, anchor):  # a noun tells a new happening as the
            # report's own heading a verbless sentence ("Heavy fighting near X") or as its clause's subject or object
            # ("clashes erupted"); one named in passing ("after an attack on X") or known ("the fall of X"): days to now
            # ("they documented the killing of X on 3 May": 3 May), never a reaction's day, its own ("condemned the
            told = anchor.dep_ in _TELLING_DEPS and anchor.head.pos_ in {"VERB", "AUX"} and (  # bombing on Monday")
                anchor.head.lemma_ not in _REACTING)
            if (anchor.dep_ != "ROOT" and not told or definite(anchor) and not (
                    told and self.dated_clause(unit.span, anchor.head))) and not self._set_scene(unit.span, anchor):
                return _up_to(self.document.published, days=_PASSING)
            anchor = anchor if anchor.dep_ == "ROOT" else anchor.head
        scene = _clause_head(anchor)  # a reported clause's relative date ("overnight, X said on Sunday"): its saying's
        on = self.date_in(unit.span, scene.head) if scene.dep_ == "ccomp" and saying(scene.head) and (
            self.dated_clause(unit.span, scene.head)) else None
        own = self.date_in(unit.span, anchor, foreign=foreign, told=on.end if on else None)
        if not self.dated_clause(unit.span, anchor):
            # the day it shares: a reported clause's saying's, a "when/while/as" clause's verb's; an "after" clause's
            link = next(_joined(anchor, _AFTER), None)  # ("took X after the army left")
            reporter = scene.head if scene.dep_ == "ccomp" or simultaneous(scene) else None
            earlier = link if link is None or link.dep_ == "advcl" else next(
                (c for c in link.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
            bound = self.date_in(unit.span, earlier) if earlier is not None and self.dated_clause(
                unit.span, earlier) else None
            if reporter is not None and self.dated_clause(unit.span, reporter):
                first = _clause_head(reporter)  # told on a day: then, or on the day of a dated clause it is joined
                said, story = self.date_in(unit.span, reporter), self.date_in(unit.span, first) if first is not (  # to,
                    reporter) and self.dated_clause(unit.span, first) else self._narrative(unit)  # else the story's
                retold = saying(reporter) and story and said and story.end <= said.end and not self.places_in(
                    anchor.left_edge.idx, anchor.right_edge.idx + len(anchor.right_edge))
                own = story if retold else said and replace(said, precision=max(said.precision, TimePrecision.WEEK),
                                                            expression=TOLD.format(said.expression))  # retold: story
            elif bound is not None:
                # "took X after the army did Y at the end of December": in the weeks after that date
                return DateSpan(bound.start, bound.end + timedelta(days=_AFTER_DAYS), TimePrecision.MONTH,
                                _EXPRESSIONS["after"].format(bound.expression))
            elif own is not None:  # a date of another clause ("a man who died on Saturday") yields to the story's
                own = self._narrative(unit) or own
        if own is not None:
            head = _clause_head(anchor)  # a flashback (past perfect "had launched", a subordinate "after the army
            if remember and not (past_perfect(head) or head.dep_ == "advcl" and any(  # left") does not move the story
                    c.dep_ == "mark" for c in head.children)):
                self.narrative_dates.setdefault(unit.index, own)
            return own
        # no date: the next sentence's if it tells the happening again; else, as ACLED codes it, the report's day,
        # its precision the week's (not that very day)
        return self._retold(unit) or self._narrative(unit) or _up_to(self.document.published, days=0)

    def _retold(self, unit: SentenceUnit) -> DateSpan | None:
        """The date the next sentence gives an undated happening in a clause referring back to it or its doers."""
        if unit.index + 1 >= len(self.units) or not (after := self.units[unit.index + 1]).usable:
            return None
        towns = {m.place.name for m in self.places_in(unit.start, unit.end) if m.place and is_town(m.place)}
        if any(is_town(m.place) and m.place.name not in towns for m in self.places_in(after.start, after.end)
               if m.place and not _speakers_place(self.doc, m)):
            return None
        doers = {a.name for t in unit.span if (a := self.actors.known(t)) is not None}
        for ent in self.dates_in(after.span):
            if (verb := next((a for a in ent.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)) is None:
                continue
            head = _clause_head(verb)
            subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None or saying(verb) or past_perfect(head) or _ongoing(head) and not any(
                    c.dep_ == "dobj" for c in head.children) or not (
                    definite(subject) or subject.lower_ in _PRONOUNS) or any(
                    c.lower_ in _DISTINCT for c in subject.children):
                continue
            if subject.lower_ in _ANAPHORS or (actor := self.actors.known(subject)) is None or actor.name in doers:
                return self.date_in(after.span, verb)
        return None

    def _narrative(self, unit: SentenceUnit) -> DateSpan | None:
        """The date the story has reached at this sentence: the last earlier event's, or a later dateline's."""
        earlier = [(i, 1, d) for i, d in self.narrative_dates.items() if i < unit.index]
        headers = [(u.index, 0, d) for u in self.units[:unit.index + 1] if (d := self._dateline(u)) is not None]
        return max(earlier + headers, key=lambda told: told[:2], default=(-1, 0, None))[2]

    @cached_property
    def story_day(self) -> date | None:
        """The latest day the report's own dates tell, never after its publication, else its own day."""
        published = self.document.published
        days = [resolved.end for unit in self.units for ent in self.dates_in(unit.span)
                if (resolved := resolve_date(ent.text, published)) is not None]
        return max((min(d, published) if published else d for d in days), default=published)

    def dates_in(self, span: Span) -> list[Span]:
        """The span's date expressions (date_spans), found once per span of the document."""
        return self._dates.get_or((span.start, span.end), lambda: date_spans(span))

    def _dateline(self, unit: SentenceUnit) -> DateSpan | None:
        """The date a verbless date-only sentence gives, or the report's day a live entry opens with ("12:40 - ...")."""
        if unit.index not in self._datelines:
            alone = len(dates := self.dates_in(unit.span)) == 1 and all(
                t.pos_ in {"PUNCT", "SPACE"} for t in unit.span if not dates[0].start <= t.i < dates[0].end)
            stamped = _CLOCK_STAMP.match(unit.text) is not None and self.document.published is not None
            self._datelines[unit.index] = resolve_date(dates[0].text, self.document.published) if alone else (
                DateSpan(self.document.published, self.document.published, TimePrecision.DAY, _EXPRESSIONS["stamped"])
                if stamped and self.document.published else None)
        return self._datelines[unit.index]

