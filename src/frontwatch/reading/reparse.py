"""Parse repair around long names: a sentence the small parser broke on a multi-word actor name (a verb read as part of
"... of the Liberation Front of X and Y") is parsed again with each such name replaced by one proper noun
(data/<language>/parsing.yaml), and that parse is copied back; so is a story's first sentence the parser split up
after its dateline ("GOMA, May 3 (Wire) - Fighters loyal to X attacked Y": "Fighters" left a sentence of its own),
parsed alone; and a sentence with no verb at its root whose verb the tagger read as a noun closing its subject's
phrase ("Gunmen on a motorcycle shot dead X": "motorcycle shot"), parsed with that subject as one proper noun."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

import numpy as np
from spacy.attrs import DEP, HEAD, POS, TAG
from spacy.pipeline.sentencizer import Sentencizer
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from frontwatch.doc_memo import text_of
from frontwatch.language import word_book
from frontwatch.model import ActorMention
from frontwatch.reading.lexicon import load_lexicon
from frontwatch.resolve.geo_spans import dateline_spans

STAND_IN = str(word_book("parsing").section("stand_in_name"))
MIN_NAME_TOKENS = 3
_ATTRS = [HEAD, DEP, TAG, POS]
_VERBAL, _NOMINAL = {"VERB", "AUX"}, {"NOUN", "PROPN"}
_ENDS = frozenset(Sentencizer.default_punct_chars)  # marks that end a sentence, in any script
_LEX = load_lexicon()
NameParses = dict[str, tuple[tuple[int, int, int, int, bool], ...] | None]  # per token (head, dep, tag, pos, ROOT?)


def repair_parses(parse: Callable[[list[str]], list[Doc]], docs: Sequence[tuple[Doc, Sequence[ActorMention]]],
                  alone: NameParses) -> None:
    """Re-parse the docs' sentences holding a long actor name the parser split up (not one phrase, or no verb at the
    root), and their names not in `alone`, in one `parse` (docs changed in place)."""
    broken: list[tuple[Doc, Span, list[Span]]] = []
    for doc, mentions in docs:
        names = [s for s in (doc.char_span(m.start, m.end) for m in mentions)
                 if s is not None and len(s) >= MIN_NAME_TOKENS]
        ledes = _split_ledes(doc)
        for sent in ledes + [s for s in doc.sents if not any(
                s.start < lede.end and lede.start < s.end for lede in ledes)]:
            inside = [s for s in names if s.start >= sent.start and s.end <= sent.end] or _verbless_subject(sent)
            if sent in ledes or inside and (sent.root.pos_ not in _VERBAL or not all(  # kept together: one token's
                    sum(not s.start <= t.head.i < s.end or t.head.i == t.i for t in s) == 1 for s in inside)):  # head
                broken.append((doc, sent, inside))  # outside it
    if len(alone) >= 4096:  # names whose parse alone is kept
        alone.clear()
    unknown = list(dict.fromkeys(n.text for *_, inside in broken for n in inside if n.text not in alone))
    collapsed = [_collapsed(doc, sent, inside) for doc, sent, inside in broken]
    parsed = parse([text for text, _ in collapsed] + unknown)
    for text, name in zip(unknown, parsed[len(collapsed):], strict=True):  # one noun phrase (one ROOT), or None
        rows = tuple((t.head.i, t.dep, t.tag, t.pos, t.dep_ == "ROOT") for t in name)
        alone[text] = rows if sum(row[4] for row in rows) == 1 else None
    tables = {id(doc): doc.to_array(_ATTRS) for doc, *_ in broken}  # uint64: heads as offsets modulo 2**64
    done = [doc for (doc, _, inside), (_, slots), new in zip(broken, collapsed, parsed, strict=False)
            if _reparse(doc, inside, slots, new, tables[id(doc)], alone)]
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


def _reparse(doc: Doc, names: list[Span], slots: list, new: Doc, table: np.ndarray, alone: NameParses) -> bool:
    """Write `new`, a sentence's parse with its names collapsed (`slots`), into `table`; False if it does not help."""
    roots = [t for t in new if t.dep_ == "ROOT"]
    inner = {name.start: rows for name in names if len(rows := alone[name.text] or ()) == len(name)}
    if len(new) != len(slots) or len(roots) != 1 or roots[0].pos_ not in _VERBAL or len(inner) != len(names) or any(
            isinstance(slot, int) and doc[slot].text != token.text for slot, token in zip(slots, new, strict=False)):
        return False
    anchor = [slot if isinstance(slot, int) else slot.start + next(k for k, row in enumerate(inner[slot.start])
                                                                   if row[0] == k) for slot in slots]  # Span.root
    for k, token in enumerate(new):  # heads as offsets modulo 2**64
        table[anchor[k]] = [(anchor[token.head.i] - anchor[k]) % 2**64, token.dep, token.tag, token.pos]
    for name in names:
        for k, (head, dep, tag, pos, root) in enumerate(inner[name.start], start=name.start):
            table[k] = [*table[k, :2], tag, pos] if root else [(head + name.start - k) % 2**64, dep, tag, pos]
    return True


def _collapsed(doc: Doc, sent: Span, names: list[Span]) -> tuple[str, list[int | Span]]:
    """The sentence with each name replaced by the stand-in, and each of its tokens' original index (or its name)."""
    text, cursor = "", sent.start
    slots: list[int | Span] = []
    for name in sorted(names, key=lambda s: s.start):
        text += doc[cursor:name.start].text_with_ws + STAND_IN + name[-1].whitespace_
        slots += [*range(cursor, name.start), name]
        cursor = name.end
    text += doc[cursor:sent.end].text_with_ws
    slots.extend(range(cursor, sent.end))
    return text, slots
