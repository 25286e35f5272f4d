"""The reading pipeline: spaCy's English model, then frontwatch's components over the same Doc —
actor names (Doc._.actor_mentions), parse repair around long names, and frames (Doc._.frames)."""

from __future__ import annotations

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
from frontwatch.language import settings, word_book
from frontwatch.model import ActorMention
from frontwatch.nlp import new_pipeline
from frontwatch.reading.frames import FRAMES
from frontwatch.reading.lexicon import load_lexicon
from frontwatch.resolve.actors import ActorMatcher, ActorRegistry
from frontwatch.resolve.geo_spans import dateline_spans

ACTOR_NAMES, REPARSE = "frontwatch_actor_names", "frontwatch_reparse"
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


@Language.factory(ACTOR_NAMES, default_config={"actor_files": []})
class ActorNames:
    """The actor-name component: marks every actor of the bundled registry and the user's files a Doc names
    (Doc._.actor_mentions)."""

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
    proper noun (data/<language>/parsing.yaml), and that parse is copied back; so is a story's first sentence the
    parser split up after its dateline ("GOMA, May 3 (Wire) - Fighters loyal to X attacked Y": "Fighters" left a
    sentence of its own), parsed alone; a sentence with no verb at its root whose verb the tagger read as a noun
    closing its subject's phrase ("Gunmen on a motorcycle shot dead X": "motorcycle shot"), parsed with that subject as
    one proper noun; and a headline with no verb at its root whose verbs in the present tense the tagger read as nouns
    or adjectives ("Troops clear X of Y, kill five"), parsed with those verbs written in the past, then given back
    their present tense. A batch's broken sentences are parsed again together, by the model alone (heads, labels,
    tags and parts of speech: no entities, lemmas or frontwatch components)."""

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
    """Re-parse the docs' sentences holding a long actor name the parser split up (not one phrase, or no verb at the
    root), and their names not in `alone`, in one `parse` (docs changed in place)."""
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
    """The subject phrase of a sentence with no verb at its root that ends just before a verb's irregular past form the
    tagger read as a noun inside it ("[Gunmen on a motorcycle] shot dead a trader": "motorcycle shot"), or none."""
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
    """The verbs in the present tense of a sentence with no verb at its root that the tagger read as nouns or adjectives
    (a headline: "Troops clear X of Y, kill five", "Refugees strike landmine"): a base form of the lexicon's verbs right
    after the plural or proper noun that closes the phrase opening the sentence, and each one coordinated after it (",
    kill five", "and capture one"); none where the first is not there."""
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
    """The sentences after a dateline, each up to its first end mark or line break, that the parser gave more than one
    root."""
    ledes = []
    for end in dateline_spans(text_of(doc)).values():
        start = next((t.i for t in doc if t.idx >= end and not t.is_space), len(doc))
        stop = next((t.i + (t.text in _ENDS) for t in doc[start:] if t.text in _ENDS or "\n" in t.text), len(doc))
        if sum(t.dep_ == "ROOT" for t in doc[start:stop]) > 1:
            ledes.append(doc[start:stop])
    return ledes


def _reparse(doc: Doc, names: list[Span], verbs: list[Token], slots: list, new: Doc, table: np.ndarray,
             alone: NameParses) -> bool:
    """Write `new`, a sentence's parse with its names collapsed and its headline verbs in the past (`slots`), into
    `table`, the verbs tagged in the present; False if it does not help."""
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
    """The sentence with each name replaced by the stand-in and each headline verb written in the past, and each of its
    tokens' original index (or its name)."""
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
