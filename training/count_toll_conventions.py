"""Count the fatalities ACLED codes for dead a train note tells without a figure ("an unknown number of militants
were killed"), per vague phrase: the evidence for the conventions in src/frontwatch/data/en/numbers.yaml.

A note counts when a vague phrase stands before a death word (or after "killing") and the note gives no figure.
Prints, per phrase, how many notes tell it and the coded values most often given. Train split only.

Run: .venv/bin/python training/count_toll_conventions.py [--corpus FILE]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from frontwatch.evaluate.coded_notes import load_coded_notes
from frontwatch.settings import Settings

_VAGUE = (r"(an unknown number of|unknown number of|an unspecified number of|unspecified number of|several|many|"
          r"dozens|scores|a few|a number of|numerous|hundreds|multiple)")
_DEATH = r"(killed|dead|died|deaths|bodies|casualties|fatalities)"
_TOLD = re.compile(rf"\b{_VAGUE}\s+(?:[\w-]+\s+){{0,4}}?(?:were\s+|was\s+|have\s+been\s+)*{_DEATH}\b|"
                   rf"\bkill(?:ed|ing)\s+{_VAGUE}\b", re.I)
_FIGURE = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                     r"fifty|hundred)\b", re.I)
_DATES = re.compile(r"\b(\d{1,2} \w+ \d{4}|\d{4}|\d{1,2}/\d{1,2}(/\d+)?)\b|coded as \d+")


def main() -> None:
    """Print the coded values per vague phrase."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Settings().acled_corpus)
    args = parser.parse_args()
    tally: dict[str, Counter[int]] = defaultdict(Counter)
    for note in load_coded_notes(args.corpus, "train"):
        text = _DATES.sub(" ", note.text)
        told = _TOLD.search(text)
        if note.fatalities is None or told is None or _FIGURE.search(text):
            continue
        tally[(told.group(1) or told.group(3)).lower()][note.fatalities] += 1
    for phrase, coded in sorted(tally.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{phrase}: {sum(coded.values())} notes, coded {coded.most_common(4)}")


if __name__ == "__main__":
    main()
