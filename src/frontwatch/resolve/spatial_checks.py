"""A report's own statements of direction, distance and population, checked against the gazetteer.

Tolerances: a stated direction holds when the true bearing is within 45° of the stated
compass point (so 'east' covers ENE…ESE and half of NE/SE); a stated distance holds when
it is within 25 % or 15 km of the great-circle distance, whichever is larger; a stated
population holds within a factor of 2 of the GeoNames figure (which is often years old).
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from frontwatch.doc_memo import text_of
from frontwatch.language import word_book
from frontwatch.model import Evidence, Finding, GeoPrecision, Place, PlaceMention
from frontwatch.resolve.gazetteer import Gazetteer
from frontwatch.resolve.geo_math import angle_between, compass, compass_degrees, nearest_km, radian_points
from frontwatch.resolve.geo_terms import GeoTerms, load_terms
from frontwatch.resolve.numbers import load_number_words, parse_number_range, spelled_number_pattern

DIRECTION_TOLERANCE_DEG = 45.0
DISTANCE_TOLERANCE_SHARE, DISTANCE_TOLERANCE_KM = 0.25, 15.0
POPULATION_FACTOR = 2.0
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_FIGURE_REACH = 48  # characters after a population lead searched for its figure
_WORDS = word_book("spatial")
_PEOPLE = _WORDS.words("people_nouns")
_LOCATED = "|".join(map(re.escape, _WORDS.phrases("location_verbs")))
_LOCATION_VERBS = re.compile(rf"\b(?:{_LOCATED})\b", re.I)
_COMPARISONS = _WORDS.phrases("comparison_markers")
_VICINITY = _WORDS.numbers("vicinity")
_BORDER_KM = _WORDS.numbers("limits")["border_km"]
_UNSURE = _WORDS.phrases("unsure_reasons")
_POSSESSORS, _ANAPHORS = _WORDS.words("population_possessors"), _WORDS.words("population_anaphors")
_FIGURE_ENDS = _WORDS.words("figure_ends")
AREA_TOWN_POPULATION = 5000  # towns whose median is an area's centre
AREA_MIN_OFFSET = 0.1  # share of an area's half-extent a place must lie off its centre towards a stated part


def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


def _number_pattern() -> str:
    """A figure in digits (with glued or spelled scales) or in number words, from numbers.yaml."""
    lexicon = load_number_words()
    glued = sorted({*lexicon.scales, *lexicon.suffix_scales}, key=len, reverse=True)
    return rf"(?P<num>\d[\d,]*(?:\.\d+)?(?:\s*(?:{_alternation(tuple(glued))})\b)?|{spelled_number_pattern()})"


_POPULATION_LEADS = (
    (re.compile(rf"\b(?:{_alternation(_WORDS.phrases('population_leads_with_people'))})\s+", re.I), True),
    (re.compile(rf"\b(?:{_alternation(_WORDS.phrases('population_leads'))})\s+", re.I), False),
)
_DISTANCE_LINKS = _alternation(_WORDS.phrases("distance_links"))
_POSSESSIVE = re.compile(r"(?P<who>\w+)['’]s\s+")
_AFTER_PLACE = re.compile(rf"^\s*,?\s*(?:{_alternation(_WORDS.phrases('population_leads_after_place'))})\s+", re.I)


class StatedRelation(NamedTuple):
    """What a text states of a place against another: a compass point, a distance, a nearness (km)."""

    compass: str | None
    km: float | None
    within_km: float | None


@dataclass(frozen=True)
class _Claim:
    subject: PlaceMention
    reference: PlaceMention
    compass: str | None
    km: float | None
    phrase: str
    within_km: float | None = None


@dataclass(frozen=True)
class _Patterns:
    """The statement patterns of one set of geocoder terms, compiled from spatial.yaml."""

    before_reference: tuple[re.Pattern[str], ...]  # what ends right before the reference place
    border_before: re.Pattern[str]  # "on the border with" before a country
    elided: re.Pattern[str]  # "X, 40 km to the north": after the subject, no reference named
    area_before: re.Pattern[str]  # "the north-eastern town of X"
    area_after: re.Pattern[str]  # "X in northern Y", "X, in the country's north"
    border_after: re.Pattern[str]  # "X, on the Turkish border", "X, near the border with Y"
    trail: re.Pattern[str]  # "some 50,000 people live in X"


_COMPILED: dict[int, _Patterns] = {}  # id of a (cached, never freed) GeoTerms -> its patterns


def _patterns(terms: GeoTerms) -> _Patterns:
    units = "|".join(sorted((re.escape(u) for u in terms.units), key=len, reverse=True))
    dirs = "|".join(re.escape(d).replace(r"\ ", r"[\s-]+") for d in sorted(terms.directions, key=len, reverse=True))
    number = _number_pattern()
    border = _alternation(_WORDS.phrases("border_nouns"))
    people = _alternation(tuple(_PEOPLE))
    settlements, own = _alternation(_WORDS.phrases("area_settlements")), _alternation(_WORDS.phrases("own_area_nouns"))
    # what stands between a town and its border: "X on the", "X, a town near the", "X lies along the"
    gap = (rf"^\s*(?:,\s*(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?)?|\s+)(?:(?:{_LOCATED})\s+)?"
           rf"(?:{_alternation(_WORDS.phrases('border_prepositions'))})\s+(?:the\s+)?")
    return _Patterns(
        before_reference=(
            terms.offset_before, terms.direction_of_before,
            re.compile(rf"{number}\s*(?P<unit>{units})\.?\s+(?:\([^)]{{0,30}}\)\s+)?(?:{_DISTANCE_LINKS})\s+$", re.I),
            re.compile(rf"(?:(?P<dir>{dirs})\s+)?(?P<near>{_alternation(tuple(_VICINITY))})\s+(?:the\s+)?$", re.I),
        ),
        border_before=re.compile(rf"{gap}(?:{border})\s+(?:{_alternation(_WORDS.phrases('border_links'))})\s+(?:the\s+)?$",
                                 re.I),
        elided=re.compile(rf"^\s*,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?)?"
                          rf"(?:(?:{_alternation(_WORDS.phrases('elided_qualifiers'))})\s+)?(?:{number}\s*)?(?:(?P<unit>{units})\s+)?"
                          rf"(?:{_alternation(_WORDS.phrases('elided_links'))})\s+(?P<dir>{dirs})\b(?![\s-]+of\b)",
                          re.I),
        area_before=re.compile(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?(?P<dir>{dirs})\s+(?P<mid>(?:[\w'’-]+\s+){{0,2}}?)"
                               rf"(?:{settlements})\s+of\s+$", re.I),
        area_after=re.compile(
            rf"^\s*,?\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?)?in\s+(?:the\s+)?(?:(?:{own})['’]s\s+(?P<odir>{dirs})\b"
            rf"|(?P<dir>{dirs})\s+(?P<area>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)))"
            rf"|^\s*,\s+(?:a|an|the)\s+(?P<adir>{dirs})\s+(?P<mid>(?:[\w'’-]+\s+){{0,2}}?)(?:{settlements})\b", re.I),
        border_after=re.compile(rf"{gap}(?P<demonym>(?-i:[A-Z][\w'’-]+))\s+(?:{border})\b", re.I),
        trail=re.compile(rf"(?<!\w)(?P<fig>{number.replace('(?P<num>', '(?:')})\s+(?:{people})\s+"
                         rf"(?:{_alternation(_WORDS.phrases('population_trails'))})\s+$", re.I),
    )


def check_spatial_claims(
    text: str, doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer, doc_id: str,
    terms: GeoTerms | None = None,
) -> list[Finding]:
    """Findings for every direction, distance and population statement the text makes."""
    terms = terms or load_terms()
    patterns = _patterns(terms)
    findings: list[Finding] = []
    resolved = [m for m in mentions if _sure(m)]
    for sent in doc.sents:
        inside = [m for m in resolved if sent.start_char <= m.start < sent.end_char]
        evidence = Evidence(doc_id, sent.start_char, sent.end_char, text[sent.start_char:sent.end_char])  # = sent.text
        for claim in _relative_claims(text, doc, sent, inside, terms, patterns):
            findings.extend(_judge_relative(claim, gazetteer, evidence))
        for claim in _elided_claims(text, inside, resolved, terms, patterns):
            findings.extend(_judge_relative(claim, gazetteer, evidence))
        findings.extend(_area_findings(text, inside, gazetteer, terms, patterns, evidence))
        findings.extend(_border_findings(text, sent, inside, gazetteer, terms, patterns, evidence))
        for subject, stated, phrase in _population_statements(text, sent, inside, resolved, patterns):
            finding = _judge_population(subject, stated, phrase, evidence)
            if finding is not None:
                findings.append(finding)
    return findings


def _sure(mention: PlaceMention) -> bool:
    """A place resolved firmly enough to judge a statement by."""
    return mention.place is not None and not any(reason in mention.why for reason in _UNSURE)


def _population_statements(
    text: str, sent: Span, inside: list[PlaceMention], resolved: list[PlaceMention], patterns: _Patterns,
) -> list[tuple[PlaceMention, float, str]]:
    """(place, stated population, phrase) for every population statement of a sentence."""
    sentence, found = text[sent.start_char:sent.end_char], []  # sent.text, without a Token built per word
    for lead, needs_people in _POPULATION_LEADS:
        for match in lead.finditer(sentence):
            figure = _figure(sentence[match.end():], needs_people)
            told = sentence[:match.start()].split()[-2:] + [match.group(0)]  # "its pre-war population of"
            subject = _population_subject(sent.start_char + match.start(), inside, resolved, " ".join(told))
            if figure is not None and subject is not None:
                found.append((subject, figure[0], match.group(0) + figure[1]))
    for match in _POSSESSIVE.finditer(sentence):
        at = sent.start_char + match.start()
        own = next((m for m in _towns(inside) if m.end == sent.start_char + match.end("who")), None)
        subject = own or (_population_subject(at, inside, resolved, match["who"]) if match["who"].lower() in _POSSESSORS
                          else None)
        figure = _figure(sentence[match.end():], True)
        if figure is not None and subject is not None:
            found.append((subject, figure[0], match.group(0) + figure[1]))
    for m in _towns(inside):
        after = _AFTER_PLACE.match(text[m.end:sent.end_char])
        figure = _figure(text[m.end + after.end():sent.end_char], True) if after else None
        trail = patterns.trail.search(text[sent.start_char:m.start])
        stated = parse_number_range(trail["fig"]) if trail else None
        if after is not None and figure is not None:
            found.append((m, figure[0], after.group(0).strip() + " " + figure[1]))
        elif trail is not None and stated is not None and (stated.low or stated.high):
            found.append((m, float(stated.low or stated.high or 0), trail.group(0) + m.surface))
    return found


def _figure(rest: str, needs_people: bool) -> tuple[float, str] | None:
    """(figure, its words) at the start of `rest`: a head count when `needs_people` (a people noun or the
    phrase's end after it)."""
    figure = parse_number_range(rest[:_FIGURE_REACH])
    if figure is None or not rest.lower().startswith(figure.text.lower()):
        return None
    stated = figure.low if figure.low is not None else figure.high
    tail = rest[len(figure.text):]
    after = tail.split()
    if not stated:
        return None
    if not needs_people:
        return float(stated), figure.text
    if after and after[0].lower().strip(".,;") in _PEOPLE:
        return float(stated), f"{figure.text} {after[0].strip('.,;')}"
    ends = re.match(r"^\s*(?P<end>[,.;)]|\w+)", tail)
    if ends is None or ends["end"].lower() in _FIGURE_ENDS:
        return float(stated), figure.text
    return None


def _relative_claims(
    text: str, doc: Doc, sent: Span, inside: list[PlaceMention], terms: GeoTerms, patterns: _Patterns,
) -> list[_Claim]:
    claims = []
    for ref in inside:
        if ref.place is not None and ref.place.feature == "country":
            continue  # a country is a reference of the border statements only
        stated = _stated(text[sent.start_char:ref.start], terms, patterns)
        if stated is None:
            continue
        match, (point, km, within) = stated
        anchor = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
        subject = _subject(anchor, ref, inside) if anchor is not None else None
        if subject is not None and (point or km or within):
            claims.append(_Claim(subject, ref, point, km, match.group(0).strip() + " " + ref.surface, within))
    return claims


def stated_relation(before: str, terms: GeoTerms | None = None) -> StatedRelation | None:
    """The direction, distance and nearness a text states of a place right before it names the place it is
    measured from ("40 km east of ", "a village near ", "some 300 km from ")."""
    terms = terms or load_terms()
    patterns = _COMPILED.get(id(terms))
    if patterns is None:
        patterns = _COMPILED[id(terms)] = _patterns(terms)
    stated = _stated(before, terms, patterns)
    return stated[1] if stated is not None else None


def _stated(before: str, terms: GeoTerms, patterns: _Patterns) -> tuple[re.Match[str], StatedRelation] | None:
    match = next((m for p in patterns.before_reference if (m := p.search(before))), None)
    if match is None:
        return None
    groups = match.groupdict()
    point = terms.compass_of(match["dir"]) if groups.get("dir") else None
    figure = parse_number_range(match["num"]) if groups.get("num") else None
    value = figure.low if figure is not None else None
    km = value * terms.km(match["unit"]) if value and groups.get("unit") else None
    within = float(_VICINITY[re.sub(r"\s+", " ", match["near"].lower())]) if groups.get("near") else None
    return match, StatedRelation(point, km, within)


def _elided_claims(
    text: str, inside: list[PlaceMention], resolved: list[PlaceMention], terms: GeoTerms, patterns: _Patterns,
) -> list[_Claim]:
    """"X, 40 km to the north": the reference is the place named before X (in its sentence or before)."""
    claims = []
    for m in inside:
        match = patterns.elided.match(text[m.end:])
        earlier = [r for r in resolved if r.end <= m.start and _is_point(r.place) and r.place != m.place]
        if match is None or not earlier or not _is_point(m.place):
            continue
        figure = parse_number_range(match["num"]) if match["num"] else None
        km = figure.low * terms.km(match["unit"]) if figure is not None and figure.low and match["unit"] else None
        claims.append(_Claim(m, earlier[-1], terms.compass_of(match["dir"]), km, m.surface + match.group(0)))
    return claims


def _area_findings(
    text: str, inside: list[PlaceMention], gazetteer: Gazetteer, terms: GeoTerms, patterns: _Patterns,
    evidence: Evidence,
) -> list[Finding]:
    """"The north-eastern town of X", "X in northern Y": where in its country (or the area named) X lies."""
    out = []
    for m in _towns(inside):
        assert m.place is not None
        before = patterns.area_before.search(text[max(0, m.start - 120):m.start])
        after = patterns.area_after.match(text[m.end:m.end + 80])
        match = before if before is not None else after
        if match is None:
            continue
        groups = match.groupdict()
        named = [terms.demonyms[w] for w in (groups.get("mid") or "").lower().split() if w in terms.demonyms]
        code = groups["area"] if groups.get("area") else (named[0] if named else m.place.country)
        word = next(groups[k] for k in ("dir", "odir", "adir") if groups.get(k))
        phrase = before.group(0) + m.surface if before is not None else m.surface + match.group(0)
        code = gazetteer.country_code(code) if code else None
        area = gazetteer.country(code) if code else None
        towns = gazetteer.town_points(code, None, AREA_TOWN_POPULATION) if code else []
        if area is not None and area.bbox is not None and towns:
            centre = (statistics.median(t[0] for t in towns), statistics.median(t[1] for t in towns))
            out.append(_judge_area(m, area, centre, terms.compass_of(word), phrase, evidence))
    return out


def _judge_area(
    m: PlaceMention, area: Place, centre: tuple[float, float], point: str, phrase: str, evidence: Evidence,
) -> Finding:
    """A stated part of an area holds when the place lies off the area's centre (the median of its towns: a
    country's north is told from where its people live) towards that compass point, by at least AREA_MIN_OFFSET
    of the area's half-extent that way (a long country's north is far from its centre)."""
    assert m.place is not None and area.bbox is not None
    south, west, north, east = area.bbox
    dy = (m.place.latitude - centre[0]) / max((north - south) / 2, 1e-6)
    dx = (m.place.longitude - centre[1]) / max((east - west) / 2, 1e-6)
    bearing = math.degrees(math.atan2(dx, dy)) % 360
    stated = math.radians(compass_degrees(point))
    off = angle_between(bearing, compass_degrees(point))
    held = dx * math.sin(stated) + dy * math.cos(stated) >= AREA_MIN_OFFSET
    return Finding(
        what="direction", place=m.surface, relative_to=area.name,
        detail=(f"report: {phrase}; gazetteer: {m.place.name} lies in the {compass(bearing)} of {area.name} "
                f"({off:.0f}° from stated {point})"),
        evidence=evidence, consistent=held,
    )


def _border_findings(
    text: str, sent: Span, inside: list[PlaceMention], gazetteer: Gazetteer, terms: GeoTerms, patterns: _Patterns,
    evidence: Evidence,
) -> list[Finding]:
    """"X, on the Turkish border", "X, a town on the border with Y": X lies near a town of that country."""
    out = []
    for m in _towns(inside):
        assert m.place is not None
        rest = text[m.end:sent.end_char]
        demonym = patterns.border_after.match(rest)
        code = terms.demonyms.get(demonym["demonym"].lower()) if demonym else None
        if code is None:
            ref = next((r for r in inside if r.start > m.end and r.place is not None and r.place.feature == "country"
                        and patterns.border_before.match(text[m.end:r.start])), None)
            code = gazetteer.country_code(ref.place.country or "") if ref is not None and ref.place else None
        own = gazetteer.country_code(m.place.country or "")
        if code is None or code == own:
            continue
        towns = gazetteer.town_points(code, None)
        if not towns:
            continue
        km = nearest_km(m.place.latitude, m.place.longitude, radian_points(towns))
        name = gazetteer.country_name(code) or code
        out.append(Finding(
            what="distance", place=m.surface, relative_to=name,
            detail=(f"report: {m.surface} on the border with {name}; gazetteer: the nearest town of {name} lies "
                    f"{km:.0f} km from {m.place.name} (a border town lies within {_BORDER_KM} km)"),
            evidence=evidence, consistent=km <= _BORDER_KM,
        ))
    return out


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
        prefix = text_of(anchor.doc)[max(0, m.start - 6):m.start].lower()
        if not any(marker in prefix for marker in _COMPARISONS) and _clause_start(anchor, m):
            return m
    return None


def _clause_start(anchor: Span, m: PlaceMention) -> bool:
    """True when the text between the place and the statement is an apposition or a verb of location."""
    between = text_of(anchor.doc)[m.end:anchor.start_char]
    if re.search(r"[;.!?]", between):
        return False
    return bool(re.match(r"^\s*[-–—,(]", between) or _LOCATION_VERBS.search(between))


def _is_point(place: Place | None) -> bool:
    return place is not None and place.precision != GeoPrecision.REGION


def _towns(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions resolved to a town (not a division, country or facility)."""
    return [m for m in mentions if m.place is not None and m.place.feature == "populated place"
            and m.place.precision == GeoPrecision.TOWN]


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
    if claim.within_km:
        out.append(Finding(
            what="distance", place=claim.subject.surface, relative_to=claim.reference.surface,
            detail=f"report: {claim.phrase}; {truth} (close by means within {claim.within_km:.0f} km)",
            evidence=evidence, consistent=true_km <= claim.within_km,
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


def _population_subject(
    at: int, inside: list[PlaceMention], resolved: list[PlaceMention], lead: str,
) -> PlaceMention | None:
    """The settlement a population phrase describes: the last one named before it in its sentence, or before the
    sentence when the phrase names a settlement or refers back ("the city of two million", "the town's 20,000
    residents", "its population of 30,000"); else none when an area is named between the two (the figure is the
    area's: "X, in Mali, home to 20 million")."""
    back = any(w.removesuffix("'s") in _POSSESSORS | _ANAPHORS for w in lead.lower().replace("’", "'").split()[:3])
    before = [m for m in (resolved if back else inside) if m.start < at]
    settlements = _towns(before)
    same = [m for m in settlements if m in inside]
    pool = same or settlements
    if not pool or not back and any(not _is_point(m.place) and m.start > pool[-1].start for m in before):
        return None
    return pool[-1]


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

