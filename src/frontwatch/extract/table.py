"""The one table from predicate classes to ACLED sub-event types and control changes
(data/frame_table.yaml), and the choice of a frame's code among its candidates."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from frontwatch.errors import RegistryError
from frontwatch.language import leaves, read_mapping
from frontwatch.model import ControlStatus
from frontwatch.taxonomy import load_taxonomy

TABLE_FILE = Path(__file__).parents[1] / "data" / "frame_table.yaml"
TRUST_FILE = Path(__file__).parents[1] / "data" / "frame_trust.yaml"  # fitted: training/fit_frame_trust.py
KindsOf = Callable[[str], frozenset[str]]
CHANGE, TERMS = "change", "terms"  # the pseudo-roles of a state told as new, of a deal its sentence tells
PLACES_KM = ("same_event", "named_apart", "own_sentence", "facility", "district_town")  # the table's `places_km`
_OPPOSED = {False: "", True: "report", "near": "near"}  # a control change's `opposed`: a side the report names, or near


@dataclass(frozen=True)
class Candidate:
    """A CASE code a class may yield, the conditions deciding it, and which roles are its actors 1 and 2."""

    code: str
    when: Mapping[str, frozenset[str]]
    need: Mapping[str, frozenset[str]]
    actors: tuple[str, ...]
    unless: Mapping[str, frozenset[str]]
    trusted: bool = False  # the sentence typer's label, taken over the class's own code (`FrameTable.trust`)

    def holds(self, kinds_of: KindsOf) -> bool:
        return _meets(kinds_of, (*self.when.items(), *self.need.items()), self.unless)


def _meets(kinds_of: KindsOf, when: Iterable[tuple[str, frozenset[str]]], unless: Mapping[str, frozenset[str]]) -> bool:
    """Whether the roles' kinds meet every condition of `when` and none of `unless`."""
    return all(kinds & kinds_of(role) for role, kinds in when) and not any(
        kinds & kinds_of(role) for role, kinds in unless.items())


@dataclass(frozen=True)
class Transition:
    """A change of control a class states: the holder role's actor gets a status over a place role, in its moods."""

    holder: str
    status: ControlStatus
    places: tuple[str, ...]
    dynamic: bool
    moods: frozenset[str]
    won: bool = False  # a contest told as won unless fought on (`fights`: "the rebels say they are inside X")
    opposed: str = ""  # with its holder role untold, the side fighting the holder of the class's other change: named
    # anywhere in the report ("report") or in its sentence or the one before ("near")
    unless: Mapping[str, frozenset[str]] = field(default_factory=dict)  # conditions none of which may hold
    when: Mapping[str, frozenset[str]] = field(default_factory=dict)  # conditions all of which must hold

    def holds(self, kinds_of: KindsOf) -> bool:
        """Whether the frame's roles meet the change's conditions."""
        return _meets(kinds_of, self.when.items(), self.unless)


@dataclass(frozen=True)
class ClassEntry:
    """What one predicate class yields."""

    generic: bool
    fatal: bool
    events: tuple[Candidate, ...]
    control: tuple[Transition, ...]


_NOTHING = ClassEntry(False, False, (), ())  # a class the table does not list yields nothing


@dataclass(frozen=True)
class FrameTable:
    """Predicate classes to candidate codes and control changes."""

    groups: Mapping[str, frozenset[int]]
    classes: Mapping[str, ClassEntry]
    min_probability: float
    harms: Mapping[str, str]
    vetoes: frozenset[str]
    acled: frozenset[str]
    history_days: dict[str, int]
    razing: frozenset[str]  # classes that undo a taking coordinated with them ("seized the post and burned it")
    raiding: frozenset[str]  # classes that, done to the unarmed with an entry, make it a raid ("entered X and killed")
    fights: frozenset[str]  # classes whose happening told going on leaves a change told as won a contest
    agreed: frozenset[str]  # classes whose frame in an entry's sentence tells it agreed ("entered X under the deal")
    eras: Mapping[str, int]  # spans of years ACLED's exports coded apart, each with its last year (pseudo-role `era`)
    places_km: Mapping[str, float]  # how near places lie to be one, by what they are (`PLACES_KM`)
    # (class, its code, the typer's label) -> the typer probability above which the label takes the code's place
    trust: Mapping[tuple[str, str, str], float] = field(default_factory=dict)

    def history(self, told: date | None, story_day: date | None, fact: str = "events") -> bool:
        """Whether a happening (`fact` "control": a change of hands) ended on `told` is background on `story_day`."""
        return told is not None and story_day is not None and (story_day - told).days > self.history_days[fact]

    def groups_of(self, inter_code: int) -> frozenset[str]:
        """The actor groups an interaction code belongs to."""
        return frozenset(name for name, codes in self.groups.items() if inter_code in codes)

    def fatal(self, cls: str) -> bool:
        """Whether a class's patients are the dead."""
        return self.classes.get(cls, _NOTHING).fatal

    def state(self, cls: str) -> bool:
        """Whether a class names a state: it yields events only where its words tell it new (pseudo-role `change`)."""
        return cls in self.classes and all(CHANGE in c.when for c in self.classes[cls].events)

    def transitions(self, cls: str) -> tuple[Transition, ...]:
        """The control changes a class states."""
        return self.classes.get(cls, _NOTHING).control

    def decide(self, cls: str, kinds_of: KindsOf, typing: object | None, bare: bool = False,
               told_kind: bool = False, excluded: frozenset[str] = frozenset(),
               spent: frozenset[str] = frozenset()) -> Candidate | None:
        """The candidate a frame yields: the first whose conditions hold, else the open candidate the sentence typer
        prefers; None where the class yields none, or the typer reads a disaster (its probability over the `vetoes`
        above that over ACLED's codes). A generic class yields only where the typer reads some ACLED event or its
        conditions tell one (a weapon; who did it to whom); for it, or a bare noun naming a happening untold ("at a
        rally"), the typer must choose the open code (giving it `generic_min_probability`, or as its label where the
        frame tells a doer), elsewhere one it hardly reads takes the first, as does a happening of the kind told before
        (`told_kind`: "deaths were also reported in X"); never one in `excluded`. Codes the sentence's other happenings
        took (`spent`: "attacked X and later kidnapped two in Y") are theirs, and one the class yields only for a weapon
        its doers bear unused ("armed with grenades stormed a post") is none; the rest share what the typer read. A
        label that is another of the class's codes, read above its fitted trust over the class's choice, takes the
        place of a choice not told by who did it to whom."""
        entry, label, probs = self.classes.get(cls), getattr(typing, "label", None), getattr(typing, "probs", None)
        # a generic class needs the sentence typer to read some ACLED event in the sentence at all
        acled = sum(p for c, p in probs.items() if c in self.acled) if probs else float(label in self.acled)
        vetoed = sum(p for c, p in probs.items() if c in self.vetoes) > acled if probs else label in self.vetoes
        if entry is None or vetoed:
            return None
        probs = _without(probs, spent) if probs and spent else probs
        eventful = not entry.generic or acled >= (self.min_probability if probs else 1.0)
        decided = self._decided(entry, kinds_of, label, probs, eventful, entry.generic or bare, told_kind, excluded)
        return self._trusted(cls, decided, label, probs, excluded) if decided is not None else None

    def _decided(self, entry: ClassEntry, kinds_of: KindsOf, label: str | None, probs: Mapping[str, float] | None,
                 eventful: bool, generic: bool, told_kind: bool, excluded: frozenset[str]) -> Candidate | None:
        """The class's own candidate (see `decide`)."""
        for candidate in (c for c in entry.events if c.when and c.holds(kinds_of)):
            # conditions that tell an event by themselves, whatever the typer reads: a weapon, or who did it to whom
            if eventful or "instrument" in candidate.when or _sides_told(candidate):
                return candidate
        choices = [c for c in entry.events if not c.when and c.code not in excluded and c.holds(kinds_of)]
        if not choices or not eventful:
            return None
        if told_kind:
            return choices[0]  # a stand-in: the happening takes the kind told before it (merge)
        borne = {c.code for c in entry.events if kinds_of("borne") & c.when.get("instrument", frozenset())}  # unused
        probs = _without(probs, frozenset({label})) if probs and label in borne - {c.code for c in choices} else probs
        if probs:  # where a doer is told, the typer's own label among them is its choice, however thinly it reads it
            best = max(choices, key=lambda c: probs.get(c.code, 0.0))
            chosen = probs.get(best.code, 0.0) >= self.min_probability or best.code == label and "told" in kinds_of(
                "agent")
            return best if chosen else None if generic else choices[0]
        return next((c for c in choices if c.code == label), None if generic else choices[0])

    def _trusted(self, cls: str, decided: Candidate, label: str | None, probs: Mapping[str, float] | None,
                 excluded: frozenset[str]) -> Candidate:
        """The typer's label in place of `decided` where it is another class code read above its fitted trust."""
        above = self.trust.get((cls, decided.code, label or ""))
        own = next((c for c in self.classes[cls].events if c.code == label), None)
        if above is None or not probs or own is None or label in excluded or probs.get(own.code, 0.0) <= above or (
                _sides_told(decided)):
            return decided
        return Candidate(own.code, {}, {}, own.actors, {}, trusted=True)


def _sides_told(candidate: Candidate) -> bool:
    """Whether a candidate's conditions tell who did it to whom (two roles, not the report): no label undoes it."""
    return len(set(candidate.when) - {"modality", "report"}) >= 2


def _without(probs: Mapping[str, float], spent: frozenset[str]) -> Mapping[str, float]:
    """The typer's probabilities with the `spent` codes' share taken out, the rest scaled to sum to one."""
    left = 1.0 - sum(p for c, p in probs.items() if c in spent)
    return {c: p / left for c, p in probs.items() if c not in spent} if left > 0 else probs


def _conditions(raw: object, where: str) -> dict[str, frozenset[str]]:
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        raise RegistryError(f"{where}: conditions map roles to lists of kinds")
    return {str(role): frozenset(map(str, kinds)) for role, kinds in raw.items()}


def _entry(cls: str, raw: dict, codes: set[str], where: str, default: dict[str, tuple[str, ...]]) -> ClassEntry:
    events = []
    for spec in leaves(raw.get("events") or []):
        if not isinstance(spec, dict) or spec.get("code") not in codes:
            raise RegistryError(f"{where}: class {cls!r}: {spec!r} does not name a CASE code")
        when, need, unless = (_conditions(spec.get(key, {}), where) for key in ("when", "need", "unless"))
        events.append(Candidate(spec["code"], when, need, tuple(spec.get("actors", default["actors"])), unless))
    try:
        control = [Transition(str(spec["holder"]), ControlStatus(spec["status"]), tuple(spec["place"]), bool(spec.get(
            "dynamic", False)), frozenset(spec.get("moods", default["moods"])), bool(spec.get("won", False)), _OPPOSED[
                spec.get("opposed", False)], *(_conditions(spec.get(key, {}), where) for key in ("unless", "when")))
            for spec in raw.get("control") or []]
    except (KeyError, TypeError, ValueError) as exc:
        raise RegistryError(f"{where}: class {cls!r}: bad control changes {raw.get('control')!r}") from exc
    return ClassEntry(bool(raw.get("generic", False)), bool(raw.get("fatal", False)), tuple(events), tuple(control))


@lru_cache(maxsize=2)
def load_table(path: Path = TABLE_FILE, trust: Path = TRUST_FILE) -> FrameTable:
    """Load and validate the frame table."""
    raw = read_mapping(path, "the frame table", "needs 'actor_groups', 'typer' and 'classes'", classes=dict)
    codes, typer = set(load_taxonomy().all_codes()), raw.get("typer") or {}
    moods = set(map(str, raw.get("moods") or ()))  # every mood a frame is told in
    defaults = {key: tuple(map(str, (raw.get("defaults") or {}).get(key) or ())) for key in ("actors", "moods")}
    if not all(defaults.values()) or not set(defaults["moods"]) <= moods:
        raise RegistryError(f"{path}: 'defaults' needs lists 'actors' and 'moods', its moods of 'moods'")
    if not isinstance(km := raw.get("places_km"), dict) or sorted(km) != sorted(PLACES_KM) or not all(
            isinstance(v, int | float) and not isinstance(v, bool) and v > 0 for v in km.values()):
        raise RegistryError(f"{path}: 'places_km' maps {', '.join(PLACES_KM)} to distances above 0")
    return FrameTable(groups={str(k): frozenset(map(int, v)) for k, v in (raw.get("actor_groups") or {}).items()},
        classes={str(c): _entry(str(c), spec or {}, codes, str(path), defaults) for c, spec in raw["classes"].items()},
        min_probability=float(typer.get("generic_min_probability", 0.0)), razing=frozenset(raw.get("razing", [])),
        fights=frozenset(raw.get("fights", [])), agreed=frozenset(raw.get("agreed", [])), raiding=frozenset(raw.get(
            "raiding", [])), harms={str(cls): str(kind) for cls, kind in (raw.get("harm") or {}).items()},
        vetoes=frozenset(map(str, typer.get("vetoes", []))), acled=frozenset(load_taxonomy().acled_codes()),
        history_days={fact: int(days) for fact, days in raw["history"].items()},
        eras={str(era): int(last) for era, last in (raw.get("eras") or {}).items()},
        places_km={k: float(v) for k, v in km.items()}, trust=load_trust(trust))


def load_trust(path: Path) -> dict[tuple[str, str, str], float]:
    """The fitted trust in the typer's label over each class's code (class -> code -> label -> probability)."""
    if not path.exists():
        return {}
    needs = "needs 'trust': class -> code -> typer label -> its 'above' probability"
    rows = read_mapping(path, "the frame classes' trust in the typer", needs, trust=dict)["trust"]
    try:
        return {(str(cls), str(code), str(label)): float(row["above"]) for cls, codes in rows.items()
                for code, labels in codes.items() for label, row in labels.items()}
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise RegistryError(f"{path}: {needs}") from exc
