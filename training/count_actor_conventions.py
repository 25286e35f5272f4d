"""Count who ACLED codes as actor 1 in train notes: the evidence for `state_first` in
src/frontwatch/data/acled_taxonomy.yaml and for generic actor nouns in src/frontwatch/data/actors.yaml.

Per sub-type and era (events up to 2018, and later), over notes with exactly one state side (interaction 1), how
often the state's side is actor 1; with `--by-country`, the countries and years whose coders put the state's side
first in nearly every such note (fitted over every pair of kinds by fit_side_order.py); with `--phrase`, the actor 1
names most coded for notes writing that phrase.
Train split only, without the countries the actor bench holds out (bench/acled_actor_countries_bench.py), whose notes
are its measure. Reads the coded columns and, for `--phrase`, note text; writes nothing.

Run: .venv/bin/python training/count_actor_conventions.py [--corpus FILE] [--last-older-year 2018]
         [--by-country] [--phrase "international forces"]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from frontwatch.evaluate.coded_notes import held_out_country
from frontwatch.settings import Settings

# ACLED's interaction codes, written as numbers in older exports and as names in newer ones
_INTERACTIONS = {"State forces": 1, "Rebel group": 2, "Political militia": 3, "Identity militia": 4, "Rioters": 5,
                 "Protesters": 6, "Civilians": 7, "External/Other forces": 8}
_DATED = re.compile(r"\s*\([^)]*\d[^)]*\).*$")
_YEAR_NOTES, _YEAR_SHARE = 10, 0.9  # a country's year of coding conventions: so many notes, so many state first


def interaction(value: object) -> int:
    """An interaction code as a number (0 when none is coded)."""
    if value in (None, "", 0, "0"):
        return 0
    return _INTERACTIONS.get(str(value)) or int(str(value))


def train_notes(corpus: Path) -> list[dict]:
    """The train split's coded event notes, without the actor bench's held-out countries."""
    notes = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            note = json.loads(line)
            if note["split"] == "train" and note.get("actor1") and not held_out_country(note.get("country", "")):
                notes.append(note)
    return notes


def country_years(notes: list[dict]) -> dict[tuple[str, str], list[tuple[int, int, int]]]:
    """(sub-type, country) -> the years of at least `_YEAR_NOTES` notes with one state side whose state's side is actor
    1 in `_YEAR_SHARE` of them or more, each with its count of state-first notes and of notes."""
    first: dict[tuple[str, str, int], Counter[bool]] = defaultdict(Counter)
    for note in notes:
        sides = [interaction(note.get("inter1")) == 1, interaction(note.get("inter2")) == 1]
        if note.get("actor2") and note.get("event_date") and sides.count(True) == 1:
            first[note["label"], note["country"], int(note["event_date"][:4])][sides[0]] += 1
    years: dict[tuple[str, str], list[tuple[int, int, int]]] = defaultdict(list)
    for (label, country, year), count in sorted(first.items()):
        total = sum(count.values())
        if total >= _YEAR_NOTES and count[True] >= _YEAR_SHARE * total:
            years[label, country].append((year, count[True], total))
    return years


def main() -> None:
    """Print the state-first counts per sub-type and era, and the actor 1 names of a phrase."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Settings().acled_corpus)
    parser.add_argument("--last-older-year", type=int, default=2018)
    parser.add_argument("--by-country", action="store_true", help="print the countries' state-first years")
    parser.add_argument("--phrase", default=None, help="count the actor 1 names of notes writing this phrase")
    args = parser.parse_args()
    notes = train_notes(args.corpus)
    first: dict[tuple[str, str], Counter[bool]] = defaultdict(Counter)
    for note in notes:
        sides = [interaction(note.get("inter1")) == 1, interaction(note.get("inter2")) == 1]
        if note.get("actor2") and note.get("event_date") and sides.count(True) == 1:
            era = "older" if int(note["event_date"][:4]) <= args.last_older_year else "later"
            first[note["label"], era][sides[0]] += 1
    print(f"| sub-type | state first, up to {args.last_older_year} | state first, later |\n|---|---:|---:|")
    for label in sorted({label for label, _ in first}):
        cells = [f"{first[label, era][True]} of {sum(first[label, era].values())}" for era in ("older", "later")]
        print(f"| {label} | {cells[0]} | {cells[1]} |")
    if args.by_country:
        print("\n| sub-type | country | years: state first of notes |\n|---|---|---|")
        for (label, country), years in country_years(notes).items():
            print(f"| {label} | {country} | {'; '.join(f'{y}: {n} of {t}' for y, n, t in years)} |")
    if args.phrase:
        pattern = re.compile(rf"\b{re.escape(args.phrase)}\b", re.I)
        names = Counter(_DATED.sub("", n["actor1"]) for n in notes if pattern.search(n["text"]))
        print(f"\n{args.phrase!r}: {sum(names.values())} notes, actor 1 {names.most_common(5)}")


if __name__ == "__main__":
    main()
