"""The situation report as data: sections of lines, each line with its sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class SourceRef:
    """A document behind a line: its id, title, outlet and the fact ids read from it."""

    doc_id: str
    title: str | None
    outlet: str | None
    fact_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class SitrepLine:
    """One statement of the report with the sources it rests on."""

    text: str
    sources: tuple[SourceRef, ...] = ()
    certainty: str | None = None


@dataclass(frozen=True)
class Section:
    """A titled part of the report; `note` says how its lines were computed."""

    key: str
    title: str
    lines: tuple[SitrepLine, ...]
    note: str = ""


@dataclass(frozen=True)
class Sitrep:
    """A situation report as of a date, covering changes since another date."""

    as_of: date
    since: date
    area: str | None
    generated_at: datetime
    sections: tuple[Section, ...]
    documents: dict[str, SourceRef] = field(default_factory=dict)
    figures: Any = None  # frontwatch.sitrep.figures.Figures: the map inset and the period's charts

    def section(self, key: str) -> Section:
        """The section with this key (KeyError when absent)."""
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)
