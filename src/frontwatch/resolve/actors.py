"""Actor registry: named actors and their aliases from data files, generic actors by pattern."""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from frontwatch.errors import RegistryError
from frontwatch.language import parse_yaml, word_book
from frontwatch.model import Actor, ActorMention, DateSpan, Place
from frontwatch.resolve.geo_math import haversine_km
from frontwatch.resolve.geo_names import fold
from frontwatch.resolve.geo_terms import load_terms

_CASE_SENSITIVE_MAX = 4
_CAMEL = re.compile(r"[a-z][A-Z]")  # "LeT", "JeM": capitals after a small letter spell an acronym
_SHARED_WORD = 3  # a word of this many registry names or more is a common name word ("People's", "Army")
_LINKS = frozenset({"and", "&"})  # inside a place name before a name ("Jammu and Kashmir")
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_UNIT = " - "  # ACLED's local unit of a group: "People's Defense Force - Mandalay"
_PARTS = "/"  # between the names of a movement's wings in one ACLED name: "KNU/KNLA: Karen National Union/..."
_PERIOD = re.compile(r"\((\d{4})-(\d{4})?\)")  # the years of ACLED's name for a government's term: "(2016-)"
_COMPOUND = re.compile(r"\w+(?:-\w+)+")  # a hyphenated compound, one word of a report ("drive-by")
_CONTEXT_KM = 2000.0  # a country this near some place a report names is in its context
# Bundled registry files, read in this order (a later file's entry replaces an earlier one of the
# same name, keeping its aliases): the named ACLED actors of the training corpus
# (training/build_actor_dictionary.py), then the hand-written registry.
BUNDLED_FILES = ("acled_actors.yaml", "actors.yaml")
HAND_WRITTEN = ("actors.yaml",)  # the registry without the learned names (bench/acled_notes_bench.py measures both)
_PLURAL = word_book("reference").phrases("plural_ending")[0]  # "villager" + it: "villagers"
_ARMED_PEOPLES = word_book("reference").words("peoples")  # whose forces are an armed group ("Kachin fighters")
MILITIAS_FILE = "identity_militias.yaml"  # ACLED's names of ethnic, clan and faith militias (training/)
PEOPLES_FILE = "peoples.csv"  # peoples' names, from the CLDR's language names (training/build_peoples.py)
FORCES_FILE = "forces_abroad.yaml"  # where ACLED codes another state's forces (training/build_forces_abroad.py)
_MILITIA_INTER, _MILITIA_KIND = 4, "identity militia"


@dataclass(frozen=True)
class GenericRule:
    """A generic actor pattern: nouns like "troops" become "Military Forces of {country}"."""

    nouns: tuple[str, ...]
    template: str
    inter_code: int
    kind: str
    needs_demonym: bool = False
    stands_for: str = ""  # the kind of unidentified actor this one is in a report that writes a word of `told_by`
    told_by: frozenset[str] = frozenset()
    untold_by: tuple[str, ...] = ()  # phrases whose words tell nothing of the kind ("gang" of "gang-raped")
    singular: bool = False  # one of its people, named in the singular, is the actor ("a villager": civilians)


def _read_yaml(path: Path | None, text: str | None = None) -> dict:
    try:
        if text is None:
            if path is None:
                raise RegistryError("an actor registry needs a file or a text")
            text = path.read_text(encoding="utf-8")
        data = parse_yaml(text)
    except (OSError, yaml.YAMLError) as exc:
        raise RegistryError(f"{path}: cannot read actor registry: {exc}") from exc
    if not isinstance(data, dict):
        raise RegistryError(f"{path}: an actor registry is a mapping with an 'actors' list")
    return data


def _parse_actor(entry: object, origin: str) -> Actor:
    if not isinstance(entry, dict) or not entry.get("name"):
        raise RegistryError(f"{origin}: every actor needs a 'name' (got {entry!r})")
    inter = entry.get("inter", 8)
    if inter not in range(1, 9):
        raise RegistryError(f"{origin}: actor {entry['name']!r} has inter {inter!r}; use 1-8")
    return Actor(
        name=str(entry["name"]),
        aliases=tuple(str(a) for a in entry.get("aliases") or ()),
        inter_code=int(inter),
        country=entry.get("country"),
        kind=str(entry.get("kind", "other")),
        allies=tuple(str(a) for a in entry.get("allies") or ()),
        countries=tuple(str(c) for c in entry.get("countries") or ()),
    )


class ActorRegistry:
    """Named actors with aliases, generic actor rules and government titles."""

    def __init__(
        self,
        actors: Sequence[Actor],
        generic_rules: Sequence[GenericRule],
        government_titles: Sequence[str],
        guess_rules: Sequence[GenericRule] = (),
        country_names: dict[str, str] | None = None,
        definite_countries: Sequence[str] = (),
        militias: dict[str, str] | None = None,
        homes: dict[str, str] | None = None,
        peoples: Collection[str] = (),
        militia_kinds: dict[str, str] | None = None,
        people_kind: str = "",
        forces_abroad: dict[str, dict[str, str]] | None = None,
        initialled_forces: dict[str, str] | None = None,
        coded_as: dict[str, tuple[str, ...]] | None = None,
        branch_names: Sequence[str] = (),
        missions: dict[str, tuple[tuple[str, ...], frozenset[str]]] | None = None,
    ) -> None:
        self.actors = {a.name: a for a in actors}
        self.coded_as = dict(coded_as or {})  # an actor's name -> ACLED's names for it in the periods they state
        self.branch_names = tuple(branch_names)  # templates of ACLED's name of a group's branch in a country
        self.missions = dict(missions or {})  # ACLED's country -> (its peace mission's names by period, sending states)
        self.militias = dict(militias or {})
        self.peoples = frozenset(peoples)  # lower case
        self.militia_kinds = dict(militia_kinds or {})  # a report's kind word -> ACLED's ("clan": "Clan Militia")
        self.people_kind = people_kind  # the kind word of a people's militia named by its people alone
        self.forces_abroad = dict(forces_abroad or {})  # ACLED's country -> a force's kind -> the state it is of there
        self.initialled_forces = dict(initialled_forces or {})  # an acronym's letters after a country's -> a force noun
        self.homes = dict(homes or {})  # a people's or clan's word -> its country, as ACLED writes it
        self.country_names = dict(country_names or {})
        self.definite_countries = frozenset(definite_countries)
        self.generic_rules = tuple(generic_rules)
        self.government_titles = tuple(t.lower() for t in government_titles)
        self.guess_rules = tuple(guess_rules)
        self._alias_index = {
            alias.lower(): actor for actor in actors for alias in (actor.name, *actor.aliases)
        }
        names = Counter(w for a in actors for w in {*_words(a.name.split(": ")[-1])})
        self._common_words = frozenset(w for w, n in names.items() if n >= _SHARED_WORD)

    @property
    def untold(self) -> tuple[str, ...]:
        """The phrases whose words tell no rule's kind (every generic rule's `untold_by`)."""
        return tuple(p for r in self.generic_rules for p in r.untold_by)

    def common_name(self, name: str) -> bool:
        """Whether a name is made only of words many registry names share ("People's Liberation Army"), so that a
        place before it names another group ("the Sudan People's Liberation Army"); an acronym never is."""
        words = _words(name)
        return len(words) > 1 and words <= self._common_words

    def within(self, actor: Actor, prefix: str, written: str = "") -> Actor | None:
        """The group a registry actor stands for when a proper name comes before its name (`prefix`; `written`: the
        name as the text writes it): the local unit ACLED codes for a group organised by place ("the Gangaw PDF":
        "People's Defense Force - Gangaw"); None when the words name another group ("the Sudan People's Liberation
        Army", or an alias of common words: "the X National Liberation Army"); else the actor (a demonym of its own
        country: "Nigerian APC")."""
        units = [a for a in actor.aliases if _UNIT in a]
        own = load_terms().demonyms.get(fold(prefix)) == actor.country is not None
        if own or self.get(prefix) is not None or not (units or any(map(self.common_name, (
                actor.name.split(": ")[-1], written)))):
            return actor  # "Nigerian APC"; "Houthi National Resistance forces": a group names no other group
        if not units:
            return None
        known = (u for u in units if f"{u.split(_UNIT, 1)[1]} ".lower().startswith(f"{prefix} ".lower()))
        name = next(known, f"{Counter(u.split(_UNIT)[0] for u in units).most_common(1)[0][0]}{_UNIT}{prefix}")
        return replace(actor, name=name, aliases=tuple(dict.fromkeys((actor.name, *actor.aliases))))

    @classmethod
    def load(cls, extra_files: Sequence[Path] = (), bundled: Sequence[str] = BUNDLED_FILES) -> ActorRegistry:
        """Load the bundled registry files plus the user's files (a later file's entry overrides one of the same name
        and adds its aliases)."""
        data_dir = resources.files("frontwatch.data")
        sources: list[tuple[str, dict]] = [
            (name, _read_yaml(None, data_dir.joinpath(name).read_text("utf-8"))) for name in bundled
        ]
        sources += [(str(p), _read_yaml(p)) for p in extra_files]
        actors: dict[str, Actor] = {}
        rules: list[GenericRule] = []
        guesses: list[GenericRule] = []
        titles: list[str] = []
        country_names: dict[str, str] = {}
        definite: list[str] = []
        kinds: dict[str, str] = {}
        people_kind = ""
        initialled: dict[str, str] = {}
        coded: dict[str, tuple[str, ...]] = {}
        branches: list[str] = []
        missions: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
        for origin, data in sources:
            missions |= {str(k): (tuple(map(str, v["names"])), frozenset(map(str, v["states"])))
                         for k, v in (data.get("missions") or {}).items()}
            initialled.update({str(k): str(v).lower() for k, v in (data.get("initialled_forces") or {}).items()})
            named = data.get("named_militias") or {}
            kinds.update({str(k).lower(): str(v) for k, v in (named.get("kinds") or {}).items()})
            people_kind = str(named.get("people") or people_kind)
            country_names.update({str(k): str(v) for k, v in (data.get("country_names") or {}).items()})
            definite += data.get("definite_countries") or ()
            branches += data.get("branch_names") or ()
            for entry in data.get("actors") or ():
                actor = _parse_actor(entry, origin)
                coded |= {actor.name: tuple(map(str, entry["coded_as"]))} if entry.get("coded_as") else {}
                earlier = actors.get(actor.name)
                actors[actor.name] = actor if earlier is None else replace(
                    actor, aliases=tuple(dict.fromkeys((*actor.aliases, *earlier.aliases))),
                    countries=actor.countries or earlier.countries)
            for rule in data.get("generic_actors") or ():
                rules.append(
                    GenericRule(
                        nouns=tuple(n.lower() for n in rule["nouns"]),
                        template=str(rule["name"]),
                        inter_code=int(rule["inter"]),
                        kind=str(rule.get("kind", "other")),
                        needs_demonym=bool(rule.get("needs_demonym", False)),
                        stands_for=str(rule.get("stands_for", "")),
                        told_by=frozenset(str(w).lower() for w in rule.get("told_by") or ()),
                        untold_by=tuple(str(w).lower() for w in rule.get("untold_by") or ()),
                        singular=bool(rule.get("singular", False)),
                    )
                )
            for rule in data.get("guess_types") or ():
                guesses.append(GenericRule(nouns=tuple(w.lower() for w in rule["words"]), template="",
                                           inter_code=int(rule["inter"]), kind=str(rule.get("kind", "other"))))
            titles += data.get("government_titles") or ()
        if unknown := sorted(n for n in initialled.values() if not any(n in r.nouns for r in rules)):
            raise RegistryError(f"initialled_forces: no generic actor has the nouns {unknown}; add them to one")
        militias = _read_yaml(None, data_dir.joinpath(MILITIAS_FILE).read_text("utf-8"))
        lines = data_dir.joinpath(PEOPLES_FILE).read_text("utf-8").splitlines()
        peoples = [row["people"] for row in csv.DictReader(line for line in lines if not line.startswith("#"))]
        abroad = _read_yaml(None, data_dir.joinpath(FORCES_FILE).read_text("utf-8")).get("forces") or {}
        return cls(_with_parts(list(actors.values())), rules, titles, guesses, country_names, definite,
                   {str(k).lower(): str(v) for k, v in (militias.get("militias") or {}).items()},
                   {str(k).lower(): str(v) for k, v in (militias.get("countries") or {}).items()},
                   peoples, kinds, people_kind, {str(k): dict(v) for k, v in abroad.items()}, initialled, coded,
                   branches, missions)

    def get(self, name: str) -> Actor | None:
        """The registry actor whose name or alias is `name` (case-insensitive)."""
        return self._alias_index.get(name.lower())

    def generic(self, noun: str, country: str | None, by_demonym: bool = True) -> Actor | None:
        """The generic actor for a noun such as "troops" in a country, if a rule knows it (or, for a rule of people
        named one by one, its plural: "a villager"); `by_demonym` says the country was named with the noun, not guessed
        from the document."""
        noun = noun.lower()
        for rule in self.generic_rules:
            if (noun in rule.nouns or rule.singular and noun + _PLURAL in rule.nouns) and (
                    by_demonym or not rule.needs_demonym):
                return Actor(name=self._filled(rule, country), inter_code=rule.inter_code, country=country,
                             kind=rule.kind)
        return None

    def reported(self, actor: Actor | None, words: Collection[str]) -> Actor | None:
        """An unidentified actor as ACLED codes it in a report that writes some words (lower case): in one that writes
        "gang", an unidentified armed group is an unidentified gang (a rule's `stands_for` and `told_by`)."""
        rule = next((r for r in self.generic_rules if actor is not None and r.stands_for == actor.kind
                     and not r.told_by.isdisjoint(words)), None)
        return actor if rule is None or actor is None else Actor(
            name=self._filled(rule, actor.country), aliases=actor.aliases, inter_code=rule.inter_code,
            country=actor.country, kind=rule.kind)

    def as_coded(self, actor: Actor | None, country: str | None, words: Collection[str],
                 when: DateSpan | None) -> Actor | None:
        """An event's actor as ACLED codes it in a report that writes some words (`reported`), with the names ACLED
        codes it by in the event's country (`branch`, `contingent`) and on its day (`dated`) among its aliases."""
        return self.dated(self.contingent(self.branch(self.reported(actor, words), country), country, when), when)

    def dated(self, actor: Actor | None, when: DateSpan | None) -> Actor | None:
        """A registry actor that also goes by the name ACLED codes it by on an event's day in the period that name
        states (`coded_as`: the Houthis from 2016 are "Military Forces of Yemen (2016-) Supreme Political Council");
        its own name stays, so that one group is one actor of the picture whatever the day."""
        if actor is None or when is None:
            return actor
        names = (n for n in self.coded_as.get(actor.name, ()) if _in_period(n, when))
        return next((self.with_alias(actor, n) for n in names), actor)

    def contingent(self, actor: Actor | None, country: str | None, when: DateSpan | None) -> Actor | None:
        """A state's forces in a country where a mission it sends troops to keeps the peace, that also go by the
        mission's name of the event's day with the state in brackets (`missions`: Uganda's in Somalia in 2025 are
        "AUSSOM: ... (2025-) (Uganda)"); its own name stays."""
        names, states = self.missions.get(self.country_names.get(country or "", country or ""), ((), frozenset()))
        state = next((s for s in sorted(states) if actor is not None and when is not None and any(
            self._filled(r, s) == actor.name for r in self.generic_rules if r.kind == actor.kind)), None)
        name = next((n for n in names if when is not None and _in_period(n, when)), None)
        return self.with_alias(actor, f"{name} ({state})") if actor is not None and state and name else actor

    def branch(self, actor: Actor | None, country: str | None) -> Actor | None:
        """A registry group of no one country that also goes by the name ACLED codes its branch in a country by
        (`branch_names`: the Islamic State in Egypt is "Islamic State (Egypt)"); its own name stays."""
        if actor is None or actor.country or not country or actor.name not in self.actors:
            return actor
        names = (form.format(name=actor.name, country=self.country_names.get(country, country))
                 for form in self.branch_names)
        return next((self.with_alias(actor, n) for n in names if n in self.actors), actor)

    def militia(self, group: str, country: str | None, proper: bool = False) -> Actor | None:
        """ACLED's militia of the ethnic group, clan or faith a word names ("Oromo" in Ethiopia: "Oromo Ethnic
        Militia (Ethiopia)"), if the table knows the group or the word, capitalised, names a people (`peoples`, or any
        word the caller read as a people's name: `proper`), not a country's ("Somali") nor one whose forces are an
        armed group ("Kachin"); a plural names it too ("Oromos")."""
        stem = self.militias.get(group.lower()) or self.militias.get(group.lower().removesuffix("s")) or (
            self._people_militia(group, proper))
        return self._militia_named(stem, country) if stem is not None else None

    def _people_militia(self, word: str, proper: bool) -> str | None:
        """ACLED's name, before the country, of the militia of a people a word names (`peoples`, `people_kind`)."""
        listed = (w for w in (word, word.removesuffix("s")) if w.lower() in self.peoples)
        people = word if proper else next(listed, None)
        if people is None or not word.istitle() or people.lower() in _ARMED_PEOPLES or (
                fold(word) in load_terms().demonyms):
            return None
        return self._named_stem(people, self.people_kind)

    def _named_stem(self, group: str, kind: str) -> str | None:
        """ACLED's name, before the country, of the militia of a group of a kind a report writes ("clan")."""
        return f"{group} {self.militia_kinds[kind]}" if kind in self.militia_kinds else None

    def named_militia(self, group: str, kind: str, country: str | None) -> Actor | None:
        """ACLED's militia of a group the table does not know, named by the group's name as a report writes it and the
        kind word before "militia" ("Hawiye-Gaaljecel", "sub-clan": "Hawiye-Gaaljecel Sub-Clan Militia"); None for a
        kind word ACLED names no militia by."""
        stem = self._named_stem(group, kind.lower())
        return self._militia_named(stem, country) if stem is not None else None

    def home(self, people: str) -> str | None:
        """The country (as the gazetteer names it) most ethnic militias of the people a word names belong to; none for
        a country's people ("Somali": a demonym tells its own country)."""
        written = None if fold(people) in load_terms().demonyms else self.homes.get(people.lower())
        return next((name for name, acled in self.country_names.items() if acled == written), written)

    def _militia_named(self, stem: str, country: str | None) -> Actor:
        name = f"{stem} ({self.country_names.get(country, country)})" if country else stem
        return Actor(name=name, inter_code=_MILITIA_INTER, country=country, kind=_MILITIA_KIND)

    def _filled(self, rule: GenericRule, country: str | None) -> str:
        """A generic rule's name in a country, the country written as ACLED writes it."""
        if not country:
            return _strip_country(rule.template)
        written = self.country_names.get(country, country)
        template = rule.template.replace(" of {country}", " of the {country}") if (
            written in self.definite_countries) else rule.template
        return template.format(country=written)

    def relocated(self, actor: Actor, country: str) -> Actor | None:
        """The same generic actor or identity militia in another country ("Police Forces of Kenya" in Uganda),
        or None when `actor` is neither."""
        for rule in self.generic_rules:
            if self._filled(rule, actor.country) == actor.name and rule.inter_code == actor.inter_code:
                return replace(actor, name=self._filled(rule, country), country=country)
        if actor.kind == _MILITIA_KIND and actor.country:
            stem = actor.name.removesuffix(f" ({self.country_names.get(actor.country, actor.country)})")
            known = stem in self.militias.values() or any(stem.endswith(f" {k}") for k in self.militia_kinds.values())
            return self._militia_named(stem, country) if known else None
        return None

    def abroad(self, actor: Actor) -> Actor:
        """A generic state force in a country where ACLED codes another state's forces of its kind instead
        (`forces_abroad`: "soldiers" in a report on the West Bank are Israel's); any other actor as it is."""
        rule = next((r for r in self.generic_rules if actor.country and self._filled(r, actor.country) == actor.name
                     and r.inter_code == actor.inter_code), None)
        kinds = self.forces_abroad.get(self.country_names.get(actor.country or "", actor.country or ""), {})
        state = kinds.get(rule.template.split(" of ")[0]) if rule is not None else None
        country = next((name for name, acled in self.country_names.items() if acled == state), state)
        return (self.relocated(actor, country) or actor) if country else actor

    def guess(self, surface: str, country: str | None = None) -> Actor:
        """An actor NER found that the registry does not know: the state force of the report's country its acronym
        spells ("KDF" in Kenya: `initialled_forces`), else the type guessed from its name (data/actors.yaml
        guess_types), flagged for review."""
        initials = "".join(w[0] for w in (country or "").split() if w[0].isupper())
        letters = surface[len(initials):] if initials and surface.isupper() and surface.startswith(initials) else ""
        if (noun := self.initialled_forces.get(letters)) is not None and (force := self.generic(noun, country)):
            return force
        name = surface.removeprefix("the ").removeprefix("The ")  # "the X Front" is named "X Front"
        words = f" {name.lower()} "
        rule = next((r for r in self.guess_rules if any(f" {w} " in words for w in r.nouns)), None)
        inter, kind = (rule.inter_code, rule.kind) if rule else (8, "unknown")
        return Actor(name=name, aliases=(surface,), inter_code=inter, kind=kind, needs_review=True)

    def with_alias(self, actor: Actor, surface: str) -> Actor:
        """The same actor remembering one more surface form it was named by."""
        if surface.lower() in {a.lower() for a in (actor.name, *actor.aliases)}:
            return actor
        return replace(actor, aliases=(*actor.aliases, surface))


def _in_period(name: str, when: DateSpan) -> bool:
    """Whether an event's day falls in the years an ACLED name states ("(2016-)")."""
    return (years := _PERIOD.search(name)) is not None and int(years[1]) <= when.start.year <= int(years[2] or 9999)


def report_words(doc: Doc, untold: Sequence[str] = ()) -> frozenset[str]:
    """A report's words in lower case: its tokens and its hyphenated compounds whole ("drive-by"), but for the words
    written only inside a phrase of `untold` (a rule's `untold_by`: "gang" of "gang-raped")."""
    text = doc.text.lower()
    spans = [m.span() for m in re.finditer("|".join(rf"\b{re.escape(p)}\b" for p in untold), text)] if untold else []
    return frozenset(t.lower_ for t in doc if not any(s <= t.idx < e for s, e in spans)) | frozenset(
        _COMPOUND.findall(text))


def _with_parts(actors: list[Actor]) -> list[Actor]:
    """Actors whose ACLED name joins a movement's wings ("KNU/KNLA: Karen National Union/Karen National Liberation
    Army") named also by each wing's acronym and name that no other actor is named by ("KNU", "Karen National Union";
    not "KIA", a group of its own, nor a wing two such names share), for a wing whose acronym is in capitals and whose
    name has two words or more."""
    held = {alias.lower() for actor in actors for alias in (actor.name, *actor.aliases)}

    def parts(name: str) -> list[str]:
        acronyms, _, names = (side.split(_PARTS) for side in name.partition(": "))
        pairs = zip(acronyms, names, strict=True) if len(acronyms) == len(names) > 1 else ()
        return [part for acronym, full in pairs if acronym.isupper() and len(acronym) > 1 and len(full.split()) > 1
                for part in (acronym, full) if part.lower() not in held]

    shared = Counter(part for actor in actors for part in parts(actor.name))
    return [replace(actor, aliases=(*actor.aliases, *(p for p in parts(actor.name) if shared[p] == 1)))
            for actor in actors]


def _case_marked(alias: str) -> bool:
    """Whether an alias matches only as written: a short acronym in capitals ("IS") or one word whose
    capitals follow small letters ("LeT", never the verb "let")."""
    short_caps = alias.isupper() and len(alias.replace(".", "")) <= _CASE_SENSITIVE_MAX
    return short_caps or " " not in alias and _CAMEL.search(alias) is not None


def _with_plural(alias: str) -> list[str]:
    """An alias and, for a name of several words whose last is a singular noun, the name with it as many ("Puntland
    Dervish Forces" of "Puntland Dervish Force", "Liyu police" stays one)."""
    return [alias, alias + _PLURAL] if " " in alias and alias[-1].isalpha() and alias[-1].islower() and not (
        alias.endswith(_PLURAL)) else [alias]


def _strip_country(template: str) -> str:
    return template.replace(" of {country}", "").replace(" ({country})", "").strip()


class ActorMatcher:
    """Finds registry actors named in a parsed document (aliases, case-aware)."""

    def __init__(self, registry: ActorRegistry, nlp: Language) -> None:
        self.registry = registry
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for actor in registry.actors.values():
            for alias in (actor.name, *actor.aliases):
                matcher = self._exact if _case_marked(alias) else self._lower
                matcher.add(actor.name, [nlp.make_doc(form) for form in _with_plural(alias)])

    def named_mentions(self, doc: Doc) -> list[ActorMention]:
        """Every registry actor named in the doc, longest match first, no overlaps."""
        spans: list[Span] = []
        for matcher in (self._lower, self._exact):
            for match_id, start, end in matcher(doc):
                spans.append(Span(doc, start, end, label=match_id))
        chosen: list[Span] = []
        taken: set[int] = set()
        for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
            if taken.isdisjoint(range(span.start, span.end)):
                chosen.append(span)
                taken.update(range(span.start, span.end))
        mentions = []
        for span in sorted(chosen, key=lambda s: s.start):
            actor: Actor | None = self.registry.actors[span.label_]
            prefix = _name_before(span)
            within = self.registry.within(actor, prefix.text, span.text) if prefix is not None and actor else actor
            if within is not actor and prefix is not None:
                actor, span = within, doc[prefix.start:span.end]
            actor = actor or self.registry.guess(span.text)
            mentions.append(
                ActorMention(span.start_char, span.end_char, span.text, self.registry.with_alias(actor, span.text))
            )
        return mentions


def acronyms_in_context(mentions: list[ActorMention], places: Sequence[Place],
                        country_point: Callable[[str], Place | None]) -> list[ActorMention]:
    """A report's registry mentions without the acronyms of a group of one or a few countries written far from every
    place (of two or more) it names, unless it spells the group's name too: "APC" in a report on Ukraine is an
    armoured car, not Nigeria's party; "KIA" in one on Afghanistan is killed in action, not the Kachin army."""
    spelled = {m.actor.name for m in mentions if not _case_marked(m.surface)}

    def far(actor: Actor) -> bool:
        codes = () if actor.name in spelled else actor.countries or tuple(filter(None, [actor.country]))
        points = [point for code in codes if (point := country_point(code)) is not None]
        return bool(points) and len(places) > 1 and all(
            p.country != point.country and haversine_km(p.latitude, p.longitude, point.latitude, point.longitude)
            > _CONTEXT_KM for p in places for point in points)

    return [m for m in mentions if not (_case_marked(m.surface) and far(m.actor))]


def _words(name: str) -> frozenset[str]:
    """The words of a name that carry its meaning, lower case."""
    return frozenset(w for w in re.findall(r"[\w']+", name.lower()) if len(w) > 3)


def _name_before(span: Span) -> Span | None:
    """Proper-name words written before a registry name as part of one longer name ("the Sudan People's Liberation
    Army", "Jammu and Kashmir People's Democratic Party", "the Gangaw PDF"): in the entity the name ends, or hung on
    it by the parser, with the place names they coordinate; None when there are none."""
    doc, start = span.doc, span.start
    ent = next((e for e in doc.ents if e.start < span.start < e.end), None) if doc[start].ent_iob_ == "I" else None

    def named(word: Token) -> bool:  # a sentence's first word is capitalised whatever it is ("Suspected X")
        return (word.is_title or word.is_upper) and word.pos_ == "PROPN" and word.is_alpha and (
            word.i >= ent.start if ent is not None else word.head.i >= span.start) and not (
            word.is_sent_start and word.ent_type_ not in _PLACE_ENTS)

    def link(word: Token) -> bool:  # "Jammu and Kashmir", "Chaung-U"
        return word.lower_ in _LINKS or word.text == "-" and not word.whitespace_ and not doc[word.i - 1].whitespace_

    while 1 < start < span.start and link(doc[start - 1]) and doc[start - 2].is_title or (
            start > 0 and named(doc[start - 1])):
        start -= 2 if link(doc[start - 1]) else 1
    while start < span.start and (doc[start].pos_ == "DET" or doc[start].lower_ in _LINKS):
        start += 1
    return doc[start:span.start] if start < span.start else None
