"""Class every actor-1 miss of a bench dump (bench/acled_notes_bench.py --dump FILE) by what went wrong.

A note's scored event is the first of its coded sub-type, else the first (as the bench scores it). Classes:
no event; nobody (the event has no actor 1); wrong side (actor 1 is the coded actor 2); another event (the coded actor
1 is a side of another event the note's text gave, not the scored one); country (the names agree once their
countries are removed) or no country (the extracted actor has none: the text placed nothing); generic kind (both
generic, another kind: "Police Forces" for "Military Forces"); generic for named / named for generic / named for
named; unknown name (a name the registry does not
know). Each class prints its count and its most frequent (coded, extracted) name pairs, dates and countries
written out as "X". Study dumps only (`--split train --half study`); writes nothing.

Run: .venv/bin/python training/actor1_misses.py DUMP [--pairs 8] [--show CLASS]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from frontwatch.evaluate.coded_notes import actor_matches, actor_matches_any_country, without_country
from frontwatch.model import Actor
from frontwatch.resolve.actors import ActorRegistry

_DATED = re.compile(r" ?\(\d{4}-\d*\)")
_COUNTRY = re.compile(r"(?<= of )[A-Z][\w' .-]*$|(?<=\()[^)]*(?=\)\s*$)")


def generic_head(registry: ActorRegistry, name: str) -> str | None:
    """The generic rule's name without its country ("Military Forces") when `name` is a generic actor, else None."""
    head = without_country(name)
    templates = {without_country(r.template.replace("{country}", "X")) for r in registry.generic_rules}
    return head if head in templates or head.startswith("Unidentified") else None


def as_actor(registry: ActorRegistry, name: str) -> Actor:
    """The registry's actor of a dumped name (its aliases back), else a bare actor of that name."""
    return registry.get(name) or Actor(name=name, inter_code=8)


def classify(registry: ActorRegistry, row: dict) -> tuple[str, str] | None:
    """(class, name pair) of a note's actor-1 miss; None when actor 1 is right or not coded."""
    coded = row["actor1"]
    if not coded:
        return None
    events = row["events"]
    if not events:
        return "no event", coded
    event = next((e for e in events if e["code"] == row["label"]), events[0])
    got = event["actor1"]
    pair = f"{_COUNTRY.sub('X', _DATED.sub('', coded))} <- {_COUNTRY.sub('X', got or '-')}"
    if got is None:
        return "nobody", pair
    mine = as_actor(registry, got)
    if actor_matches(coded, mine, registry):
        return None
    if row["actor2"] and actor_matches(row["actor2"], mine, registry):
        return "wrong side", pair
    if any(actor_matches(coded, as_actor(registry, name), registry) for e in events if e is not event
           for name in (e["actor1"], e["actor2"]) if name):
        return "another event", pair
    if actor_matches_any_country(coded, mine):
        return ("country" if _COUNTRY.search(got) else "no country"), pair
    coded_head, got_head = generic_head(registry, coded), generic_head(registry, got)
    if coded_head and got_head:
        return "generic kind", pair
    if got_head:
        return "generic for named", pair
    if registry.get(got) is None:
        return "unknown name", pair
    return ("named for generic" if coded_head else "named for named"), pair


def main() -> None:
    """Print the count of each miss class and its commonest name pairs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--pairs", type=int, default=8)
    parser.add_argument("--show", default=None, help="print the note ids of this class")
    args = parser.parse_args()
    registry = ActorRegistry.load()
    rows = [json.loads(line) for line in args.dump.read_text(encoding="utf-8").splitlines()]
    coded = [r for r in rows if r["actor1"]]
    classes: dict[str, Counter[str]] = defaultdict(Counter)
    for row in coded:
        found = classify(registry, row)
        if found is not None:
            classes[found[0]][found[1]] += 1
            if found[0] == args.show:
                print(row["id"], found[1])
    misses = sum(sum(c.values()) for c in classes.values())
    print(f"{len(coded)} notes with a coded actor 1, {len(coded) - misses} right, {misses} missed\n")
    print("| class | notes | commonest (coded <- extracted) |\n|---|---:|---|")
    for name, pairs in sorted(classes.items(), key=lambda kv: -sum(kv[1].values())):
        common = "; ".join(f"{p} ×{n}" for p, n in pairs.most_common(args.pairs))
        print(f"| {name} | {sum(pairs.values())} | {common} |")


if __name__ == "__main__":
    main()
