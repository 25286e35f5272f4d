"""A report's own statements of direction, distance and population, checked against the gazetteer.

Tolerances: a stated direction holds when the true bearing is within 45° of the stated
compass point (so 'east' covers ENE…ESE and half of NE/SE); a stated distance holds when
it is within 25 % or 15 km of the great-circle distance, whichever is larger; a stated
population holds within a factor of 2 of the GeoNames figure (which is often years old).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from frontwatch.model import Evidence, Finding, GeoPrecision, Place, PlaceMention
from frontwatch.resolve.gazetteer import Gazetteer
from frontwatch.resolve.geo_math import angle_between, compass, compass_degrees
from frontwatch.resolve.geo_terms import NUMBER_WORDS, GeoTerms, load_terms

DIRECTION_TOLERANCE_DEG = 45.0
DISTANCE_TOLERANCE_SHARE, DISTANCE_TOLERANCE_KM = 0.25, 15.0
POPULATION_FACTOR = 2.0
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_SCALES = {"million": 1e6, "m": 1e6, "mn": 1e6, "thousand": 1e3, "k": 1e3, "billion": 1e9, "hundred": 1e2}
_NUM = r"(?P<num>\d[\d,]*(?:\.\d+)?(?:\s*(?:million|thousand|billion|m|mn|k)\b)?|(?:" + "|".join(
    sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")(?:\s+(?:million|thousand|hundred))?)"
_HEDGE = r"(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|approximately|up\s+to|at\s+least|an\s+estimated)\s+)?"
_PEOPLE = r"(?:people|inhabitants|residents|civilians|souls)"
_POPULATION_PATTERNS = (
    re.compile(rf"\b(?:city|town|village|capital|metropolis|settlement)\s+of\s+{_HEDGE}{_NUM}\s+{_PEOPLE}", re.I),
    re.compile(rf"\bhome\s+to\s+{_HEDGE}{_NUM}\s+{_PEOPLE}", re.I),
    re.compile(rf"\b(?:has\s+a\s+|with\s+a\s+|its\s+)?population\s+of\s+{_HEDGE}{_NUM}", re.I),
)


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
        for match in (m for pattern in _POPULATION_PATTERNS for m in pattern.finditer(sent.text)):
            subject = _population_subject(sent.start_char + match.start(), inside, resolved)
            stated = parse_number(match["num"])
            if subject is not None and stated:
                finding = _judge_population(subject, stated, match.group(0), evidence)
                if finding is not None:
                    findings.append(finding)
    return findings


def _relative_claims(text: str, doc: Doc, sent: Span, inside: list[PlaceMention], terms: GeoTerms) -> list[_Claim]:
    claims = []
    units = "|".join(sorted((re.escape(u) for u in terms.units), key=len, reverse=True))
    distance_only = re.compile(rf"{_NUM}\s*(?P<unit>{units})\.?\s+(?:away\s+)?from\s+$", re.I)
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
            value = parse_number(match["num"])
            km = value * terms.km(match["unit"]) if value else None
        anchor = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
        subject = _subject(anchor, ref, inside) if anchor is not None else None
        if subject is not None and (point or km):
            claims.append(_Claim(subject, ref, point, km, match.group(0).strip() + " " + ref.surface))
    return claims


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
        if "than" not in prefix and _clause_start(anchor, m):
            return m
    return None


def _clause_start(anchor: Span, m: PlaceMention) -> bool:
    """True when the text between the place and the statement is an apposition or a verb of location."""
    between = anchor.doc.text[m.end:anchor.start_char]
    if re.search(r"[;.!?]", between):
        return False
    return bool(re.match(r"^\s*[-–—,(]", between) or re.search(r"\b(?:lies|lie|located|situated|sits|is|was)\b", between))


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


def parse_number(text: str) -> float | None:
    """'two million' -> 2e6, '500,000' -> 5e5, '1.5m' -> 1.5e6, '110' -> 110."""
    words = re.findall(r"[a-z]+|\d[\d,]*(?:\.\d+)?", text.lower())
    value: float | None = None
    for word in words:
        if word[0].isdigit():
            value = float(word.replace(",", ""))
        elif word in _SCALES and value is not None:
            value *= _SCALES[word]
        elif word in NUMBER_WORDS:
            value = float(NUMBER_WORDS[word])
    return value
