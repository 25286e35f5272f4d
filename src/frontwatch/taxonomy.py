"""The ACLED event taxonomy and the CASE 2021 label codes, read from data/acled_taxonomy.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from frontwatch.errors import RegistryError
from frontwatch.language import read_mapping
from frontwatch.model import Actor, DateSpan, Place

NONE_LABEL = "NONE"
DEFAULT_TAXONOMY_FILE = Path(__file__).parent / "data" / "acled_taxonomy.yaml"
DEFAULT_SIDE_ORDER_FILE = Path(__file__).parent / "data" / "side_order.yaml"  # training/fit_side_order.py
ALWAYS = 9999  # `state_first: always`: a year later than any event

__all__ = [
    "NONE_LABEL",
    "DEFAULT_TAXONOMY_FILE",
    "CaseCode",
    "Taxonomy",
    "load_taxonomy",
    "communal_code",
    "era_of",
]


@dataclass(frozen=True)
class CaseCode:
    """One CASE 2021 label: an ACLED sub-event type, or a non-ACLED kind."""

    code: str
    acled: bool
    event_type: str | None = None
    sub_event_type: str | None = None
    kind: str | None = None
    actor1: str | None = None  # "armed": actor 1 must be an armed actor
    default_actor1: str | None = None  # "salient" or "attributed"
    crowd: str | None = None  # the generic actor noun of the event's crowd
    unknown_actor1: str | None = None  # the generic actor noun of a perpetrator nobody names or accuses
    victims: str | None = None  # the generic actor noun of actor 2 when the roles name a crowd
    crowd_first: bool = False
    state_first: int = 0  # in events up to this year (9999: always), the state's side is actor 1 (ACLED's coding)
    # (country, kind first, kind then, first year, last year): its coders' order of two sides' kinds (side_order.yaml)
    first_in: tuple[tuple[str, int, int, int, int], ...] = ()
    weak: bool = False
    family: str | None = None  # labels one happening may be told as
    strength: int = 0  # within a family, the stronger label names the happening
    violent: bool = False
    own_referent: bool = False  # a definite noun of it refers back to a happening of its own type only
    at_capital: bool = False  # told only in a country, it is placed at the country's capital (ACLED's coding)
    mutual: bool = False  # both sides fight: two tellings at one place and days sharing a side are one happening
    apart: bool = False  # told by a verb of its own beside another label's happening, it is a happening of its own
    part_of: tuple[tuple[str, str], ...] = ()  # (code of a happening it is part of, the code that happening becomes)
    loser: bool = False  # a change of hands whose actor 2 held the place and lost it to actor 1

    def second_first(self, when: DateSpan | None, place: Place | None, sides: tuple[Actor | None, Actor], state: bool
                     ) -> bool:
        """Whether ACLED codes the second of two sides (`state`: the state's side, the first not) as actor 1 of such
        an event at a date (None: unknown) and place: up to `state_first`, or where the coders of the place's country
        (else the side's) put its kind first in that year (side_order.yaml)."""
        year = ALWAYS if when is None else when.end.year
        country = place.country if place is not None else sides[1].country
        kinds = tuple(a.inter_code if a is not None else 0 for a in sides)
        return state and self.state_first >= year or any(
            (c, second, first) == (country, *kinds) and start <= year <= end for c, first, second, start, end in
            self.first_in)


@dataclass(frozen=True)
class Taxonomy:
    """ACLED event types with their sub-event types, and the CASE codes that name them."""

    event_types: dict[str, tuple[str, ...]]
    codes: dict[str, CaseCode]

    def get(self, code: str) -> CaseCode:
        """The CaseCode for `code`; KeyError when unknown."""
        return self.codes[code]

    def all_codes(self) -> tuple[str, ...]:
        """All 30 CASE codes, in file order."""
        return tuple(self.codes)

    def acled_codes(self) -> tuple[str, ...]:
        """The 25 codes that are ACLED sub-event types."""
        return tuple(c for c, v in self.codes.items() if v.acled)

    def non_acled_codes(self) -> tuple[str, ...]:
        """The codes that are not ACLED events (crime, disasters, diplomacy, attribution)."""
        return tuple(c for c, v in self.codes.items() if not v.acled)

    def by_sub_event_type(self, sub_event_type: str) -> CaseCode:
        """The ACLED CaseCode of a sub-event type; KeyError when unknown."""
        return next(v for v in self.codes.values() if v.acled and v.sub_event_type == sub_event_type)

    def code_for(self, event_type: str, sub_event_type: str) -> str:
        """The CASE code of an ACLED (event_type, sub_event_type) pair; KeyError when unknown."""
        for code, value in self.codes.items():
            if value.event_type == event_type and value.sub_event_type == sub_event_type:
                return code
        raise KeyError(f"{event_type} / {sub_event_type}")


def _fail(path: Path, problem: str) -> RegistryError:
    return RegistryError(f"{path}: {problem}; fix the taxonomy file")


def _parse(raw: dict, path: Path, orders: dict[str, tuple[tuple[str, int, int, int, int], ...]]) -> Taxonomy:
    types_raw = raw.get("event_types")
    codes_raw = raw.get("case_codes")
    if not isinstance(types_raw, dict) or not isinstance(codes_raw, dict):
        raise _fail(path, "needs mappings 'event_types' and 'case_codes'")
    event_types: dict[str, tuple[str, ...]] = {}
    for etype, subs in types_raw.items():
        if not isinstance(subs, list) or not all(isinstance(s, str) for s in subs):
            raise _fail(path, f"event type {etype!r} must list its sub-event types")
        event_types[str(etype)] = tuple(subs)
    codes: dict[str, CaseCode] = {}
    seen_pairs: set[tuple[str, str]] = set()
    for code, spec in codes_raw.items():
        if not isinstance(spec, dict):
            raise _fail(path, f"code {code!r} must be a mapping")
        if spec.get("acled", True) is False:
            kind = spec.get("kind")
            if not isinstance(kind, str):
                raise _fail(path, f"non-ACLED code {code!r} needs a 'kind'")
            codes[code] = CaseCode(code=code, acled=False, kind=kind)
            continue
        etype, sub = spec.get("event_type"), spec.get("sub_event_type")
        if etype not in event_types or sub not in event_types[etype]:
            raise _fail(path, f"code {code!r} names unknown ACLED type {etype!r} / {sub!r}")
        if (etype, sub) in seen_pairs:
            raise _fail(path, f"code {code!r} repeats {etype!r} / {sub!r}")
        seen_pairs.add((etype, sub))
        if spec.get("actor1") not in (None, "armed") or spec.get("default_actor1") not in (
                None, "salient", "attributed"):
            raise _fail(path, f"code {code!r}: actor1 may be 'armed', default_actor1 'salient' or 'attributed'")
        codes[code] = CaseCode(code=code, acled=True, event_type=etype, sub_event_type=sub,
                               actor1=spec.get("actor1"), default_actor1=spec.get("default_actor1"),
                               crowd=spec.get("crowd"), crowd_first=bool(spec.get("crowd_first", False)),
                               state_first=_year(spec.get("state_first", 0), path, code),
                               first_in=orders.get(code, ()),
                               unknown_actor1=spec.get("unknown_actor1"), victims=spec.get("victims"),
                               weak=bool(spec.get("weak", False)), family=spec.get("family"),
                               strength=int(spec.get("strength", 0)), violent=bool(spec.get("violent", False)),
                               own_referent=bool(spec.get("own_referent", False)), mutual=bool(spec.get("mutual")),
                               apart=bool(spec.get("apart", False)), at_capital=bool(spec.get("at_capital", False)),
                               loser=bool(spec.get("loser", False)),
                               part_of=tuple((c, c) if isinstance(c, str) else (*c.items(),)[0]
                                             for c in spec.get("part_of", ())))
    if NONE_LABEL in codes:
        raise _fail(path, f"{NONE_LABEL!r} is reserved for 'no event'")
    return Taxonomy(event_types=event_types, codes=codes)


def _year(value: object, path: Path, code: str) -> int:
    """A last year, or `always` (every year)."""
    if value == "always":
        return ALWAYS
    if not isinstance(value, int):
        raise _fail(path, f"code {code!r}: state_first is a year or 'always'")
    return value


def _orders(path: Path) -> dict[str, tuple[tuple[str, int, int, int, int], ...]]:
    """The fitted order of two sides' kinds by code and country ({ARMED_CLASH: {Nigeria: [{first: 1, then: 2,
    years: [2014, 2020], ...}]}}) as (country, first, then, first year, last year) per code."""
    raw = read_mapping(path, "side order", "top level must be a mapping; rerun training/fit_side_order.py")
    try:
        return {str(code): tuple((str(country), int(row["first"]), int(row["then"]), int(row["years"][0]),
                                  int(row["years"][-1])) for country, rows in by_country.items() for row in rows)
                for code, by_country in (raw.get("orders") or {}).items()}
    except (AttributeError, KeyError, IndexError, TypeError, ValueError) as exc:
        raise RegistryError(f"{path}: each row needs kinds `first`, `then` and `years` [first, last] ({exc!r}); "
                            "rerun training/fit_side_order.py") from exc


@lru_cache(maxsize=4)
def load_taxonomy(path: Path = DEFAULT_TAXONOMY_FILE, orders: Path = DEFAULT_SIDE_ORDER_FILE) -> Taxonomy:
    """Load and validate the taxonomy file and the fitted side order (the packaged ones by default)."""
    return _parse(read_mapping(path, "taxonomy", "top level must be a mapping; fix the taxonomy file"), path,
                  _orders(orders))


SINCE = "since"  # the era after the frame table's last
DEFAULT_COMMUNAL_FILE = Path(__file__).parent / "data" / "communal_codes.yaml"  # training/fit_communal_codes.py


def era_of(year: int | None, eras: Mapping[str, int]) -> str:
    """The first era (name -> last year) a year is up to, else (or undated) `since`."""
    return next((name for name, last in sorted(eras.items(), key=lambda e: e[1]) if year is not None and year <= last),
                SINCE)


@lru_cache(maxsize=4)
def _communal_codes(path: Path) -> dict[str, dict[str, str]]:
    raw = read_mapping(path, "communal codes", "needs `codes`: country -> era -> code; rerun "
                       "training/fit_communal_codes.py", codes=dict)
    if not isinstance(raw["codes"].get("default"), dict):
        raise RegistryError(f"{path}: `codes` needs a `default` country; rerun training/fit_communal_codes.py")
    return {str(country): {str(e): str(c) for e, c in eras.items()} for country, eras in raw["codes"].items()}


def communal_code(country: str | None, year: int | None, eras: Mapping[str, int],
                  path: Path = DEFAULT_COMMUNAL_FILE) -> str:
    """The code the coders of a country give a fight between communities in a year (None: undated, the latest era):
    its own where the fit had enough of its notes, else the era's over all countries (communal_codes.yaml)."""
    codes, era = _communal_codes(path), era_of(year, eras)
    return codes.get(country or "", {}).get(era) or codes["default"].get(era, "")
