"""Long documents are read in sections, so the cost of extraction grows with the text, not its square.

Extraction relates each sentence to the rest of its document (dates, actors named before,
the country most places lie in), and some of those look-ups scan the whole document, so one
very long text costs far more than the same text as many reports. A document longer than
`SECTION_CHARS` is cut into sentence-aligned sections (the same cut points as the chunked
parse in `frontwatch.nlp`), each section is extracted on its own under the document's id,
and the facts are put back together with their evidence offsets made relative to the
whole document again. Context does not cross a section boundary: for a text that long it
is an archive or a book, whose parts tell their own stories.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from frontwatch.errors import FrontwatchError
from frontwatch.model import Document, Evidence, Extraction

_BOUNDARIES = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"(?<=[.!?…])[\"'”’)]*\s+"),
               re.compile(r"\s+"))
SECTION_CHARS = 40_000  # documents longer than this are extracted section by section


def sections(text: str, limit: int = SECTION_CHARS) -> list[tuple[int, str]]:
    """The sentence-aligned sections of a text, each with its character offset."""
    found, start = [], 0
    for piece in chunks(text, limit):
        found.append((start, piece))
        start += len(piece)
    return found


def chunks(text: str, limit: int) -> list[str]:
    """Consecutive pieces of `text`, each at most `limit` characters, cut at the best boundary available."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _cut(text: str, start: int, hard_end: int) -> int:
    """Where the piece starting at `start` ends: after the last good boundary before `hard_end`."""
    floor = start + (hard_end - start) // 4  # never make a piece shorter than a quarter of the limit
    window = text[floor:hard_end]
    for boundary in _BOUNDARIES:
        ends = [m.end() for m in boundary.finditer(window) if m.end() < len(window)]
        if ends:
            return floor + ends[-1]
    return hard_end  # one unbroken run of characters: cut it where the limit falls


class ExtractionBudgetError(FrontwatchError):
    """A long document took longer to read than the time it is allowed (settings.max_extract_seconds)."""


def extract_in_sections(extract: Callable[[Document], Extraction], document: Document,
                        limit: int = SECTION_CHARS, budget_seconds: float | None = None) -> Extraction:
    """The Extraction of a document of any length: at once when short, section by section when long.

    With `budget_seconds`, a long document still unread when the budget is spent stops at the next
    section boundary with an ExtractionBudgetError (the cost guard: one document cannot hold a run).
    """
    if len(document.text) <= limit:
        return extract(document)
    whole = Extraction(document=document)
    parts = sections(document.text, limit)
    started = time.monotonic()
    for done, (offset, piece) in enumerate(parts):
        spent = time.monotonic() - started
        if budget_seconds is not None and spent > budget_seconds:
            raise ExtractionBudgetError(
                f"{document.origin}: {len(document.text):,} characters; stopped after {done} of {len(parts)} sections "
                f"({spent:.0f} s, the limit is {budget_seconds:g} s): split it, or raise max_extract_seconds "
                "(FRONTWATCH_MAX_EXTRACT_SECONDS)")
        part = extract(replace(document, text=piece))
        for name, value in _lists(part):
            getattr(whole, name).extend(_shifted(item, offset) for item in value)
    whole.warnings = list(dict.fromkeys(whole.warnings))
    return whole


def _lists(extraction: Extraction) -> list[tuple[str, list]]:
    """The fact lists of an extraction, by field name (warnings included)."""
    return [(f.name, getattr(extraction, f.name)) for f in dataclasses.fields(extraction)
            if isinstance(getattr(extraction, f.name), list)]


def _shifted(item: Any, offset: int) -> Any:
    """A fact, mention or warning of a section, its offsets made relative to the whole document."""
    if isinstance(getattr(item, "evidence", None), Evidence):
        evidence = item.evidence
        return replace(item, evidence=replace(evidence, start=evidence.start + offset, end=evidence.end + offset))
    if isinstance(getattr(item, "start", None), int) and isinstance(getattr(item, "end", None), int):
        return replace(item, start=item.start + offset, end=item.end + offset)
    return item
