"""Coded event notes (corpus.jsonl from training/build_corpus.py) and argument scoring against them.

Each note carries ACLED's coding: sub-event type, actor 1/2, coded point, date, fatalities.
Scoring one extraction of a note (the note text is the whole document):

- event found: the extraction holds at least one event;
- the scored event: the first event whose sub-type is the coded one, else the first event;
- sub-type right: the scored event's (event_type, sub_event_type) is the coded pair;
- actor 1 right: see `actor_matches`;
- place: the scored event's place within 25 km of the coded latitude/longitude;
- date exact: the event's date span is the coded day (start and end);
- fatalities exact: the event's figure equals the coded one; no figure counts as 0,
  which is what ACLED codes when a report gives none;
- "among" figures (what a better argument chooser could reach at most): the coded actor 1
  is some actor of some event of the extraction; some place mention of the text resolved
  within 25 km of the coded point.

Actor matching (`actor_matches`) is one rule for every actor, applied to the names alone:
ACLED's date parentheticals ("(2015-)") are dropped, the sub-unit written after one is kept
(`scored_forms`: "Military Forces of Yemen (2016-) Supreme Political Council", the Houthis, is
not "Military Forces of Yemen (2012-)"); a name
written "ABBR: Full Name" is tried as "ABBR", "Full Name" and whole; names are compared
folded (case, accents, punctuation and spaces ignored) against the predicted actor's name
and aliases, and through the actor registry (an ACLED name the registry resolves to the
predicted actor counts). Generic actors compare as whole names ("Civilians (Kenya)" only
matches "Civilians (Kenya)"); nothing is matched by type alone.

A second, looser figure (`actor1_any_country`) applies the same rule after removing the
country from both names ("Protesters (Kenya)" and "Protesters" both become "Protesters",
"Military Forces of Kenya" becomes "Military Forces"; a unit stays): it shows how much of the strict
figure is lost only to a missing or wrong country.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from frontwatch.errors import InputError
from frontwatch.model import Actor, EventFact, Extraction
from frontwatch.resolve.actors import ActorRegistry
from frontwatch.resolve.geo_math import haversine_km
from frontwatch.taxonomy import Taxonomy

PLACE_KM = 25.0
SPLITS = ("train", "dev", "heldout")
_SPACE = re.compile(r"\s+")

_DATED_TAIL = re.compile(r"\s*\([^)]*\d[^)]*\).*$")
_DATE_PART = re.compile(r"\s*\([^)]*\d[^)]*\)\s*")  # "(2016-)" between a name and its unit
_COUNTRY_PART = re.compile(r"\s+of\s+[A-Z][\w' .-]*$|\s*\([^)]*\)\s*$")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_STATE_KINDS = frozenset({"state", "police", "government"})  # registry kinds of a state's own forces


@dataclass(frozen=True)
class CodedNote:
    """One ACLED-coded note of the corpus."""

    id: str
    source: str
    split: str
    text: str
    label: str
    actor1: str
    actor2: str
    latitude: float | None
    longitude: float | None
    event_date: str
    fatalities: int | None
    country: str = ""
    event_id: str = ""  # the source's own id (ACLED event_id_cnty), "" when it has none
    location: str = ""  # the coded place's name


@dataclass(frozen=True)
class NoteScore:
    """What one extraction got right about its coded note (None: not scorable)."""

    found: bool
    sub_type: bool
    actor1: bool
    actor1_any_country: bool
    place: bool | None
    date: bool | None
    fatalities: bool | None
    actor1_among: bool = False  # the coded actor 1 is some actor of some event of the extraction
    place_among: bool | None = None  # some place mention of the text resolved within 25 km


def text_hash(text: str) -> str:
    """First 16 hex of sha256 over the NFC, whitespace-collapsed text (the training manifest's key)."""
    collapsed = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(collapsed.encode("utf-8")).hexdigest()[:16]


def held_out_country(country: str, folds: int = 4) -> bool:
    """Whether a country is one the actor bench holds out (a seeded hash of its name; one fold in `folds`)."""
    return int(hashlib.sha256(f"actors13:{country}".encode()).hexdigest()[:8], 16) % folds == 0


def load_coded_notes(path: Path, split: str | None = None, limit: int | None = None) -> list[CodedNote]:
    """Notes of corpus.jsonl, optionally one split and the first `limit` of it (file order)."""
    if split is not None and split not in SPLITS:
        raise InputError(str(path), f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    notes: list[CodedNote] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the corpus ({exc}); build it with training/build_corpus.py") from exc
    fields = set(CodedNote.__dataclass_fields__)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            note = CodedNote(**{k: v for k, v in raw.items() if k in fields})
        except (json.JSONDecodeError, TypeError) as exc:
            raise InputError(str(path), f"line {number}: not a corpus note ({exc})") from exc
        if split is None or note.split == split:
            notes.append(note)
            if limit is not None and len(notes) >= limit:
                break
    return notes


def fold(name: str) -> str:
    """A name with case, accents, punctuation and spaces removed."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("", plain.lower())


def acled_name_forms(name: str) -> list[str]:
    """The forms an ACLED actor name is compared by: undated, and each side of "ABBR: Name"."""
    core = _DATED_TAIL.sub("", name).strip()
    forms = [core]
    if ": " in core:
        forms += [part.strip() for part in core.split(": ", 1)]
    return [f for f in forms if f]


def scored_forms(name: str) -> list[str]:
    """The forms of `acled_name_forms` with the unit written after a date kept ("Military Forces of Libya (2016-)
    Presidential Guard": "Military Forces of Libya Presidential Guard"), as actor matching compares them."""
    return acled_name_forms(" ".join(_DATE_PART.split(name, 1)).strip())


def without_country(name: str) -> str:
    """An actor name with the country ("of Kenya", "(Kenya)") removed from before its date; its unit stays."""
    core, *unit = _DATE_PART.split(name, 1)
    return " ".join([_COUNTRY_PART.sub("", acled_name_forms(core)[0] if core else core).strip(), *unit]).strip()


def actor_matches_any_country(coded: str, predicted: Actor | None) -> bool:
    """True when the names agree once their countries are removed (the looser figure)."""
    if not coded or predicted is None:
        return False
    return fold(without_country(coded)) in {fold(without_country(n)) for n in (predicted.name, *predicted.aliases)}


def actor_matches(coded: str, predicted: Actor | None, registry: ActorRegistry) -> bool:
    """True when a predicted actor is the coded ACLED actor under the module's matching rule."""
    if not coded or predicted is None:
        return False
    mine = {fold(f) for n in (predicted.name, *predicted.aliases) for f in scored_forms(n)}
    for form in scored_forms(coded):
        if fold(form) in mine:
            return True
        known = registry.get(form)
        if known is not None and known.name == predicted.name:
            return True
    return False


def coded_kind(name: str, country: str, registry: ActorRegistry) -> str:
    """The kind of a coded ACLED actor by the registry: a named actor's, a generic rule's whose name it is in some
    country, a group's that ACLED codes by that name in a period (`coded_as`), an identity militia's, else the kind its
    name guesses; a state force of a country other than the note's (ACLED form) is "<kind>, foreign"."""
    head = without_country(name)
    known = next((a for f in scored_forms(name) if (a := registry.get(f)) is not None), None)
    rule = next((r for r in registry.generic_rules if without_country(r.template.format(country="X")) == head), None)
    period = next((registry.actors[a] for a, names in registry.coded_as.items() if name in names), None)
    if known is not None:
        kind = known.kind
    elif rule is not None:  # a state's forces by their name, before a group ACLED codes so in a period
        kind = rule.kind
    elif period is not None:
        kind = period.kind
    elif head in registry.militias.values() or any(head.endswith(f" {k}") for k in registry.militia_kinds.values()):
        kind = "identity militia"
    else:
        kind = registry.guess(head).kind
    return f"{kind}, foreign" if kind in _STATE_KINDS and country and country not in name else kind


def _is_coded_type(event: EventFact, label: str, taxonomy: Taxonomy) -> bool:
    code = taxonomy.get(label)
    return (event.event_type, event.sub_event_type) == (code.event_type, code.sub_event_type)


def scored_event(note: CodedNote, extraction: Extraction, taxonomy: Taxonomy) -> EventFact | None:
    """The event a note is scored on: the first of the coded sub-type, else the first (None: no event)."""
    return next((e for e in extraction.events if _is_coded_type(e, note.label, taxonomy)),
                extraction.events[0] if extraction.events else None)


def score_note(note: CodedNote, extraction: Extraction, registry: ActorRegistry, taxonomy: Taxonomy) -> NoteScore:
    """Score one note's extraction (see the module docstring for each criterion)."""
    events = extraction.events
    place_among: bool | None = None
    if note.latitude is not None and note.longitude is not None:
        place_among = any(m.place is not None and haversine_km(m.place.latitude, m.place.longitude, note.latitude,
                                                               note.longitude) <= PLACE_KM for m in extraction.places)
    event = scored_event(note, extraction, taxonomy)
    if event is None:
        return NoteScore(False, False, False, False, False if note.latitude is not None else None,
                         False if note.event_date else None, False if note.fatalities is not None else None,
                         place_among=place_among)
    place: bool | None = None
    if note.latitude is not None and note.longitude is not None:
        place = event.place is not None and haversine_km(
            event.place.latitude, event.place.longitude, note.latitude, note.longitude) <= PLACE_KM
    date: bool | None = None
    if note.event_date:
        date = event.date is not None and event.date.start.isoformat() == note.event_date == event.date.end.isoformat()
    fatalities = None if note.fatalities is None else (event.fatalities or 0) == note.fatalities
    return NoteScore(
        found=True,
        sub_type=_is_coded_type(event, note.label, taxonomy),
        actor1=actor_matches(note.actor1, event.actor1, registry),
        actor1_any_country=actor_matches(note.actor1, event.actor1, registry)
        or actor_matches_any_country(note.actor1, event.actor1),
        place=place,
        date=date,
        fatalities=fatalities,
        actor1_among=any(actor_matches(note.actor1, a, registry) for e in events
                         for a in (e.actor1, e.actor2, *e.assoc_actors)),
        place_among=place_among,
    )


@dataclass(frozen=True)
class ArgumentAccuracy:
    """Shares of notes right on each criterion (over the notes where it can be scored; NaN if none)."""

    notes: int
    found: float
    sub_type: float
    actor1: float
    actor1_any_country: float
    place: float
    date: float
    fatalities: float
    actor1_among: float
    place_among: float


def _share(values: Iterable[bool | None]) -> float:
    scored = [v for v in values if v is not None]
    return sum(scored) / len(scored) if scored else math.nan


def summarise(scores: list[NoteScore]) -> ArgumentAccuracy:
    """Per-criterion accuracy over a list of note scores."""
    return ArgumentAccuracy(
        notes=len(scores),
        found=_share(s.found for s in scores),
        sub_type=_share(s.sub_type for s in scores),
        actor1=_share(s.actor1 for s in scores),
        actor1_any_country=_share(s.actor1_any_country for s in scores),
        place=_share(s.place for s in scores),
        date=_share(s.date for s in scores),
        fatalities=_share(s.fatalities for s in scores),
        actor1_among=_share(s.actor1_among for s in scores),
        place_among=_share(s.place_among for s in scores),
    )
