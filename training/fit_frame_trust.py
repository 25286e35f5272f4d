"""Fit how far each frame class trusts the sentence typer's label over its own decided code (data/frame_trust.yaml).

Usage: python training/fit_frame_trust.py [--limit 1500] [--seed 7] [--records FILE] [--from-records FILE]
       [--out src/frontwatch/data/frame_trust.yaml]

Notes: a seeded sample of the ACLED coded notes' "train" split, without the notes the typer was trained on
(training/manifest.tsv: its probabilities there are in-sample) and without the check sample of the benches
(`acled_notes_bench.py --split train --limit 300 --seed 29`); never dev, heldout or CASE. Each note codes one
happening, so each event the extractor reads in it is right where its code is the note's label.

Each frame that yields an event is traced (bench/arbiter_cases.py): its class, its code, and its sentence's typer
label L with L's probability p. Where a frame decided a code and L is another code of its class (its roles cast it),
the typer was right (L is the note's label), the frame was, or neither. The trust of L over a class's code is the
least p at which taking L gains most over the whole sample (typer right minus frame right over the frames read at p
or more, and at least `--floor`: a label the typer reads as likelier than all else together), kept only where a
one-sided sign test over the notes it settles there (typer right and frame wrong against the reverse) rejects chance
at `--alpha`; elsewhere the class keeps its code. `--records`
writes the traced disagreements (JSON lines), `--from-records` fits again from such a file without extracting.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from math import comb
from pathlib import Path

import yaml

from frontwatch.extract.table import load_table
from frontwatch.model import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from acled_notes_bench import DEFAULT_CORPUS, sample_notes  # noqa: E402  (the benches' sampling)
from arbiter_cases import traced_extractor  # noqa: E402  (the benches' frame trace)

MANIFEST = Path(__file__).resolve().parent / "manifest.tsv"
OUT = Path(__file__).resolve().parents[1] / "src" / "frontwatch" / "data" / "frame_trust.yaml"
CHECK = (300, 29)  # the benches' check sample of the train split: never fitted on


def disagreements(limit: int, seed: int) -> list[dict]:
    """The traced frames whose code differs from their sentence typer's ACLED label, over the fitting notes."""
    check = {n.id for n in sample_notes(DEFAULT_CORPUS, "train", *CHECK)}
    notes = [n for n in sample_notes(DEFAULT_CORPUS, "train", limit + CHECK[0], seed, MANIFEST) if n.id not in check]
    extractor, trace = traced_extractor()
    out = []
    for note in notes[:limit]:
        trace.clear()
        extractor.extract(Document(id=note.id, text=note.text, origin=note.id))
        out += [{"note": note.id, "gold": note.label, "cls": t.cls, "code": t.code, "chosen": t.chosen,
                 "typed": t.typed, "p": t.probs.get(t.typed, 0.0)}
                for t in trace if t.typed != t.code]
    return out


def trusting(records: list[dict]) -> list[dict]:
    """The disagreements trust settles: the typer's label is another code of the frame's class (its roles cast it)."""
    codes = {cls: {c.code for c in entry.events} for cls, entry in load_table().classes.items()}
    return [r for r in records if r["typed"] in codes.get(r["cls"], set())]


def sign_test(wins: int, losses: int) -> float:
    """One-sided sign test: the chance of `wins` or more of `wins + losses` fair coin tosses."""
    n = wins + losses
    return sum(comb(n, k) for k in range(wins, n + 1)) / 2**n


def fit(records: list[dict], alpha: float, floor: float) -> dict[str, dict[str, dict[str, dict[str, float | int]]]]:
    """Per class, code and typer label, the least typer probability (at least `floor`) above which the label gains most
    over the code, where the gain there is beyond chance at `alpha`, with what it gains on the sample."""
    by_pair: dict[tuple[str, str, str], list[tuple[float, int]]] = defaultdict(list)
    for r in records:
        by_pair[r["cls"], r["code"], r["typed"]].append((r["p"], (r["typed"] == r["gold"]) - (r["code"] == r["gold"])))
    trust: dict[str, dict[str, dict[str, dict[str, float | int]]]] = {}
    for (cls, code, label), scored in sorted(by_pair.items()):
        best, at = 0, None
        for p in sorted({p for p, _ in scored if p >= floor}):
            gain = sum(g for q, g in scored if q >= p)
            if gain > best:
                best, at = gain, p
        settled = [g for q, g in scored if at is not None and q >= at]
        if at is not None and sign_test(settled.count(1), settled.count(-1)) <= alpha:
            row = {"above": round(at - 0.005, 3), "gain": best, "read": len(scored)}
            trust.setdefault(cls, {}).setdefault(code, {})[label] = row
    return trust


def main() -> None:
    """Trace (or read) the disagreements, fit each class's trust and write it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--alpha", type=float, default=0.05, help="the sign test's level a trusted label must reach")
    parser.add_argument("--floor", type=float, default=0.5,
                        help="the least trust: the typer reads its label as likelier than all else together")
    parser.add_argument("--records", type=Path, default=None)
    parser.add_argument("--from-records", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if args.from_records is not None:
        records = [json.loads(line) for line in args.from_records.read_text(encoding="utf-8").splitlines()]
    else:
        records = disagreements(args.limit, args.seed)
    if args.records is not None:
        args.records.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    trust = fit(trusting(records), args.alpha, args.floor)
    for cls, codes in trust.items():
        for code, labels in codes.items():
            for label, row in labels.items():
                print(f"{cls:16s} {code:24s} -> {label:24s} above {row['above']:.3f}  gain {row['gain']:3d} of "
                      f"{row['read']} disagreements")
    header = (f"# Fitted by training/fit_frame_trust.py (--limit {args.limit} --seed {args.seed} --alpha "
              f"{args.alpha} --floor {args.floor}); do not edit by hand.\n")
    args.out.write_text(header + yaml.safe_dump({"trust": trust}, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
