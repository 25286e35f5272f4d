"""Benchmark of control claims on ACLED-coded notes: notes coded as a change of hands against all others.

A note coded "Non-state actor overtakes territory", "Government regains territory" or "Non-violent
transfer of territory" states that its actor 1 now holds the coded place (for a transfer, the
receiving side). Over those notes: a claim found (a `controls`/`partial` claim on a place within
25 km of the coded point, whoever holds it) and the side right (its holder matches actor 1 by the
rule of frontwatch/evaluate/coded_notes.py); over those with an actor 2 (the side that gave the place up), a `lost`
claim within 25 km held by it (the loser right); over those with no coded point (the 25 km rule cannot find
them), a `controls`/`partial` claim on a place of the coded name. Over a seeded sample of notes of the other violent
sub-types (battles, strikes, attacks on civilians: none changes who holds a place): false claims
per 100 notes (`controls`, `partial` or `lost` claims on any place). `--dump` writes each
note's coding and control claims as JSON lines.

Run: .venv/bin/python bench/acled_control_bench.py [--split dev|train|heldout] [--limit 200] [--others 200]
     [--half study|score]
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date
from pathlib import Path

from acled_notes_bench import DEFAULT_CORPUS, halve

from frontwatch.evaluate.coded_notes import PLACE_KM, CodedNote, actor_matches, fold, load_coded_notes
from frontwatch.extract.extractor import Extractor
from frontwatch.model import ControlFact, ControlStatus, Document
from frontwatch.pipeline import build_extractor
from frontwatch.resolve.geo_math import haversine_km
from frontwatch.settings import Settings
from frontwatch.taxonomy import load_taxonomy

CHANGES = ("NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT", "NON_VIOL_TERRIT_TRANSFER")
HOLDS = {ControlStatus.CONTROLS, ControlStatus.PARTIAL}
FALSE = HOLDS | {ControlStatus.LOST}
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def split_notes(corpus: Path, split: str, limit: int, others: int,
                seed: int) -> tuple[list[CodedNote], list[CodedNote]]:
    """The split's change-of-hands notes (a seeded sample of `limit`) and a seeded sample of `others` notes of
    the other violent sub-types."""
    taxonomy, rng = load_taxonomy(), random.Random(seed)
    notes = load_coded_notes(corpus, split)
    changes = [n for n in notes if n.label in CHANGES]
    rest = [n for n in notes if n.label not in CHANGES and n.label in taxonomy.codes
            and taxonomy.get(n.label).event_type in VIOLENT_TYPES]
    return rng.sample(changes, min(limit, len(changes))), rng.sample(rest, min(others, len(rest)))


def claims(extractor: Extractor, note: CodedNote) -> list[ControlFact]:
    """The control claims extracted from one note (published on its coded day)."""
    published = date.fromisoformat(note.event_date) if note.event_date else None
    return extractor.extract(Document(id=note.id, text=note.text, origin=note.id, published=published)).control


def near(fact: ControlFact, note: CodedNote) -> bool:
    """Whether a claim's place lies within 25 km of the note's coded point."""
    return note.latitude is not None and note.longitude is not None and haversine_km(
        fact.place.latitude, fact.place.longitude, note.latitude, note.longitude) <= PLACE_KM


def main() -> None:
    """Run the benchmark and print its rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", choices=("dev", "train", "heldout"), default="dev")
    parser.add_argument("--limit", type=int, default=200, help="change-of-hands notes at most")
    parser.add_argument("--others", type=int, default=200, help="notes of other violent sub-types")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--half", choices=("study", "score"), default=None, help="one seeded half of each sample")
    parser.add_argument("--dump", type=Path, default=None, help="write each note's coding and claims here")
    args = parser.parse_args()
    changes, others = split_notes(args.corpus, args.split, args.limit, args.others, args.seed)
    changes, others = halve(changes, args.half, args.seed), halve(others, args.half, args.seed)
    extractor = build_extractor(Settings())
    found = side = false = losers = lost = unplaced = named = 0
    rows = []
    for note in [*changes, *others]:
        facts = claims(extractor, note)
        held = [f for f in facts if f.status in HOLDS and near(f, note)]
        if note.label in CHANGES:
            found += bool(held)
            side += any(actor_matches(note.actor1, f.actor, extractor.registry) for f in held)
            losers += bool(note.actor2)
            unplaced += (bare := note.latitude is None or note.longitude is None)
            named += bare and any(f.status in HOLDS and fold(note.location) in {fold(n) for n in (
                f.place.name, *f.place.aliases)} for f in facts)
            lost += bool(note.actor2) and any(f.status == ControlStatus.LOST and near(f, note) and actor_matches(
                note.actor2, f.actor, extractor.registry) for f in facts)
        else:
            false += sum(f.status in FALSE for f in facts)
        rows.append({"id": note.id, "label": note.label, "actor1": note.actor1, "text": note.text,
                     "claims": [[f.actor.name, f.place.name, f.status.value] for f in facts]})
    half = f", {args.half} half" if args.half else ""
    print(f"## ACLED control, split {args.split}{half} (seed {args.seed})\n")
    print("| change notes | claim found ≤25 km | side right | with actor 2 | its loss found | no coded point | "
          "claim at its name | other violent notes | false claims /100 |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| {len(changes)} | {found / max(len(changes), 1):.3f} | {side / max(len(changes), 1):.3f} | {losers} | "
          f"{lost / max(losers, 1):.3f} | {unplaced} | {named / max(unplaced, 1):.3f} | {len(others)} | "
          f"{100 * false / max(len(others), 1):.1f} |")
    if args.dump is not None:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
