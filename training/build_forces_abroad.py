"""Write src/frontwatch/data/forces_abroad.yaml: the countries where ACLED codes another state's forces of a kind
where a report's unqualified forces stand ("soldiers at a checkpoint near Jenin": Israel's), learned from the coded
actor columns of the corpus's train split.

For each country a note is coded in and each kind of state force ("Military Forces", "Police Forces"), the forces'
own countries are counted over both actor columns; where one foreign country holds at least `--share` of them, over
`--min-count` codings or more, that kind of force is that country's there. Only actor names and their counts are read
(no note text).

    .venv/bin/python training/build_forces_abroad.py [--corpus FILE]

(the corpus defaults to $FRONTWATCH_WORK_DIR/acled/corpus.jsonl, as training/build_corpus.py writes it)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import yaml

from frontwatch.settings import Settings

OUT = Path(__file__).parents[1] / "src" / "frontwatch" / "data" / "forces_abroad.yaml"
FORCES = re.compile(r"^(?P<kind>\w+ Forces) of (the )?(?P<country>.+?) \(\d{4}-")
HEADER = """\
# Where ACLED codes another state's forces of a kind for the forces a report writes without their country: the
# country a note is coded in (as ACLED writes it) -> the kind of force (a generic actor's name before " of ") -> the
# state whose forces they are. Built by training/build_forces_abroad.py from the actor columns of the corpus's
# train split (counts of coded names only; no note text).
"""


def main() -> None:
    """Count state forces by the country of their notes and write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Settings().acled_corpus)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-count", type=int, default=10)
    parser.add_argument("--share", type=float, default=0.8)
    args = parser.parse_args()
    counts: dict[tuple[str, str], Counter[str]] = {}
    for line in args.corpus.read_text(encoding="utf-8").splitlines():
        note = json.loads(line)
        if note["split"] != "train":
            continue
        for actor in (note["actor1"], note["actor2"]):
            if (match := FORCES.match(actor or "")) is not None:
                counts.setdefault((note["country"], match["kind"]), Counter())[match["country"]] += 1
    table: dict[str, dict[str, str]] = {}
    for (country, kind), states in sorted(counts.items()):
        state, count = states.most_common(1)[0]
        if state != country and count >= args.min_count and count >= args.share * sum(states.values()):
            table.setdefault(country, {})[kind] = state
    body = yaml.safe_dump({"forces": table}, allow_unicode=True, sort_keys=False, width=110)
    args.out.write_text(HEADER + body, encoding="utf-8")
    print(f"{sum(map(len, table.values()))} kinds of forces abroad -> {args.out}")


if __name__ == "__main__":
    main()
