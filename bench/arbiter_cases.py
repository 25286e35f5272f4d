"""The frame's label against the typer's, per note (issue 18): who is right where they differ, and through which class.

For each note of an ACLED split sample (or each snippet of the CASE study half) it runs the full extractor and the
typer on the whole text (forced, as `case2021_bench.py` types it), and counts the four cases of typer label and
extractor label (the scored one, as the benches score it) against the gold: both right, typer only, extractor only,
neither, and no event. Each frame the extractor reads is traced: its class, the code it yields, whether its words
decided it (a `when` condition) or the typer chose among open codes, and the sentence typer's label and probability;
the scored event's frame is tabled per class where its code and its sentence's typer label differ: which of them is
the gold. Read the study parts only (ACLED train samples, CASE study half); `--dump FILE` writes each traced note.

Run: .venv/bin/python bench/arbiter_cases.py [--case | --split train --limit 600 --seed 13] [--dump FILE]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from acled_notes_bench import DEFAULT_CORPUS, sample_notes

from frontwatch.evaluate.case import ACLED_LABELS, case_half, load_case_tsv
from frontwatch.extract.events import EventReader
from frontwatch.model import Document
from frontwatch.pipeline import build_extractor
from frontwatch.settings import Settings
from frontwatch.taxonomy import NONE_LABEL, load_taxonomy


@dataclass
class Traced:
    """One frame's reading: its class and predicate, the code it yields and whether its words chose it, and its
    sentence typer's label and probabilities."""

    cls: str
    trigger: str
    code: str
    chosen: bool
    typed: str
    probs: dict[str, float]


def traced_extractor() -> tuple[object, list[Traced]]:
    """The packaged extractor, and the list each frame it reads is traced into."""
    extractor, taxonomy, trace = build_extractor(Settings()), load_taxonomy(), list[Traced]()
    reader: EventReader = extractor.events
    event = reader._event

    def _traced(ctx, unit, frame, frames, typing, spent=frozenset()):  # type: ignore[no-untyped-def]
        told = event(ctx, unit, frame, frames, typing, spent)
        if told is not None:
            fact, chosen = told
            code = taxonomy.code_for(fact.event_type, fact.sub_event_type)
            trace.append(Traced(frame.cls, frame.predicate.text, code, chosen, getattr(typing, "label", NONE_LABEL),
                                dict(getattr(typing, "probs", {}) or {})))
        return told

    reader._event = _traced  # type: ignore[method-assign]
    return extractor, trace


def main() -> None:
    """Print the four cases and the per-class table of disagreements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="store_true", help="the CASE 2021 dev study half instead of ACLED notes")
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--split", choices=("train",), default="train", help="study samples only")
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--dump", type=Path, default=None)
    args = parser.parse_args()
    if args.case:
        items = [(s.id, s.label, s.text) for s in case_half(load_case_tsv(args.shared / "eval" / "case2021-dev.tsv"),
                                                            "study")]
    else:
        items = [(n.id, n.label, n.text) for n in sample_notes(DEFAULT_CORPUS, args.split, args.limit, args.seed)]
    extractor, trace = traced_extractor()
    taxonomy = load_taxonomy()
    cases, disagree = Counter[str](), Counter[tuple[str, str, str]]()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for note_id, gold, text in items:
        trace.clear()
        extraction = extractor.extract(Document(id=note_id, text=text, origin=note_id))
        typed = extractor.typer.classify([text], forced=True)[0].label
        codes = [taxonomy.code_for(e.event_type, e.sub_event_type) for e in extraction.events]
        got = gold if gold in codes or (not codes and gold not in ACLED_LABELS) else codes[0] if codes else NONE_LABEL
        case = ("both" if typed == gold else "extractor only") if got == gold else (
            "typer only" if typed == gold else "neither")
        cases[case + (", no event" if not codes else "")] += 1
        scored = next((e for e in extraction.events if taxonomy.code_for(e.event_type, e.sub_event_type) == got), None)
        frame = next((t for t in trace if scored is not None and t.code == got and t.trigger == scored.trigger), None)
        if frame is not None and frame.typed != frame.code:
            right = "frame" if frame.code == gold else "typer" if frame.typed == gold else "neither"
            disagree[frame.cls, "when" if frame.chosen else "open", right] += 1
        if dump is not None:
            dump.write(json.dumps({"id": note_id, "gold": gold, "typed": typed, "extracted": codes, "case": case,
                                   "frames": [t.__dict__ | {"p_typed": t.probs.get(t.typed), "probs": None}
                                              for t in trace], "text": text}) + "\n")
    print(f"{len(items)} notes\n\n| case | notes |\n|---|---:|")
    for case, n in sorted(cases.items()):
        print(f"| {case} | {n} |")
    print("\nscored frame's code against its sentence's typer label, where they differ (who is the gold):\n")
    print("| class | decided by | frame right | typer right | neither |\n|---|---|---:|---:|---:|")
    for cls, how in sorted({(c, h) for c, h, _ in disagree}):
        print(f"| {cls} | {how} | " + " | ".join(str(disagree[cls, how, r]) for r in ("frame", "typer", "neither"))
              + " |")
    if dump is not None:
        dump.close()


if __name__ == "__main__":
    main()
