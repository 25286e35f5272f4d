"""The frame reader: a spaCy component that gives every classed predicate of a Doc its Frame
(Doc._.frames), its roles filled by the pattern files, its modality and its attribution."""

from __future__ import annotations

from collections import defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from frontwatch.language import LANGUAGE
from frontwatch.reading.attribution import attribution, modality, negated
from frontwatch.reading.lexicon import PredicateLexicon, load_lexicon
from frontwatch.reading.model import ROLES, Frame
from frontwatch.reading.patterns import PREDICATE, build_matcher, load_patterns

FRAMES = "frontwatch_frames"
SUPPORTS, SUPPORTED, WEAPON, STANDING, BEARER = "supports", "supported", "weapon", "standing", "bearer"
CARRIERS = frozenset({BEARER, "vehicle"})  # word tags of a doer or a vehicle whose phrase may name its weapon
_GOVERNED = {"dobj", "nsubjpass", "attr", "oprd"}
_POINTERS = {"WDT", "WP", "WP$"}  # relative pronouns stand for the noun they follow
_SHARED = "coordination"  # the shape whose patterns lend one verb's arguments to another


def _governor(noun: Token, of: frozenset[str]) -> Token | None:
    """The verb a noun is the object of: directly, through a preposition ("set X on fire"), as a passive's subject."""
    passive = noun.dep_ == "nsubj" and any(c.dep_ == "agent" for c in noun.head.children)  # "Rally held by X"
    undergoes = noun.dep_ == "nsubj" and "unaccusative" in noun.head._.frame_tags and any(  # "control of X passed to
        c.dep_ == "poss" or c.lower_ in of for c in noun.children)  # Y", "X's control slipped": the subject undergoes
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else (
        noun.head if noun.dep_ in _GOVERNED or passive or undergoes else None)
    return verb if verb is not None and verb.pos_ in {"VERB", "AUX"} else None


class FrameReader:
    """Reads the frames of a Doc: classes from the lexicon, roles from the patterns."""

    def __init__(self, vocab: Vocab, language: str = LANGUAGE) -> None:
        self.lexicon: PredicateLexicon = load_lexicon(language)
        self.patterns = load_patterns(language)
        self.matcher = build_matcher(vocab, self.patterns)
        self.vocab = vocab

    def __call__(self, doc: Doc) -> Doc:
        _nouns_read_as_auxiliaries(doc, self.lexicon)
        clauses, tags = self._tag(doc)
        fills: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
        for match_id, ids in self.matcher.match_predicates(doc, clauses, tags):
            pattern = self.patterns[int(self.vocab.strings[match_id])]
            for position, node in enumerate(pattern.nodes):  # (position, role) of every node that fills a role
                if node["RIGHT_ID"] in ROLES:
                    fills[ids[0]].append((pattern.rank, ids[position], node["RIGHT_ID"], pattern.shape))
        doc._.frames = [self._frame(doc, i, fills[i], clauses.get(i)) for i in sorted(clauses)]
        return doc

    def _tag(self, doc: Doc) -> tuple[dict[int, Token | None], list[tuple[str, ...]]]:
        """Every token's class and tags set; the predicates, each with the verb its noun is told through; the tags."""
        lex, classes, tags = self.lexicon, list[str | None](), list[tuple[str, ...]]()
        for token, ext in ((t, t._) for t in doc):  # one extension accessor per token (each access builds one)
            classes.append(lex.predicate_class(token, keys := lex.keys(token)))
            own = lex.tags(token, keys)  # a weapon's bearer is a person: no weapon ("shot dead a suicide bomber")
            armed = token.pos_ in {"NOUN", "PROPN"} and BEARER not in own and lex.weapon_kinds(token, keys)
            tags.append((*own, *((WEAPON,) if armed else ())))
            ext.frame_class, ext.frame_tags = classes[-1], tags[-1]
        supports: dict[int, Token] = {}
        for noun in doc:
            verb = _governor(noun, lex.of) if noun.pos_ in {"NOUN", "PROPN"} else None
            if verb is None:
                continue
            direct = noun.dep_ != "pobj" or "joining" in tags[noun.head.i]  # not through any preposition
            light = lex.light_class(verb, noun) if direct or verb not in supports.values() else None  # "fire on a post"
            supported = classes[noun.i] and direct and "support" in tags[verb.i]
            if light is not None or supported:  # "launched an attack", "set fire to"; not "rallied against a siege"
                noun._.frame_class = classes[noun.i] = light or classes[noun.i]
                noun._.frame_tags = tags[noun.i] = (*tags[noun.i], SUPPORTED)
                verb._.frame_tags = tags[verb.i] = (*tags[verb.i], SUPPORTS)
                supports[noun.i] = verb
        told, predicates = {v.i for v in supports.values()}, dict[int, Token | None]()
        for token, cls in zip(doc, classes, strict=True):
            # a participle used as an adjective names a state ("the rebel-held town"), else nothing ("burning tyres")
            attributive = token.dep_ in {"amod", "compound"} and token.tag_ in {"VBG", "VBN", "JJ"}
            if attributive and (cls not in lex.states or not any(  # its doer written in: "rebel-held"
                    c.dep_ == "npadvmod" for c in token.children)):
                continue
            if cls in lex.states and (attributive or any(  # "still occupy", "remains occupied": no taking
                    c.dep_ in {"advmod", "aux", "auxpass"} and STANDING in tags[c.i] for c in token.children)):
                token._.frame_class = cls = classes[token.i] = lex.states[cls]
            inside = token.ent_type_ in {"DATE", "TIME"} or token.dep_ == "compound" and token.head.pos_ in {
                "NOUN", "PROPN"}  # a word of a date, or a noun modifying a noun ("protest leaders", "riot police")
            if cls and token.i not in told and not inside:
                token._.frame_tags = tags[token.i] = (PREDICATE, *tags[token.i], *lex.class_tags.get(cls, ()))
                predicates[token.i] = supports.get(token.i) or _copula(token)
        return predicates, tags

    def _frame(self, doc: Doc, i: int, fills: list[tuple[int, int, str, str]], clause: Token | None) -> Frame:
        predicate = doc[i]
        roles: dict[str, list[Token]] = {}
        taken: set[int] = {i} | ({clause.i} if clause is not None else set())
        shape, best = "active" if predicate.pos_ == "VERB" else "nominal", 99
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in predicate.children)
        for rank, j, role, pattern_shape in sorted(fills, key=lambda f: (f[0], ROLES.index(f[2]), abs(f[1] - i))):
            if j in taken or doc[j].tag_ in _POINTERS or (own_subject or role in roles) and pattern_shape == _SHARED:
                continue  # a verb with its own subject shares no other verb's arguments, and a role lends one filler
            taken.add(j)
            roles.setdefault(role, []).append(doc[j])
            if role in {"agent", "patient"} and rank < best:
                best, shape = rank, pattern_shape
        lemma = self.lexicon.lemma
        return Frame(predicate, predicate._.frame_class, shape, roles, clause, negated(predicate, clause or predicate),
                     modality(predicate, clause, lemma), attribution=attribution(predicate, lemma))


def _nouns_read_as_auxiliaries(doc: Doc, lexicon: PredicateLexicon) -> None:
    """A happening's noun the parser made the auxiliary of the verb after it is that verb's subject, and the verb's
    subject before it its doer ("Army shelling destroyed two homes", "RSF shelling hit the camp": no "was shelling")."""
    for token in doc:
        verb = token.head
        if token.dep_ != "aux" or token.tag_ != "VBG" or token.lower_ not in lexicon.nouns or verb.pos_ != "VERB":
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i):
            subject.head, subject.dep_ = token, "amod" if subject.pos_ == "ADJ" else "compound"
        token.dep_, token.pos_, token.tag_ = "nsubj", "NOUN", "NN"
        if verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            verb.tag_ = "VBD"  # "shelling hit": read as "had hit" without it


def _copula(noun: Token) -> Token | None:
    """The verb a noun predicate is told through without a support verb ("clashes erupted", "came under attack",
    "X is under the control of Y", through an adverb its phrase hangs on: "is back in control of X")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head if "happening" in noun.head._.frame_tags else None
    verb = noun.head.head
    verb = verb.head if verb.dep_ in {"advmod", "acomp"} and verb.pos_ in {"ADV", "ADJ"} else verb
    if noun.dep_ == "pobj" and "holding" in noun.head._.frame_tags and (
            verb.pos_ == "AUX" or verb.pos_ == "VERB" and "copular" in verb._.frame_tags):
        return None if any(c.dep_ == "dobj" for c in verb.children) else verb  # "put X under control": X's state
    return None


@Language.factory(FRAMES, default_config={"language": LANGUAGE})
def make_frame_reader(nlp: Language, name: str, language: str) -> FrameReader:
    """The frame reader as a pipeline component."""
    return FrameReader(nlp.vocab, language)
