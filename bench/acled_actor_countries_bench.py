"""Actor 1 on ACLED train notes by country, on whole countries set aside from the rest (country shift).

The train split's countries are cut in two by a seeded hash of their names: the held-out countries
(one in `--folds`) give the measure (up to `--cap` notes each, seeded), the other countries give a
sample to study (`--study`: its misses, by class, go to `--dump`). Nothing here is fitted.

Miss classes (first that holds): no event; sub-type (the scored event is of another sub-type, whose
actor 1 ACLED codes otherwise: "Rioters" for "Protesters"); wrong mention (the coded actor 1 is another event
actor of the extraction, or the predicted actor is the coded actor 2); wrong country (right once
countries are removed); militia (coded an ethnic, clan or communal militia); generic pattern (coded
a generic actor: forces, rioters, protesters, civilians, unidentified group); named, unknown (a
named group the registry does not know); named, missed (known, not chosen).

Run: .venv/bin/python bench/acled_actor_countries_bench.py [--corpus FILE] [--folds 4] [--cap 150]
         [--study] [--dump FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from acled_notes_bench import DEFAULT_CORPUS, run_notes

from frontwatch.evaluate.coded_notes import (
    CodedNote,
    NoteScore,
    acled_name_forms,
    held_out_country,
    load_coded_notes,
    summarise,
)
from frontwatch.model import Extraction
from frontwatch.pipeline import build_extractor
from frontwatch.settings import Settings
from frontwatch.taxonomy import NONE_LABEL

_GENERIC = re.compile(r"^(Military Forces of|Police Forces of|Unidentified|Rioters|Protesters|Civilians|"
                      r"Government of|Private Security)")
_MILITIA = re.compile(r"(Ethnic|Clan|Communal|Sub-Clan|Religious) Militia|^[A-Z]\w+ Militia \(")


def country_sample(corpus: Path, folds: int, cap: int, study: bool, seed: int = 13) -> list[CodedNote]:
    """Up to `cap` seeded train notes of each held-out country (or, `study`, of each other country)."""
    by_country: dict[str, list[CodedNote]] = defaultdict(list)
    for note in load_coded_notes(corpus, "train"):
        if note.label != NONE_LABEL and note.actor1 and held_out_country(note.country, folds) != study:
            by_country[note.country].append(note)
    rng = random.Random(seed)
    return [n for country in sorted(by_country) for n in rng.sample(by_country[country],
                                                                      min(cap, len(by_country[country])))]


def miss_class(note: CodedNote, score: NoteScore, extraction: Extraction) -> str:
    """Why actor 1 is wrong (module docstring), or "right"."""
    if score.actor1:
        return "right"
    if not score.found:
        return "no event"
    if not score.sub_type:
        return "sub-type"
    predicted = {e.actor1.name for e in extraction.events if e.actor1 is not None}
    coded2 = set(acled_name_forms(note.actor2)) if note.actor2 else set()
    if score.actor1_among or predicted & coded2:
        return "wrong mention"
    if score.actor1_any_country:
        return "wrong country"
    if _MILITIA.search(note.actor1):
        return "militia"
    if _GENERIC.search(note.actor1):
        return "generic pattern"
    return "named"


def main() -> None:
    """Run the benchmark and print actor 1 by country and the miss classes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--cap", type=int, default=150)
    parser.add_argument("--study", action="store_true", help="the other countries (to study), not the held-out ones")
    parser.add_argument("--dump", type=Path, default=None, help="write each miss (coding, class, predicted) here")
    args = parser.parse_args()
    notes = country_sample(args.corpus, args.folds, args.cap, args.study)
    extractor = build_extractor(Settings())
    scores, extractions, _ = run_notes(extractor, notes)
    which = "study countries" if args.study else "held-out countries"
    print(f"## actor 1 on train notes, {which}: {len(notes)} notes, {len({n.country for n in notes})} countries\n")
    overall = summarise(scores)
    print(f"actor 1 {overall.actor1:.3f}, any country {overall.actor1_any_country:.3f}, "
          f"among events' actors {overall.actor1_among:.3f}\n")
    by_country: dict[str, list[NoteScore]] = defaultdict(list)
    classes: Counter[str] = Counter()
    misses = []
    for note, score, extraction in zip(notes, scores, extractions, strict=True):
        by_country[note.country].append(score)
        kind = miss_class(note, score, extraction)
        classes[kind] += 1
        if kind != "right":
            misses.append({"id": note.id, "country": note.country, "label": note.label, "class": kind,
                           "actor1": note.actor1, "actor2": note.actor2, "text": note.text,
                           "predicted": [e.actor1.name if e.actor1 else None for e in extraction.events]})
    print("| country | notes | actor 1 | any country |\n|---|---:|---:|---:|")
    for country in sorted(by_country, key=lambda c: -len(by_country[c])):
        acc = summarise(by_country[country])
        print(f"| {country} | {acc.notes} | {acc.actor1:.3f} | {acc.actor1_any_country:.3f} |")
    print("\n| class | notes |\n|---|---:|")
    for kind, count in classes.most_common():
        print(f"| {kind} | {count} |")
    if args.dump is not None:
        args.dump.write_text("".join(json.dumps(m) + "\n" for m in misses), encoding="utf-8")


if __name__ == "__main__":
    main()
