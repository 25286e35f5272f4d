"""Refit the frame table's `generic_min_probability` for a new sentence typer (data/frame_table.yaml `typer`).

Usage: python training/fit_generic_floor.py --reference OLD/event_typer.npz [--floor 0.2] [--model NEW.npz]

A generic frame ("killed", "attacked") yields an event only where the typer gives the open code it chooses at least
the floor (table.py `decide`). The floor was set for the reference typer; a typer that spreads its probability
differently passes another share of those frames at the same number. This traces every generic frame's choice over
the news texts of the study sets of examples/sets.yaml, examples/reports and examples/june2014 (never a check set),
typed once by the reference typer and once by the new one, and prints the new typer's floor: the probability the
same share of generic choices reaches under it as reaches `--floor` under the reference (quantile matching). Run it
with the reference floor in data/frame_table.yaml (both typers then read the same table), then write the printed one.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np
import yaml

from frontwatch.classify.model import DEFAULT_MODEL_FILE
from frontwatch.classify.typer import SentenceTyper
from frontwatch.extract import table
from frontwatch.model import Document
from frontwatch.pipeline import build_extractor
from frontwatch.settings import Settings

REPO = Path(__file__).resolve().parents[1]
NEWS_SOURCES = ("examples/reports", "examples/june2014")  # study texts beside the study sets


def news_documents() -> list[Document]:
    """The study sets' reports and the study texts beside them, as documents."""
    sets = yaml.safe_load((REPO / "examples" / "sets.yaml").read_text(encoding="utf-8"))["sets"]
    paths = [REPO / s["path"] for s in sets.values() if s["role"] == "study"] + [REPO / p for p in NEWS_SOURCES]
    files = [f for p in paths for f in ([p] if p.is_file() else sorted([*p.glob("*.jsonl"), *p.glob("*.txt")]))]
    records = [json.loads(line) for f in files if f.suffix == ".jsonl"
               for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [Document(id=str(r["id"]), text=r["text"], origin="floor", published=date.fromisoformat(r["published"]))
            for r in records if r.get("published")]
    return docs + [Document(id=f.stem, text=f.read_text(encoding="utf-8"), origin="floor") for f in files
                   if f.suffix == ".txt"]


def generic_choices(extractor, docs: list[Document]) -> list[float]:  # type: ignore[no-untyped-def]
    """The typer's probability of the open code each generic frame would choose, over the documents."""
    seen: list[float] = []
    decide = table.FrameTable.decide

    def traced(self, cls, kinds_of, typing, *args, **kwargs):  # type: ignore[no-untyped-def]
        entry, probs = self.classes.get(cls), getattr(typing, "probs", None)
        if entry is not None and entry.generic and probs:
            spent = kwargs.get("spent") or frozenset()
            probs = table._without(probs, spent) if spent else probs
            open_codes = [c.code for c in entry.events if not c.when] or [""]
            seen.append(max(probs.get(c, 0.0) for c in open_codes))
        return decide(self, cls, kinds_of, typing, *args, **kwargs)

    table.FrameTable.decide = traced  # type: ignore[method-assign]
    try:
        for doc in docs:
            extractor.extract(doc)
    finally:
        table.FrameTable.decide = decide  # type: ignore[method-assign]
    return seen


def main() -> None:
    """Trace both typers' generic choices and print the floor that keeps the reference's share."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, required=True, help="the typer the current floor was set for")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL_FILE)
    parser.add_argument("--floor", type=float, default=0.2, help="the reference typer's floor")
    args = parser.parse_args()
    extractor, docs = build_extractor(Settings()), news_documents()
    extractor.typer = SentenceTyper.load(args.reference)
    old = np.array(generic_choices(extractor, docs))
    extractor.typer = SentenceTyper.load(args.model)
    new = np.array(generic_choices(extractor, docs))
    share = float((old >= args.floor).mean())
    floor = float(np.quantile(new, 1.0 - share))
    print(f"{len(docs)} documents; generic choices {len(old)} (reference) / {len(new)} (new); the reference passes "
          f"{share:.3f} at {args.floor}; the new typer passes that share from {floor:.4f}", file=sys.stderr)
    print(f"{floor:.3f}")


if __name__ == "__main__":
    main()
