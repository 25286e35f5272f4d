"""Parse repair around long names: a sentence the small parser broke on a multi-word actor name (a verb read as part of
"... of the Liberation Front of X and Y") is parsed again with each such name replaced by one proper noun
(data/<language>/parsing.yaml), and that parse is copied back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import cast

import numpy as np
from spacy.attrs import DEP, HEAD, POS, TAG
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from frontwatch.language import word_book
from frontwatch.model import ActorMention

STAND_IN = str(word_book("parsing").section("stand_in_name"))
Parse = Callable[[str], Doc]
MIN_NAME_TOKENS = 3
_ATTRS = [HEAD, DEP, TAG, POS]
_VERBAL = {"VERB", "AUX"}


def repair_parses(parse: Parse, doc: Doc, mentions: Sequence[ActorMention]) -> int:
    """Re-parse every sentence that holds a long actor name the parser split up (the name is not one phrase, or the
    sentence has no verb at its root); returns how many sentences were repaired (the doc is changed in place)."""
    names = [s for s in (doc.char_span(m.start, m.end) for m in mentions)
             if s is not None and len(s) >= MIN_NAME_TOKENS]
    if not names:
        return 0
    table = doc.to_array(_ATTRS)  # uint64: heads as offsets modulo 2**64
    repaired = 0
    for sent in list(doc.sents):
        inside = [s for s in names if s.start >= sent.start and s.end <= sent.end]
        broken = sent.root.pos_ not in _VERBAL or not all(  # kept together: exactly one token's head outside it
            sum(not s.start <= t.head.i < s.end or t.head.i == t.i for t in s) == 1 for s in inside)
        if inside and broken and _reparse(parse, doc, sent, inside, table):
            repaired += 1
    if repaired:
        doc.from_array(_ATTRS, cast(Ints2d, table))
    return repaired


def _reparse(parse: Parse, doc: Doc, sent: Span, names: list[Span], table: np.ndarray) -> bool:
    """Write the collapsed-name parse of `sent` into `table`; False when it does not help."""
    text, slots = _collapsed(doc, sent, names)
    new = parse(text)
    roots = [t for t in new if t.dep_ == "ROOT"]
    inner = {name.start: rows for name in names if len(rows := _name_parse(parse, name.text) or ()) == len(name)}
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


@lru_cache(maxsize=4096)
def _name_parse(parse: Parse, text: str) -> tuple[tuple[int, int, int, int, bool], ...] | None:
    """A name parsed alone as one noun phrase, per token (head, dep, tag, pos, ROOT?), or None; cached by text."""
    rows = tuple((t.head.i, t.dep, t.tag, t.pos, t.dep_ == "ROOT") for t in parse(text))
    return rows if sum(row[4] for row in rows) == 1 else None

