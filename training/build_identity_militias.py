"""Write src/frontwatch/data/identity_militias.yaml: how ACLED names the militia of an ethnic group,
clan or faith, learned from the coded actor columns of the corpus's train split.

ACLED names such a militia "<group> <kind> (<country>)": "Oromo Ethnic Militia (Ethiopia)",
"Hawiye-Hawadle Sub-Clan Militia (Somalia)", "Christian Militia (Ethiopia)". A report calls it by
the group's last word ("Oromo militiamen", "Hawadle clan fighters"). The file maps that word to
the name ACLED writes before the country; the country is the report's. A second table maps the word to
the country that holds at least 80 % of a people's coded ethnic militias, which a report naming the group but
no place is about ("Oromo students marched"); a third maps each word of a clan's lineage to its country in the same
way, a hint the geocoder reads only before a word for the clan's people ("Dhulbahante clansmen"), clan names being
often given names too. Only actor names and
their counts are read (no note text); groups coded fewer than `--min-count` times, and
ACLED's "Unidentified" placeholders and communal militias (named after a place), are left out.

    .venv/bin/python training/build_identity_militias.py [--corpus FILE]

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

OUT = Path(__file__).parents[1] / "src" / "frontwatch" / "data" / "identity_militias.yaml"
MILITIA = re.compile(r"^(?P<group>.+?) (?P<kind>Ethnic Militia|Sub-Clan Militia|Clan Militia|Communal Militia|Militia)"
                     r" \((?P<country>[^)]+)\)$")
PEOPLES = ("Ethnic Militia",)  # named after a people (not a clan, whose names are often also given names, nor a faith)
CLANS = ("Sub-Clan Militia", "Clan Militia")  # named after a clan: each word of its lineage ("Hawiye-Habar Gedir")
HOME_SHARE = 0.8  # the share of a group's coded militias one country must hold to be the group's country
NAMED_BY_PLACE = "Communal Militia"  # named after a village or district, not a group a report names
HEADER = """\
# How ACLED names the militia of an ethnic group, clan or faith: the word a report calls the group
# by (its last word, lower case) -> ACLED's name before the country, "(<country>)" being added from
# the report; `countries`: the word of a people -> the country holding 80 % of its ethnic militias (as
# ACLED writes it), for a report that names the group but no place; `clans`: each word of a clan's lineage -> the
# country holding 80 % of its clan militias, a hint only where a word for its people follows. Built by
# training/build_identity_militias.py from the actor columns of the corpus's train split (counts of
# coded names only; no note text).
"""


def main() -> None:
    """Count identity-militia names of the train split and write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Settings().acled_corpus)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args()
    names: Counter[str] = Counter()
    homes: dict[str, Counter[str]] = {}
    for line in args.corpus.read_text(encoding="utf-8").splitlines():
        note = json.loads(line)
        if note["split"] != "train":
            continue
        for actor in (note["actor1"], note["actor2"]):
            match = MILITIA.match(actor or "")
            if match and not match["group"].startswith("Unidentified") and match["kind"] != NAMED_BY_PLACE:
                names[f"{match['group']} {match['kind']}"] += 1
                homes.setdefault(f"{match['group']} {match['kind']}", Counter())[match["country"]] += 1
    by_word: dict[str, Counter[str]] = {}
    countries: dict[str, Counter[str]] = {}
    clans: dict[str, Counter[str]] = {}
    for name, count in names.items():
        if count >= args.min_count:
            group = MILITIA.match(f"{name} (x)")["group"]  # type: ignore[index]
            word = re.split(r"[- ]", group)[-1].lower()
            by_word.setdefault(word, Counter())[name] += count
            if name.endswith(PEOPLES):
                countries.setdefault(word, Counter()).update(homes[name])
            for part in re.split(r"[- ]", group) if name.endswith(CLANS) else ():
                clans.setdefault(part.lower(), Counter()).update(homes[name])
    table = {word: counts.most_common(1)[0][0] for word, counts in sorted(by_word.items())}
    home, clan = (
        {word: country for word, counts in sorted(words.items())
         if (country := counts.most_common(1)[0][0]) and counts[country] >= HOME_SHARE * sum(counts.values())}
        for words in (countries, clans))
    body = yaml.safe_dump({"militias": table, "countries": home, "clans": clan}, allow_unicode=True, sort_keys=False,
                          width=110)
    args.out.write_text(HEADER + body, encoding="utf-8")
    print(f"{len(table)} groups -> {args.out}")


if __name__ == "__main__":
    main()
