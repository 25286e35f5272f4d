"""The geocoder's word lists (data/geo_terms.yaml, data/demonyms.csv, the peoples of
data/identity_militias.yaml), validated and compiled."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from frontwatch.errors import GazetteerError
from frontwatch.language import read_yaml, word_book
from frontwatch.resolve.geo_names import fold
from frontwatch.resolve.geo_sources import read_abbreviations
from frontwatch.resolve.numbers import spelled_number_pattern

_LIST_KEYS = ("facility_modifiers", "region_words", "district_words", "near_phrases", "central_words", "place_cues",
              "settlement_nouns", "region_plurals", "place_heads", "apposition_articles", "apposition_links",
              "container_links", "road_words", "seat_nouns", "seat_modifiers", "seat_not_before",
              "seat_anaphor_modifiers", "seat_predicate_links", "seat_indefinite", "passive_auxiliaries",
              "passive_place_cues", "active_place_cues", "under_place_cues", "under_place_objects", "offset_hedges",
              "settlement_links", "town_part_nouns", "list_conjunctions", "peoples", "people_members", "people_markers",
              "truncation_marks", "home_actor_kinds", "seat_unit_words")
_MAP_KEYS = ("facility_terms", "directions")
_COMPASS = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"}


def _alternation(words: list[str]) -> str:
    """Regex alternation of phrases, longest first, spaces matching any whitespace or hyphen."""
    parts = [re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")
             for w in sorted(words, key=len, reverse=True)]
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class GeoTerms:
    """Compiled patterns for facilities, regions, relative places, offsets and cues."""

    facility_features: dict[str, str]
    directions: dict[str, str]
    units: dict[str, float]
    place_cues: frozenset[str]
    settlement_nouns: frozenset[str]
    region_nouns: frozenset[str]
    district_nouns: frozenset[str]  # second-level division words ("district", "LGA"): a district named with one
    seat_unit_nouns: frozenset[str]  # words of units below a district named after their seat ("township")
    facility_modifiers: frozenset[str]
    demonyms: dict[str, str]
    # a people's name (folded) before a word for its people ("Afar herders") or after a marker ("ethnic Amhara"): a
    # hint, never a place
    peoples: frozenset[str]
    people_members: frozenset[str]
    people_markers: frozenset[str]
    people_countries: dict[str, str]  # a people or clan (folded) -> the country most of its militias are in
    division_countries: dict[str, str]  # a division word one country alone uses ("woreda") -> its code
    # a country's or first-level division's short form in capitals the abbreviation file reads anywhere ("DRC",
    # "NSW"), or a city's it reads in capitals only ("NYC", "ATL"), of three letters or more: a name wherever a text
    # written in case has it, though NER labels it nothing or a number
    short_forms: frozenset[str]
    home_actor_kinds: frozenset[str]  # the registry's kinds of actor that fight at home (an armed group, a militia)
    facility_after: re.Pattern[str]
    facility_before: re.Pattern[str]
    facility_named: re.Pattern[str]
    town_part_after: re.Pattern[str]
    town_part_owner: re.Pattern[str]
    town_part_word: re.Pattern[str]
    region_after: re.Pattern[str]
    region_list_after: re.Pattern[str]
    list_gap: re.Pattern[str]
    place_head_after: re.Pattern[str]
    passive_cue_after: re.Pattern[str]
    described_after: re.Pattern[str]
    direction_before: re.Pattern[str]
    near_before: re.Pattern[str]
    offset_before: re.Pattern[str]
    direction_of_before: re.Pattern[str]
    settlement_before: re.Pattern[str]
    qualifier: re.Pattern[str]
    apposition_qualifier: re.Pattern[str]
    linked_qualifier: re.Pattern[str]
    container_gap: re.Pattern[str]
    road_after: re.Pattern[str]
    seat_after: re.Pattern[str]
    seat_before: re.Pattern[str]
    seat_one_of: re.Pattern[str]
    seat_anaphor: re.Pattern[str]
    seat_word: re.Pattern[str]
    seat_described: re.Pattern[str]
    seat_demonym: re.Pattern[str]
    truncated_after: re.Pattern[str]  # a shortened post's mark right after a word: the word may be cut

    def facility_feature(self, phrase: str) -> str:
        """Gazetteer feature of a facility phrase ('International Airport' -> 'airport')."""
        return self.facility_features[_squash(phrase)]

    def compass_of(self, word: str) -> str:
        """Compass point of a direction word ('north-eastern' -> 'NE')."""
        return self.directions[_squash(word)]

    def km(self, unit: str) -> float:
        """Kilometres in one `unit` ('miles' -> 1.609)."""
        return self.units[unit.lower()]


def _squash(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower()).strip()


_CODE_LETTERS = 2  # two capitals are a postal code as often ("IN", "OR"), read only after a cue (geo_spans)


@lru_cache(maxsize=4)
def load_terms(path: Path | None = None, demonyms_path: Path | None = None) -> GeoTerms:
    """Load and compile the geocoder's word lists (the packaged ones by default)."""
    data_dir = Path(str(resources.files("frontwatch") / "data"))
    path = path or data_dir / "geo_terms.yaml"
    demonyms_path = demonyms_path or data_dir / "demonyms.csv"
    division_words_path = data_dir / "division_words.csv"
    raw = read_yaml(path, "geocoder terms")
    militias = read_yaml(data_dir / "identity_militias.yaml", "identity militias")
    if not isinstance(militias, dict) or not isinstance(militias.get("militias"), dict):
        raise GazetteerError("identity_militias.yaml: 'militias' must be a mapping of groups")
    reference = word_book("reference")
    if not isinstance(raw, dict):
        raise GazetteerError(f"{path}: geocoder terms must be a mapping")
    for key in _LIST_KEYS:
        if not isinstance(raw.get(key), list) or not all(isinstance(w, str) for w in raw[key]):
            raise GazetteerError(f"{path}: '{key}' must be a list of phrases")
    for key in _MAP_KEYS:
        if not isinstance(raw.get(key), dict):
            raise GazetteerError(f"{path}: '{key}' must be a mapping")
    bad = {k: v for k, v in raw["directions"].items() if v not in _COMPASS}
    if bad:
        raise GazetteerError(f"{path}: directions must map to one of {sorted(_COMPASS)}: {bad}")
    facilities = {_squash(k): str(v) for k, v in raw["facility_terms"].items()}
    directions = {_squash(k): str(v) for k, v in raw["directions"].items()}
    book = word_book("quantities")  # a unit of distance -> the kilometres in one
    units = {k: float(v) for k, v in book.mapping("distance_units").items() if isinstance(v, int | float) and v > 0}
    if len(units) != len(book.mapping("distance_units")):
        raise GazetteerError(f"{book.path}: 'distance_units' must map units to kilometres")
    fac = _alternation(list(facilities))
    mods = _alternation(raw["facility_modifiers"])
    dirs = _alternation(list(directions))
    near = _alternation(raw["near_phrases"])
    regions = _alternation(raw["region_words"])
    plurals = _alternation(raw["region_plurals"])
    heads = _alternation(raw["place_heads"])
    articles = _alternation(raw["apposition_articles"])
    links = _alternation(raw["container_links"])
    ands = _alternation(raw["list_conjunctions"])
    item = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    unit = _alternation(list(units))
    settle = _alternation(raw["settlement_nouns"])
    hedges = _alternation(raw["offset_hedges"])
    settle_links = _alternation(raw["settlement_links"])
    name = r"[A-Z][\w'’-]*(?:\s+(?:al-|el-|ad-|as-|ar-)?[A-Z][\w'’-]*)*"
    number = rf"(?P<num>\d+(?:[.,]\d+)?|{spelled_number_pattern()})"
    settle_opt = rf"(?:the\s+(?:\w+\s+)?{settle}\s+of\s+)?"
    seat_nouns, money = _alternation(raw["seat_nouns"]), _alternation(raw["seat_not_before"])
    seat = rf"(?:{_alternation(raw['seat_modifiers'])}\s+)?{seat_nouns}"
    parts = _alternation(raw["town_part_nouns"])
    divisions = _alternation([*raw["region_words"], *raw["district_words"], *raw["division_suffixes"]])
    return GeoTerms(
        facility_features=facilities,
        directions=directions,
        units=units,
        place_cues=frozenset(w.lower() for w in raw["place_cues"]),
        settlement_nouns=frozenset(w.lower() for w in raw["settlement_nouns"]),
        region_nouns=frozenset(w.lower() for w in raw["region_words"]),
        district_nouns=frozenset(fold(w) for w in raw["district_words"]),
        seat_unit_nouns=frozenset(fold(w) for w in raw["seat_unit_words"]),
        facility_modifiers=frozenset(w.lower() for w in raw["facility_modifiers"]),
        demonyms=_read_words(demonyms_path, "demonym"),
        peoples=frozenset(fold(str(w)) for w in [*raw["peoples"], *reference.words("peoples"),
                                                 *militias["militias"], *(militias.get("clans") or {})]),
        people_members=frozenset(w.lower() for w in raw["people_members"]) | reference.words(
            "militia_members", "armed_members"),
        people_markers=frozenset(w.lower() for w in raw["people_markers"]),
        people_countries={fold(str(k)): str(v) for key in ("clans", "countries")
                          for k, v in (militias.get(key) or {}).items()},
        division_countries=_read_words(division_words_path, "word"),
        short_forms=frozenset(a.abbreviation for a in read_abbreviations()
                              if (a.feature == "city") == a.qualifier_only and a.abbreviation.isalpha()
                              and a.abbreviation.isupper() and len(a.abbreviation) > _CODE_LETTERS),
        home_actor_kinds=frozenset(raw["home_actor_kinds"]),
        facility_after=re.compile(rf"^(?:['’]s)?\s+(?:(?:{mods})\s+)*(?P<term>{fac})\b", re.I),
        facility_before=re.compile(
            rf"\bthe\s+(?:(?:{mods})\s+)*(?P<term>{fac})\s+(?:at|in|of|near|outside|on)\s+{settle_opt}$", re.I
        ),
        facility_named=re.compile(
            rf"^['’]s\s+(?:(?:{mods})\s+)*(?P<term>{fac})\s*(?:[-–—,:(]|\bin\b|\bat\b)\s*(?:the\s+)?(?:(?:{mods})\s+)*(?P<name>{name})"
        ),
        # the town a part of town lies in: "X neighbourhood of Y", "X, a poor suburb in the city of Y" (Y the whole
        # capitalised run, no division named with its word: "X district of Y province", "X area in Y Z upazila")
        town_part_after=re.compile(
            rf"^(?:,\s+(?i:{articles})\s+(?:[a-z][\w'’-]*\s+){{0,2}}?|\s+)(?i:{parts})\s+(?:of|in)\s+"
            rf"{settle_opt}(?P<town>{name})(?![\w'’-])(?!\s+(?:[A-Z]|(?i:{divisions})\b))"),
        # ... and the town whose possessive opens it: "Y's X district" (read with a part-of-town word after X)
        town_part_owner=re.compile(rf"(?<![\w'’-])(?P<town>{name})['’]s\s+$"),
        town_part_word=re.compile(rf"^\s+(?i:{parts})\b"),
        region_after=re.compile(rf"^\s+(?P<word>{regions}|{plurals})\b", re.I),
        # "X, Y and Z counties": X and Y are divisions too
        region_list_after=re.compile(
            rf"^(?:\s*,\s*{item})*\s*,?\s+{ands}\s+{item}\s+(?P<word>(?i:{plurals}))\b"),
        # what stands between two names of one list: "X, Y", "X and Y", "X, or Y" (the one closing it holds a link)
        list_gap=re.compile(rf"\s*,\s*|\s*,?\s+(?P<link>{ands})\s+"),
        place_head_after=re.compile(rf"^(?:['’]s?)?\s+(?:(?:{mods})\s+)*(?:{heads})\b", re.I),
        passive_cue_after=re.compile(
            rf"^\s+(?:{_alternation(raw['passive_auxiliaries'])}\s+(?:\w+ly\s+)?{_alternation(raw['passive_place_cues'])}"
            rf"|{_alternation(raw['active_place_cues'])}|{_alternation(raw['under_place_cues'])}\s+(?:[\w-]+\s+){{0,2}}?"
            rf"{_alternation(raw['under_place_objects'])})\b", re.I),
        # what an apposition or a distance after a name says of it, that it is a settlement: "X, a town north of
        # Y", "X, a remote village near Y", "X, 40 km east of Y", "X, about 500 miles away from Y", "X, west of Y"
        # (not "X, a village elder": the settlement noun ends the apposition or a place phrase follows it)
        described_after=re.compile(
            rf"^,\s+(?:{articles}\s+(?:[\w'’-]+\s+){{0,3}}?{settle}"
            rf"(?=\s*[,;:)]|\s+(?:\d|(?:{dirs}|{settle_links}|{hedges})\b))"
            rf"|(?:{hedges}\s+)?(?:(?:{number}\s*(?:{unit})\.?\s+(?:\([^)]{{0,30}}\)\s+)?"
            rf"(?:(?:to\s+the\s+)?(?:{dirs})\s+(?:of|from)|(?:away\s+)?from))|{dirs}\s+of)\s)",
            re.I),
        direction_before=re.compile(rf"(?:^|(?<=\W))(?:the\s+)?(?P<dir>{dirs}|central)\s+$", re.I),
        near_before=re.compile(rf"(?:^|(?<=\W))(?P<near>{near})\s+{settle_opt}$", re.I),
        offset_before=re.compile(
            rf"(?:^|(?<=\W)){number}\s*(?P<unit>{unit})\.?\s+(?:\([^)]{{0,30}}\)\s+)?"
            rf"(?:to\s+the\s+)?(?P<dir>{dirs})\s+(?:of|from)\s+{settle_opt}$",
            re.I,
        ),
        direction_of_before=re.compile(
            rf"(?:^|(?<=\W))(?P<dir>{dirs})\s+(?:of|from)\s+{settle_opt}$", re.I
        ),
        # "the village of X", and each name its list goes on with ("the towns of X, Y and Z": Y, Z)
        settlement_before=re.compile(rf"(?i:\b{settle}\s+of\s+)(?:{item}(?:\s*,\s*|\s*,?\s+(?i:{ands})\s+))*$"),
        # the container after a name: "X, Y", "X, Y province", "X (Y district, Z)", "X, Calif."
        qualifier=re.compile(
            rf"^(?:,|\s*\()\s*(?P<q>(?:[A-Z]\.\s)+[A-Z]\.|[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’-]*|{regions}))"
            rf"{{0,3}}?)(?=\s*(?:[,;:)\n]|\.(?:\s|$)|$))"
        ),
        # the container of an apposition: "X, a gas hub in Y", "X, the largest town in northern Y province", "X, a
        # village in Y township of Z region" (the lowest division named: Y)
        apposition_qualifier=re.compile(
            rf"^,\s+{articles}\s+(?:[a-z][\w'’-]*\s+){{0,5}}?"
            rf"{_alternation(raw['apposition_links'])}\s+(?:{articles}\s+)?(?:[a-z][\w-]*\s+)?"
            rf"(?P<q>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’-]*|{regions})){{0,3}}?)"
            rf"(?=\s*(?:[,;:)\n]|\.(?:\s|$)|$)|\s+of\s+[A-Z])"
        ),
        # a division the name lies in, with its division word: "X in Y province", "X village of Y district"
        linked_qualifier=re.compile(
            rf"^\s+{_alternation(raw['container_links'])}\s+(?:the\s+)?"
            rf"(?P<q>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){{0,3}}\s+(?i:{regions}))\b"
        ),
        # what stands between a name and its container: "X, Y", "X (Y", "X town (Y", "X village in Y", "X, in the Y"
        container_gap=re.compile(rf"^(?:\s+[a-z]+)?(?:\s*[,(](?:\s*{links}(?:\s+the)?)?|\s+{links}(?:\s+the)?)\s*$"),
        # "the X-Y highway": a road between two towns
        road_after=re.compile(rf"^\s*(?:[-–]\s*(?P<other>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)\s*)?\s"
                              rf"(?i:{_alternation(raw['road_words'])})\b"),
        # the area's capital after its name: "the X capital", "X's provincial capital", "X state capital"
        # (not "X's capital of Y": Y is named as the capital)
        seat_after=re.compile(rf"^(?:['’]s?)?\s+(?:{regions}(?:['’]s)?\s+)?(?P<seat>{seat})\b"
                              rf"(?!\s+{money}\b)(?!\s+of\s+(?-i:[A-Z]))", re.I),
        # an article before the area's name that makes its capital's words one of its towns: "Y, a X district capital"
        seat_one_of=re.compile(rf"(?<!\w){_alternation(raw['seat_indefinite'])}\s+$", re.I),
        # ... and before it: "the regional capital of X", "X, capital of Y", "the capital of Z's Y province"
        seat_before=re.compile(rf"(?:(?<!\w)(?:the|its|their)\s+|[,;:(—–]\s*)(?P<seat>{seat})\s+of\s+(?:the\s+)?"
                               rf"(?:[A-Z][\w'’-]*['’]s\s+)?$", re.I),
        # "the provincial capital" with no name: the seat of the division named before it; "the capital", that of
        # the country
        seat_anaphor=re.compile(rf"(?<!\w)(?:the|its|their)\s+(?P<seat>(?:(?P<modifier>"
                                rf"{_alternation(raw['seat_anaphor_modifiers'])})\s+)?{seat_nouns})\b"
                                rf"(?!\s+(?:of\b|{money}\b))", re.I),
        # any word for a capital: a plain "the capital" after one refers back to the town named with it
        seat_word=re.compile(rf"(?<!\w){seat_nouns}\b", re.I),
        # what makes a capital's words a description of the name before them: "X is the", "X, the", "X, Y's"
        seat_described=re.compile(rf"\s*(?:,|\b{_alternation(raw['seat_predicate_links'])}\b)\s*"
                                  rf"(?:(?:the|its)\s+)?$", re.I),
        # "the Somali capital": the capital of the country a demonym names
        seat_demonym=re.compile(rf"(?<!\w)(?i:the)\s+(?P<seat>(?P<demonym>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
                                rf"\s+(?i:{seat_nouns}))\b(?!\s+(?i:of\b|{money}\b))"),
        truncated_after=re.compile(rf"^(?:{_alternation(raw['truncation_marks'])})"),
    )


def _read_words(path: Path, column: str) -> dict[str, str]:
    """A word -> country code table (demonyms, national division words), keyed by the folded word."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read {column}s ({exc.strerror})") from exc
    out = {}
    for line, row in enumerate(rows, start=2):
        code = (row.get("country_code") or "").strip().upper()
        word = (row.get(column) or "").strip()
        if not word or len(code) != 2:
            raise GazetteerError(f"{path}, row {line}: need a {column} and a two-letter country_code")
        out[fold(word)] = code
    return out
