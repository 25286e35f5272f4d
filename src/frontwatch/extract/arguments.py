"""A frame's arguments read in its document: the actors and kinds of its roles, its place, its
death toll and its certainty — from its own clause first, then its sentence, then the report."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import takewhile

from spacy.tokens import Token

from frontwatch.extract.context import DocumentContext, SentenceUnit, day_offset, locator, simultaneous
from frontwatch.extract.doc_actors import INFERRED, ResolvedActor, first_conjunct, name_text
from frontwatch.extract.quantities import hurt, is_fatal, most_dead, number_phrases, total
from frontwatch.extract.table import CHANGE, TERMS, FrameTable, load_table
from frontwatch.language import word_book
from frontwatch.model import Actor, Certainty, DateSpan, GeoPrecision, Place
from frontwatch.reading.attribution import CertaintyReading, certainty, contains
from frontwatch.reading.lexicon import load_lexicon
from frontwatch.reading.model import Frame, frames_of, objects
from frontwatch.reading.pipeline import CARRIERS, WEAPON
from frontwatch.resolve.geo_math import place_km
from frontwatch.taxonomy import communal_code, era_of

_WORDS = word_book("arguments")
NOUN_KINDS = {kind: _WORDS.words(kind) for kind in _WORDS.words("kinds")}  # the kinds the table's conditions test
NOUN_KINDS["unrest"] |= NOUN_KINDS["rioting"]  # a crowd's own violence is unrest too
_KIND_WORDS = frozenset().union(*NOUN_KINDS.values())  # no other kind
_ANEW, _REACHED_BY, _BEGAN_ON, _REMNANT, _OVERLAP, _WON_AFTER = map(word_book("time").words, (
    "anew", "reached_by", "began_on", "remnant", "overlap", "won_after"))
_COLLECTIVES, _ANTI, _ASIDE, _UNOPPOSED, _UNRESISTED, _DISARMED, _OFF_DUTY, _SELF = (_WORDS.words(k) for k in (
    "collectives", "opposing", "aside", "unopposed", "unresisted", "disarmed", "disarmed_after", "reflexives"))
_TOWN_NOUNS, _NAMING, _SEATS, _SEAT_NOUNS = map(_WORDS.words, ("town_nouns", "naming_prepositions", "seat_compounds",
                                                                 "seat_nouns"))
_ELSEWHERE, _ONE = _ASIDE | _WORDS.words("earlier"), NOUN_KINDS["person"] | _WORDS.words("one_of_a_force")
_NO_VICTIMS, _NOT_ONE = _WORDS.words(*_WORDS.words("no_victim_kinds")), _COLLECTIVES | _WORDS.words("every")
_LEXICON, _SENSES = load_lexicon(), _WORDS.texts("unrest_senses")  # a word's one unrest sense
_PLACE_ROLES, _CLAUSES = ("place", "patient", "goal", "source"), {"ccomp", "conj", "parataxis", "relcl"}
_NOT_PLACES = {"PERSON", "ORG", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"}
_OWN_DOERS = {"amod", "compound", "poss", "nmod"}  # who does a happening a noun names: "American strikes", "RSF's raid"
_POSTS = NOUN_KINDS["ground"] | NOUN_KINDS["building"] | NOUN_KINDS["goods"]  # what a side holds, keeps or rides
_SAME_PLACE_KM = load_table().places_km["own_sentence"]  # a sentence's places this near the frame's are its own
_UNPLACED = Place(name="", latitude=0.0, longitude=0.0)  # a place the gazetteer does not know


def happening(token: Token) -> bool:
    """Whether a word is a noun that names a happening ("an ambush", "the clashes"): no doer, whatever it did."""
    return token.pos_ != "VERB" and token._.frame_class is not None


def stand_ins(token: Token, seats: bool = False) -> tuple[Token, ...]:
    """A filler with what it stands beside: conjuncts, apposed noun, what a measure counts, a seat's name (`seats`)."""
    near = [token, *token.conjuncts]
    near += [t.head for t in near if _apposed(t)] + [c for t in near for c in t.children if _apposed(c)]
    near += [o for t in near for o in _LEXICON.measured(t, _LEXICON.vague)]  # "half of the weapons", "hundreds of men"
    near += [o for t in near if seats and t.lower_ in _SEAT_NOUNS and any(
        c.dep_ == "compound" and c.lower_ in _SEATS for c in t.lefts) for o in objects(t, _NAMING)]
    return tuple(dict.fromkeys(near))


def _apposed(token: Token) -> bool:
    """Whether the parser's apposition is one: it follows its head or a mark, with no noun of another phrase between."""
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return token.dep_ == "appos" and (before is None or before is token.head or before.is_punct)


def carried(token: Token) -> tuple[Token, ...]:
    """The weapon words a doer or instrument is or carries, with those a bearer's or vehicle's own phrase names."""
    return (token, *(t for t in token.subtree if t is not token and WEAPON in t._.frame_tags)) if CARRIERS & set(
        token._.frame_tags) else (token,)


@dataclass
class FrameArguments:
    """The arguments of one frame in its document."""

    ctx: DocumentContext
    frame: Frame
    table: FrameTable
    coding: bool = False  # an event's actors, cast by ACLED's conventions (control reads who did what as told)

    def __post_init__(self) -> None:
        self.notes: list[str] = []
        self.roles = {role: [t for t in tokens if not self._manner(t)] for role, tokens in self.frame.roles.items()}
        hit = [t for t in self.roles.get("patient", []) if _LEXICON.lemma(t) in NOUN_KINDS["assault"] and (
            t.dep_ != "compound")] if self.coding else []  # not men ("assault groups")
        own = [a for t in hit[:1] for f in frames_of(self.frame.predicate.doc) if f.predicate.i == t.i
               for a in f.roles.get("agent", []) if self.ctx.actors.resolve(a)]  # ("a large attack": nobody)
        self.cast = {**self.roles, "agent": own, "patient": self.roles.get("agent", [])} if hit and (
            "answering" in _LEXICON.tags(self.frame.predicate)) else self.roles  # whose roles actors 1, 2 are: an
        # attack beaten back is its doers' (none named: unidentified; the shared gold codes them first), then the
        # repellers'

    def _manner(self, token: Token) -> bool:
        """An adjective the parser made an event noun's doer that names how it happened ("heavy fighting"), no actor."""
        anti = token.lower_ in _ANTI or any(w.lower_ in _ANTI for w in token.doc[max(token.i - 2, 0):token.i])
        return anti or token.head.i == self.frame.predicate.i and token.pos_ in {"ADJ", "VERB"} and (
            token.dep_ != "poss" and self.ctx.actors.known(token) is None and not _LEXICON.measured(token))

    def actor(self, role: str, nth: int = 0) -> Actor | None:
        """The actor a role names (`nth`), else its weapon's owner or the last named; with an agent, its firer."""
        fillers = self.cast.get(role, [])
        if role == "agent" and self.cast is self.roles:
            fillers = fillers or self.roles.get("instrument", []) or self._before()
            fillers = [*fillers, *(o for f in fillers for c in f.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                   for o in objects(c, deps=("agent",)))]
        sides: set[str] = set()  # the ones before the `nth`; then a state's forces whose post or vehicle a target is
        for token, resolved in (*((n, self.ctx.actors.resolve(n)) for f in fillers for n in stand_ins(f)),
                                *(self._owners(fillers) if role != "agent" else ())):
            if resolved is None or resolved.actor.needs_review and token.text in resolved.actor.name and (
                    self.ctx.mentions_in(token) or self._named_place(token, False)):
                continue  # nobody, or a place the tagger took for a group ("Kidal was captured"; not "Rebels of X")
            if nth and len(sides := sides | {resolved.actor.name}) <= nth:
                continue
            if resolved.inferred:
                self.notes.append(f"{INFERRED}: {token.text!r} → {resolved.actor.name}")
            return resolved.actor
        return None

    def _before(self) -> list[Token]:
        """The nearest armed or political actor named before a subjectless verb or one-sided battle."""
        head, own = self.frame.head, {t.i for t in self.frame.predicate.subtree}
        if head.dep_ not in {"conj", "relcl", "acl"} and not self.frame.roles.get("counterpart"):
            return []
        if head.tag_ == "VBN" and (head.dep_ == "acl" or any(c.dep_ == "auxpass" for c in head.children)):
            return []  # "the girls abducted from the school", "which was blown up": nobody is named
        nouns = [t for t in head.sent if t.i < head.i and t.i not in own and t.pos_ in {"NOUN", "PROPN"}]
        return [t for t in reversed(nouns) if (actor := self.ctx.actors.known(t)) is not None
                and "civilians" not in self.table.groups_of(actor.inter_code)][:1]

    def actors(self, role: str) -> list[Actor]:
        """Every actor a role names (allies, coordinated sides, joined names: "Chadian and Nigerien troops")."""
        found = (self.ctx.actors.resolve(n) for f in self.roles.get(role, []) for n in stand_ins(f))
        return list({a.name: a for r in found if r is not None for a in (r.actor, *r.joined)}.values())

    def kinds(self, role: str, frames: list[Frame] | None = None) -> frozenset[str]:
        """The kinds a role or pseudo-role (modality, era, change, terms, report, harm) is, for the table."""
        if role == "modality":
            return frozenset({self.frame.modality})
        if role == CHANGE:
            return frozenset({"anew"} if self._told_anew(frames or []) else ())
        if role == TERMS:  # a deal or handover its clause tells outside the doer's words, no surrender ("entered X
            head, taker = self.frame.head, {t.i for h in self.roles.get("agent", [])[:1] for t in h.subtree}  # under
            own = " ".join(t.lower_ for t in head.subtree if not any(  # the truce"; not "rebels who had signed a truce
                a.dep_ in _CLAUSES and head.is_ancestor(a) for a in (t, *t.ancestors)))  # entered", "said X handed")
            said = head.doc.text.lower()  # or the report says nobody fought ("no clashes were reported")
            return frozenset(k for k, on in (("agreed", any(g.cls in self.table.agreed and g.head in head.subtree and (
                g.head.i not in taker) and "yielding" not in g.predicate._.frame_tags for g in frames or [])), (
                "unopposed", any(contains(own, p) for p in _UNOPPOSED) or any(contains(said, p) for p in _UNRESISTED)),
                ("left", self._left_behind(taker))) if on)
        if role in {"era", "communal"}:  # its year's era (ACLED's older exports coded it apart), or the code the
            year = when.end.year if (when := self.date(frames or [], remember=False)) else None  # coders of its
            return frozenset({era_of(year, self.table.eras) if role == "era" else communal_code(  # country give a fight
                p.country if (p := self.place()) else self.ctx.actors.doc_country, year, self.table.eras)})
        if role == "borne":  # weapons the doers' own phrase names ("militants armed with grenades"), not the instrument
            return frozenset(k for a in self.roles.get("agent", []) for t in a.subtree if t is not a
                             for k in _LEXICON.weapon_kinds(t))
        if role in {"report", "story"}:  # any word of it that tells what happened ("they burned tyres": unrest; not "no
            return self._report_kinds(role == "story")  # violence"); a story's, of any place
        if role == "harm":  # and what a frame told with it does to people ("attacked them, injuring six")
            hurt = {self.table.harms.get(f.cls, "") for f in frames or [] if _linked(f, self.frame)}
            return frozenset(hurt - {""} | ({"deadly"} if self.fatalities(frames or [])[0] else set()))
        fillers = [n for f in self.roles.get(role, []) for n in stand_ins(f) if n.i not in self.frame.elsewhere]
        if role == "instrument":  # and a doer's weapon ("jets dropped bombs"), those fired with it ("mortars, guns"),
            mine = self.frame.roles.get("agent", [])  # a happening's weapon its doers tell with it or that is its doer
            doers = (*self.roles.get("agent", []), *stand_ins(self.frame.predicate), *(t for f in frames or [] if (
                f is not self.frame and _linked(f, self.frame) and (f.predicate in mine or mine and f.roles.get(
                    "agent") == mine)) for t in f.roles.get("instrument", [])))
            return frozenset(k for t in (*fillers, *doers) for w in carried(t) for k in _LEXICON.weapon_kinds(w))
        kinds: set[str] = set()
        told = [t for t in fillers if role != "agent" or not happening(t) or any(  # a happening's noun tells no doer
            c.dep_ in _OWN_DOERS and self.ctx.actors.resolve(c) is not None for c in t.children)]  # but its own: "an
        # ambush near X killed ten" tells nobody, "American strikes" and "army shelling" tell theirs
        for token in fillers:
            keys = {token.lower_, *_LEXICON.noun_keys(token), " ".join(w.lower_ for w in token.subtree)}  # "each other"
            kinds |= {kind for kind, words in NOUN_KINDS.items() if keys & words}
            if token not in told:
                continue
            resolved = None if role != "agent" and any(a in token.subtree and a.head.dep_ == "prep" for a in (  # "a
                self.frame.roles.get("agent", []))) else self.ctx.actors.resolve(token)  # clinic in X by Y": not Y
            generic = self.ctx.actors.registry.generic(token.lower_, None)  # a new name of its noun's kind is of it
            groups = self.table.groups_of(resolved.actor.inter_code) if resolved is not None and (  # ("Mai-Mai
                not resolved.actor.needs_review or generic is not None and generic.inter_code == (  # militiamen")
                    resolved.actor.inter_code)) else frozenset()
            near = [(token.doc[token.left_edge.i:token.i], _DISARMED), (token.doc[token.i:token.right_edge.i + 1], (
                _OFF_DUTY))]  # "an off-duty soldier", "civilian herders", "a soldier who was off duty": civilians (not
            if "unarmed" not in groups and role != "agent" and token.pos_ == "NOUN" and any(contains(
                    words.text.lower(), w) for words, disarmed in near for w in disarmed):  # "unarmed protesters")
                groups = frozenset(g for code in self.table.groups["civilians"] for g in self.table.groups_of(code))
            kinds |= groups
            if self.ctx.mentions_in(token) or self._named_place(token, resolved is not None) is not None:
                kinds.add("ground")
            elif token.ent_type_ == "PERSON":
                kinds.add("person")
        if role != "agent":  # a state's forces' post or vehicle is their side ("attacked a police station": a battle)
            kinds |= {g for _, r in self._owners(told) for g in self.table.groups_of(r.actor.inter_code)}
        armed = [a for a in self.actors(role) if "armed" in self.table.groups_of(a.inter_code)]
        doer = self.actor("agent") if role != "agent" and "state" in kinds else None
        fellow = doer is not None and "state" in self.table.groups_of(doer.inter_code) and any(
            a.country == doer.country and "state" in self.table.groups_of(a.inter_code) for a in armed)
        rioters = role != "agent" and "armed" not in kinds and any(  # doers of another frame that riots ("students
            t in g.roles.get("agent", []) and "rioting" in _LEXICON.class_tags.get(g.cls, ())  # who had set a van on
            for g in frames or [] if g is not self.frame for t in told)  # fire"): force used on them answers a riot
        return frozenset(kinds | {"told" if told else "untold"} | {k for k, on in (
            ("sides", "nonstate" in kinds and len(armed) > 1), ("fellow", fellow), ("rioters", rioters)) if on})

    def _left_behind(self, taker: set[int]) -> bool:
        """Whether another side's retreat told in its clause or just before left it the ground."""
        head, side = self.frame.head, [self.ctx.actors.known(a) for a in self.roles.get("agent", [])[:1]]
        named = any(f.pos_ == "PROPN" for r in _PLACE_ROLES for f in self.roles.get(r, [])[:1])
        since = head.doc[max(head.sent.start - 1, 0)].sent.start  # the sentence before's start
        return any("retreat" in g.predicate._.frame_tags and g.stated and any(f.pos_ != "PRON" and f.i not in (
            taker) and self.ctx.actors.known(f) not in side for f in g.roles.get("agent", [])[:1]) and (not any(
                a.dep_ in _CLAUSES for a in (g.head, *g.head.ancestors) if head.is_ancestor(a)) and head.is_ancestor(
                    g.head) or not named and since <= g.head.i < head.i) for g in frames_of(head.doc))

    def _report_kinds(self, everywhere: bool = False) -> frozenset[str]:
        """The kinds of the report's words, save (unless `everywhere`) those of sentences about far places."""
        told = self._sentence_kinds()
        own = next(places for start, places, _ in reversed(told) if start <= self.frame.predicate.sent.start)
        return frozenset().union(*(kinds for _, places, kinds in told if everywhere or not places or not own or any(
            place_km(a, b) <= _SAME_PLACE_KM for a in places for b in own)))  # one scene: a town, its parts

    def _sentence_kinds(self) -> list[tuple[int, list[Place], frozenset[str]]]:
        """Each sentence of the report: its start, the places it is about and its words' kinds (once per report)."""
        if (told := (doc := self.frame.predicate.doc).user_data.get("report kinds")) is None:
            told = doc.user_data["report kinds"] = []
            about: list[Place] = []
            for sent in doc.sents:
                nouns = (_LEXICON.keys(t) for t in sent)  # as listed too: "a sit-in", "exchanged fire"
                lemmas = {k for t, n in zip(sent, nouns, strict=True) for k in {_LEXICON.lemma(t), *n} & _KIND_WORDS if
                          not _aside(t) and _SENSES.get(k, t.pos_) == t.pos_ != "DATE" != t.ent_type_}  # not "tear gas"
                about = [m.resolved for m in self.ctx.places_in(sent.start_char, sent.end_char) if not m.hint] or about
                told.append((sent.start, about, frozenset(k for k, ws in NOUN_KINDS.items() if ws & lemmas)))
        return told

    def _told_anew(self, frames: list[Frame]) -> bool:
        """Whether its words tell a state as new ("X is now held by Y", "by Friday Y held X") of a place they name."""
        patients = self.roles.get("patient", [])  # and the list a conjunct is in: "hold only A and B"
        words = {c.lower_ for w in {self.frame.predicate, self.frame.head, *patients, *map(first_conjunct, patients)}
                 for c in w.children if c.dep_ == "advmod"}
        began = "DATE" in {o.ent_type_ for w in {self.frame.predicate, self.frame.head} for o in objects(w, _BEGAN_ON)}
        won = [c for w in {self.frame.predicate, self.frame.head} for c in w.children if c.lower_ in _WON_AFTER or any(
            m.dep_ == "mark" and m.lower_ in _WON_AFTER for m in c.children)]  # "after clashes", "after they fought"
        anew = bool(words & _ANEW) or began or any(t.head.lower_ in _REACHED_BY for t in self.roles.get("time", []))
        anew = anew or any(g.cls in self.table.fights and "answering" not in _LEXICON.tags(g.predicate) and g.predicate
                           in c.subtree for c in won for g in frames)  # a fight won, no repulse ("after repelling")
        named = any(self.ctx.names_place(t) or self._own_town(t) or self._town_told(t) or not self.ctx.mentions_in(
            t) and self._named_place(t, self.ctx.actors.resolve(t) is not None) is not None for t in patients)
        return anew and named and not words & _REMNANT and self.frame.head.dep_ not in {"acl", "relcl"} and (
            self.date(frames, remember=False) is not None)

    def _own_town(self, noun: Token) -> bool:
        """Whether a town word carries a place name of its own ("X town", "the town of X"; not "the town near X")."""
        names = [c for c in noun.children if c.dep_ == "compound"] + objects(noun, _NAMING)
        return noun.lemma_ in _TOWN_NOUNS and any(self.ctx.names_place(n) for n in names)

    def _town_told(self, noun: Token) -> bool:
        """Whether a bare "the town" refers to a town its own sentence named before it."""
        town = self.ctx.town_meant(noun) if all(c.dep_ == "det" for c in noun.children) else None
        return town is not None and any(m.resolved == town for m in self.ctx.places_in(noun.sent.start_char, noun.idx))

    def _owners(self, fillers: list[Token]) -> list[tuple[Token, ResolvedActor]]:
        """The state forces whose post or vehicle a filler is, with their words ("an army base")."""
        return [(c, r) for f in fillers if _LEXICON.lemma(f) in _POSTS for c in f.children if c.dep_ in _OWN_DOERS and (
            c.ent_type_ != "NORP" and c.pos_ != "PRON" and (r := self.ctx.actors.resolve(c)) is not None and (
                "state" in self.table.groups_of(r.actor.inter_code)))]

    def _named_place(self, token: Token, actor: bool) -> Place | None:
        """An unplaced name the gazetteer knows, else a place of unknown position; none in a hint."""
        listed = any(self.ctx.mentions_in(c) for c in token.conjuncts if c.pos_ != "NOUN")  # "X and Y (south of Z)"
        if token.pos_ != "PROPN" or token.ent_type_ in _NOT_PLACES - {"PERSON"} and not listed or any(
                start <= token.idx < end for start, end in self.ctx.hints):  # "ethnic X": a people, not its homeland
            return None
        place = self.ctx.named_place(name_text(token))
        return _UNPLACED if place is None and (listed or not actor and token.ent_type_ != "PERSON") else place

    def date(self, frames: list[Frame], remember: bool = True) -> DateSpan | None:
        """When it happened: its clause's date (no other happening's), else its sentence's, else the story's."""
        apart = [f for f in frames if self.frame.predicate not in f.head.subtree and not (  # nor a state a subjectless
            f.head.dep_ == "acl" and f.head.tag_ == "VBN" and self.table.state(f.cls)) and not (  # participle tells ("a
            f.head.dep_ == "relcl" and f.head.head in self.frame.roles.get("agent", []) and "coming" in (  # post held
                _LEXICON.class_tags.get(f.cls, ())))]  # by the army near X": its date is its clause's), nor its doers'
        # coming, told on them ("the attackers, who arrived on Sunday night, killed four": their time is this one's)
        foreign = frozenset(t.i for f in apart if (  # a relative, said or
            f.head.dep_ in {"relcl", "acl", "ccomp", "csubj"} or f.head.dep_ == "advcl" and any(  # adverbial clauses
                c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in f.head.children) and not (  # but one of its time
                simultaneous(f.head) and f.head.head.i == self.frame.head.i)) for t in f.head.subtree  # ("killed when")
            ) | self.frame.elsewhere  # and its clause's other place/time pairs ("A on Monday and B on Tuesday")
        predicate, prep = self.frame.predicate, self.frame.predicate.head
        held = prep.head.head if prep.head.dep_ == "dobj" else prep.head.head.head if prep.head.dep_ == "pobj" and (
            prep.head.head.dep_ == "prep") else prep.head  # or of the clause of the object it hangs on ("demanded pay
        overlap = self.frame.bare and predicate.dep_ == "pobj" and prep.lower_ in _OVERLAP and held.pos_ in {  # in
            "VERB", "AUX"} and not day_offset(predicate)  # marches", "called for reforms in protests"; not "days after"
        return self.ctx.event_date(self._unit(), held if overlap else self.frame.head, remember=remember,
                                   foreign=foreign)

    def _unit(self) -> SentenceUnit:
        return next(u for u in self.ctx.units if u.span.start <= self.frame.predicate.i < u.span.end)

    def place(self) -> Place | None:
        """Where it happened: a town its roles name or "the town" refers to (no mere locator), else the nearest told."""
        named = [t for role in _PLACE_ROLES for f in self.frame.roles.get(role, []) for t in stand_ins(f, seats=True)
                 if t.i not in self.frame.elsewhere]  # not another of "A, B and C" split from it
        nouns = (*named, *(t for t in self.frame.head.subtree if t.dep_ == "pobj"))  # "on the edge of the town"
        placed = any(self.ctx.mentions_in(t) for t in named)  # then a town named to locate it only locates it
        meant = next((town for t in nouns if not (placed and locator(t)) and (town := self.ctx.town_meant(t))), None)
        found = meant or self.ctx.place_near(self.frame.head, self._unit(), named, self.frame.elsewhere)
        if found is None or found.precision == GeoPrecision.REGION:  # a namesake in another country than the one
            # the geoparser put the name in ("X (Y, Z)" with X known only abroad) is no answer
            known = ((self._named_place(t, self.ctx.actors.resolve(t) is not None), self.ctx.mentions_in(t))
                     for t in named)
            found = next((p for p, own in known if p is not None and p is not _UNPLACED
                          and all(m.resolved.country == p.country for m in own)), found)
        return found

    def fatalities(self, frames: list[Frame]) -> tuple[int | None, int | None]:
        """(low, high) killed: its own or joined killings' victims (not an attempt's), else its sentence's real dead."""
        linked = [f for f in frames if self.table.fatal(f.cls) and f.modality != "failed" and _linked(f, self.frame)]
        counts = [c for f in linked for v in f.roles.get("patient", []) for c in _victims(v)]
        if not counts or any(low is None for low, _ in counts):  # the most its sentence's counts give
            return most_dead([p for p in number_phrases(self.frame.sentence) if is_fatal(p) and not any(
                p.number in f.head.subtree for f in frames if not f.asserted) and not apart(p.number, self.frame.head)])
        return total(counts)

    def reading(self, actor1: Actor | None) -> CertaintyReading:
        """Its certainty; an armed group telling of its own deed only claims it."""
        reading = certainty(self.frame)
        if reading.certainty != Certainty.REPORTED or reading.speaker is None or actor1 is None or (
                "nonstate" not in self.table.groups_of(actor1.inter_code)):
            return reading
        speaker = self.ctx.actors.resolve(reading.speaker)
        same = speaker is not None and speaker.actor.name == actor1.name
        return replace(reading, certainty=Certainty.CLAIMED) if same else reading


def _aside(token: Token) -> bool:
    """Whether a word names what did not happen or a topic ("no violence", "against gun violence": `aside`)."""
    for node in (token, *token.ancestors):
        denied = any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ in _ASIDE for c in node.children)
        topic = node is not token and node.pos_ in ("ADP", "VERB") and _LEXICON.lemma(node) in _ASIDE
        if denied or topic or node.pos_ in ("VERB", "AUX"):  # a clause's verb ends the phrase
            return denied or topic
    return False


def apart(token: Token, head: Token) -> bool:
    """Whether a word hangs, below a happening's head, on another it answers ("against the death of X", "after...")."""
    path = list(takewhile(lambda node: node.i != head.i, token.ancestors))
    return any(_LEXICON.lemma(node) in _ELSEWHERE and (below.pos_ in ("NOUN", "PROPN") or below.dep_ == "prep")
               for node, below in zip(path, [token, *path], strict=False)) or any(
        c.dep_ == "mark" and _LEXICON.lemma(c) in _ELSEWHERE for node in (token, *path) for c in node.children)


def _linked(one: Frame, other: Frame) -> bool:
    """Whether real `one` tells `other`'s happening (the same, in its clause, coordinated), not one it answers."""
    a, b = one.head, other.head
    return one.asserted and not apart(one.predicate, b) and (
        a.i == b.i or a in b.subtree or b in a.subtree or a in b.conjuncts or one.predicate in b.subtree)


def _victims(token: Token) -> list[tuple[int | None, int | None]]:
    """How many each conjunct of a victim phrase counts ("two soldiers and a goat": two); a singular noun is one."""
    counts, phrases = [], number_phrases(token.sent)
    for noun in (token, *token.conjuncts):
        # no thing, place, animal or happening is a victim ("his ox", "an air strike killed")
        if _LEXICON.lemma(noun) in _NO_VICTIMS or _LEXICON.predicate_class(noun):
            continue
        if noun.lower_ in _SELF:
            # "killing only themselves": its doers
            noun = next((c for v in noun.ancestors for c in v.children if c.dep_ == "nsubj"), noun)
        counted = next((p.value.toll() for p in phrases if noun in (p.counted, p.number) or noun == (
            w := p.counted or p.number).head.head and (w.head.dep_ != "prep" or noun.lower_ in _COLLECTIVES)), None)
        # an uncounted singular noun is one victim ("a soldier"; not "every soldier")
        one = not {noun.lower_, *(c.lower_ for c in noun.children if c.dep_ == "det")} & _NOT_ONE and (
            noun.tag_ == "NN" or noun.tag_ == "NNP" and (noun.ent_type_ == "PERSON" or _LEXICON.lemma(noun) in _ONE))
        counts.append((None, None) if hurt(noun) else counted or ((1, 1) if one else (None, None)))
    return counts
