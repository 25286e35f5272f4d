"""Who a noun phrase in a document stands for: named actors, generic actors, coreference."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from functools import reduce

from spacy.tokens import Doc, Span, Token

from frontwatch.extract.table import load_table
from frontwatch.guards import bounded
from frontwatch.language import settings, word_book
from frontwatch.model import Actor, ActorMention, DateSpan, Place
from frontwatch.reading.attribution import attribution, saying
from frontwatch.reading.lexicon import load_lexicon
from frontwatch.reading.model import objects
from frontwatch.resolve.actors import ActorRegistry, report_words
from frontwatch.resolve.numbers import load_number_words
from frontwatch.taxonomy import CaseCode

INFERRED, ATTRIBUTED = (word_book("notes").texts("events")[key] for key in ("inferred", "attributed"))
_WORDS = word_book("reference")
(_PRONOUNS, _ANAPHORS, _SINGULAR, _ANAPHOR_DETERMINERS, _QUANTIFIERS, _OWNERS, _ACCUSING, _CLAIMING, _PLACING,
 _MEMBERSHIP, _PEOPLES, _BACKING, _SIDING, _COORDINATORS, _MILITIA_MEMBERS, _UNKNOWN, _PEOPLE_SIDES, _PEOPLE_GROUPS,
 _UNITS, _RECIPROCAL, _RECIPROCAL_DETERMINERS, _ARMED_MEMBERS, _ARMED_WORDS, _QUARREL, _QUARREL_DETERMINERS, _HELD,
 _SPEAKERS, _VOICES) = (_WORDS.words(key) for key in ("pronouns", "anaphors", "singular_pronouns",
    "anaphor_determiners", "quantifiers", "owner_pronouns", "accusing", "claiming", "placing", "membership", "peoples",
    "backing", "siding", "coordinators", "militia_members", "unknown", "people_sides", "people_groups", "force_units",
    "reciprocal_nouns", "reciprocal_determiners", "armed_members", "armed_words", "quarrel_nouns",
    "quarrel_determiners", "held_nouns", "speaker_pronouns", "voices"))
_SIDE_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}  # the nouns that may name a side of a fight
(_FORCES, _PEOPLE_FORCES, _ARMED_CIVILIANS, _ARMED_UNKNOWN, _GOVERNMENT, _POSSESSIVE, _QUARRELLING, _COMMUNITY,
 _COMMUNAL) = (_WORDS.phrases(k)[0] for k in ("demonym_forces", "people_forces", "armed_civilians", "armed_unknown",
    "officials_stand_for", "possessive", "quarrel_stands_for", "community_members", "village_militia"))
_NATIVE = frozenset({"state", "nonstate"})  # actor groups (frame_table.yaml) that belong to their country
_NOUN_DEPS = {"compound", "amod", "nmod"}
_TITLE_WORDS, _TITLE_COUNTRY_WORDS, _BACKING_WORDS = settings(
    "actors", "title_words", "title_country_words", "backing_words")  # the words before a name read for what it is
_COUNT_DEPS = {"nummod", "quantmod"}  # a noun's count and the words that bound it ("at least 9"): no part of its name
_NO_PEOPLE = {"DATE", "TIME", "CARDINAL", "ORDINAL"}  # entities whose words name no people ("Sunday gunmen")
_IDENTITY_MILITIA = "identity militia"  # the kind of ACLED's identity militias (data/actors.yaml)
_LEXICON, _GROUPS = load_lexicon(), load_table().groups_of
_OF, _ARTICLES, _QUANTIFIERS = _LEXICON.of, _WORDS.phrases("name_articles"), _QUANTIFIERS | _LEXICON.vague  # "hundreds"
_MEMBERS = _QUANTIFIERS | _MILITIA_MEMBERS  # words for men of a group ("members", "youths") its of-phrase names
_HEDGES = word_book("attribution").words("soft_hedges", "claim_words")
_CURRENCIES = frozenset(" ".join(words) for words in load_number_words().currency_words)

CountryOf = Callable[[str], str | None]
TextCountry = Callable[[Doc], str | None]


def _surname(word: str) -> str:
    """A name without its article prefix, lower case ("al-Maliki" → "maliki")."""
    return next((word.lower().removeprefix(a) for a in _ARTICLES if word.lower().startswith(a)), word.lower())


def name_text(head: Token) -> str:
    """A proper name as written: the head with the name words before it, nested ones too ("Wad Madani")."""
    start = head.i
    while start > 0 and head.doc[start - 1].dep_ in {"compound", "flat"} and start <= head.doc[start - 1].head.i:
        start -= 1
    return head.doc[start:head.i + 1].text


def _conjunct_start(head: Token) -> int:
    """Where a noun's coordinated phrase begins (the end of the sentence when it has none)."""
    return min((c.i for c in head.children if c.dep_ in {"conj", "cc"}), default=len(head.doc))


def first_conjunct(word: Token) -> Token:
    """The first of the words a word is coordinated with ("A" of "A, B and C"; "said" of "said X and Y"), or itself."""
    while word.dep_ == "conj":
        word = word.head
    return word


def phrase(head: Token) -> list[Token]:
    """The tokens of a noun phrase in order, without its relative clauses, coordinated phrases and what follows them."""
    joined = _conjunct_start(head)
    clauses = {t.i for c in head.children if c.dep_ in {"relcl", "acl", "conj", "cc"} or c.i > joined
               for t in c.subtree}
    return sorted((t for t in head.subtree if t.i not in clauses), key=lambda t: t.i)


def refers_back(head: Token) -> bool:
    """Whether a noun phrase stands for an actor told before: a pronoun, or an anaphor with its determiner."""
    return head.lower_ in _PRONOUNS or head.lower_ in _ANAPHORS and any(
        t.lower_ in _ANAPHOR_DETERMINERS for t in head.lefts)


@dataclass(frozen=True)
class ResolvedActor:
    """An actor for a phrase, and whether it was inferred from context rather than named."""

    actor: Actor
    inferred: bool = False
    joined: tuple[Actor, ...] = ()  # the actors coordinated with it ("Kenyan and Somali troops": Somalia's)


class DocumentActors:
    """Resolves phrases of one parsed document to actors, with document-level context."""

    def __init__(self, doc: Doc, mentions: list[ActorMention], registry: ActorRegistry, country_of: CountryOf,
                 doc_country: str | None, placed: Collection[str] = (), names: TextCountry = lambda _doc: None,
                 sites: Mapping[int, int] | None = None, capitals: Collection[tuple[int, int, str]] = (),
                 code_name: CountryOf = lambda _code: None) -> None:
        """Keep the document's countries by place (`placed`) and by name (`names`), its place sites and capitals."""
        self.doc, self.mentions, self.registry, self.country_of = doc, mentions, registry, country_of
        self.doc_country, self.placed = doc_country or self._named_country(code_name) or names(doc), frozenset(placed)
        self.sites, self.forces_country, self.capitals = dict(sites or {}), self._qualified_forces(), tuple(capitals)
        self._resolved: dict[int, ResolvedActor | None] = {}
        self._placed: set[str] = set()  # generic actors whose country is the document's, not the text's
        self._stated: set[str] = set()  # generic actors whose country the text states ("Kenyan police")
        self._words = report_words(doc, registry.untold)  # in lower case, read once
        counts = Counter(m.actor.name for m in mentions if "nonstate" in _GROUPS(m.actor.inter_code))  # the armed group
        most = [m.actor for m in mentions if counts and m.actor.name == counts.most_common(1)[0][0]]  # named most
        self.salient = reduce(registry.with_alias, (a for b in most for a in b.aliases), most[0]) if most else None
        self.officials = self._titled_officials()
        self._beside_state: set[str] = set()  # named groups the report tells fighting beside the state (`_alliances`)
        self.alliances, self.attributed = self._alliances(), self._attributed()  # in this order

    def _named_country(self, code_name: CountryOf) -> str | None:
        """The country the text names most (not as a qualifier), else that of the native groups or forces it names."""
        counts = Counter(c for e in self.doc.ents if not _qualifies_thing(e) and (c := self.country_of(e.text)))
        counts = counts or Counter(country for m in self.mentions if m.actor.country and _GROUPS(m.actor.inter_code)
            & _NATIVE and (country := code_name((*m.actor.countries, m.actor.country)[0]))) + Counter(
            home for t in self.doc if t.is_title and (home := self.registry.home(t.text)))
        return counts.most_common(1)[0][0] if counts else None

    def _qualified_forces(self) -> str | None:
        """The one country whose state forces the report names with their country ("Israeli troops"); else none."""
        forces = (t for t in self.doc if t.pos_ in {"NOUN", "PROPN"} and any(c.dep_ in _NOUN_DEPS for c in t.lefts)
                  and (g := self.registry.generic(t.lower_, None)) is not None and _armed_state(g))
        found = {c for t in forces if (c := self.country_in(self.doc[t.left_edge.i:t.i])) is not None}
        return next(iter(found)) if len(found) == 1 else None

    def _titled_officials(self) -> dict[str, str | None]:
        """Surnames of people named with a government title, mapped to their country."""
        officials: dict[str, str | None] = {}
        for ent in (e for e in self.doc.ents if e.label_ == "PERSON"):
            before = self.doc[max(ent.start - _TITLE_WORDS, 0): ent.start].text.lower()
            if not any(before.endswith(t) or f"{t} " in before for t in self.registry.government_titles):
                continue
            country = self.country_in(self.doc[max(ent.start - _TITLE_COUNTRY_WORDS, 0): ent.start]) or self.doc_country
            officials |= {_surname(t.text): country for t in ent if t.is_alpha and t.text[0].isupper()}
            officials[ent[-1].text.lower()] = country
        return officials

    def _alliances(self) -> dict[str, list[Actor]]:
        """Who the document says fights beside whom ("X, helped by Y and Z")."""
        alliances: dict[str, list[Actor]] = {}
        for verb in (t for t in self.doc if t.pos_ == "VERB" and "alliance" in t._.frame_tags):  # the frame reader's
            agent, subject = (next((t for t in verb.children if t.dep_ == dep), None) for dep in ("agent", "nsubjpass"))
            subject = subject or (verb.head if verb.dep_ == "acl" else None)  # "troops, backed by X, ..."
            if agent is None or subject is None or (principal := self.resolve(subject)) is None:
                continue
            allies = alliances.setdefault(principal.actor.name, [])
            for actor in (m.actor for m in self.named_in(agent.idx, agent.right_edge.idx + len(agent.right_edge))):
                allies += [actor] if actor.name != principal.actor.name and actor not in allies else []
            if any("state" in _GROUPS(a.inter_code) for a in (principal.actor, *allies)):  # "troops, backed by X"
                self._beside_state |= {a.name for a in allies} | {principal.actor.name}
        return alliances

    def _main_group(self, head: Token) -> Actor | None:
        """The report's main armed group for a generic noun ("the rebels"), unless told beside or against the state."""
        earlier = reversed(self.doc[:head.i]) if refers_back(head) else ()  # "the rebels"; not a new "rebels"
        main = self.salient or next((r.actor for t in earlier if t.dep_ in _SIDE_DEPS and (r := self.resolve(t)) and (
            r.actor.needs_review) and "nonstate" in _GROUPS(r.actor.inter_code)), None)
        named = (s.root for m in self.mentions if main is not None and m.actor.name == main.name
                 and (s := self.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None)
        for token in (t.head if t.dep_ in _NOUN_DEPS and t.head.i > t.i else t for t in named):  # "X fighters"
            sides = [a for c in token.conjuncts if c.i != head.i for a in (self.registry.generic(c.lower_, None), *(
                m.actor for m in self.mentions if m.start <= c.idx < m.end)) if a is not None]
            verbs = {next((a.i for a in t.ancestors if a.pos_ in {"VERB", "AUX"}), -1) for t in (head, token)}
            if any("state" in _GROUPS(a.inter_code) for a in sides) or verbs != {-1} and len(verbs) == 1 and (
                    head not in token.conjuncts):
                return None
        return None if main is None or main.name in self._beside_state else main

    def default_actor1(self, case: CaseCode, notes: list[str], unknown: bool = True) -> Actor | None:
        """Who did it when the sentence does not say (the label's `crowd` and `default_actor1` in the
        taxonomy): the crowd protests or riots, a change of hands or a burning goes to the document's
        main armed group, an attack to whoever the report says claimed it, was accused of it or set its
        weapon, else (the label's `unknown_actor1`, where `unknown` lets it stand in) to an unidentified armed group."""
        if case.crowd is not None:
            return self._in_document_country(self.registry.generic(case.crowd, self.doc_country))
        note, default = {"salient": (INFERRED, self.salient), "attributed": (ATTRIBUTED, self.attributed)}.get(
            str(case.default_actor1), ("", None))
        if default is not None:
            notes.append(f"{note}: {default.name}")
            return default
        who = self.registry.generic(case.unknown_actor1, self.doc_country) if case.unknown_actor1 and unknown else None
        if who is not None and who == self.registry.generic(_FORCES, self.doc_country):  # "Russian troops ...; a bomb
            who = self.registry.relocated(who, self.forces_country) if self.forces_country else None  # hit X": theirs;
            self._stated |= {who.name} if who else set()  # no forces named by their country: nobody known
        if who is not None:
            notes.append(f"{INFERRED}: {who.name}")  # nobody named: ACLED's unidentified perpetrator
        return self._in_document_country(who)

    def armed(self, actor: Actor) -> Actor:
        """Civilians who do violence as ACLED codes them: a communal militia of their country; unknown ones
        ("unidentified people") an unidentified armed group; the members of a people's community (`_community`) that
        people's militia, the people of a village it names ("residents of X") its communal militia."""
        unknown = _UNKNOWN.intersection(w for a in actor.aliases for w in a.lower().split())
        people = (m for a in actor.aliases for w in a.split() if w.istitle() and (
            m := self.registry.militia(w, actor.country)) is not None)
        village = (m for a in actor.aliases if a.istitle() and any(self.doc.text.startswith(a, s) for s in self.sites)
                   and (m := self.registry.named_militia(a, _COMMUNAL, actor.country)))  # "residents of X": X's
        return next(people, None) or next(village, None) or self.registry.generic(
            _ARMED_UNKNOWN if unknown else _ARMED_CIVILIANS, actor.country) or actor

    def forces_of(self, actor: Actor | None) -> Actor | None:
        """Who holds ground for an actor: a government holds it through its country's forces."""
        return actor if actor is None or actor.kind != "government" or not actor.country else (
            self.registry.generic(_FORCES, actor.country) or actor)

    def _in_document_country(self, actor: Actor | None) -> Actor | None:
        """A generic actor given the document's country, remembered as such (see `placed_at`)."""
        self._placed |= {actor.name} if actor is not None else set()
        return actor

    def placed_at(self, actor: Actor | None, place: Place | None, when: DateSpan | None = None) -> Actor | None:
        """A generic actor whose country only the document gave ("police" in a report on Kenya), placed in its event's
        place's country when the report places something there (a name read alone as a town abroad moves nobody), a
        state's forces there as ACLED codes them (`ActorRegistry.abroad`); any other as it is; each then as ACLED codes
        it there, on that day, in a report of those words (`ActorRegistry.as_coded`)."""
        country = place.country if place is not None else None
        if not (actor is None or country is None or actor.country == country or self.placed and country not in
                self.placed or actor.name not in self._placed - self._stated):
            actor = self.registry.abroad(self.registry.relocated(actor, country) or actor)
        return self.registry.as_coded(actor, country or self.doc_country, self._words, when)

    def _attributed(self) -> Actor | None:
        """The actor a report says claimed an attack, was accused of it, or set its weapon ("X laid the mine")."""
        for token in (t for t in self.doc if t.pos_ == "VERB"):
            keys = set(_LEXICON.keys(token))  # with the subject it is raised to: "the mine is thought to be laid"
            kids = [*token.children, *(token.head.children if token.dep_ == "xcomp" else ())]
            done_to = [t for t in kids if t.dep_ in {"dobj", "nsubjpass"}]  # "Y is accused", not "a man suspected of"
            placed = keys & _PLACING and any(map(_LEXICON.weapon_kinds, done_to + [token.head] * (token.dep_ == "acl")))
            doers = [o for t in kids for o in ([t] if t.dep_ == "nsubj" else t.children if t.dep_ == "agent" else [])
                     if o.dep_ in {"nsubj", "pobj"}]  # "X laid it", "it was laid by X", "X claimed responsibility"
            accused = done_to if keys & _ACCUSING else doers if keys & _CLAIMING or placed else []
            if accused and (resolved := self.resolve(accused[0])) is not None:
                return resolved.actor
        return None

    def country_in(self, span: Span) -> str | None:
        """The country a run of words names, longest name first ("South Sudan's" is South Sudan, not Sudan)."""
        runs = (span.doc[start:start + width] for width in range(len(span), 0, -1)
                for start in range(span.start, span.end - width + 1))
        return next((country for words in runs if (words[-1].is_alpha or words[-1].dep_ == "case")
                     and (country := self.country_of(words.text))), None)

    def named_in(self, start: int, end: int) -> list[ActorMention]:
        """Registry actors named between two character offsets."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def known(self, head: Token) -> Actor | None:
        """The actor a noun phrase stands for if it is a known one (of the registry, or a generic one), not a guess."""
        return found.actor if (found := self.resolve(head)) is not None and not found.actor.needs_review else None

    @bounded(key=lambda _self, head: head.i)  # "their" → previous subject → "their fighters" → "their" ...
    def resolve(self, head: Token) -> ResolvedActor | None:
        """The actor a noun phrase (by its head) stands for, if any; a chain of references back to itself is nobody."""
        if head.i not in self._resolved:
            self._resolved[head.i] = None
            self._resolved[head.i] = self._resolve(head)
        return self._resolved[head.i]

    def _resolve(self, head: Token) -> ResolvedActor | None:
        head = next(iter(_LEXICON.measured(head, _QUANTIFIERS | _VOICES)), head)  # "hundreds of X", "the chief of X"
        if head.lower_ in _VOICES and (voiced := next(filter(None, map(self.resolve, (
                t for t in reversed(list(head.lefts)) if t.dep_ in _NOUN_DEPS))), None)) is not None:
            return voiced  # "an army spokesman": the army
        words = phrase(head)  # with a name before it the parser read as a verb ("On 4 May, IS fighters": "is")
        words = [t for t in head.doc[max(words[0].i - 1, 0):words[0].i] if t.dep_ in {"aux", "auxpass"} and any(
            m.start == t.idx for m in self.mentions)] + words
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        named = [m for m in self.mentions if m.start <= head.idx < m.end] or [  # not one in a clause it leaves out
            m for m in self.named_in(start, end) if any(m.start <= t.idx < m.end for t in words)]
        if named and head.dep_ == "conj":  # "JNIM or ISGS militants" parsed as "JNIM" or "militants"
            named += [m for m in self.mentions if m.start <= head.head.idx < m.end and m not in named]
        if named:  # of actors a phrase coordinates ("JNIM and ISGS militants"), the first, as ACLED codes them
            ordered = sorted(named, key=lambda m: m.start)  # ("A, B and C": a comma coordinates too); else the nearest
            near = ordered.index(min(named, key=lambda m: abs(m.start - head.idx)))
            cut = [k for k in range(1, len(ordered)) if self.doc.text[ordered[k - 1].end:ordered[k].start].strip(
                " ,").lower() not in _COORDINATORS | {""}]  # where a run of coordinated names breaks
            first, last = max([0, *(k for k in cut if k <= near)]), min([len(ordered), *(k for k in cut if k > near)])
            return ResolvedActor(ordered[first].actor, joined=tuple(m.actor for m in ordered[first + 1:last]))
        counted = {t.i for c in head.children if c.dep_ in _COUNT_DEPS and head.pos_ != "PROPN" for t in c.subtree
                   }  # "at least 9 villagers" counts villagers; "the 77 Brigade" is a name
        surface = "".join(t.text_with_ws for t in words if t.i <= head.i and t.dep_ != "det" and t.i not in counted
                          ).strip()  # as written, without its count: "pro-Russian fighters", "villagers"
        lower = head.lower_
        if (capital := next((c for start, end, c in self.capitals if start <= head.idx < end), None)) is not None:
            actor = self.registry.generic(_GOVERNMENT, capital)  # a capital that speaks is its government
            return ResolvedActor(actor, inferred=True) if actor else None  # (and "its soldiers" that country's)
        if (named_before := self._named_by_head_noun(head)) is not None:
            return ResolvedActor(named_before, inferred=True)
        if lower in _PRONOUNS and (antecedent := self._antecedent(head)) is not None:
            return antecedent  # "they": the actor last named as a subject, in this sentence or the one before
        if refers_back(head) and not _own_name(head) and (main := self._main_group(head)) is not None:
            return ResolvedActor(main, inferred=True)
        if head.dep_ in {"amod", "npadvmod", "nsubj"} and head.pos_ in {"ADJ", "PROPN"} and self.country_of(head.text):
            # "under Ukrainian control", "Russian-occupied", "Russia shelled X": its forces; "Russia said": its rulers
            actor = self.registry.generic(_GOVERNMENT if saying(head.head) else _FORCES, self.country_of(head.text))
            return ResolvedActor(actor, inferred=True) if actor else None
        if (key := _surname(lower).removesuffix(_POSSESSIVE)) in self.officials:
            actor = self.registry.generic(_GOVERNMENT, self.officials[key])
            return ResolvedActor(self.registry.with_alias(actor, surface)) if actor else None
        return self._generic(head, surface)

    def sides(self, head: Token) -> list[Actor]:
        """The armed sides a phrase for both sides stands for ("both sides claim it"), as `warring` finds them."""
        return self.warring(head) if head.lower_ in _RECIPROCAL and any(
            t.lower_ in _RECIPROCAL_DETERMINERS for t in head.lefts) else []

    def warring(self, word: Token, near: bool = False) -> list[Actor]:
        """The two armed sides of a fight a clause does not name: the first two in its sentence, else the nearest."""
        sents = list(self.doc.sents)
        at = next(k for k, s in enumerate(sents) if s.start == word.sent.start)
        for own in (sents[at], *sents[max(at - 1, 0):at]):  # its sentence, then the one before
            if len(armed := self._armed_in(own, word, allies=True)) > 1:
                return armed[:2]
        scope = range(max(at - 1, 0), at + 1) if near else range(len(sents))
        nearest = sorted(scope, key=lambda k: (k > at, abs(k - at)))
        found = {a.name: a for k in nearest for a in self._armed_in(sents[k], word, allies=False)}
        return list(found.values())[:2] if len(found) > 1 else []

    def _armed_in(self, sent: Span, word: Token, allies: bool) -> list[Actor]:
        """The armed sides a sentence names as arguments, in order, by the forces holding ground for each."""
        found = ((t, self.resolve(t)) for t in sent if t.i != word.i and t.dep_ in _SIDE_DEPS and t.pos_ in {
            "NOUN", "PROPN"} and (allies or t.dep_ != "conj"))
        armed = (a for t, r in found if r is not None and not r.actor.needs_review and not (r.actor.kind == "government"
                 and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)) for one in (r.actor, *(
                     j for j in r.joined if j.kind == _IDENTITY_MILITIA)) if (  # "Nuer and Dinka youths": both
                 a := self.forces_of(one)) is not None and "unarmed" not in _GROUPS(a.inter_code))
        return list({a.name: a for a in armed}.values())

    def _member_of(self, head: Token) -> ResolvedActor | None:
        """Armed men "from" a group the phrase names ("militants from the X Front") are that group."""
        # "troops and fighters of X": X's are the fighters, whichever conjunct the parser hangs "of X" on
        own = [p for p in head.children if p.i < _conjunct_start(head)]
        own += [p for p in head.head.children if p.i > head.i] if head.dep_ == "conj" else []
        groups = [o for p in own if p.dep_ in {"prep", "acl"} and p.lower_ in _MEMBERSHIP for q in (p, *(
            c for c in p.children if c.dep_ == "prep")) for o in q.children if o.dep_ == "pobj" and (
            o.ent_type_ == "ORG" or (kin := self.resolve(o)) is not None and kin.actor.kind == _IDENTITY_MILITIA)]
        if not groups or self.country_of(groups[0].text) or (force := self.registry.generic(head.lower_, None)) is None:
            return None  # no group; "the forces of Armenia": a country's (see `_generic`); not armed men
        if groups[0].ent_type_ != "ORG":  # (a state's soldiers "from a clan militia" stay the state's)
            return None if _armed_state(force) else self.resolve(groups[0])
        named = [m.actor for m in self.mentions if m.start <= groups[0].idx < m.end]
        ent = next(e for e in self.doc.ents if e.start <= groups[0].i < e.end)
        rest = " ".join(t.lower_ for t in ent if t.dep_ != "det" and not self.country_of(t.text))  # "Armed Forces"
        forces = self.resolve(groups[0]) if not named and self.registry.generic(rest, None) is not None else None
        return forces or ResolvedActor(named[0] if named else self.registry.guess(ent.text))

    def _identity_militia(self, head: Token, modifiers: list[Token]) -> ResolvedActor | None:
        """The militia of the group a modifier names on armed men's noun ("Oromo militiamen"), in its country."""
        shared = (c for c in head.conjuncts if c.lower_ in _MILITIA_MEMBERS and c.i > head.i)  # a group word as head
        sided = (top := head.head if head.dep_ == "conj" else head).dep_ == "pobj" and top.head.lower_ in _PEOPLE_SIDES
        peoples = [self.registry.militia(t.text, None) for t in (head, *head.conjuncts)]  # "between A and B (groups)"
        # bare peoples: "between A and B", or a people doing it ("Fulanis attacked"), not a place the geoparser read
        bare = all(peoples) and (sided and len(peoples) > 1 or head.dep_ == "nsubj" and head.idx not in self.sites)
        collective = sided and head.lower_ in _PEOPLE_GROUPS
        armed = head.lower_ in _ARMED_MEMBERS and any(t.lower_ in _ARMED_WORDS for t in head.lefts)  # "armed men"
        if (member := head if head.lower_ in _MILITIA_MEMBERS or armed or collective or bare else next(shared, None)
                if peoples[0] else None) is None:
            return None
        found: list[list[Actor]] = [[]]  # per group the modifiers coordinate ("Ciise and Samaroon clan militias")
        groups = modifiers if member is head and not bare else [head]  # a bare people: its own word and conjuncts
        for token in sorted((t for m in groups for t in m.subtree if t.i < member.i or bare), key=lambda t: t.i):
            if token.dep_ == "cc":
                found.append([])
            elif (militia := self.registry.militia(token.text.split("-")[-1], self.doc_country,
                                                   self._peoples_name(token, member))) is not None:
                found[-1].append(militia)
        sides = [a for group in found if group and (a := self._in_document_country(group[-1]))] if len(found) > 1 or (
            not collective) else []  # each lineage's last branch named; the others are joined to the first side
        return ResolvedActor(sides[0], joined=tuple(sides[1:])) if sides else None

    def _community(self, head: Token) -> Span | None:
        """The people's group whose members a phrase tells ("members of the X community"), or a place's residents."""
        joined = head.dep_ == "pobj" and head.head.lower_ in _MEMBERSHIP and head.head.head.lower_ in _MEMBERS
        civil = self.registry.generic(head.lower_, None) == self.registry.generic(_COMMUNITY, None)  # "residents"
        community = head if joined else next((o for p in head.children if p.dep_ in {"prep", "acl"} and p.lower_ in (
            _MEMBERSHIP) for q in (p, *(c for c in p.children if c.dep_ == "prep")) for o in q.children
            if o.dep_ == "pobj"), None) if head.lower_ in _MEMBERS or civil else None
        if community is None or not (civil and self._site(community)) and (community.lower_ not in _PEOPLE_GROUPS
                or not any(self.registry.militia(t.text, None) for t in community.lefts if t.dep_ in _NOUN_DEPS)):
            return None
        return head.doc[community.left_edge.i:community.i + 1]

    def _peoples_name(self, token: Token, member: Token) -> bool:
        """Whether a capitalised word right before armed men's noun names their people ("Toposa herders")."""
        first, before = token.sent.start, token.doc[token.i - 1]
        return (token.i == member.i - 1 and token.is_title and token.is_alpha and token.ent_type_ not in _NO_PEOPLE
                and (token.i > first or bool(token.ent_type_))  # a first word is a name if tagged one ("Armed")
                and not (token.i > first and (before.is_title and before.i > first or _joining(before)))
                and self.country_of(token.text) is None and not self.named_in(token.idx, token.idx + len(token))
                and self.registry.generic(token.lower_, None) is None
                and token.lower_ not in self.registry.militia_kinds and token.idx not in self.sites)

    def _named_militia(self, head: Token, country: str | None) -> Actor | None:
        """An identity militia a report names by its group's name and kind word ("Gumuz ethnic militiamen")."""
        doc, edge, start = head.doc, head.left_edge.i, head.i
        while start > edge and (doc[start - 1].is_lower or _joining(doc[start - 1]) and doc[start - 2].is_lower):
            start -= 1  # the kind word, "sub-clan" whole
        kind, end = doc[start:head.i].text.lower(), start
        while start > edge and (doc[start - 1].pos_ == "PROPN" or _joining(doc[start - 1])):
            start -= 1  # the group's name as written, "Hawiye-Habar Gedir"
        name = doc[start + (doc[start].text == "-"):end]
        return None if not kind or not name or self.country_in(name) or self.named_in(name.start_char, name.end_char) \
            else self._in_document_country(self.registry.named_militia(name.text, kind, country or self.doc_country))

    def _named_by_head_noun(self, head: Token) -> Actor | None:
        """The last group named with this noun ("the group" after "the Wagner Group"), known or guessed; no state's."""
        if not any(t.lower_ in _ANAPHOR_DETERMINERS for t in head.lefts) or (
                (generic := self.registry.generic(head.lower_, None)) and "state" in _GROUPS(generic.inter_code)):
            return None
        return next((r.actor for t in reversed(self.doc[:head.i]) if t.lower_ == head.lower_ and (t.is_title or any(
            m.start <= t.idx < m.end for m in self.mentions)) and (r := self.resolve(t)) is not None and "state" not in
            _GROUPS(r.actor.inter_code)), None)  # a name's word: "the Front for X", "the Saudi-led coalition"

    def _antecedent(self, pronoun: Token) -> ResolvedActor | None:
        """What "they" refers to: the last subject naming an actor before it in its sentence or the one before."""
        speaking = pronoun.lower_ in _SPEAKERS  # "we", "our": the speaker's side, whoever is named before
        if not speaking and (own := self._last_subject(pronoun, pronoun.sent.start, pronoun.i)) is not None:
            return own
        said = attribution(pronoun, _LEXICON.lemma) if speaking or pronoun.lower_ in _OWNERS and (
            pronoun.head.lower_ in _HELD) else None
        if said is not None and said.speaker is not None and said.speaker.lower_ not in _PRONOUNS and not self._site(
                said.speaker) and (speaker := self.resolve(said.speaker)) is not None and not _GROUPS(
                speaker.actor.inter_code) & {"unarmed"}:
            return ResolvedActor(speaker.actor, inferred=True)
        return self._last_subject(pronoun, self.doc[pronoun.sent.start - 1].sent.start, pronoun.sent.start) if (
            pronoun.sent.start > 0 and not speaking) else None

    def _last_subject(self, pronoun: Token, start: int, end: int) -> ResolvedActor | None:
        """The last subject from `start` up to `end` that names an actor the pronoun can stand for."""
        one, doers = pronoun.lower_ in _SINGULAR, _doers(pronoun)
        for token in reversed(self.doc[start:end]):  # "it" does not stand for "the gunmen"
            if not (one and token.tag_ in {"NNS", "NNPS"}) and token.dep_ in {"nsubj", "nsubjpass"} and token not in (
                    doers) and token.lower_ not in _PRONOUNS and not self._site(token) and (
                    resolved := self.resolve(token)) is not None:
                return ResolvedActor(resolved.actor, inferred=True)
        return None

    def _site(self, token: Token) -> bool:
        """Whether a word is in a name the geocoder resolved to a town or region, no country."""
        return token.pos_ == "PROPN" and not self.country_of(token.text) and any(
            t.idx in self.sites for t in (token, *token.lefts) if t.pos_ == "PROPN" and (
                t.i == token.i or t.dep_ == "compound"))

    def _generic(self, head: Token, surface: str) -> ResolvedActor | None:
        community = self._community(head)  # "members of the Fulani community": civilians named by their people
        members = self._in_document_country(self.registry.generic(_COMMUNITY, self.doc_country)) if community else None
        if community is not None and members is not None:  # (their people's militia when they do violence: `armed`)
            return ResolvedActor(self.registry.with_alias(members, community.text))  # ("farmers from X": X's, not X)
        if (group := self._member_of(head) or self._led_by(head)) is not None:  # "fighters of X", "Haftar's army"
            return group
        owner = next((t for t in head.lefts if t.dep_ == "poss" and t.lower_ in _OWNERS), None)
        if owner is not None and (self.registry.generic(head.lower_, None) or head.lower_ in _ARMED_MEMBERS) and (
                antecedent := self._antecedent(owner)) is not None:  # "the ministry said its aircraft"; "his men"
            owned = antecedent.actor  # a state's forces, or the group itself (activists' "fighters" are no crowd)
            if _GROUPS(owned.inter_code) & {"state", "unarmed"} and owned.country:
                owned = self.registry.generic(head.lower_, owned.country) or owned
            return ResolvedActor(owned, inferred=True)
        modifiers = [t for t in head.lefts if t.dep_ in _NOUN_DEPS | {"poss"}]
        # one of several parties at odds ("two groups clashed", "rival factions"): counted or set against each other,
        # no word before it of its own kind, while the report names no two armed sides; its place after it: `armed`
        if head.lower_ in _QUARREL and head.tag_ == "NNS" and all(t.lower_ in _QUARREL_DETERMINERS for t in modifiers) \
                and any(c.dep_ in _COUNT_DEPS or c.lower_ in _QUARREL_DETERMINERS for c in head.lefts) \
                and not self.warring(head) and (people := self.registry.generic(_QUARRELLING, self.doc_country)):
            return ResolvedActor(reduce(self.registry.with_alias, [*[n for s, e in self.sites.items() if head.idx < s <
                head.sent.end_char and not self.country_of(n := self.doc.text[s:e])][:1], surface], people))
        if (militia := self._identity_militia(head, modifiers)) is not None:
            return replace(militia, actor=self.registry.with_alias(militia.actor, surface))
        compounds = [" ".join([*words[k:], head.lower_]) for deps in ({"compound", "amod"}, {"compound"}) for words in [
            [t.lower_ for t in modifiers if t.dep_ in deps]] for k in range(len(words))]  # "state [police officers]"
        # the words before the noun name its country up to "Iran-backed", "pro-Russian" (not its own), else "of X" does
        backed = [t.i + 2 + (t.nbor().text == "-") for t in head.doc[max(head.i - _BACKING_WORDS, 0):head.i]
                  if t.lower_ in _SIDING or t.i + 2 < head.i and t.nbor().text == "-" and t.nbor(2).lower_ in _BACKING]
        start = max([min(t.left_edge.i for t in modifiers) if modifiers else head.i, *backed])
        of = [o for o in objects(head, _OF) if o.head.i > head.i]
        country = self.country_in(head.doc[start:head.i]) or next(filter(None, (  # "the military forces of Armenia"
            self.country_in(head.doc[o.left_edge.i:o.right_edge.i + 1]) for o in of)), None)
        forces = [*(t.lower_ for t in (*reversed(modifiers), *of)), *[_FORCES][:bool(self.country_in(head.doc[
            start:head.i]))]] if head.lower_ in _UNITS else []  # "a Russian convoy", "an inspector of police"
        force = self.registry.generic(head.lower_, None)  # "the X Battalion", "the X Liberation Army": X's own group
        itself = not country and _own_name(head) and (head.lower_ in _UNITS or force is not None and _armed_state(
            force) and not _armed_state(self.registry.guess(name_text(head))))  # not "the Puntland Security Forces"
        heads = () if itself else (head.lower_, head.lemma_.lower())
        found = (self.registry.generic(noun, country or self.doc_country, by_demonym=country is not None)
                 for noun in (*compounds, *forces, *heads))  # "a police unit": the police; "the X Battalion": X's
        if (actor := next(filter(None, found), None)) is not None:
            if actor.kind == _IDENTITY_MILITIA and (named := self._named_militia(head, country)) is not None:
                return ResolvedActor(self.registry.with_alias(named, surface))
            if "state" in _GROUPS(actor.inter_code):  # "Tigrayan forces", "rebel troops": an armed group, no state's
                nouns = (_PEOPLE_FORCES if t.lower_ in _PEOPLES else t.lower_ for t in modifiers)
                irregular = (a for n in nouns if (a := self.registry.generic(n, country or self.doc_country)))
                actor = next((a for a in irregular if "nonstate" in _GROUPS(a.inter_code)), actor)
            own = self._group_named_before(head, modifiers) if "nonstate" in _GROUPS(actor.inter_code) else None
            if own is not None:  # "KDRM militants", "Kalasi Defence Front fighters": that group, of an armed kind
                return ResolvedActor(replace(actor, name=own, aliases=(surface,), needs_review=True))
            if country is None and _armed_state(actor):  # "Turkish troops ... soldiers"; soldiers on the West Bank
                moved = self.registry.relocated(actor, self.forces_country) if self.forces_country else (
                    self.registry.abroad(actor))
                actor, country = (moved, moved.country) if moved and moved.country != actor.country else (actor, None)
            (self._stated if country is not None else self._placed).add(actor.name)
            if "nonstate" in _GROUPS(actor.inter_code) and country is None and not _own_name(head) and (
                    main := self._main_group(head)) is not None:
                return ResolvedActor(self.registry.with_alias(main, surface), inferred=True)
            return ResolvedActor(self.registry.with_alias(actor, surface), joined=tuple(filter(None, (  # "Kenyan and
                self.registry.relocated(actor, c) for m in modifiers for t in m.conjuncts if country and (  # Somali
                    c := self.country_of(t.text)) not in {None, country}))))  # troops": each country's forces
        if _LEXICON.lemma(head) in _LEXICON.weapons:  # "Landmine kills two", however tagged: a weapon is nobody
            return None
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None) if head.ent_type_ in {"ORG", "NORP"} \
            else None  # its own entity (the Doc's entities are built on every `doc.ents`)
        if ent is None and (head.ent_type_ or not _own_name(head)):
            return None  # (a name of its own the tagger left untagged is that group: "the Silver Hornbill Rangers")
        name = name_text(head) if ent is None else (self._acronym(ent[0]) if len(ent) == 1 else None) or ent.text
        return ResolvedActor(self.registry.guess(name, self.doc_country))  # (a force's acronym: its country's forces)

    def _led_by(self, head: Token) -> ResolvedActor | None:
        """A force of its own a possessive leads: a country's or a named person's ("Kenya's Operations Command")."""
        owner = next((t for t in head.lefts if t.dep_ == "poss" and t.pos_ == "PROPN" and _own_name(head)), None)
        if country := owner is not None and self.country_in(head.doc[owner.left_edge.i:owner.i + 1]):
            state = self.registry.generic(_GOVERNMENT if saying(head.head) else _FORCES, country)
            return ResolvedActor(state, inferred=True) if state else None
        if owner is None or self.named_in(owner.left_edge.idx, owner.idx + len(owner)) or _surname(owner.lower_) in (
                self.officials):
            return None
        start = next((t.i + 1 for t in reversed(head.doc[owner.right_edge.i + 1:head.i]) if not t.is_title), None)
        return ResolvedActor(self.registry.guess(head.doc[start or owner.right_edge.i + 1:head.i + 1].text))

    def _group_named_before(self, head: Token, modifiers: list[Token]) -> str | None:
        """The group the words before an armed group's noun name: an acronym or an organisation's several-word name."""
        if (acronym := next(filter(None, map(self._acronym, modifiers)), None)) is not None:
            return acronym
        name = next((e for e in self.doc.ents if e.label_ == "ORG" and len(e) > 1 and e.end == head.i
                     and any(e.start <= m.i < e.end for m in modifiers)), None)
        if name is None or self.country_in(name) or self.named_in(name.start_char, name.end_char):
            return None
        start = next((t.i for t in name if t.pos_ == "PROPN" and t.lower_ not in _HEDGES), name.end)
        return self.doc[start:name.end].text if name.end - start > 1 else None  # "Suspected X Front fighters": X Front

    def _acronym(self, token: Token) -> str | None:
        """The group an unknown acronym names: its full name when the text spells it out, else the acronym alone."""
        if not (token.is_upper and token.is_alpha and len(token) > 1) or self.country_of(token.text) or (
                self.registry.get(token.text) is not None):
            return None
        doc = token.doc
        spelled = (e for t in doc[2:] if t.text == token.text and t.i + 1 < len(doc) and doc[t.i - 1].text == "("
                   and doc[t.i + 1].text == ")" for e in (_initialled(doc[:t.i - 1], t.text), *(
                       e for e in doc.ents if e.label_ == "ORG" and e.end == t.i - 1 and len(e) > 1)) if e is not None)
        full = next(spelled, None)  # "the Front for X" is named "Front for X"
        return full[full[0].dep_ == "det":].text if full else token.text if token.ent_type_ == "ORG" else None


def _armed_state(actor: Actor) -> bool:
    """Whether an actor is a state's armed or police forces (not its government)."""
    return "state" in _GROUPS(actor.inter_code) and actor.kind != "government"


def _doers(pronoun: Token) -> set[Token]:
    """The active subjects of the verb an object pronoun depends on, up its chain of subjectless verbs."""
    through = pronoun.dep_ == "pobj" and pronoun.head.dep_ != "agent"  # "fired at them" (not "by them")
    verb = pronoun.head.head if through else pronoun.head if pronoun.dep_ in {"dobj", "dative"} else None
    while verb is not None:
        if subjects := [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]:
            return {t for s in subjects if s.dep_ == "nsubj" for t in (s, *s.conjuncts)}
        verb = verb.head if verb.head.i != verb.i else None
    return set()


def _initialled(before: Span, acronym: str) -> Span | None:
    """The capitalised words ending a span whose initials spell an acronym, small words between; none otherwise."""
    letters, start = acronym, before.end
    while letters and start > before.start:
        word = before.doc[start - 1]
        if word.is_title and word.text[0] == letters[-1]:
            letters = letters[:-1]
        elif not word.is_lower:
            return None
        start -= 1
    return before.doc[start:before.end] if not letters and start < before.end else None


def _joining(token: Token) -> bool:
    """Whether a token is a hyphen joining the words on its sides ("sub-clan", "Hawiye-Abgal")."""
    return token.text == "-" and token.i > 0 and not (token.doc[token.i - 1].whitespace_ or token.whitespace_)


def _own_name(head: Token) -> bool:
    """Whether a group noun heads a proper name of its own the registry does not know ("the Eagle Guerrilla Group")."""
    return head.pos_ == "PROPN" and any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in head.lefts)


def _qualifies_thing(ent: Span) -> bool:
    """Whether an entity only qualifies a thing, not a place: a currency ("US dollars") or a participle ("US-made")."""
    root, head = ent.root, ent.root.head
    after = (ent.doc[ent.end:ent.end + len(words.split())].text.lower() == words for words in _CURRENCIES)
    return root.dep_ == "compound" and head.lower_ in _CURRENCIES or any(after) or (  # "US dollars", "the US dollar
        root.dep_ == "npadvmod" and head.tag_ == "VBN" and ent.end == head.i - 1 and ent.doc[ent.end].text == "-")
