"""Fit which side of a battle ACLED codes as actor 1, by the sides' kinds, country and year (data/side_order.yaml).

Usage: python training/fit_side_order.py [--corpus FILE] [--codes ARMED_CLASH] [--notes 10] [--share 0.75]
       [--alpha 0.05] [--scratch FILE] [--out src/frontwatch/data/side_order.yaml]
       [--manifest training/side_order_manifest.tsv]    (about 2.5 minutes: it reads the candidates' notes)

Notes: the coded notes' "train" split, without the countries `bench/acled_actor_countries_bench.py` holds out and
without the train samples the benches measure (`acled_notes_bench.py --split train --unseen-by training/manifest.tsv`
at --limit 1500 --seed 41, --limit 600 --seed 13, --limit 300 --seed 29); never dev, heldout or CASE. Each note of
a code with two sides of different kinds is a vote: the kind coded first, in its country and year. A side's kind is
the interaction code the extractor gives it (the actor registry's, as `Unidentified Armed Group (X)` is a rebel
group's there, 2, where ACLED codes 3), else ACLED's.

The years of a (country, kind pair) with notes are cut into runs whose pooled share of one kind first stays at least
`--share`; a run of at least `--notes` notes is a candidate. The extractor then reads the candidate's notes with no
fitted order (the roles decide, after the global `state_first` year): where it reads both sides, the convention wins a
note whose roles put the side ACLED codes second first, and loses one whose roles were right. A candidate is a cell
where its wins beat its losses beyond chance (one-sided sign test at `--alpha`): in those years of that country, the
kind is actor 1 whatever the roles make the doer (a told ambush by the other side included). Elsewhere the roles
decide. `--manifest` lists each note the fit counted (the text hash of training/manifest.tsv
and ACLED's event id), so anyone holding the sources can check what it saw.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import yaml

from frontwatch.evaluate.coded_notes import held_out_country, text_hash
from frontwatch.extract.events import EventReader
from frontwatch.model import Document
from frontwatch.pipeline import build_extractor
from frontwatch.resolve.actors import ActorRegistry
from frontwatch.settings import Settings
from frontwatch.taxonomy import DEFAULT_TAXONOMY_FILE, load_taxonomy

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from acled_notes_bench import DEFAULT_CORPUS, sample_notes  # noqa: E402  (the benches' sampling)
from fit_frame_trust import sign_test  # noqa: E402  (the fits' sign test)

ROOT = Path(__file__).resolve().parents[1]
TYPER_MANIFEST = ROOT / "training" / "manifest.tsv"
OUT = ROOT / "src" / "frontwatch" / "data" / "side_order.yaml"
MANIFEST = ROOT / "training" / "side_order_manifest.tsv"
MEASURED = ((1500, 41), (600, 13), (300, 29))  # the train samples the benches score: (limit, seed)
# ACLED's interaction codes, written as numbers in older exports and as names in newer ones
_INTERACTIONS = {"State forces": 1, "Rebel group": 2, "Political militia": 3, "Identity militia": 4, "Rioters": 5,
                 "Protesters": 6, "Civilians": 7, "External/Other forces": 8}
_DATED = re.compile(r"\s*\([^)]*\d[^)]*\)")


def interaction(value: object) -> int:
    """An interaction code as a number (0 when none is coded)."""
    if value in (None, "", 0, "0"):
        return 0
    return _INTERACTIONS.get(str(value)) or int(str(value))


class Kinds:
    """The interaction code the extractor gives a coded actor name: the registry's, else a generic rule's."""

    def __init__(self, registry: ActorRegistry) -> None:
        self.registry = registry
        self.rules = [(re.compile(re.escape(r.template).replace(re.escape("{country}"), ".+") + "$"), r.inter_code)
                      for r in registry.generic_rules]

    def of(self, name: str, coded: int) -> int:
        """The extractor's interaction code of an actor ACLED names so (its coded code where none is known)."""
        plain = _DATED.sub("", name).strip()
        actor = self.registry.get(plain)
        if actor is not None:
            return actor.inter_code
        return next((code for pattern, code in self.rules if pattern.match(plain)), coded)

    def coded(self, note: dict) -> tuple[int, int]:
        """The extractor's interaction codes of a note's coded actors 1 and 2."""
        return (self.of(note["actor1"], interaction(note.get("inter1"))),
                self.of(note["actor2"], interaction(note.get("inter2"))))


def fit_notes(corpus: Path, codes: set[str]) -> list[dict]:
    """The train notes of the codes with two coded sides, without the held-out countries and the measured samples."""
    measured = {note.id for limit, seed in MEASURED
                for note in sample_notes(corpus, "train", limit, seed, TYPER_MANIFEST)}
    notes = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            note = json.loads(line)
            if (note["split"] == "train" and note["label"] in codes and note.get("actor1") and note.get("actor2")
                    and note.get("event_date") and note["id"] not in measured
                    and not held_out_country(note.get("country", ""))):
                notes.append(note)
    return notes


def runs(years: dict[int, Counter[bool]], share: float) -> list[tuple[int, int, bool, int, int]]:
    """Consecutive years (with notes) cut where the pooled share of one side first falls below `share` or a year's
    own notes do not lean its way: (first year, last year, whether the lower kind is first, notes with it first,
    notes)."""
    found: list[tuple[int, int, bool, int, int]] = []
    run: list[int] = []
    for year in sorted(years):
        pooled, lower = sum((years[y] for y in [*run, year]), Counter()), _run(run, years)[2] if run else True
        leans = years[year][lower] > years[year][not lower]
        if run and (max(pooled.values()) < share * sum(pooled.values()) or not leans):
            found.append(_run(run, years))
            run = []
        run.append(year)
    if run:
        found.append(_run(run, years))
    return found


def _run(run: list[int], years: dict[int, Counter[bool]]) -> tuple[int, int, bool, int, int]:
    pooled = sum((years[y] for y in run), Counter())
    lower = pooled[True] >= pooled[False]
    return run[0], run[-1], lower, pooled[lower], sum(pooled.values())


def roles_right(notes: list[dict], kinds: Kinds, scratch: Path) -> list[bool | None]:
    """Per note, whether the extractor with no fitted order puts the side ACLED codes first first (None: it reads no
    event of the note's code with two sides of the coded kinds)."""
    scratch.write_text("orders: {}\n", encoding="utf-8")
    extractor = build_extractor(Settings())
    extractor.events = EventReader(extractor.table, load_taxonomy(DEFAULT_TAXONOMY_FILE, scratch))
    taxonomy, right = load_taxonomy(), []
    for note in notes:
        document = Document(id=note["id"], text=note["text"], origin=note["id"],
                            published=date.fromisoformat(note["event_date"]))
        read = [(e.actor1.inter_code, e.actor2.inter_code) for e in extractor.extract(document).events
                if e.actor1 and e.actor2 and taxonomy.code_for(e.event_type, e.sub_event_type) == note["label"]]
        read = [sides for sides in read if {*sides} == {*kinds.coded(note)}]
        right.append(read[0] == kinds.coded(note) if read else None)
    return right


def fit(notes: list[dict], kinds: Kinds, least: int, share: float, alpha: float, scratch: Path
        ) -> tuple[dict, list[dict]]:
    """The cells (code -> country -> rows) and the notes they were counted from."""
    counts: dict[tuple[str, str, int, int], dict[int, Counter[bool]]] = defaultdict(lambda: defaultdict(Counter))
    counted = []
    for note in notes:
        one, two = kinds.coded(note)
        if one != two and one and two:
            counts[note["label"], note["country"], min(one, two), max(one, two)][_year(note)][one < two] += 1
            counted.append(note)
    candidates = [(key, *run) for key, years in sorted(counts.items()) for run in runs(years, share)
                  if run[4] >= least and run[3] >= share * run[4]]
    within = {id(c): [n for n in counted if (n["label"], n["country"], *sorted(kinds.coded(n))) == c[0]
                      and c[1] <= _year(n) <= c[2]] for c in candidates}
    inside = [n for found in within.values() for n in found]
    right = dict(zip((n["id"] for n in inside), roles_right(inside, kinds, scratch), strict=True))
    cells: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for candidate in candidates:
        (code, country, low, high), start, end, lower, first, total = candidate
        kind = low if lower else high
        told = [(r, kinds.coded(n)[0] == kind) for n in within[id(candidate)] if (r := right[n["id"]]) is not None]
        wins, losses = sum(c and not r for r, c in told), sum(bool(r and not c) for r, c in told)
        print(f"{code} {country} {kind} first {start}-{end}: {first} of {total}; read {len(told)}, wins {wins}, "
              f"losses {losses}")
        if sign_test(wins, losses) < alpha:
            cells[code][country].append({"first": kind, "then": high if lower else low, "years": [start, end],
                                         "first_in": first, "notes": total, "wins": wins, "losses": losses})
    return {code: dict(by_country) for code, by_country in cells.items()}, counted


def _year(note: dict) -> int:
    return int(note["event_date"][:4])


def main() -> None:
    """Count the votes, write the cells and the manifest of the notes counted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--codes", nargs="+", default=["ARMED_CLASH"])
    parser.add_argument("--notes", type=int, default=10, help="least notes of a cell")
    parser.add_argument("--share", type=float, default=0.75, help="least share of one kind first in a candidate")
    parser.add_argument("--alpha", type=float, default=0.05, help="the sign test's level")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/side_order_none.yaml"), help="an empty order")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    args = parser.parse_args()
    cells, counted = fit(fit_notes(args.corpus, set(args.codes)), Kinds(ActorRegistry.load()), args.notes, args.share,
                         args.alpha, args.scratch)
    head = (f"# Fitted by training/fit_side_order.py (--codes {' '.join(args.codes)} --notes {args.notes} --share "
            f"{args.share} --alpha {args.alpha})\n# on {len(counted)} train notes (training/side_order_manifest.tsv); "
            "do not edit by hand.\n"
            "# code -> country (as ACLED writes it) -> rows: in those years (first, last) the side of kind `first`\n"
            "# (an ACLED interaction code as the extractor gives it) is actor 1 before the side of kind `then`,\n"
            "# whatever the roles say; `first_in` of `notes` train notes coded so; of those the extractor read with\n"
            "# both sides, `wins` whose roles put the other first, `losses` whose roles were right.\n")
    args.out.write_text(head + yaml.safe_dump({"orders": cells}, sort_keys=True, default_flow_style=None,
                                              width=120), encoding="utf-8")
    args.manifest.write_text("".join(f"{text_hash(n['text'])}\t{n.get('event_id', '')}\n" for n in sorted(
        counted, key=lambda n: text_hash(n["text"]))), encoding="utf-8")
    print(f"{sum(len(r) for c in cells.values() for r in c.values())} cells from {len(counted)} notes")


if __name__ == "__main__":
    main()
