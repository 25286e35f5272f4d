"""Geoparsing: every place mention of a text, resolved against the gazetteer, with the reason why."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from frontwatch.language import word_zipf
from frontwatch.memo import Memo
from frontwatch.model import ActorMention, GeoPrecision, Place, PlaceMention
from frontwatch.nlp import dictionary_words, load_pipeline
from frontwatch.resolve.actors import ActorRegistry
from frontwatch.resolve.gazetteer import CURATED_WEIGHT, FACILITY_FEATURES, PRIMARY_WEIGHT, Entry, Gazetteer
from frontwatch.resolve.geo_math import (
    compass_degrees,
    destination,
    grid_cell,
    grid_cells,
    haversine_km,
    nearest_km,
    radian_points,
)
from frontwatch.resolve.geo_names import fold
from frontwatch.resolve.geo_pairs import agreeing_pair
from frontwatch.resolve.geo_rank import Ranker, Thresholds, load_ranker, load_thresholds
from frontwatch.resolve.geo_sources import country_neighbours, strip_region_suffix
from frontwatch.resolve.geo_spans import (
    BORDER_NOUNS,
    HINT,
    Reading,
    extend_name,
    find_spans,
    join_cut_names,
    mark_containers,
    people_named,
    read_span,
    share_lists,
    told_as_settlement,
)
from frontwatch.resolve.geo_terms import GeoTerms, load_terms
from frontwatch.resolve.spatial_checks import stated_relation
from frontwatch.settings import Settings

AREA_FEATURES = ("region", "district", "country", "continent", "world region")
CONTAINER_FEATURES = ("region", "district", "country")
DIVISION_FEATURES = ("region", "district")
_SALIENT_AREAS = frozenset({"country", "continent", "world region", "region"})  # known as written ("#x")
_NAME_GAP = re.compile(r"[\s,#]*")  # between a capital's words and its name: "the capital, X", "capital #X"
_NAME_END = re.compile(r"^(?:\s+[a-z]+)?\s*,?\s*$")  # what may follow a name before a near phrase: "X village, near Y"
_STEM = 4  # letters a demonym shares with its country's name when made from it ("Xi" from "Xia")
_WIDE_FEATURES = ("region", "country", "continent", "world region")  # areas too wide for a point's neighbourhood
_NAMED_MODES = frozenset({"plain", "near"})  # readings that name the place itself, not a point off it
_PAIRED_MODES = frozenset({"plain", "near", "offset"})  # readings a stated relation re-reads (geo_pairs)
SETTLEMENT_FEATURES = ("populated place",)


@dataclass(frozen=True)
class _Choice:
    entry: Entry
    score: float
    reasons: tuple[str, ...]
    n: int
    margin: float
    features: dict[str, float] = field(default_factory=dict)  # the ranker's features of `entry`
    town: Entry | None = None  # the small town of its name a division was kept beside (min_seat_share)


# a name's ranking (and the candidates' features, when traced) once the context is settled
_Ranked = tuple[_Choice, list[tuple[Entry, dict[str, float]]] | None]

_KEPT = 50_000  # the gazetteer's answers kept by key (by name, by entry), each memo begun afresh past it
# the ranker's features that say the best candidate shares a first-level division with the text's other places under
# other names (an area: holds one of them)
_HOLDS_ANOTHER = ("division_holds_anchor", "contains_anchor")
_WORD = re.compile(r"[^\W\d_]+")  # the words of a name ("Y-X": two), for their frequency
_COMMON_ZIPF = 4.0  # wordfreq's Zipf frequency of a common word (10 uses a million words); rarer words name towns too
_HEADLINE_WORD = 4  # letters of the words a headline capitalises (title case leaves "of", "in", "the" small)
# a list naming this many first-level divisions of one country beside a name is a list of its divisions ("X, Y and
# Z" of states): one division beside a name may be its container ("Athens, Georgia and Rome"), two are a list
_LISTED_DIVISIONS = 2
_NAME_ENTS = frozenset({"ORG", "PERSON"})  # names the tagger did not take for places (the geoparser reads those)


@dataclass
class _Context:
    """What the document as a whole says about where it is."""

    countries: Counter[str] = field(default_factory=Counter)  # country code -> weight
    regions: set[tuple[str, str]] = field(default_factory=set)
    region_by: dict[tuple[str, str], set[int]] = field(default_factory=dict)  # region -> starts of the names giving it
    anchors: list[tuple[int, Place]] = field(default_factory=list)
    named: Counter[str] = field(default_factory=Counter)  # countries named or implied by a demonym
    demonyms: Counter[str] = field(default_factory=Counter)  # countries only implied by a demonym
    actors: Counter[str] = field(default_factory=Counter)  # home countries of the actors the text names
    homes: set[str] = field(default_factory=set)  # of those, the countries of the groups that fight at home
    names: dict[int, str] = field(default_factory=dict)  # span start -> folded name, for anchors of other names
    by_name: dict[str, Counter[str]] = field(default_factory=dict)  # folded name -> country evidence it gave
    named_by: dict[str, Counter[str]] = field(default_factory=dict)  # folded name -> countries it named
    cells: dict[tuple[int, int], set[str]] = field(default_factory=dict)  # grid cell -> names with a point by it
    sure: dict[str, set[str]] = field(default_factory=dict)  # folded name -> the one country it can only mean
    weak_capitals: frozenset[int] = frozenset()  # starts of words whose capital says nothing (`_weak_capitals`)
    coordinated: dict[int, frozenset[int]] = field(default_factory=dict)  # name start -> its conjuncts' name starts
    placed: set[int] = field(default_factory=set)  # starts of the names resolved as places (any feature)
    # the ranking of each name once the context is settled (the last pass): (name, container, candidates) -> ...
    memo: dict[tuple[str | None, str | None, tuple[int, ...]], _Ranked] | None = None

    def others(self, span_start: int) -> list[Place]:
        """Resolved places of the text at other spans under other names (five mentions of one
        name are no evidence for each other)."""
        own = self.names.get(span_start)
        return [p for start, p in self.anchors if start != span_start and (own is None or self.names.get(start) != own)]

    def add_resolved(self, start: int, place: Place, code: str | None) -> None:
        """A place the text resolved: a town becomes an anchor, a division a named region."""
        self.placed.add(start)
        if place.feature not in AREA_FEATURES:
            self.anchors.append((start, place))
        elif place.feature != "country" and place.admin1 and code:
            self.add_region((code, place.admin1), start)

    def add_region(self, region: tuple[str, str], start: int) -> None:
        """A first-level division (country code, admin1 code) the name at `start` names."""
        self.regions.add(region)
        self.region_by.setdefault(region, set()).add(start)

    def region_named_beside(self, region: tuple[str, str], span_start: int) -> bool:
        """Does a name of the text other than the one at `span_start` (under another spelling) name the division?"""
        own = self.names.get(span_start)
        return any(start != span_start and self.names.get(start) != own for start in self.region_by.get(region, ()))

    def add_evidence(self, name: str, code: str, weight: float = 1) -> None:
        """Country evidence a name of the text gives (a country, a region, a resolved town), kept per name."""
        self.countries[code] += weight  # type: ignore[assignment]  # fractional evidence; stubs say int
        self.by_name.setdefault(fold(name), Counter())[code] += weight  # type: ignore[assignment]

    def add_named(self, name: str, code: str, weight: float) -> None:
        """A country a name says the story is in (a well-known city), kept per name."""
        self.named[code] += weight  # type: ignore[assignment]  # as above
        self.named_by.setdefault(fold(name), Counter())[code] += weight  # type: ignore[assignment]

    def share(self, cc: str, span_start: int | None = None) -> float:
        """Share of the country evidence for `cc`, less what the name at `span_start` gave itself."""
        return self.shares(span_start)(cc)

    def shares(self, span_start: int | None = None, actors: bool = True) -> Callable[[str], float]:
        """`share` for every country at once, for the name at `span_start` (without the actors' home
        countries when `actors` is false)."""
        countries = self.countries if actors else self.countries - self.actors
        own = self.by_name.get(self.names.get(span_start, "")) if span_start is not None else None
        if own:
            countries = countries - own
        top = max(countries.values(), default=0)
        return (lambda cc: countries[cc] / top) if top else (lambda cc: 0.0)

    def unplaced(self, span_start: int) -> bool:
        """Does the text give no country evidence beside what the name at `span_start` gave itself?"""
        own = self.by_name.get(self.names.get(span_start, ""), Counter())
        return not any(weight > own[cc] for cc, weight in self.countries.items())

    def sole_name(self) -> bool:
        """Does the text read one name only (under one spelling, however often)?"""
        return len(set(self.names.values())) == 1

    def backs_others_only(self, cc: str, span_start: int) -> bool:
        """Does the text give evidence for other countries than `cc` and none for `cc` (not counting what
        the name at `span_start` gave itself)? An actor's home country is no such evidence: groups strike
        across borders."""
        share = self.shares(span_start, actors=False)
        return share(cc) == 0 and any(share(other) for other in self.countries)

    def sure_of_others(self, cc: str, span_start: int) -> bool:
        """Do the text's other names that can mean one country only (a country's name after a place cue, not as a
        modifier; a one-country division word; a division only one country has; not a city, which may be where talks
        are held) say another country than `cc`, and none of them or of its demonyms `cc`?"""
        own = self.names.get(span_start)
        said = {code for name, codes in self.sure.items() if name != own for code in codes}
        return bool(said) and cc not in said and not self.demonyms[cc]  # "D soldiers raided X": D's X stays

    def named_beside(self, cc: str, span_start: int) -> bool:
        """Is the country `cc` named in the text by another name than the one at `span_start` (a name
        that is a country's and a state's is no evidence by itself that it means the country)?"""
        own = self.named_by.get(self.names.get(span_start, ""))
        return self.named[cc] - (own[cc] if own else 0) > 0


def _fmt_pop(pop: int | None) -> str:
    if not pop:
        return "population unknown"
    if pop >= 1_000_000:
        return f"population {pop / 1e6:.1f}M"
    if pop >= 1000:
        return f"population {pop / 1e3:.0f}k"
    return f"population {pop}"


class Geocoder:
    """Finds and resolves place mentions using a Gazetteer and the spaCy parse of the text."""

    def __init__(self, gazetteer: Gazetteer, terms: GeoTerms | None = None, ranker: Ranker | None = None,
                 actors: ActorRegistry | None = None, thresholds: Thresholds | None = None) -> None:
        self.gazetteer = gazetteer
        self.limits = thresholds or load_thresholds()
        self.terms = terms or load_terms()
        self.ranker = ranker or load_ranker()
        self.actors = actors or ActorRegistry.load()
        # training/fit_geo_ranker.py sets a dict here: span start -> every candidate with its features
        self.trace: dict[int, list[tuple[Entry, dict[str, float]]]] | None = None
        self._spelled: Memo[int, frozenset[str]] = Memo(_KEPT)
        self._static: Memo[tuple[int, int], dict[str, float]] = Memo(_KEPT)  # by entry, weight of the name found by
        self._cells: Memo[str, frozenset[tuple[int, int]]] = Memo(_KEPT)
        self._edges: Memo[int, list[tuple[float, float, float]]] = Memo(_KEPT)  # by division: its towns' points
        self._salient_names: Memo[str, bool] = Memo(_KEPT)  # by name as written
        # training/fit_geo_ranker.py sets a list here: (start, end, acceptance features) of every such decision
        self.accept_trace: list[tuple[int, int, dict[str, float], Place]] | None = None
        self._dictionary: frozenset[str] | None = None  # the language's common words, read on first use

    # --- public --------------------------------------------------------------------------

    def resolve(self, name: str, context_countries: Sequence[str] = (), restrict: bool = False) -> Place | None:
        """Resolve one place name, preferring the given countries (names or ISO codes); `restrict`: they are where
        the text's own places lie (not its actors' homes), and a small namesake elsewhere is no answer."""
        ctx = _Context(names={-1: fold(name)})
        for country in context_countries:
            code = self.gazetteer.country_code(country)
            if code:
                ctx.countries[code] += 1
        ctx.named = Counter(ctx.countries)  # the caller names them, as a text names its countries
        choice = self._choose(self.gazetteer.candidates(name), ctx, qualifier=None, span_start=-1)
        # a place spelled otherwise abroad, or a minor one beyond the caller's countries and their neighbours, is none:
        # unless restricted to the text's places, one of the caller's one country
        if choice is not None and not ctx.named[choice.entry.country_code] and ctx.named and (self._loose_abroad(
                choice.entry, name) or not restrict and self._minor(choice.entry) and _strayed(
                choice.entry, ctx.named)):
            home = self.gazetteer.country(next(iter(ctx.named))) if len(ctx.named) == 1 and not restrict else None
            return _named_at(name, home) if home is not None else None
        if choice is None or restrict and not ctx.named[choice.entry.country_code] and not self._known_abroad(choice):
            return None  # a small namesake in a country the caller does not name
        return choice.entry.place

    def told_countries(self, doc: Doc, named: Sequence[ActorMention]) -> set[str]:
        """The home countries of the actors named and the countries the text's demonyms and peoples name ("the Malian
        army": Mali; "Tiv farmers": Nigeria), as ISO codes: where a text that names no country is ("the RSF seized X",
        "Malian troops retook X"); a neighbour's border ("near the Sudanese border") is not one."""
        return {m.actor.country for m in named if m.actor.country} | {code for t in doc if t.is_title and (
            code := self.terms.demonyms.get(fold(t.text).removesuffix("s"))) and t.head.lemma_ not in BORDER_NOUNS} | {
            code for t in doc if t.is_title and (code := self.gazetteer.country_named(self.terms.people_countries.get(
                fold(t.text), ""))) and people_named(doc, t.i, self.terms)}

    def unknown_places(self, text: str, mentions: list[PlaceMention], country: str | None) -> dict[str, Place]:
        """Where the text puts each name it tells as a place that the gazetteer lacks (or holds only abroad), by
        name: at the finest place it names right after the name anywhere in the text ("X in Y", "X, Y", "X (Y)", "X
        village, near Y"; "X, in the Y region ... X lies in Z township": Z), at ACLED precision 2 beside a town or in a
        district, else 3; or else, when the text calls it a settlement ("the village of X") or places none of its names
        and the gazetteer has none of this name ("attacked a post in X"), in the text's country (a name or ISO code), at
        precision 3; the name kept. A settlement placed at a region keeps it unless it has such a finer place."""
        home, found = self.gazetteer.country(country) if country else None, {}
        unplaced = all(m.place is None for m in mentions)
        for mention in mentions:
            ends = (m.end() for m in re.finditer(rf"(?<!\w){re.escape(mention.surface)}(?!\w)", text))
            areas = [a.place for end in ends if (a := next((m for m in mentions if m.start >= end), None)) is not None
                     and a.place is not None and not a.hint and self._placed_by(text[end:a.start])]
            area = min(areas, key=lambda p: p.precision, default=None)
            settled = told_as_settlement(text, mention.start, mention.end, self.terms) or (
                unplaced and not self.gazetteer.candidates(mention.surface))
            if mention.place is None and (area := area or (home if settled else None)) is not None or (
                    settled and mention.place is not None and mention.place.precision == GeoPrecision.REGION and (
                        area is not None and area.precision < GeoPrecision.REGION)):  # "X village, in the Y region"
                found[mention.surface] = _named_at(mention.surface, area)
        return found

    def _placed_by(self, gap: str) -> bool:
        """Do the words between two names make the second where the first lies ("X in Y", "X (Y", "X, near Y")?"""
        near = self.terms.near_before.search(gap)
        return bool(self.terms.container_gap.match(gap) or near and _NAME_END.match(gap[:near.start()]))

    def homeland(self, doc: Doc) -> str | None:
        """The country most of a text's names the tagger took for persons or organisations lie in, of those the
        gazetteer knows in one country only ("Dissin" as a person, "Urubokka" as an organisation); not the surname of
        a person named in full ("Zongo" after "Norbert Zongo"), nor a people's or clan's ("Tiv" as a person: a hint of
        its own). A generic actor's country in a text nothing else places."""
        surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1} | {
            t.text for t in doc if fold(t.text) in self.terms.peoples}
        names = (ent[1:] if ent[0].pos_ == "DET" else ent for ent in doc.ents if ent.label_ in _NAME_ENTS)
        countries = Counter(country for name in names if name.text.istitle() and name.text not in surnames
                            and (country := self._sole_country(name.text)))
        return countries.most_common(1)[0][0] if countries else None

    def _sole_country(self, name: str) -> str | None:
        """The one country every place the gazetteer calls `name` lies in (None: none, or places in several)."""
        countries = {entry.place.country for entry in self.gazetteer.candidates(name)}
        return countries.pop() if len(countries) == 1 else None

    def _known_abroad(self, choice: _Choice) -> bool:
        """Whether a place outside the text's countries may stand as written: an area, a curated row, a well-known
        town."""
        entry = choice.entry
        return entry.place.feature in AREA_FEATURES or entry.is_curated or (
            entry.place.population or 0) >= self.limits.min_population_known_town

    def geoparse(self, text: str, doc: Doc) -> list[PlaceMention]:
        """Every place mention of `text` (parsed as `doc`), resolved, in text order."""
        found, demonyms, parts, divisions = find_spans(text, doc, self.terms, self._is_actor, self._known,
                                                      self._salient, self._coded, self._common, self._frequent,
                                                      self._holds)
        # a country an organisation's name holds ("Islamic State [Somalia Province]") says where the story is, as a
        # demonym does ("the Nigerian Army"): a hint, not a place of its own
        demonyms += [code for start, end, organisation in parts if organisation
                     and (code := self.gazetteer.country_named(strip_region_suffix(text[start:end])))]
        # a people's name read as a hint ("ethnic Afar") says where the story is as a demonym does: its country
        demonyms += [code for start, end, label in found if label == HINT and (code := self.terms.demonyms.get(
            name := fold(text[start:end]).removesuffix("s")) or self.gazetteer.country_named(
            self.terms.people_countries.get(name, "")))]
        spans = [s for s in found if s[2] != HINT]  # a modifier's country ("U.S. troops") is no context: a demonym's
        readings = [extend_name(text, r, self._known, self.terms)
                    for s in spans for r in read_span(text, *s, self.terms)]
        readings = mark_containers(text, share_lists(text, _drop_overlaps(join_cut_names(text, readings, self._known)),
                                                     self.terms), self.terms)
        ctx = _Context(countries=Counter(demonyms), demonyms=Counter(demonyms),
                       names={r.start: fold(r.name) for r in readings},
                       weak_capitals=_weak_capitals(doc), coordinated=_coordinated(readings, doc))
        for division in divisions:  # as much as the text naming its country twice: towns abroad are doubted
            ctx.countries[division] += self.limits.abroad_evidence  # type: ignore[assignment]  # fractional
            ctx.sure.setdefault("", set()).add(division)
        self._collect_context(readings, ctx)
        self._candidate_cells(readings, ctx)
        ctx.named = Counter(ctx.countries)
        ctx.named_by = {name: Counter(given) for name, given in ctx.by_name.items()}
        self._actor_evidence(text, spans, doc, ctx)
        strong = [(r, self._resolve(r, ctx)) for r in readings if r.strong or r.mode != "plain"]
        first = dict(strong)
        for reading, (place, _why, confident) in strong:
            if place is None or not confident:
                continue
            code = self.gazetteer.country_code(place.country or "")
            ctx.add_resolved(reading.start, place, code)
            if reading.strong and code:
                ctx.add_evidence(reading.name, code, self.limits.resolved_town_evidence)
                if (place.population or 0) >= self.limits.min_population_abroad:
                    # a well-known city says which country the story is in
                    ctx.add_named(reading.name, code, self.limits.well_known_city_evidence)
        second = [(r, first[r] if r in first and first[r][2] else self._resolve(r, ctx)) for r in readings]
        # every place the text resolved is context for the others: every name with a choice to make is read
        # again beside them (a confident first choice was made before the text's other places were known)
        full = self._document_context(ctx, second, {r.start for r, res in strong if res[0] is not None and res[2]})
        resolved = self._read_pairs(text, [(r, *self._shared_country(r, *self._again(r, res, full)[:2], full))
                                           for r, res in second])
        resolved = self._listed_divisions(resolved, full.coordinated)
        # one sense per text: a name the text uses as a place elsewhere is that place here too
        # (a city's name tagged as a person in one sentence, as a place in the others)
        senses = {fold(r.name): place for r, place, _ in resolved
                  if place is not None and r.mode == "plain" and (r.strong or r.cue)
                  and place.feature not in AREA_FEATURES}
        # a name the text places in a container ("the village of X in Y district") is that place wherever
        # the text names it bare ("the X post"), not a better-known namesake abroad
        placed = {fold(r.name): place for r, place, _ in resolved if place is not None and r.qualifier
                  and r.mode in _NAMED_MODES and place.feature not in AREA_FEATURES}
        mentions = []
        for reading, place, why in resolved:
            if place is None and reading.mode == "plain" and fold(reading.name) in senses:
                place = senses[fold(reading.name)]
                why = f"'{reading.name}': named as a place elsewhere in the text ({place.name})"
            elif (reading.mode in _NAMED_MODES and not reading.qualifier and (own := placed.get(fold(reading.name)))
                  and own != place):
                place, why = own, f"'{reading.name}': placed in a container elsewhere in the text ({own.name})"
            if place is None and not (reading.strong or reading.settled):
                continue
            mentions.append(PlaceMention(reading.start, reading.end, text[reading.start:reading.end], place, why))
        mentions.extend(self._name_part_mentions(text, parts, mentions, full, senses))
        mentions.extend(self._seat_mentions(text, [(r, place) for r, place, _ in resolved], mentions))
        mentions.extend(self._seat_anaphors(text, mentions))
        mentions.extend(PlaceMention(start, end, text[start:end], country, f"'{text[start:end]}': " + (
            f"{country.name}, named as a modifier" if country else "a modifier, no place"), hint=True)
            for start, end, label in found if label == HINT
            and not any(m.start < end and start < m.end for m in mentions)
            for country in [self.gazetteer.country(text[start:end])])  # a hint never an event's place
        return sorted(mentions, key=lambda m: m.start)

    def _listed_divisions(self, resolved: list[tuple[Reading, Place | None, str]],
                          coordinated: dict[int, frozenset[int]]) -> list[tuple[Reading, Place | None, str]]:
        """A name listed with `_LISTED_DIVISIONS` or more first-level divisions of one country ("X, Y and Z" of
        states or provinces) is that country's division of its name, where it has one, not a town or district."""
        at = {r.start: place for r, place, _ in resolved}
        out = []
        for r, place, why in resolved:
            listed = Counter(p.country for s in coordinated.get(r.start, ()) if (p := at.get(s)) is not None
                             and p.feature == "region" and p.admin1)
            country, n = listed.most_common(1)[0] if listed else (None, 0)
            if place is not None and place.feature in ("populated place", "district") and n >= _LISTED_DIVISIONS:
                division = next((e.place for e in self.gazetteer.candidates(r.name, features=("region",))
                                 if e.place.country == country and e.place.admin1), None)
                if division is not None:
                    place, why = division, f"'{r.name}': listed with divisions of {country} ({division.name})"
            out.append((r, place, why))
        return out

    def _seat_mentions(self, text: str, resolved: list[tuple[Reading, Place | None]],
                       mentions: list[PlaceMention]) -> list[PlaceMention]:
        """The words that name a country's or division's capital ("the X capital", "X's provincial capital",
        "the regional capital of X") as a mention of that capital, a town, beside the area's own mention (none
        when the capital's name follows them, "X's capital, Y", or the gazetteer cannot tell the seat)."""
        found = []
        starts = {m.start for m in mentions}
        for reading, area in resolved:
            if (reading.seat is None or area is None or area.feature not in CONTAINER_FEATURES
                    or _named_after(text, reading.seat[1], starts)
                    or self._describes_a_town(text, min(reading.start, reading.seat[0]), mentions)):
                continue
            if (seat := self.gazetteer.seat(area)) is not None:
                start, end = reading.seat
                why = f"'{text[start:end]}' of {reading.name}: the capital of {area.name}: {seat.name}"
                found.append(PlaceMention(start, end, text[start:end], seat, why))
        return found

    def _seat_anaphors(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """A capital with no name of its own: "the provincial capital", the seat of the last division named
        before it; "the D capital", the capital of the country its demonym D names (when the demonym is
        made from the country's name, not from a region's or a people's within it); "the capital" (not "their
        capital": money, maybe), the town told as a capital before it ("X, the capital of Y"), else the capital of the
        country most places named before it lie in. None when a name follows it in apposition ("the provincial
        capital, X"), when it describes the name before it ("X is the provincial capital") or when the area is not
        known."""
        found = []
        starts = {m.start for m in mentions}
        for match in (*self.terms.seat_anaphor.finditer(text), *self.terms.seat_demonym.finditer(text)):
            start, end = match.span("seat")
            plain = "demonym" not in match.groupdict() and match["modifier"] is None
            if (_named_after(text, end, starts) or any(m.start < end and start < m.end for m in mentions)
                    or self._describes_a_town(text, match.start(), mentions)
                    or plain and match[0].split()[0].lower() != "the"):
                continue
            before = [m.place for m in reversed(mentions) if m.end <= start and m.place is not None]
            told = self._capital_told_before(text, start, mentions) if plain else None
            if "demonym" in match.groupdict():
                area = self._national(match["demonym"])
            elif plain:  # the country most places before it lie in, else that of the last demonym ("D troops")
                most = Counter(p.country for p in before if p.country).most_common(1)
                area = (self.gazetteer.country(most[0][0]) if most else None) or next(
                    (self.gazetteer.country(code) for word in reversed(text[:start].split())
                     if (code := self.terms.demonyms.get(fold(word.strip(",.;:'’")))) is not None), None)
            else:
                area = next((p for p in before if p.feature in DIVISION_FEATURES), None)
            seat = told or (self.gazetteer.seat(area) if area is not None else None)
            if seat is not None:
                why = f"'{match['seat']}': " + ("the capital told before" if told or area is None else
                                                 f"the capital of {area.name}") + f": {seat.name}"
                found.append(PlaceMention(start, end, text[start:end], seat, why))
        return found

    def _capital_told_before(self, text: str, before: int, mentions: list[PlaceMention]) -> Place | None:
        """The town the last capital's words before an offset were told with ("X, the capital of Y", "the capital,
        X"), which a plain "the capital" after them refers back to."""
        starts = {m.start: m.place for m in mentions if m.place is not None}
        ends = {m.end: m.place for m in mentions if m.place is not None and m.place.feature not in AREA_FEATURES}
        for word in reversed(list(self.terms.seat_word.finditer(text, 0, before))):
            if (gap := _NAME_GAP.match(text, word.end())) is not None and gap.end() in starts:
                return starts[gap.end()]
            said = self.terms.seat_described.search(text, max(0, word.start() - 30), word.start())
            if said is not None and said.start() in ends:
                return ends[said.start()]
        return None

    def _describes_a_town(self, text: str, start: int, mentions: list[PlaceMention]) -> bool:
        """Do the capital's words at `start` describe the town named right before them ("X is the provincial
        capital", "X, the capital of Y", "X, Y's capital")?"""
        said = self.terms.seat_described.search(text, max(0, start - 30), start)
        return said is not None and any(m.end == said.start() and m.place is not None and m.place.feature
                                        not in AREA_FEATURES for m in mentions)

    def _national(self, demonym: str) -> Place | None:
        """The country a demonym made from its name names (not a region's or a people's demonym inside it)."""
        code = self.terms.demonyms.get(fold(demonym))
        country = self.gazetteer.country(code) if code else None
        if country is None:
            return None
        stem = fold(demonym)[:_STEM]
        return country if any(fold(n).startswith(stem) for n in (country.name, *country.aliases)) else None

    def _again(self, r: Reading, first: tuple[Place | None, str, bool],
               full: _Context) -> tuple[Place | None, str, bool]:
        """A name read again beside every place of the text when it has a choice to make (more than one
        candidate, or no clear one, or a container to weigh it against). The second reading may choose another
        candidate, but it does not drop a place the first reading chose with a clear margin, unless that is a
        second-level division of a country the text's other places leave unbacked while backing others."""
        found = len(self.gazetteer.candidates(r.name))
        if not (found > 1 or (found == 1 and not first[2]) or r.qualifier):
            return first
        again = self._resolve(r, full)
        kept = first[0] is not None and not (first[0].feature == "district" and self._backed_abroad(
            self.gazetteer.country_code(first[0].country or "") or "", r, full))
        return first if again[0] is None and first[2] and kept else again

    def _shared_country(self, r: Reading, place: Place | None, why: str, ctx: _Context) -> tuple[Place | None, str]:
        """A country's short form that others share (two countries called "X" and "Y X") is the sharer the text's other
        places back more, unless the text names that sharer by its own name ("Y X" beside "X")."""
        codes = self.gazetteer.country_codes(r.name) if place is not None and place.feature == "country" else []
        if len(codes) < 2:
            return place, why
        share = ctx.shares(r.start, actors=False)
        named = {self.gazetteer.country_code(name) for name in ctx.by_name}
        sharers = [cc for cc in codes[1:] if share(cc) > share(codes[0]) and cc not in named]
        if not sharers:
            return place, why
        code = max(sharers, key=share)
        country = self.gazetteer.country(code)
        name = country.name if country else code
        return country, f"'{r.name}': short form of {name}, where the text's other places are"

    def _is_actor(self, name: str) -> bool:
        return self.actors.get(name) is not None

    def _known(self, name: str) -> bool:
        return bool(self.gazetteer.candidates(name))

    def _common(self, word: str) -> bool:
        """Whether a word is one of the language's common words (the shared pipeline's lemmatizer index)."""
        if self._dictionary is None:
            self._dictionary = dictionary_words(load_pipeline(Settings().spacy_model))
        return word.lower() in self._dictionary

    @staticmethod
    def _frequent(word: str) -> bool:
        """Whether a word is used often enough to be a common word (wordfreq's Zipf above _COMMON_ZIPF)."""
        return word_zipf(word) > _COMMON_ZIPF

    def _coded(self, name: str) -> bool:
        return bool(self.gazetteer.division_codes(name) or self.gazetteer.abbreviated_cities(name))

    def _holds(self, name: str, code: str) -> bool:
        """Does the first-level division a postal code names ("OR") hold a place of this name ("Salem")?"""
        divisions = {(e.place.country, e.place.admin1) for e in self.gazetteer.division_codes(code)}
        return any((e.place.country, e.place.admin1) in divisions for e in self.gazetteer.candidates(name))

    def _salient(self, name: str) -> bool:
        """Does a name stand for a well-known place as written: a country (by its name, an ordinary spelling of it
        such as "Burma" or, in capitals, its abbreviation, not a word that is also an island's short name), or a
        continent, world region, first-level division or town of at least min_population_known_town of that very name
        that no place it is another's spelling of outnumbers salient_rival times (data/geo_thresholds.yaml: a short
        name inside a capital's and a province's names is theirs before a small town's of that name; a city is itself
        beside its governorate of the same name)?"""
        return self._salient_names.get_or(name, lambda: self._salient_as_written(name))

    def _salient_as_written(self, name: str) -> bool:
        key, own, rival = fold(name), 0, 0
        for entry in self.gazetteer.candidates(name):
            pop = entry.place.population or 0
            # a country's ordinary spelling of the abbreviation file has the curated weight; the primary one also
            # answers a name the index's key folds into the country's ("Cameron")
            if fold(entry.place.name) != key and not (entry.place.feature == "country"
                                                      and (name.isupper() or entry.weight == CURATED_WEIGHT)):
                rival = max(rival, pop)
            elif entry.place.feature in _SALIENT_AREAS or pop >= self.limits.min_population_known_town:
                own = max(own, pop, 1)
        return own > 0 and own * self.limits.salient_rival >= rival

    def _name_part_mentions(self, text: str, parts: list[tuple[int, int, bool]], mentions: list[PlaceMention],
                            ctx: _Context, senses: dict[str, Place]) -> list[PlaceMention]:
        """Places inside other names ("X" in "X State Police"), where the whole name is no place:
        only areas and towns the text's countries make plausible, as for any name NER did not call a place;
        inside an organisation's name ("the X Workers' Party"), only the country it is named after."""
        taken = [(m.start, m.end) for m in mentions if m.place is not None]
        found = []
        for start, end, organisation in sorted(parts, key=lambda p: p[0] - p[1]):
            if any(start < e and s < end for s, e in taken):
                continue
            if organisation and not self.gazetteer.country_named(text[start:end]):
                continue
            reading = Reading(start, end, text[start:end], "", strong=False, mode="part",
                              head=bool(self.terms.place_head_after.match(text[end:end + 40])),
                              hyphenated=text[start - 1:start] == "-" and text[start - 2:start - 1].isalnum())
            choice = self._choose(self.gazetteer.candidates(reading.name), ctx, None, start)
            # a part of a name read whole and left unplaced ("X district"): no X abroad
            in_unplaced = any(m.place is None and m.start <= start and end <= m.end for m in mentions)
            if choice is None or in_unplaced and self._unbacked(choice.entry, reading, ctx):
                continue
            place: Place | None = choice.entry.place
            why = self._why("name part", choice)
            if choice.entry.place.feature not in AREA_FEATURES:  # an area as in "X Department of Health"
                place, why, _ = self._resolve_plain(reading, ctx)
                if place is None and fold(reading.name) in senses:  # the town the text names elsewhere
                    place, why = senses[fold(reading.name)], f"named as a place elsewhere in the text; {why}"
            if place is None:
                continue
            taken.append((start, end))  # inside an organisation's name: the country it is named after, as a hint only
            found.append(PlaceMention(start, end, text[start:end], place, f"part of a longer name; {why}",
                                      hint=organisation))
        return found

    # --- context -------------------------------------------------------------------------

    def _document_context(self, ctx: _Context, results: list[tuple[Reading, tuple[Place | None, str, bool]]],
                          counted: set[int]) -> _Context:
        """The context with every place resolved so far (those at `counted` starts are in it already):
        towns as anchors, divisions as named regions, their countries as evidence."""
        full = replace(ctx, countries=Counter(ctx.countries), regions=set(ctx.regions),
                       region_by={k: set(v) for k, v in ctx.region_by.items()}, anchors=list(ctx.anchors),
                       placed=set(ctx.placed),
                       by_name={name: Counter(given) for name, given in ctx.by_name.items()}, memo={})
        for reading, (place, _why, _confident) in results:
            if place is None or reading.start in counted:
                continue
            code = self.gazetteer.country_code(place.country or "")
            full.add_resolved(reading.start, place, code)
            if code:
                full.add_evidence(reading.name, code, self.limits.resolved_town_evidence)
        return full

    def _actor_evidence(self, text: str, spans: list[tuple[int, int, str]], doc: Doc, ctx: _Context) -> None:
        """The home countries of the registry's actors the text names, as evidence below a demonym's: by a name read
        as a place's, or as the reader found them (`Doc._.actor_mentions`: an acronym, a force's name no tagger
        called a name, "JNIM", "the NPA"); a group coded in several countries is at home in each."""
        named = [(start, end, actor) for start, end, _label in spans if (actor := self.actors.get(text[start:end]))]
        found = doc._.actor_mentions or [] if Doc.has_extension("actor_mentions") else []
        named += [(m.start, m.end, m.actor) for m in found if not any(s < m.end and m.start < e for s, e, _ in named)]
        for start, end, actor in named:
            for code in actor.countries or ([actor.country] if actor.country else []):
                ctx.actors[code] += self.limits.actor_evidence  # type: ignore[assignment]  # fractional
                if actor.kind in self.terms.home_actor_kinds:
                    ctx.homes.add(code)
                ctx.add_evidence(text[start:end], code, self.limits.actor_evidence)

    def _collect_context(self, readings: list[Reading], ctx: _Context) -> None:
        for r in readings:
            code = self.gazetteer.country_named(r.name) if r.mode in ("plain", "direction_region") else None
            if code and (r.strong or r.cue):
                ctx.add_evidence(r.name, code)
                if r.cue:  # "in X", not a modifier ("X-backed fighters", "X troops")
                    ctx.sure.setdefault(fold(r.name), set()).add(code)
                continue
            if r.mode == "region" or (r.strong and r.mode == "plain"):
                regions = self.gazetteer.candidates(r.name, features=("region",))
                if r.mode == "region" and regions:
                    ctx.add_region((regions[0].country_code, regions[0].place.admin1 or ""), r.start)
                    ctx.add_evidence(r.name, regions[0].country_code)
            # a division named with its word that only one country has ("Y State" read as a plain name too)
            if r.mode in ("region", "direction_region") or r.mode == "plain" and fold(r.name).split(" ")[
                    -1] in self.terms.region_nouns:
                divisions = self.gazetteer.candidates(r.phrase or r.name, features=DIVISION_FEATURES) or (
                    self.gazetteer.candidates(strip_region_suffix(r.name), features=DIVISION_FEATURES))
                if len(codes := {e.country_code for e in divisions}) == 1:
                    ctx.sure.setdefault(fold(r.name), set()).update(codes)

    def _candidate_cells(self, readings: list[Reading], ctx: _Context) -> None:
        """Where each place name of the text may lie: every grid cell within a cell of its towns', districts' and
        sites' candidates, so that a candidate near one of another name's is told apart (a small
        town beside its neighbour) by looking up its own cell alone."""
        for r in readings:
            if r.strong or r.cue:
                name = fold(r.name)
                for cell in self._near_cells(r.name):
                    ctx.cells.setdefault(cell, set()).add(name)

    def _near_cells(self, name: str) -> frozenset[tuple[int, int]]:
        """The grid cells holding, or next to, a town, district or site called `name` (cached by name)."""
        return self._cells.get_or(name, lambda: frozenset(
            cell for entry in self.gazetteer.candidates(name) if entry.place.feature not in _WIDE_FEATURES
            for cell in grid_cells(entry.place.latitude, entry.place.longitude)))

    def _names_near(self, place: Place, ctx: _Context, span_start: int) -> int:
        """How many other names of the text have a candidate within about 50 km of `place`."""
        near = ctx.cells.get(grid_cell(place.latitude, place.longitude))
        return len(near) - (ctx.names.get(span_start, "") in near) if near else 0

    # --- resolution ----------------------------------------------------------------------

    def _resolve(self, r: Reading, ctx: _Context) -> tuple[Place | None, str, bool]:
        handler = getattr(self, f"_resolve_{r.mode}")
        found = handler(r, ctx)
        return self._in_town(r, found, ctx) if r.town else found

    def _in_town(self, r: Reading, found: tuple[Place | None, str, bool], ctx: _Context
                 ) -> tuple[Place | None, str, bool]:
        """A name told as a part of a town ("the X neighbourhood of Y", "Y's X district"): kept when it lies in or
        near Y (or is a district of Y's province); else a namesake near Y; else Y's own point at the precision of a
        part of the town, never a namesake afar. Unchanged when Y is no town."""
        town = self._town(r.town or "", ctx)
        place = found[0]
        if town is None or (place is not None and self._in_town_area(place, town)):
            return found
        near = [e for e in self.gazetteer.candidates(r.name) if self._in_town_area(e.place, town)]
        choice = self._choose(near, ctx, None, r.start)
        if choice is not None:
            return choice.entry.place, self._why(f"'{r.name}': part of {town.name}", choice), True
        had = f"gazetteer has only {place.name}, {place.country}" if place is not None else "not in gazetteer"
        why = (f"'{r.name}': told as a part of {town.name}; {had}; placed at the town, "
               f"precision {int(GeoPrecision.NEAR)}")
        return replace(town, name=r.name, precision=GeoPrecision.NEAR, geonames_id=None, population=None), why, True

    def _town(self, name: str, ctx: _Context) -> Place | None:
        """The town `name` is ("Y", or "Y" in "In Y's": its first word left out when the whole is unknown), when
        the text's best reading of it is a town in a country the text gives evidence for."""
        words = name.split()
        found = self.gazetteer.candidates(name) or self.gazetteer.candidates(" ".join(words[1:]))
        choice = self._choose(self._in_evidence(found, None, ctx), ctx, None, -1)
        return choice.entry.place if choice is not None and choice.entry.place.feature in SETTLEMENT_FEATURES else None

    def _in_town_area(self, place: Place, town: Place) -> bool:
        """Does `place` lie in town `town`'s area: within `town_part_km` of it, or a district of its province?"""
        return (self.gazetteer.distance_km(place, town) <= self.limits.town_part_km
                or (place.feature in DIVISION_FEATURES and bool(place.admin1) and place.admin1 == town.admin1
                    and place.country == town.country))

    def _resolve_plain(self, r: Reading, ctx: _Context, point: bool = False) -> tuple[Place | None, str, bool]:
        label = r.label or "capitalised name"
        filed = _filed_from(self.gazetteer.candidates(r.name)) if r.label == "DATELINE" else []
        if not filed and r.name.isupper() and (code := self.gazetteer.country_named(r.name)):
            country = self.gazetteer.country(code)
            return country, f"{label} '{r.name}': country code", True
        # a city's short form in capitals ("NYC", "in LA") is the city, unless it holds the name before it ("Monroe,
        # LA": a division); a division's postal code written as a name ("in NJ", "Newark, NJ") is that division
        cities = self.gazetteer.abbreviated_cities(r.name) if r.name.isupper() and not r.contains else []
        codes = cities or (self.gazetteer.division_codes(r.name) if r.name.isupper() else [])
        candidates = self._as_container(r, codes or filed or self.gazetteer.candidates(r.name)
                                        or self._cut_candidates(r))  # "Oklaho…": a post cut short
        if point:
            candidates = self._points_first(candidates, r, ctx)
        choice = self._at_home(self._in_named_countries(candidates, ctx), r, ctx)
        fallback = self._container_fallback(r, choice, ctx)
        if fallback is not None:
            return fallback
        if choice is None:
            return None, f"{label} '{r.name}': not in gazetteer", False
        judged = replace(choice, entry=choice.town) if choice.town else choice  # taken or not as the town was
        if not r.strong and not self._plausible(judged, r, ctx):
            return None, f"{label} '{r.name}': gazetteer match {choice.entry.place.name} rejected (no place cue)", False
        if self._abroad(judged, r, ctx):
            found = choice.entry.place
            return self._at_group_home(r, [choice.entry], ctx, f"{label} '{r.name}': gazetteer match {found.name}, "
                                       f"{found.country} rejected (a small place in a country the text does not name)")
        return choice.entry.place, self._why(label, choice), choice.margin >= self.limits.confident_margin

    def _cut_candidates(self, r: Reading) -> list[Entry]:
        """The candidates of the country's or division's name a name cut by a shortened post's mark starts."""
        full = self.gazetteer.completion(r.name, _SALIENT_AREAS) if r.cut else None
        return self.gazetteer.candidates(full) if full else []

    def _resolve_region(self, r: Reading, ctx: _Context) -> tuple[Place | None, str, bool]:
        full = self.gazetteer.candidates(r.phrase, features=AREA_FEATURES)
        areas = full or self.gazetteer.candidates(r.name, features=AREA_FEATURES) or (
            self.gazetteer.division_codes(r.name) if r.name.isupper() else [])  # "the TN state line"
        own = self._word_country(r.phrase)
        areas = [a for a in areas if (own is None or a.country_code == own)  # "X upazila": one country's word
                 and not self._seat_district(r, a)]
        choice = self._at_home(areas, r, ctx)
        # a namesake division in another country than the division named as its container ("X district, Y province")
        # is no answer; in the container's country it stays (a container the gazetteer nests otherwise)
        held = self._container_fallback(r, choice, ctx) if choice is not None else None
        if choice is not None and not self._unbacked(choice.entry, r, ctx) and (
                held is None or held[0] is not None and held[0].country == choice.entry.place.country):
            why = self._why(f"region '{r.phrase}'", choice)
            confident = choice.margin >= self.limits.confident_margin
            return replace(choice.entry.place, precision=self._region_precision(r, choice.entry)), why, confident
        # a division word names a division: a town of the name stands in for it only in a country the text may be
        # about ("X woreda" in a report on the country that uses the word is never a namesake town elsewhere)
        # (a town inside the container written with it is in such a country, whatever the text's other places say)
        qualifier = self._chain_qualifier(r)
        holders = self._qualifier_places(qualifier)
        namesakes = areas + self.gazetteer.candidates(r.name, features=SETTLEMENT_FEATURES)
        towns = [t for t in namesakes[len(areas):]
                 if (any(_contains(q, t) for q in holders) or not ctx.backs_others_only(t.country_code, r.start)
                     and not self._unbacked(t, r, ctx)) and own in (None, t.country_code)]
        choice = self._choose(towns, ctx, qualifier, r.start)
        fallback = self._container_fallback(r, choice, ctx)
        if fallback is not None:
            return fallback
        if choice is None:
            return self._at_group_home(r, namesakes, ctx, f"region '{r.phrase}': not in gazetteer")
        place = replace(choice.entry.place, name=r.phrase, feature="region", precision=self._region_precision(
            r, choice.entry), geonames_id=None, population=None)
        return place, self._why(f"region '{r.phrase}' placed at its namesake town", choice), True

    def _seat_district(self, r: Reading, area: Entry) -> bool:
        """Is `area` a division holding a town of the name that a unit below districts is named after ("X township"
        beside the district or region X): the unit is the area of that seat town, not the division?"""
        word = fold(r.phrase).rsplit(" ", 1)[-1] if r.phrase else ""
        return word in self.terms.seat_unit_nouns and area.place.feature in DIVISION_FEATURES and any(
            _contains(area, t) for t in self.gazetteer.candidates(r.name, features=SETTLEMENT_FEATURES))

    def _region_precision(self, r: Reading, area: Entry) -> GeoPrecision:
        """A district the text names with its own word ("X district", "Y LGA", "Z township"; or its namesake town,
        the seat it is named after) where it is no container of another place, even when its own containers follow in
        brackets ("X upazila (Y, Z)"): ACLED's precision 2, placed at its point as a town is; else precision 3."""
        word = fold(r.phrase).rsplit(" ", 1)[-1] if r.phrase else ""
        named = area.place.feature in ("district", *SETTLEMENT_FEATURES) and not r.contains
        return GeoPrecision.NEAR if named and word in self.terms.district_nouns else GeoPrecision.REGION

    def _resolve_direction_region(self, r: Reading, ctx: _Context) -> tuple[Place | None, str, bool]:
        if r.start == r.end - len(r.phrase) and self.gazetteer.candidates(r.phrase):
            # the compass word is part of a known name ("North X" as a state's, a town's or a country's own name)
            return self._resolve_plain(replace(r, mode="plain", name=r.phrase, compass=None), ctx)
        full = self.gazetteer.candidates(r.phrase, features=AREA_FEATURES)
        if full:
            choice = self._choose(full, ctx, r.qualifier, r.start)
            assert choice is not None
            why = self._why(f"region '{r.phrase}'", choice)
            return replace(choice.entry.place, precision=GeoPrecision.REGION), why, True
        # "north-western X province" is the division X, not a town of that name
        divisions = self.gazetteer.candidates(r.name, features=AREA_FEATURES) if r.feature == "region" else []
        named = divisions or self.gazetteer.candidates(r.name) or self._cut_candidates(r)
        if r.feature == "region" and not divisions:  # "West X zone" with no division X: a town X only at home
            named = [e for e in self._in_evidence(named, None, ctx) if not self._unbacked(e, r, ctx)]
        choice = self._choose(named, ctx, r.qualifier, r.start)
        if choice is None:
            return None, f"'{r.phrase}': '{r.name}' not in gazetteer", False
        base = choice.entry
        if base.place.feature in AREA_FEATURES:
            # a compass part of an area ("northern X") lies at the area's own point, as a part of a town does: the
            # geoparsing corpora and ACLED (precision 3) place such a part at the area it names (GEO_DATA.md, round 59)
            area = base.place
            place = Place(name=r.phrase, latitude=area.latitude, longitude=area.longitude, country=area.country,
                          admin1=area.admin1 if area.feature != "country" else None, feature="region",
                          precision=GeoPrecision.REGION)
            return place, self._why(f"'{r.phrase}': {r.compass or 'C'} part of {area.name}", choice), True
        if ctx.backs_others_only(choice.entry.country_code, r.start):  # "West X (Z)": no town X abroad
            return None, f"'{r.phrase}': '{r.name}' only a town abroad", False
        place = replace(base.place, precision=GeoPrecision.NEAR)
        return place, self._why(f"'{r.phrase}': part of town", choice), True

    def _resolve_facility(self, r: Reading, ctx: _Context) -> tuple[Place | None, str, bool]:
        feature = r.feature or "facility"
        for lookup in (r.phrase, f"{r.name} {feature}"):
            named = [e for e in self.gazetteer.candidates(lookup) if e.is_facility]
            if named:
                choice = self._choose(named, ctx, r.qualifier, r.start)
                assert choice is not None
                return choice.entry.place, self._why(f"facility '{r.phrase}' in gazetteer", choice), True
        base = self._choose(self.gazetteer.candidates(r.name, features=(*SETTLEMENT_FEATURES, *AREA_FEATURES)),
                            ctx, r.qualifier, r.start)
        if base is None:
            return None, f"facility '{r.phrase}': '{r.name}' not in gazetteer", False
        children = self.gazetteer.children(base.entry, (feature,))
        if len(children) == 1:
            what = f"facility '{r.phrase}': the {feature} of {base.entry.place.name} in gazetteer"
            return children[0].place, self._why(what, base), True
        place = replace(base.entry.place, name=f"{base.entry.place.name} {feature}", feature=feature,
                        precision=GeoPrecision.NEAR, population=None)
        return place, self._why(f"facility '{r.phrase}' placed near {base.entry.place.name}", base), True

    def _resolve_facility_named(self, r: Reading, ctx: _Context) -> tuple[Place | None, str, bool]:
        feature = r.feature or "facility"
        parent = self._choose(self.gazetteer.candidates(r.parent_name or ""), ctx, None, r.start)
        local = replace(ctx, anchors=[*ctx.anchors, (-1, parent.entry.place)] if parent else ctx.anchors,
                        memo=None)
        named = [e for e in self.gazetteer.candidates(f"{r.name} {feature}") if e.is_facility]
        named = named or [e for e in self.gazetteer.candidates(r.name) if e.is_facility]
        if named:
            choice = self._choose(named, local, None, r.start)
            assert choice is not None
            return choice.entry.place, self._why(f"'{r.phrase}': facility in gazetteer", choice), True
        town = self._choose(self.gazetteer.candidates(r.name, features=SETTLEMENT_FEATURES), local, None, r.start)
        near_parent = parent is None or (town is not None
                                         and self.gazetteer.distance_km(town.entry.place, parent.entry.place)
                                         < self.limits.facility_town_km)
        if town is not None and near_parent:
            place = replace(town.entry.place, feature=feature, precision=GeoPrecision.NEAR, population=None)
            return place, self._why(f"'{r.phrase}': the {feature} at {town.entry.place.name}", town), True
        if parent is not None:
            place = replace(parent.entry.place, name=f"{r.name} ({feature})", feature=feature,
                            precision=GeoPrecision.NEAR, geonames_id=None, population=None)
            what = f"'{r.phrase}': {r.name} unknown, placed near {parent.entry.place.name}"
            return place, self._why(what, parent), True
        return None, f"'{r.phrase}': not in gazetteer", False

    def _resolve_road(self, r: Reading, ctx: _Context) -> tuple[Place | None, str, bool]:
        """A road between two towns ("the X-Y highway"): the hyphenated name when the gazetteer knows it, else
        near its first town (its second when the first is unknown), at a coarser precision."""
        whole = f"{r.name}-{r.parent_name}"
        for name in (whole, r.name, r.parent_name or ""):
            if not self.gazetteer.candidates(name):
                continue
            place, why, confident = self._resolve_plain(replace(r, mode="plain", name=name, strong=True), ctx)
            if place is not None:
                precision = GeoPrecision(max(place.precision, GeoPrecision.NEAR, key=int))
                return replace(place, precision=precision), f"road '{r.phrase}': near {name}; {why}", confident
        return None, f"road '{r.phrase}': neither town in gazetteer", False

    def _resolve_near(self, r: Reading, ctx: _Context) -> tuple[Place | None, str, bool]:
        place, why, confident = self._resolve_plain(replace(r, strong=True, mode="plain"), ctx, point=True)
        if place is None:
            return None, why, False
        return *_read_as(r, place, why), confident

    def _resolve_offset(self, r: Reading, ctx: _Context) -> tuple[Place | None, str, bool]:
        place, why, confident = self._resolve_plain(replace(r, strong=True, mode="plain"), ctx, point=True)
        if place is None or r.offset_km is None or r.compass is None:
            return place, why, confident
        return *_read_as(r, place, why), confident

    def _read_pairs(self, text: str, resolved: list[tuple[Reading, Place | None, str]]
                    ) -> list[tuple[Reading, Place | None, str]]:
        """"X, 40 km east of Y", "X, a village north of Y": a name and the one it is measured from, each read
        at the namesake that agrees with the statement when the two chosen do not (see geo_pairs)."""
        out = list(resolved)
        for i in range(1, len(out)):
            (x, x_place, _), (y, y_place, _) = out[i - 1], out[i]
            gap = text[x.end:y.start]
            if (x_place is None or y_place is None or x.mode not in _PAIRED_MODES or y.mode not in _PAIRED_MODES
                    or re.search(r"[.;!?\n]", gap) or not self.terms.described_after.match(text[x.end:])):
                continue
            stated = stated_relation(gap, self.terms)
            xs, ys = self.gazetteer.candidates(x.name), self.gazetteer.candidates(y.name)
            x_now = next((e for e in xs if e.place.geonames_id == x_place.geonames_id), None)
            y_now = next((e for e in ys if e.place.geonames_id == y_place.geonames_id), None)
            if stated is None or x_now is None or y_now is None:
                continue
            pair = agreeing_pair(xs, ys, (x_now, y_now), stated, self.limits)
            if pair is None:
                continue
            told = f"'{x.name}' {gap.strip(', ')} '{y.name}': the namesakes that agree"
            for at, reading, entry in ((i - 1, x, pair[0]), (i, y, pair[1])):
                if entry in (x_now, y_now):
                    continue
                named = f"{told} ({entry.place.name}, {entry.place.country})"
                out[at] = (reading, *_read_as(reading, entry.place, named))
        return out

    # --- ranking -------------------------------------------------------------------------

    def _choose(self, entries: list[Entry], ctx: _Context, qualifier: str | None, span_start: int) -> _Choice | None:
        if not entries:
            return None
        if ctx.memo is None:
            return self._rank(entries, ctx, qualifier, span_start)
        # in a settled context every span of one name sees the same evidence: rank each name once
        key = (ctx.names.get(span_start), qualifier, tuple(e.id for e in entries))
        if key not in ctx.memo:
            ctx.memo[key] = (self._rank(entries, ctx, qualifier, span_start),
                             self.trace.get(span_start) if self.trace is not None else None)
        choice, traced = ctx.memo[key]
        if self.trace is not None and traced is not None:
            self.trace[span_start] = traced
        return choice

    def _rank(self, entries: list[Entry], ctx: _Context, qualifier: str | None, span_start: int) -> _Choice:
        qual = self._qualifier_places(qualifier)
        inside = [e for e in entries if any(_contains(q, e) for q in qual)]
        entries = inside or entries
        container = (f"qualifier '{qualifier}': {len(inside)} of the candidates lie in it",) if inside else ()
        top_pop = max((e.place.population or 0) for e in entries)
        seats = _division_seats(entries, self.limits.min_seat_share)
        beside = _division_seats(entries, 0.0) - seats  # divisions kept beside a small town of their name
        entries = [e for e in entries if e.id not in seats]  # "X" is the city; "X district" says so
        scored = []
        others = ctx.others(span_start)
        given = (qual, ctx.shares(span_start), others, radian_points((p.latitude, p.longitude) for p in others),
                 {(p.country, p.admin1) for p in others if p.admin1})
        has_town = any(e.place.feature in SETTLEMENT_FEATURES for e in entries)
        for entry in entries:
            features = self._features(entry, ctx, given, span_start, (len(entries), top_pop, has_town))
            scored.append((self.ranker.score(features), entry, features))
        scored.sort(key=lambda t: (-t[0], t[1].id))
        best_score, best, features = scored[0]
        if self.trace is not None:
            self.trace[span_start] = [(e, f) for _, e, f in scored]
        rivals = [s for s, e, _ in scored[1:] if e.country_code != best.country_code
                  or haversine_km(e.place.latitude, e.place.longitude, best.place.latitude, best.place.longitude)
                  > self.limits.rival_km]
        margin = best_score - rivals[0] if rivals else 99.0
        town = next((e for e in entries if e.place.feature in SETTLEMENT_FEATURES and e.weight >= PRIMARY_WEIGHT
                     and _contains(best, e)), None) if best.id in beside else None
        return _Choice(best, best_score, (*container, *self.ranker.reasons(features)), len(scored), margin, features,
                       town)

    @staticmethod
    def _points_first(entries: list[Entry], r: Reading, ctx: _Context) -> list[Entry]:
        """Near a name ("around X", "10 km north of X") is near a point: a division of the name gives way to a
        town of it unless the text backs the division's country more (countries stay; an armed group's home is no
        such backing: groups strike across borders)."""
        towns = [e for e in entries if e.place.feature not in AREA_FEATURES]
        share = ctx.shares(r.start, actors=False)
        best = max((share(t.country_code) for t in towns), default=None)
        return [e for e in entries if best is None or e.place.feature not in ("region", "district")
                or share(e.country_code) > best]

    def _as_container(self, r: Reading, entries: list[Entry]) -> list[Entry]:
        """The candidates of a name written as the container of others ("X town (X Z, Y)", Z a division word):
        the countries and divisions that hold one of their candidates when there are any ("Y" the division, not its
        seat); all of them otherwise."""
        if not r.contains:
            return entries
        return self._holding(r, [e for e in entries if e.place.feature in CONTAINER_FEATURES]) or entries

    def _holding(self, r: Reading, areas: list[Entry]) -> list[Entry]:
        """The areas that hold a candidate of a name `r` is the container of."""
        inner = [e for name in r.contains for e in self.gazetteer.candidates(name)]
        return [a for a in areas if any(_contains(a, i) for i in inner)]

    def _in_named_countries(self, entries: list[Entry], ctx: _Context) -> list[Entry]:
        """When the text names its countries and one of them has a place of this name, namesakes in countries
        the text never names are out unless they are very large (a district town that shares a city's name
        abroad, in a report on its own country); a text that names no country speaks through its armed groups'
        home countries ("the insurgents of X raided Y")."""
        named, floor = (ctx.named, self.limits.abroad_evidence) if sum(ctx.named.values()) else (
            ctx.actors, self.limits.actor_evidence)
        if sum(named.values()) < floor or not any(named[e.country_code] for e in entries):
            return entries
        return [e for e in entries if named[e.country_code] or not e.country_code
                or (e.place.population or 0) >= self.limits.min_population_alone]

    def _unbacked(self, entry: Entry, r: Reading, ctx: _Context) -> bool:
        """A division, or a town not well known, of a country none of the text's names that mean one country only
        says while they say others (`sure_of_others`; no demonym's or actor's; for a second-level division any of the
        text's places, cities too, none a namesake of its country's: `_backed_abroad`), or beyond the homes of the
        text's armed groups and their neighbours (`_far_from_homes`), and no other evidence backs, with no container
        written: a namesake abroad."""
        code = entry.country_code
        return bool(code) and not r.qualifier and not entry.is_curated and not (
            self.gazetteer.country_named(r.name)) and (  # a country's own name is that country, never a namesake
            self._minor(entry) and (ctx.sure_of_others(code, r.start) and ctx.backs_others_only(code, r.start)
                                    or entry.place.feature == "district" and self._backed_abroad(code, r, ctx)
                                    or self._far_from_homes(entry, r, ctx))
            or self._loose_abroad(entry, r.name) and self._far_from_homes(entry, r, ctx))

    def _backed_abroad(self, code: str, r: Reading, ctx: _Context) -> bool:
        """Do the text's other names back other countries than `code` and none `code` (`backs_others_only`), none of
        them a frequent word ("East") or a name `code` has a place of too ("Paris" beside a county backs France only as
        a namesake might)?"""
        others = set(ctx.names.values()) - {ctx.names.get(r.start)}
        return ctx.backs_others_only(code, r.start) and not any(
            name in others and any(cc != code for cc in given) and (self._frequent(name) or any(
                e.country_code == code for e in self.gazetteer.candidates(name)))
            for name, given in ctx.by_name.items())

    def _at_group_home(self, r: Reading, entries: list[Entry], ctx: _Context, why: str
                       ) -> tuple[Place | None, str, bool]:
        """A name whose every candidate lies beyond the homes of the text's armed groups (`_far_from_homes`): at their
        one home country, under its own name (ACLED precision 3); else no place."""
        home = self.gazetteer.country(next(iter(ctx.homes))) if entries and len(ctx.homes) == 1 and all(
            self._far_from_homes(e, r, ctx) for e in entries) else None
        if home is None:
            return None, why, False
        return _named_at(r.name, home), f"{why}; placed in {home.name}, home of the text's armed groups", False

    def _minor(self, entry: Entry) -> bool:
        """Is a candidate a division or a town not well known (min_population_known_town)?"""
        feature, pop = entry.place.feature, entry.place.population or 0
        return feature in DIVISION_FEATURES or (
            feature not in AREA_FEATURES and pop < self.limits.min_population_known_town)

    def _far_from_homes(self, entry: Entry, r: Reading, ctx: _Context) -> bool:
        """Are the text's armed groups all at home in other countries than `entry`'s (`_strayed`), while nothing but
        the name itself backs its country nor holds another name ("X, Y": Y)?"""
        return bool(ctx.homes) and not r.contains and not ctx.shares(r.start, actors=False)(
            entry.country_code) and _strayed(entry, ctx.homes)

    def _at_home(self, entries: list[Entry], r: Reading, ctx: _Context) -> _Choice | None:
        """The ranker's choice of a name's candidates; when it is a namesake abroad (`_unbacked`) and a candidate
        lies in a country the text backs, the choice among those."""
        qualifier = self._chain_qualifier(r)
        choice = self._choose(entries, ctx, qualifier, r.start)
        if choice is None or not self._unbacked(choice.entry, r, ctx):
            return choice
        home = [e for e in entries if not self._unbacked(e, r, ctx)]
        return self._choose(home, ctx, qualifier, r.start) if home else choice

    def _chain_qualifier(self, r: Reading) -> str | None:
        """The container a name is written with that names a country or division: its own ("X, Y"), else the first
        such container of it ("X (Y, Z)" with no division Y, or only one in another country than Z: Z decides between
        namesakes of X)."""
        outer = {o.country_code for name in r.outer for o in self._qualifier_places(name)}
        return next((q for q in (r.qualifier, *r.outer) if any(
            q in r.outer or not outer or p.country_code in outer for p in self._qualifier_places(q))), r.qualifier)

    def _word_country(self, phrase: str | None) -> str | None:
        """The country whose own division word ends `phrase` ("X upazila", "Y woreda"), if any."""
        return self.terms.division_countries.get(fold(phrase).rsplit(" ", 1)[-1]) if phrase else None

    def _qualifier_places(self, qualifier: str | None) -> list[Entry]:
        """Countries and divisions an explicit container names ("X, Y province", "X, " and a state's abbreviation); a
        country's name may be a division's too ("X (Y)", Y a state's and a country's name); with one country's own
        division word ("Y upazila") only that country's."""
        own = self._word_country(qualifier)
        return [e for e in self._named_containers(qualifier) if own in (None, e.country_code)]

    def _named_containers(self, qualifier: str | None) -> list[Entry]:
        """The countries and divisions of `_qualifier_places`, in any country."""
        if not qualifier:
            return []
        found = self.gazetteer.candidates(qualifier, features=CONTAINER_FEATURES, qualifier=True)
        if not found and (short := strip_region_suffix(qualifier)) != qualifier:
            # "X Province" for the division X when no division is known by the whole name (which is never a
            # namesake that lacks the word: "Y in Niger State" is not in the country Niger, nor in a district Niger)
            found = self.gazetteer.candidates(short, features=DIVISION_FEATURES, qualifier=True)
        countries = [e for code in self.gazetteer.country_codes(qualifier)
                     if (e := self.gazetteer.entry_of_country(code)) is not None]
        if not countries:
            head, hyphen, compass = qualifier.rpartition("-")
            if not found and hyphen and compass.lower() in self.terms.directions:
                # "Y-North": a part of division Y, named the way coders write a division they split
                return [e for e in self._named_containers(head) if e.place.feature in DIVISION_FEATURES]
            if not found and " " in qualifier and not self.gazetteer.candidates(qualifier):
                # "X (West Y Z)", a name unknown as a whole: the country or province that ends it
                tail = qualifier.split(None, 1)[1]
                if tail[0].isupper() and tail.split()[0].lower() not in self.terms.directions:
                    return [e for e in self._named_containers(tail) if e.place.feature in ("country", "region")]
            return found
        return [*countries, *(e for e in found if e.place.feature != "country")]

    def _container_fallback(self, r: Reading, choice: _Choice | None,
                            ctx: _Context) -> tuple[Place | None, str, bool] | None:
        """A name the text places in a container ("X, Y district", "X (Y, Z province)", the first known of a
        chain of containers) that the gazetteer has nowhere in that container: the container itself, at ACLED
        precision 2 (district) or 3, never a namesake elsewhere. None when the container does not apply (no
        container, the choice is inside it, or the choice is a well-known place and the 'container' was
        something else, or a possessive that may open a person's name: "Y's Z", Z a person)."""
        if r.possessive:
            return None
        # "(X district, ...)" with no such division: the area around the town it names
        towns = self._container_towns(r.qualifier, choice, ctx) if r.qualifier else []
        containers = self._qualifier_places(r.qualifier) or towns
        named = containers  # the writer's own container, before its outer ones judge it
        outer = [q for name in r.outer for q in self._qualifier_places(name)]
        if outer:
            # "X (Y, Z)", "X in Y district, Z province": Z holds Y, so a namesake Y outside Z is no container; in
            # brackets, with no Y inside Z (or Y unknown), Z holds X
            inside = [c for c in containers if any(_contains(o, c) for o in outer)]
            containers = inside or (outer if r.bracketed else containers)
        for name in r.outer:  # "X, Y, Z" with Y unknown: Z holds X too
            containers = containers or self._qualifier_places(name)
        if not containers:
            own = self._word_country(r.qualifier)
            if choice is None or own in (None, choice.entry.country_code):
                return None
            abroad = choice.entry.place  # "X in Y upazila": never a namesake outside the country the word names
            why = f"'{r.name}': gazetteer has only {abroad.name}, {abroad.country}; '{r.qualifier}' is not there"
            return None, why, False
        if choice is not None:
            entry = choice.entry
            # "X (Y, Z)", Y and Z of one country though the gazetteer files Y outside Z: Y still holds X; and a town of
            # a division's country on its edge (the gazetteer files it next door) lies in it
            inner = [c for c in named if any(o.country_code == c.country_code for o in outer)]
            if any(_contains(c, entry) or self._beside(c, entry) or self._on_edge(c, entry)
                   for c in (*containers, *towns)):
                return None
            # "X (Y, Z)": the text's own X lies near district Y (its own district unknown), or in Z when Y is no
            # district
            districts = [c for c in containers if c.place.feature == "district"]
            if fold(r.name) in self._spellings(entry) and any(
                    _contains(c, entry) or self._in_district(c, entry) for c in (*(districts or outer), *inner)):
                return None
            well_known = (entry.place.feature in AREA_FEATURES
                          or (entry.place.population or 0) >= self.limits.min_population_known_town)
            said = r.qualifier is not None and strip_region_suffix(r.qualifier) != r.qualifier
            chained = r.bracketed and (r.contains or r.outer)  # "X (Y, Z)": a chain of containers in brackets
            if well_known and entry.weight >= PRIMARY_WEIGHT and not chained and not said:
                # "In X, Y said..." (Y a country): the comma did not introduce a container; in a bracketed chain of
                # containers ("X (Y, Z)"), or before a division written as one ("X, Y state"), it did
                return None
            kept = self._in_evidence(containers, entry.country_code, ctx)
            if not kept and ctx.share(entry.country_code, r.start) > 0:
                return None  # a namesake container abroad: the choice in a country the text is about stays
            containers = kept or containers
        else:  # a name the gazetteer lacks: its container in a country the text is about, never a namesake abroad
            containers = self._in_evidence(containers, None, ctx) or containers
        best = self._choose(self._holding(r, containers) or containers, ctx, None, -1)
        assert best is not None
        container = best.entry.place
        near = container.feature in ("district", *SETTLEMENT_FEATURES)
        precision = GeoPrecision.NEAR if near else GeoPrecision.REGION
        found = (f"gazetteer has only {choice.entry.place.name}, {choice.entry.place.country}" if choice
                 else "not in gazetteer")
        why = (f"'{r.name}': {found}; placed at {container.name} ({container.feature}) named with it, "
               f"precision {int(precision)}")
        return replace(container, precision=precision), why, True

    def _beside(self, town: Entry, entry: Entry) -> bool:
        """Does `entry` lie in the area of a container town ("X (Y, Z)" with Y a town, not a division)?"""
        return (town.place.feature in SETTLEMENT_FEATURES
                and self.gazetteer.distance_km(town.place, entry.place) <= self.limits.container_town_km)

    def _on_edge(self, area: Entry, entry: Entry) -> bool:
        """Does town `entry`, of division `area`'s country, lie within `container_edge_km` of a town the gazetteer
        files in `area` (a town by a border between divisions, filed under the one next door)?"""
        place = area.place
        if (place.feature not in DIVISION_FEATURES or area.country_code != entry.country_code or not place.admin1
                or entry.place.feature not in SETTLEMENT_FEATURES):
            return False
        towns = self._edges.get_or(area.id, lambda: radian_points(self.gazetteer.town_points(
            area.country_code, place.admin1, admin2=place.name if place.feature == "district" else None)))
        near = nearest_km(entry.place.latitude, entry.place.longitude, towns) if towns else math.inf
        return near <= self.limits.container_edge_km

    def _in_district(self, district: Entry, entry: Entry) -> bool:
        """Might `entry` lie in `district`: the gazetteer knows no district of it (most villages have none), it is
        in the district's province and within `container_town_km` of its point?"""
        place = district.place
        return (place.feature == "district" and not entry.admin2 and bool(place.admin1)
                and district.country_code == entry.country_code and place.admin1 == entry.place.admin1
                and self.gazetteer.distance_km(place, entry.place) <= self.limits.container_town_km)

    def _container_towns(self, qualifier: str, choice: _Choice | None, ctx: _Context) -> list[Entry]:
        """Towns a container names ("X (Y district, Z)" with no division Y, read as the area around the town):
        those in the countries the text gives evidence for (a country, a division, a town it names) or in the
        choice's own, never a namesake abroad."""
        *words, last = qualifier.split()  # "Y township", "Y tehsil": any division word, not only a division's suffix
        name = " ".join(words) if words and fold(last) in self.terms.region_nouns else strip_region_suffix(qualifier)
        own = self._word_country(qualifier)
        towns = [t for t in self.gazetteer.candidates(name, features=SETTLEMENT_FEATURES)
                 if own in (None, t.country_code)]
        return self._in_evidence(towns, choice.entry.country_code if choice is not None else None, ctx)

    @staticmethod
    def _in_evidence(places: list[Entry], own: str | None, ctx: _Context) -> list[Entry]:
        """The places in a country the text gives evidence for (a country, division or town it names), or in
        `own` (the country of the name's own best candidate)."""
        return [p for p in places if ctx.countries[p.country_code] > 0 or p.country_code == own]

    def _features(self, entry: Entry, ctx: _Context, given: tuple[list[Entry], Callable[[str], float], list[Place],
                                                                  list[tuple[float, float, float]],
                                                                  set[tuple[str | None, str]]],
                  span_start: int, counts: tuple[int, int, bool]) -> dict[str, float]:
        """The ranker's features of one candidate; `given`: the container candidates, the country shares and the
        text's other places (also as radian points, and as their countries' and divisions' names), the same for every
        candidate of the name; `counts`: how many candidates, the largest population among them, whether one of them
        is a populated place."""
        qual, share, others, points, held = given
        n, top_pop, has_town = counts
        place = entry.place
        pop = place.population or 0
        feature = place.feature
        code = entry.country_code
        f = dict(self._entry_features(entry))
        f.update({
            "country_share": share(code) if code else 0.0,
            "country_named": float(bool(code) and ctx.named_beside(code, span_start)),
            "region_named": float((code, place.admin1 or "") in ctx.regions and feature != "region"),
            "largest_population": float(pop == top_pop and pop > 0),
            "same_spelling": float(ctx.names.get(span_start, "") in self._spellings(entry)),
            "demonym_only": float(bool(code) and ctx.demonyms[code] > 0 and ctx.countries[code] <= ctx.demonyms[code]),
            "log_candidates": math.log10(n),
            "division_beside_town": float(has_town and feature in ("region", "district")),
        })
        if feature not in _WIDE_FEATURES:
            f["names_near"] = math.log2(1 + self._names_near(place, ctx, span_start)) if ctx.cells else 0.0
            f["division_holds_anchor"] = float((place.country, place.admin1) in held)
        if qual:
            inside = any(_contains(q, entry) for q in qual)
            f["qualifier_match"] = float(inside)
            f["qualifier_mismatch"] = float(not inside)
        if feature in AREA_FEATURES:
            f["contains_anchor"] = float(any(_contains_place(entry, p) for p in others))
            return f
        if points:
            closest = nearest_km(place.latitude, place.longitude, points)
            f["near_100km"] = float(closest <= 100)
            f["near_300km"] = float(closest <= 300)
            f["log_anchor_km"] = math.log10(1 + closest)
        else:
            f["no_anchor"] = 1.0
        return f

    def _entry_features(self, entry: Entry) -> dict[str, float]:
        """The features of a candidate that do not depend on the text (cached by entry and the weight of the name it
        was found by: one place looked up by its own name and by a variant differs in `exact_name`)."""
        return self._static.get_or((entry.id, entry.weight), lambda: self._text_free_features(entry))

    def _text_free_features(self, entry: Entry) -> dict[str, float]:
        pop, feature = entry.place.population or 0, entry.place.feature
        return {
            # a division's population sums its towns': not comparable with a town's own
            "log_population": 0.0 if feature in AREA_FEATURES else math.log10(pop + 1),
            "log_area_population": math.log10(pop + 1) if feature in AREA_FEATURES else 0.0,
            # log_population reads an unknown population as one person; the fit weighs "unknown" apart
            "population_unknown": float(not pop and feature not in AREA_FEATURES and not entry.is_facility),
            "is_country": float(feature == "country"),
            "is_region": float(feature == "region"),
            "is_district": float(feature == "district"),
            "is_continent": float(feature == "continent"),
            "is_world_region": float(feature == "world region"),
            "is_facility": float(entry.is_facility),
            "exact_name": float(entry.weight >= CURATED_WEIGHT),
            "curated": float(entry.is_curated),
            "is_capital": float(self.gazetteer.is_capital(entry)),
        }

    def _spellings(self, entry: Entry) -> frozenset[str]:
        """The folded spellings of an entry: its name and aliases."""
        place = entry.place
        return self._spelled.get_or(entry.id, lambda: frozenset(fold(n) for n in (place.name, *place.aliases)))

    def _plausible(self, choice: _Choice, r: Reading, ctx: _Context) -> bool:
        """Is a name NER did not call a place one? The fitted acceptance model when the weights file has one."""
        entry = choice.entry
        if entry.is_facility:
            return True
        if self._is_actor(r.name):
            return False  # an armed group's or party's name is not the village that shares it
        pop = entry.place.population or 0
        curated = entry.is_curated
        in_ctx = ctx.share(entry.country_code, r.start) > 0
        cue = r.cue or r.qualifier or (r.mode == "part" and r.head)  # "X University": X, its town
        held = any(_contains(q, entry) for q in self._qualifier_places(r.qualifier))  # "X, Y": Y holds this X
        if cue and (in_ctx or held or pop >= self.limits.min_population_with_cue or curated or r.settled and not (
                ctx.backs_others_only(entry.country_code, r.start))):  # "the village of X": a village, if nowhere else
            # kept beside the fitted model: the public corpora have few "the town of X" in conflict zones,
            # and the model learnt from them drops small towns that conflict reports name with a cue
            return True
        if self.accept_trace is not None:  # the names the model decides (or would) are its training samples
            self.accept_trace.append((r.start, r.end, _acceptance_features(choice, r, ctx), choice.entry.place))
        if self.ranker.accept:
            return self.ranker.accepts(_acceptance_features(choice, r, ctx))
        if cue:
            return False
        if r.label == "PERSON":
            # a name NER read as a person is a place only in a country the text is about
            return " " not in r.name and in_ctx and (pop >= self.limits.min_population_in_context or curated)
        settlement = entry.place.feature in SETTLEMENT_FEATURES
        limits = self.limits
        return ((in_ctx and (pop >= limits.min_population_in_context or curated))
                or (settlement and pop >= limits.min_population_alone))

    def _abroad(self, choice: _Choice, r: Reading, ctx: _Context) -> bool:
        """A small town of another country when the text is about named countries; a division or a town not well
        known (`_unbacked`), or a town named by a word of a longer name or by a GeoNames alias (another language's
        spelling) of a town not well known, in a country the text gives no evidence for while it gives some for
        others: a false pin (a village in a report on its own country is not a town of that name abroad), unless a
        candidate of another of the text's names lies beside it (a local story's towns, read together)."""
        entry = choice.entry
        if entry.place.feature not in _WIDE_FEATURES and self._names_near(entry.place, ctx, r.start):
            return False
        if self._unbacked(entry, r, ctx):
            return True
        if r.qualifier or entry.is_curated or entry.place.feature in AREA_FEATURES:
            return False
        pop = entry.place.population or 0
        if ctx.backs_others_only(entry.country_code, r.start):
            if r.mode == "part" or (entry.weight < CURATED_WEIGHT and pop < self.limits.min_population_known_town):
                return True  # a word of a longer name, or a GeoNames alias of a town that is not well known
        if self._loose_abroad(entry, r.name) and not ctx.share(entry.country_code, r.start) and ctx.backs_others_only(
                entry.country_code, r.start):  # not even an actor's home backs it: "Boni" beside "Malian" is no Bonn
            return True
        if sum(ctx.named.values()) < self.limits.abroad_evidence:
            return False  # one demonym ("D troops retook X") does not say where the story is
        return ctx.named[entry.country_code] == 0 and pop < self.limits.min_population_abroad

    def _loose_abroad(self, entry: Entry, name: str) -> bool:
        """Is a town no world city (min_population_alone) matched by a looser spelling than its own: a GeoNames alias
        (another language's name) or the spelling-tolerant key ("Bambo" for "Bamboo")? Such a match abroad is no
        answer in a text whose countries, demonyms or actors' homes are others."""
        return entry.place.feature not in AREA_FEATURES and not entry.is_curated and (
            entry.place.population or 0) < self.limits.min_population_alone and (
            entry.weight < CURATED_WEIGHT or fold(name) not in self._spellings(entry))

    def _why(self, what: str, choice: _Choice) -> str:
        place = choice.entry.place
        parts = [what, f"chose {place.name}, {place.country} ({place.feature})"]
        parts += list(choice.reasons)
        if place.feature not in FACILITY_FEATURES:
            parts.append(_fmt_pop(place.population))
        parts.append(f"{choice.n} candidate{'s' if choice.n != 1 else ''}")
        if choice.entry.parent_id and (parent := self.gazetteer.parent(choice.entry)):
            parts.append(f"part of {parent.place.name}")
        return "; ".join(parts)

def _named_after(text: str, end: int, starts: set[int]) -> bool:
    """Does a place name follow right after `end` ("the capital, X", "the capital X", "capital #X")?"""
    gap = _NAME_GAP.match(text, end)
    return gap is not None and gap.end() in starts


def _strayed(entry: Entry, homes: Iterable[str]) -> bool:
    """Does a candidate other than a province or state (known abroad) lie in none of the countries `homes` nor their
    neighbours?"""
    code = entry.country_code
    return entry.place.feature != "region" and not any(
        code == home or code in country_neighbours().get(home, ()) for home in homes)


def _named_at(name: str, area: Place) -> Place:
    """A place the gazetteer lacks at the point of another, under its own name, at ACLED precision 2 in a district or
    beside a town, else 3."""
    precision = GeoPrecision.NEAR if area.feature in ("district", *SETTLEMENT_FEATURES) or (
        area.precision == GeoPrecision.NEAR) else GeoPrecision.REGION  # "X township" at its namesake town
    return replace(area, name=name, feature="populated place", precision=precision, geonames_id=None, population=None,
                   aliases=(), bbox=None)


def _read_as(r: Reading, place: Place, why: str) -> tuple[Place, str]:
    """A gazetteer place as the reading's phrase places it: near it ("around X") or offset from it ("40 km
    east of X"), with the reason."""
    if r.mode == "offset" and r.offset_km is not None and r.compass is not None:
        lat, lon = destination(place.latitude, place.longitude, compass_degrees(r.compass), r.offset_km)
        moved = replace(place, latitude=round(lat, 5), longitude=round(lon, 5), precision=GeoPrecision.NEAR)
        return moved, f"'{r.phrase}': offset {r.offset_km:.0f} km {r.compass} of {place.name}; {why}"
    if r.mode == "near":
        return replace(place, precision=GeoPrecision(max(place.precision, GeoPrecision.NEAR, key=int))), \
            f"'{r.phrase}': near; {why}"
    return place, why


def _drop_overlaps(readings: list[Reading]) -> list[Reading]:
    """Keep the longest reading where spans overlap (e.g. 'X International Airport' over 'X')."""
    readings = sorted(readings, key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[Reading] = []
    for r in readings:
        if kept and r.start < kept[-1].end:
            if (r.end - r.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = r
            continue
        kept.append(r)
    return kept


def _weak_capitals(doc: Doc) -> frozenset[int]:
    """Starts of the words whose capital says nothing of a name: a sentence's first word, and every word of a
    headline (a sentence whose words of `_HEADLINE_WORD` letters or more all open with a capital)."""
    starts = {t.idx for t in doc if t.is_sent_start}
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha and len(t) >= _HEADLINE_WORD]
        if len(words) > 1 and all(t.text[0].isupper() for t in words):
            starts.update(t.idx for t in sent)
    return frozenset(starts)


def _coordinated(readings: list[Reading], doc: Doc) -> dict[int, frozenset[int]]:
    """For each name, the starts of the other names coordinated with it ("X and Y", "X, Y and Z"): a token of one
    is a conjunct of a token of the other in the parse, or of a phrase the other's verb governs, as when the verb
    is left out of the second clause ("attacked X on Sunday and Y on Tuesday": Y a conjunct of "Sunday")."""
    at = {t.idx: r.start for r in readings for t in doc.char_span(r.start, r.end, alignment_mode="expand") or ()}
    out: dict[int, frozenset[int]] = {}
    for r in readings:
        span = doc.char_span(r.start, r.end, alignment_mode="expand") or ()
        partners = [p for t in span for c in t.conjuncts for p in (c, *_gapped_objects(c, at))]
        others = {at[p.idx] for p in partners if p.idx in at} - {r.start}
        if others:
            out[r.start] = frozenset(others)
    return out


def _gapped_objects(token: Token, names: dict[int, int]) -> list[Token]:
    """The direct objects of the verb a prepositional phrase's object hangs on ("attacked X on Sunday": X for
    "Sunday"), when the token is no name itself."""
    if token.idx in names or token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.head.pos_ != "VERB":
        return []
    return [c for c in token.head.head.children if c.dep_ == "dobj"]


def _acceptance_features(choice: _Choice, r: Reading, ctx: _Context) -> dict[str, float]:
    """What says that a name NER did not call a place is one (see geo_rank.ACCEPT_FEATURES)."""
    place = choice.entry.place
    # how far the name's rarest word is above a common word's frequency: a name that spells a rarer word (most
    # towns' names, short ones too) is not penalised for it, a common word ("Time", "Hope") is, above all where a
    # capital says nothing of a name
    excess = max(0.0, min(map(word_zipf, _WORD.findall(r.name)), default=0.0) - _COMMON_ZIPF)
    return {
        "log_population": math.log10((place.population or 0) + 1),
        "is_area": float(place.feature in AREA_FEATURES),
        "curated": float(choice.entry.is_curated),
        "in_context": float(ctx.share(choice.entry.country_code, r.start) > 0),
        "unplaced": float(ctx.unplaced(r.start)),
        "sole_name": float(ctx.sole_name()),
        "beside_place": float(any(start in ctx.placed for start in ctx.coordinated.get(r.start, ()))),
        "in_division": float(any(choice.features.get(n) for n in _HOLDS_ANOTHER) or (
            place.feature != "region" and ctx.region_named_beside((choice.entry.country_code, place.admin1 or ""),
                                                                  r.start))),
        "country_share": ctx.share(choice.entry.country_code, r.start),
        "cue": float(r.cue),
        "qualifier": float(r.qualifier is not None),
        "place_head": float(r.head),
        "hashtag": float(r.hashtag),
        "name_part": float(r.mode == "part"),
        "hyphenated": float(r.hyphenated),
        "ner_person": float(r.label == "PERSON"),
        "ner_org": float(r.label == "ORG"),
        "ner_other": float(r.label not in ("", "PERSON", "ORG")),
        "multiword": float(" " in r.name),
        "all_caps": float(r.name.isupper()),
        "common_word": excess,
        "weak_capital_common_word": excess if r.start in ctx.weak_capitals else 0.0,
        "exact_name": float(choice.entry.weight >= CURATED_WEIGHT),
        "log_candidates": math.log10(choice.n),
        "margin": min(choice.margin, 10.0),
    }


def _division_seats(entries: list[Entry], share: float) -> set[int]:
    """Ids of the divisions named after a town inside them that is also a candidate ("X" the district
    beside the city X): a bare name means the town, as in ACLED's and GeoNames' usage, unless the town holds
    under `share` of the division's people (a province named after a small town of it: the bare name is the
    province); a region word ("X district", "X oblast") is read as a region and looks among areas only."""
    divisions = [e for e in entries if e.place.feature in CONTAINER_FEATURES and e.place.feature != "country"]
    # a first-level division gives way only to a town that bears the name as its own (a state and its largest
    # city of one name: the bare name is the state, whatever the city's aliases say); a district gives way to its
    # seat under any spelling; the share counts only for a town that bears the name as its own, of known population
    return {d.id for d in divisions
            if any(t.place.feature in SETTLEMENT_FEATURES and _contains(d, t)
                   and (t.weight >= PRIMARY_WEIGHT or d.place.feature == "district")
                   and (t.weight < PRIMARY_WEIGHT
                        or (t.place.population or math.inf) >= share * (d.place.population or 0)) for t in entries)}


def _filed_from(entries: list[Entry]) -> list[Entry]:
    """A dateline names the town a report is filed from: of its candidates, an area holding a town of its name (a
    city-state, a country or strip named like its capital) yields to that town; none when no area yields."""
    towns = [e for e in entries if e.place.feature in SETTLEMENT_FEATURES]
    held = [a for a in entries if a.place.feature in AREA_FEATURES and any(_contains(a, t) for t in towns)]
    return [e for e in entries if e not in held] if held else []


def _contains(container: Entry, entry: Entry) -> bool:
    """True when `entry` lies in the country or division `container` (by codes, else by footprint)."""
    if not container.country_code or container.country_code != entry.country_code:
        return _in_box(container.place, entry.place) if not container.country_code else False
    if container.place.feature == "country":
        return entry.id != container.id
    if container.place.feature == "region":
        return entry.place.admin1 == container.place.admin1 and entry.id != container.id
    if container.place.feature == "district":
        return entry.admin2 == container.place.name and entry.place.admin1 == container.place.admin1
    return False


def _contains_place(area: Entry, place: Place) -> bool:
    """True when a resolved place lies in an area candidate (country, division, continent, world region)."""
    feature = area.place.feature
    if feature == "country":
        return place.country == area.place.country and place.feature != "country"
    if feature in ("region", "district"):
        return place.country == area.place.country and place.admin1 == area.place.admin1 and place.feature not in (
            "region", "country")
    return place.feature != feature and _in_box(area.place, place)


def _in_box(area: Place, place: Place) -> bool:
    if area.bbox is None:
        return False
    south, west, north, east = area.bbox
    lon = place.longitude
    inside_lon = west <= lon <= east if west <= east else (lon >= west or lon <= east)
    return south <= place.latitude <= north and inside_lon
