"""Notes whose scored sub-type is wrong, from a dump of `bench/acled_notes_bench.py --dump FILE`, for study.

Prints, for the coded labels asked (default: the protest and riot families), each note where an event was found
but the scored event (the first of the coded sub-type, else the first; as the bench scores it) has another
sub-type: the coded label, the scored code, every extracted event's code and trigger, and the note's text. With
`--against OTHER_DUMP` (the same sample run by another revision) it prints only the notes whose verdict changed
between the two, marked `+` (now right) or `-` (now wrong). Read the study split's dump only; never commit a note.

Run: .venv/bin/python bench/subtype_misses.py DUMP.jsonl [--labels CODE ...] [--against OTHER.jsonl] [--width 600]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

FAMILIES = ("PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR", "MOB_VIOL")


def scored_code(note: dict) -> str | None:
    """The code of the event the bench scores a dumped note on (None: no event found)."""
    codes = [event["code"] for event in note["events"]]
    return note["label"] if note["label"] in codes else (codes[0] if codes else None)


def read_dump(path: Path) -> dict[str, dict]:
    """The dumped notes by id."""
    with path.open(encoding="utf-8") as lines:
        return {note["id"]: note for note in map(json.loads, lines)}


def show(note: dict, mark: str, width: int) -> str:
    """One note's coding, extracted events and text, for reading."""
    events = "; ".join(f"{e['code']} '{e['trigger']}' ({e['actor1']} / {e['actor2']})" for e in note["events"])
    return (f"{mark} [{note['id']}] coded {note['label']} ({note['actor1']} / {note['actor2']}) -> "
            f"{scored_code(note)}\n    events: {events}\n    text: {note['text'][:width]}\n")


def main() -> None:
    """Print the wrong (or changed) notes of the labels asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--labels", nargs="*", default=list(FAMILIES))
    parser.add_argument("--against", type=Path, default=None, help="another revision's dump of the same sample")
    parser.add_argument("--width", type=int, default=600, help="characters of each note's text shown")
    args = parser.parse_args()
    notes = read_dump(args.dump)
    other = read_dump(args.against) if args.against is not None else None
    for note_id, note in notes.items():
        if note["label"] not in args.labels:
            continue
        right = scored_code(note) == note["label"]
        if other is None:
            if not right and note["events"]:
                print(show(note, "-", args.width))
        elif note_id in other and right != (scored_code(other[note_id]) == note["label"]):
            print(show(note, "+" if right else "-", args.width))


if __name__ == "__main__":
    main()
