"""Fit how each country's coders code a fight between communities, in each era (data/communal_codes.yaml).

Usage: python training/fit_communal_codes.py [--corpus FILE] [--notes 10]
       [--out src/frontwatch/data/communal_codes.yaml] [--manifest training/communal_codes_manifest.tsv]

A fight between communities (clans, peoples, villages, herders and farmers) is coded an armed clash of their identity
militias by some coders and mob violence by rioters by others: Somalia's code nearly all such fights as battles, in
every year; Bangladesh's and Sri Lanka's riots of the newer exports as mob violence. The votes are the train notes
coded either way whose sides are of those kinds only: actor 1 an identity militia or rioters, actor 2 one of those or
none (ACLED's interaction codes 4 and 5). Notes: the coded notes' "train" split, without the countries
`bench/acled_actor_countries_bench.py` holds out and without the train samples the benches measure (as
training/fit_side_order.py); never dev, heldout or CASE.

Each note's era is the frame table's (data/frame_table.yaml `eras`: the first whose last year its year is up to, else
`since`). A country's era with at least `--notes` votes takes its majority's code; any other takes the era's majority
over all countries (`default`). The extractor reads the table as the pseudo-role `communal` of a fight's frame (the
code for its country and year). `--manifest` lists each note the fit counted (the text hash of training/manifest.tsv
and ACLED's event id), so anyone holding the sources can check what it saw.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import yaml
from fit_side_order import MEASURED, TYPER_MANIFEST, interaction, sample_notes  # the side-order fit's samples

from frontwatch.evaluate.coded_notes import held_out_country, text_hash
from frontwatch.extract.table import load_table
from frontwatch.settings import Settings
from frontwatch.taxonomy import era_of

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "frontwatch" / "data" / "communal_codes.yaml"
MANIFEST = ROOT / "training" / "communal_codes_manifest.tsv"
CODES = ("ARMED_CLASH", "MOB_VIOL")  # the two ways coders code a fight between communities
SIDES = {4, 5}  # identity militias, rioters (ACLED's interaction codes)


def votes(corpus: Path, eras: dict[str, int]) -> list[tuple[dict, str]]:
    """The train notes of a fight between communities, each with its era, without the held-out countries and the
    measured samples."""
    measured = {note.id for limit, seed in MEASURED for note in sample_notes(corpus, "train", limit, seed,
                                                                             TYPER_MANIFEST)}
    found = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        note = json.loads(line)
        if (note["split"] == "train" and note["label"] in CODES and note.get("event_date")
                and interaction(note.get("inter1")) in SIDES and interaction(note.get("inter2")) in SIDES | {0}
                and note["id"] not in measured and not held_out_country(note.get("country", ""))):
            found.append((note, era_of(int(note["event_date"][:4]), eras)))
    return found


def fit(counted: list[tuple[dict, str]], least: int) -> dict[str, dict[str, str]]:
    """Country -> era -> code where a country's era has `least` votes; `default` -> era -> the era's majority."""
    cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for note, era in counted:
        cells[note["country"], era][note["label"]] += 1
        cells["default", era][note["label"]] += 1
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for (country, era), codes in sorted(cells.items()):
        if country == "default" or sum(codes.values()) >= least:
            table[country][era] = codes.most_common(1)[0][0]
    return dict(table)


def main() -> None:
    """Count the votes, write the table and the manifest of the notes counted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Settings().acled_corpus)
    parser.add_argument("--notes", type=int, default=10, help="least votes of a country's era")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    args = parser.parse_args()
    counted = votes(args.corpus, dict(load_table().eras))
    table = fit(counted, args.notes)
    head = (f"# Fitted by training/fit_communal_codes.py (--notes {args.notes}) on {len(counted)} train notes\n"
            "# (training/communal_codes_manifest.tsv); do not edit by hand. How the coders of a country (as ACLED\n"
            "# writes it) code a fight between communities in an era of data/frame_table.yaml (`since`: after the\n"
            "# last): an armed clash of their militias or mob violence by rioters; `default` for any other country.\n")
    args.out.write_text(head + yaml.safe_dump({"codes": table}, sort_keys=True, default_flow_style=None, width=120),
                        encoding="utf-8")
    args.manifest.write_text("".join(f"{text_hash(n['text'])}\t{n.get('event_id', '')}\n" for n in sorted(
        (n for n, _ in counted), key=lambda n: text_hash(n["text"]))), encoding="utf-8")
    print(f"{sum(len(e) for e in table.values())} cells from {len(counted)} notes")


if __name__ == "__main__":
    main()
