"""The reading pipeline: spaCy's English model, then frontwatch's components over the same Doc —
actor names (Doc._.actor_mentions), parse repair around long names, and frames (Doc._.frames)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import cast

import numpy as np
from spacy.attrs import DEP, HEAD, POS, TAG
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch
from thinc.types import Ints2d

from frontwatch.doc_memo import text_of
from frontwatch.language import LANGUAGE, settings, word_book
from frontwatch.model import ActorMention
from frontwatch.nlp import new_pipeline
from frontwatch.reading.attribution import attribution, modality, negated
from frontwatch.reading.lexicon import PredicateLexicon, load_lexicon
from frontwatch.reading.model import ROLES, Frame
from frontwatch.reading.patterns import PREDICATE, build_matcher, load_patterns
from frontwatch.resolve.actors import ActorMatcher, ActorRegistry
from frontwatch.resolve.geo_spans import dateline_spans

ACTOR_NAMES, REPARSE, FRAMES = "frontwatch_actor_names", "frontwatch_reparse", "frontwatch_frames"
_OWN = (ACTOR_NAMES, REPARSE, FRAMES)
STAND_IN = str(word_book("parsing").section("stand_in_name"))
PAST_SUFFIX = str(word_book("parsing").section("past_suffix"))
PRESENT = "VBP"  # the tag a headline's verb gets back after its parse in the past
(MIN_NAME_TOKENS,) = settings("parsing", "min_name_tokens")
_ATTRS = [HEAD, DEP, TAG, POS]
_VERBAL, _NOMINAL, _MISREAD = {"VERB", "AUX"}, {"NOUN", "PROPN"}, {"NOUN", "ADJ"}
_OPENING = {"ADJ", "NOUN", "PROPN", "DET", "NUM", "ADP"}  # the words of a headline's subject phrase (and hyphens)
_ENDS = frozenset(Sentencizer.default_punct_chars)  # marks that end a sentence, in any script
_LEX = load_lexicon()
NameParses = dict[str, tuple[tuple[int, int, int, int, bool], ...] | None]  # per token (head, dep, tag, pos, ROOT?)
SUPPORTS, SUPPORTED, WEAPON, STANDING, BEARER = "supports", "supported", "weapon", "standing", "bearer"
CARRIERS = frozenset({BEARER, "vehicle"})  # word tags of a doer or a vehicle whose phrase may name its weapon
_GOVERNED = {"dobj", "nsubjpass", "attr", "oprd"}
_POINTERS = {"WDT", "WP", "WP$"}  # relative pronouns stand for the noun they follow
_SHARED = "coordination"  # the shape whose patterns lend one verb's arguments to another


@Language.factory(ACTOR_NAMES, default_config={"actor_files": []})
class ActorNames:
    """The actor-name component: marks every registry actor a Doc names (Doc._.actor_mentions)."""

    def __init__(self, nlp: Language, name: str, actor_files: list[str]) -> None:
        self.registry = ActorRegistry.load([Path(p) for p in actor_files])
        self.matcher = ActorMatcher(self.registry, nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.actor_mentions = self.matcher.named_mentions(doc)
        return doc


@Language.factory(REPARSE)
class Reparse:
    """The parse-repair component around long names: a sentence the small parser broke on a multi-word actor name (a
    verb read as part of "... of the Liberation Front of X and Y") is parsed again with each such name replaced by one
    proper noun (data/<language>/parsing.yaml), and that parse is copied back; so are a lede split after its dateline
    (`_split_ledes`), parsed alone, a verbless sentence's subject phrase (`_verbless_subject`), parsed as one proper
    noun, and a headline's verbs read as nouns (`_headline_verbs`), parsed in the past, then given back their present
    tense. A batch's broken sentences are parsed again together, by the model alone (heads, labels, tags and parts of
    speech: no entities, lemmas or frontwatch components)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.parse = lambda texts: list(nlp.pipe(texts, disable=[*_OWN, "ner", "lemmatizer"]))
        self.names: NameParses = {}  # long names parsed alone, by their text

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            repair_parses(self.parse, [(doc, doc._.actor_mentions or []) for doc in batch], self.names)
            yield from batch


def repair_parses(parse: Callable[[list[str]], list[Doc]], docs: Sequence[tuple[Doc, Sequence[ActorMention]]],
                  alone: NameParses) -> None:
    """Re-parse the docs' sentences a long actor name split up, names not in `alone`, in one `parse` (in place)."""
    broken: list[tuple[Doc, Span, list[Span], list[Token]]] = []
    for doc, mentions in docs:
        names = [s for s in (doc.char_span(m.start, m.end) for m in mentions)
                 if s is not None and len(s) >= MIN_NAME_TOKENS]
        ledes = _split_ledes(doc)
        for sent in ledes + [s for s in doc.sents if not any(
                s.start < lede.end and lede.start < s.end for lede in ledes)]:
            inside = [s for s in names if s.start >= sent.start and s.end <= sent.end] or _verbless_subject(sent)
            verbs = [v for v in _headline_verbs(sent) if not any(s.start <= v.i < s.end for s in inside)]
            if sent in ledes or verbs or inside and (sent.root.pos_ not in _VERBAL or not all(  # kept together: one
                    sum(not s.start <= t.head.i < s.end or t.head.i == t.i for t in s) == 1 for s in inside)):  # head
                broken.append((doc, sent, inside, verbs))  # of a token's outside it
    if len(alone) >= 4096:  # names whose parse alone is kept
        alone.clear()
    unknown = list(dict.fromkeys(n.text for _, _, inside, _ in broken for n in inside if n.text not in alone))
    collapsed = [_collapsed(doc, sent, inside, verbs) for doc, sent, inside, verbs in broken]
    parsed = parse([text for text, _ in collapsed] + unknown)
    for text, name in zip(unknown, parsed[len(collapsed):], strict=True):  # one noun phrase (one ROOT), or None
        rows = tuple((t.head.i, t.dep, t.tag, t.pos, t.dep_ == "ROOT") for t in name)
        alone[text] = rows if sum(row[4] for row in rows) == 1 else None
    tables = {id(doc): doc.to_array(_ATTRS) for doc, *_ in broken}  # uint64: heads as offsets modulo 2**64
    done = [doc for (doc, _, inside, verbs), (_, slots), new in zip(broken, collapsed, parsed, strict=False)
            if _reparse(doc, inside, verbs, slots, new, tables[id(doc)], alone)]
    for doc in {id(doc): doc for doc in done}.values():
        doc.from_array(_ATTRS, cast(Ints2d, tables[id(doc)]))


def _verbless_subject(sent: Span) -> list[Span]:
    """The subject phrase of a verbless sentence ending before a past form tagged a noun, or none."""
    if sent.root.pos_ in _VERBAL:
        return []
    for token in sent:
        lemma = _LEX.lemmas.get(token.lower_)
        if token.pos_ != "NOUN" or lemma is None or lemma == token.lower_ or lemma not in _LEX.verbs:
            continue
        top = next((a for a in token.ancestors if a.head == sent.root and a.dep_ == "nsubj"),  # or a sentence
                   sent.root if sent.root.pos_ in _NOMINAL else None)  # read as one noun ("Gunmen on a .. shot X dead")
        if top is not None and sent.start <= top.left_edge.i <= top.i < token.i - 1:
            return [sent.doc[top.left_edge.i:token.i]]
    return []


def _headline_verbs(sent: Span) -> list[Token]:
    """A verbless sentence's present-tense verbs read as nouns after its opening phrase (a headline), or none."""
    if sent.root.pos_ in _VERBAL:
        return []
    verbs: list[Token] = []
    for token in sent[1:]:
        before = token.doc[token.i - 1]
        base = token.lower_ in _LEX.verbs and _LEX.lemmas.get(token.lower_, token.lower_) == token.lower_
        if verbs:
            verbs += [token] if base and (before.is_punct or before.dep_ == "cc") else []
        elif base and token.pos_ in _MISREAD and (before.tag_ in {"NNS", "NNPS"} or before.pos_ == "PROPN"):
            verbs.append(token)
        elif token.pos_ not in _OPENING and token.tag_ != "HYPH":
            return []
    return verbs


def _split_ledes(doc: Doc) -> list[Span]:
    """The sentences after a dateline, each up to its first end mark or line break, the parser gave several roots."""
    ledes = []
    for end in dateline_spans(text_of(doc)).values():
        start = next((t.i for t in doc if t.idx >= end and not t.is_space), len(doc))
        stop = next((t.i + (t.text in _ENDS) for t in doc[start:] if t.text in _ENDS or "\n" in t.text), len(doc))
        if sum(t.dep_ == "ROOT" for t in doc[start:stop]) > 1:
            ledes.append(doc[start:stop])
    return ledes


def _reparse(doc: Doc, names: list[Span], verbs: list[Token], slots: list, new: Doc, table: np.ndarray,
             alone: NameParses) -> bool:
    """Write `new`, a collapsed sentence's parse, into `table`, its headline verbs tagged present; False if no help."""
    roots = [t for t in new if t.dep_ == "ROOT"]
    inner = {name.start: rows for name in names if len(rows := alone[name.text] or ()) == len(name)}
    past = {v.i for v in verbs}
    if len(new) != len(slots) or len(roots) != 1 or roots[0].pos_ not in _VERBAL or len(inner) != len(names) or any(
            isinstance(slot, int) and (doc[slot].text != token.text if slot not in past else token.pos_ != "VERB")
            for slot, token in zip(slots, new, strict=False)):
        return False
    anchor = [slot if isinstance(slot, int) else slot.start + next(k for k, row in enumerate(inner[slot.start])
                                                                   if row[0] == k) for slot in slots]  # Span.root
    for k, token in enumerate(new):  # heads as offsets modulo 2**64
        table[anchor[k]] = [(anchor[token.head.i] - anchor[k]) % 2**64, token.dep, token.tag, token.pos]
        if anchor[k] in past:
            table[anchor[k], 2] = doc.vocab.strings[PRESENT]
    for name in names:
        for k, (head, dep, tag, pos, root) in enumerate(inner[name.start], start=name.start):
            table[k] = [*table[k, :2], tag, pos] if root else [(head + name.start - k) % 2**64, dep, tag, pos]
    return True


def _collapsed(doc: Doc, sent: Span, names: list[Span], verbs: list[Token]) -> tuple[str, list[int | Span]]:
    """The sentence with names replaced by the stand-in, headline verbs in the past, and its tokens' original index."""
    text, cursor = "", sent.start
    slots: list[int | Span] = []
    past = {v.i for v in verbs}
    for part in sorted([*names, *(doc[i:i + 1] for i in past)], key=lambda s: s.start):
        verb = part.start in past and len(part) == 1
        text += doc[cursor:part.start].text_with_ws + (_past(part.text) if verb else STAND_IN) + part[-1].whitespace_
        slots += [*range(cursor, part.start), part.start if verb else part]
        cursor = part.end
    text += doc[cursor:sent.end].text_with_ws
    slots.extend(range(cursor, sent.end))
    return text, slots


def _past(verb: str) -> str:
    """A verb's base form written in the past for the parser: the past suffix less the letters the form ends with."""
    overlap = next((k for k in range(len(PAST_SUFFIX), 0, -1) if verb.lower().endswith(PAST_SUFFIX[:k])), 0)
    return verb + PAST_SUFFIX[overlap:]


def _governor(noun: Token, of: frozenset[str]) -> Token | None:
    """The verb a noun is the object of: directly, through a preposition ("set X on fire"), as a passive's subject."""
    passive = noun.dep_ == "nsubj" and any(c.dep_ == "agent" for c in noun.head.children)  # "Rally held by X"
    undergoes = noun.dep_ == "nsubj" and "unaccusative" in noun.head._.frame_tags and any(  # "control of X passed to
        c.dep_ == "poss" or c.lower_ in of for c in noun.children)  # Y", "X's control slipped": the subject undergoes
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else (
        noun.head if noun.dep_ in _GOVERNED or passive or undergoes else None)
    return verb if verb is not None and verb.pos_ in {"VERB", "AUX"} else None


@Language.factory(FRAMES, default_config={"language": LANGUAGE})
class FrameReader:
    """Gives each classed predicate of a Doc its Frame (Doc._.frames): class, roles, modality, attribution."""

    def __init__(self, nlp: Language, name: str, language: str = LANGUAGE) -> None:
        self.lexicon: PredicateLexicon = load_lexicon(language)
        self.patterns = load_patterns(language)
        self.vocab = nlp.vocab
        self.matcher = build_matcher(self.vocab, self.patterns)

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
            if cls in lex.states and (attributive or any(  # "still occupy", "remains occupied", "had occupied X since
                    STANDING in tags[c.i] and (c.dep_ in {"advmod", "aux", "auxpass"} or c.dep_ == "prep" and (  # May"
                        "durative" in tags[token.i] and any(o.ent_type_ == "DATE" for o in c.children)))
                    for c in token.children)):
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
    """A happening's noun the parser made the auxiliary of the next verb is its subject ("Army shelling hit X")."""
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
    """The verb a noun predicate is told through without a support verb ("clashes erupted", "came under attack")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head if "happening" in noun.head._.frame_tags else None
    aimed = "targeted" in (up := noun.head.head)._.frame_tags and up.dep_ == "attr"  # "was the target of an ambush"
    verb = up.head if up.dep_ in {"advmod", "acomp"} and up.pos_ in {"ADV", "ADJ"} or aimed else up
    held = aimed or "holding" in noun.head._.frame_tags or "blaming" in (*noun.head._.frame_tags, *up._.frame_tags)
    if noun.dep_ == "pobj" and held and (verb.pos_ == "AUX" or verb.pos_ == "VERB" and "copular" in verb._.frame_tags):
        return None if any(c.dep_ == "dobj" for c in verb.children) else verb  # "put X under control": X's state
    return None


def reading_pipeline(model_name: str, actor_files: Sequence[Path] = ()) -> Language:
    """A fresh English pipeline with frontwatch's reading components."""
    nlp = new_pipeline(model_name, indexed_rules=True)
    nlp.add_pipe(ACTOR_NAMES, config={"actor_files": [str(p) for p in actor_files]})
    nlp.add_pipe(REPARSE)
    nlp.add_pipe(FRAMES)
    return nlp


def actor_registry(nlp: Language) -> ActorRegistry:
    """The actor registry a reading pipeline uses."""
    return cast(ActorNames, nlp.get_pipe(ACTOR_NAMES)).registry
