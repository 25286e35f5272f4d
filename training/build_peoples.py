"""Write src/frontwatch/data/peoples.csv: the names of peoples, from the Unicode CLDR's English names of languages
(as the Babel package ships them).

A people and its language mostly share one English name ("Oromo", "Hausa", "Dinka", "Nuer", "Kalenjin"), and
ACLED names an ethnic militia after its people ("Oromo Ethnic Militia (Ethiopia)"), so a language name written
before armed men's noun ("Nuer fighters") names a people the learned militia table (identity_militias.yaml) may not
know. Only one-word names are kept (not "Nigerian Pidgin", "Swiss German"), lower case. No note text or ACLED
coding is read.

    .venv/bin/python training/build_peoples.py
"""

from __future__ import annotations

from pathlib import Path

import babel
from babel import Locale

OUT = Path(__file__).parents[1] / "src" / "frontwatch" / "data" / "peoples.csv"
HEADER = (f"# the one-word English names of languages in the Unicode CLDR (Babel {babel.__version__}), lower case: "
          "peoples' names; built by training/build_peoples.py\npeople\n")


def peoples() -> list[str]:
    """The one-word English language names, lower case, sorted."""
    return sorted({name.lower() for name in Locale("en").languages.values() if name.isalpha()})  # no "Swiss German"


def main() -> None:
    """Write the table."""
    rows = peoples()
    OUT.write_text(HEADER + "".join(f"{name}\n" for name in rows), encoding="utf-8")
    print(f"{len(rows)} peoples -> {OUT}")


if __name__ == "__main__":
    main()
