"""A report's own statements of direction, distance and population, checked against the gazetteer.

Tolerances: a stated direction holds when the true bearing is within 45° of the stated
compass point (so 'east' covers ENE…ESE and half of NE/SE); a stated distance holds when
it is within 25 % or 15 km of the great-circle distance, whichever is larger; a stated
population holds within a factor of 2 of the GeoNames figure (which is often years old).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from frontwatch.language import word_book
from frontwatch.model import Evidence, Finding, GeoPrecision, Place, PlaceMention
from frontwatch.resolve.gazetteer import Gazetteer
from frontwatch.resolve.geo_math import angle_between, compass, compass_degrees
from frontwatch.resolve.geo_terms import GeoTerms, load_terms
from frontwatch.resolve.numbers import load_number_words, parse_number_range

DIRECTION_TOLERANCE_DEG = 45.0
DISTANCE_TOLERANCE_SHARE, DISTANCE_TOLERANCE_KM = 0.25, 15.0
POPULATION_FACTOR = 2.0
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_FIGURE_REACH = 48  # characters after a population lead searched for its figure
_WORDS = word_book("spatial")
_PEOPLE = _WORDS.words("people_nouns")
_LOCATION_VERBS = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS.phrases('location_verbs')))})\b", re.I)
_COMPARISONS = _WORDS.phrases("comparison_markers")


def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


def _number_pattern() -> str:
    """A figure in digits (with glued or spelled scales) or in number words, from numbers.yaml."""
    lexicon = load_number_words()
    words = sorted({*lexicon.units, *lexicon.tens}, key=len, reverse=True)
    scales = sorted(lexicon.scales, key=len, reverse=True)
    glued = sorted({*lexicon.scales, *lexicon.suffix_scales}, key=len, reverse=True)
    return (rf"(?P<num>\d[\d,]*(?:\.\d+)?(?:\s*(?:{_alternation(tuple(glued))})\b)?"
            rf"|(?:{_alternation(tuple(words))})(?:\s+(?:{_alternation(tuple(scales))}))?)")


_POPULATION_LEADS = (
    (re.compile(rf"\b(?:{_alternation(_WORDS.phrases('population_leads_with_people'))})\s+", re.I), True),
    (re.compile(rf"\b(?:{_alternation(_WORDS.phrases('population_leads'))})\s+", re.I), False),
)
_DISTANCE_LINKS = _alternation(_WORDS.phrases("distance_links"))


@dataclass(frozen=True)
class _Claim:
    subject: PlaceMention
    reference: PlaceMention
    compass: str | None
    km: float | None
    phrase: str


def check_spatial_claims(
    text: str, doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer, doc_id: str,
    terms: GeoTerms | None = None,
) -> list[Finding]:
    """Findings for every direction, distance and population statement the text makes."""
    terms = terms or load_terms()
    findings: list[Finding] = []
    resolved = [m for m in mentions if m.place is not None]
    for sent in doc.sents:
        inside = [m for m in resolved if sent.start_char <= m.start < sent.end_char]
        evidence = Evidence(doc_id, sent.start_char, sent.end_char, sent.text)
        for claim in _relative_claims(text, doc, sent, inside, terms):
            findings.extend(_judge_relative(claim, gazetteer, evidence))
        for at, stated, phrase in _population_statements(sent.text):
            subject = _population_subject(sent.start_char + at, inside, resolved)
            if subject is not None:
                finding = _judge_population(subject, stated, phrase, evidence)
                if finding is not None:
                    findings.append(finding)
    return findings


def _population_statements(sentence: str) -> list[tuple[int, float, str]]:
    """(offset, stated population, phrase) for every population statement of a sentence."""
    found = []
    for lead, needs_people in _POPULATION_LEADS:
        for match in lead.finditer(sentence):
            rest = sentence[match.end():match.end() + _FIGURE_REACH]
            figure = parse_number_range(rest)
            if figure is None or not rest.lower().startswith(figure.text.lower()):
                continue
            stated = figure.low if figure.low is not None else figure.high
            after = rest[len(figure.text):].split()
            if not stated or (needs_people and not (after and after[0].lower().strip(".,;") in _PEOPLE)):
                continue
            phrase = match.group(0) + figure.text + (f" {after[0].strip('.,;')}" if needs_people else "")
            found.append((match.start(), float(stated), phrase))
    return found


def _relative_claims(text: str, doc: Doc, sent: Span, inside: list[PlaceMention], terms: GeoTerms) -> list[_Claim]:
    claims, distance_only = [], _distance_only(tuple(terms.units))
    for ref in inside:
        before = text[sent.start_char:ref.start]
        offset = terms.offset_before.search(before)
        direction = terms.direction_of_before.search(before)
        distance = distance_only.search(before)
        match = offset or direction or distance
        if match is None:
            continue
        point = terms.compass_of(match["dir"]) if "dir" in match.groupdict() and match["dir"] else None
        km = None
        if offset or distance:
            figure = parse_number_range(match["num"])
            value = figure.low if figure is not None else None
            km = value * terms.km(match["unit"]) if value else None
        anchor = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
        subject = _subject(anchor, ref, inside) if anchor is not None else None
        if subject is not None and (point or km):
            claims.append(_Claim(subject, ref, point, km, match.group(0).strip() + " " + ref.surface))
    return claims


@lru_cache(maxsize=8)
def _distance_only(units: tuple[str, ...]) -> re.Pattern[str]:
    """A distance told without a direction just before a place ("12 km from X"), compiled once per unit list."""
    alternation = "|".join(sorted((re.escape(u) for u in units), key=len, reverse=True))
    return re.compile(rf"{_number_pattern()}\s*(?P<unit>{alternation})\.?\s+(?:{_DISTANCE_LINKS})\s+$", re.I)


def _subject(anchor: Span, ref: PlaceMention, inside: list[PlaceMention]) -> PlaceMention | None:
    """The place the statement is about: a subject or appositive head, else the clause's first place."""
    candidates = [m for m in inside if m.end <= anchor.start_char and m is not ref and _is_point(m.place)]
    if not candidates:
        return None

    def mention_of(tok: Token) -> PlaceMention | None:
        return next((m for m in candidates if m.start <= tok.idx < m.end), None)

    seen: set[int] = set()
    frontier: list[Token] = [anchor.root]
    for _ in range(5):
        nxt: list[Token] = []
        for tok in frontier:
            if tok.i in seen:
                continue
            seen.add(tok.i)
            if (found := mention_of(tok)) is not None:
                return found
            for child in tok.children:
                if child.dep_ in _SUBJECT_DEPS and (found := mention_of(child)) is not None:
                    return found
                if child.dep_ in {"acl", "amod", "relcl", "advcl"} and child.i not in seen:
                    nxt.append(child)
            if tok.dep_ in {"appos", "acl", "relcl"} and (found := mention_of(tok.head)) is not None:
                return found
            if tok.head.i != tok.i:
                nxt.append(tok.head)
        frontier = nxt
    for m in candidates:  # fallback: a place not inside a comparison ("smaller than Aleppo")
        prefix = anchor.doc.text[max(0, m.start - 6):m.start].lower()
        if not any(marker in prefix for marker in _COMPARISONS) and _clause_start(anchor, m):
            return m
    return None


def _clause_start(anchor: Span, m: PlaceMention) -> bool:
    """True when the text between the place and the statement is an apposition or a verb of location."""
    between = anchor.doc.text[m.end:anchor.start_char]
    if re.search(r"[;.!?]", between):
        return False
    return bool(re.match(r"^\s*[-–—,(]", between) or _LOCATION_VERBS.search(between))


def _is_point(place: Place | None) -> bool:
    return place is not None and place.precision != GeoPrecision.REGION


def _judge_relative(claim: _Claim, gazetteer: Gazetteer, evidence: Evidence) -> list[Finding]:
    x, y = _named_place(claim.subject.place, gazetteer), _named_place(claim.reference.place, gazetteer)
    true_km = gazetteer.distance_km(y, x)
    true_bearing = gazetteer.bearing(y, x)
    truth = f"gazetteer: {x.name} lies {true_km:.0f} km {compass(true_bearing)} of {y.name}"
    out = []
    if claim.compass:
        off = angle_between(true_bearing, compass_degrees(claim.compass))
        out.append(Finding(
            what="direction", place=claim.subject.surface, relative_to=claim.reference.surface,
            detail=f"report: {claim.phrase}; {truth} ({off:.0f}° from stated {claim.compass})",
            evidence=evidence, consistent=off <= DIRECTION_TOLERANCE_DEG,
        ))
    if claim.km:
        tolerance = max(DISTANCE_TOLERANCE_SHARE * claim.km, DISTANCE_TOLERANCE_KM)
        out.append(Finding(
            what="distance", place=claim.subject.surface, relative_to=claim.reference.surface,
            detail=f"report: {claim.phrase}; {truth} (stated {claim.km:.0f} km, tolerance {tolerance:.0f} km)",
            evidence=evidence, consistent=abs(true_km - claim.km) <= tolerance,
        ))
    return out


def _named_place(place: Place | None, gazetteer: Gazetteer) -> Place:
    """The gazetteer's own point for a place: "60 km west of Baghdad" places its mention
    west of the city, but the statement is about Baghdad itself."""
    assert place is not None
    if place.precision == GeoPrecision.NEAR and place.geonames_id is not None:
        return gazetteer.get(place.geonames_id) or place
    return place


def _population_subject(at: int, inside: list[PlaceMention], resolved: list[PlaceMention]) -> PlaceMention | None:
    """The settlement a population phrase describes: the last one named before it."""
    settlements = [m for m in resolved if m.start < at and m.place is not None
                   and m.place.feature == "populated place" and m.place.precision == GeoPrecision.TOWN]
    same = [m for m in settlements if m in inside]
    pool = same or settlements
    return pool[-1] if pool else None


def _judge_population(subject: PlaceMention, stated: float, phrase: str, evidence: Evidence) -> Finding | None:
    place = subject.place
    if place is None or not place.population:
        return None
    ratio = stated / place.population
    return Finding(
        what="population", place=subject.surface, relative_to=None,
        detail=(f"report: {phrase}; gazetteer: {place.name} has {place.population:,} inhabitants "
                f"(GeoNames figure, may be dated; ratio {ratio:.2f})"),
        evidence=evidence, consistent=1 / POPULATION_FACTOR <= ratio <= POPULATION_FACTOR,
    )

